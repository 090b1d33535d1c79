//! Goroutine dumps and stack walks, Go's `traceback.go`.
//!
//! Invariants:
//! - Frames are found by walking frame pointers (JIT code keeps them; Rust
//!   runtime frames may not, so a walk stops at the first frame pointer that
//!   leaves the G's stack segments or does not increase).
//! - A parked G's walk starts from its saved context (`g.sched.sp`: the
//!   saved rbp is at +40, the return address at +48).
//! - PCs are turned into `func`/`file:line` by the table of compiled
//!   functions (`symtab.rs`); frames it does not know (the runtime's own)
//!   are not printed, as Go hides runtime frames.

use crate::proc::{for_each_g, readgstatus};
use crate::rtprint;
use crate::runtime2::*;

/// What the function table knows about a PC.
pub struct FrameInfo {
    pub func: &'static str,
    pub file: &'static str,
    pub line: u32,
    /// Entry PC of the function (for the `+0x1d` offset).
    pub entry: usize,
    /// Whether the function has parameters: `f(...)` or `f()`.
    pub has_params: bool,
}

fn symbolize(pc: usize) -> Option<FrameInfo> {
    // A return address points after the call: look up the call itself.
    crate::symtab::symbolize(pc - 1)
}

fn status_string(gp: *mut G) -> &'static str {
    match readgstatus(gp) {
        G_IDLE => "idle",
        G_RUNNABLE => "runnable",
        G_RUNNING => "running",
        G_SYSCALL => "syscall",
        G_WAITING => unsafe {
            let r = (*gp).waitreason;
            if r == WaitReason::Zero {
                "waiting"
            } else {
                r.as_str()
            }
        },
        G_DEAD => "dead",
        G_PREEMPTED => "preempted",
        _ => "???",
    }
}

/// "goroutine N [status, M minutes, locked to thread]:"
pub fn goroutineheader(gp: *mut G) {
    unsafe {
        rtprint!("goroutine {} [{}", (*gp).goid, status_string(gp));
        let st = readgstatus(gp);
        if st == G_WAITING && (*gp).waitsince != 0 {
            let mins = (crate::os_linux::nanotime() - (*gp).waitsince) / 60_000_000_000;
            if mins >= 1 {
                rtprint!(", {} minutes", mins);
            }
        }
        if !(*gp).lockedm.is_null() {
            rtprint!(", locked to thread");
        }
        rtprint!("]:\n");
    }
}

fn in_stack(gp: *mut G, addr: usize) -> bool {
    unsafe {
        let mut s = (*gp).curseg;
        while !s.is_null() {
            if addr >= (*s).lo && addr < (*s).top() {
                return true;
            }
            s = (*s).prev;
        }
        if (*gp).curseg.is_null() {
            return addr >= (*gp).stack.lo && addr < (*gp).stack.hi;
        }
    }
    false
}

/// Walks the frame-pointer chain from (pc, fp) and prints known frames; a
/// zero pc starts at the caller of the frame at fp.
pub fn print_frames(gp: *mut G, mut pc: usize, mut fp: usize) {
    let mut n = 0;
    while n < 100 {
        // Compiler-made wrappers (deferred and go'd calls) have no source
        // position; Go's own wrappers are hidden from tracebacks too.
        if pc != 0
            && let Some(fi) = symbolize(pc)
            && !fi.file.is_empty()
        {
            rtprint!(
                "{}({})\n\t{}:{} +{:#x}\n",
                fi.func,
                if fi.has_params { "..." } else { "" },
                fi.file,
                fi.line,
                pc.saturating_sub(fi.entry)
            );
        }
        if fp == 0 || !in_stack(gp, fp) {
            break;
        }
        let next = unsafe { *(fp as *const usize) };
        pc = unsafe { *((fp + 8) as *const usize) };
        if next != 0 && next <= fp && !in_stack(gp, next) {
            break;
        }
        fp = next;
        n += 1;
    }
}

/// Dump of the running (panicking) G, from the current frame.
pub fn traceback_running(gp: *mut G) {
    if gp.is_null() {
        return;
    }
    goroutineheader(gp);
    print_frames(gp, 0, 0);
    print_created_by(gp);
}

/// "created by F in goroutine N" and the position of the `go` statement,
/// for goroutines a `go` statement started.
pub fn print_created_by(gp: *mut G) {
    let (pc, parent) = unsafe { ((*gp).gopc, (*gp).parent_goid) };
    if pc == 0 {
        return;
    }
    if let Some(fi) = symbolize(pc) {
        rtprint!(
            "created by {} in goroutine {}\n\t{}:{} +{:#x}\n",
            fi.func,
            parent,
            fi.file,
            fi.line,
            pc.saturating_sub(fi.entry)
        );
    }
}

/// Dump of a G that is not running, from its saved context.
pub fn traceback_parked(gp: *mut G) {
    goroutineheader(gp);
    unsafe {
        let sp = (*gp).sched.sp;
        if sp != 0 && readgstatus(gp) != G_RUNNING {
            let bp = *((sp + 40) as *const usize);
            let pc = *((sp + 48) as *const usize);
            print_frames(gp, pc, bp);
        }
    }
    print_created_by(gp);
}

/// The current G first, then every other live goroutine, as Go's fatal
/// errors print them.
///
/// Each goroutine is preceded by an empty line and nothing follows the
/// last, as in Go's reports.
pub fn tracebackothers(me: *mut G) {
    if !me.is_null() && readgstatus(me) != G_DEAD && unsafe { (*me).goid } != 0 {
        rtprint!("\n");
        traceback_running(me);
    }
    for_each_g(|gp| {
        if gp == me || readgstatus(gp) == G_DEAD {
            return;
        }
        rtprint!("\n");
        traceback_parked(gp);
    });
}
