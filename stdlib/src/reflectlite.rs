//! What Go's errors and sort packages take from internal/reflectlite,
//! done on gorun's type descriptors (`gorun_runtime::types`):
//!
//! - errors: `isComparable` (reflectlite's `Type.Comparable`), `targetKind`
//!   (As's checks of its target: a non-nil pointer to an interface type or
//!   to a type implementing error) and `assign` (`AssignableTo` then
//!   `Value.Set` through the pointer).
//! - sort: `sliceLen` (`Value.Len`) and `swapper` (`reflectlite.Swapper`).
//!
//! Descriptors are unique per type identity (jit/src/rtype.rs), so type
//! identity is pointer equality. The JIT does not fill `Type::equal` yet,
//! so comparability is computed from a type's structure, as the compiler
//! decides whether to give a type an equality function.

use crate::native::Native;
use gorun_runtime::abi::gorun_mallocgc;
use gorun_runtime::iface::getitab;
use gorun_runtime::malloc::typedmemmove;
use gorun_runtime::panic::gopanic_msg;
use gorun_runtime::runtime2::G;
use gorun_runtime::types::{Eface, GoSlice, Iface, Type, kind};

/// Whether values of `t` can be compared with `==` (reflect's
/// `Type.Comparable`): not funcs, maps or slices, nor arrays or structs
/// holding them. Interfaces are comparable (comparing two may panic).
pub fn comparable(t: &Type) -> bool {
    match t.kind() {
        kind::FUNC | kind::MAP | kind::SLICE => false,
        kind::ARRAY => t.elem().is_none_or(comparable),
        kind::STRUCT => t
            .struct_fields()
            .iter()
            // SAFETY: field types are descriptors.
            .all(|f| unsafe { f.typ.as_ref() }.is_none_or(comparable)),
        _ => true,
    }
}

/// reflectlite's `Kind.String`.
fn kind_name(k: u8) -> &'static str {
    const NAMES: [&str; 27] = [
        "invalid",
        "bool",
        "int",
        "int8",
        "int16",
        "int32",
        "int64",
        "uint",
        "uint8",
        "uint16",
        "uint32",
        "uint64",
        "uintptr",
        "float32",
        "float64",
        "complex64",
        "complex128",
        "array",
        "chan",
        "func",
        "interface",
        "map",
        "ptr",
        "slice",
        "string",
        "struct",
        "unsafe.Pointer",
    ];
    NAMES.get(k as usize).copied().unwrap_or("invalid")
}

// ---------------------------------------------------------------------------
// errors

/// errors.isComparable(x any) bool.
extern "C" fn is_comparable(_g: *mut G, typ: *const Type, _data: *const u8) -> u64 {
    // SAFETY: typ is null or a descriptor.
    unsafe { typ.as_ref() }.is_none_or(comparable) as u64
}

/// Whether `t`'s method set has `Error() string`.
fn implements_error(t: &Type) -> bool {
    t.methods().iter().any(|m| {
        // SAFETY: method names and types come from the descriptor.
        let name = unsafe { m.name.as_bytes() };
        let exported = unsafe { m.pkg_path.as_bytes() }.is_empty();
        name == b"Error"
            && exported
            && unsafe { m.mtyp.as_ref() }.is_none_or(|f| {
                let (types, nin, nout, variadic) = f.func_params();
                nin == 0
                    && nout == 1
                    && !variadic
                    // SAFETY: parameter types are descriptors.
                    && unsafe { types[0].as_ref() }
                        .is_some_and(|r| r.kind() == kind::STRING && r.name() == "string")
            })
    })
}

// errors' targetOK, targetNotPointer, targetBadElem.
const TARGET_OK: u64 = 0;
const TARGET_NOT_POINTER: u64 = 1;
const TARGET_BAD_ELEM: u64 = 2;

/// errors.targetKind(target any) int: As's checks, in Go's order.
extern "C" fn target_kind(_g: *mut G, typ: *const Type, data: *const u8) -> u64 {
    // SAFETY: typ is null or a descriptor.
    let Some(t) = (unsafe { typ.as_ref() }) else {
        return TARGET_NOT_POINTER;
    };
    if t.kind() != kind::POINTER || data.is_null() {
        return TARGET_NOT_POINTER;
    }
    match t.elem() {
        Some(e) if e.kind() == kind::INTERFACE || implements_error(e) => TARGET_OK,
        _ => TARGET_BAD_ELEM,
    }
}

/// errors.assign(target any, err error) bool: if err's dynamic type is
/// assignable to *target's type, stores err in *target. target passed
/// targetKind; err is not nil.
extern "C" fn assign(
    _g: *mut G,
    ttyp: *const Type,
    p: *mut u8,
    tab: *const gorun_runtime::types::Itab,
    data: *mut u8,
) -> u64 {
    // SAFETY: target is a non-nil pointer (targetKind said so), err a
    // non-nil interface whose itab names its dynamic type.
    unsafe {
        let elem = (*ttyp).elem;
        if elem.is_null() {
            return 0;
        }
        let dynamic = (*tab).typ;
        if (*elem).kind() == kind::INTERFACE {
            if (*elem).interface_methods().is_empty() {
                *(p as *mut Eface) = Eface { typ: dynamic, data };
                return 1;
            }
            let itab = getitab(elem, dynamic);
            if itab.is_null() {
                return 0;
            }
            *(p as *mut Iface) = Iface { tab: itab, data };
            return 1;
        }
        if !std::ptr::eq(elem, dynamic) {
            return 0;
        }
        if (*elem).is_direct_iface() {
            *(p as *mut *mut u8) = data;
        } else {
            typedmemmove(elem, p, data);
        }
        1
    }
}

// ---------------------------------------------------------------------------
// sort

/// The slice x holds, or Go's panic for a value of another kind, as
/// reflectlite's `method` of Value does.
fn slice_of(
    g: *mut G,
    method: &str,
    typ: *const Type,
    data: *const u8,
) -> (&'static Type, GoSlice) {
    // SAFETY: typ is null or a descriptor.
    match unsafe { typ.as_ref() } {
        // A slice is not pointer-shaped: data points to the slice header.
        // SAFETY: descriptors live as long as the program.
        Some(t) if t.kind() == kind::SLICE => unsafe {
            (&*(t as *const Type), *(data as *const GoSlice))
        },
        Some(t) => gopanic_msg(
            g,
            format!("reflect: call of {method} on {} Value", kind_name(t.kind())),
        ),
        None => gopanic_msg(g, format!("reflect: call of {method} on zero Value")),
    }
}

/// sort.sliceLen(x any) int.
extern "C" fn slice_len(g: *mut G, typ: *const Type, data: *const u8) -> i64 {
    slice_of(g, "reflect.Value.Len", typ, data).1.len as i64
}

/// The closure record of a swapper: the code word, then what it captured.
#[repr(C)]
struct SwapClosure {
    code: extern "C" fn(*mut G, *const SwapClosure, i64, i64),
    ptr: *mut u8,
    len: i64,
    elem: *const Type,
}

/// The closure's pointer map: `ptr` (word 1) and `elem` is static.
static SWAP_GCDATA: [u8; 1] = [0b10];

static TYPE_SWAP_CLOSURE: Type = Type {
    ptrdata: 16,
    gcdata: &SWAP_GCDATA as *const [u8; 1] as *const u8,
    name: b"sort.swapClosure".as_ptr(),
    name_len: 16,
    ..Type::scalar(size_of::<SwapClosure>(), 8, kind::STRUCT)
};

/// The swap, as reflectlite.Swapper's closures do it (they differ only in
/// speed): bounds-checked against the length at the time of Swapper.
extern "C" fn swap(g: *mut G, c: *const SwapClosure, i: i64, j: i64) {
    // SAFETY: c is a record built by `swapper`; i and j are checked
    // against the captured length.
    unsafe {
        let c = &*c;
        if (i as u64) >= c.len as u64 || (j as u64) >= c.len as u64 {
            gopanic_msg(g, "reflect: slice index out of range".into());
        }
        let size = (*c.elem).size;
        if i == j || size == 0 {
            return;
        }
        // gorun's collector has no write barriers, so exchanging the bytes
        // is what Go's three typedmemmoves through a scratch value amount to.
        let (a, b) = (c.ptr.add(i as usize * size), c.ptr.add(j as usize * size));
        match size {
            8 => std::ptr::swap(a as *mut u64, b as *mut u64),
            16 => std::ptr::swap(a as *mut [u64; 2], b as *mut [u64; 2]),
            _ => std::ptr::swap_nonoverlapping(a, b, size),
        }
    }
}

/// sort.swapper(x any) func(i, j int).
extern "C" fn swapper(g: *mut G, typ: *const Type, data: *const u8) -> *const SwapClosure {
    let (t, s) = slice_of(g, "Swapper", typ, data);
    let c =
        gorun_mallocgc(g, size_of::<SwapClosure>(), &TYPE_SWAP_CLOSURE, true) as *mut SwapClosure;
    // SAFETY: c is a fresh object of SwapClosure's size.
    unsafe {
        c.write(SwapClosure {
            code: swap,
            ptr: s.ptr,
            len: s.len as i64,
            elem: t.elem,
        })
    };
    c
}

pub(crate) static NATIVES: &[Native] = &[
    Native {
        name: "errors.assign",
        code: assign as *const u8,
        sig: "iiii>i",
    },
    Native {
        name: "errors.isComparable",
        code: is_comparable as *const u8,
        sig: "ii>i",
    },
    Native {
        name: "errors.targetKind",
        code: target_kind as *const u8,
        sig: "ii>i",
    },
    Native {
        name: "sort.sliceLen",
        code: slice_len as *const u8,
        sig: "ii>i",
    },
    Native {
        name: "sort.swapper",
        code: swapper as *const u8,
        sig: "ii>i",
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use gorun_runtime::types::GoString;
    use gorun_runtime::types::StructField;

    #[test]
    fn comparability_follows_structure() {
        let int = Type::scalar(8, 8, kind::INT);
        let mut slice = Type::scalar(24, 8, kind::SLICE);
        slice.elem = &int;
        let mut arr = Type::scalar(16, 8, kind::ARRAY);
        arr.elem = &int;
        assert!(comparable(&int) && comparable(&arr) && !comparable(&slice));
        arr.elem = &slice;
        assert!(!comparable(&arr));
        let fields = [
            StructField {
                name: GoString::from_static("a"),
                typ: &int,
                offset: 0,
                tag: GoString::EMPTY,
                embedded: false,
            },
            StructField {
                name: GoString::from_static("b"),
                typ: &slice,
                offset: 8,
                tag: GoString::EMPTY,
                embedded: false,
            },
        ];
        let mut st = Type::scalar(32, 8, kind::STRUCT);
        st.reserved = [fields.as_ptr() as usize, 2, 0, 0];
        assert!(!comparable(&st));
        st.reserved[1] = 1;
        assert!(comparable(&st));
        assert!(comparable(&Type::scalar(16, 8, kind::INTERFACE)));
        assert!(!comparable(&Type::scalar(8, 8, kind::FUNC)));
    }

    #[test]
    fn kind_names_are_reflects() {
        assert_eq!(kind_name(kind::POINTER), "ptr");
        assert_eq!(kind_name(kind::INT), "int");
        assert_eq!(kind_name(kind::UNSAFE_POINTER), "unsafe.Pointer");
    }
}
