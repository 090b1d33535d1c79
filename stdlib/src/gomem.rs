//! Go values that natives of the runtime-bound packages (os, syscall,
//! time, runtime, ...) build: descriptors for the few types they allocate
//! without a descriptor from the JIT, and `[]string` results.
//!
//! Invariant: memory that holds Go pointers is allocated with a descriptor
//! whose pointer map covers them (so a collector sees what it points to);
//! pointer-free memory is allocated without one.

use gorun_runtime::abi::gorun_mallocgc;
use gorun_runtime::runtime2::G;
use gorun_runtime::types::{GoSlice, GoString, Type, kind};

/// One pointer word (the first) in every string.
static STRING_GCDATA: [u8; 1] = [1];

/// The descriptor of `string`, for allocating arrays of strings.
pub static TYPE_STRING: Type = Type {
    ptrdata: 8,
    gcdata: &STRING_GCDATA as *const [u8; 1] as *const u8,
    name: b"string".as_ptr(),
    name_len: 6,
    ..Type::scalar(16, 8, kind::STRING)
};

/// A new Go `[]string` holding copies of `items` (nil if there are none).
pub fn string_slice<'a>(g: *mut G, items: impl ExactSizeIterator<Item = &'a [u8]>) -> GoSlice {
    let n = items.len();
    if n == 0 {
        return GoSlice {
            ptr: std::ptr::null_mut(),
            len: 0,
            cap: 0,
        };
    }
    let arr = gorun_mallocgc(g, n * 16, &TYPE_STRING, true) as *mut GoString;
    for (i, b) in items.enumerate().take(n) {
        let s = crate::goabi::go_string(g, b);
        // SAFETY: arr holds n strings; i < n.
        unsafe { arr.add(i).write(s) };
    }
    GoSlice {
        ptr: arr as *mut u8,
        len: n as isize,
        cap: n as isize,
    }
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
                if line.contains('{') {
                    continue;
                }
                let (recv, rest) = match rest.strip_prefix('(') {
                    Some(r) => {
                        let (recv, after) = r.split_once(") ").unwrap();
                        let ty = recv.split_whitespace().last().unwrap();
                        match ty.strip_prefix('*') {
                            Some(t) => (format!("(*{t})."), after),
                            None => (format!("{ty}."), after),
                        }
                    }
                    None => (String::new(), rest),
                };
                let name = rest.split(['(', '[']).next().unwrap();
                out.push(format!("{pkg}.{recv}{name}"));
            }
        }
        out
    }

    /// Every native of the runtime-bound packages implements a function
    /// its package declares without a body.
    #[test]
    fn natives_of_runtime_bound_packages_are_declared_bodiless() {
        for pkg in [
            "os",
            "syscall",
            "sync",
            "sync/atomic",
            "runtime",
            "runtime/debug",
            "time",
            "math",
            "math/bits",
            "math/rand",
            "errors",
            "sort",
            "iter",
        ] {
            let declared = bodiless(pkg);
            let prefix = format!("{pkg}.");
            for n in crate::native::natives()
                .iter()
                .filter(|n| n.name.starts_with(&prefix) && !n.name[prefix.len()..].contains('/'))
            {
                assert!(
                    declared.iter().any(|d| d == n.name),
                    "native {} is not declared bodiless",
                    n.name
                );
            }
        }
    }

    #[test]
    fn string_descriptor_marks_the_data_word() {
        assert_eq!(TYPE_STRING.size, 16);
        assert_eq!(TYPE_STRING.ptrdata, 8);
        assert_eq!(unsafe { *TYPE_STRING.gcdata }, 1);
        assert_eq!(TYPE_STRING.name(), "string");
    }
}
