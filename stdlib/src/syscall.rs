//! Package syscall's natives: the raw system-call entries everything else
//! in `stdlib/go/syscall` is written on, Exit, and the environment the
//! process started with.
//!
//! `Syscall`/`Syscall6` bracket the call with the scheduler's
//! `entersyscall`/`exitsyscall`, so a call that blocks (a read from a
//! terminal or pipe, wait4, nanosleep) gives its P to other goroutines;
//! `RawSyscall`/`RawSyscall6` do not, for calls that never block. Results
//! follow Go's linux/amd64 convention: a kernel return in
//! `[-4095, -1]` is a failure, reported as `r1 = -1, r2 = 0, err =
//! errno`; otherwise `r1`, `r2` are rax and rdx and `err` is 0.

use crate::native::Native;
use gorun_runtime::runtime2::G;
use gorun_runtime::types::GoSlice;

/// The `syscall` instruction with six arguments: (r1, r2, errno).
///
/// # Safety
/// The call does what the kernel does with these arguments: pointers must
/// be valid for it.
pub unsafe fn raw_syscall6(trap: u64, a: [u64; 6]) -> (u64, u64, u64) {
    let r1: u64;
    let r2: u64;
    unsafe {
        std::arch::asm!(
            "syscall",
            inlateout("rax") trap => r1,
            in("rdi") a[0],
            in("rsi") a[1],
            inlateout("rdx") a[2] => r2,
            in("r10") a[3],
            in("r8") a[4],
            in("r9") a[5],
            lateout("rcx") _,
            lateout("r11") _,
            options(nostack),
        );
    }
    if r1 > (-4096i64) as u64 {
        (u64::MAX, 0, r1.wrapping_neg())
    } else {
        (r1, r2, 0)
    }
}

/// A blocking system call, bracketed for the scheduler.
pub fn syscall6(g: *mut G, trap: u64, a: [u64; 6]) -> (u64, u64, u64) {
    if !g.is_null() {
        gorun_runtime::abi::gorun_entersyscall(g);
    }
    // SAFETY: Go's syscall.Syscall has the same contract: the caller
    // passes arguments the kernel may use.
    let r = unsafe { raw_syscall6(trap, a) };
    if !g.is_null() {
        gorun_runtime::abi::gorun_exitsyscall(g);
    }
    r
}

fn put(ret: *mut [u64; 3], r: (u64, u64, u64)) {
    // SAFETY: the convention passes a buffer of three result words.
    unsafe { *ret = [r.0, r.1, r.2] };
}

extern "C" fn syscall(g: *mut G, ret: *mut [u64; 3], trap: u64, a1: u64, a2: u64, a3: u64) {
    put(ret, syscall6(g, trap, [a1, a2, a3, 0, 0, 0]));
}

#[allow(clippy::too_many_arguments)]
extern "C" fn syscall_6(
    g: *mut G,
    ret: *mut [u64; 3],
    trap: u64,
    a1: u64,
    a2: u64,
    a3: u64,
    a4: u64,
    a5: u64,
    a6: u64,
) {
    put(ret, syscall6(g, trap, [a1, a2, a3, a4, a5, a6]));
}

extern "C" fn raw_syscall(_g: *mut G, ret: *mut [u64; 3], trap: u64, a1: u64, a2: u64, a3: u64) {
    // SAFETY: as Go's RawSyscall.
    put(ret, unsafe { raw_syscall6(trap, [a1, a2, a3, 0, 0, 0]) });
}

#[allow(clippy::too_many_arguments)]
extern "C" fn raw_syscall_6(
    _g: *mut G,
    ret: *mut [u64; 3],
    trap: u64,
    a1: u64,
    a2: u64,
    a3: u64,
    a4: u64,
    a5: u64,
    a6: u64,
) {
    // SAFETY: as Go's RawSyscall6.
    put(ret, unsafe { raw_syscall6(trap, [a1, a2, a3, a4, a5, a6]) });
}

/// `syscall.Exit(code)`: the process ends at once; nothing else runs.
extern "C" fn exit(g: *mut G, code: i64) {
    gorun_runtime::abi::gorun_exit(g, code)
}

unsafe extern "C" {
    static environ: *const *const std::ffi::c_char;
}

/// The entries of the C environment, as the process has them.
pub fn environ_entries() -> Vec<&'static [u8]> {
    let mut out = Vec::new();
    // SAFETY: environ is a NULL-terminated array of NUL-terminated strings;
    // nothing in gorun changes the C environment while Go code runs.
    unsafe {
        let mut p = environ;
        if p.is_null() {
            return out;
        }
        while !(*p).is_null() {
            out.push(std::ffi::CStr::from_ptr(*p).to_bytes());
            p = p.add(1);
        }
    }
    out
}

/// `runtime_envs() []string`: the environment at start, every entry as
/// it is (Go's runtime keeps malformed ones too).
extern "C" fn runtime_envs(g: *mut G, ret: *mut GoSlice) {
    let e = environ_entries();
    let s = crate::gomem::string_slice(g, e.into_iter());
    // SAFETY: a slice result goes through ret.
    unsafe { *ret = s };
}

/// Package syscall's natives.
pub(crate) static NATIVES: &[Native] = &[
    Native {
        name: "syscall.Exit",
        code: exit as *const u8,
        sig: "i>",
    },
    Native {
        name: "syscall.RawSyscall",
        code: raw_syscall as *const u8,
        sig: "iiii>*",
    },
    Native {
        name: "syscall.RawSyscall6",
        code: raw_syscall_6 as *const u8,
        sig: "iiiiiii>*",
    },
    Native {
        name: "syscall.Syscall",
        code: syscall as *const u8,
        sig: "iiii>*",
    },
    Native {
        name: "syscall.Syscall6",
        code: syscall_6 as *const u8,
        sig: "iiiiiii>*",
    },
    Native {
        name: "syscall.runtime_envs",
        code: runtime_envs as *const u8,
        sig: ">*",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_syscall_reports_errno_as_go_does() {
        // close(-1) fails with EBADF (9).
        let r = unsafe { raw_syscall6(3, [u64::MAX, 0, 0, 0, 0, 0]) };
        assert_eq!(r, (u64::MAX, 0, 9));
        // getpid succeeds.
        let r = unsafe { raw_syscall6(39, [0; 6]) };
        assert_eq!(r.0, std::process::id() as u64);
        assert_eq!(r.2, 0);
    }

    #[test]
    fn environment_is_read_raw() {
        let e = environ_entries();
        assert!(e.iter().all(|s| !s.contains(&0)));
        assert_eq!(e.len(), std::env::vars_os().count().max(e.len()));
    }
}
