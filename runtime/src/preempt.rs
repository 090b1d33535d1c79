//! Cooperative preemption, Go's `preempt.go` without signals.
//!
//! sysmon (or stopTheWorld) asks a running G to stop by setting `g.preempt`
//! and storing `STACK_PREEMPT` into `g.stackguard0`. Every function prologue
//! and every loop back-edge of compiled code compares SP with that word, so
//! the next check fails and enters `morestack`, which lands here and yields
//! (`gopreempt_m`: the G goes to the global run queue).
//!
//! Invariants:
//! - Only the G itself clears a pending request (here, or `execute` when it
//!   is next scheduled, which rewrites stackguard0 from `g.stack`).
//! - A G is not preempted while its M holds runtime locks (`m.locks`) or has
//!   `preemptoff` set; the request is then dropped and sysmon asks again.

use crate::proc::{gopreempt_m, mcall, readgstatus};
use crate::runtime2::{G, G_RUNNING};
use crate::stack::STACK_GUARD;
use std::sync::atomic::Ordering::SeqCst;

/// Called from morestack when stackguard0 == STACK_PREEMPT.
pub fn preempt_from_morestack(gp: *mut G) {
    unsafe {
        let mp = (*gp).m;
        if (*mp).locks != 0 || !(&(*mp).preemptoff).is_empty() || readgstatus(gp) != G_RUNNING {
            // Let the goroutine keep running for now. gp.preempt is set, so
            // it will be preempted next time.
            (*gp)
                .stackguard0
                .store((*gp).stack.lo + STACK_GUARD, SeqCst);
            return;
        }
        mcall(gopreempt_m);
    }
}
