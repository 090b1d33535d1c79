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
    AssignmentToEntryInNilMap,
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
            RuntimeError::AssignmentToEntryInNilMap => "assignment to entry in nil map",
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

// ---------------------------------------------------------------------------
// Panics raised by compiled code. Until deferred calls and recover arrive,
// each prints Go's report and ends the program with exit status 2.

use crate::types::{GoString, Type, kind};

/// Reports `panic: MSG` with the panicking goroutine's traceback, exit 2.
pub fn gopanic_msg(gp: *mut G, msg: String) -> ! {
    let gpu = gp as usize;
    systemstack(move || {
        begin_dying();
        // A message spanning lines is indented as printpanicval does.
        let msg = msg.replace('\n', "\n\t");
        rtprint!("panic: {}\n\n", msg);
        crate::traceback::traceback_running(gpu as *mut G);
    });
    crate::os_linux::exit(2)
}

/// Go's boundsError kinds, in Go's order.
pub mod bounds {
    pub const INDEX: u64 = 0;
    pub const SLICE_ALEN: u64 = 1;
    pub const SLICE_ACAP: u64 = 2;
    pub const SLICE_B: u64 = 3;
    pub const SLICE3_ALEN: u64 = 4;
    pub const SLICE3_ACAP: u64 = 5;
    pub const SLICE3_B: u64 = 6;
    pub const SLICE3_C: u64 = 7;
    pub const CONVERT: u64 = 8;
}

/// The text of a bounds error (runtime/error.go's boundsError.Error,
/// without "runtime error: ").
pub fn bounds_message(code: u64, x: i64, y: i64, signed: bool) -> String {
    let neg = signed && x < 0;
    let xs = if signed { x.to_string() } else { (x as u64).to_string() };
    let ys = y.to_string();
    let f = |pos: &str, negf: &str| {
        let t = if neg { negf } else { pos };
        t.replace("%x", &xs).replace("%y", &ys)
    };
    match code {
        bounds::INDEX => f("index out of range [%x] with length %y", "index out of range [%x]"),
        bounds::SLICE_ALEN => f("slice bounds out of range [:%x] with length %y", "slice bounds out of range [:%x]"),
        bounds::SLICE_ACAP => f("slice bounds out of range [:%x] with capacity %y", "slice bounds out of range [:%x]"),
        bounds::SLICE_B => f("slice bounds out of range [%x:%y]", "slice bounds out of range [%x:]"),
        bounds::SLICE3_ALEN => f("slice bounds out of range [::%x] with length %y", "slice bounds out of range [::%x]"),
        bounds::SLICE3_ACAP => {
            f("slice bounds out of range [::%x] with capacity %y", "slice bounds out of range [::%x]")
        }
        bounds::SLICE3_B => f("slice bounds out of range [:%x:%y]", "slice bounds out of range [:%x:]"),
        bounds::SLICE3_C => f("slice bounds out of range [%x:%y:]", "slice bounds out of range [%x::]"),
        _ => f(
            "cannot convert slice with length %x to array or pointer to array with length %y",
            "cannot convert slice with length %x to array or pointer to array with length %y",
        ),
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_panic_bounds(g: *mut G, code: u64, x: i64, y: i64, signed: u64) -> ! {
    gopanic_msg(g, format!("runtime error: {}", bounds_message(code, x, y, signed & 0xff != 0)))
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_panic_divide(g: *mut G) -> ! {
    gopanic_msg(g, "runtime error: integer divide by zero".into())
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_panic_nil(g: *mut G) -> ! {
    let gpu = g as usize;
    systemstack(move || {
        begin_dying();
        rtprint!(
            "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n\n"
        );
        crate::traceback::traceback_running(gpu as *mut G);
    });
    crate::os_linux::exit(2)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_panic_shift(g: *mut G) -> ! {
    gopanic_msg(g, "runtime error: negative shift amount".into())
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_panic_makeslice_len(g: *mut G) -> ! {
    gopanic_msg(g, "runtime error: makeslice: len out of range".into())
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_panic_makeslice_cap(g: *mut G) -> ! {
    gopanic_msg(g, "runtime error: makeslice: cap out of range".into())
}

/// A Go method with the standard ABI returning a string: `Error()` or
/// `String()` called through a method table's `ifn`.
type StringMethod = extern "C" fn(*mut G, *const u8, *mut u8) -> GoString;

/// `panic(v)`: prints v as Go's printpanicval does (errors and Stringers
/// through their methods), then the traceback; exit 2.
///
/// # Safety
/// `typ` is null or a type descriptor, and `data` an interface data word
/// of that type.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gorun_panic_value(g: *mut G, typ: *const Type, data: *mut u8) -> ! {
    let msg = unsafe { panic_value_text(g, typ, data) };
    gopanic_msg(g, msg)
}

/// The text printpanicval writes for an interface value.
///
/// # Safety
/// As [`gorun_panic_value`].
pub unsafe fn panic_value_text(g: *mut G, typ: *const Type, data: *mut u8) -> String {
    let Some(t) = (unsafe { typ.as_ref() }) else {
        return "runtime error: panic called with nil argument".into();
    };
    for name in ["Error", "String"] {
        if let Some(m) = t.methods().iter().find(|m| unsafe { m.name.as_bytes() } == name.as_bytes())
            && !m.ifn.is_null()
        {
            // SAFETY: ifn has the Go ABI of a func() string method.
            let f: StringMethod = unsafe { std::mem::transmute(m.ifn) };
            let s = f(g, std::ptr::null(), data);
            return String::from_utf8_lossy(unsafe { s.as_bytes() }).into_owned();
        }
    }
    let name = t.name();
    let custom = name.contains('.');
    // The value: in the data word itself for direct types, else pointed to.
    let p = data as *const u8;
    let val = unsafe {
        match t.kind() {
            kind::BOOL => Some((*p != 0).to_string()),
            kind::INT | kind::INT64 => Some((*(p as *const i64)).to_string()),
            kind::INT8 => Some((*(p as *const i8)).to_string()),
            kind::INT16 => Some((*(p as *const i16)).to_string()),
            kind::INT32 => Some((*(p as *const i32)).to_string()),
            kind::UINT | kind::UINT64 | kind::UINTPTR => Some((*(p as *const u64)).to_string()),
            kind::UINT8 => Some((*p).to_string()),
            kind::UINT16 => Some((*(p as *const u16)).to_string()),
            kind::UINT32 => Some((*(p as *const u32)).to_string()),
            kind::FLOAT32 => Some(crate::print::format_g_shortest(*(p as *const f32) as f64, true)),
            kind::FLOAT64 => Some(crate::print::format_g_shortest(*(p as *const f64), false)),
            kind::COMPLEX64 | kind::COMPLEX128 => {
                let (re, im, f32b) = if t.kind() == kind::COMPLEX64 {
                    (*(p as *const f32) as f64, *(p as *const f32).add(1) as f64, true)
                } else {
                    (*(p as *const f64), *(p as *const f64).add(1), false)
                };
                let ims = crate::print::format_g_shortest(im, f32b);
                let sign = if ims.starts_with('-') || ims.starts_with('+') { "" } else { "+" };
                return format!("{}({}{sign}{ims}i)", if custom { name } else { "" }, crate::print::format_g_shortest(re, f32b));
            }
            kind::STRING => {
                let s = &*(p as *const GoString);
                let text = String::from_utf8_lossy(s.as_bytes()).into_owned();
                return if custom { format!("{name}(\"{text}\")") } else { text };
            }
            _ => None,
        }
    };
    match val {
        Some(v) if custom => format!("{name}({v})"),
        Some(v) => v,
        None => format!("({name}) {:#x}", data as usize),
    }
}
