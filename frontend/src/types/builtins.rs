//! Calls of predeclared functions and unsafe's (builtins.go).
//!
//! Builtins have no signature of their own: each call is checked by its
//! own rules, and the signature the call was checked against is recorded
//! for the builtin's identifier (with untyped arguments at their default
//! types). Calls that yield constants (`len` of an array or constant
//! string, `unsafe.Sizeof`, `complex` of constants, `min` of constants ...)
//! record no signature.

use crate::constant::{self, Value};
use crate::source::Pos;
use crate::syntax::ast::{Expr, ExprKind};

use super::expr::{INVALID_ARG, INVALID_OP, ModeSet, at, cmp_op, valid_var_type, verify_version};
use super::*;

impl<'a> Checker<'a> {
    /// Checks a call of builtin `id` and reports whether it is valid, with
    /// the result in `x` (whose expression the caller sets) (types2
    /// builtin).
    pub(crate) fn builtin(&mut self, x: &mut Operand<'a>, call: &'a Expr, id: Builtin) -> bool {
        // For len(x) and cap(x) it matters whether x contains calls or
        // receives: evaluate the arguments with a fresh flag, and restore
        // it afterwards.
        if matches!(id, Builtin::Len | Builtin::Cap) {
            let saved = self.env.has_call_or_recv;
            self.env.has_call_or_recv = false;
            let ok = self.builtin_inner(x, call, id);
            self.env.has_call_or_recv = saved;
            return ok;
        }
        self.builtin_inner(x, call, id)
    }

    fn builtin_inner(&mut self, x: &mut Operand<'a>, call: &'a Expr, id: Builtin) -> bool {
        let ExprKind::Call {
            fun,
            args: arg_list,
            ellipsis,
            ..
        } = &call.kind
        else {
            return false;
        };
        let fun: &'a Expr = fun;
        let name = id.name();
        let call_s = self.expr_str(call);

        // append is the only builtin that permits ... for the last argument
        if ellipsis.is_some() && id != Builtin::Append {
            self.error(
                call.span.lo,
                format!("{INVALID_OP}invalid use of ... with built-in {name}"),
            );
            self.use_exprs(arg_list);
            return false;
        }

        // Evaluate the arguments of builtins with ordinary (value)
        // arguments; make, new and Offsetof handle theirs.
        let mut args: Vec<Operand<'a>> = Vec::new();
        let nargs;
        match id {
            Builtin::Make | Builtin::New | Builtin::Offsetof => nargs = arg_list.len(),
            _ => {
                args = self.expr_list(arg_list);
                nargs = args.len();
                if args.iter().any(|a| !a.is_valid()) {
                    return false;
                }
                // the first argument is always in x
                if let Some(a) = args.first() {
                    *x = a.clone();
                }
            }
        }

        // check the argument count
        let (want, variadic) = id.nargs();
        let msg = if nargs < want {
            "not enough"
        } else if !variadic && nargs > want {
            "too many"
        } else {
            ""
        };
        if !msg.is_empty() {
            self.error(
                call.span.lo,
                format!(
                    "{INVALID_OP}{msg} arguments for {call_s} (expected {want}, found {nargs})"
                ),
            );
            return false;
        }

        let universe_byte = self.prog.universe.byte;
        let int = self.prog.universe.basic(BasicKind::Int);
        let uintptr = self.prog.universe.basic(BasicKind::Uintptr);
        let empty_iface = self.prog.universe.empty_interface;

        match id {
            Builtin::Append => {
                // append(s S, x ...E) S, where E is the element type of S.
                // The first argument must be a slice (not nil, which the
                // assignability of the special case below would allow,
                // go.dev/issue/76220); for a type parameter, all types in
                // its type set must have the same underlying slice type.
                let e = match self.slice_elem(x) {
                    Ok(e) => e,
                    Err(cause) => {
                        self.error(at(x), format!("invalid append: {cause}"));
                        return false;
                    }
                };

                // append(bytes, y...) where y's type set is {string} or
                // {string, []byte}
                let mut sig = None;
                if nargs == 2 && ellipsis.is_some() {
                    let bytes = self.prog.new_slice(universe_byte);
                    let mut scratch = String::new();
                    if self.assignable_to(x, bytes, &mut scratch) {
                        let y = args[1].clone();
                        if self.string_or_bytes(y.typ) == Some(true) {
                            let s = self.make_sig(Some(x.typ), &[x.typ, y.typ]);
                            if let Type::Signature(sg) = self.prog.ty_mut(s) {
                                sg.variadic = true;
                            }
                            sig = Some(s);
                        }
                    }
                }

                // general case: check the arguments against a custom
                // signature ([]E for the variadic parameter)
                let sig = match sig {
                    Some(s) => s,
                    None => {
                        let se = self.prog.new_slice(e);
                        let s = self.make_sig(Some(x.typ), &[x.typ, se]);
                        if let Type::Signature(sg) = self.prog.ty_mut(s) {
                            sg.variadic = true;
                        }
                        // the result type is known: ok to continue after errors
                        self.arguments(call, s, Vec::new(), &[], &mut args, Vec::new());
                        s
                    }
                };
                self.record_builtin_type(fun, sig);
                x.mode = Mode::Value;
                // x.typ is unchanged
            }

            Builtin::Cap | Builtin::Len => {
                let mut mode = Mode::Invalid;
                let mut val = None;
                let u = self.under(x.typ);
                let t = self.array_ptr_deref(u);
                match self.prog.ty(t).clone() {
                    Type::Basic(_) if self.prog.is_string(t) && id == Builtin::Len => {
                        if x.mode == Mode::Constant {
                            mode = Mode::Constant;
                            val = Some(Value::make_int64(x.val().string_val().len() as i64));
                        } else {
                            mode = Mode::Value;
                        }
                    }
                    Type::Array { len, .. } => {
                        mode = Mode::Value;
                        // spec: "The expressions len(s) and cap(s) are
                        // constants if the type of s is an array or pointer
                        // to an array and the expression s does not contain
                        // channel receives or function calls; in this case
                        // s is not evaluated."
                        if !self.env.has_call_or_recv {
                            mode = Mode::Constant;
                            val = Some(if len >= 0 {
                                Value::make_int64(len)
                            } else {
                                Value::unknown()
                            });
                        }
                    }
                    Type::Slice(_) | Type::Chan { .. } => mode = Mode::Value,
                    Type::Map { .. } if id == Builtin::Len => mode = Mode::Value,
                    Type::Interface(_) if self.prog.is_type_param(x.typ) => {
                        let mut ok = true;
                        for tu in self.typeset(x.typ) {
                            let Some((_, u)) = tu else {
                                ok = false;
                                break;
                            };
                            let t = self.array_ptr_deref(u);
                            ok &= match self.prog.ty(t) {
                                Type::Basic(_) => self.prog.is_string(t) && id == Builtin::Len,
                                Type::Array { .. } | Type::Slice(_) | Type::Chan { .. } => true,
                                Type::Map { .. } => id == Builtin::Len,
                                _ => false,
                            };
                            if !ok {
                                break;
                            }
                        }
                        if ok {
                            mode = Mode::Value;
                        }
                    }
                    _ => {}
                }

                if mode == Mode::Invalid {
                    // no error if the underlying type is invalid
                    if self.prog.is_valid(u) {
                        let xs = self.op_str(x);
                        self.error(at(x), format!("{INVALID_ARG}{xs} for built-in {name}"));
                    }
                    return false;
                }

                // record the signature before changing x.typ
                if mode != Mode::Constant {
                    let s = self.make_sig(Some(int), &[x.typ]);
                    self.record_builtin_type(fun, s);
                }
                x.mode = mode;
                x.typ = int;
                x.val = val;
            }

            Builtin::Clear => {
                verify_version(self, fun.span.lo, 21, "clear");
                for tu in self.typeset(x.typ) {
                    let ok = tu.is_some_and(|(_, u)| {
                        matches!(self.prog.ty(u), Type::Map { .. } | Type::Slice(_))
                    });
                    if !ok {
                        let xs = self.op_str(x);
                        self.error(
                            at(x),
                            format!(
                                "{INVALID_ARG}cannot clear {xs}: argument must be (or constrained by) map or slice"
                            ),
                        );
                        return false;
                    }
                }
                x.mode = Mode::NoValue;
                let s = self.make_sig(None, &[x.typ]);
                self.record_builtin_type(fun, s);
            }

            Builtin::Close => {
                for tu in self.typeset(x.typ) {
                    let dir = tu.and_then(|(_, u)| match self.prog.ty(u) {
                        Type::Chan { dir, .. } => Some(*dir),
                        _ => None,
                    });
                    match dir {
                        None => {
                            let xs = self.op_str(x);
                            self.error(at(x), format!("{INVALID_OP}cannot close non-channel {xs}"));
                            return false;
                        }
                        Some(ChanDir::RecvOnly) => {
                            let xs = self.op_str(x);
                            self.error(
                                at(x),
                                format!("{INVALID_OP}cannot close receive-only channel {xs}"),
                            );
                            return false;
                        }
                        Some(_) => {}
                    }
                }
                x.mode = Mode::NoValue;
                let s = self.make_sig(None, &[x.typ]);
                self.record_builtin_type(fun, s);
            }

            Builtin::Complex => {
                // complex(x, y floatT) complexT
                let mut y = args[1].clone();

                // convert or check untyped arguments
                let xu = self.prog.is_untyped(x.typ);
                let yu = self.prog.is_untyped(y.typ);
                match (xu, yu) {
                    (false, false) => {}
                    // only x is untyped: convert it to the type of y
                    (true, false) => self.convert_untyped(x, y.typ),
                    // only y is untyped: convert it to the type of x
                    (false, true) => self.convert_untyped(&mut y, x.typ),
                    (true, true) => {
                        // Both constants become untyped floats if possible;
                        // if one is not constant (an untyped shift), both
                        // convert to float64, which must fail (shift of a
                        // float).
                        if x.mode == Mode::Constant && y.mode == Mode::Constant {
                            let uf = self.prog.universe.basic(BasicKind::UntypedFloat);
                            for op in [&mut *x, &mut y] {
                                if self.prog.is_numeric(op.typ) && op.val().imag().sign() == 0 {
                                    op.typ = uf;
                                }
                            }
                        } else {
                            let f64t = self.prog.universe.basic(BasicKind::Float64);
                            self.convert_untyped(x, f64t);
                            self.convert_untyped(&mut y, f64t);
                        }
                    }
                }
                if !x.is_valid() || !y.is_valid() {
                    return false;
                }

                // both argument types must be identical
                if !self.prog.identical(x.typ, y.typ) {
                    let (xt, yt) = (self.type_str(x.typ), self.type_str(y.typ));
                    self.error(
                        at(x),
                        format!("{INVALID_OP}{call_s} (mismatched types {xt} and {yt})"),
                    );
                    return false;
                }

                // the argument types must be floating-point
                let f = |p: &Program, t: TypeId| -> Option<TypeId> {
                    match p.basic_kind(p.under(t))? {
                        BasicKind::Float32 => Some(p.universe.basic(BasicKind::Complex64)),
                        BasicKind::Float64 => Some(p.universe.basic(BasicKind::Complex128)),
                        BasicKind::UntypedFloat => {
                            Some(p.universe.basic(BasicKind::UntypedComplex))
                        }
                        _ => None,
                    }
                };
                let Some(res_typ) = self.apply_type_func(f, x, id) else {
                    let xt = self.type_str(x.typ);
                    self.error(
                        at(x),
                        format!("{INVALID_ARG}arguments have type {xt}, expected floating-point"),
                    );
                    return false;
                };

                // the result of constant arguments is a constant
                if x.mode == Mode::Constant && y.mode == Mode::Constant {
                    let re = x.val().to_float();
                    let im = Value::make_imag(&y.val().to_float());
                    x.val = Some(constant::binary_op(&re, constant::Op::Add, &im));
                } else {
                    x.mode = Mode::Value;
                }

                if x.mode != Mode::Constant {
                    let s = self.make_sig(Some(res_typ), &[x.typ, x.typ]);
                    self.record_builtin_type(fun, s);
                }
                x.typ = res_typ;
            }

            Builtin::Copy => {
                // copy(x, y []E) int; also copy(bytes, string). The first
                // argument must be a slice (not nil, which the special
                // case's assignability would allow, go.dev/issue/79687).
                let dst_e = match self.slice_elem(x) {
                    Ok(e) => e,
                    Err(cause) => {
                        self.error(at(x), format!("invalid copy: {cause}"));
                        return false;
                    }
                };

                // get the special case out of the way
                let y = args[1].clone();
                let bytes = self.prog.new_slice(universe_byte);
                let mut scratch = String::new();
                let special = self.assignable_to(x, bytes, &mut scratch)
                    && self.string_or_bytes(y.typ).is_some();

                // general case
                if !special {
                    let src_e = match self.slice_elem(&y) {
                        Ok(e) => e,
                        Err(cause) => {
                            // a string: proceed with byte elements for a
                            // better message
                            if !self.prog.all_string(y.typ) {
                                self.error(at(&y), format!("invalid copy: {cause}"));
                                return false;
                            }
                            universe_byte
                        }
                    };
                    if !self.prog.identical(dst_e, src_e) {
                        let (xs, ys) = (self.op_str(x), self.op_str(&y));
                        let (ds, ss) = (self.type_str(dst_e), self.type_str(src_e));
                        self.error(
                            at(x),
                            format!(
                                "invalid copy: arguments {xs} and {ys} have different element types {ds} and {ss}"
                            ),
                        );
                        return false;
                    }
                }

                let s = self.make_sig(Some(int), &[x.typ, y.typ]);
                self.record_builtin_type(fun, s);
                x.mode = Mode::Value;
                x.typ = int;
            }

            Builtin::Delete => {
                // delete(map_, key): map_ must be a map type or a type
                // parameter of map types (with identical key types).
                let map_t = x.typ;
                let mut key: Option<TypeId> = None;
                for tu in self.typeset(map_t) {
                    let mk = tu.and_then(|(_, u)| match self.prog.ty(u) {
                        Type::Map { key, .. } => Some(*key),
                        _ => None,
                    });
                    let Some(mk) = mk else {
                        let xs = self.op_str(x);
                        self.error(at(x), format!("{INVALID_ARG}{xs} is not a map"));
                        return false;
                    };
                    if let Some(k) = key
                        && !self.prog.identical(mk, k)
                    {
                        let xs = self.op_str(x);
                        self.error(
                            at(x),
                            format!("{INVALID_ARG}maps of {xs} must have identical key types"),
                        );
                        return false;
                    }
                    key = Some(mk);
                }
                let Some(key) = key else { return false };

                *x = args[1].clone(); // key
                self.assignment(x, Some(key), "argument to delete");
                if !x.is_valid() {
                    return false;
                }
                x.mode = Mode::NoValue;
                let s = self.make_sig(None, &[map_t, key]);
                self.record_builtin_type(fun, s);
            }

            Builtin::Imag | Builtin::Real => {
                // imag(complexT) floatT, real(complexT) floatT

                // convert or check an untyped argument
                if self.prog.is_untyped(x.typ) {
                    if x.mode == Mode::Constant {
                        // an untyped constant number is also a complex one
                        if self.prog.is_numeric(x.typ) {
                            x.typ = self.prog.universe.basic(BasicKind::UntypedComplex);
                        }
                    } else {
                        // An untyped non-constant argument contains an
                        // untyped shift: converting it to complex128 fails
                        // (shift of a complex value).
                        let c128 = self.prog.universe.basic(BasicKind::Complex128);
                        self.convert_untyped(x, c128);
                        if !x.is_valid() {
                            return false;
                        }
                    }
                }

                // the argument must be of complex type
                let f = |p: &Program, t: TypeId| -> Option<TypeId> {
                    match p.basic_kind(p.under(t))? {
                        BasicKind::Complex64 => Some(p.universe.basic(BasicKind::Float32)),
                        BasicKind::Complex128 => Some(p.universe.basic(BasicKind::Float64)),
                        BasicKind::UntypedComplex => {
                            Some(p.universe.basic(BasicKind::UntypedFloat))
                        }
                        _ => None,
                    }
                };
                let Some(res_typ) = self.apply_type_func(f, x, id) else {
                    let xt = self.type_str(x.typ);
                    self.error(
                        at(x),
                        format!("{INVALID_ARG}argument has type {xt}, expected complex type"),
                    );
                    return false;
                };

                // the result of a constant argument is a constant
                if x.mode == Mode::Constant {
                    let v = if id == Builtin::Real {
                        x.val().real()
                    } else {
                        x.val().imag()
                    };
                    x.val = Some(v);
                } else {
                    x.mode = Mode::Value;
                }

                if x.mode != Mode::Constant {
                    let s = self.make_sig(Some(res_typ), &[x.typ]);
                    self.record_builtin_type(fun, s);
                }
                x.typ = res_typ;
            }

            Builtin::Make => {
                // make(T, n), make(T, n, m) (no argument evaluated yet)
                let arg0 = &arg_list[0];
                let t = self.var_type(arg0);
                if !self.prog.is_valid(t) {
                    return false;
                }

                let res = self.common_under(t, |check, tu| match tu {
                    None => Some("no specific type".into()),
                    Some((_, u)) => match check.prog.ty(u) {
                        Type::Slice(_) | Type::Map { .. } | Type::Chan { .. } => None,
                        _ => Some("type must be slice, map, or channel".into()),
                    },
                });
                let min = match res {
                    Ok(u) if matches!(self.prog.ty(u), Type::Slice(_)) => 2,
                    Ok(_) => 1,
                    Err(cause) => {
                        let a0 = self.expr_str(arg0);
                        self.error(
                            arg0.span.lo,
                            format!("{INVALID_ARG}cannot make {a0}: {cause}"),
                        );
                        return false;
                    }
                };
                if nargs < min || min + 1 < nargs {
                    self.error(
                        call.span.lo,
                        format!(
                            "{INVALID_OP}{call_s} expects {min} or {} arguments; found {nargs}",
                            min + 1
                        ),
                    );
                    return false;
                }

                let mut types = vec![t];
                let mut sizes = Vec::new(); // constant integer arguments
                for arg in &arg_list[1..] {
                    let (typ, size) = self.index(arg, -1); // ok to continue with invalid
                    types.push(typ);
                    if size >= 0 {
                        sizes.push(size);
                    }
                }
                if let [len, cap] = sizes[..]
                    && len > cap
                {
                    self.error(
                        arg_list[1].span.lo,
                        format!("{INVALID_ARG}length and capacity swapped"),
                    );
                    // safe to continue
                }
                x.mode = Mode::Value;
                x.typ = t;
                let s = self.make_sig(Some(t), &types);
                self.record_builtin_type(fun, s);
            }

            Builtin::Max | Builtin::Min => {
                // max(x, ...), min(x, ...)
                verify_version(self, fun.span.lo, 21, &format!("built-in {name}"));

                let op = if id == Builtin::Max {
                    crate::syntax::ast::BinaryOp::Gt
                } else {
                    crate::syntax::ast::BinaryOp::Lt
                };

                for i in 0..args.len() {
                    let mut a = args[i].clone();
                    if !a.is_valid() {
                        return false;
                    }
                    if !self.prog.all_ordered(a.typ) {
                        let s = self.op_str(&a);
                        self.error(at(&a), format!("{INVALID_ARG}{s} cannot be ordered"));
                        return false;
                    }
                    // The first argument is already in x.
                    if i > 0 {
                        self.match_types(x, &mut a);
                        args[i] = a.clone();
                        if !x.is_valid() {
                            return false;
                        }
                        if !self.prog.identical(x.typ, a.typ) {
                            let (xt, at_) = (self.type_str(x.typ), self.type_str(a.typ));
                            let ae = a.expr.map(|e| self.expr_str(e)).unwrap_or_default();
                            self.error(
                                at(&a),
                                format!(
                                    "{INVALID_ARG}mismatched types {xt} (previous argument) and {at_} (type of {ae})"
                                ),
                            );
                            return false;
                        }
                        if x.mode == Mode::Constant && a.mode == Mode::Constant {
                            if constant::compare(a.val(), cmp_op(op), x.val()) {
                                *x = a;
                            }
                        } else {
                            x.mode = Mode::Value;
                        }
                    }
                }

                // With one argument, x must end up a value or a constant,
                // and a value must not be untyped.
                if x.mode != Mode::Constant {
                    x.mode = Mode::Value;
                    self.assignment(
                        x,
                        Some(empty_iface),
                        &format!("argument to built-in {name}"),
                    );
                    if !x.is_valid() {
                        return false;
                    }
                }

                // Use the final type computed above for all arguments.
                for a in &args {
                    if let Some(e) = a.expr {
                        self.update_expr_type(e, x.typ, true);
                    }
                }

                if x.mode != Mode::Constant {
                    let types = vec![x.typ; nargs];
                    let s = self.make_sig(Some(x.typ), &types);
                    self.record_builtin_type(fun, s);
                }
            }

            Builtin::New => {
                // new(T) or new(expr) (no argument evaluated yet)
                let arg = &arg_list[0];
                self.expr_or_type(x, arg, false);
                self.exclude(
                    x,
                    ModeSet {
                        novalue: true,
                        builtin: true,
                        typexpr: false,
                    },
                );
                match x.mode {
                    Mode::Invalid => return false,
                    Mode::TypExpr => valid_var_type(self, arg, x.typ), // new(T)
                    _ => {
                        // new(expr)
                        if self.prog.is_untyped(x.typ) {
                            // check for overflow and untyped nil
                            self.assignment(x, None, "argument to new");
                            if !x.is_valid() {
                                return false;
                            }
                        }
                        // a version error only if there are no other errors
                        let what = format!("new({})", self.expr_str(arg));
                        verify_version(self, fun.span.lo, 26, &what);
                    }
                }
                let t = x.typ;
                x.mode = Mode::Value;
                x.typ = self.prog.new_pointer(t);
                let s = self.make_sig(Some(x.typ), &[t]);
                self.record_builtin_type(fun, s);
            }

            Builtin::Panic => {
                // Record panic calls inside functions with results, for the
                // terminating statement analysis.
                if let Some(sig) = self.env.sig
                    && let Some(s) = self.prog.signature(sig)
                    && self.prog.tuple_len(s.results) > 0
                {
                    self.env.is_panic.insert(call.id);
                }

                self.assignment(x, Some(empty_iface), "argument to panic");
                if !x.is_valid() {
                    return false;
                }
                x.mode = Mode::NoValue;
                let s = self.make_sig(None, &[empty_iface]);
                self.record_builtin_type(fun, s);
            }

            Builtin::Print | Builtin::Println => {
                let mut params = Vec::with_capacity(nargs);
                let context = format!("argument to built-in {name}");
                for a in args.iter_mut() {
                    self.assignment(a, None, &context);
                    if !a.is_valid() {
                        return false;
                    }
                    params.push(a.typ);
                }
                x.mode = Mode::NoValue;
                let s = self.make_sig(None, &params);
                self.record_builtin_type(fun, s);
            }

            Builtin::Recover => {
                // recover() interface{}
                x.mode = Mode::Value;
                x.typ = empty_iface;
                let s = self.make_sig(Some(x.typ), &[]);
                self.record_builtin_type(fun, s);
            }

            Builtin::Add => {
                // unsafe.Add(ptr unsafe.Pointer, len IntegerType) unsafe.Pointer
                verify_version(self, fun.span.lo, 17, "unsafe.Add");
                let up = self.prog.universe.unsafe_pointer;
                self.assignment(x, Some(up), "argument to unsafe.Add");
                if !x.is_valid() {
                    return false;
                }
                let mut y = args[1].clone();
                if !self.is_valid_index(&mut y, "length", true) {
                    return false;
                }
                x.mode = Mode::Value;
                x.typ = up;
                let s = self.make_sig(Some(up), &[up, y.typ]);
                self.record_builtin_type(fun, s);
            }

            Builtin::Alignof => {
                // unsafe.Alignof(x T) uintptr
                self.assignment(x, None, "argument to unsafe.Alignof");
                if !x.is_valid() {
                    return false;
                }
                if self.has_var_size(x.typ) {
                    x.mode = Mode::Value;
                    let s = self.make_sig(Some(uintptr), &[x.typ]);
                    self.record_builtin_type(fun, s);
                } else {
                    x.mode = Mode::Constant;
                    x.val = Some(Value::make_int64(self.prog.alignof(x.typ)));
                    // a constant result: no signature to record
                }
                x.typ = uintptr;
            }

            Builtin::Offsetof => {
                // unsafe.Offsetof(x T) uintptr, where x must be a selector
                // (no argument evaluated yet)
                let arg0 = &arg_list[0];
                let selx = arg0.unparen();
                let ExprKind::Selector { x: sx, sel } = &selx.kind else {
                    let a0 = self.expr_str(arg0);
                    self.error(
                        arg0.span.lo,
                        format!("{INVALID_ARG}{a0} is not a selector expression"),
                    );
                    self.use1(arg0, false);
                    return false;
                };

                self.expr(None, x, sx);
                if !x.is_valid() {
                    return false;
                }

                let base = deref_struct_ptr(self, x.typ);
                let sel_name = sel.name;
                let r = self.lookup_field_or_method(base, false, Some(self.pkg), sel_name, false);
                let Some(obj) = r.obj else {
                    let bs = self.type_str(base);
                    self.error(
                        at(x),
                        format!("{INVALID_ARG}{bs} has no single field {sel_name}"),
                    );
                    return false;
                };
                if self.prog.obj(obj).is_func() {
                    // Found through deref_struct_ptr, possibly not a method
                    // of x itself; an error either way.
                    let a0 = self.expr_str(arg0);
                    self.error(arg0.span.lo, format!("{INVALID_ARG}{a0} is a method value"));
                    return false;
                }
                if r.indirect {
                    let bs = self.type_str(base);
                    self.error(
                        at(x),
                        format!("{INVALID_ARG}field {sel_name} is embedded via a pointer in {bs}"),
                    );
                    return false;
                }

                let ft = self.prog.obj_type(obj);
                self.record_selection(
                    selx,
                    Selection {
                        kind: SelectionKind::FieldVal,
                        recv: base,
                        obj,
                        index: r.index.clone(),
                        indirect: false,
                        typ: ft,
                    },
                );
                // record the selector expression (go.dev/issue/47895)
                let mode = if x.mode == Mode::Variable || r.indirect {
                    Mode::Variable
                } else {
                    Mode::Value
                };
                let sel_op = Operand {
                    mode,
                    expr: Some(selx),
                    typ: ft,
                    val: None,
                    builtin: None,
                };
                self.record(&sel_op);

                // An offset is variable if any part of the struct is, even
                // if the field precedes the variable part: the rules stay
                // simple and compilers may reorder fields.
                if self.has_var_size(base) {
                    x.mode = Mode::Value;
                    let s = self.make_sig(Some(uintptr), &[ft]);
                    self.record_builtin_type(fun, s);
                } else {
                    let offs = offsetof(self, base, &r.index);
                    if offs < 0 {
                        let xs = self.op_str(x);
                        self.error(at(x), format!("{xs} is too large"));
                        return false;
                    }
                    x.mode = Mode::Constant;
                    x.val = Some(Value::make_int64(offs));
                    // a constant result: no signature to record
                }
                x.typ = uintptr;
            }

            Builtin::Sizeof => {
                // unsafe.Sizeof(x T) uintptr
                self.assignment(x, None, "argument to unsafe.Sizeof");
                if !x.is_valid() {
                    return false;
                }
                if self.has_var_size(x.typ) {
                    x.mode = Mode::Value;
                    let s = self.make_sig(Some(uintptr), &[x.typ]);
                    self.record_builtin_type(fun, s);
                } else {
                    let size = self.prog.sizeof(x.typ);
                    if size < 0 {
                        let xs = self.op_str(x);
                        self.error(at(x), format!("{xs} is too large"));
                        return false;
                    }
                    x.mode = Mode::Constant;
                    x.val = Some(Value::make_int64(size));
                    // a constant result: no signature to record
                }
                x.typ = uintptr;
            }

            Builtin::Slice => {
                // unsafe.Slice(ptr *T, len IntegerType) []T
                verify_version(self, fun.span.lo, 17, "unsafe.Slice");
                let ptr = self.common_under(x.typ, |_, _| None).ok().and_then(|u| {
                    match self.prog.ty(u) {
                        Type::Pointer(b) => Some((u, *b)),
                        _ => None,
                    }
                });
                let Some((ptr, base)) = ptr else {
                    let xs = self.op_str(x);
                    self.error(at(x), format!("{INVALID_ARG}{xs} is not a pointer"));
                    return false;
                };
                let mut y = args[1].clone();
                if !self.is_valid_index(&mut y, "length", false) {
                    return false;
                }
                x.mode = Mode::Value;
                x.typ = self.prog.new_slice(base);
                let s = self.make_sig(Some(x.typ), &[ptr, y.typ]);
                self.record_builtin_type(fun, s);
            }

            Builtin::SliceData => {
                // unsafe.SliceData(slice []T) *T
                verify_version(self, fun.span.lo, 20, "unsafe.SliceData");
                let slice = self.common_under(x.typ, |_, _| None).ok().and_then(|u| {
                    match self.prog.ty(u) {
                        Type::Slice(e) => Some((u, *e)),
                        _ => None,
                    }
                });
                let Some((slice, elem)) = slice else {
                    let xs = self.op_str(x);
                    self.error(at(x), format!("{INVALID_ARG}{xs} is not a slice"));
                    return false;
                };
                x.mode = Mode::Value;
                x.typ = self.prog.new_pointer(elem);
                let s = self.make_sig(Some(x.typ), &[slice]);
                self.record_builtin_type(fun, s);
            }

            Builtin::String => {
                // unsafe.String(ptr *byte, len IntegerType) string
                verify_version(self, fun.span.lo, 20, "unsafe.String");
                let pbyte = self.prog.new_pointer(universe_byte);
                self.assignment(x, Some(pbyte), "argument to unsafe.String");
                if !x.is_valid() {
                    return false;
                }
                let mut y = args[1].clone();
                if !self.is_valid_index(&mut y, "length", false) {
                    return false;
                }
                x.mode = Mode::Value;
                x.typ = self.prog.universe.basic(BasicKind::String);
                let s = self.make_sig(Some(x.typ), &[pbyte, y.typ]);
                self.record_builtin_type(fun, s);
            }

            Builtin::StringData => {
                // unsafe.StringData(str string) *byte
                verify_version(self, fun.span.lo, 20, "unsafe.StringData");
                let string = self.prog.universe.basic(BasicKind::String);
                self.assignment(x, Some(string), "argument to unsafe.StringData");
                if !x.is_valid() {
                    return false;
                }
                x.mode = Mode::Value;
                x.typ = self.prog.new_pointer(universe_byte);
                let s = self.make_sig(Some(x.typ), &[string]);
                self.record_builtin_type(fun, s);
            }
        }

        x.is_valid()
    }

    /// The element type of slice operand `x` (or of all slices in its type
    /// set), or why it is not a slice (types2 sliceElem).
    fn slice_elem(&mut self, x: &Operand<'a>) -> Result<TypeId, String> {
        let mut elem: Option<TypeId> = None;
        for tu in self.typeset(x.typ) {
            let e = tu.and_then(|(_, u)| match self.prog.ty(u) {
                Type::Slice(e) => Some(*e),
                _ => None,
            });
            let Some(e) = e else {
                if x.is_nil(self.prog) {
                    // "nil" alone would not say "untyped"
                    return Err("argument must be a slice; have untyped nil".into());
                }
                return Err(format!("argument must be a slice; have {}", self.op_str(x)));
            };
            match elem {
                None => elem = Some(e),
                Some(prev) if !self.prog.identical(prev, e) => {
                    let (ps, es, xs) = (self.type_str(prev), self.type_str(e), self.op_str(x));
                    return Err(format!(
                        "mismatched slice element types {ps} and {es} in {xs}"
                    ));
                }
                Some(_) => {}
            }
        }
        elem.ok_or_else(|| format!("argument must be a slice; have {}", self.op_str(x)))
    }

    /// For the append and copy special cases: whether every type in `t`'s
    /// type set is a string or `[]byte` (None if some is neither), and
    /// whether some is a string.
    fn string_or_bytes(&mut self, t: TypeId) -> Option<bool> {
        let mut has_string = false;
        for tu in self.typeset(t) {
            let (_, u) = tu?;
            match self.prog.ty(u) {
                Type::Slice(e) if self.prog.identical(*e, self.prog.universe.byte) => {}
                _ if self.prog.is_string(u) => has_string = true,
                _ => return None,
            }
        }
        Some(has_string)
    }

    /// Whether the size of `t` depends on type parameters, or is unknown
    /// because `t` is part of a cycle not yet checked (types2 hasVarSize).
    fn has_var_size(&mut self, t: TypeId) -> bool {
        let mut seen = Vec::new();
        self.has_var_size_inner(t, &mut seen)
    }

    fn has_var_size_inner(&mut self, t: TypeId, seen: &mut Vec<TypeId>) -> bool {
        let t = self.prog.unalias(t);
        if seen.contains(&t) {
            return false;
        }
        seen.push(t);
        match self.prog.ty(t).clone() {
            Type::Named(n) => {
                // A type whose declaration is in progress: reports the
                // cycle.
                if !self.is_complete(t) {
                    return true;
                }
                match n.from_rhs.or(n.underlying) {
                    Some(rhs) => self.has_var_size_inner(rhs, seen),
                    None => false,
                }
            }
            // The length is known: constant, or an error was reported.
            Type::Array { elem, .. } => self.has_var_size_inner(elem, seen),
            Type::Struct(s) => s
                .fields
                .iter()
                .any(|&f| self.has_var_size_inner(self.prog.obj_type(f), seen)),
            Type::TypeParam(_) => true,
            _ => false,
        }
    }

    /// `f` applied to the type of `x`; for a type parameter, a new type
    /// parameter constrained by `f` of each of its terms, after a (soft)
    /// error, as go1.18 does not support such calls (types2
    /// applyTypeFunc). None if `f` fails for some type.
    fn apply_type_func(
        &mut self,
        f: impl Fn(&Program, TypeId) -> Option<TypeId>,
        x: &Operand<'a>,
        id: Builtin,
    ) -> Option<TypeId> {
        let tp = self.prog.unalias(x.typ);
        let Type::TypeParam(p) = self.prog.ty(tp).clone() else {
            return f(self.prog, x.typ);
        };
        // Test whether the terms satisfy f and collect the results.
        let ts = self.prog.tparam_type_set(tp);
        if !ts.has_terms() {
            return None;
        }
        let mut terms = Vec::new();
        for term in ts.terms.iter() {
            let super::typeset::TTerm::T(term) = term else {
                return None;
            };
            let r = f(self.prog, term.typ)?;
            terms.push(Term {
                tilde: term.tilde,
                typ: r,
            });
        }

        // Type-checks fine, but introduces a synthetic type parameter for
        // the result: reported for 1.18 (go.dev/issue/50912).
        let xs = self.op_str(x);
        self.soft_error(
            at(x),
            format!(
                "{xs} not supported as argument to built-in {} for go1.18 (see go.dev/issue/50937)",
                id.name()
            ),
        );

        // A new type parameter for the result, in the current package.
        let name = self.prog.obj(p.obj).name;
        let obj = self
            .prog
            .new_obj(ObjKind::TypeName, Pos::NONE, Some(self.pkg), name, None);
        let union = self.prog.new_type(Type::Union(terms));
        let iface = self.prog.new_type(Type::Interface(Interface {
            embeddeds: vec![union],
            embed_pos: vec![Pos::NONE],
            complete: true,
            ..Interface::default()
        }));
        let id = self.prog.next_tparam_id();
        let ptyp = self.prog.new_type(Type::TypeParam(TypeParam {
            obj,
            id,
            index: p.index,
            bound: Some(iface),
        }));
        self.prog.obj_mut(obj).typ = Some(ptyp);
        Some(ptyp)
    }

    /// A signature with the given argument types (untyped ones at their
    /// default types) and result (types2 makeSig).
    fn make_sig(&mut self, res: Option<TypeId>, args: &[TypeId]) -> TypeId {
        let params: Vec<TypeId> = args.iter().map(|&t| self.prog.default_type(t)).collect();
        let params = self.prog.new_tuple_of(&params);
        let results = match res {
            Some(r) => self.prog.new_tuple_of(&[r]),
            None => self.prog.universe.empty_tuple,
        };
        self.prog.new_signature(params, results, false)
    }
}

/// The base of a (named or unnamed) pointer to a struct, else `t`
/// (types2 derefStructPtr).
fn deref_struct_ptr(check: &mut Checker, t: TypeId) -> TypeId {
    let u = check.under(t);
    if let Type::Pointer(base) = check.prog.ty(u).clone() {
        let bu = check.under(base);
        if matches!(check.prog.ty(bu), Type::Struct(_)) {
            return base;
        }
    }
    t
}

/// The offset of the field at embedding path `index` in struct type
/// `t`, -1 if too large (types2 Config.offsetof).
fn offsetof(check: &mut Checker, mut t: TypeId, index: &[usize]) -> i64 {
    let mut offs: i64 = 0;
    for &i in index {
        let u = check.under(t);
        let Type::Struct(s) = check.prog.ty(u).clone() else {
            return -1;
        };
        let Some(&d) = check.prog.offsetsof(&s.fields).get(i) else {
            return -1;
        };
        if d < 0 {
            return -1;
        }
        offs = match offs.checked_add(d) {
            Some(o) => o,
            None => return -1,
        };
        t = check.prog.obj_type(s.fields[i]);
    }
    offs
}
