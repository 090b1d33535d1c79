//! How Go values are held by compiled code.
//!
//! Memory layouts are gc's (the checker's `sizeof`/`alignof`/`offsetsof`).
//! In registers, a value of a small type is a list of scalar components,
//! each a Cranelift type at an offset of the memory layout:
//!
//! | Go type (by underlying) | components |
//! |---|---|
//! | bool, int8, uint8 | I8 |
//! | int16/32/64 and unsigned, int, uint, uintptr | I16/I32/I64 |
//! | float32, float64 | F32, F64 |
//! | complex64, complex128 | two F32, two F64 (real, imaginary) |
//! | pointer, map, chan, func, unsafe.Pointer | I64 |
//! | string | I64 ptr, I64 len |
//! | slice | I64 ptr, I64 len, I64 cap |
//! | interface | I64 type/itab, I64 data |
//! | struct | its fields' components, if at most [`MAX_COMPONENTS`] |
//! | array of 0 / 1 elements | none / the element's |
//!
//! Anything else (bigger structs, arrays of two or more elements) lives in
//! memory and is handled by address. Function parameters and results use
//! the same rule (see `abi.rs`), as do the standard library's natives (see
//! `gorun_stdlib::native`).

use cranelift_codegen::ir::{Type as ClType, types};
use gorun_frontend::types::{BasicKind, Program, Type, TypeId};
use smallvec::SmallVec;

/// Structs with more scalar components than this live in memory.
pub const MAX_COMPONENTS: usize = 4;

/// One scalar component of a value held in registers.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Comp {
    pub ty: ClType,
    /// Byte offset of the component in the value's memory layout.
    pub offset: u32,
    /// A signed integer (sign-extended when widened).
    pub signed: bool,
}

pub type Comps = SmallVec<[Comp; 4]>;

/// How values of a type are held.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Repr {
    /// In registers, as these components (possibly none, for zero-size types).
    Regs(Comps),
    /// In memory only; handled by address.
    Mem { size: u32, align: u32 },
}

impl Repr {
    pub fn comps(&self) -> &[Comp] {
        match self {
            Repr::Regs(c) => c,
            Repr::Mem { .. } => &[],
        }
    }
}

/// The Cranelift type of a basic kind's value.
pub fn basic_cltype(k: BasicKind) -> ClType {
    use BasicKind::*;
    match k {
        Bool | Int8 | Uint8 | UntypedBool => types::I8,
        Int16 | Uint16 => types::I16,
        Int32 | Uint32 | UntypedRune => types::I32,
        Float32 => types::F32,
        Float64 | UntypedFloat => types::F64,
        _ => types::I64,
    }
}

/// The representation of values of type `t` (which must not be a type
/// parameter; generic code is instantiated before it is compiled).
pub fn repr(p: &Program, t: TypeId) -> Repr {
    let mut comps = Comps::new();
    if flatten(p, t, 0, &mut comps) {
        Repr::Regs(comps)
    } else {
        Repr::Mem {
            size: p.sizeof(t).max(0) as u32,
            align: p.alignof(t).max(1) as u32,
        }
    }
}

/// Appends the components of `t` at `base`; false if `t` must live in
/// memory.
fn flatten(p: &Program, t: TypeId, base: u32, out: &mut Comps) -> bool {
    let u = p.under(t);
    let push = |out: &mut Comps, ty, off| {
        out.push(Comp {
            ty,
            offset: base + off,
            signed: false,
        })
    };
    match p.ty(u) {
        Type::Basic(b) => {
            use BasicKind::*;
            match b.kind {
                Complex64 => {
                    push(out, types::F32, 0);
                    push(out, types::F32, 4);
                }
                Complex128 | UntypedComplex => {
                    push(out, types::F64, 0);
                    push(out, types::F64, 8);
                }
                String | UntypedString => {
                    push(out, types::I64, 0);
                    push(out, types::I64, 8);
                }
                UntypedNil | UnsafePointer => push(out, types::I64, 0),
                Int | Int8 | Int16 | Int32 | Int64 | UntypedInt | UntypedRune => out.push(Comp {
                    ty: basic_cltype(b.kind),
                    offset: base,
                    signed: true,
                }),
                k => push(out, basic_cltype(k), 0),
            }
            true
        }
        Type::Pointer(_) | Type::Map { .. } | Type::Chan { .. } | Type::Signature(_) => {
            push(out, types::I64, 0);
            true
        }
        Type::Slice(_) => {
            push(out, types::I64, 0);
            push(out, types::I64, 8);
            push(out, types::I64, 16);
            true
        }
        Type::Interface(_) => {
            push(out, types::I64, 0);
            push(out, types::I64, 8);
            true
        }
        Type::Array { len, elem } => match len {
            0 => true,
            1 => flatten(p, *elem, base, out),
            _ => false,
        },
        Type::Struct(s) => {
            let offsets = p.offsetsof(&s.fields);
            let start = out.len();
            for (i, &f) in s.fields.iter().enumerate() {
                let off = offsets[i].max(0) as u32;
                if !flatten(p, p.obj_type(f), base + off, out) || out.len() - start > MAX_COMPONENTS
                {
                    out.truncate(start);
                    return false;
                }
            }
            true
        }
        _ => false,
    }
}

/// Whether values of `t` are pointer-shaped: an interface holds them in its
/// data word directly (Go's direct-iface types).
pub fn is_direct_iface(p: &Program, t: TypeId) -> bool {
    let u = p.under(t);
    match p.ty(u) {
        Type::Pointer(_) | Type::Map { .. } | Type::Chan { .. } | Type::Signature(_) => true,
        Type::Basic(b) => b.kind == BasicKind::UnsafePointer,
        Type::Struct(s) => {
            // Exactly one field, itself direct (Go also ignores zero-size
            // fields here only in that sense: a single field).
            s.fields.len() == 1 && is_direct_iface(p, p.obj_type(s.fields[0]))
        }
        Type::Array { len: 1, elem } => is_direct_iface(p, *elem),
        _ => false,
    }
}

/// Whether values of `t` contain pointers (the GC must scan them).
pub fn has_pointers(p: &Program, t: TypeId) -> bool {
    let u = p.under(t);
    match p.ty(u) {
        Type::Basic(b) => matches!(
            b.kind,
            BasicKind::String | BasicKind::UnsafePointer | BasicKind::UntypedString
        ),
        Type::Array { len, elem } => *len > 0 && has_pointers(p, *elem),
        Type::Struct(s) => s.fields.iter().any(|&f| has_pointers(p, p.obj_type(f))),
        _ => true,
    }
}
