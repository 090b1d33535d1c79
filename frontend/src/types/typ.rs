//! Go's types, as go/types represents them.
//!
//! Types live in the [`Program`](super::Program)'s arena and are named by
//! [`TypeId`]. Types are not hash-consed: two structurally equal type literals
//! are two ids, and [`identical`](super::predicates) decides identity, as in
//! go/types. Identity of defined types ([`Type::Named`]) and type parameters
//! is identity of their ids.
//!
//! Invariants:
//! - Only [`Named`] (its underlying type and methods, filled in while its
//!   declaration is checked) and [`TypeParam`] (its bound) change after
//!   creation; every other type is immutable once pushed.
//! - The underlying type of a `Named` is never a `Named` or an `Alias` once
//!   resolved; `Program::under` follows the chain otherwise.

use crate::constant::Value;
use crate::source::Pos;

use super::{ObjId, ScopeId};

/// Index of a type in the program's type arena.
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct TypeId(pub u32);

/// Kinds of basic types, in go/types' order.
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[repr(u8)]
pub enum BasicKind {
    Invalid,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
}

/// Properties of basic types (go/types' BasicInfo).
pub mod info {
    pub const BOOLEAN: u8 = 1 << 0;
    pub const INTEGER: u8 = 1 << 1;
    pub const UNSIGNED: u8 = 1 << 2;
    pub const FLOAT: u8 = 1 << 3;
    pub const COMPLEX: u8 = 1 << 4;
    pub const STRING: u8 = 1 << 5;
    pub const UNTYPED: u8 = 1 << 6;
    pub const ORDERED: u8 = INTEGER | FLOAT | STRING;
    pub const NUMERIC: u8 = INTEGER | FLOAT | COMPLEX;
    pub const CONST_TYPE: u8 = BOOLEAN | NUMERIC | STRING;
}

impl BasicKind {
    pub const ALL: [BasicKind; 26] = {
        use BasicKind::*;
        [
            Invalid,
            Bool,
            Int,
            Int8,
            Int16,
            Int32,
            Int64,
            Uint,
            Uint8,
            Uint16,
            Uint32,
            Uint64,
            Uintptr,
            Float32,
            Float64,
            Complex64,
            Complex128,
            String,
            UnsafePointer,
            UntypedBool,
            UntypedInt,
            UntypedRune,
            UntypedFloat,
            UntypedComplex,
            UntypedString,
            UntypedNil,
        ]
    };

    pub fn info(self) -> u8 {
        use BasicKind::*;
        use info::*;
        match self {
            Invalid | UnsafePointer => 0,
            Bool => BOOLEAN,
            Int | Int8 | Int16 | Int32 | Int64 => INTEGER,
            Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr => INTEGER | UNSIGNED,
            Float32 | Float64 => FLOAT,
            Complex64 | Complex128 => COMPLEX,
            String => STRING,
            UntypedBool => BOOLEAN | UNTYPED,
            UntypedInt | UntypedRune => INTEGER | UNTYPED,
            UntypedFloat => FLOAT | UNTYPED,
            UntypedComplex => COMPLEX | UNTYPED,
            UntypedString => STRING | UNTYPED,
            UntypedNil => UNTYPED,
        }
    }

    /// The name go/types gives the type ("untyped int" for untyped kinds).
    pub fn name(self) -> &'static str {
        use BasicKind::*;
        match self {
            Invalid => "invalid type",
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            Complex64 => "complex64",
            Complex128 => "complex128",
            String => "string",
            UnsafePointer => "Pointer",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedComplex => "untyped complex",
            UntypedString => "untyped string",
            UntypedNil => "untyped nil",
        }
    }

    pub fn is_untyped(self) -> bool {
        self.info() & info::UNTYPED != 0
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum ChanDir {
    SendRecv,
    SendOnly,
    RecvOnly,
}

/// A term of a union: `T` or `~T`.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct Term {
    pub tilde: bool,
    pub typ: TypeId,
}

#[derive(Clone, Debug)]
pub struct Basic {
    pub kind: BasicKind,
    /// Usually `kind.name()`, but `byte` and `rune` are their own Basic types
    /// with kind Uint8 and Int32, and print as such.
    pub name: &'static str,
}

#[derive(Clone, Debug)]
pub struct Struct {
    /// Field objects (`Var`s with `is_field`), in order.
    pub fields: Vec<ObjId>,
    /// Tags, parallel to `fields` (`None` if untagged).
    pub tags: Vec<Option<String>>,
}

#[derive(Clone, Debug)]
pub struct Signature {
    /// Receiver type parameters of a method on a generic type.
    pub rparams: Vec<TypeId>,
    /// Type parameters of a generic function.
    pub tparams: Vec<TypeId>,
    pub recv: Option<ObjId>,
    /// A `Tuple`.
    pub params: TypeId,
    /// A `Tuple`.
    pub results: TypeId,
    /// The last parameter is `...T`; its type is recorded as `[]T`.
    pub variadic: bool,
    /// Scope of parameters and results (the function's outermost scope).
    pub scope: Option<ScopeId>,
}

#[derive(Clone, Debug, Default)]
pub struct Interface {
    /// Explicitly declared methods (`Func` objects), in source order.
    pub methods: Vec<ObjId>,
    /// Embedded elements: interfaces, types, unions.
    pub embeddeds: Vec<TypeId>,
    /// Positions of the embedded elements (for error reporting).
    pub embed_pos: Vec<Pos>,
    /// Implicit interface of a constraint written as `[T ~int]`.
    pub implicit: bool,
    /// Set once the interface's methods and embeddeds are all known, so its
    /// type set may be computed.
    pub complete: bool,
}

/// A defined type, or an instance of a generic one.
#[derive(Clone, Debug)]
pub struct Named {
    /// The TypeName declaring it.
    pub obj: ObjId,
    /// For an instance, the generic type it instantiates; else itself.
    pub orig: TypeId,
    pub tparams: Vec<TypeId>,
    pub targs: Vec<TypeId>,
    /// The underlying type, once known (`None` while the declaration is
    /// being resolved, or for an instance not yet expanded).
    pub underlying: Option<TypeId>,
    /// The type expression's type (may itself be a Named) before resolution
    /// to an underlying type.
    pub from_rhs: Option<TypeId>,
    /// Declared methods (of the origin type; instances expand on demand).
    pub methods: Vec<ObjId>,
}

/// An alias type (`type A = T`), kept as a type since Go 1.24 (generic
/// aliases may have type parameters).
#[derive(Clone, Debug)]
pub struct Alias {
    pub obj: ObjId,
    pub orig: TypeId,
    pub tparams: Vec<TypeId>,
    pub targs: Vec<TypeId>,
    /// The aliased type (`None` while unresolved).
    pub rhs: Option<TypeId>,
}

#[derive(Clone, Debug)]
pub struct TypeParam {
    pub obj: ObjId,
    /// Unique among type parameters of the program (for printing subscripts
    /// and for maps keyed by type parameter).
    pub id: u32,
    pub index: u32,
    /// The constraint (an interface, after implicit wrapping); `None` until set.
    pub bound: Option<TypeId>,
}

#[derive(Clone, Debug)]
pub enum Type {
    Basic(Basic),
    Pointer(TypeId),
    Array {
        len: i64,
        elem: TypeId,
    },
    Slice(TypeId),
    Map {
        key: TypeId,
        elem: TypeId,
    },
    Chan {
        dir: ChanDir,
        elem: TypeId,
    },
    Struct(Struct),
    /// Parameter or result list: `Var` objects.
    Tuple(Vec<ObjId>),
    Signature(Signature),
    Interface(Interface),
    Union(Vec<Term>),
    Named(Named),
    Alias(Alias),
    TypeParam(TypeParam),
}

/// A constant operand's value with its type, and the mode of an expression,
/// as recorded for the backend (go/types' TypeAndValue).
#[derive(Clone, Debug)]
pub struct TypeAndValue {
    pub mode: super::operand::Mode,
    pub typ: TypeId,
    pub val: Option<Value>,
}
