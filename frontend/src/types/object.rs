//! Objects: what identifiers denote (go/types' Object).
//!
//! Objects live in the program's arena and are named by [`ObjId`]. An object's
//! type is `None` until its declaration has been checked (package-level
//! objects are checked lazily, in dependency order, see `decl.rs`).

use crate::constant::Value;
use crate::name::Name;
use crate::source::Pos;

use super::{PkgId, ScopeId, TypeId};

#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct ObjId(pub u32);

/// The predeclared functions, and unsafe's.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
    // package unsafe
    Add,
    Alignof,
    Offsetof,
    Sizeof,
    Slice,
    SliceData,
    String,
    StringData,
}

impl Builtin {
    pub const UNIVERSE: [Builtin; 18] = {
        use Builtin::*;
        [
            Append, Cap, Clear, Close, Complex, Copy, Delete, Imag, Len, Make, Max, Min, New,
            Panic, Print, Println, Real, Recover,
        ]
    };
    pub const UNSAFE: [Builtin; 8] = {
        use Builtin::*;
        [
            Add, Alignof, Offsetof, Sizeof, Slice, SliceData, String, StringData,
        ]
    };

    pub fn name(self) -> &'static str {
        use Builtin::*;
        match self {
            Append => "append",
            Cap => "cap",
            Clear => "clear",
            Close => "close",
            Complex => "complex",
            Copy => "copy",
            Delete => "delete",
            Imag => "imag",
            Len => "len",
            Make => "make",
            Max => "max",
            Min => "min",
            New => "new",
            Panic => "panic",
            Print => "print",
            Println => "println",
            Real => "real",
            Recover => "recover",
            Add => "Add",
            Alignof => "Alignof",
            Offsetof => "Offsetof",
            Sizeof => "Sizeof",
            Slice => "Slice",
            SliceData => "SliceData",
            String => "String",
            StringData => "StringData",
        }
    }

    /// Number of arguments and whether more may follow (go/types' predeclaredFuncs).
    pub fn nargs(self) -> (usize, bool) {
        use Builtin::*;
        match self {
            Append => (1, true),
            Cap | Clear | Close | Imag | Len | New | Panic | Real | Alignof | Offsetof | Sizeof
            | SliceData | StringData => (1, false),
            Complex | Copy | Delete | Add | Slice | String => (2, false),
            Make | Max | Min => (1, true),
            Print | Println => (0, true),
            Recover => (0, false),
        }
    }

    /// Whether a call is a statement-worthy expression (go/types' `kind`
    /// statement): append etc. are not.
    pub fn is_statement(self) -> bool {
        use Builtin::*;
        matches!(
            self,
            Clear | Close | Copy | Delete | Panic | Print | Println | Recover
        )
    }
}

/// Kinds of variables (go/types' VarKind, Go 1.25).
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum VarKind {
    PackageVar,
    LocalVar,
    RecvVar,
    ParamVar,
    ResultVar,
    FieldVar,
}

#[derive(Clone, Debug)]
pub enum ObjKind {
    /// An imported package's local name.
    PkgName {
        imported: PkgId,
    },
    Const {
        val: Value,
    },
    TypeName,
    Var {
        kind: VarKind,
        /// An embedded struct field.
        embedded: bool,
        /// For a field or parameter of an instantiated type or function, the
        /// generic one it came from.
        origin: Option<ObjId>,
    },
    Func {
        /// For a method of an instantiated type, the generic method.
        origin: Option<ObjId>,
        /// Pointer receiver (set for interface methods' needs as go/types).
        has_ptr_recv: bool,
    },
    Label,
    Builtin(Builtin),
    Nil,
}

/// Color for the dependency walk over package-level objects (go/types'
/// color): white before checking, grey while on the path, black after.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Color {
    White,
    Grey,
    Black,
}

#[derive(Clone, Debug)]
pub struct Object {
    pub kind: ObjKind,
    pub name: Name,
    pub pos: Pos,
    /// `None` for universe objects.
    pub pkg: Option<super::PkgId>,
    pub typ: Option<TypeId>,
    /// The scope containing the object (`None` for fields and methods).
    pub parent: Option<ScopeId>,
    /// Position from which the object is visible in its scope (go/types'
    /// scopePos): after its declaration for local objects.
    pub scope_pos: Pos,
    pub color: Color,
    /// Index on the object path while grey (for cycle reporting).
    pub path_idx: u32,
    /// Order of the object's declaration among package-level objects
    /// (go/types' order_), 0 for others.
    pub order: u32,
}

impl Object {
    pub fn is_exported(&self) -> bool {
        self.name.is_exported()
    }
    pub fn is_type_name(&self) -> bool {
        matches!(self.kind, ObjKind::TypeName)
    }
    pub fn is_var(&self) -> bool {
        matches!(self.kind, ObjKind::Var { .. })
    }
    pub fn is_func(&self) -> bool {
        matches!(self.kind, ObjKind::Func { .. })
    }
    pub fn is_field(&self) -> bool {
        matches!(
            self.kind,
            ObjKind::Var {
                kind: VarKind::FieldVar,
                ..
            }
        )
    }
    pub fn is_embedded(&self) -> bool {
        matches!(self.kind, ObjKind::Var { embedded: true, .. })
    }
    pub fn const_val(&self) -> Option<&Value> {
        match &self.kind {
            ObjKind::Const { val } => Some(val),
            _ => None,
        }
    }
    /// go/types' kind word for messages: "const", "type", "var", "func", ...
    pub fn kind_word(&self) -> &'static str {
        match self.kind {
            ObjKind::PkgName { .. } => "package",
            ObjKind::Const { .. } => "const",
            ObjKind::TypeName => "type",
            ObjKind::Var {
                kind: VarKind::FieldVar,
                ..
            } => "field",
            ObjKind::Var { .. } => "var",
            ObjKind::Func { .. } => "func",
            ObjKind::Label => "label",
            ObjKind::Builtin(_) => "builtin",
            ObjKind::Nil => "nil",
        }
    }
}
