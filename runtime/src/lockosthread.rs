//! LockOSThread / UnlockOSThread, from Go's `proc.go`.
//!
//! Invariants:
//! - A G locked to an M runs only on that M: when the scheduler picks it on
//!   another M, that M hands its P to the locked M (`startlockedm`) and
//!   stops; when the locked M has nothing to run it gives its P away and
//!   sleeps until its G is ready (`stoplockedm`).
//! - Locks nest: `m.locked_ext` counts user calls, `m.locked_int` runtime
//!   ones (runtime.main holds one during init); the G is unlocked when both
//!   are 0.
//! - A G that exits while locked takes its thread with it (`goexit0` →
//!   `mexit`), except m0, which is wedged instead (the main thread never
//!   exits while the program runs).

use crate::panic::{RuntimeError, panic_runtime};
use crate::runtime2::G;

unsafe fn dolock(gp: *mut G) {
    unsafe {
        let mp = (*gp).m;
        (*mp).lockedg = gp;
        (*gp).lockedm = mp;
    }
}

unsafe fn dounlock(gp: *mut G) {
    unsafe {
        let mp = (*gp).m;
        if (*mp).locked_int != 0 || (*mp).locked_ext != 0 {
            return;
        }
        (*mp).lockedg = std::ptr::null_mut();
        (*gp).lockedm = std::ptr::null_mut();
    }
}

/// runtime.LockOSThread.
pub fn lock_os_thread_ext(gp: *mut G) {
    unsafe {
        let mp = (*gp).m;
        (*mp).locked_ext = (*mp).locked_ext.wrapping_add(1);
        if (*mp).locked_ext == 0 {
            (*mp).locked_ext = u32::MAX;
            panic_runtime(RuntimeError::LockOSThreadNestingOverflow);
        }
        dolock(gp);
    }
}

/// runtime.UnlockOSThread.
pub fn unlock_os_thread_ext(gp: *mut G) {
    unsafe {
        let mp = (*gp).m;
        if (*mp).locked_ext == 0 {
            return;
        }
        (*mp).locked_ext -= 1;
        dounlock(gp);
    }
}

/// The runtime's own lock (runtime.main during init).
pub fn lock_os_thread(gp: *mut G) {
    unsafe {
        (*(*gp).m).locked_int += 1;
        dolock(gp);
    }
}

pub fn unlock_os_thread(gp: *mut G) {
    unsafe {
        let mp = (*gp).m;
        if (*mp).locked_int == 0 {
            crate::panic::throw("runtime: internal error: misuse of lockOSThread/unlockOSThread");
        }
        (*mp).locked_int -= 1;
        dounlock(gp);
    }
}
