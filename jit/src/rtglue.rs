//! Entry points with the calling conventions compiled code uses, over the
//! runtime's string, slice and interface operations. Results of more than
//! two words are written through an `out` pointer (System V returns at
//! most two in registers).

use gorun_runtime::runtime2::G;
use gorun_runtime::types::{Itab, Type, kind};

fn bytes<'a>(p: *const u8, l: i64) -> &'a [u8] {
    if l <= 0 || p.is_null() {
        &[]
    } else {
        // SAFETY: compiled code passes Go strings/slices.
        unsafe { std::slice::from_raw_parts(p, l as usize) }
    }
}

pub extern "C" fn gorun_strequal(ap: *const u8, al: i64, bp: *const u8, bl: i64) -> u8 {
    (al == bl && (ap == bp || bytes(ap, al) == bytes(bp, bl))) as u8
}

/// The itab for interface type `inter` and concrete type `typ`, built from
/// the concrete type's method table (cached).
///
/// # Safety
/// Both are type descriptors.
pub unsafe extern "C" fn gorun_getitab(
    g: *mut G,
    inter: *const Type,
    typ: *const Type,
) -> *const Itab {
    let _ = g;
    if typ.is_null() {
        return std::ptr::null();
    }
    unsafe { gorun_runtime::iface::getitab(inter, typ) }
}

/// Equality of two interface values' dynamic parts: the runtime's
/// `alg::efaceeq` (the map keys' equality), which compares floats as
/// floats and strings by content, walks arrays and structs, and panics
/// `comparing uncomparable type T` for maps, slices and funcs, also when
/// they are pointer-shaped.
///
/// # Safety
/// Types are null or descriptors; data words belong to them.
pub unsafe extern "C" fn gorun_efaceeq(
    _g: *mut G,
    t1: *const Type,
    d1: *const u8,
    t2: *const Type,
    d2: *const u8,
) -> u8 {
    if t1 != t2 {
        return 0;
    }
    (unsafe { gorun_runtime::alg::efaceeq(t1, d1, d2) }) as u8
}

/// A failed type assertion `x.(T)`.
///
/// # Safety
/// Arguments are null or type descriptors.
pub unsafe extern "C" fn gorun_panic_assert(
    g: *mut G,
    iface: *const Type,
    have: *const Type,
    want: *const Type,
) -> ! {
    let name = |t: *const Type| unsafe { t.as_ref() }.map(|t| t.name().to_string());
    let i = name(iface).unwrap_or_default();
    let w = name(want).unwrap_or_default();
    // Go's TypeAssertionError.Error.
    let missing = unsafe { want.as_ref() }
        .filter(|w| w.kind() == kind::INTERFACE)
        .and_then(|w| {
            let have = unsafe { have.as_ref() }?;
            let methods = have.methods();
            w.interface_methods()
                .iter()
                .find(|im| {
                    let (n, pk) = unsafe { (im.name.as_bytes(), im.pkg_path.as_bytes()) };
                    !methods.iter().any(|m| unsafe {
                        m.name.as_bytes() == n
                            && (pk.is_empty() || m.pkg_path.as_bytes() == pk)
                            && !m.ifn.is_null()
                    })
                })
                .map(|im| unsafe { String::from_utf8_lossy(im.name.as_bytes()).into_owned() })
        });
    // Go's runtime records the source interface only for assertions to
    // concrete types (panicdottypeE); to an interface type (typeAssert) it
    // leaves it nil, which Error writes as "interface".
    let make_iface = unsafe { want.as_ref() }.is_some_and(|w| w.kind() == kind::INTERFACE);
    let iface = if make_iface { std::ptr::null() } else { iface };
    let i = if iface.is_null() {
        "interface".to_string()
    } else {
        i
    };
    let msg = match (name(have), &missing) {
        (None, _) => format!("interface conversion: {i} is nil, not {w}"),
        (Some(h), Some(m)) => format!("interface conversion: {h} is not {w}: missing method {m}"),
        (Some(h), None) => format!("interface conversion: {i} is {h}, not {w}"),
    };
    let missing = missing.unwrap_or_default();
    gorun_runtime::panic::panic_type_assert(g, iface, have, want, &missing, msg)
}
