//! Natives of package math and its subpackages: what Go computes on amd64
//! with single instructions or takes from the runtime.
//!
//! - math: Sqrt (SQRTSD), Floor, Ceil and Trunc (exact, as Go's SSE4.1
//!   ROUNDSD path and its fallback are), FMA (one rounding: the machine's
//!   VFMADD or libm's exact software), and hasFMA, the CPU test of Go's
//!   `exp_amd64.go` (`cpu.X86.HasAVX && cpu.X86.HasFMA`), which decides
//!   how Exp rounds, so gorun's Exp agrees with Go's on the same machine.
//! - math/bits: panicOverflow, the runtime's "integer overflow" error.
//! - math/rand: runtimeRand (the runtime's random stream, as `runtime.rand`)
//!   and godebug (a GODEBUG setting, as internal/godebug reads it).

use crate::native::Native;
use gorun_runtime::runtime2::G;
use gorun_runtime::types::GoString;

extern "C" fn sqrt(_g: *mut G, x: f64) -> f64 {
    x.sqrt()
}

extern "C" fn floor(_g: *mut G, x: f64) -> f64 {
    x.floor()
}

extern "C" fn ceil(_g: *mut G, x: f64) -> f64 {
    x.ceil()
}

extern "C" fn trunc(_g: *mut G, x: f64) -> f64 {
    x.trunc()
}

extern "C" fn fma(_g: *mut G, x: f64, y: f64, z: f64) -> f64 {
    x.mul_add(y, z)
}

/// Go's internal/cpu: AVX needs the OS to save the YMM state (OSXSAVE and
/// XCR0 bits 1 and 2), which std's detection checks too.
pub fn has_fma() -> bool {
    std::arch::is_x86_feature_detected!("avx") && std::arch::is_x86_feature_detected!("fma")
}

extern "C" fn has_fma_native(_g: *mut G) -> u64 {
    has_fma() as u64
}

extern "C" fn panic_overflow(g: *mut G) {
    gorun_runtime::panic::gopanic_msg(g, "runtime error: integer overflow".into())
}

extern "C" fn runtime_rand(_g: *mut G) -> u64 {
    crate::os::rand64()
}

/// The value of setting `name` in the GODEBUG string `env` ("" if unset):
/// comma-separated `key=value` pairs, the last of a repeated key winning,
/// as internal/godebug parses them.
pub fn godebug_value<'a>(env: &'a [u8], name: &[u8]) -> &'a [u8] {
    env.split(|&b| b == b',')
        .rev()
        .find_map(|kv| {
            let eq = kv.iter().position(|&b| b == b'=')?;
            (&kv[..eq] == name).then(|| &kv[eq + 1..])
        })
        .unwrap_or(&[])
}

extern "C" fn godebug(_g: *mut G, np: *const u8, nl: isize) -> GoString {
    // SAFETY: a Go string argument.
    let name = unsafe { GoString { ptr: np, len: nl }.as_bytes() };
    let env = crate::syscall::environ_entries()
        .into_iter()
        .find_map(|e| e.strip_prefix(b"GODEBUG="))
        .unwrap_or(&[]);
    let v = godebug_value(env, name);
    // The environment lives as long as the process and Go never writes
    // through a string: share its bytes.
    GoString {
        ptr: v.as_ptr(),
        len: v.len() as isize,
    }
}

pub(crate) static NATIVES: &[Native] = &[
    Native {
        name: "math.Ceil",
        code: ceil as *const u8,
        sig: "f>f",
    },
    Native {
        name: "math.FMA",
        code: fma as *const u8,
        sig: "fff>f",
    },
    Native {
        name: "math.Floor",
        code: floor as *const u8,
        sig: "f>f",
    },
    Native {
        name: "math.Sqrt",
        code: sqrt as *const u8,
        sig: "f>f",
    },
    Native {
        name: "math.Trunc",
        code: trunc as *const u8,
        sig: "f>f",
    },
    Native {
        name: "math.hasFMA",
        code: has_fma_native as *const u8,
        sig: ">i",
    },
    Native {
        name: "math/bits.panicOverflow",
        code: panic_overflow as *const u8,
        sig: ">",
    },
    Native {
        name: "math/rand.godebug",
        code: godebug as *const u8,
        sig: "ii>ii",
    },
    Native {
        name: "math/rand.runtimeRand",
        code: runtime_rand as *const u8,
        sig: ">i",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_functions_are_exact() {
        let g = std::ptr::null_mut();
        assert_eq!(floor(g, -1.5), -2.0);
        assert_eq!(ceil(g, -1.5), -1.0);
        assert_eq!(trunc(g, -1.5), -1.0);
        assert!(floor(g, -0.5).is_sign_negative() && ceil(g, -0.5) == 0.0);
        assert!(ceil(g, -0.5).is_sign_negative());
        assert_eq!(floor(g, 4503599627370497.0), 4503599627370497.0);
        assert!(floor(g, f64::NAN).is_nan());
        assert_eq!(floor(g, f64::NEG_INFINITY), f64::NEG_INFINITY);
        assert_eq!(sqrt(g, 2.0), std::f64::consts::SQRT_2);
        assert!(sqrt(g, -1.0).is_nan());
        assert!(sqrt(g, -0.0).is_sign_negative());
    }

    #[test]
    fn fma_rounds_once() {
        // (1+2^-52)^2 - (1+2^-51) = 2^-104 exactly; unfused it is 0.
        let x = 1.0 + f64::EPSILON;
        assert_eq!(
            fma(std::ptr::null_mut(), x, x, -(1.0 + 2.0 * f64::EPSILON)),
            2f64.powi(-104)
        );
    }

    #[test]
    fn godebug_takes_the_last_setting() {
        assert_eq!(godebug_value(b"randautoseed=0", b"randautoseed"), b"0");
        assert_eq!(
            godebug_value(b"a=1,randautoseed=0,randautoseed=1", b"randautoseed"),
            b"1"
        );
        assert_eq!(godebug_value(b"xrandautoseed=0", b"randautoseed"), b"");
        assert_eq!(godebug_value(b"", b"randautoseed"), b"");
    }
}
