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
//! field, interfaces by the dynamic type then value.
//!
//! `fmtsort` orders interfaces' dynamic types by the address of their
//! descriptors, so Go's order is the order in which gc's linker lays type
//! descriptors out (`cmd/link/internal/ld/data.go`, `dodataSect`, case
//! `STYPE`): first the "typelink" descriptors (unnamed pointer, array,
//! chan, func, map, slice and struct types) by type string, then the rest
//! by symbol size, ties by symbol index, which puts package main's types
//! (by name) before the predeclared ones (emitted by the runtime package in
//! a fixed order) and those before other packages'. [`type_order`]
//! reproduces that from gorun's descriptors: the sizes are those of gc's
//! `abi` layouts, not gorun's.

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
                if !std::ptr::eq(x.typ, y.typ) {
                    return type_order(x.typ, y.typ);
                }
                compare(x, y)
            }
        },
        _ => Ordering::Equal,
    }
}

/// Whether gc marks `t`'s descriptor as a typelink (`reflectdata.writeType`):
/// unnamed types that reflect can construct at run time.
fn is_typelink(t: &Type) -> bool {
    use gorun_runtime::types::tflag;
    t.tflag & tflag::NAMED == 0
        && matches!(
            t.kind(),
            kind::POINTER
                | kind::ARRAY
                | kind::CHAN
                | kind::FUNC
                | kind::MAP
                | kind::SLICE
                | kind::STRUCT
        )
}

/// The size of gc's descriptor symbol for `t` on amd64: the `abi` header
/// for its kind, then (named types, and types with methods) the
/// `UncommonType` and its `Method`s, then the kind's trailing arrays
/// (struct fields, func parameters, interface methods).
fn gc_descriptor_size(t: &Type) -> usize {
    const TYPE: usize = 48; // abi.Type
    let base = match t.kind() {
        kind::POINTER | kind::SLICE => TYPE + 8,
        kind::CHAN => TYPE + 16,
        kind::ARRAY => TYPE + 24,
        kind::FUNC => {
            let (_, nin, nout, _) = t.func_params();
            TYPE + 8 + 8 * (nin + nout)
        }
        kind::INTERFACE => TYPE + 32 + 8 * t.interface_methods().len(),
        kind::STRUCT => TYPE + 32 + 24 * t.struct_fields().len(),
        kind::MAP => TYPE + 72,
        _ => TYPE,
    };
    let uncommon = t.tflag & gorun_runtime::types::tflag::NAMED != 0 || !t.methods().is_empty();
    base + if uncommon {
        16 + 16 * t.methods().len()
    } else {
        0
    }
}

/// The order in which the runtime package emits the predeclared types'
/// descriptors (observed with gc: `string` first, then by compiler kind).
const PREDECLARED: [&str; 18] = [
    "string",
    "int8",
    "uint8",
    "int16",
    "uint16",
    "int32",
    "uint32",
    "int64",
    "uint64",
    "int",
    "uint",
    "uintptr",
    "complex64",
    "complex128",
    "float32",
    "float64",
    "bool",
    "unsafe.Pointer",
];

/// Ties between same-sized non-typelink descriptors: package main's types
/// (by name), then the predeclared ones in emission order, then the other
/// packages' (by name).
fn tie_rank(t: &Type) -> (u8, usize, &str) {
    let name = t.name();
    if let Some(i) = PREDECLARED.iter().position(|&p| p == name) {
        return (1, i, name);
    }
    if name.starts_with("main.") {
        return (0, 0, name);
    }
    (2, 0, name)
}

/// The order of two distinct dynamic types, as their descriptors' addresses
/// in a gc binary (see the module doc).
fn type_order(a: &Type, b: &Type) -> Ordering {
    match (is_typelink(a), is_typelink(b)) {
        (true, true) => a.name().cmp(b.name()),
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        (false, false) => gc_descriptor_size(a)
            .cmp(&gc_descriptor_size(b))
            .then_with(|| tie_rank(a).cmp(&tie_rank(b))),
    }
}
