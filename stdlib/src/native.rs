//! Native functions: the Rust bodies of Go functions declared without a
//! body under `stdlib/go/`, and the calling convention the JIT uses for them.
//!
//! # Binding
//! Each native is registered under its Go name (see [`natives`]):
//! `"fmt.Println"`, `"strings.(*Builder).WriteString"`,
//! `"time.Duration.String"` (value receiver), `"os.(*File).Write"`.
//! Each module of this crate lists its natives (`fmt::NATIVES`, …) and
//! `MODULES` names the lists. The JIT binds every bodiless function it
//! compiles a call to by that name;
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
//!
//! # Calling Go methods
//! A native calls a method of a dynamic type (fmt's `String`, `Error`,
//! `Format`; an `io.Writer`'s `Write`) through the method's `ifn` (from
//! `Type::methods()`) or the itab's `fun[i]` (methods sorted by name), as
//! `extern "C" fn(g, ctx, [ret,] recv, args...) -> results` — the compiled
//! Go convention of `jit/src/abi.rs`: `ctx` is null for methods, `ret` the
//! result area when the results have more than two words — `recv` being
//! the interface's data word (the value itself for pointer-shaped types,
//! else a pointer to it). Natives that implement methods of an itab the
//! runtime builds (fmt.State) take the same parameters. See `goabi.rs`.

use std::sync::OnceLock;

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

/// Each module's natives; [`natives`] collects and sorts them once.
const MODULES: &[&[Native]] = &[
    crate::fmt::NATIVES,
    crate::fmt::scan::NATIVES,
    crate::strconv::NATIVES,
    crate::os::NATIVES,
    crate::syscall::NATIVES,
    crate::sync::NATIVES,
    crate::atomic::NATIVES,
    crate::runtime::NATIVES,
    crate::time::NATIVES,
    crate::math::NATIVES,
    crate::reflectlite::NATIVES,
];

/// Every native, sorted by name.
pub fn natives() -> &'static [&'static Native] {
    static ALL: OnceLock<Vec<&'static Native>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut all: Vec<&'static Native> = MODULES.iter().flat_map(|m| m.iter()).collect();
        all.sort_by_key(|n| n.name);
        all
    })
}

/// The native implementing Go function `name`.
pub fn native(name: &str) -> Option<&'static Native> {
    let all = natives();
    all.binary_search_by(|n| n.name.cmp(name))
        .ok()
        .map(|i| all[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Go functions declared without a body in `pkg`, by native name.
    fn bodiless(pkg: &str) -> Vec<String> {
        let mut out = Vec::new();
        for f in crate::package(pkg).unwrap().files {
            for line in f.src.lines() {
                let Some(rest) = line.strip_prefix("func ") else {
                    continue;
                };
                if line.trim_end().ends_with('{') || line.contains("{ ") {
                    continue;
                }
                // Methods: func (r *T) Name( / func (r T) Name(
                let (recv, rest) = match rest.strip_prefix('(') {
                    Some(r) => {
                        let (recv, after) = r.split_once(") ").unwrap();
                        let ty = recv.split_whitespace().last().unwrap();
                        let recv = match ty.strip_prefix('*') {
                            Some(t) => format!("(*{t})."),
                            None => format!("{ty}."),
                        };
                        (recv, after)
                    }
                    None => (String::new(), rest),
                };
                let name = rest.split(['(', '[']).next().unwrap();
                out.push(format!("{pkg}.{recv}{name}"));
            }
        }
        out
    }

    #[test]
    fn natives_are_sorted_unique_and_well_shaped() {
        let all = natives();
        assert!(
            all.windows(2).all(|w| w[0].name < w[1].name),
            "duplicate or unsorted natives"
        );
        for n in all {
            let (params, results) = n
                .sig
                .split_once('>')
                .unwrap_or_else(|| panic!("{}: no '>'", n.name));
            assert!(
                params.bytes().all(|c| b"ifs".contains(&c)),
                "{}: {}",
                n.name,
                n.sig
            );
            assert!(
                results == "*" || results.bytes().all(|c| b"ifs".contains(&c)),
                "{}",
                n.name
            );
            assert!(
                results.len() <= 2 || results == "*",
                "{}: more than two result words",
                n.name
            );
            assert!(std::ptr::eq(native(n.name).unwrap(), *n));
        }
        assert!(native("fmt.NoSuchFunction").is_none());
    }

    /// Every bodiless function of the packages done natively has a native,
    /// and every native is declared (exported or as an unexported helper).
    #[test]
    fn fmt_and_strconv_declarations_and_natives_agree() {
        for pkg in ["fmt", "strconv"] {
            let declared = bodiless(pkg);
            for name in &declared {
                if MISSING.contains(&name.as_str()) {
                    continue;
                }
                assert!(
                    native(name).is_some(),
                    "{name} is declared without a body but has no native"
                );
            }
            for n in natives()
                .iter()
                .filter(|n| n.name.starts_with(&format!("{pkg}.")))
            {
                assert!(
                    declared.iter().any(|d| d == n.name),
                    "native {} is not declared bodiless",
                    n.name
                );
            }
        }
    }

    /// Declared, not yet implemented.
    const MISSING: &[&str] = &[];
}
