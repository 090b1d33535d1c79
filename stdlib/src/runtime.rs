//! Package runtime's natives: scheduler controls bound to gorun's runtime
//! (GOMAXPROCS, NumCPU, NumGoroutine, Gosched, Goexit, LockOSThread,
//! UnlockOSThread), ReadMemStats, Breakpoint, stack walks (Callers, Stack),
//! the function table's view of a PC (pcInfo)
//! and gogetenv, a helper of the Go bodies in `stdlib/go/runtime`. The
//! Error methods of boundsError and
//! TypeAssertionError are natives too: every program links them (the
//! runtime's panic values), and as Go they were most of the code a hello
//! world compiled.
//!
//! Stack walks follow frame pointers, as the runtime's tracebacks do: JIT
//! code keeps them; a walk stops at the first frame pointer outside the
//! goroutine's stack segments or not above the previous one. Until the JIT
//! registers its PC table the PCs cannot be named, so Stack writes only
//! the goroutine header lines.

use crate::native::Native;
use gorun_runtime::abi;
use gorun_runtime::runtime2::G;
use gorun_runtime::types::{GoString, Type};

extern "C" fn gomaxprocs(g: *mut G, n: i64) -> i64 {
    abi::gorun_gomaxprocs(g, n)
}

extern "C" fn numcpu(g: *mut G) -> i64 {
    abi::gorun_numcpu(g)
}

extern "C" fn numgoroutine(g: *mut G) -> i64 {
    abi::gorun_numgoroutine(g)
}

extern "C" fn gosched(g: *mut G) {
    abi::gorun_gosched(g)
}

/// runtime.Goexit: the calling goroutine ends here. (Its deferred calls
/// are the JIT's to run before; until it has defer, none are pending.)
extern "C" fn goexit(g: *mut G) {
    abi::gorun_goexit(g)
}

extern "C" fn lockosthread(g: *mut G) {
    abi::gorun_lockosthread(g)
}

extern "C" fn unlockosthread(g: *mut G) {
    abi::gorun_unlockosthread(g)
}

extern "C" fn readmemstats(g: *mut G, m: *mut abi::MemStats) {
    if m.is_null() {
        gorun_runtime::panic::gorun_panic_nil(g);
    }
    abi::gorun_readmemstats(g, m)
}

unsafe extern "C" {
    fn raise(sig: i32) -> i32;
}

/// runtime.Breakpoint: a breakpoint trap, which kills the process unless
/// a debugger catches it.
extern "C" fn breakpoint(_g: *mut G) {
    // SAFETY: raising SIGTRAP (5).
    unsafe { raise(5) };
}

/// The value of environment variable `key` as the process started.
fn getenv(key: &[u8]) -> Option<&'static [u8]> {
    crate::syscall::environ_entries().into_iter().find_map(|e| {
        (e.len() > key.len() && e[key.len()] == b'=' && &e[..key.len()] == key)
            .then(|| &e[key.len() + 1..])
    })
}

extern "C" fn gogetenv(_g: *mut G, kp: *const u8, kl: isize) -> GoString {
    // SAFETY: a Go string argument.
    let key = unsafe { GoString { ptr: kp, len: kl }.as_bytes() };
    match getenv(key) {
        // The C environment lives as long as the process and Go never
        // writes through a string: share its bytes.
        Some(v) => GoString {
            ptr: v.as_ptr(),
            len: v.len() as isize,
        },
        None => GoString::EMPTY,
    }
}

fn static_str(b: &'static [u8]) -> GoString {
    GoString {
        ptr: b.as_ptr(),
        len: b.len() as isize,
    }
}

/// pcInfo(pc uintptr) (name, file string, line int, entry uintptr): the
/// compiled Go function containing `pc` as the function table names it
/// (empty name and zeros for code that is not compiled Go).
extern "C" fn pc_info(_g: *mut G, ret: *mut [u64; 6], pc: usize) {
    let out = match gorun_runtime::symtab::symbolize(pc) {
        Some(f) => {
            let (n, fl) = (static_str(f.func.as_bytes()), static_str(f.file.as_bytes()));
            [
                n.ptr as u64,
                n.len as u64,
                fl.ptr as u64,
                fl.len as u64,
                u64::from(f.line),
                f.entry as u64,
            ]
        }
        None => [0; 6],
    };
    // SAFETY: the convention passes a buffer of six result words.
    unsafe { *ret = out };
}

// --- runtime errors -------------------------------------------------------------

/// boundsError.Error: "runtime error: index out of range [5] with length 3"
/// and the other bounds texts, as the runtime words the panics it raises.
extern "C" fn bounds_error_error(g: *mut G, x: i64, y: i64, signed: u64, code: u64) -> GoString {
    let msg = crate::goabi::ensure_stack(g, || {
        let m = gorun_runtime::panic::bounds_message(code & 0xff, x, y, signed & 0xff != 0);
        format!("runtime error: {m}")
    });
    crate::goabi::go_string(g, msg.as_bytes())
}

/// runtime.TypeAssertionError, in its Go layout.
#[repr(C)]
struct TypeAssertionError {
    interface: *const Type,
    concrete: *const Type,
    asserted: *const Type,
    missing_method: GoString,
}

/// (*TypeAssertionError).Error: "interface conversion: interface {} is
/// string, not int", "... is nil, not ...", or "...: missing method M".
extern "C" fn type_assertion_error_error(g: *mut G, e: *const TypeAssertionError) -> GoString {
    // SAFETY: e is null or a TypeAssertionError the runtime built.
    let Some(e) = (unsafe { e.as_ref() }) else {
        gorun_runtime::panic::gorun_panic_nil(g)
    };
    // SAFETY: the descriptors are null or the JIT's; strings are Go's.
    let name = |t: *const Type| unsafe { t.as_ref() }.map_or("", |t| t.name());
    let pkg_path = |t: *const Type| {
        // SAFETY: as above.
        unsafe { t.as_ref() }
            .and_then(|t| t.uncommon())
            .map_or(&[][..], |u| unsafe { u.pkg_path.as_bytes() })
    };
    let msg = crate::goabi::ensure_stack(g, || {
        let inter = if e.interface.is_null() {
            "interface"
        } else {
            name(e.interface)
        };
        let asserted = name(e.asserted);
        if e.concrete.is_null() {
            return format!("interface conversion: {inter} is nil, not {asserted}");
        }
        let concrete = name(e.concrete);
        // SAFETY: a Go string field.
        let missing = unsafe { e.missing_method.as_bytes() };
        if !missing.is_empty() {
            let m = String::from_utf8_lossy(missing);
            return format!(
                "interface conversion: {concrete} is not {asserted}: missing method {m}"
            );
        }
        let mut msg = format!("interface conversion: {inter} is {concrete}, not {asserted}");
        if concrete == asserted {
            if pkg_path(e.concrete) != pkg_path(e.asserted) {
                msg.push_str(" (types from different packages)");
            } else {
                msg.push_str(" (types from different scopes)");
            }
        }
        msg
    });
    crate::goabi::go_string(g, msg.as_bytes())
}

// --- stack walks --------------------------------------------------------------

/// Whether `addr` lies in one of gp's stack segments.
fn in_stack(gp: *mut G, addr: usize) -> bool {
    // SAFETY: gp is the running G; its segment list is its own.
    unsafe {
        let mut s = (*gp).curseg;
        if s.is_null() {
            return addr >= (*gp).stack.lo && addr < (*gp).stack.hi;
        }
        while !s.is_null() {
            if addr >= (*s).lo && addr < (*s).top() {
                return true;
            }
            s = (*s).prev;
        }
    }
    false
}

/// Return addresses of the frames above frame pointer `fp`, outermost
/// last, starting with `pc0`.
fn walk(gp: *mut G, pc0: usize, mut fp: usize, max: usize) -> Vec<usize> {
    let mut pcs = vec![pc0];
    while pcs.len() < max && fp != 0 && fp.is_multiple_of(8) && in_stack(gp, fp) {
        // SAFETY: fp is a frame record on gp's stack: [saved fp, return pc].
        let (next, pc) = unsafe { (*(fp as *const usize), *((fp + 8) as *const usize)) };
        if pc == 0 {
            break;
        }
        pcs.push(pc);
        if next <= fp && !in_stack(gp, next) {
            break;
        }
        fp = next;
    }
    pcs
}

/// Entered from the JIT's adapter for runtime.Callers with the adapter's
/// frame pointer in rbp and the return address into it at [rsp]: both are
/// handed to [`callers_impl`] in place of the slice's capacity (which it
/// does not need) and as a sixth argument.
#[unsafe(naked)]
extern "C" fn callers(_g: *mut G, _skip: i64, _p: *mut usize, _len: i64, _cap: i64) -> i64 {
    std::arch::naked_asm!(
        "mov r8, [rsp]",
        "mov r9, rbp",
        "jmp {impl}",
        impl = sym callers_impl,
    )
}

/// runtime.Callers(skip, pc): frame 0 is Callers itself (the adapter), 1
/// its caller, and so on.
extern "C" fn callers_impl(
    g: *mut G,
    skip: i64,
    p: *mut usize,
    len: i64,
    pc0: usize,
    fp: usize,
) -> i64 {
    if g.is_null() || p.is_null() || len <= 0 {
        return 0;
    }
    let skip = skip.max(0) as usize;
    let pcs = walk(g, pc0, fp, skip + len as usize);
    let mut n = 0;
    for &pc in pcs.iter().skip(skip) {
        // SAFETY: p has len elements and n < len.
        unsafe { *p.add(n) = pc };
        n += 1;
    }
    n as i64
}

/// runtime.Stack(buf, all): the calling goroutine's traceback (and, with
/// all, every other live goroutine's), as Go's traceback printer writes
/// them, as much as fits in buf. The adapter passes the caller's return
/// address (in place of buf's capacity, which Stack does not need) and its
/// frame pointer, where the walk starts.
#[unsafe(naked)]
extern "C" fn stack(_g: *mut G, _p: *mut u8, _len: i64, _cap: i64, _all: u64) -> i64 {
    std::arch::naked_asm!(
        "mov rcx, [rsp]",
        "mov r9, rbp",
        "jmp {impl}",
        impl = sym stack_impl,
    )
}

extern "C" fn stack_impl(g: *mut G, p: *mut u8, len: i64, pc: usize, all: u64, fp: usize) -> i64 {
    use gorun_runtime::traceback;
    if g.is_null() {
        return 0;
    }
    let text = gorun_runtime::print::capture(|| {
        traceback::goroutineheader(g);
        traceback::print_frames(g, pc, fp);
        traceback::print_created_by(g);
        if all & 1 != 0 {
            gorun_runtime::proc::for_each_g(|gp| {
                if gp == g
                    || gorun_runtime::proc::readgstatus(gp) == gorun_runtime::runtime2::G_DEAD
                    // SAFETY: gp is a live G.
                    || unsafe { (*gp).goid } == 0
                {
                    return;
                }
                gorun_runtime::rtprint!("\n");
                traceback::traceback_parked(gp);
            });
        }
    });
    let n = text.len().min(len.max(0) as usize);
    if n > 0 && !p.is_null() {
        // SAFETY: buf has len bytes; n <= len.
        unsafe { std::ptr::copy_nonoverlapping(text.as_ptr(), p, n) };
    }
    n as i64
}

macro_rules! natives {
    ($($name:literal => $f:ident, $sig:literal;)*) => {
        /// Package runtime's natives.
        pub(crate) static NATIVES: &[Native] = &[
            $(Native { name: concat!("runtime.", $name), code: $f as *const u8, sig: $sig },)*
        ];
    };
}

natives! {
    "(*TypeAssertionError).Error" => type_assertion_error_error, "i>ii";
    "Breakpoint" => breakpoint, ">";
    "Callers" => callers, "iiii>i";
    "GOMAXPROCS" => gomaxprocs, "i>i";
    "Goexit" => goexit, ">";
    "Gosched" => gosched, ">";
    "LockOSThread" => lockosthread, ">";
    "NumCPU" => numcpu, ">i";
    "NumGoroutine" => numgoroutine, ">i";
    "ReadMemStats" => readmemstats, "i>";
    "Stack" => stack, "iiii>i";
    "boundsError.Error" => bounds_error_error, "iiii>ii";
    "UnlockOSThread" => unlockosthread, ">";
    "pcInfo" => pc_info, "i>*";
    "gogetenv" => gogetenv, "ii>ii";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn getenv_reads_the_start_environment() {
        let path = std::env::var_os("PATH").map(|p| p.into_encoded_bytes());
        assert_eq!(getenv(b"PATH").map(<[u8]>::to_vec), path);
        assert_eq!(getenv(b"GORUN_SURELY_UNSET_VARIABLE"), None);
        assert_eq!(getenv(b""), None);
    }
}
