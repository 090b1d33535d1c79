//! Native functions: the Rust bodies of Go functions declared without a
//! body under `stdlib/go/`, and the calling convention the JIT uses for them.
//!
//! # Binding
//! Each native is registered in [`NATIVES`] under its Go name:
//! `"fmt.Println"`, `"strings.(*Builder).WriteString"`,
//! `"time.Duration.String"` (value receiver), `"os.(*File).Write"`.
//! The JIT binds every bodiless function it compiles a call to by that name;
//! a bodiless function without a native is a link error naming it. Each
//! entry carries the shape of its machine signature ([`Native::sig`]), which
//! the JIT computes independently from the Go signature and compares, so a
//! mismatch is an error at link time, never a wrong call.
//!
//! # Calling convention
//! Natives are `extern "C"` (System V). Arguments, in order:
//! 1. `g: *mut G`, the current goroutine (as for every runtime entry).
//! 2. If the results take more than two words: `ret: *mut u64`, a buffer of
//!    one 8-byte slot per result word, filled in order.
//! 3. The receiver (for methods), then the parameters, each flattened into
//!    words as below.
//!
//! Results of at most two words are returned in registers: none (`()`),
//! one (`u64`, `f64` or `f32` as the class says), or two (a `#[repr(C)]`
//! struct of the two words, which System V returns in rax/rdx, xmm0/xmm1
//! or a mix, exactly as Cranelift returns two values).
//!
//! # Flattening a Go value into words
//! By its underlying type:
//! - bool, all integers, uintptr, pointers, unsafe.Pointer, maps, chans,
//!   funcs: one integer word `i` (a 64-bit register, zero- or sign-extended
//!   from the Go type's width by the caller; natives receive `u64`/`i64`
//!   and return the full word, which the JIT truncates);
//! - float32: `s` (an `f32` in an SSE register); float64: `f`;
//! - complex64: `ss`; complex128: `ff` (real, imaginary);
//! - string: `ii` (ptr, len); slice: `iii` (ptr, len, cap); interface:
//!   `ii` (type or itab, data);
//! - struct: its fields' words in order, if they total at most four words;
//!   array of length 0: nothing; of length 1: its element's words;
//! - anything larger (structs over four words, arrays of two or more
//!   elements): one `i` word, a pointer to a copy the callee may modify
//!   (arguments) or to the place to write (results, which then always go
//!   through `ret`... as a pointer slot the caller filled).
//!
//! [`Native::sig`] writes the parameter classes, `>`, then the result
//! classes, or `*` when results go through `ret`: `fmt.Println(a ...any)
//! (n int, err error)` is `"iii>*"`, `math.Sqrt(x float64) float64` is
//! `"f>f"`, `strings.HasPrefix(s, prefix string) bool` is `"iiii>i"`.
//!
//! # What natives may do
//! A native runs on the calling goroutine's stack, with at least
//! `gorun_runtime::abi::STACK_GUARD` bytes of room: anything deeper (Rust
//! formatting, large buffers) must run on the system stack through the
//! runtime. A native that blocks in the OS brackets the call with
//! `gorun_entersyscall`/`gorun_exitsyscall`. Go memory a native returns is
//! allocated with the runtime's allocator (`gorun_mallocgc` and friends),
//! never Rust's. A native may call a Go func value: its code is the first
//! word of the closure record, called as `extern "C" fn(g, closure,
//! args...) -> results` under this same convention.

/// A native function.
#[derive(Debug)]
pub struct Native {
    /// The Go function or method it implements (see the module doc).
    pub name: &'static str,
    /// The code.
    pub code: *const u8,
    /// The shape of its machine signature (see the module doc).
    pub sig: &'static str,
}

// SAFETY: code pointers are immutable addresses of functions.
unsafe impl Sync for Native {}

/// Every native, sorted by name.
pub static NATIVES: &[Native] = &[];

/// The native implementing Go function `name`.
pub fn native(name: &str) -> Option<&'static Native> {
    NATIVES.binary_search_by(|n| n.name.cmp(name)).ok().map(|i| &NATIVES[i])
}
