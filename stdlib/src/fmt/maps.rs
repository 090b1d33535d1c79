//! Maps for fmt: iteration (the runtime's maps, or a hook installed instead),
//! and the key order Go's `internal/fmtsort` defines.
//!
//! # Iteration
//! fmt reads a map through [`MapIter`]: by default the runtime's own map
//! iteration (`gorun_runtime::maps`, through the map type's `MapType`);
//! [`set_map_iter`] installs another (tests with fake maps). It is called
//! with the map value (the `*Map` word, never nil) and the map's type
//! descriptor (`map_key()`, `elem()`), and must call `f(key_ptr,
//! elem_ptr)` once per entry, pointers to the entry's key and element in
//! the map's memory, valid until it returns.
//!
//! # Order
//! Entries are sorted stably by key: numbers by value (NaN before
//! everything, as `cmp.Compare`), strings bytewise, false before true,
//! pointers and chans by address (nil first), structs and arrays field by
//! field, interfaces by the dynamic type's descriptor address then value.

use crate::goabi::{Val, elem_of};
use gorun_runtime::types::{Type, kind};
use std::cmp::Ordering;
use std::sync::OnceLock;

/// Iterates a map's entries (see the module doc).
pub type MapIter = fn(map: *const u8, typ: &Type, f: &mut dyn FnMut(*const u8, *const u8));

static MAP_ITER: OnceLock<MapIter> = OnceLock::new();

/// Installs the map iteration hook; the first installation wins.
pub fn set_map_iter(f: MapIter) {
    let _ = MAP_ITER.set(f);
}

/// The runtime's maps, iterated in their (random) order.
fn runtime_map_iter(map: *const u8, typ: &Type, f: &mut dyn FnMut(*const u8, *const u8)) {
    let Some(mt) = typ.map_type() else {
        return;
    };
    gorun_runtime::maps::iter::for_each(mt, map as *mut gorun_runtime::maps::Map, |k, e| f(k, e));
}

/// The entries of map value `v`, sorted by key.
pub(crate) fn sorted_entries(v: Val) -> Vec<(Val, Val)> {
    let m = v.word() as *const u8;
    let mut out = Vec::new();
    if m.is_null() {
        return out;
    }
    let iter = MAP_ITER.get().copied().unwrap_or(runtime_map_iter);
    let key_t: &'static Type = match v.typ.map_key() {
        // SAFETY: descriptors are static.
        Some(k) => unsafe { &*(k as *const Type) },
        None => return out,
    };
    let elem_t = elem_of(v.typ);
    iter(m, v.typ, &mut |k, e| {
        out.push((
            Val {
                typ: key_t,
                ptr: k,
                ro: v.ro,
            },
            Val {
                typ: elem_t,
                ptr: e,
                ro: v.ro,
            },
        ));
    });
    out.sort_by(|a, b| compare(a.0, b.0));
    out
}

fn cmp_f64(a: f64, b: f64) -> Ordering {
    // cmp.Compare: NaN is less than any non-NaN, and equal to NaN.
    match (a.is_nan(), b.is_nan()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        _ => a.partial_cmp(&b).unwrap_or(Ordering::Equal),
    }
}

/// Go's `fmtsort.compare`.
pub(crate) fn compare(a: Val, b: Val) -> Ordering {
    if !std::ptr::eq(a.typ, b.typ) {
        return Ordering::Less; // no good answer, but never "equal"
    }
    match a.kind() {
        kind::INT | kind::INT8 | kind::INT16 | kind::INT32 | kind::INT64 => a.int().cmp(&b.int()),
        kind::UINT | kind::UINT8 | kind::UINT16 | kind::UINT32 | kind::UINT64 | kind::UINTPTR => {
            a.uint().cmp(&b.uint())
        }
        kind::STRING => a.string().cmp(b.string()),
        kind::FLOAT32 | kind::FLOAT64 => cmp_f64(a.float(), b.float()),
        kind::COMPLEX64 | kind::COMPLEX128 => {
            let (ar, ai) = a.complex();
            let (br, bi) = b.complex();
            cmp_f64(ar, br).then(cmp_f64(ai, bi))
        }
        kind::BOOL => a.bool().cmp(&b.bool()),
        kind::POINTER | kind::UNSAFE_POINTER | kind::CHAN => a.word().cmp(&b.word()),
        kind::STRUCT => {
            for f in a.typ.struct_fields() {
                let Some(ft) = (unsafe { f.typ.as_ref() }) else {
                    continue;
                };
                let fa = Val {
                    typ: ft,
                    ptr: a.ptr.wrapping_add(f.offset),
                    ro: a.ro,
                };
                let fb = Val {
                    typ: ft,
                    ptr: b.ptr.wrapping_add(f.offset),
                    ro: b.ro,
                };
                let c = compare(fa, fb);
                if c != Ordering::Equal {
                    return c;
                }
            }
            Ordering::Equal
        }
        kind::ARRAY => {
            for i in 0..a.len() {
                let c = compare(a.index(i), b.index(i));
                if c != Ordering::Equal {
                    return c;
                }
            }
            Ordering::Equal
        }
        kind::INTERFACE => match (a.elem_iface(), b.elem_iface()) {
            (None, None) => Ordering::Equal,
            (None, Some(_)) => Ordering::Less,
            (Some(_), None) => Ordering::Greater,
            (Some(x), Some(y)) => {
                let c = (x.typ as *const Type as usize).cmp(&(y.typ as *const Type as usize));
                if c != Ordering::Equal {
                    return c;
                }
                compare(x, y)
            }
        },
        _ => Ordering::Equal,
    }
}
