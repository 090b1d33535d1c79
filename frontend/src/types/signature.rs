//! Function signatures (signature.go).

use crate::name::Name;
use crate::source::Pos;
use crate::syntax::ast::{self, Expr, ExprKind};

use super::*;

impl<'a> Checker<'a> {
    pub fn func_type(
        &mut self,
        recv: Option<&'a ast::FieldList>,
        ftyp: &'a ast::FuncType,
    ) -> TypeId {
        let sig = self.new_empty_signature();
        self.func_type_into(sig, recv, ftyp);
        sig
    }

    /// Fills in signature `sig` (types2 funcType). The parameters, results
    /// and receiver are declared in a new function scope spanning the
    /// signature (function declarations widen it to the body).
    pub fn func_type_into(
        &mut self,
        sig: TypeId,
        recv: Option<&'a ast::FieldList>,
        ftyp: &'a ast::FuncType,
    ) {
        let scope = self.open_scope(None, ftyp.span.lo, ftyp.span.hi, "function");
        self.prog.scope_mut(scope).is_func = true;

        let mut recv_var = None;
        let mut rparams = Vec::new();
        let recv_field = recv.and_then(|r| r.list.first());
        if let Some(rf) = recv_field {
            let (v, rp) = self.collect_recv(rf, ftyp.span.lo);
            recv_var = Some(v);
            rparams = rp;
        }
        let tparams = match &ftyp.tparams {
            Some(list) if !list.list.is_empty() => self.collect_type_params(list),
            _ => Vec::new(),
        };
        let (pnames, params, variadic) = self.collect_params(VarKind::ParamVar, Some(&ftyp.params));
        let (rnames, results, _) = self.collect_params(VarKind::ResultVar, ftyp.results.as_ref());

        // Parameters are visible after the signature.
        let scope_pos = ftyp.span.hi;
        if let (Some(v), Some(rf)) = (recv_var, recv_field)
            && let Some(name) = rf.names.first()
            && !name.name.as_str().is_empty()
        {
            self.declare(scope, Some(name), v, scope_pos);
        }
        for (n, p) in pnames.into_iter().zip(params.iter()) {
            if let Some(n) = n {
                self.declare(scope, Some(n), *p, scope_pos);
            }
        }
        for (n, p) in rnames.into_iter().zip(results.iter()) {
            if let Some(n) = n {
                self.declare(scope, Some(n), *p, scope_pos);
            }
        }
        let params = self.prog.new_tuple(params);
        let results = self.prog.new_tuple(results);
        if let Type::Signature(s) = self.prog.ty_mut(sig) {
            s.recv = recv_var;
            s.rparams = rparams;
            s.tparams = tparams;
            s.params = params;
            s.results = results;
            s.variadic = variadic;
            s.scope = Some(scope);
        }
        self.close_scope();
    }

    /// The receiver variable and, for a generic receiver type, the
    /// receiver's type parameters (types2 collectRecv).
    fn collect_recv(&mut self, rparam: &'a ast::Field, scope_pos: Pos) -> (ObjId, Vec<TypeId>) {
        let inv = self.invalid();
        let (rptr, rbase, rtparams) = self.unpack_recv_params(&rparam.typ);
        let mut recv_type = inv;
        let mut rparams = Vec::new();
        match rtparams {
            None => {
                recv_type = self.var_type(&rparam.typ);
                // A method may not be declared on an alias of an instance.
                let mut a = self.unpointer(recv_type);
                while let Type::Alias(al) = self.prog.ty(a) {
                    let base = self.unpointer(al.rhs.unwrap_or(inv));
                    let generic = match self.prog.ty(base) {
                        Type::Named(n) => !self.tparams_of(n.orig).is_empty(),
                        Type::Alias(x) => !x.tparams.is_empty() || !x.targs.is_empty(),
                        _ => false,
                    };
                    if generic {
                        let g = self.type_str(base);
                        self.error(
                            rbase.pos(),
                            format!("cannot define new methods on instantiated type {g}"),
                        );
                        recv_type = inv;
                        break;
                    }
                    if base == a {
                        break;
                    }
                    a = base;
                }
            }
            Some(names) => {
                let mut base_type = None;
                let mut cause = String::new();
                let t = self.generic_type_cause(rbase, &mut cause);
                if self.prog.is_valid(t) {
                    match self.prog.ty(t) {
                        Type::Named(_) => base_type = Some(t),
                        Type::Alias(_) => {
                            let ts = self.type_str(t);
                            self.error(
                                rbase.pos(),
                                format!("cannot define new methods on generic alias type {ts}"),
                            );
                        }
                        _ => {}
                    }
                } else if !cause.is_empty() {
                    self.error(rbase.pos(), cause);
                }
                for (i, n) in names.iter().enumerate() {
                    // A parameter that is not an identifier was reported;
                    // it declares a blank one.
                    let name = n.as_ident().unwrap_or_else(|| Name::intern("_"));
                    let tp = self.declare_type_param_at(n.id, n.pos(), name, i as u32, scope_pos);
                    if let Some(o) = self.prog.type_name_of(tp) {
                        self.record_use(n.id, o);
                    }
                    self.record_type_and_value(n, Mode::TypExpr, tp, None);
                    rparams.push(tp);
                }
                if let Some(bt) = base_type {
                    let base_tparams = self.tparams_of(bt);
                    if rparams.len() == base_tparams.len() {
                        let smap = SubstMap::new(&base_tparams, &rparams);
                        for (&rp, &bp) in rparams.iter().zip(&base_tparams) {
                            self.mono_record_canon(rp, bp);
                        }
                        for (i, &rp) in rparams.iter().enumerate() {
                            let bb = match self.prog.ty(base_tparams[i]) {
                                Type::TypeParam(p) => p.bound,
                                _ => None,
                            };
                            let b = bb.map(|b| self.prog.subst(b, &smap));
                            if let Type::TypeParam(p) = self.prog.ty_mut(rp) {
                                p.bound = b;
                            }
                        }
                    } else {
                        let got = measure(rparams.len(), "type parameter");
                        self.error(
                            rbase.pos(),
                            format!(
                                "receiver declares {got}, but receiver base type declares {}",
                                base_tparams.len()
                            ),
                        );
                    }
                    let inst = self.instance(rparam.typ.pos(), bt, &rparams);
                    self.record_instance(rbase.id, rparams.clone(), inst);
                    recv_type = inst;
                    if rptr && self.prog.is_valid(recv_type) {
                        recv_type = self.prog.new_pointer(recv_type);
                    }
                    self.record_paren_recv_types(&rparam.typ, recv_type);
                }
            }
        }
        let recv = match rparam.names.first() {
            Some(n) if !n.name.as_str().is_empty() => {
                self.prog
                    .new_var(VarKind::RecvVar, n.pos, Some(self.pkg), n.name, recv_type)
            }
            _ => self.prog.new_var(
                VarKind::RecvVar,
                rparam.span.lo,
                Some(self.pkg),
                Name::intern(""),
                recv_type,
            ),
        };
        self.later(move |c| c.valid_recv(rbase, recv));
        (recv, rparams)
    }

    /// Receiver type split into pointer-ness, base type name expression and
    /// its type parameter names (as expressions), if written with brackets
    /// (types2 unpackRecv with unpackParams).
    fn unpack_recv_params(&mut self, rtyp: &'a Expr) -> (bool, &'a Expr, Option<Vec<&'a Expr>>) {
        let mut base = rtyp.unparen();
        let mut ptr = false;
        if let ExprKind::Star(x) = &base.kind {
            ptr = true;
            base = x.unparen();
        }
        if let ExprKind::Index { x, indices, .. } = &base.kind {
            for arg in indices {
                if !matches!(arg.kind, ExprKind::Ident(_) | ExprKind::Bad) {
                    let s = self.expr_str(arg);
                    self.error(
                        arg.pos(),
                        format!("receiver type parameter {s} must be an identifier"),
                    );
                }
            }
            return (ptr, x, Some(indices.iter().collect()));
        }
        (ptr, base, None)
    }

    fn record_paren_recv_types(&mut self, mut e: &'a Expr, mut typ: TypeId) {
        loop {
            self.record_type_and_value(e, Mode::TypExpr, typ, None);
            match &e.kind {
                ExprKind::Paren(x) => e = x,
                ExprKind::Star(x) => {
                    e = x;
                    match self.prog.ty(typ) {
                        Type::Pointer(b) => typ = *b,
                        _ => return,
                    }
                }
                _ => return,
            }
        }
    }

    pub(crate) fn unpointer(&self, mut t: TypeId) -> TypeId {
        while let Type::Pointer(b) = self.prog.ty(t) {
            t = *b;
        }
        t
    }

    /// Parameters or results: the declaring names (None for unnamed) and
    /// the variables (types2 collectParams).
    fn collect_params(
        &mut self,
        kind: VarKind,
        list: Option<&'a ast::FieldList>,
    ) -> (Vec<Option<&'a ast::Ident>>, Vec<ObjId>, bool) {
        let mut names = Vec::new();
        let mut params = Vec::new();
        let mut variadic = false;
        let Some(list) = list else {
            return (names, params, variadic);
        };
        let n = list.list.len();
        for (i, field) in list.list.iter().enumerate() {
            let mut ftype = &field.typ;
            if let ExprKind::Ellipsis(Some(elem)) = &field.typ.kind {
                ftype = elem;
                if kind == VarKind::ParamVar && i == n - 1 && field.names.len() <= 1 {
                    variadic = true;
                } else {
                    self.error(field.typ.pos(), "invalid use of ...");
                }
            }
            let typ = self.var_type(ftype);
            if field.names.is_empty() {
                let par =
                    self.prog
                        .new_var(kind, field.span.lo, Some(self.pkg), Name::intern(""), typ);
                names.push(None);
                params.push(par);
            } else {
                for name in &field.names {
                    let par = self
                        .prog
                        .new_var(kind, name.pos, Some(self.pkg), name.name, typ);
                    names.push(Some(name));
                    params.push(par);
                }
            }
        }
        if variadic && let Some(&last) = params.last() {
            let elem = self.prog.obj_type(last);
            let st = self.prog.new_slice(elem);
            self.prog.obj_mut(last).typ = Some(st);
            if let Some(f) = list.list.last() {
                self.record_type_and_value(&f.typ, Mode::TypExpr, st, None);
            }
        }
        (names, params, variadic)
    }

    /// Checks that a method's receiver type is a local defined type that is
    /// not a pointer or interface (types2 validRecv).
    fn valid_recv(&mut self, rbase: &'a Expr, recv: ObjId) {
        let pos = rbase.pos();
        let rt = self.prog.obj_type(recv);
        let rtyp = match self.prog.ty(self.prog.unalias(rt)) {
            Type::Pointer(b) => *b,
            _ => rt,
        };
        let atyp = self.prog.unalias(rtyp);
        if !self.prog.is_valid(atyp) {
            return;
        }
        match self.prog.ty(atyp) {
            Type::Named(n) => {
                let obj = n.obj;
                if self.prog.obj(obj).pkg != Some(self.pkg) {
                    let s = self.type_str(rtyp);
                    self.error(
                        pos,
                        format!("cannot define new methods on non-local type {s}"),
                    );
                    return;
                }
                let u = self.under(atyp);
                let cause = match self.prog.ty(u) {
                    Type::Basic(b) if b.kind == BasicKind::UnsafePointer => "unsafe.Pointer",
                    Type::Pointer(_) | Type::Interface(_) => "pointer or interface type",
                    _ => "",
                };
                if !cause.is_empty() {
                    let s = self.type_str(rtyp);
                    self.error(pos, format!("invalid receiver type {s} ({cause})"));
                }
            }
            Type::Basic(_) => {
                let s = self.type_str(rtyp);
                self.error(
                    pos,
                    format!("cannot define new methods on non-local type {s}"),
                );
            }
            _ => {
                let s = self.type_str(rt);
                self.error(pos, format!("invalid receiver type {s}"));
            }
        }
    }
}

/// "1 type parameter", "2 type parameters" (types2 measure).
pub fn measure(n: usize, unit: &str) -> String {
    if n == 1 {
        format!("{n} {unit}")
    } else {
        format!("{n} {unit}s")
    }
}
