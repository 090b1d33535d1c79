//! Package os's natives. Everything else in `stdlib/go/os` is Go over
//! package syscall; what needs the process or the runtime is here:
//! the command line (`os.Args`), random bits for temporary names, and
//! death by SIGPIPE.
//!
//! `os.Args` is the program's command line as `go run` gives it: the
//! program, then its arguments. For `gorun FILE.go a b` (and `gorun DIR
//! a b`, `gorun - a b`) that is `["FILE.go", "a", "b"]`: the source path as
//! given stands where `go run` puts the path of the binary it built. An
//! embedder that runs programs some other way sets the command line with
//! [`set_args`] before the program starts.

use crate::native::Native;
use gorun_runtime::runtime2::G;
use gorun_runtime::types::GoSlice;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

static ARGS: OnceLock<Vec<Vec<u8>>> = OnceLock::new();

/// Sets the program's command line (`os.Args`), program path first.
/// Only the first call counts, and it must come before the program reads
/// `os.Args` (its package initialization).
pub fn set_args(args: Vec<Vec<u8>>) {
    let _ = ARGS.set(args);
}

/// The command line `os.Args` holds: set by [`set_args`], else gorun's own
/// arguments after its name (`gorun FILE.go args...`).
pub fn args() -> &'static [Vec<u8>] {
    ARGS.get_or_init(|| {
        use std::os::unix::ffi::OsStringExt;
        std::env::args_os().skip(1).map(|a| a.into_vec()).collect()
    })
}

extern "C" fn runtime_args(g: *mut G, ret: *mut GoSlice) {
    let s = crate::gomem::string_slice(g, args().iter().map(|a| a.as_slice()));
    // SAFETY: a slice result goes through ret.
    unsafe { *ret = s };
}

/// 64 random bits, as Go's runtime.rand: a wyrand stream over a state
/// seeded from the kernel's random source, shared by all threads.
pub fn rand64() -> u64 {
    static STATE: AtomicU64 = AtomicU64::new(0);
    static SEEDED: OnceLock<()> = OnceLock::new();
    SEEDED.get_or_init(|| {
        let mut seed = [0u8; 8];
        // getrandom(2); on failure the clock seeds it.
        let (n, _, e) =
            unsafe { crate::syscall::raw_syscall6(318, [seed.as_mut_ptr() as u64, 8, 0, 0, 0, 0]) };
        let s = if e == 0 && n == 8 {
            u64::from_ne_bytes(seed)
        } else {
            gorun_runtime::os_linux::nanotime() as u64 ^ 0x2545_f491_4f6c_dd1d
        };
        STATE.store(s, Relaxed);
    });
    let s = STATE
        .fetch_add(0xa076_1d64_78bd_642f, Relaxed)
        .wrapping_add(0xa076_1d64_78bd_642f);
    let t = (s as u128).wrapping_mul((s ^ 0xe703_7ed1_a0b4_28db) as u128);
    (t >> 64) as u64 ^ t as u64
}

extern "C" fn runtime_rand(_g: *mut G) -> u64 {
    rand64()
}

unsafe extern "C" {
    fn signal(sig: i32, handler: usize) -> usize;
    fn raise(sig: i32) -> i32;
}

const SIGPIPE: i32 = 13;
const SIG_DFL: usize = 0;

/// Dies of SIGPIPE, as Go does after a write to a broken pipe on standard
/// output or error. (gorun's Rust start-up ignores SIGPIPE, so whether the
/// parent had it ignored cannot be told; Go would then return EPIPE.)
extern "C" fn sigpipe(g: *mut G) {
    // SAFETY: restoring the default action and raising the signal.
    unsafe {
        signal(SIGPIPE, SIG_DFL);
        raise(SIGPIPE);
    }
    gorun_runtime::abi::gorun_exit(g, 2)
}

/// Package os's natives.
pub(crate) static NATIVES: &[Native] = &[
    Native {
        name: "os.runtime_args",
        code: runtime_args as *const u8,
        sig: ">*",
    },
    Native {
        name: "os.runtime_rand",
        code: runtime_rand as *const u8,
        sig: ">i",
    },
    Native {
        name: "os.sigpipe",
        code: sigpipe as *const u8,
        sig: ">",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rand64_varies() {
        let a = rand64();
        let b = rand64();
        assert_ne!(a, b);
    }
}
