//! Calls, arguments, selectors, generic function instances (call.go,
//! errsupport.go).
//!
//! A call `f(args)` is a conversion if `f` is a type, a builtin call, or a
//! function call. The arguments of a call are checked together with the
//! callee's signature: a single multi-valued argument spreads over the
//! parameters, a variadic signature is adjusted to the number of
//! arguments, and the type arguments of a generic callee (and of generic
//! function arguments, Go 1.21) are inferred from the arguments in one
//! inference problem. A generic function value assigned to a variable of
//! function type is instantiated from that type ("reverse" inference).
//!
//! Instantiations are verified against their constraints later (after
//! the enclosing declaration), since the constraints may not be complete.

use crate::name::Name;
use crate::source::Pos;
use crate::syntax::ast::{Expr, ExprKind};

use super::expr::{
    INVALID_OP, ModeSet, allow_version, at, dummy_name, instantiated_ident, operand_pos,
    syntax_pos, verify_version,
};
use super::*;

impl<'a> Checker<'a> {
    /// Instantiates generic function `x` (types2 funcInst). `inst` is an
    /// index expression providing some or all type arguments; `t` a target
    /// signature to infer missing ones from (at least one of both is
    /// given). With `infer`, missing type arguments are inferred and `x`
    /// is instantiated; without, an incomplete list of type arguments is
    /// returned and `x` left alone. Errors are reported and invalidate
    /// `x`; the result is None except in that partial case.
    pub(crate) fn func_inst(
        &mut self,
        t: Option<&Target>,
        pos: Pos,
        x: &mut Operand<'a>,
        inst: Option<&'a Expr>,
        infer: bool,
    ) -> Option<Vec<TypeId>> {
        let inst_err_pos = match inst {
            Some(inst) => {
                x.expr = Some(inst); // else keep the existing expression
                syntax_pos(inst)
            }
            None => pos,
        };
        let version_err = !verify_version(self, inst_err_pos, 18, "function instantiation");

        // the type arguments and their expressions, if any
        let mut targs: Vec<TypeId> = Vec::new();
        let mut xlist: &'a [Expr] = &[];
        if let Some(ExprKind::Index { indices, .. }) = inst.map(|e| &e.kind) {
            xlist = indices;
            match self.type_list(xlist) {
                Some(t) => targs = t,
                None => {
                    x.invalidate();
                    return None;
                }
            }
        }

        // The number of type arguments (got) vs type parameters (want). x
        // is a function value, not a type: no underlying type needed.
        let Some(sig) = self.prog.signature(x.typ).cloned() else {
            x.invalidate();
            return None;
        };
        let (got, want) = (targs.len(), sig.tparams.len());
        if got > want {
            // Too many type arguments is always an error.
            let p = xlist
                .get(got - 1)
                .map(|e| e.span.lo)
                .unwrap_or(inst_err_pos);
            self.error(p, format!("got {got} type arguments but want {want}"));
            x.invalidate();
            return None;
        }

        if got < want {
            if !infer {
                return Some(targs);
            }

            // Used in an assignment (target t), the function is treated as
            // the argument of a call g(tvar) of the synthetic generic
            // function func g[tparams of x](func type of x), with tvar of
            // the target type.
            let mut args: Vec<Operand<'a>> = Vec::new();
            let mut params: Vec<ObjId> = Vec::new();
            let mut reverse = false;
            if let Some(t) = t
                && !sig.tparams.is_empty()
            {
                if !version_err && !allow_version(self, 21) {
                    let what = if inst.is_some() {
                        "partially instantiated function in assignment"
                    } else {
                        "implicitly instantiated function in assignment"
                    };
                    verify_version(self, inst_err_pos, 21, what);
                }
                let gsig = self
                    .prog
                    .new_signature(sig.params, sig.results, sig.variadic);
                let xpos = operand_pos(x);
                params.push(self.prog.new_var(
                    VarKind::ParamVar,
                    xpos,
                    Some(self.pkg),
                    Name::intern(""),
                    gsig,
                ));
                // A pseudo-expression for the target, for inference errors.
                args.push(Operand {
                    mode: Mode::Value,
                    expr: Some(dummy_name(xpos, &t.desc)),
                    typ: t.sig,
                    val: None,
                    builtin: None,
                });
                reverse = true;
            }

            // Rename the type parameters against recursive instantiations.
            let params = self.prog.new_tuple(params);
            let (tparams, params) = rename_tparams(self, &sig.tparams, params);
            match self.infer(pos, &tparams, targs, params, &args, reverse) {
                Some(t) if t.len() == want => targs = t,
                _ => {
                    x.invalidate();
                    return None;
                }
            }
        }

        // instantiate the function signature
        let expr = x.expr.unwrap_or_else(|| dummy_name(pos, ""));
        let isig = self.instantiate_signature(operand_pos(x), expr, x.typ, targs, xlist);
        x.typ = isig;
        x.mode = Mode::Value;
        None
    }

    /// The instance of generic signature `typ` for `targs` (whose count is
    /// right), recorded for `expr`; the constraints are verified later
    /// (go.dev/issue/50450), errors reported at the corresponding type
    /// argument expression of `xlist` if any, else at `pos` (types2
    /// instantiateSignature).
    pub(crate) fn instantiate_signature(
        &mut self,
        pos: Pos,
        expr: &'a Expr,
        typ: TypeId,
        targs: Vec<TypeId>,
        xlist: &'a [Expr],
    ) -> TypeId {
        let inst = self.instance(pos, typ, &targs);
        if let Some(id) = instantiated_ident(expr) {
            self.record_instance(id, targs.clone(), inst);
        }
        let tparams = self
            .prog
            .signature(typ)
            .map(|s| s.tparams.clone())
            .unwrap_or_default();
        self.later(move |check| {
            if let Some((i, msg)) = check.verify(pos, &tparams, &targs) {
                let pos = xlist.get(i).map(|e| e.span.lo).unwrap_or(pos);
                check.soft_error(pos, msg);
            } else {
                let xpos: Vec<Pos> = xlist.iter().map(|e| e.span.lo).collect();
                check.mono_record_instance(pos, &tparams, &targs, &xpos);
            }
        });
        inst
    }

    /// Checks a call or conversion expression (types2 callExpr).
    pub fn call_expr(&mut self, x: &mut Operand<'a>, call: &'a Expr) -> ExprClass {
        let ExprKind::Call {
            fun,
            args: arg_list,
            ellipsis,
            ..
        } = &call.kind
        else {
            x.invalidate();
            return ExprClass::Statement;
        };
        let fun: &'a Expr = fun;

        let mut inst: Option<&'a Expr> = None; // function instantiation, if any
        if let ExprKind::Index { .. } = fun.kind {
            if self.index_expr(x, fun) {
                // Instantiation waits for the arguments, to infer type
                // arguments from both.
                inst = Some(fun);
            }
            x.expr = Some(fun);
            self.record(x);
        } else {
            self.expr_or_type(x, fun, true);
        }
        // x.typ may be generic

        match x.mode {
            Mode::Invalid => {
                self.use_exprs(arg_list);
                x.expr = Some(call);
                return ExprClass::Statement;
            }
            Mode::TypExpr => {
                // conversion
                self.non_generic(None, x);
                if !x.is_valid() {
                    return ExprClass::Conversion;
                }
                let t = x.typ;
                x.invalidate();
                // We cannot convert to an incomplete type.
                if !self.is_complete(t) {
                    x.expr = Some(call);
                    return ExprClass::Conversion;
                }
                match arg_list.as_slice() {
                    [] => {
                        let ts = self.type_str(t);
                        self.error(
                            call.span.lo,
                            format!("missing argument in conversion to {ts}"),
                        );
                    }
                    [arg] => {
                        let target = self.new_target(Some(t), "conversion");
                        self.expr(target.as_ref(), x, arg);
                        if x.is_valid() {
                            let u = self.under(t);
                            if matches!(self.prog.ty(u), Type::Interface(_))
                                && !self.prog.is_type_param(t)
                                && !self.prog.interface_type_set(u).is_method_set()
                            {
                                let ts = self.type_str(t);
                                self.error(
                                    call.span.lo,
                                    format!("cannot use interface {ts} in conversion (contains specific type constraints or is comparable)"),
                                );
                            } else if ellipsis.is_some() {
                                let ts = self.type_str(t);
                                self.error(
                                    arg.span.lo,
                                    format!("invalid use of ... in conversion to {ts}"),
                                );
                            } else {
                                self.conversion(x, t);
                            }
                        }
                    }
                    [.., last] => {
                        self.use_exprs(arg_list);
                        let ts = self.type_str(t);
                        self.error(
                            last.span.lo,
                            format!("too many arguments in conversion to {ts}"),
                        );
                    }
                }
                x.expr = Some(call);
                return ExprClass::Conversion;
            }
            Mode::Builtin => {
                // no need to check for non-genericity here
                let Some(id) = x.builtin else {
                    x.invalidate();
                    x.expr = Some(call);
                    return ExprClass::Statement;
                };
                if !self.builtin(x, call, id) {
                    x.invalidate();
                }
                x.expr = Some(call);
                // a non-constant result implies a function call
                if x.is_valid() && x.mode != Mode::Constant {
                    self.env.has_call_or_recv = true;
                }
                return if id.is_statement() {
                    ExprClass::Statement
                } else {
                    ExprClass::Expression
                };
            }
            _ => {}
        }

        // An ordinary function or method call; the signature may be
        // generic. For a type parameter, all types in its type set must
        // have a common underlying signature.
        let res = self.common_under(x.typ, |check, tu| match tu {
            Some((t, u)) if !matches!(check.prog.ty(u), Type::Signature(_)) => {
                Some(format!("{} is not a function", check.type_str(t)))
            }
            _ => None,
        });
        let sig = match res {
            Ok(u) if matches!(self.prog.ty(u), Type::Signature(_)) => u,
            Ok(_) => {
                x.invalidate();
                x.expr = Some(call);
                return ExprClass::Statement;
            }
            Err(cause) => {
                let xs = self.op_str(x);
                self.error(at(x), format!("{INVALID_OP}cannot call {xs}: {cause}"));
                x.invalidate();
                x.expr = Some(call);
                return ExprClass::Statement;
            }
        };
        let mut sig = sig;
        let ntparams = |p: &Program, s: TypeId| p.signature(s).map_or(0, |s| s.tparams.len());

        // whether sig is generic before it is instantiated below
        let was_generic = ntparams(self.prog, sig) > 0;

        // evaluate type arguments, if any
        let mut xlist: &'a [Expr] = &[];
        let mut targs: Vec<TypeId> = Vec::new();
        if let Some(inst) = inst
            && let ExprKind::Index { indices, .. } = &inst.kind
        {
            xlist = indices;
            let Some(t) = self.type_list(xlist) else {
                self.use_exprs(arg_list);
                x.invalidate();
                x.expr = Some(call);
                return ExprClass::Statement;
            };
            targs = t;

            // check the number of type arguments (got) vs type parameters (want)
            let (got, want) = (targs.len(), ntparams(self.prog, sig));
            if got > want {
                let p = xlist.get(want).map(|e| e.span.lo).unwrap_or(call.span.lo);
                self.error(p, format!("got {got} type arguments but want {want}"));
                self.use_exprs(arg_list);
                x.invalidate();
                x.expr = Some(call);
                return ExprClass::Statement;
            }

            // With all type arguments given, instantiate the signature now
            // rather than inferring: the recorded type of the callee is then
            // accurate even if the arguments have errors.
            if got == want && want > 0 {
                verify_version(self, inst.span.lo, 18, "function instantiation");
                sig = self.instantiate_signature(syntax_pos(inst), inst, sig, targs, xlist);
                // the type arguments are consumed
                targs = Vec::new();
                xlist = &[];
            }
        }

        // evaluate arguments
        let (mut args, atargs) = self.generic_expr_list(arg_list);
        let targs: Vec<Option<TypeId>> = targs.into_iter().map(Some).collect();
        sig = self.arguments(call, sig, targs, xlist, &mut args, atargs);

        if was_generic && ntparams(self.prog, sig) == 0 {
            // the recorded type of the callee is its instance
            self.record_type_and_value(fun, Mode::Value, sig, None);
        }

        // determine the result
        let (results, sig_tparams) = match self.prog.signature(sig) {
            Some(s) => (s.results, s.tparams.clone()),
            None => (self.prog.universe.empty_tuple, Vec::new()),
        };
        let rvars = self.prog.tuple(results).to_vec();
        match rvars.as_slice() {
            [] => x.mode = Mode::NoValue,
            [r] => {
                x.mode = Mode::Value;
                let typ = self.prog.obj_type(*r);
                // We cannot return a value of an incomplete type.
                if !self.is_complete(typ) {
                    x.invalidate();
                    x.expr = Some(call);
                    return ExprClass::Statement;
                }
                x.typ = typ;
            }
            _ => {
                x.mode = Mode::Value;
                x.typ = results;
            }
        }
        x.expr = Some(call);
        self.env.has_call_or_recv = true;

        // If type inference failed, a parameterized result is invalid
        // (operands cannot have a parameterized type).
        if x.mode == Mode::Value
            && !sig_tparams.is_empty()
            && self.prog.is_parameterized(&sig_tparams, x.typ)
        {
            x.invalidate();
        }

        ExprClass::Statement
    }

    /// Like `expr_list`, but arguments may be uninstantiated or (from Go
    /// 1.21) partially instantiated generic functions, whose type arguments
    /// are inferred with the callee's: for those, the second result has
    /// the partial type arguments at the argument's index (types2
    /// genericExprList).
    pub(crate) fn generic_expr_list(
        &mut self,
        elist: &'a [Expr],
    ) -> (Vec<Operand<'a>>, Vec<Vec<TypeId>>) {
        // Before Go 1.21, generic arguments must be instantiated by funcInst.
        let infer = elist.is_empty() || !allow_version(self, 21);

        let mut res: Vec<Operand<'a>> = Vec::with_capacity(elist.len());
        let mut targs_list: Vec<Vec<TypeId>> = Vec::new();

        if let [e] = elist {
            // a single value (possibly a partially instantiated function),
            // or a multi-valued expression
            let mut x = Operand::invalid(self.prog);
            if matches!(e.kind, ExprKind::Index { .. }) && self.index_expr(&mut x, e) {
                // x is a generic function
                let pos = operand_pos(&x);
                match self.func_inst(None, pos, &mut x, Some(e), infer) {
                    Some(targs) => {
                        // not instantiated: collect the partial type arguments
                        targs_list.push(targs);
                        x.expr = Some(e);
                    }
                    // instantiated: record it here, as the usual
                    // expression evaluators were not used
                    None => self.record(&x),
                }
                res.push(x);
            } else {
                // not an instantiation (but maybe a generic function)
                self.raw_expr(None, &mut x, e, None, true);
                self.exclude(&mut x, ModeSet::VALUE_ONLY);
                if x.is_valid()
                    && let Type::Tuple(vars) = self.prog.ty(x.typ)
                {
                    // a call with several results; it cannot be generic
                    let vars = vars.clone();
                    for v in vars {
                        res.push(Operand {
                            mode: Mode::Value,
                            expr: Some(e),
                            typ: self.prog.obj_type(v),
                            val: None,
                            builtin: None,
                        });
                    }
                } else {
                    res.push(x);
                }
            }
        } else if elist.len() > 1 {
            targs_list = vec![Vec::new(); elist.len()];
            for (i, e) in elist.iter().enumerate() {
                let mut x = Operand::invalid(self.prog);
                if matches!(e.kind, ExprKind::Index { .. }) && self.index_expr(&mut x, e) {
                    let pos = operand_pos(&x);
                    match self.func_inst(None, pos, &mut x, Some(e), infer) {
                        Some(targs) => {
                            targs_list[i] = targs;
                            x.expr = Some(e);
                        }
                        None => self.record(&x),
                    }
                } else {
                    self.generic_expr(&mut x, e);
                }
                res.push(x);
            }
        }
        (res, targs_list)
    }

    /// Checks the arguments `args` of `call` against signature `sig`,
    /// which may be generic and partially instantiated (`targs`, from the
    /// expressions `xlist`); `atargs[i]` are the partial type arguments of
    /// a generic function argument. Infers missing type arguments of the
    /// callee and generic arguments together and instantiates them.
    /// Returns the (instantiated) signature, or `sig` after an error
    /// (types2 arguments).
    pub(crate) fn arguments(
        &mut self,
        call: &'a Expr,
        sig: TypeId,
        mut targs: Vec<Option<TypeId>>,
        xlist: &'a [Expr],
        args: &mut [Operand<'a>],
        atargs: Vec<Vec<TypeId>>,
    ) -> TypeId {
        let rsig = sig;
        let ExprKind::Call {
            fun,
            lparen,
            args: arg_list,
            ellipsis,
            ..
        } = &call.kind
        else {
            return rsig;
        };
        let Some(s) = self.prog.signature(sig).cloned() else {
            return rsig;
        };

        // Argument/parameter count requirements:
        //
        //               | standard call    | dotdotdot call |
        // --------------+------------------+----------------+
        // standard func | nargs == npars   | invalid        |
        // --------------+------------------+----------------+
        // variadic func | nargs >= npars-1 | nargs == npars |
        // --------------+------------------+----------------+
        let nargs = args.len();
        let params = self.prog.tuple(s.params).to_vec();
        let mut npars = params.len();
        let ddd = ellipsis.is_some();

        // the parameters, adjusted for variadic functions
        let mut sig_params = s.params;
        let mut adjusted = false;
        if s.variadic {
            if ddd {
                // variadic_func(a, b, c...)
                if arg_list.len() == 1 && nargs > 1 {
                    // f()... is not permitted if f() is multi-valued
                    let a0 = self.expr_str(&arg_list[0]);
                    self.error(
                        call.span.lo,
                        format!("cannot use ... with {nargs}-valued {a0}"),
                    );
                    return rsig;
                }
            } else if let Some((&last, fixed)) = params.split_last() {
                // variadic_func(a, b, c)
                if nargs >= npars - 1 {
                    // One parameter per argument mapping to the ... one.
                    let lo = self.prog.obj(last).clone();
                    let lt = self.prog.obj_type(last);
                    let elem = match self.prog.ty(lt) {
                        Type::Slice(e) => *e,
                        _ => lt,
                    };
                    let mut vars = fixed.to_vec();
                    while vars.len() < nargs {
                        vars.push(self.prog.new_var(
                            VarKind::ParamVar,
                            lo.pos,
                            lo.pkg,
                            lo.name,
                            elem,
                        ));
                    }
                    sig_params = self.prog.new_tuple(vars);
                    adjusted = true;
                    npars = nargs;
                } else {
                    // nargs < npars-1
                    npars -= 1; // for the error message below
                }
            }
        } else if ddd {
            // standard_func(a, b, c...)
            let fs = self.expr_str(fun);
            self.error(
                call.span.lo,
                format!("cannot use ... in call to non-variadic {fs}"),
            );
            return rsig;
        }

        // check the argument count
        if nargs != npars {
            let mut pos = call.span.lo;
            let mut qualifier = "not enough";
            if nargs > npars {
                pos = at(&args[npars]); // report at the first extra argument
                qualifier = "too many";
            } else if nargs > 0 {
                pos = at(&args[nargs - 1]); // report at the last argument
            }
            let have: Vec<TypeId> = args.iter().map(|a| a.typ).collect();
            let want: Vec<TypeId> = params.iter().map(|&v| self.prog.obj_type(v)).collect();
            let have = self.types_summary(&have, false, ddd);
            let want = self.types_summary(&want, s.variadic, false);
            let fs = self.expr_str(fun);
            self.error(
                pos,
                format!("{qualifier} arguments in call to {fs}\n\thave {have}\n\twant {want}"),
            );
            return rsig;
        }

        // the type parameters of the callee, renamed against recursive calls
        let n = s.tparams.len();
        let mut tparams: Vec<TypeId> = Vec::new();
        if n > 0 {
            if !allow_version(self, 18) {
                if matches!(fun.kind, ExprKind::Index { .. }) {
                    verify_version(self, fun.span.lo, 18, "function instantiation");
                } else {
                    verify_version(self, call.span.lo, 18, "implicit function instantiation");
                }
            }
            let (tp, sp) = rename_tparams(self, &s.tparams, sig_params);
            tparams = tp;
            sig_params = sp;
            targs.resize(tparams.len(), None);
        }
        targs.truncate(tparams.len());

        // the type parameters of generic function arguments
        let mut generic_args: Vec<usize> = Vec::new();
        for (i, arg) in args.iter_mut().enumerate() {
            // Generic arguments are never of a defined type.
            let Some(asig) = self.prog.signature(arg.typ).cloned() else {
                continue;
            };
            if asig.tparams.is_empty() {
                continue;
            }
            // A new type identity for each generic argument, so that f(g,
            // g) infers g's type arguments twice (go.dev/issue/59956); the
            // argument's own type (the function object's) is not changed
            // (go.dev/issue/63260).
            let (atparams, atyp) = rename_tparams(self, &asig.tparams, arg.typ);
            let atyp = fresh_signature(self.prog, arg.typ, atyp);
            if let Type::Signature(s) = self.prog.ty_mut(atyp) {
                s.tparams = atparams.clone();
            }
            arg.typ = atyp;
            tparams.extend_from_slice(&atparams);
            // the partial type arguments, if any
            if let Some(at) = atargs.get(i) {
                targs.extend(at.iter().map(|&t| Some(t)));
            }
            targs.resize(tparams.len(), None);
            generic_args.push(i);
        }

        // Only implicit instantiations of argument functions are supported.
        if let Some(&i) = generic_args.first() {
            verify_version(
                self,
                at(&args[i]),
                21,
                "implicitly instantiated function as argument",
            );
        }

        // tparams holds the callee's type parameters (the first n), then
        // those of each generic function argument.

        // infer missing type arguments of callee and function arguments
        let mut sig_out = rsig;
        if !tparams.is_empty() {
            let inferred = match self.infer_call(*lparen, fun, &tparams, &targs, sig_params, args) {
                Some(t) if t.len() == tparams.len() => t,
                _ => return rsig,
            };

            // instantiate the callee if needed
            if n > 0 {
                sig_out =
                    self.instantiate_signature(*lparen, fun, sig, inferred[..n].to_vec(), xlist);
                // An adjusted parameter list is instantiated separately;
                // otherwise the instance's parameters are the ones.
                if adjusted {
                    let smap = SubstMap::new(&tparams[..n], &inferred[..n]);
                    sig_params = self.prog.subst(sig_params, &smap);
                } else if let Some(s) = self.prog.signature(sig_out) {
                    sig_params = s.params;
                }
            }

            // instantiate generic function arguments
            let mut j = n;
            for &i in &generic_args {
                let k = j + self
                    .prog
                    .signature(args[i].typ)
                    .map_or(0, |s| s.tparams.len());
                let Some(ta) = inferred.get(j..k) else { break };
                let expr = args[i].expr.unwrap_or(call);
                let typ = args[i].typ;
                args[i].typ = self.instantiate_signature(*lparen, expr, typ, ta.to_vec(), &[]);
                // recorded here as the usual expression evaluators were not used
                self.record(&args[i]);
                j = k;
            }
        }

        // check the arguments
        if !args.is_empty() {
            let context = format!("argument to {}", self.expr_str(fun));
            let pvars = self.prog.tuple(sig_params).to_vec();
            for (i, a) in args.iter_mut().enumerate() {
                let pt = pvars.get(i).map(|&v| self.prog.obj_type(v));
                self.assignment(a, Some(pt.unwrap_or(self.prog.universe.invalid)), &context);
            }
        }

        sig_out
    }

    /// Checks a selector `x.sel` (field, method, or qualified identifier
    /// `pkg.Name`), recording the selection; `def` and `want_type` as in
    /// typexpr's ident (types2 selector).
    pub fn selector(
        &mut self,
        x: &mut Operand<'a>,
        e: &'a Expr,
        _def: Option<TypeId>,
        want_type: bool,
    ) {
        let ExprKind::Selector { x: xe, sel } = &e.kind else {
            x.invalidate();
            return;
        };
        if self.selector_inner(x, e, xe, sel, want_type) {
            x.expr = Some(e);
            return;
        }
        x.invalidate();
        x.typ = self.invalid();
        x.expr = Some(e);
    }

    /// The body of `selector`; false after an error.
    fn selector_inner(
        &mut self,
        x: &mut Operand<'a>,
        e: &'a Expr,
        xe: &'a Expr,
        sel: &'a crate::syntax::ast::Ident,
        want_type: bool,
    ) -> bool {
        let name = sel.name;
        // A package name is handled here, as package names can only appear
        // in qualified identifiers: there is no "package" operand mode.
        if let ExprKind::Ident(pname) = xe.kind
            && let Some(obj) = self.lookup(pname, Pos::NONE)
            && let ObjKind::PkgName { imported } = self.prog.obj(obj).kind
        {
            self.record_use(xe.id, obj);
            self.used_pkg_names.insert(obj);
            let pkg_scope = self.prog.pkg(imported).scope;
            let Some(exp) = self.prog.scope_lookup(pkg_scope, name) else {
                if !self.prog.pkg(imported).fake && is_valid_name(name.as_str()) {
                    let es = self.expr_str(e);
                    // A better message if the name matches one ignoring case.
                    match lookup_ignoring_case(self.prog, pkg_scope, name.as_str()) {
                        Some(alt) => {
                            self.error(sel.pos, format!("undefined: {es} (but have {alt})"))
                        }
                        None => self.error(sel.pos, format!("undefined: {es}")),
                    }
                }
                return false;
            };
            if !self.prog.obj(exp).is_exported() {
                let pn = self.prog.pkg(imported).name;
                self.error(sel.pos, format!("name {name} not exported by package {pn}"));
                // ok to continue
            }
            self.record_use(sel.id, exp);

            // Imported objects are always fully set up.
            let o = self.prog.obj(exp);
            let typ = o.typ.unwrap_or(self.prog.universe.invalid);
            match &o.kind {
                ObjKind::Const { val } => {
                    x.mode = Mode::Constant;
                    x.typ = typ;
                    x.val = Some(val.clone());
                }
                ObjKind::TypeName => {
                    x.mode = Mode::TypExpr;
                    x.typ = typ;
                }
                ObjKind::Var { .. } => {
                    x.mode = Mode::Variable;
                    x.typ = typ;
                }
                ObjKind::Func { .. } => {
                    x.mode = Mode::Value;
                    x.typ = typ;
                }
                ObjKind::Builtin(b) => {
                    x.mode = Mode::Builtin;
                    x.typ = typ;
                    x.builtin = Some(*b);
                }
                _ => return false,
            }
            return true;
        }

        self.expr_or_type(x, xe, false);
        match x.mode {
            Mode::Builtin => {
                let xs = self.op_str(x);
                self.error(
                    syntax_pos(e),
                    format!("invalid use of {xs} in selector expression"),
                );
                return false;
            }
            Mode::Invalid => return false,
            _ => {}
        }

        // We cannot select on an incomplete type.
        if !self.is_complete(x.typ) {
            return false;
        }

        // Every path below yields a value: a type was expected but cannot
        // result (avoids a crash in method declarations, go.dev/issue/57522).
        if want_type {
            let es = self.expr_str(e);
            self.error(sel.pos, format!("{es} is not a type"));
            return false;
        }

        // Selecting through a pointer dereferences it: its base type must
        // be complete.
        let xu = self.under(x.typ);
        if let Type::Pointer(base) = self.prog.ty(xu).clone()
            && !self.is_complete(base)
        {
            return false;
        }

        let addressable = x.mode == Mode::Variable;
        let r = self.lookup_field_or_method(x.typ, addressable, Some(self.pkg), name, false);
        let Some(obj) = r.obj else {
            // No second error if the underlying type is invalid
            // (go.dev/issue/49541).
            if !self.prog.is_valid(xu) {
                return false;
            }
            let xes = x.expr.map(|e| self.expr_str(e)).unwrap_or_default();
            if !r.index.is_empty() {
                self.error(sel.pos, format!("ambiguous selector {xes}.{name}"));
                return false;
            }
            if r.indirect {
                let ts = self.type_str(x.typ);
                if x.mode == Mode::TypExpr {
                    self.error(
                        sel.pos,
                        format!(
                            "invalid method expression {ts}.{name} (needs pointer receiver (*{ts}).{name})"
                        ),
                    );
                } else {
                    self.error(
                        sel.pos,
                        format!("cannot call pointer method {name} on {ts}"),
                    );
                }
                return false;
            }
            let why = if super::assignments::is_interface_ptr(self, x.typ) {
                interface_ptr_error(self, x.typ)
            } else {
                let alt = self
                    .lookup_field_or_method(x.typ, addressable, Some(self.pkg), name, true)
                    .obj;
                self.lookup_error(x.typ, name, alt, false)
            };
            self.error(sel.pos, format!("{xes}.{name} undefined ({why})"));
            return false;
        };

        let recv = x.typ;
        match self.prog.obj(obj).kind {
            ObjKind::Var { .. } => {
                if x.mode == Mode::TypExpr {
                    let ts = self.type_str(x.typ);
                    self.error(
                        xe.span.lo,
                        format!("operand for field selector {name} must be value of type {ts}"),
                    );
                    return false;
                }
                // field value
                let ft = self.prog.obj_type(obj);
                self.record_selection(
                    e,
                    Selection {
                        kind: SelectionKind::FieldVal,
                        recv,
                        obj,
                        index: r.index,
                        indirect: r.indirect,
                        typ: ft,
                    },
                );
                x.mode = if x.mode == Mode::Variable || r.indirect {
                    Mode::Variable
                } else {
                    Mode::Value
                };
                x.typ = ft;
            }
            ObjKind::Func { .. } => {
                self.obj_decl(obj, None); // a fully set-up signature
                self.add_decl_dep(obj);
                let mtyp = self.prog.obj_type(obj);
                let Some(msig) = self.prog.signature(mtyp).cloned() else {
                    return false;
                };

                if x.mode == Mode::TypExpr {
                    // method expression
                    let Some(rv) = msig.recv else {
                        self.error(e.span.lo, "illegal cycle in method declaration");
                        return false;
                    };
                    // The receiver becomes the first parameter. Parameter
                    // names stay consistently present or absent, as the
                    // signature may appear in messages.
                    let params = self.prog.tuple(msig.params).to_vec();
                    let ro = self.prog.obj(rv).clone();
                    let pname = match params.first() {
                        Some(&p0) if !self.prog.obj(p0).name.as_str().is_empty() => {
                            if ro.name.as_str().is_empty() {
                                Name::intern("_")
                            } else {
                                ro.name
                            }
                        }
                        _ => Name::intern(""),
                    };
                    let rparam = self
                        .prog
                        .new_var(VarKind::ParamVar, ro.pos, ro.pkg, pname, x.typ);
                    let mut vars = vec![rparam];
                    vars.extend(params);
                    let ptuple = self.prog.new_tuple(vars);
                    let t = self.prog.new_type(Type::Signature(Signature {
                        rparams: Vec::new(),
                        tparams: msig.tparams.clone(),
                        recv: None,
                        params: ptuple,
                        results: msig.results,
                        variadic: msig.variadic,
                        scope: None,
                    }));
                    self.record_selection(
                        e,
                        Selection {
                            kind: SelectionKind::MethodExpr,
                            recv,
                            obj,
                            index: r.index,
                            indirect: r.indirect,
                            typ: t,
                        },
                    );
                    x.mode = Mode::Value;
                    x.typ = t;
                } else {
                    // method value: the signature without its receiver
                    let t = self
                        .prog
                        .new_type(Type::Signature(Signature { recv: None, ..msig }));
                    self.record_selection(
                        e,
                        Selection {
                            kind: SelectionKind::MethodVal,
                            recv,
                            obj,
                            index: r.index,
                            indirect: r.indirect,
                            typ: t,
                        },
                    );
                    x.mode = Mode::Value;
                    x.typ = t;
                }
            }
            _ => return false,
        }
        true
    }

    /// Why selector `sel` was not found in `typ`, given an object `obj`
    /// found with a different spelling, if any; `struct_lit` words it for
    /// a field key of a struct literal (types2 lookupError).
    pub(crate) fn lookup_error(
        &mut self,
        typ: TypeId,
        sel: Name,
        obj: Option<ObjId>,
        struct_lit: bool,
    ) -> String {
        // The cases (sel in the same package as the object, ==, or not):
        //   misspelled    x.Foo == FoO, x.foo == Foo; x.Foo != FoO, x.foo != Foo
        //   unexported    x.Foo != foo
        //   inaccessible  x.foo != foo
        //   missing       otherwise
        #[derive(PartialEq)]
        enum Case {
            Missing,
            Misspelled,
            Unexported,
            Inaccessible,
        }
        let sel_s = sel.as_str();
        let mut e = Case::Missing;
        let mut alt = "";
        let mut what = "object";
        if let Some(o) = obj {
            let ob = self.prog.obj(o);
            alt = ob.name.as_str();
            what = match ob.kind {
                ObjKind::Var { .. } => "field",
                ObjKind::Func { .. } => "method",
                _ => "object",
            };
            if ob.pkg == Some(self.pkg) {
                e = Case::Misspelled;
            } else if is_exported(sel_s) {
                if is_exported(alt) {
                    e = Case::Misspelled;
                } else if tail(sel_s) == tail(alt) {
                    e = Case::Unexported;
                }
            } else if is_exported(alt) {
                if tail(sel_s) == tail(alt) {
                    e = Case::Misspelled;
                }
            } else if sel_s == alt {
                e = Case::Inaccessible;
            }
        }
        let ts = self.type_str(typ);
        if struct_lit {
            match e {
                Case::Missing => format!("unknown field {sel_s} in struct literal of type {ts}"),
                Case::Misspelled => format!(
                    "unknown field {sel_s} in struct literal of type {ts}, but does have {alt}"
                ),
                Case::Unexported => format!(
                    "unknown field {sel_s} in struct literal of type {ts}, but does have unexported {alt}"
                ),
                Case::Inaccessible => {
                    format!("cannot refer to unexported field {alt} in struct literal of type {ts}")
                }
            }
        } else {
            match e {
                Case::Missing => format!("type {ts} has no field or method {sel_s}"),
                Case::Misspelled => {
                    format!("type {ts} has no field or method {sel_s}, but does have {what} {alt}")
                }
                Case::Unexported => format!(
                    "type {ts} has no field or method {sel_s}, but does have unexported {what} {alt}"
                ),
                Case::Inaccessible => format!("cannot refer to unexported {what} {alt}"),
            }
        }
    }
}

/// Type parameters renamed: fresh type parameters with the same names
/// and bounds (rewritten to the new ones), and `typ` rewritten to them, so
/// that the type parameters inferred are distinct from any occurring in
/// the arguments, as in a recursive call `f[T](x T) { f(x) }` (types2
/// renameTParams).
fn rename_tparams(check: &mut Checker, tparams: &[TypeId], typ: TypeId) -> (Vec<TypeId>, TypeId) {
    if tparams.is_empty() {
        return (Vec::new(), typ);
    }
    let mut renamed = Vec::with_capacity(tparams.len());
    let mut bounds = Vec::with_capacity(tparams.len());
    for &tp in tparams {
        let Type::TypeParam(p) = check.prog.ty(tp).clone() else {
            renamed.push(tp);
            bounds.push(None);
            continue;
        };
        let o = check.prog.obj(p.obj).clone();
        let obj = check
            .prog
            .new_obj(ObjKind::TypeName, o.pos, o.pkg, o.name, None);
        let id = check.prog.next_tparam_id();
        let t = check.prog.new_type(Type::TypeParam(TypeParam {
            obj,
            id,
            index: p.index,
            bound: None,
        }));
        check.prog.obj_mut(obj).typ = Some(t);
        renamed.push(t);
        bounds.push(p.bound);
    }
    let smap = SubstMap::new(tparams, &renamed);
    for (i, b) in bounds.into_iter().enumerate() {
        if let Some(b) = b {
            let nb = check.prog.subst(b, &smap);
            if let Type::TypeParam(p) = check.prog.ty_mut(renamed[i]) {
                p.bound = Some(nb);
            }
        }
    }
    let t = check.prog.subst(typ, &smap);
    (renamed, t)
}

/// `renamed` if it is a new type, else a copy of signature `orig`, so that
/// changing it leaves the original (a function object's type) alone.
fn fresh_signature(p: &mut Program, orig: TypeId, renamed: TypeId) -> TypeId {
    if renamed != orig {
        return renamed;
    }
    let t = p.ty(orig).clone();
    p.new_type(t)
}

/// A valid Go identifier (types2 isValidName).
fn is_valid_name(s: &str) -> bool {
    s.chars()
        .enumerate()
        .all(|(i, c)| c.is_alphabetic() || c == '_' || (i > 0 && c.is_numeric()))
}

/// The first exported name of scope `s`, in sorted order, equal to `name`
/// ignoring case (types2 lookupIgnoringCase).
fn lookup_ignoring_case(p: &Program, s: ScopeId, name: &str) -> Option<Name> {
    let fold = |s: &str| s.chars().flat_map(char::to_lowercase).collect::<String>();
    let want = fold(name);
    p.scope_names(s)
        .into_iter()
        .find(|n| n.is_exported() && fold(n.as_str()) == want)
}

fn is_exported(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// `s` without its first character.
fn tail(s: &str) -> &str {
    let mut it = s.char_indices();
    it.next();
    // A single character is its own tail, as in types2.
    it.next().map_or(s, |(i, _)| &s[i..])
}

/// Why a selector on a pointer to an interface fails (types2
/// interfacePtrError).
pub(crate) fn interface_ptr_error(check: &mut Checker, t: TypeId) -> String {
    let ts = check.type_str(t);
    let u = check.under(t);
    if let Type::Pointer(base) = check.prog.ty(u)
        && check.prog.is_type_param(*base)
    {
        return format!("type {ts} is pointer to type parameter, not type parameter");
    }
    format!("type {ts} is pointer to interface, not interface")
}
