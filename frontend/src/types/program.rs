//! The program: arenas of every type, object, scope and package checked so
//! far, the universe, and the recorded results the backend consumes.
//!
//! One `Program` serves a whole run (and a whole REPL session): imported
//! packages are checked into the same arenas, so a `TypeId` from `fmt` and one
//! from `main` can be compared directly. Nothing is ever removed.

use rustc_hash::FxHashMap as HashMap;
use std::cell::RefCell;
use std::rc::Rc;

use crate::name::Name;
use crate::source::Pos;
use crate::syntax::ast::NodeId;

use super::object::{Color, ObjKind, Object, VarKind};
use super::typ::*;
use super::typeset::TypeSet;
use super::universe::Universe;
use super::{ObjId, Package, PkgId, ScopeId, Sizes};

/// A selector's resolution (go/types' Selection).
#[derive(Clone, Debug)]
pub struct Selection {
    pub kind: SelectionKind,
    /// Type of `x` in `x.f`.
    pub recv: TypeId,
    /// The field or method.
    pub obj: ObjId,
    /// Path of embedded-field indices to reach `obj`, the last being its
    /// index in its own struct (or method set).
    pub index: Vec<usize>,
    /// Whether a pointer indirection is needed along the path.
    pub indirect: bool,
    /// Type of the selector expression (the field's type, or the method's
    /// signature without receiver for a method value, with receiver as first
    /// parameter for a method expression).
    pub typ: TypeId,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum SelectionKind {
    FieldVal,
    MethodVal,
    MethodExpr,
}

/// An instantiation of a generic function or type at a use.
#[derive(Clone, Debug)]
pub struct Instance {
    pub targs: Vec<TypeId>,
    pub typ: TypeId,
}

/// A package-level variable initialization, in execution order.
#[derive(Clone, Debug)]
pub struct Initializer {
    /// Variables initialized (several for `var a, b = f()`).
    pub lhs: Vec<ObjId>,
    /// The initialization expression.
    pub rhs: NodeId,
}

/// What the checker found, for the backend (go/types' Info). Keyed by the
/// AST's node ids, which are unique across the program.
#[derive(Debug, Default)]
pub struct Info {
    /// Type (and constant value, and mode) of every expression, including
    /// type expressions.
    pub types: HashMap<NodeId, TypeAndValue>,
    /// Object declared by each declaring identifier.
    pub defs: HashMap<NodeId, ObjId>,
    /// Object denoted by each identifier used as an operand or type.
    pub uses: HashMap<NodeId, ObjId>,
    /// Objects declared implicitly: a type switch clause's variable (key:
    /// the case clause id).
    pub implicits: HashMap<NodeId, ObjId>,
    /// Package names of import specs, keyed by the path literal's position.
    pub imports: HashMap<Pos, ObjId>,
    /// Field and method selections, keyed by the selector expression.
    pub selections: HashMap<NodeId, Selection>,
    /// Instantiations, keyed by the identifier (or selector) naming the
    /// generic function or type.
    pub instances: HashMap<NodeId, Instance>,
    /// Scopes opened by nodes: blocks and statements (by statement id),
    /// case clauses, function literals (expression id), function
    /// declarations (the name's id).
    pub scopes: HashMap<NodeId, ScopeId>,
    /// Per package, its variable initializers in order.
    pub init_order: HashMap<PkgId, Vec<Initializer>>,
}

pub struct Program {
    pub types: Vec<Type>,
    pub objs: Vec<Object>,
    pub scopes: Vec<super::Scope>,
    pub pkgs: Vec<Package>,
    pub pkg_by_path: HashMap<String, PkgId>,
    pub universe: Universe,
    pub info: Info,
    pub sizes: Sizes,
    next_tparam_id: u32,
    /// Type sets of interfaces, computed on demand.
    pub(crate) tsets: RefCell<HashMap<TypeId, Rc<TypeSet>>>,
}

impl Default for Program {
    fn default() -> Self {
        Program::new()
    }
}

impl Program {
    pub fn new() -> Program {
        let mut p = Program {
            types: Vec::new(),
            objs: Vec::new(),
            scopes: Vec::new(),
            pkgs: Vec::new(),
            pkg_by_path: HashMap::default(),
            universe: Universe::placeholder(),
            info: Info::default(),
            sizes: Sizes::gc_amd64(),
            next_tparam_id: 1,
            tsets: RefCell::new(HashMap::default()),
        };
        p.universe = Universe::build(&mut p);
        p
    }

    // -- arenas --------------------------------------------------------------

    pub fn new_type(&mut self, t: Type) -> TypeId {
        self.types.push(t);
        TypeId(self.types.len() as u32 - 1)
    }

    pub fn ty(&self, t: TypeId) -> &Type {
        &self.types[t.0 as usize]
    }

    pub fn ty_mut(&mut self, t: TypeId) -> &mut Type {
        &mut self.types[t.0 as usize]
    }

    pub fn new_obj(
        &mut self,
        kind: ObjKind,
        pos: Pos,
        pkg: Option<PkgId>,
        name: Name,
        typ: Option<TypeId>,
    ) -> ObjId {
        self.objs.push(Object {
            kind,
            name,
            pos,
            pkg,
            typ,
            parent: None,
            scope_pos: Pos::NONE,
            color: Color::White,
            path_idx: 0,
            order: 0,
        });
        ObjId(self.objs.len() as u32 - 1)
    }

    pub fn new_var(
        &mut self,
        kind: VarKind,
        pos: Pos,
        pkg: Option<PkgId>,
        name: Name,
        typ: TypeId,
    ) -> ObjId {
        self.new_obj(
            ObjKind::Var {
                kind,
                embedded: false,
                origin: None,
            },
            pos,
            pkg,
            name,
            Some(typ),
        )
    }

    pub fn new_field(
        &mut self,
        pos: Pos,
        pkg: Option<PkgId>,
        name: Name,
        typ: TypeId,
        embedded: bool,
    ) -> ObjId {
        self.new_obj(
            ObjKind::Var {
                kind: VarKind::FieldVar,
                embedded,
                origin: None,
            },
            pos,
            pkg,
            name,
            Some(typ),
        )
    }

    pub fn obj(&self, o: ObjId) -> &Object {
        &self.objs[o.0 as usize]
    }

    pub fn obj_mut(&mut self, o: ObjId) -> &mut Object {
        &mut self.objs[o.0 as usize]
    }

    /// The type of an object, `invalid` if not (yet) known.
    pub fn obj_type(&self, o: ObjId) -> TypeId {
        self.objs[o.0 as usize].typ.unwrap_or(self.universe.invalid)
    }

    pub fn pkg(&self, p: PkgId) -> &Package {
        &self.pkgs[p.0 as usize]
    }

    pub fn pkg_mut(&mut self, p: PkgId) -> &mut Package {
        &mut self.pkgs[p.0 as usize]
    }

    pub fn new_package(&mut self, path: &str, name: Name) -> PkgId {
        let scope = self.new_scope(Some(self.universe.scope), Pos::NONE, Pos::NONE, "package");
        let id = PkgId(self.pkgs.len() as u32);
        self.pkgs.push(Package {
            path: path.to_string(),
            name,
            scope,
            imports: Vec::new(),
            complete: false,
            fake: false,
        });
        self.pkg_by_path.insert(path.to_string(), id);
        id
    }

    pub fn next_tparam_id(&mut self) -> u32 {
        let id = self.next_tparam_id;
        self.next_tparam_id += 1;
        id
    }

    // -- type constructors -----------------------------------------------------

    pub fn new_pointer(&mut self, elem: TypeId) -> TypeId {
        self.new_type(Type::Pointer(elem))
    }
    pub fn new_slice(&mut self, elem: TypeId) -> TypeId {
        self.new_type(Type::Slice(elem))
    }
    pub fn new_array(&mut self, elem: TypeId, len: i64) -> TypeId {
        self.new_type(Type::Array { len, elem })
    }
    pub fn new_map(&mut self, key: TypeId, elem: TypeId) -> TypeId {
        self.new_type(Type::Map { key, elem })
    }
    pub fn new_chan(&mut self, dir: ChanDir, elem: TypeId) -> TypeId {
        self.new_type(Type::Chan { dir, elem })
    }
    pub fn new_tuple(&mut self, vars: Vec<ObjId>) -> TypeId {
        if vars.is_empty() {
            return self.universe.empty_tuple;
        }
        self.new_type(Type::Tuple(vars))
    }

    /// A tuple of fresh unnamed variables of the given types (results of
    /// builtins, instantiations).
    pub fn new_tuple_of(&mut self, types: &[TypeId]) -> TypeId {
        let vars: Vec<ObjId> = types
            .iter()
            .map(|&t| self.new_var(VarKind::ResultVar, Pos::NONE, None, Name::intern(""), t))
            .collect();
        self.new_tuple(vars)
    }

    /// A signature without receiver or type parameters.
    pub fn new_signature(&mut self, params: TypeId, results: TypeId, variadic: bool) -> TypeId {
        self.new_type(Type::Signature(Signature {
            rparams: Vec::new(),
            tparams: Vec::new(),
            recv: None,
            params,
            results,
            variadic,
            scope: None,
        }))
    }

    // -- structure ---------------------------------------------------------------

    /// The elements of a tuple (empty for a non-tuple).
    pub fn tuple(&self, t: TypeId) -> &[ObjId] {
        match self.ty(t) {
            Type::Tuple(v) => v,
            _ => &[],
        }
    }

    pub fn tuple_len(&self, t: TypeId) -> usize {
        self.tuple(t).len()
    }

    pub fn signature(&self, t: TypeId) -> Option<&Signature> {
        match self.ty(t) {
            Type::Signature(s) => Some(s),
            _ => None,
        }
    }

    pub fn named(&self, t: TypeId) -> Option<&Named> {
        match self.ty(t) {
            Type::Named(n) => Some(n),
            _ => None,
        }
    }

    pub fn basic_kind(&self, t: TypeId) -> Option<BasicKind> {
        match self.ty(t) {
            Type::Basic(b) => Some(b.kind),
            _ => None,
        }
    }

    /// Follows alias chains to the aliased type (go/types' Unalias).
    pub fn unalias(&self, mut t: TypeId) -> TypeId {
        for _ in 0..1000 {
            match self.ty(t) {
                Type::Alias(a) => match a.rhs {
                    Some(r) => t = r,
                    None => return self.universe.invalid,
                },
                _ => return t,
            }
        }
        self.universe.invalid
    }

    /// The underlying type (go/types' under): for a named type its resolved
    /// underlying type, for a type parameter its constraint interface, for
    /// an alias the underlying of the aliased type, else the type itself.
    /// An unresolved named type (still being declared, or an instance not
    /// yet expanded) gives `invalid`; the checker expands instances before
    /// asking (see `Checker::under`).
    pub fn under(&self, t: TypeId) -> TypeId {
        let t = self.unalias(t);
        match self.ty(t) {
            Type::Named(n) => match n.underlying {
                Some(u) => self.unalias(u),
                None => self.resolve_rhs(n.from_rhs),
            },
            Type::TypeParam(tp) => tp
                .bound
                .map(|b| self.under(b))
                .unwrap_or(self.universe.invalid),
            _ => t,
        }
    }

    /// Follows a declaration's right-hand side through named types and
    /// aliases to the underlying type, without memoizing (the checker's
    /// `under` memoizes). Invalid while a declaration or an instance's
    /// expansion is incomplete, and on a cycle.
    fn resolve_rhs(&self, mut rhs: Option<TypeId>) -> TypeId {
        for _ in 0..100 {
            let Some(r) = rhs else {
                return self.universe.invalid;
            };
            let r = self.unalias(r);
            match self.ty(r) {
                Type::Named(n) => match n.underlying {
                    Some(u) => return self.unalias(u),
                    None if !n.targs.is_empty() => return self.universe.invalid,
                    None => rhs = n.from_rhs,
                },
                _ => return r,
            }
        }
        self.universe.invalid
    }

    /// Whether `t` is not the invalid type. An alias whose declaration is
    /// still in progress counts as valid, as in types2 (whose unalias then
    /// yields nil): a type may refer to it through a cycle.
    pub fn is_valid(&self, mut t: TypeId) -> bool {
        for _ in 0..1000 {
            match self.ty(t) {
                Type::Alias(a) => match a.rhs {
                    Some(r) => t = r,
                    None => return true,
                },
                _ => return t != self.universe.invalid,
            }
        }
        false
    }

    /// The object that names `t`, for named types, aliases and type parameters.
    pub fn type_name_of(&self, t: TypeId) -> Option<ObjId> {
        match self.ty(t) {
            Type::Named(n) => Some(n.obj),
            Type::Alias(a) => Some(a.obj),
            Type::TypeParam(p) => Some(p.obj),
            _ => None,
        }
    }
}
