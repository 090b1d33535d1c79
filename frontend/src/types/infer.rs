//! Type inference for generic function calls (infer.go).
//!
//! Inference finds the type arguments of a generic function from the
//! ones given explicitly (a prefix, or with holes for generic function
//! arguments) and from the function arguments, in types2's steps:
//! 1. unify the types of typed arguments with their parameters' types;
//! 2. unify each type parameter's inferred type with its constraint's
//!    core type (or set it to the constraint's single specific type), and
//!    its methods with the constraint's, as long as that makes progress;
//! 3. give type parameters still unknown that receive only untyped
//!    constants the default type of the "largest" of those constants;
//! 4. simplify: substitute inferred types into each other until nothing
//!    changes, after killing cycles (`[P interface{ *P }]`).
//!
//! Invariant: the result, when there is one, has a type for every type
//! parameter, and none of them mentions the type parameters solved for.

use rustc_hash::FxHashSet as HashSet;

use crate::name::Name;
use crate::source::Pos;
use crate::syntax::ast::Expr;

use super::typeset::TTerm;
use super::unify::{Unifier, mode};
use super::*;

/// An inference failure to report: where, and what (without the
/// "in call to f, " prefix a call adds).
#[derive(Clone, Debug)]
pub struct InferError {
    pub pos: Pos,
    pub msg: String,
}

/// Bound on the rounds of the simplification step; cycles are killed
/// beforehand, so valid inputs need far fewer.
const MAX_SIMPLIFY_ROUNDS: usize = 1000;

impl<'a> Checker<'a> {
    /// Infers the missing type arguments of a generic function call from
    /// the given ones (`targs`, a prefix), the parameters (a Tuple) and
    /// the arguments; reports the error and returns None on failure.
    /// `reverse` is set when inferring from an assignment context instead
    /// of arguments (types2 infer); the single argument then stands for
    /// the target, and its expression (if any) names it in messages.
    /// `targs` entries that are `invalid` are unknown, like missing ones.
    ///
    /// The message is reported as types2's funcInst reports it (no
    /// prefix). A call reports "in call to f, cannot infer T": use
    /// [`Checker::infer_call`] there, or [`Checker::infer_full`] to report
    /// the error yourself.
    pub fn infer(
        &mut self,
        pos: Pos,
        tparams: &[TypeId],
        targs: Vec<TypeId>,
        params: TypeId,
        args: &[Operand<'a>],
        reverse: bool,
    ) -> Option<Vec<TypeId>> {
        // An invalid entry stands for a type argument not given before a
        // given one (partially instantiated generic function arguments).
        let invalid = self.invalid();
        let targs: Vec<Option<TypeId>> = targs
            .into_iter()
            .map(|t| (t != invalid).then_some(t))
            .collect();
        let rev = if reverse {
            let first = args.first();
            let apos = first.and_then(|a| a.expr).map(|e| e.pos()).unwrap_or(pos);
            let desc = first
                .and_then(|a| a.expr)
                .map(|e| self.expr_str(e))
                .unwrap_or_default();
            Some((apos, desc))
        } else {
            None
        };
        let rev = rev.as_ref().map(|(p, d)| (*p, d.as_str()));
        match self.infer_full(pos, tparams, &targs, params, args, rev) {
            Ok(t) => Some(t),
            Err(Some(e)) => {
                self.error(e.pos, e.msg);
                None
            }
            Err(None) => None,
        }
    }

    /// Inference for the call `fun(args)` (types2 arguments): on failure
    /// reports "in call to FUN, MSG". `targs` has one entry per type
    /// parameter or fewer, `None` for those to infer.
    #[allow(clippy::too_many_arguments)]
    pub fn infer_call(
        &mut self,
        pos: Pos,
        fun: &Expr,
        tparams: &[TypeId],
        targs: &[Option<TypeId>],
        params: TypeId,
        args: &[Operand<'a>],
    ) -> Option<Vec<TypeId>> {
        match self.infer_full(pos, tparams, targs, params, args, None) {
            Ok(t) => Some(t),
            Err(Some(e)) => {
                let msg = format!("in call to {}, {}", self.expr_str(fun), e.msg);
                self.error(e.pos, msg);
                None
            }
            Err(None) => None,
        }
    }

    /// types2 infer, returning the error instead of reporting it:
    /// `Err(None)` if an argument is invalid (reported before). `targs`
    /// has at most one entry per type parameter, `None` for unknown ones.
    /// `reverse` is the position and description of the target for
    /// inference from an assignment (the one argument stands for it).
    pub fn infer_full(
        &mut self,
        pos: Pos,
        tparams: &[TypeId],
        targs: &[Option<TypeId>],
        params: TypeId,
        args: &[Operand<'a>],
        reverse: Option<(Pos, &str)>,
    ) -> Result<Vec<TypeId>, Option<InferError>> {
        let n = tparams.len();
        let mut targs: Vec<Option<TypeId>> = targs.iter().take(n).copied().collect();

        // If we already have all type arguments, we are done.
        if targs.len() == n && targs.iter().all(|t| t.is_some()) {
            return Ok(targs.into_iter().flatten().collect());
        }

        // Invalid arguments were reported; inference errors would be
        // follow-on errors (go.dev/issue/60434).
        if args.iter().any(|a| !a.is_valid()) {
            return Err(None);
        }
        targs.resize(n, None);

        // The constraints' type sets are asked for below through
        // `Program`, which cannot expand instances: expand the bounds
        // (`[T Lesser[T]]`, renamed by the caller) first.
        for &tp in tparams {
            if let Type::TypeParam(TypeParam { bound: Some(b), .. }) = self.prog.ty(tp) {
                let b = *b;
                self.under(b);
            }
        }

        // Substitute the known type arguments into the parameters, so
        // that a mismatch with them is reported as an assignment error
        // ("cannot use s (variable of type string) as int value") rather
        // than as an inference failure.
        let mut params = params;
        if self.prog.tuple_len(params) > 0 {
            let smap = known_map(tparams, &targs);
            params = self.subst(params, &smap);
        }
        let pvars: Vec<ObjId> = self.prog.tuple(params).to_vec();

        let mut u = Unifier::new(tparams, &targs, self.conf.go_minor >= 21);

        // Where and how an argument is named in messages.
        let arg_pos = |i: usize| -> Pos {
            match reverse {
                Some((p, _)) => p,
                None => args[i].expr.map(|e| e.pos()).unwrap_or(pos),
            }
        };
        let arg_str = |c: &Checker, i: usize| -> String {
            match reverse {
                Some((_, d)) => d.to_string(),
                None => args[i].expr.map(|e| c.expr_str(e)).unwrap_or_default(),
            }
        };

        // --- 1 --- information from function arguments.
        // Indices of generic parameters with untyped arguments.
        let mut untyped: Vec<usize> = Vec::new();
        for (i, arg) in args.iter().enumerate() {
            let Some(&par) = pvars.get(i) else { break };
            let ptyp = self.prog.obj_type(par);
            if !(self.prog.is_parameterized(tparams, ptyp)
                || self.prog.is_parameterized(tparams, arg.typ))
            {
                continue;
            }
            if self.prog.is_typed(arg.typ) {
                if !u.unify(self, ptyp, arg.typ, mode::ASSIGN) {
                    let (apos, astr) = (arg_pos(i), arg_str(self, i));
                    let e = self.infer_mismatch(
                        &u,
                        tparams,
                        ptyp,
                        arg.typ,
                        apos,
                        &astr,
                        reverse.is_some(),
                    );
                    return Err(Some(e));
                }
            } else if matches!(self.prog.ty(ptyp), Type::TypeParam(_)) && !arg.is_nil(self.prog) {
                // Default types are basic, so an untyped argument can
                // only match a parameter whose type is a type parameter;
                // untyped nil has no default type.
                untyped.push(i);
            }
        }

        // --- 2 --- information from type parameter constraints, as long
        // as progress is made.
        loop {
            let nn = u.unknowns();
            for &tpar in tparams {
                let tx = u.at(tpar);
                // If the constraint has a core term, unify with it.
                if let Some((core, single)) = self.core_term(tpar) {
                    if let Some(tx) = tx {
                        // With a tilde the underlying type of tx must
                        // match the core type, without one tx itself:
                        // unification matches defined types against
                        // literals either way.
                        if !u.unify(self, tx, core.typ, 0) {
                            let b = self.tparam_bound(tpar);
                            let msg = format!(
                                "{} (type {}) does not satisfy {}",
                                self.type_str(tpar),
                                self.type_str(tx),
                                self.type_str(b)
                            );
                            return Err(Some(InferError { pos, msg }));
                        }
                    } else if single && !core.tilde {
                        // The constraint has a single specific type and
                        // no tilde: the type argument must be it.
                        u.set(tpar, core.typ);
                    }
                }
                // A known type argument must have the constraint's
                // methods; unifying their signatures may infer more. A
                // type argument that still mentions type parameters does
                // not have its final method set yet: skip it.
                if let Some(tx) = tx
                    && !self.prog.is_parameterized(tparams, tx)
                {
                    let iface = self.prog.tparam_iface(tpar);
                    if let Err(cause) = self.has_all_methods_unify(&mut u, tx, iface) {
                        let b = self.tparam_bound(tpar);
                        let msg = format!(
                            "{} (type {}) does not satisfy {} {cause}",
                            self.type_str(tpar),
                            self.type_str(tx),
                            self.type_str(b)
                        );
                        return Err(Some(InferError { pos, msg }));
                    }
                }
            }
            if u.unknowns() == nn {
                break; // no progress
            }
        }

        // --- 3 --- information from untyped constants: a type parameter
        // still unknown gets the default type of the largest untyped
        // type passed for it.
        let mut max_untyped: Vec<(TypeId, TypeId)> = Vec::new();
        for &index in &untyped {
            let tpar = self.prog.obj_type(pvars[index]);
            if u.at(tpar).is_some() {
                continue;
            }
            let at = args[index].typ;
            match max_untyped.iter_mut().find(|(p, _)| *p == tpar) {
                None => max_untyped.push((tpar, at)),
                Some((_, max)) => match self.prog.max_type(*max, at) {
                    Some(m) => *max = m,
                    None => {
                        let msg = format!(
                            "mismatched types {} and {} (cannot infer {})",
                            self.type_str(*max),
                            self.type_str(at),
                            self.type_str(tpar)
                        );
                        return Err(Some(InferError {
                            pos: arg_pos(index),
                            msg,
                        }));
                    }
                },
            }
        }
        for (tpar, t) in max_untyped {
            let d = self.prog.default_type(t);
            u.set(tpar, d);
        }

        // --- simplify ---
        // The inferred types may mention other type parameters (from
        // constraints: for [A any, B interface{ []C }, C interface{ *A }]
        // with A = int, unification gives [int, []C, *A]). Substitute
        // until nothing changes, after breaking cycles through type
        // parameters, which would never stop changing.
        let mut inferred = u.inferred(tparams);
        kill_cycles(self.prog, tparams, &mut inferred);
        let mut dirty: Vec<usize> = (0..n)
            .filter(|&i| inferred[i].is_some() && targs[i].is_none())
            .collect();
        let mut rounds = 0;
        while !dirty.is_empty() && rounds < MAX_SIMPLIFY_ROUNDS {
            rounds += 1;
            let smap = known_map(tparams, &inferred);
            let mut next = Vec::new();
            for &index in &dirty {
                let Some(t0) = inferred[index] else { continue };
                let t1 = self.subst(t0, &smap);
                if t1 != t0 {
                    // A generic function argument whose signature no
                    // longer mentions type parameters is not generic
                    // any more (go.dev/issue/59953). t1 is new: ours.
                    if let Some(sig) = self.prog.signature(t1)
                        && !sig.tparams.is_empty()
                        && !self.prog.is_parameterized(tparams, t1)
                        && let Type::Signature(s) = self.prog.ty_mut(t1)
                    {
                        s.tparams = Vec::new();
                    }
                    inferred[index] = Some(t1);
                    next.push(index);
                }
            }
            dirty = next;
        }

        // Type parameters may remain (a core type *P matched against a
        // type parameter Q, with nothing known for either): treat them as
        // not inferred (go.dev/issue/45548).
        let mut out = Vec::with_capacity(n);
        for (i, t) in inferred.iter().enumerate() {
            match t {
                Some(t) if !self.prog.is_parameterized(tparams, *t) => out.push(*t),
                _ => {
                    let (name, at) = match self.prog.type_name_of(tparams[i]) {
                        Some(o) => (self.prog.obj(o).name, self.prog.obj(o).pos),
                        None => (Name::intern("_"), Pos::NONE),
                    };
                    let msg = format!(
                        "cannot infer {} (declared at {})",
                        name.as_str(),
                        self.pos_string(at)
                    );
                    return Err(Some(InferError { pos, msg }));
                }
            }
        }
        Ok(out)
    }

    /// The error for an argument whose type does not unify with its
    /// parameter's (types2 infer's errorf).
    #[allow(clippy::too_many_arguments)]
    fn infer_mismatch(
        &mut self,
        u: &Unifier,
        tparams: &[TypeId],
        tpar: TypeId,
        targ: TypeId,
        apos: Pos,
        aexpr: &str,
        reverse: bool,
    ) -> InferError {
        let targs = u.inferred(tparams);
        if targs.iter().all(|t| t.is_none()) {
            // Nothing could be inferred: do not mention inferred types.
            let msg = format!(
                "type {} of {aexpr} does not match {} (cannot infer {})",
                self.type_str(targ),
                self.type_str(tpar),
                self.type_params_string(tparams)
            );
            return InferError { pos: apos, msg };
        }
        let smap = known_map(tparams, &targs);
        let inferred = self.subst(tpar, &smap);
        let msg = if inferred != tpar {
            if reverse {
                format!(
                    "inferred type {} for {} does not match type {} of {aexpr}",
                    self.type_str(inferred),
                    self.type_str(tpar),
                    self.type_str(targ)
                )
            } else {
                format!(
                    "type {} of {aexpr} does not match inferred type {} for {}",
                    self.type_str(targ),
                    self.type_str(inferred),
                    self.type_str(tpar)
                )
            }
        } else {
            format!(
                "type {} of {aexpr} does not match {}",
                self.type_str(targ),
                self.type_str(tpar)
            )
        };
        InferError { pos: apos, msg }
    }

    /// "P", "P and Q", "P, Q, and R" (types2 typeParamsString).
    pub fn type_params_string(&self, list: &[TypeId]) -> String {
        let names: Vec<&str> = list
            .iter()
            .map(|&t| {
                self.prog
                    .type_name_of(t)
                    .map(|o| self.prog.obj(o).name.as_str())
                    .unwrap_or("")
            })
            .collect();
        match names.len() {
            0 => String::new(),
            1 => names[0].to_string(),
            2 => format!("{} and {}", names[0], names[1]),
            k => format!("{}, and {}", names[..k - 1].join(", "), names[k - 1]),
        }
    }

    /// If the constraint of `tpar` has a single specific type term,
    /// `(term, true)`; else if it has a core type, a term for it, with a
    /// tilde if any term has one, and false; else `None` (types2 coreTerm).
    fn core_term(&mut self, tpar: TypeId) -> Option<(Term, bool)> {
        let ts = self.prog.tparam_type_set(tpar);
        if !ts.has_terms() {
            return None;
        }
        let terms: Vec<Term> = ts
            .terms
            .iter()
            .filter_map(|t| match t {
                TTerm::T(t) => Some(*t),
                TTerm::All => None,
            })
            .collect();
        if terms.len() == 1 {
            return Some((terms[0], true));
        }
        // Make sure the terms' underlying types are known.
        for t in &terms {
            self.under(t.typ);
        }
        let tilde = terms.iter().any(|t| t.tilde);
        self.prog
            .core_type(tpar)
            .map(|typ| (Term { tilde, typ }, false))
    }

    /// Whether `v` has every method of interface `t`, with signatures
    /// compared by exact unification (types2 hasAllMethods with
    /// u.unify as equivalence). On failure the cause, as
    /// `missing_method` explains it ("(missing method M)").
    fn has_all_methods_unify(
        &mut self,
        u: &mut Unifier,
        v: TypeId,
        t: TypeId,
    ) -> Result<(), String> {
        let tmethods = self.prog.interface_type_set(t).methods.clone();
        if tmethods.is_empty() {
            return Ok(());
        }
        let vu = self.under(v);
        let vset_methods = if matches!(self.prog.ty(vu), Type::Interface(_)) {
            Some(self.prog.interface_type_set(vu).methods.clone())
        } else {
            None
        };
        let mut failed = None;
        for m in tmethods {
            let found = match &vset_methods {
                Some(vm) => vm.iter().copied().find(|&f| self.prog.same_id(f, m)),
                None => {
                    let (pkg, name) = (self.prog.obj(m).pkg, self.prog.obj(m).name);
                    let r = self.lookup_field_or_method(v, false, pkg, name, false);
                    r.obj.filter(|&o| self.prog.obj(o).is_func())
                }
            };
            let Some(f) = found else {
                failed = Some(m);
                break;
            };
            // Methods may not have a fully set up signature yet.
            self.obj_decl(f, None);
            let (ft, mt) = (self.prog.obj_type(f), self.prog.obj_type(m));
            if !u.unify(self, ft, mt, mode::EXACT) {
                failed = Some(m);
                break;
            }
        }
        let Some(m) = failed else { return Ok(()) };
        // The explanation is the one of the (identity-based) method check.
        match self.missing_method(v, t, true) {
            Some((_, cause)) => Err(cause),
            None => Err(format!("(wrong type for method {})", self.prog.obj(m).name)),
        }
    }

    /// Renames `tparams` in `typ` to fresh type parameters (same names,
    /// new identities, bounds renamed too), so that a self-recursive call
    /// `func f[P any](x P) { f(x) }` infers a P distinct from the P it
    /// mentions (types2 renameTParams). Returns the new type parameters
    /// and the renamed type; the type parameters a generic signature
    /// `typ` declares itself are left for the caller to replace.
    pub fn rename_tparams(&mut self, tparams: &[TypeId], typ: TypeId) -> (Vec<TypeId>, TypeId) {
        if tparams.is_empty() {
            return (Vec::new(), typ);
        }
        let fresh: Vec<TypeId> = tparams
            .iter()
            .map(|&tp| self.prog.fresh_type_param(tp))
            .collect();
        let rename = SubstMap::new(tparams, &fresh);
        for (&tp, &f) in tparams.iter().zip(&fresh) {
            let bound = match self.prog.ty(tp) {
                Type::TypeParam(p) => p.bound,
                _ => None,
            };
            let nb = bound.map(|b| self.subst(b, &rename));
            if let Type::TypeParam(p) = self.prog.ty_mut(f) {
                p.bound = nb;
            }
        }
        let t = self.subst(typ, &rename);
        (fresh, t)
    }
}

/// The substitution of `targs` for `tparams`, unknown ones standing for
/// themselves (types2's substMap with nil entries). They must be in the
/// map: a generic function argument's signature whose own type
/// parameters are among `tparams` is then instantiated in place rather
/// than given fresh type parameters by `subst`.
fn known_map(tparams: &[TypeId], targs: &[Option<TypeId>]) -> SubstMap {
    let mut m = SubstMap::default();
    for (i, &tp) in tparams.iter().enumerate() {
        m.tparams.push(tp);
        m.targs.push(targs.get(i).copied().flatten().unwrap_or(tp));
    }
    m
}

/// Finds cycles through type parameters whose inferred types refer back
/// to them, directly or not, and forgets those inferred types, so that
/// simplification terminates (types2 killCycles).
fn kill_cycles(p: &Program, tparams: &[TypeId], inferred: &mut [Option<TypeId>]) {
    let mut seen = HashSet::default();
    for &t in tparams {
        cycle_walk(p, tparams, inferred, &mut seen, t, 0);
    }
}

fn cycle_walk(
    p: &Program,
    tparams: &[TypeId],
    inferred: &mut [Option<TypeId>],
    seen: &mut HashSet<TypeId>,
    t: TypeId,
    depth: u32,
) {
    if depth > 256 {
        return; // only malformed types nest this deep without a cycle
    }
    let t = p.unalias(t);
    if seen.contains(&t) {
        // Seen on this path: a cycle. Through one of our type
        // parameters it would expand forever; kill it. Otherwise it is
        // an ordinary recursive type: stop walking.
        if let Some(i) = tparams.iter().position(|&x| x == t) {
            inferred[i] = None;
        }
        return;
    }
    seen.insert(t);
    let walk = |x: TypeId, inferred: &mut [Option<TypeId>], seen: &mut HashSet<TypeId>| {
        cycle_walk(p, tparams, inferred, seen, x, depth + 1)
    };
    match p.ty(t) {
        Type::Array { elem, .. } | Type::Slice(elem) | Type::Pointer(elem) => {
            walk(*elem, inferred, seen)
        }
        Type::Chan { elem, .. } => walk(*elem, inferred, seen),
        Type::Map { key, elem } => {
            walk(*key, inferred, seen);
            walk(*elem, inferred, seen);
        }
        Type::Struct(s) => {
            for &f in &s.fields {
                walk(p.obj_type(f), inferred, seen);
            }
        }
        Type::Tuple(vars) => {
            for &v in vars {
                walk(p.obj_type(v), inferred, seen);
            }
        }
        Type::Signature(s) => {
            walk(s.params, inferred, seen);
            walk(s.results, inferred, seen);
        }
        Type::Union(terms) => {
            for term in terms {
                walk(term.typ, inferred, seen);
            }
        }
        Type::Interface(it) => {
            for &m in &it.methods {
                walk(p.obj_type(m), inferred, seen);
            }
            for &e in &it.embeddeds {
                walk(e, inferred, seen);
            }
        }
        Type::Named(n) => {
            for &a in &n.targs {
                walk(a, inferred, seen);
            }
        }
        Type::TypeParam(_) => {
            if let Some(i) = tparams.iter().position(|&x| x == t)
                && let Some(it) = inferred[i]
            {
                walk(it, inferred, seen);
            }
        }
        Type::Basic(_) | Type::Alias(_) => {}
    }
    seen.remove(&t);
}
