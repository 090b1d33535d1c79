//! Interface tables (Go's `iface.go`): the itab pairing an interface type
//! with a concrete type holds the concrete type's code for each interface
//! method, in the interface's method order.
//!
//! Invariants: an itab is built once per (interface, type) pair and never
//! freed; its layout is [`Itab`]'s (`inter`, `typ`, `hash`, then one code
//! pointer per method at offset 24). Compiled code also emits static itabs
//! with the same layout for conversions it sees at compile time.

use std::collections::HashMap;
use std::sync::Mutex;

use crate::types::{Itab, Type};

static ITABS: Mutex<Option<HashMap<(usize, usize), usize>>> = Mutex::new(None);

/// The itab for `inter` and `typ`, or null if `typ` lacks a method.
///
/// # Safety
/// Both are type descriptors.
pub unsafe fn getitab(inter: *const Type, typ: *const Type) -> *const Itab {
    let key = (inter as usize, typ as usize);
    let mut cache = ITABS.lock().unwrap_or_else(|e| e.into_inner());
    let cache = cache.get_or_insert_with(HashMap::new);
    if let Some(&p) = cache.get(&key) {
        return p as *const Itab;
    }
    let (it, t) = unsafe { (&*inter, &*typ) };
    let imethods = it.interface_methods();
    let methods = t.methods();
    let mut fun: Vec<*const u8> = Vec::with_capacity(imethods.len());
    for im in imethods {
        let (iname, ipkg) = unsafe { (im.name.as_bytes(), im.pkg_path.as_bytes()) };
        // Name, package of an unexported name, and signature must all match,
        // as in Go's itab.init: `Unwrap() []error` does not implement
        // `interface{ Unwrap() error }`. Descriptors are unique per type, so
        // identical signatures are one pointer; a missing one (descriptors
        // built by hand) leaves the name to decide.
        let m = methods.iter().find(|m| unsafe {
            m.name.as_bytes() == iname
                && (ipkg.is_empty() || m.pkg_path.as_bytes() == ipkg)
                && (im.typ.is_null() || m.mtyp.is_null() || std::ptr::eq(im.typ, m.mtyp))
        });
        match m {
            Some(m) => fun.push(m.ifn),
            None => return std::ptr::null(),
        }
    }
    // inter, typ, hash (+ padding), then the code pointers.
    let mut words: Vec<usize> = vec![inter as usize, typ as usize, t.hash as usize];
    words.extend(fun.iter().map(|&f| f as usize));
    let p = Box::leak(words.into_boxed_slice()).as_ptr() as usize;
    cache.insert(key, p);
    p as *const Itab
}
