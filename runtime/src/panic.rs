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
    if let Some(e) = runtime_error_value(gp, v.message()) {
        gopanic_eface(gp, e, false);
    }
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

use crate::abi::gorun_mallocgc;
use crate::asm_amd64::{gorun_calldefer, gorun_catch, gorun_catch_resume, gorun_resume};
use crate::runtime2::FuncVal;
use crate::types::{Eface, GoString, Type, kind};

/// Panics with a runtime error whose text is `msg` ("runtime error: …"
/// texts become Go's errorString, others its plainError); without the
/// JIT's error types, reports `panic: MSG` and exits 2.
pub fn gopanic_msg(gp: *mut G, msg: String) -> ! {
    if let Some(e) = runtime_error_value(gp, &msg) {
        gopanic_eface(gp, e, false);
    }
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
    let xs = if signed {
        x.to_string()
    } else {
        (x as u64).to_string()
    };
    let ys = y.to_string();
    let f = |pos: &str, negf: &str| {
        let t = if neg { negf } else { pos };
        t.replace("%x", &xs).replace("%y", &ys)
    };
    match code {
        bounds::INDEX => f(
            "index out of range [%x] with length %y",
            "index out of range [%x]",
        ),
        bounds::SLICE_ALEN => f(
            "slice bounds out of range [:%x] with length %y",
            "slice bounds out of range [:%x]",
        ),
        bounds::SLICE_ACAP => f(
            "slice bounds out of range [:%x] with capacity %y",
            "slice bounds out of range [:%x]",
        ),
        bounds::SLICE_B => f(
            "slice bounds out of range [%x:%y]",
            "slice bounds out of range [%x:]",
        ),
        bounds::SLICE3_ALEN => f(
            "slice bounds out of range [::%x] with length %y",
            "slice bounds out of range [::%x]",
        ),
        bounds::SLICE3_ACAP => f(
            "slice bounds out of range [::%x] with capacity %y",
            "slice bounds out of range [::%x]",
        ),
        bounds::SLICE3_B => f(
            "slice bounds out of range [:%x:%y]",
            "slice bounds out of range [:%x:]",
        ),
        bounds::SLICE3_C => f(
            "slice bounds out of range [%x:%y:]",
            "slice bounds out of range [%x::]",
        ),
        // x is the array's length, y the slice's, as in Go's format.
        _ => f(
            "cannot convert slice with length %y to array or pointer to array with length %x",
            "cannot convert slice with length %y to array or pointer to array with length %x",
        ),
    }
}

/// A failed type assertion: panics with a `*runtime.TypeAssertionError`
/// holding the descriptors (`iface` null when Go leaves it nil, for
/// assertions to interface types), whose Error method writes `msg`; without
/// the JIT's error types, with `msg` itself.
pub fn panic_type_assert(
    g: *mut G,
    iface: *const Type,
    have: *const Type,
    want: *const Type,
    missing: &str,
    msg: String,
) -> ! {
    let ptr_t = error_types().map(|t| t.type_assertion_error);
    // SAFETY: registered descriptors are static.
    if let Some(st) = ptr_t
        .and_then(|t| unsafe { t.as_ref() })
        .and_then(|t| t.elem())
    {
        // runtime.TypeAssertionError{_interface, concrete, asserted *_type;
        // missingMethod string}
        let p = gorun_mallocgc(g, st.size, st, true);
        unsafe {
            *(p as *mut *const Type) = iface;
            *(p.add(8) as *mut *const Type) = have;
            *(p.add(16) as *mut *const Type) = want;
            *(p.add(24) as *mut GoString) = go_string(g, missing);
        }
        let typ = ptr_t.unwrap_or(std::ptr::null());
        gopanic_eface(g, Eface { typ, data: p }, false);
    }
    gopanic_msg(g, msg)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_panic_bounds(g: *mut G, code: u64, x: i64, y: i64, signed: u64) -> ! {
    if let Some(t) = error_types().map(|t| t.bounds_error) {
        // runtime.boundsError{x int64, y int, signed bool, code uint8}
        let p = gorun_mallocgc(g, 24, t, true);
        unsafe {
            *(p as *mut i64) = x;
            *(p.add(8) as *mut i64) = y;
            *p.add(16) = (signed & 0xff != 0) as u8;
            *p.add(17) = code as u8;
        }
        gopanic_eface(g, Eface { typ: t, data: p }, false);
    }
    gopanic_msg(
        g,
        format!(
            "runtime error: {}",
            bounds_message(code, x, y, signed & 0xff != 0)
        ),
    )
}

/// The code of a standard-library method the loader dropped as unreachable
/// (a method table lists every method; nothing calls this one by name).
/// Being called means the pruning missed a use: a gorun bug.
#[unsafe(no_mangle)]
pub extern "C" fn gorun_throw_pruned(_g: *mut G, name: *const u8, len: usize) -> ! {
    // SAFETY: compiled code passes a static string's bytes and length.
    let name = unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(name, len)) };
    throw(&format!("{name} was pruned as unreachable but called"))
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_panic_divide(g: *mut G) -> ! {
    gopanic_msg(g, "runtime error: integer divide by zero".into())
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_panic_nil(g: *mut G) -> ! {
    if let Some(e) = runtime_error_value(
        g,
        "runtime error: invalid memory address or nil pointer dereference",
    ) {
        gopanic_eface(g, e, true);
    }
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

/// unsafe.Slice and unsafe.String given a bad length or a nil pointer
/// with a length (Go's panicunsafeslicelen and friends): `code` bit 0
/// selects String over Slice, bit 1 the nil-pointer case.
#[unsafe(no_mangle)]
pub extern "C" fn gorun_panic_unsafe(g: *mut G, code: u64) -> ! {
    let what = if code & 1 != 0 {
        "unsafe.String"
    } else {
        "unsafe.Slice"
    };
    let why = if code & 2 != 0 {
        "ptr is nil and len is not zero"
    } else {
        "len out of range"
    };
    gopanic_msg(g, format!("runtime error: {what}: {why}"))
}

/// The states of a range-over-func loop's body (Go's `abi.RF_*`), kept
/// by compiled code in a cell the loop and its body function share: the
/// body is entered only in `RF_READY`, is `RF_PANIC` while it runs,
/// `RF_DONE` once it returned false, `RF_EXHAUSTED` after the loop.
pub mod rangefunc {
    pub const RF_DONE: u64 = 0;
    pub const RF_READY: u64 = 1;
    pub const RF_PANIC: u64 = 2;
    pub const RF_EXHAUSTED: u64 = 3;
    pub const RF_MISSING_PANIC: u64 = 4;
}

/// A range-over-func iterator misbehaved (Go's panicrangestate): it called
/// the loop body in `state`, or (`RF_MISSING_PANIC`) returned normally
/// after the body panicked.
#[unsafe(no_mangle)]
pub extern "C" fn gorun_panicrangestate(g: *mut G, state: u64) -> ! {
    use rangefunc::*;
    let why = match state {
        RF_DONE => "range function continued iteration after function for loop body returned false",
        RF_PANIC => "range function continued iteration after loop body panic",
        RF_EXHAUSTED => "range function continued iteration after whole loop exit",
        RF_MISSING_PANIC => {
            "range function recovered a loop body panic and did not resume panicking"
        }
        _ => "unexpected range function state",
    };
    gopanic_msg(g, format!("runtime error: {why}"))
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
    if typ.is_null()
        && let Some(t) = error_types()
    {
        // Go 1.21: panic(nil) panics with a new *runtime.PanicNilError (a
        // zero-size struct: any non-nil pointer).
        let data = gorun_mallocgc(g, 0, std::ptr::null(), true);
        gopanic_eface(
            g,
            Eface {
                typ: t.panic_nil_error,
                data,
            },
            false,
        );
    }
    if error_types().is_some() {
        gopanic_eface(g, Eface { typ, data }, false);
    }
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
        if let Some(m) = t
            .methods()
            .iter()
            .find(|m| unsafe { m.name.as_bytes() } == name.as_bytes())
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
            kind::FLOAT32 => Some(crate::print::format_g_shortest(
                *(p as *const f32) as f64,
                true,
            )),
            kind::FLOAT64 => Some(crate::print::format_g_shortest(*(p as *const f64), false)),
            kind::COMPLEX64 | kind::COMPLEX128 => {
                let (re, im, f32b) = if t.kind() == kind::COMPLEX64 {
                    (
                        *(p as *const f32) as f64,
                        *(p as *const f32).add(1) as f64,
                        true,
                    )
                } else {
                    (*(p as *const f64), *(p as *const f64).add(1), false)
                };
                let ims = crate::print::format_g_shortest(im, f32b);
                let sign = if ims.starts_with('-') || ims.starts_with('+') {
                    ""
                } else {
                    "+"
                };
                return format!(
                    "{}({}{sign}{ims}i)",
                    if custom { name } else { "" },
                    crate::print::format_g_shortest(re, f32b)
                );
            }
            kind::STRING => {
                let s = &*(p as *const GoString);
                let text = String::from_utf8_lossy(s.as_bytes()).into_owned();
                return if custom {
                    format!("{name}(\"{text}\")")
                } else {
                    text
                };
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

// ---------------------------------------------------------------------------
// defer, panic and recover (Go's panic.go).
//
// Invariants:
// - `g.defer_` is the G's chain of pending deferred calls, newest first;
//   each records the frame pointer and entry of the function that deferred
//   it. A function's deferred calls run, newest first, when it returns
//   (`gorun_deferreturn`), or when a panic passes through it.
// - `g.panic_` is the chain of active panics, newest first; each lives in
//   the frame of the `gopanic` that runs its deferred calls.
// - A deferred call is made through `gorun_calldefer`, which records the
//   frame pointer its code will have: recover stops a panic only when its
//   caller's frame is the one that code called directly (the deferred
//   function itself, under the wrapper every deferred call goes through).
// - When a deferred call recovers, the frame that deferred it resumes at
//   the landing pad of the call it is suspended in (see symtab.rs): the
//   landing runs the frame's remaining deferred calls and returns its
//   results. Everything above that frame is abandoned; no Rust frame in
//   between may hold a lock or own memory.

/// A pending deferred call.
#[repr(C)]
pub struct Defer {
    pub link: *mut Defer,
    /// Frame pointer of the function that deferred the call.
    pub fp: usize,
    /// That function's entry (to find its landing pads).
    pub entry: usize,
    /// The call: a closure record whose code is called as `code(g, fv)`.
    pub fv: *const FuncVal,
    /// Set once a panic started running it.
    pub started: bool,
    /// The panic running it.
    pub panic: *mut Panic,
    /// Non-null for the marker of a [`catch_panic`] (fv null, fp 0): a
    /// panic that reaches it stops there.
    pub catch: *mut Catch,
    /// A range-over-func loop's head (fv null): `list` holds the calls its
    /// body deferred, newest first, to run in the head's place.
    pub range_head: bool,
    pub list: *mut Defer,
}

impl Defer {
    /// A new record in front of `link`, the rest of it empty: not started,
    /// no panic, no catch, not a range-over-func head.
    fn alloc(link: *mut Defer, fp: usize, entry: usize, fv: *const FuncVal) -> *mut Defer {
        Box::into_raw(Box::new(Defer {
            link,
            fp,
            entry,
            fv,
            started: false,
            panic: std::ptr::null_mut(),
            catch: std::ptr::null_mut(),
            range_head: false,
            list: std::ptr::null_mut(),
        }))
    }
}

/// Where a [`catch_panic`] resumes and what it caught.
pub struct Catch {
    buf: [usize; 8],
    value: Eface,
}

/// Runs `f` on goroutine `g` as if under a deferred function that recovers
/// (fmt's catchPanic, for the methods fmt calls from Rust): returns the
/// value of a panic that `f`'s Go code does not recover itself, after
/// running the deferred calls made inside `f`, and stops that panic.
/// Goexit passes through (recover returns nil to such a function).
///
/// `f` must own nothing and hold no lock while Go code it calls may panic:
/// its frames are abandoned then. Without a goroutine (`g` null: natives
/// called directly by Rust tests) there is no defer chain and `f` runs
/// unguarded.
pub fn catch_panic(g: *mut G, f: &mut dyn FnMut()) -> Option<Eface> {
    if g.is_null() {
        f();
        return None;
    }
    extern "C" fn tramp(arg: *mut u8) {
        // SAFETY: arg is the `&mut &mut dyn FnMut()` below, alive for the call.
        let f = unsafe { &mut *(arg as *mut &mut dyn FnMut()) };
        f()
    }
    let mut c = Box::new(Catch {
        buf: [0; 8],
        value: Eface {
            typ: std::ptr::null(),
            data: std::ptr::null_mut(),
        },
    });
    let cp: *mut Catch = &mut *c;
    let d = Defer::alloc(unsafe { (*g).defer_ as *mut Defer }, 0, 0, std::ptr::null());
    unsafe {
        (*d).catch = cp;
        (*g).defer_ = d as *mut u8;
    }
    let mut fr: &mut dyn FnMut() = f;
    let arg = &mut fr as *mut &mut dyn FnMut() as *mut u8;
    // SAFETY: gorun_catch returns normally either way; c outlives it.
    let caught = unsafe { gorun_catch(&raw mut (*cp).buf, tramp, arg) } != 0;
    if caught {
        // run_defers unlinked and freed the marker.
        return Some(c.value);
    }
    // Every deferred call made inside f has run: the marker is first.
    unsafe {
        debug_assert_eq!((*g).defer_, d as *mut u8);
        (*g).defer_ = (*d).link as *mut u8;
        drop(Box::from_raw(d));
    }
    None
}

/// An active panic.
pub struct Panic {
    pub arg: Eface,
    pub link: *mut Panic,
    pub recovered: bool,
    /// A later panic started in one of its deferred calls and went past it.
    pub aborted: bool,
    /// runtime.Goexit running deferred calls (recover returns nil).
    pub goexit: bool,
    pub repanicked: bool,
    /// A nil dereference (the report adds Go's `[signal SIGSEGV…]` line).
    pub signal: bool,
    /// The frame pointer of the deferred call being run (see `gorun_calldefer`).
    pub wrapper_fp: usize,
}

/// The Go types of the runtime's panic values, which the JIT declares in
/// the runtime package and registers.
#[derive(Clone, Copy)]
pub struct ErrorTypes {
    /// runtime.errorString: "runtime error: " + the string.
    pub error_string: *const Type,
    /// runtime.plainError: the string itself.
    pub plain_error: *const Type,
    /// runtime.boundsError.
    pub bounds_error: *const Type,
    /// *runtime.PanicNilError: what panic(nil) panics with (Go 1.21).
    pub panic_nil_error: *const Type,
    /// *runtime.TypeAssertionError: what a failed `x.(T)` panics with.
    pub type_assertion_error: *const Type,
}

static ERROR_TYPES: AtomicPtr<ErrorTypes> = AtomicPtr::new(std::ptr::null_mut());

/// Registers the runtime's error types; from then on runtime panics are Go
/// values that deferred calls can recover.
pub fn set_error_types(t: ErrorTypes) {
    ERROR_TYPES.store(Box::into_raw(Box::new(t)), SeqCst);
}

fn error_types() -> Option<ErrorTypes> {
    unsafe { ERROR_TYPES.load(SeqCst).as_ref().copied() }
}

/// A Go string in Go memory.
fn go_string(g: *mut G, s: &str) -> GoString {
    if s.is_empty() {
        return GoString::EMPTY;
    }
    let p = gorun_mallocgc(g, s.len(), std::ptr::null(), false);
    unsafe { std::ptr::copy_nonoverlapping(s.as_ptr(), p, s.len()) };
    GoString {
        ptr: p,
        len: s.len() as isize,
    }
}

/// The runtime error value for `msg` (an errorString for "runtime error: …",
/// else a plainError), if the error types are registered.
fn runtime_error_value(g: *mut G, msg: &str) -> Option<Eface> {
    let t = error_types()?;
    let (typ, text) = match msg.strip_prefix("runtime error: ") {
        Some(rest) => (t.error_string, rest),
        None => (t.plain_error, msg),
    };
    let data = gorun_mallocgc(g, 16, typ, true);
    unsafe { *(data as *mut GoString) = go_string(g, text) };
    Some(Eface { typ, data })
}

/// `defer f(args)`: records the call (a closure taking no arguments) for
/// the frame `fp` of the function at `entry`.
#[unsafe(no_mangle)]
pub extern "C" fn gorun_deferproc(g: *mut G, fp: usize, entry: usize, fv: *const FuncVal) {
    let d = Defer::alloc(unsafe { (*g).defer_ as *mut Defer }, fp, entry, fv);
    unsafe { (*g).defer_ = d as *mut u8 };
}

/// Go's `deferrangefunc`: at the start of a range-over-func loop whose
/// body defers, a head record in frame `fp`'s place in the chain. The
/// body runs under the iterator's frames, whose own deferred calls are
/// pushed above the head, so the body's go into the head's list
/// ([`gorun_deferprocat`]) and take the head's place when it comes up
/// ([`expand_range_heads`]), running as the frame's own.
#[unsafe(no_mangle)]
pub extern "C" fn gorun_deferrangefunc(g: *mut G, fp: usize, entry: usize) -> *mut Defer {
    let d = Defer::alloc(
        unsafe { (*g).defer_ as *mut Defer },
        fp,
        entry,
        std::ptr::null(),
    );
    unsafe {
        (*d).range_head = true;
        (*g).defer_ = d as *mut u8;
    }
    d
}

/// Go's `deferprocat`: `defer` in a range-over-func body, on the list of
/// `head` (from [`gorun_deferrangefunc`], still in the chain: the loop's
/// frame has not returned).
#[unsafe(no_mangle)]
pub extern "C" fn gorun_deferprocat(_g: *mut G, head: *mut Defer, fv: *const FuncVal) {
    unsafe {
        (*head).list = Defer::alloc((*head).list, (*head).fp, (*head).entry, fv);
    }
}

/// Replaces range-over-func heads at the top of the chain by the calls
/// their bodies deferred (Go's deferconvert).
fn expand_range_heads(g: *mut G) {
    unsafe {
        loop {
            let h = (*g).defer_ as *mut Defer;
            if h.is_null() || !(*h).range_head {
                return;
            }
            let mut top = (*h).link;
            // The list is newest first, as the chain: append it in front.
            let mut d = (*h).list;
            let mut items = Vec::new();
            while !d.is_null() {
                items.push(d);
                d = (*d).link;
            }
            for &it in items.iter().rev() {
                (*it).link = top;
                top = it;
            }
            (*g).defer_ = top as *mut u8;
            drop(Box::from_raw(h));
        }
    }
}

/// Runs the deferred calls of frame `fp`, newest first (at its return,
/// and in its landing pad after a recovery).
#[unsafe(no_mangle)]
pub extern "C" fn gorun_deferreturn(g: *mut G, fp: usize) {
    unsafe {
        loop {
            expand_range_heads(g);
            let d = (*g).defer_ as *mut Defer;
            if d.is_null() || (*d).fp != fp {
                return;
            }
            // Popped before the call: if it panics, the panic goes on with
            // the next ones.
            (*g).defer_ = (*d).link as *mut u8;
            let fv = (*d).fv;
            drop(Box::from_raw(d));
            let mut wrapper_fp = 0usize;
            gorun_calldefer(g, fv, &mut wrapper_fp);
        }
    }
}

/// `recover()` called by the function whose frame pointer is `caller_fp`.
#[unsafe(no_mangle)]
pub extern "C" fn gorun_recover(g: *mut G, caller_fp: usize) -> Eface {
    unsafe {
        let p = (*g).panic_ as *mut Panic;
        if p.is_null() || (*p).goexit || (*p).recovered {
            return Eface {
                typ: std::ptr::null(),
                data: std::ptr::null_mut(),
            };
        }
        // Called directly by the deferred function: its caller's frame is
        // the deferred call's own (saved rbp at the frame pointer).
        if *(caller_fp as *const usize) != (*p).wrapper_fp {
            return Eface {
                typ: std::ptr::null(),
                data: std::ptr::null_mut(),
            };
        }
        (*p).recovered = true;
        (*p).arg
    }
}

/// `panic(v)` and every runtime panic: runs deferred calls until one
/// recovers (then resumes its frame) or none is left (then reports and
/// exits 2).
pub fn gopanic_eface(g: *mut G, arg: Eface, signal: bool) -> ! {
    let mut p = Panic {
        arg,
        link: unsafe { (*g).panic_ as *mut Panic },
        recovered: false,
        aborted: false,
        goexit: false,
        repanicked: false,
        signal,
        wrapper_fp: 0,
    };
    unsafe { (*g).panic_ = &mut p as *mut Panic as *mut u8 };
    run_defers(g, &mut p);
    fatalpanic(g)
}

/// Runs the G's deferred calls for panic `p`; returns when none is left.
fn run_defers(g: *mut G, p: *mut Panic) {
    unsafe {
        loop {
            expand_range_heads(g);
            let d = (*g).defer_ as *mut Defer;
            if d.is_null() {
                return;
            }
            if !(*d).catch.is_null() {
                // A catch_panic marker: it stops a panic (not a Goexit).
                let c = (*d).catch;
                (*g).defer_ = (*d).link as *mut u8;
                drop(Box::from_raw(d));
                if (*p).goexit {
                    continue;
                }
                (*p).recovered = true;
                (*c).value = (*p).arg;
                let mut q = (*p).link;
                while !q.is_null() && (*q).aborted {
                    q = (*q).link;
                }
                (*g).panic_ = q as *mut u8;
                crate::stack::unwind_to(g, (*c).buf[6]);
                gorun_catch_resume(&(*c).buf);
            }
            if (*d).started {
                // This panic began inside that deferred call: the panic
                // that started it is aborted, and the call is done.
                if !(*d).panic.is_null() {
                    (*(*d).panic).aborted = true;
                }
                (*g).defer_ = (*d).link as *mut u8;
                drop(Box::from_raw(d));
                continue;
            }
            (*d).started = true;
            (*d).panic = p;
            gorun_calldefer(g, (*d).fv, &mut (*p).wrapper_fp);
            // Calls the deferred call made have returned: d is first again.
            (*g).defer_ = (*d).link as *mut u8;
            let (fp, entry) = ((*d).fp, (*d).entry);
            drop(Box::from_raw(d));
            if (*p).recovered {
                // This panic and those it aborted are over.
                let mut q = (*p).link;
                while !q.is_null() && (*q).aborted {
                    q = (*q).link;
                }
                (*g).panic_ = q as *mut u8;
                recovery(g, fp, entry);
            }
        }
    }
}

/// Resumes frame `fp` of the function at `entry` at the landing pad of the
/// call it is suspended in.
fn recovery(g: *mut G, fp: usize, entry: usize) -> ! {
    match unsafe { crate::symtab::landing(entry, fp) } {
        Some((pc, sp)) => {
            // Only SP, FP and PC, as Go resumes a frame: the frame's landing
            // path uses no value from before the call, and its prologue
            // saved every callee-saved register its epilogue restores
            // (jit/src/deferred.rs), so the registers the frames in between
            // left behind do not matter.
            crate::stack::unwind_to(g, sp);
            unsafe { gorun_resume(pc, sp, fp, g) }
        }
        None => throw("recovery: no landing pad in the frame that deferred the call"),
    }
}

/// `panic(v)` from compiled code: the value as an interface's two words.
///
/// # Safety
/// `typ` is null or a type descriptor, and `data` its data word.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gorun_gopanic(g: *mut G, typ: *const Type, data: *mut u8) -> ! {
    unsafe { gorun_panic_value(g, typ, data) }
}

/// runtime.Goexit: runs every deferred call of the goroutine (recover
/// returns nil meanwhile), then ends it.
pub fn goexit(g: *mut G) -> ! {
    let mut p = Panic {
        arg: Eface {
            typ: std::ptr::null(),
            data: std::ptr::null_mut(),
        },
        link: unsafe { (*g).panic_ as *mut Panic },
        recovered: false,
        aborted: false,
        goexit: true,
        repanicked: false,
        signal: false,
        wrapper_fp: 0,
    };
    unsafe { (*g).panic_ = &mut p as *mut Panic as *mut u8 };
    run_defers(g, &mut p);
    unsafe { (*g).panic_ = p.link as *mut u8 };
    crate::proc::goexit1(g)
}

/// An unrecovered panic: Go's report of every active panic (oldest first,
/// `[recovered]` where one was), the goroutine's traceback, exit 2.
fn fatalpanic(g: *mut G) -> ! {
    // Error and String methods are Go code: call them on the goroutine's
    // stack before printing on the system stack.
    let mut texts: Vec<(String, bool, bool, bool)> = Vec::new();
    let mut signal = false;
    unsafe {
        let mut p = (*g).panic_ as *mut Panic;
        let mut chain = Vec::new();
        while !p.is_null() {
            chain.push(p);
            p = (*p).link;
        }
        // Oldest first. A panic re-raising the value of the one before it
        // marks that one repanicked, which is then printed once.
        chain.reverse();
        for i in 0..chain.len() {
            let p = chain[i];
            if let Some(&next) = chain.get(i + 1)
                && (*next).arg.typ == (*p).arg.typ
                && (*next).arg.data == (*p).arg.data
            {
                (*p).repanicked = true;
            }
        }
        for &p in &chain {
            signal |= (*p).signal;
            let text = if (*p).goexit {
                String::new()
            } else {
                panic_value_text(g, (*p).arg.typ, (*p).arg.data)
            };
            texts.push((text, (*p).recovered, (*p).repanicked, (*p).goexit));
        }
    }
    let gpu = g as usize;
    let fp = crate::asm_amd64::getfp();
    systemstack(move || {
        begin_dying();
        let mut out = String::new();
        let mut skip_tab = true;
        let mut i = 0;
        while i < texts.len() {
            let (text, recovered, repanicked, goexit) = &texts[i];
            if !skip_tab && !goexit {
                out.push('\t');
            }
            skip_tab = false;
            if !goexit {
                out.push_str("panic: ");
                out.push_str(&text.replace('\n', "\n\t"));
                if *recovered && *repanicked {
                    out.push_str(" [recovered, repanicked]");
                } else if *recovered {
                    out.push_str(" [recovered]");
                }
                out.push('\n');
            }
            if *repanicked {
                // The next one repeats this value: printed once.
                i += 1;
                skip_tab = true;
            }
            i += 1;
        }
        rtprint!("{}", out);
        if signal {
            rtprint!("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
        }
        rtprint!("\n");
        let gp = gpu as *mut G;
        crate::traceback::goroutineheader(gp);
        crate::traceback::print_frames(gp, 0, fp);
        crate::traceback::print_created_by(gp);
    });
    crate::os_linux::exit(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The texts Go 1.27.3 prints for `s[5]` on a 3-element slice and for
    /// `[3]int(s)` on a 2-element one (the fallback without the runtime
    /// package's boundsError must say the same).
    #[test]
    fn bounds_messages_match_go() {
        assert_eq!(
            bounds_message(bounds::INDEX, 5, 3, true),
            "index out of range [5] with length 3"
        );
        assert_eq!(
            bounds_message(bounds::INDEX, -1, 3, true),
            "index out of range [-1]"
        );
        assert_eq!(
            bounds_message(bounds::CONVERT, 3, 2, true),
            "cannot convert slice with length 2 to array or pointer to array with length 3"
        );
    }
}
