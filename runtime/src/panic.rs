//! Runtime panics and fatal errors, with Go's texts.
//!
//! Invariants:
//! - Every panic the runtime raises goes through `gopanic` with a
//!   `PanicValue`; the texts of runtime errors live in one place,
//!   `RuntimeError::message`, so they can become `runtime.Error` values.
//! - Until the unwinder exists (a later issue installs it with
//!   `set_panic_hook`), an unrecovered panic prints Go's report
//!   (`panic: MSG` + blank line + `goroutine N [running]:` + frames) and
//!   exits with status 2.
//! - `throw` is for runtime bugs, `fatal` for user errors the runtime cannot
//!   recover from (deadlock, unlock of unlocked mutex); both print
//!   `fatal error: MSG` and a goroutine dump, and exit 2. Only the first
//!   thread to fail prints; others stop.

use crate::proc::{getg, systemstack};
use crate::rtprint;
use crate::runtime2::G;
use std::sync::atomic::{AtomicPtr, AtomicU32, Ordering::*};

/// Runtime errors raised by the runtime itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuntimeError {
    SendOnClosedChannel,
    CloseOfNilChannel,
    CloseOfClosedChannel,
    MakechanSizeOutOfRange,
    LockOSThreadNestingOverflow,
    MakesliceLenOutOfRange,
    MakesliceCapOutOfRange,
    GrowsliceLenOutOfRange,
    AllocationSizeOutOfRange,
}

impl RuntimeError {
    /// The text Go prints after `panic: ` (the value's Error(): Go's
    /// errorString values carry the "runtime error: " prefix, its
    /// plainError values do not).
    pub fn message(self) -> &'static str {
        match self {
            RuntimeError::SendOnClosedChannel => "send on closed channel",
            RuntimeError::CloseOfNilChannel => "close of nil channel",
            RuntimeError::CloseOfClosedChannel => "close of closed channel",
            RuntimeError::MakechanSizeOutOfRange => "makechan: size out of range",
            RuntimeError::LockOSThreadNestingOverflow => "LockOSThread nesting overflow",
            RuntimeError::MakesliceLenOutOfRange => "runtime error: makeslice: len out of range",
            RuntimeError::MakesliceCapOutOfRange => "runtime error: makeslice: cap out of range",
            RuntimeError::GrowsliceLenOutOfRange => "runtime error: growslice: len out of range",
            RuntimeError::AllocationSizeOutOfRange => "runtime: allocation size out of range",
        }
    }
}

/// The value of a panic raised by the runtime.
#[derive(Clone, Copy, Debug)]
pub enum PanicValue {
    /// A runtime.Error raised by the runtime (see `RuntimeError::message`).
    Runtime(RuntimeError),
    /// A Go string value, as `panic("sync: negative WaitGroup counter")`.
    Str(&'static str),
}

impl PanicValue {
    pub fn message(&self) -> &'static str {
        match self {
            PanicValue::Runtime(e) => e.message(),
            PanicValue::Str(s) => s,
        }
    }
}

/// Installed by the panic/unwind issue: runs deferred calls, recovers, or
/// reports. Must not return.
pub type PanicHook = fn(gp: *mut G, v: PanicValue) -> !;

static PANIC_HOOK: AtomicPtr<()> = AtomicPtr::new(std::ptr::null_mut());
static THROWING: AtomicU32 = AtomicU32::new(0);

pub fn set_panic_hook(h: PanicHook) {
    PANIC_HOOK.store(h as *mut (), SeqCst);
}

/// The single entry for runtime-raised panics.
pub fn gopanic(gp: *mut G, v: PanicValue) -> ! {
    let h = PANIC_HOOK.load(SeqCst);
    if !h.is_null() {
        let f: PanicHook = unsafe { std::mem::transmute(h) };
        f(gp, v);
    }
    let gpu = gp as usize;
    systemstack(move || {
        begin_dying();
        rtprint!("panic: {}\n\n", v.message());
        crate::traceback::traceback_running(gpu as *mut G);
    });
    crate::os_linux::exit(2)
}

pub fn panic_runtime(e: RuntimeError) -> ! {
    gopanic(getg(), PanicValue::Runtime(e))
}

pub fn panic_string(s: &'static str) -> ! {
    gopanic(getg(), PanicValue::Str(s))
}

/// Only one thread reports; the others wait to be killed by its exit.
fn begin_dying() {
    if THROWING.swap(1, SeqCst) != 0 {
        loop {
            crate::os_linux::usleep(1_000_000);
        }
    }
}

/// A runtime bug: "fatal error: MSG" and a dump, exit 2.
pub fn throw(s: &str) -> ! {
    fatal_impl(s, true)
}

/// An unrecoverable user error: "fatal error: MSG", all goroutines, exit 2.
pub fn fatal(s: &str) -> ! {
    fatal_impl(s, true)
}

fn fatal_impl(s: &str, all: bool) -> ! {
    let gp = getg();
    fatal_with_trace(s, gp, all)
}

pub fn fatal_with_trace(s: &str, gp: *mut G, all: bool) -> ! {
    let sp = s.as_ptr() as usize;
    let sl = s.len();
    let gpu = gp as usize;
    let f = move || {
        begin_dying();
        let s = unsafe {
            std::str::from_utf8_unchecked(std::slice::from_raw_parts(sp as *const u8, sl))
        };
        rtprint!("fatal error: {}\n", s);
        let gp = gpu as *mut G;
        let cur = if gp.is_null() || unsafe { (*gp).m.is_null() } {
            gp
        } else {
            unsafe { (*(*gp).m).curg }
        };
        if all {
            crate::traceback::tracebackothers(cur);
        } else if !cur.is_null() {
            crate::traceback::traceback_running(cur);
        }
    };
    if gp.is_null() {
        f();
    } else {
        systemstack(f);
    }
    crate::os_linux::exit(2)
}
