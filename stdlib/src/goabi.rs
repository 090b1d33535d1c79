//! What natives need of the Go world beyond their arguments: reading Go
//! values through their type descriptors, allocating Go memory, calling Go
//! methods found in method tables and itabs, and finding stack room for
//! deep Rust work. Everything here follows `native.rs`'s convention.
//!
//! Invariants:
//! - A [`Val`] points at a value's memory, never at a copy a callee could
//!   outlive: the memory of an argument slice, a field, an element, or an
//!   interface's data word (for pointer-shaped types, whose value *is* the
//!   word).
//! - Go code (methods) is called on the goroutine's stack, never on the
//!   system stack: it may block, grow its stack, or be preempted. Deep
//!   Rust work therefore stays on the goroutine stack too, hopping to a new
//!   segment with `gorun_call_on_new_stack` when room runs low ([`ensure_stack`]).
//! - With a null `g` (unit tests outside the runtime) nothing here calls
//!   into the scheduler: no segment hops, no syscall brackets.

use gorun_runtime::abi::STACK_GUARD;
use gorun_runtime::runtime2::G;
use gorun_runtime::types::{Eface, GoSlice, GoString, Iface, Itab, Method, Type, kind};

/// A Go value seen through its type: `ptr` points at its memory. `ro` is
/// set when it was reached through an unexported struct field (reflect's
/// flagRO): fmt then prints it without calling its methods.
#[derive(Clone, Copy)]
pub struct Val {
    pub typ: &'static Type,
    pub ptr: *const u8,
    pub ro: bool,
}

impl Val {
    pub fn kind(&self) -> u8 {
        self.typ.kind()
    }
    /// # Safety (for all readers): `ptr` points at a value of `typ`.
    pub fn word(&self) -> usize {
        unsafe { (self.ptr as *const usize).read_unaligned() }
    }
    pub fn bool(&self) -> bool {
        unsafe { *self.ptr != 0 }
    }
    /// Signed integers, sign-extended from their width.
    pub fn int(&self) -> i64 {
        unsafe {
            match self.typ.size {
                1 => i64::from(*(self.ptr as *const i8)),
                2 => i64::from((self.ptr as *const i16).read_unaligned()),
                4 => i64::from((self.ptr as *const i32).read_unaligned()),
                _ => (self.ptr as *const i64).read_unaligned(),
            }
        }
    }
    /// Unsigned integers, zero-extended from their width.
    pub fn uint(&self) -> u64 {
        unsafe {
            match self.typ.size {
                1 => u64::from(*self.ptr),
                2 => u64::from((self.ptr as *const u16).read_unaligned()),
                4 => u64::from((self.ptr as *const u32).read_unaligned()),
                _ => (self.ptr as *const u64).read_unaligned(),
            }
        }
    }
    pub fn float(&self) -> f64 {
        unsafe {
            if self.typ.size == 4 {
                f64::from((self.ptr as *const f32).read_unaligned())
            } else {
                (self.ptr as *const f64).read_unaligned()
            }
        }
    }
    pub fn complex(&self) -> (f64, f64) {
        unsafe {
            if self.typ.size == 8 {
                let p = self.ptr as *const f32;
                (
                    f64::from(p.read_unaligned()),
                    f64::from(p.add(1).read_unaligned()),
                )
            } else {
                let p = self.ptr as *const f64;
                (p.read_unaligned(), p.add(1).read_unaligned())
            }
        }
    }
    pub fn string(&self) -> &'static [u8] {
        unsafe { (self.ptr as *const GoString).read_unaligned().as_bytes() }
    }
    pub fn slice(&self) -> GoSlice {
        unsafe { (self.ptr as *const GoSlice).read_unaligned() }
    }
    /// Length of an array or slice.
    pub fn len(&self) -> usize {
        if self.kind() == kind::ARRAY {
            self.typ.array_len()
        } else {
            self.slice().len.max(0) as usize
        }
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Element `i < len()` of an array or slice.
    pub fn index(&self, i: usize) -> Val {
        let elem = elem_of(self.typ);
        let base = if self.kind() == kind::ARRAY {
            self.ptr
        } else {
            self.slice().ptr as *const u8
        };
        Val {
            typ: elem,
            ptr: base.wrapping_add(i * elem.size),
            ro: self.ro,
        }
    }
    /// The bytes of a `[]byte`-like slice or array (elements of size 1).
    pub fn bytes(&self) -> &'static [u8] {
        let n = self.len();
        let base = if self.kind() == kind::ARRAY {
            self.ptr
        } else {
            self.slice().ptr as *const u8
        };
        if n == 0 || base.is_null() {
            return &[];
        }
        unsafe { std::slice::from_raw_parts(base, n) }
    }
    /// The dynamic value of an interface-kind value, or None if it is nil.
    pub fn elem_iface(&self) -> Option<Val> {
        let empty = self.typ.interface_methods().is_empty();
        unsafe {
            let tab = (self.ptr as *const *const u8).read_unaligned();
            if tab.is_null() {
                return None;
            }
            let dyn_typ = if empty {
                &*(tab as *const Type)
            } else {
                let t = (*(tab as *const Itab)).typ;
                t.as_ref()?
            };
            let data_ptr = self.ptr.wrapping_add(8);
            Some(Val::from_iface(dyn_typ, data_ptr, self.ro))
        }
    }
    /// The value held by an interface whose data word is at `data_ptr`.
    pub fn from_iface(typ: &'static Type, data_ptr: *const u8, ro: bool) -> Val {
        let ptr = if typ.is_direct_iface() {
            data_ptr
        } else {
            unsafe { (data_ptr as *const *const u8).read_unaligned() }
        };
        Val { typ, ptr, ro }
    }
    /// The interface data word for this value: the value itself for
    /// pointer-shaped types, else a pointer to it (methods called through
    /// an interface take this word as their receiver).
    pub fn iface_data(&self) -> *mut u8 {
        if self.typ.is_direct_iface() {
            self.word() as *mut u8
        } else {
            self.ptr as *mut u8
        }
    }
    /// The address a pointer-shaped value holds (%p, %v of pointers). For
    /// funcs, the code pointer, as reflect's UnsafePointer gives it.
    pub fn pointer(&self) -> usize {
        let w = self.word();
        if self.kind() == kind::FUNC && w != 0 {
            return unsafe { *(w as *const usize) };
        }
        w
    }
}

/// The element type of an array, slice, pointer, chan or map type. A
/// descriptor without one is malformed; a zero-size struct stands in so
/// that nothing dereferences null.
pub fn elem_of(t: &Type) -> &'static Type {
    match unsafe { t.elem.as_ref() } {
        Some(e) => e,
        None => &gorun_runtime::types::TYPE_STRUCT0,
    }
}

/// A `Val` for an `any` argument (None: a nil interface).
///
/// # Safety
/// `e` points at a valid Eface that outlives the returned Val.
pub unsafe fn eface_val(e: *const Eface) -> Option<Val> {
    let typ = unsafe { (*e).typ.as_ref()? };
    let data_ptr = unsafe { std::ptr::addr_of!((*e).data) } as *const u8;
    Some(Val::from_iface(typ, data_ptr, false))
}

/// The `[]any` argument as a slice of interface values.
///
/// # Safety
/// `a` is a Go slice of `any`.
pub unsafe fn efaces<'a>(a: GoSlice) -> &'a [Eface] {
    if a.len <= 0 || a.ptr.is_null() {
        return &[];
    }
    unsafe { std::slice::from_raw_parts(a.ptr as *const Eface, a.len as usize) }
}

// --- methods ------------------------------------------------------------------

/// Method `name` of `t`'s method set whose signature is `params -> results`,
/// each given by reflect type names. A method without a signature
/// descriptor (`mtyp` null) is taken on its name alone.
pub fn find_method(
    t: &Type,
    name: &str,
    params: &[&str],
    results: &[&str],
) -> Option<&'static Method> {
    let m = t
        .methods()
        .iter()
        .find(|m| unsafe { m.name.as_bytes() } == name.as_bytes())?;
    if !m.pkg_path.ptr.is_null() && m.pkg_path.len > 0 {
        return None; // unexported: not part of any of fmt's interfaces
    }
    if let Some(ft) = unsafe { m.mtyp.as_ref() } {
        let (all, nin, nout, variadic) = ft.func_params();
        if variadic || nin != params.len() || nout != results.len() {
            return None;
        }
        let want = params.iter().chain(results);
        for (&p, w) in all.iter().zip(want) {
            match unsafe { p.as_ref() } {
                Some(p) if p.name() == *w => {}
                _ => return None,
            }
        }
    }
    if m.ifn.is_null() {
        return None;
    }
    // SAFETY: methods live as long as their descriptors, which are static.
    Some(unsafe { &*(m as *const Method) })
}

type StringMethod = extern "C" fn(*mut G, *const u8, *mut u8) -> GoString;

/// Calls a `func() string` method (String, Error, GoString) with the
/// interface data word as receiver, and copies the result out.
pub fn call_string_method(g: *mut G, m: &Method, recv: *mut u8, out: &mut Vec<u8>) {
    // SAFETY: find_method checked the signature; ifn follows the native
    // convention with the receiver as the interface data word.
    let f: StringMethod = unsafe { std::mem::transmute(m.ifn) };
    let s = f(g, std::ptr::null(), recv);
    out.extend_from_slice(unsafe { s.as_bytes() });
}

/// Three result words, as the convention returns `(int, error)`.
pub type Ret3 = [u64; 3];

type WriteMethod = extern "C" fn(*mut G, *const u8, *mut Ret3, *mut u8, *mut u8, isize, isize);

/// Calls `w.Write(p)` through an `io.Writer`'s itab (its only method, so
/// `fun[0]`). Returns `(n, err)` with `err` as its two words. An
/// `io.Reader`'s `Read` has the same shape and is called the same way.
///
/// # Safety
/// `w` is a non-nil io.Writer; `p` is Go memory the callee may read.
pub unsafe fn call_writer(g: *mut G, w: Iface, p: GoSlice) -> (i64, Iface) {
    let mut ret: Ret3 = [0; 3];
    unsafe {
        let fun = std::ptr::addr_of!((*w.tab).fun) as *const *const u8;
        let f: WriteMethod = std::mem::transmute(*fun);
        f(g, std::ptr::null(), &mut ret, w.data, p.ptr, p.len, p.cap);
    }
    (
        ret[0] as i64,
        Iface {
            tab: ret[1] as *const Itab,
            data: ret[2] as *mut u8,
        },
    )
}

// --- memory -------------------------------------------------------------------

/// `n` bytes of pointer-free Go memory holding `b`.
pub fn go_bytes(g: *mut G, b: &[u8]) -> *mut u8 {
    if b.is_empty() {
        return std::ptr::null_mut();
    }
    let p = gorun_runtime::abi::gorun_mallocgc(g, b.len(), std::ptr::null(), false);
    unsafe { std::ptr::copy_nonoverlapping(b.as_ptr(), p, b.len()) };
    p
}

/// A Go string holding a copy of `b`.
pub fn go_string(g: *mut G, b: &[u8]) -> GoString {
    GoString {
        ptr: go_bytes(g, b),
        len: b.len() as isize,
    }
}

/// Go's `append(dst, b...)` for byte slices: in place when `dst` has room,
/// else into new memory growing as Go's `growslice` does.
pub fn go_append(g: *mut G, dst: GoSlice, b: &[u8]) -> GoSlice {
    let len = dst.len.max(0) as usize;
    let cap = dst.cap.max(0) as usize;
    let need = len + b.len();
    if b.is_empty() {
        return dst;
    }
    if need <= cap && !dst.ptr.is_null() {
        unsafe { std::ptr::copy_nonoverlapping(b.as_ptr(), dst.ptr.add(len), b.len()) };
        return GoSlice {
            ptr: dst.ptr,
            len: need as isize,
            cap: dst.cap,
        };
    }
    // growslice: double small slices, grow large ones by about 1.25x.
    let mut newcap = cap;
    let doublecap = cap * 2;
    if need > doublecap {
        newcap = need;
    } else if cap < 256 {
        newcap = doublecap;
    } else {
        while newcap < need {
            newcap += (newcap + 3 * 256) / 4;
        }
    }
    let newcap = roundupsize(newcap);
    let p = gorun_runtime::abi::gorun_mallocgc(g, newcap, std::ptr::null(), false);
    unsafe {
        if len > 0 {
            std::ptr::copy_nonoverlapping(dst.ptr, p, len);
        }
        std::ptr::copy_nonoverlapping(b.as_ptr(), p.add(len), b.len());
        // The tail beyond len is never read by Go before being written,
        // but keep it deterministic.
        std::ptr::write_bytes(p.add(need), 0, newcap - need);
    }
    GoSlice {
        ptr: p,
        len: need as isize,
        cap: newcap as isize,
    }
}

/// Go's size classes up to 32 KiB (capacity after append grows to fill
/// the allocation, as Go's growslice does), page multiples above.
fn roundupsize(n: usize) -> usize {
    const CLASSES: &[usize] = &[
        8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
        352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
        2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472,
        9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264,
        28672, 32768,
    ];
    match CLASSES.iter().find(|&&c| c >= n) {
        Some(&c) => c,
        None => n.div_ceil(8192) * 8192,
    }
}

// --- stack room -----------------------------------------------------------------

/// Room below SP that deep Rust work (fmt's printer, per nesting level)
/// wants before hopping to a new segment.
pub const WANT_ROOM: usize = 24 * 1024;
/// The segment size asked for when hopping.
pub const HOP_SIZE: usize = 128 * 1024;

static HOPS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// How many times [`ensure_stack`] has moved to a new segment (tests and
/// diagnostics).
pub fn stack_hops() -> usize {
    HOPS.load(std::sync::atomic::Ordering::Relaxed)
}

/// Runs `f` with at least [`WANT_ROOM`] bytes of stack: in place when
/// there is room, else on a new segment of `g`'s stack (split-stack style,
/// so Go methods `f` calls run on the goroutine's stack as they must).
pub fn ensure_stack<R>(g: *mut G, f: impl FnOnce() -> R) -> R {
    if g.is_null() || room(g) >= WANT_ROOM {
        return f();
    }
    HOPS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let mut f = Some(f);
    let mut r: Option<R> = None;
    let mut job = || r = f.take().map(|f| f());
    let mut dynjob: &mut dyn FnMut() = &mut job;
    extern "C" fn tramp(_g: *mut G, data: *mut u8) {
        // SAFETY: data is the &mut &mut dyn FnMut passed below, alive for
        // the duration of the call.
        let job = unsafe { &mut *(data as *mut &mut dyn FnMut()) };
        job();
    }
    gorun_runtime::abi::gorun_call_on_new_stack(
        g,
        tramp,
        &mut dynjob as *mut &mut dyn FnMut() as *mut u8,
        HOP_SIZE,
    );
    match r {
        Some(r) => r,
        // The trampoline always runs the job; this arm cannot be reached.
        None => unreachable_on_hop(),
    }
}

#[cold]
fn unreachable_on_hop() -> ! {
    gorun_runtime::panic::throw("fmt: stack hop did not run")
}

/// Bytes between SP and the bottom of the current segment, less the guard
/// reserved for runtime frames. SP outside `g`'s segment (a native reached
/// on the system stack) counts as plenty: there is no segment to hop from.
fn room(g: *mut G) -> usize {
    // SAFETY: g is a live G; stack.lo and stack.hi are at offsets 0 and 8.
    let (lo, hi) = unsafe { (*(g as *const usize), *(g as *const usize).add(1)) };
    let sp = gorun_runtime::getsp();
    if sp < lo || sp > hi {
        return usize::MAX;
    }
    (sp - lo).saturating_sub(STACK_GUARD)
}

// --- syscalls -----------------------------------------------------------------

/// Writes all of `b` to file descriptor `fd`, bracketed as a blocking
/// syscall. Returns the bytes written and the errno of a failure (0 if none).
pub fn write_fd(g: *mut G, fd: i32, b: &[u8]) -> (usize, i32) {
    if !g.is_null() {
        gorun_runtime::abi::gorun_entersyscall(g);
    }
    let mut done = 0;
    let mut errno = 0;
    while done < b.len() {
        let n = unsafe { libc_write(fd, b[done..].as_ptr(), b.len() - done) };
        if n < 0 {
            let e = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
            if e == 4 {
                continue; // EINTR
            }
            errno = e;
            break;
        }
        done += n as usize;
    }
    if !g.is_null() {
        gorun_runtime::abi::gorun_exitsyscall(g);
    }
    (done, errno)
}

/// Reads at most `b.len()` bytes from `fd`, bracketed as a blocking
/// syscall. Returns the bytes read (0 at the end of input) and the errno
/// of a failure (0 if none).
pub fn read_fd(g: *mut G, fd: i32, b: &mut [u8]) -> (usize, i32) {
    if !g.is_null() {
        gorun_runtime::abi::gorun_entersyscall(g);
    }
    let r = loop {
        let n = unsafe { libc_read(fd, b.as_mut_ptr(), b.len()) };
        if n >= 0 {
            break (n as usize, 0);
        }
        let e = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
        if e != 4 {
            break (0, e); // not EINTR
        }
    };
    if !g.is_null() {
        gorun_runtime::abi::gorun_exitsyscall(g);
    }
    r
}

unsafe extern "C" {
    #[link_name = "write"]
    fn libc_write(fd: i32, buf: *const u8, n: usize) -> isize;
    #[link_name = "read"]
    fn libc_read(fd: i32, buf: *mut u8, n: usize) -> isize;
}
