//! Package fmt's natives: the Print, Sprint, Fprint and Append families,
//! and the formatting half of Errorf. Print/Println/Printf, Errorf and
//! FormatString have Go bodies in `stdlib/go/fmt/` that call these.
//!
//! Each native formats into a [`Printer`] (Rust memory), then hands the
//! bytes over: as a new Go string (Sprint*), appended to a Go byte slice
//! (Append*), or to an `io.Writer` (Fprint*). A writer whose dynamic type
//! is `*os.File` is written to its file descriptor directly, bracketed as
//! a syscall; any other writer gets one call of its `Write` method through
//! its itab with the bytes in Go memory, as Go's Fprint does.

mod format;
pub mod maps;
mod print;
pub mod scan;
mod state;

pub use maps::{MapIter, set_map_iter};
pub use print::Printer;

use crate::goabi::{self, Ret3, call_writer, efaces, ensure_stack, go_append, go_string, write_fd};
use crate::native::Native;
use gorun_runtime::runtime2::G;
use gorun_runtime::types::{Eface, GoSlice, GoString, Iface, Itab};

/// Formats with `f` on enough stack (see `goabi::ensure_stack`).
fn format(g: *mut G, f: impl FnOnce(&mut Printer)) -> Vec<u8> {
    ensure_stack(g, || {
        let mut p = Printer::new(g);
        f(&mut p);
        p.buf
    })
}

fn args<'a>(ptr: *mut u8, len: isize, cap: isize) -> &'a [Eface] {
    // SAFETY: the convention passes a []any as (ptr, len, cap).
    unsafe { efaces(GoSlice { ptr, len, cap }) }
}

fn str_arg<'a>(ptr: *const u8, len: isize) -> &'a [u8] {
    // SAFETY: the convention passes a string as (ptr, len).
    unsafe { GoString { ptr, len }.as_bytes() }
}

// --- Sprint -------------------------------------------------------------------

extern "C" fn sprint(g: *mut G, ap: *mut u8, al: isize, ac: isize) -> GoString {
    let b = format(g, |p| p.do_print(args(ap, al, ac)));
    go_string(g, &b)
}

extern "C" fn sprintln(g: *mut G, ap: *mut u8, al: isize, ac: isize) -> GoString {
    let b = format(g, |p| p.do_println(args(ap, al, ac)));
    go_string(g, &b)
}

extern "C" fn sprintf(
    g: *mut G,
    fp: *const u8,
    fl: isize,
    ap: *mut u8,
    al: isize,
    ac: isize,
) -> GoString {
    let b = format(g, |p| p.do_printf(str_arg(fp, fl), args(ap, al, ac)));
    go_string(g, &b)
}

// --- Append -------------------------------------------------------------------

extern "C" fn append(
    g: *mut G,
    ret: *mut GoSlice,
    bp: *mut u8,
    bl: isize,
    bc: isize,
    ap: *mut u8,
    al: isize,
    ac: isize,
) {
    let b = format(g, |p| p.do_print(args(ap, al, ac)));
    unsafe {
        *ret = go_append(
            g,
            GoSlice {
                ptr: bp,
                len: bl,
                cap: bc,
            },
            &b,
        )
    };
}

extern "C" fn appendln(
    g: *mut G,
    ret: *mut GoSlice,
    bp: *mut u8,
    bl: isize,
    bc: isize,
    ap: *mut u8,
    al: isize,
    ac: isize,
) {
    let b = format(g, |p| p.do_println(args(ap, al, ac)));
    unsafe {
        *ret = go_append(
            g,
            GoSlice {
                ptr: bp,
                len: bl,
                cap: bc,
            },
            &b,
        )
    };
}

#[allow(clippy::too_many_arguments)]
extern "C" fn appendf(
    g: *mut G,
    ret: *mut GoSlice,
    bp: *mut u8,
    bl: isize,
    bc: isize,
    fp: *const u8,
    fl: isize,
    ap: *mut u8,
    al: isize,
    ac: isize,
) {
    let b = format(g, |p| p.do_printf(str_arg(fp, fl), args(ap, al, ac)));
    unsafe {
        *ret = go_append(
            g,
            GoSlice {
                ptr: bp,
                len: bl,
                cap: bc,
            },
            &b,
        )
    };
}

// --- Fprint -------------------------------------------------------------------

/// The file descriptor of an `io.Writer` holding a non-nil `*os.File`.
///
/// `os.File` is `struct { *file }` and `file`'s first field is `fd int`
/// (stdlib/go/os), so the descriptor is two loads away.
pub(crate) fn os_file_fd(w: Iface) -> Option<i32> {
    // SAFETY: a non-nil itab points at an Itab whose typ is a descriptor.
    let typ = unsafe { w.tab.as_ref()?.typ.as_ref()? };
    if typ.name() != "*os.File" || w.data.is_null() {
        return None;
    }
    let file = unsafe { *(w.data as *const *const i64) };
    if file.is_null() {
        return None;
    }
    let fd = unsafe { *file };
    i32::try_from(fd).ok().filter(|&fd| fd >= 0)
}

/// Go's `w.Write(p.buf)` at the end of Fprint*: `(n, err)` into `ret`.
fn write_out(g: *mut G, ret: *mut Ret3, w: Iface, b: &[u8]) {
    let mut n = 0usize;
    let mut rest = b;
    if let Some(fd) = os_file_fd(w) {
        let (done, errno) = write_fd(g, fd, b);
        if errno == 0 {
            unsafe { *ret = [done as u64, 0, 0] };
            return;
        }
        // Let (*os.File).Write retry the rest and report the error in
        // os's own terms (*PathError).
        n = done;
        rest = &b[done..];
    }
    if w.tab.is_null() {
        // A nil io.Writer: Go panics with a nil dereference here.
        // (The runtime has no nil-dereference error value yet; its text is Go's.)
        gorun_runtime::panic::gopanic(
            g,
            gorun_runtime::panic::PanicValue::Str(
                "runtime error: invalid memory address or nil pointer dereference",
            ),
        );
    }
    let p = goabi::go_bytes(g, rest);
    let buf = GoSlice {
        ptr: p,
        len: rest.len() as isize,
        cap: rest.len() as isize,
    };
    // SAFETY: w is a non-nil io.Writer; buf is Go memory.
    let (m, err) = unsafe { call_writer(g, w, buf) };
    unsafe { *ret = [(n as i64 + m) as u64, err.tab as u64, err.data as u64] };
}

extern "C" fn fprint(
    g: *mut G,
    ret: *mut Ret3,
    wt: *const Itab,
    wd: *mut u8,
    ap: *mut u8,
    al: isize,
    ac: isize,
) {
    let b = format(g, |p| p.do_print(args(ap, al, ac)));
    write_out(g, ret, Iface { tab: wt, data: wd }, &b);
}

extern "C" fn fprintln(
    g: *mut G,
    ret: *mut Ret3,
    wt: *const Itab,
    wd: *mut u8,
    ap: *mut u8,
    al: isize,
    ac: isize,
) {
    let b = format(g, |p| p.do_println(args(ap, al, ac)));
    write_out(g, ret, Iface { tab: wt, data: wd }, &b);
}

#[allow(clippy::too_many_arguments)]
extern "C" fn fprintf(
    g: *mut G,
    ret: *mut Ret3,
    wt: *const Itab,
    wd: *mut u8,
    fp: *const u8,
    fl: isize,
    ap: *mut u8,
    al: isize,
    ac: isize,
) {
    let b = format(g, |p| p.do_printf(str_arg(fp, fl), args(ap, al, ac)));
    write_out(g, ret, Iface { tab: wt, data: wd }, &b);
}

// --- Errorf -------------------------------------------------------------------

/// `errorf(format string, a []any, wrapped []int) (msg string, n, distinct int)`:
/// formats as Errorf does (with `%w` allowed), and reports the operands of
/// `%w`: `n` verbs in all, and the `distinct` indexes, sorted, written
/// into `wrapped` (whose length is at least `len(a)`). The Go body builds
/// the error from these (`stdlib/go/fmt/errors.go`).
#[allow(clippy::too_many_arguments)]
extern "C" fn errorf(
    g: *mut G,
    ret: *mut [u64; 4],
    fp: *const u8,
    fl: isize,
    ap: *mut u8,
    al: isize,
    ac: isize,
    wp: *mut i64,
    wl: isize,
    _wc: isize,
) {
    let (b, mut wrapped) = ensure_stack(g, || {
        let mut p = Printer::new(g);
        p.wrap_errs = true;
        p.do_printf(str_arg(fp, fl), args(ap, al, ac));
        (p.buf, p.wrapped)
    });
    let n = wrapped.len();
    wrapped.sort_unstable();
    wrapped.dedup();
    let room = if wp.is_null() { 0 } else { wl.max(0) as usize };
    let distinct = wrapped.len().min(room);
    for (i, &w) in wrapped.iter().take(distinct).enumerate() {
        unsafe { *wp.add(i) = w as i64 };
    }
    let s = go_string(g, &b);
    unsafe { *ret = [s.ptr as u64, s.len as u64, n as u64, distinct as u64] };
}

/// fmt's natives.
pub(crate) static NATIVES: &[Native] = &[
    Native {
        name: "fmt.Append",
        code: append as *const u8,
        sig: "iiiiii>*",
    },
    Native {
        name: "fmt.Appendf",
        code: appendf as *const u8,
        sig: "iiiiiiii>*",
    },
    Native {
        name: "fmt.Appendln",
        code: appendln as *const u8,
        sig: "iiiiii>*",
    },
    Native {
        name: "fmt.Fprint",
        code: fprint as *const u8,
        sig: "iiiii>*",
    },
    Native {
        name: "fmt.Fprintf",
        code: fprintf as *const u8,
        sig: "iiiiiii>*",
    },
    Native {
        name: "fmt.Fprintln",
        code: fprintln as *const u8,
        sig: "iiiii>*",
    },
    Native {
        name: "fmt.Sprint",
        code: sprint as *const u8,
        sig: "iii>ii",
    },
    Native {
        name: "fmt.Sprintf",
        code: sprintf as *const u8,
        sig: "iiiii>ii",
    },
    Native {
        name: "fmt.Sprintln",
        code: sprintln as *const u8,
        sig: "iii>ii",
    },
    Native {
        name: "fmt.errorf",
        code: errorf as *const u8,
        sig: "iiiiiiii>*",
    },
];
