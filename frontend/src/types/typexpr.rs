//! Identifiers and type expressions (typexpr.go).

use crate::name::Name;
use crate::syntax::ast::{self, Expr, ExprKind};

use super::*;

impl<'a> Checker<'a> {
    /// Resolves identifier `e` (named `name`) into `x`, recording its use
    /// (types2 ident). `want_type` says a type is expected.
    pub fn ident(
        &mut self,
        x: &mut Operand<'a>,
        e: &'a Expr,
        name: Name,
        _def: Option<TypeId>,
        want_type: bool,
    ) {
        x.invalidate();
        x.expr = Some(e);
        x.typ = self.invalid();

        let found = self.prog.lookup_parent(self.scope(), name, e.pos());
        let Some((scope, obj)) = found else {
            if name.is_blank() {
                self.error(e.pos(), "cannot use _ as value or type");
            } else if !name.as_str().is_empty() {
                self.error(e.pos(), format!("undefined: {name}"));
            }
            return;
        };
        self.record_use(e.id, obj);

        let got_type = matches!(self.prog.obj(obj).kind, ObjKind::TypeName);
        if !got_type && want_type {
            let kind = self.object_kind(obj);
            self.error(e.pos(), format!("{name} ({kind}) is not a type"));
            if self.prog.obj(obj).is_var() && self.prog.obj(obj).pkg == Some(self.pkg) {
                self.used_vars.insert(obj);
            }
            return;
        }

        // Type-check the object's declaration if needed (and, for a type
        // of this package wanted as a type, make sure its declaration has
        // started so that its methods are collected).
        if self.prog.obj(obj).typ.is_none()
            || (got_type && want_type && self.prog.obj(obj).pkg == Some(self.pkg))
        {
            self.obj_decl(obj, None);
        }
        let typ = self.prog.obj_type(obj);

        if let Some(&pkg_name) = self.dot_import_map.get(&(scope, name)) {
            self.used_pkg_names.insert(pkg_name);
        }

        match self.prog.obj(obj).kind.clone() {
            ObjKind::PkgName { .. } => {
                self.error(e.pos(), format!("use of package {name} not in selector"));
                return;
            }
            ObjKind::Const { val } => {
                self.add_decl_dep(obj);
                if !self.prog.is_valid(typ) {
                    return;
                }
                if obj == self.prog.universe.iota {
                    let Some(iota) = self.env.iota.clone() else {
                        self.error(e.pos(), "cannot use iota outside constant declaration");
                        return;
                    };
                    x.val = Some(iota);
                } else {
                    x.val = Some(val);
                }
                x.mode = Mode::Constant;
            }
            ObjKind::TypeName => x.mode = Mode::TypExpr,
            ObjKind::Var { .. } => {
                if self.prog.obj(obj).pkg == Some(self.pkg) {
                    self.used_vars.insert(obj);
                }
                self.add_decl_dep(obj);
                if !self.prog.is_valid(typ) {
                    return;
                }
                x.mode = Mode::Variable;
            }
            ObjKind::Func { .. } => {
                self.add_decl_dep(obj);
                x.mode = Mode::Value;
            }
            ObjKind::Builtin(b) => {
                x.builtin = Some(b);
                x.mode = Mode::Builtin;
            }
            ObjKind::Nil => x.mode = Mode::NilValue,
            ObjKind::Label => return,
        }
        x.typ = typ;
    }

    /// types2's objectKind: "constant", "type", "variable", ... for messages.
    pub fn object_kind(&self, obj: ObjId) -> &'static str {
        let o = self.prog.obj(obj);
        match o.kind {
            ObjKind::PkgName { .. } => "package name",
            ObjKind::Const { .. } => "constant",
            ObjKind::TypeName => {
                if self.prog.is_alias_name(obj) {
                    "type alias"
                } else if o
                    .typ
                    .is_some_and(|t| matches!(self.prog.ty(t), Type::TypeParam(_)))
                {
                    "type parameter"
                } else {
                    "defined type"
                }
            }
            ObjKind::Var { kind, .. } => match kind {
                VarKind::PackageVar => "package-level variable",
                VarKind::LocalVar => "local variable",
                VarKind::RecvVar => "receiver",
                VarKind::ParamVar => "parameter",
                VarKind::ResultVar => "result variable",
                VarKind::FieldVar => "struct field",
            },
            ObjKind::Func { .. } => {
                if self.prog.is_method(obj) {
                    "method"
                } else {
                    "function"
                }
            }
            ObjKind::Label => "label",
            ObjKind::Builtin(_) => "built-in function",
            ObjKind::Nil => "untyped nil",
        }
    }

    pub fn typ(&mut self, e: &'a Expr) -> TypeId {
        self.declared_type(e, None)
    }

    pub fn var_type(&mut self, e: &'a Expr) -> TypeId {
        let t = self.declared_type(e, None);
        self.valid_var_type(e, t);
        t
    }

    /// Reports constraint interfaces used as ordinary types (types2 validVarType).
    pub fn valid_var_type(&mut self, e: &'a Expr, typ: TypeId) {
        if self.prog.is_type_param(typ) {
            return;
        }
        self.later(move |c| {
            let u = c.under(typ);
            if let Type::Interface(_) = c.prog.ty(u) {
                let ts = c.prog.interface_type_set(u);
                if !ts.is_method_set() {
                    let t = c.type_str(typ);
                    if ts.comparable {
                        c.soft_error(
                            e.pos(),
                            format!("cannot use type {t} outside a type constraint: interface is (or embeds) comparable"),
                        );
                    } else {
                        c.soft_error(
                            e.pos(),
                            format!("cannot use type {t} outside a type constraint: interface contains type constraints"),
                        );
                    }
                }
            }
        });
    }

    pub fn defined_type(&mut self, e: &'a Expr, def: Option<TypeId>) -> TypeId {
        let def_obj = def.and_then(|t| self.prog.type_name_of(t));
        self.declared_type(e, def_obj)
    }

    /// The type of `e`, which must not be generic; `def` is the type name
    /// being declared whose right-hand side `e` is (types2 declaredType).
    pub fn declared_type(&mut self, e: &'a Expr, def: Option<ObjId>) -> TypeId {
        let mut t = self.typ_internal(e, def);
        if self.prog.is_generic(t) {
            let ts = self.type_str(t);
            self.error(
                e.pos(),
                format!("cannot use generic type {ts} without instantiation"),
            );
            t = self.invalid();
        }
        self.record_type_and_value(e, Mode::TypExpr, t, None);
        t
    }

    /// A type that must be generic (types2 genericType): `cause` explains
    /// when it is not.
    pub fn generic_type_cause(&mut self, e: &'a Expr, cause: &mut String) -> TypeId {
        let mut t = self.typ_internal(e, None);
        if self.prog.is_valid(t) && !self.prog.is_generic(t) {
            *cause = format!("{} is not a generic type", self.type_str(t));
            t = self.invalid();
        }
        self.record_type_and_value(e, Mode::TypExpr, t, None);
        t
    }

    pub fn generic_type(&mut self, e: &'a Expr) -> TypeId {
        let mut cause = String::new();
        self.generic_type_cause(e, &mut cause)
    }

    fn not_a_type(&mut self, x: &Operand<'a>) {
        match x.mode {
            Mode::TypExpr | Mode::Invalid => {}
            Mode::NoValue => {
                let s = self.op_str(x);
                self.error(
                    x.expr.map(|e| e.pos()).unwrap_or_default(),
                    format!("{s} used as type"),
                );
            }
            _ => {
                let s = self.op_str(x);
                self.error(
                    x.expr.map(|e| e.pos()).unwrap_or_default(),
                    format!("{s} is not a type"),
                );
            }
        }
    }

    fn typ_internal(&mut self, e0: &'a Expr, def: Option<ObjId>) -> TypeId {
        let inv = self.invalid();
        match &e0.kind {
            ExprKind::Bad => inv,
            ExprKind::Ident(name) => {
                let mut x = Operand::invalid(self.prog);
                self.ident(&mut x, e0, *name, None, true);
                if x.mode == Mode::TypExpr {
                    return x.typ;
                }
                self.not_a_type(&x);
                inv
            }
            ExprKind::Selector { .. } => {
                let mut x = Operand::invalid(self.prog);
                self.selector(&mut x, e0, None, true);
                if x.mode == Mode::TypExpr {
                    return x.typ;
                }
                self.not_a_type(&x);
                inv
            }
            ExprKind::Index { x, indices, .. } => self.instantiated_type(x, indices),
            ExprKind::Paren(x) => self.declared_type(x, def),
            ExprKind::ArrayType {
                len: Some(len),
                elem,
                ..
            } => {
                let n = if let ExprKind::Ellipsis(None) = len.kind {
                    self.error(
                        e0.pos(),
                        "invalid use of [...] array (outside a composite literal)",
                    );
                    -1
                } else {
                    self.array_length(len)
                };
                let elem = self.var_type(elem);
                if n >= 0 {
                    self.prog.new_array(elem, n)
                } else {
                    inv
                }
            }
            ExprKind::ArrayType {
                len: None, elem, ..
            } => {
                let elem = self.var_type(elem);
                self.prog.new_slice(elem)
            }
            ExprKind::Ellipsis(_) => {
                self.error(e0.pos(), "invalid use of ...");
                inv
            }
            ExprKind::StructType(st) => self.struct_type(st),
            ExprKind::Star(x) => {
                let base = self.var_type(x);
                if !self.prog.is_valid(base) {
                    return inv;
                }
                self.prog.new_pointer(base)
            }
            ExprKind::FuncType(ft) => self.func_type(None, ft),
            ExprKind::InterfaceType(it) => self.interface_type(it, def),
            ExprKind::MapType { key, value } => {
                let k = self.var_type(key);
                let v = self.var_type(value);
                let t = self.prog.new_map(k, v);
                self.later(move |c| {
                    if !c.prog.comparable(k) {
                        let why = if c.prog.is_type_param(k) {
                            " (missing comparable constraint)"
                        } else {
                            ""
                        };
                        let ks = c.type_str(k);
                        c.error(key.pos(), format!("invalid map key type {ks}{why}"));
                    }
                });
                t
            }
            ExprKind::ChanType { dir, elem, .. } => {
                let d = match dir {
                    ast::ChanDir::Both => ChanDir::SendRecv,
                    ast::ChanDir::Send => ChanDir::SendOnly,
                    ast::ChanDir::Recv => ChanDir::RecvOnly,
                };
                let elem = self.var_type(elem);
                self.prog.new_chan(d, elem)
            }
            _ => {
                let s = self.expr_str(e0);
                self.error(e0.pos(), format!("{s} is not a type"));
                self.use_exprs(std::slice::from_ref(e0));
                inv
            }
        }
    }

    /// `G[T1, T2]` as a type (types2 instantiatedType).
    fn instantiated_type(&mut self, x: &'a Expr, xlist: &'a [Expr]) -> TypeId {
        let inv = self.invalid();
        let mut cause = String::new();
        let typ = self.generic_type_cause(x, &mut cause);
        if !cause.is_empty() {
            let list: Vec<String> = xlist.iter().map(|e| self.expr_str(e)).collect();
            let xs = self.expr_str(x);
            self.error(
                x.pos(),
                format!("invalid operation: {xs}[{}] ({cause})", list.join(", ")),
            );
        }
        if !self.prog.is_valid(typ) {
            return typ;
        }
        let Some(targs) = self.type_list(xlist) else {
            return inv;
        };
        let inst = self.instance(x.pos(), typ, &targs);
        if !matches!(self.prog.ty(inst), Type::Named(_) | Type::Alias(_)) {
            return inv;
        }
        let pos = x.pos();
        self.later(move |c| {
            c.record_instance(x.id, targs.clone(), inst);
            let (name, tparams) = match c.prog.ty(inst) {
                Type::Named(n) => (c.prog.obj(n.obj).name, c.tparams_of(n.orig)),
                Type::Alias(a) => (c.prog.obj(a.obj).name, c.tparams_of(a.orig)),
                _ => return,
            };
            if c.validate_targ_len(pos, name.as_str(), tparams.len(), targs.len()) {
                if let Some((i, err)) = c.verify(pos, &tparams, &targs) {
                    let p = xlist.get(i).map(|e| e.pos()).unwrap_or(pos);
                    c.soft_error(p, err);
                } else {
                    let xpos: Vec<crate::source::Pos> = xlist.iter().map(|e| e.span.lo).collect();
                    c.mono_record_instance(pos, &tparams, &targs, &xpos);
                }
            }
        });
        inst
    }

    /// Type parameters of a generic named type or alias (its origin's).
    pub fn tparams_of(&self, t: TypeId) -> Vec<TypeId> {
        match self.prog.ty(t) {
            Type::Named(n) => match self.prog.ty(n.orig) {
                Type::Named(o) => o.tparams.clone(),
                _ => Vec::new(),
            },
            Type::Alias(a) => match self.prog.ty(a.orig) {
                Type::Alias(o) => o.tparams.clone(),
                _ => Vec::new(),
            },
            Type::Signature(s) => s.tparams.clone(),
            _ => Vec::new(),
        }
    }

    /// The value of a constant array length expression, -1 if invalid
    /// (types2 arrayLength).
    pub fn array_length(&mut self, e: &'a Expr) -> i64 {
        if let ExprKind::Ident(name) = e.kind {
            match self.lookup(name, e.pos()) {
                None => {
                    self.error(
                        e.pos(),
                        format!("undefined array length {name} or missing type constraint"),
                    );
                    return -1;
                }
                Some(o) => {
                    if !matches!(self.prog.obj(o).kind, ObjKind::Const { .. }) {
                        self.error(e.pos(), format!("invalid array length {name}"));
                        return -1;
                    }
                }
            }
        }
        let mut x = Operand::invalid(self.prog);
        self.expr(None, &mut x, e);
        if x.mode != Mode::Constant {
            if x.is_valid() {
                let s = self.op_str(&x);
                self.error(e.pos(), format!("array length {s} must be constant"));
            }
            return -1;
        }
        if self.prog.is_untyped(x.typ) || self.prog.is_integer(x.typ) {
            let v = x.val().to_int();
            if v.kind() == crate::constant::Kind::Int {
                let int_t = self.prog.universe.basic(BasicKind::Int);
                if self.prog.representable_const(&v, int_t).is_some()
                    && let Some(n) = v.int64_val()
                    && n >= 0
                {
                    return n;
                }
            }
        }
        let s = self.op_str(&x);
        if self.prog.is_integer(x.typ) {
            self.error(e.pos(), format!("invalid array length {s}"));
        } else {
            self.error(e.pos(), format!("array length {s} must be integer"));
        }
        -1
    }

    pub fn type_list(&mut self, list: &'a [Expr]) -> Option<Vec<TypeId>> {
        let mut res = Some(Vec::with_capacity(list.len()));
        for x in list {
            let t = self.var_type(x);
            if !self.prog.is_valid(t) {
                res = None;
            }
            if let Some(r) = &mut res {
                r.push(t);
            }
        }
        res
    }
}
