//! Statements and function bodies (stmt.go).
//!
//! A function body is checked in the function's outermost scope (that of
//! its parameters and results, made by the signature); every block, `if`,
//! `for`, `switch`, `select` and case clause opens a nested scope, recorded
//! in `Info::scopes` under the node that opens it (the statement's id, the
//! clause's id; the blocks of `if`/`for`/range bodies have no node id of
//! their own and are not recorded, though they are in the scope tree).
//!
//! Invariants:
//! - Every statement leaves the current scope as it found it.
//! - Delayed actions pushed while checking a statement (function literal
//!   bodies) run when the statement is done, after its scopes are closed,
//!   so a literal's body sees exactly the objects declared before it.
//! - The placement of `break`, `continue`, `fallthrough` and labels is
//!   checked by `labels.rs` as gc's parser does (types2 runs with
//!   `IgnoreBranchErrors` under gc), not here.
//! - Unused variables are reported when the whole body has been checked
//!   (any use anywhere in it counts), per scope, sorted by position.

use crate::constant::{Kind, Value};
use crate::name::Name;
use crate::source::Pos;
use crate::syntax::ast::{
    self, AssignOp, BinaryOp, CaseClause, CommClause, Expr, ExprKind, NodeId, Stmt, StmtKind,
    UnaryOp,
};
use crate::types::check::Environment;
use crate::types::expr::{dummy_name, syntax_pos};

use super::*;

/// A constant case value as gc compares case values for duplicates (types2
/// goVal): integers, exactly representable floats, and strings. Values of
/// different Go kinds never compare equal.
#[derive(Clone, PartialEq, Debug)]
enum GoVal {
    Int(i64),
    Uint(u64),
    Float(f64),
    Str(Vec<u8>),
}

fn go_val(v: &Value) -> Option<GoVal> {
    match v.kind() {
        Kind::Int => {
            if let Some(x) = v.int64_val() {
                return Some(GoVal::Int(x));
            }
            v.uint64_val().map(GoVal::Uint)
        }
        Kind::Float => match v.float64_val() {
            (x, true) => Some(GoVal::Float(x)),
            _ => None,
        },
        Kind::String => Some(GoVal::Str(v.string_val().to_vec())),
        _ => None,
    }
}

/// Where types2 reports an error about expression `e` (syntax.StartPos):
/// the leftmost position of the expression, except that a slice
/// expression, a composite literal without type, a key-value pair and a
/// function type start at their own position in gc's syntax tree (`[`,
/// `{`, `:`, and the parameter list's `(`).
pub(crate) fn start_pos(e: &Expr) -> Pos {
    let mut e = e;
    loop {
        match &e.kind {
            ExprKind::CompositeLit { typ: Some(t), .. } => e = t,
            ExprKind::Selector { x, .. }
            | ExprKind::Index { x, .. }
            | ExprKind::TypeAssert { x, .. }
            | ExprKind::Binary { x, .. } => e = x,
            ExprKind::Call { fun, .. } => e = fun,
            // gc's parser places a function type after `func`, at its
            // parameter (or type parameter) list.
            ExprKind::FuncType(ft) => {
                return ft.tparams.as_ref().map_or(ft.params.open, |t| t.open);
            }
            _ => return syntax_pos(e),
        }
    }
}

/// Where errors about operand `x` are reported: the start of its
/// expression (types2 atPos), else of `fallback`.
pub(crate) fn at_pos(x: &Operand<'_>, fallback: &Expr) -> Pos {
    start_pos(x.expr.unwrap_or(fallback))
}

/// Where types2 reports an error about statement `s` (syntax.StartPos):
/// an expression statement is at its expression's syntax position,
/// assignments and sends at the start of their left-hand side.
fn stmt_pos(s: &Stmt) -> Pos {
    match &s.kind {
        StmtKind::Expr(e) => syntax_pos(e),
        StmtKind::Send { chan, .. } => start_pos(chan),
        StmtKind::IncDec { x, .. } => start_pos(x),
        StmtKind::Assign { lhs, .. } if !lhs.is_empty() => start_pos(&lhs[0]),
        _ => s.span.lo,
    }
}

impl<'a> Checker<'a> {
    /// Checks a function body with signature `sig` (types2 funcBody):
    /// statements, labels, missing return, unused variables. `decl` is the
    /// declaration (index into `decls`) of the package-level object whose
    /// body, or whose initializer's function literal, it is (for
    /// dependencies); `iota` the enclosing constant's iota for function
    /// literals in constant declarations.
    pub fn func_body(
        &mut self,
        decl: Option<usize>,
        name: Name,
        sig: TypeId,
        body: &'a ast::Block,
        iota: Option<Value>,
    ) {
        let _ = name; // for tracing, as types2
        if self.conf.ignore_func_bodies {
            return;
        }

        // gc checks branches while parsing, before type checking.
        self.check_branches(body);

        let (scope, has_results) = match self.prog.signature(sig) {
            Some(s) => (s.scope, self.prog.tuple_len(s.results) > 0),
            None => (None, false),
        };
        // The signature always has a scope; be robust if it has none.
        let scope = scope.unwrap_or_else(|| {
            let parent = self.scope();
            let s = self
                .prog
                .new_scope(Some(parent), body.lbrace, body.rbrace.add(1), "function");
            self.prog.scope_mut(s).is_func = true;
            s
        });

        // Save the environment and set up the function's.
        let saved = std::mem::replace(
            &mut self.env,
            Environment {
                decl,
                scope: Some(scope),
                iota,
                sig: Some(sig),
                ..Environment::default()
            },
        );

        self.stmt_list(&body.stmts);

        if has_results && !self.is_terminating_list(&body.stmts, None) {
            self.error(body.rbrace, "missing return");
        }

        // spec: "Implementation restriction: A compiler may make it illegal
        // to declare a variable inside a function body if the variable is
        // never used."
        self.usage(scope);

        self.env = saved;
    }

    /// Reports the unused variables of `scope` and its nested scopes, except
    /// those of function literals, which their own bodies handle (types2
    /// usage).
    fn usage(&mut self, scope: ScopeId) {
        let mut unused: Vec<ObjId> = self
            .prog
            .scope(scope)
            .elems
            .values()
            .copied()
            .filter(|&o| {
                // Parameters, results and receivers need no use.
                matches!(
                    self.prog.obj(o).kind,
                    ObjKind::Var { kind, .. }
                        if !matches!(kind, VarKind::RecvVar | VarKind::ParamVar | VarKind::ResultVar)
                ) && !self.used_vars.contains(&o)
            })
            .collect();
        unused.sort_by_key(|&o| self.prog.obj(o).pos);
        for v in unused {
            let (pos, name) = (self.prog.obj(v).pos, self.prog.obj(v).name);
            self.soft_error(pos, format!("declared and not used: {name}"));
        }

        let children = self.prog.scope(scope).children.clone();
        for c in children {
            if !self.prog.scope(c).is_func {
                self.usage(c);
            }
        }
    }

    fn simple_stmt(&mut self, s: Option<&'a Stmt>) {
        if let Some(s) = s {
            self.stmt(s);
        }
    }

    fn stmt_list(&mut self, list: &'a [Stmt]) {
        for s in list {
            self.stmt(s);
        }
    }

    /// Checks a block in a new scope (recorded for `node` if given), as a
    /// statement: delayed actions run after it.
    pub(crate) fn block(&mut self, b: &'a ast::Block, node: Option<NodeId>) {
        let top = self.delayed.len();
        self.open_scope(node, b.lbrace, b.rbrace.add(1), "block");
        self.stmt_list(&b.stmts);
        self.close_scope();
        self.process_delayed(top);
    }

    fn multiple_switch_defaults(&mut self, list: &'a [CaseClause]) {
        let mut first: Option<Pos> = None;
        for c in list {
            if c.list.is_none() {
                match first {
                    Some(f) => {
                        let msg = format!("multiple defaults (first at {})", self.pos_string(f));
                        self.error(c.pos, msg);
                    }
                    None => first = Some(c.pos),
                }
            }
        }
    }

    fn multiple_select_defaults(&mut self, list: &'a [CommClause]) {
        let mut first: Option<Pos> = None;
        for c in list {
            if c.comm.is_none() {
                match first {
                    Some(f) => {
                        let msg = format!("multiple defaults (first at {})", self.pos_string(f));
                        self.error(c.pos, msg);
                    }
                    None => first = Some(c.pos),
                }
            }
        }
    }

    /// Checks the call of a `go` or `defer` statement (types2 suspendedCall).
    fn suspended_call(&mut self, keyword: &str, call: &'a Expr) {
        // The parser reports a parenthesized call; accept it here.
        let call = call.unparen();
        if !matches!(call.kind, ExprKind::Call { .. }) {
            self.error(
                start_pos(call),
                format!("expression in {keyword} must be function call"),
            );
            self.use_exprs(std::slice::from_ref(call));
            return;
        }

        let mut x = Operand::invalid(self.prog);
        let msg = match self.raw_expr(None, &mut x, call, None, false) {
            ExprClass::Conversion => "requires function call, not conversion",
            ExprClass::Expression => "discards result of",
            ExprClass::Statement => return,
        };
        let pos = at_pos(&x, call);
        let xs = self.op_str(&x);
        self.error(pos, format!("{keyword} {msg} {xs}"));
    }

    /// Checks the case values of an expression switch clause against the
    /// tag `x`, reporting duplicate constants (types2 caseValues).
    fn case_values(
        &mut self,
        x: &Operand<'a>,
        values: &'a [Expr],
        seen: &mut Vec<(GoVal, Pos, TypeId)>,
    ) {
        'values: for e in values {
            let mut v = Operand::invalid(self.prog);
            self.expr(None, &mut v, e);
            if !x.is_valid() || !v.is_valid() {
                continue;
            }
            self.convert_untyped(&mut v, x.typ);
            if !v.is_valid() {
                continue;
            }
            // Order matters: by comparing v against x, error positions are
            // at the case values.
            let mut res = v.clone();
            let mut y = x.clone();
            self.comparison(&mut res, &mut y, BinaryOp::Eq, true);
            if !res.is_valid() {
                continue;
            }
            if v.mode != Mode::Constant {
                continue; // we're done
            }
            // Look for duplicate values, of identical types.
            if let Some(val) = go_val(v.val()) {
                for (pval, ppos, ptyp) in seen.iter() {
                    if *pval == val && self.prog.identical(v.typ, *ptyp) {
                        let msg =
                            format!("duplicate case {} in expression switch", self.op_str(&v));
                        self.error_with_alt(at_pos(&v, e), msg, *ppos, "previous case");
                        continue 'values;
                    }
                }
                let pos = syntax_pos(v.expr.unwrap_or(e));
                seen.push((val, pos, v.typ));
            }
        }
    }

    /// Whether `e` denotes the predeclared value nil (types2 isNil): the
    /// only way to write it is `nil`, possibly parenthesized.
    fn is_nil_expr(&self, e: &Expr) -> bool {
        match e.unparen().kind {
            ExprKind::Ident(name) => self
                .lookup(name, Pos::NONE)
                .is_some_and(|o| matches!(self.prog.obj(o).kind, ObjKind::Nil)),
            _ => false,
        }
    }

    /// Checks the types of a type switch clause, reporting duplicates and
    /// impossible cases against the guard operand `x` (`None` if invalid),
    /// and returns the type of the clause's variable: the single listed
    /// type, or else the guard's type (types2 caseTypes).
    fn case_types(
        &mut self,
        x: Option<&Operand<'a>>,
        types: &'a [Expr],
        seen: &mut Vec<(Option<TypeId>, &'a Expr)>,
    ) -> TypeId {
        // `None` stands for nil; Some(invalid) for an invalid type.
        let mut t: Option<TypeId> = None;
        'types: for e in types {
            // The spec allows the value nil instead of a type.
            if self.is_nil_expr(e) {
                t = None;
                // Run e through expr for the usual recordings.
                let mut dummy = Operand::invalid(self.prog);
                self.expr(None, &mut dummy, e);
            } else {
                let typ = self.var_type(e);
                t = Some(typ);
                if !self.prog.is_valid(typ) {
                    continue;
                }
            }
            // Look for duplicate types (type switches are small).
            for &(other_t, other) in seen.iter() {
                let dup = match (t, other_t) {
                    (None, None) => true,
                    (Some(a), Some(b)) => self.prog.identical(a, b),
                    _ => false,
                };
                if dup {
                    // Talk about "case" rather than "type" because of nil.
                    let ts = t.map_or_else(|| "nil".to_string(), |t| self.type_str(t));
                    self.error_with_alt(
                        start_pos(e),
                        format!("duplicate case {ts} in type switch"),
                        start_pos(other),
                        "previous case",
                    );
                    continue 'types;
                }
            }
            seen.push((t, e));
            if let (Some(x), Some(t)) = (x, t) {
                self.type_switch_assertion(e, x, t);
            }
        }

        // spec: "In clauses with a case listing exactly one type, the
        // variable has that type; otherwise, the variable has the type of
        // the expression in the TypeSwitchGuard."
        match t {
            Some(t) if types.len() == 1 => t,
            _ => x.map_or(self.invalid(), |x| x.typ),
        }
    }

    /// Reports a type switch case `T` (expression `e`) that the guard `x`
    /// cannot have as dynamic type (types2 typeAssertion with typeSwitch).
    fn type_switch_assertion(&mut self, e: &'a Expr, x: &Operand<'a>, t: TypeId) {
        let mut cause = String::new();
        if self.assertable_to(x.typ, t, &mut cause) {
            return;
        }
        let msg = format!(
            "impossible type switch case: {}\n\t{} cannot have dynamic type {} {}",
            self.expr_str(e),
            self.op_str(x),
            self.type_str(t),
            cause
        );
        self.error(start_pos(e), msg);
    }

    /// Checks statement `s` (types2 stmt).
    pub(crate) fn stmt(&mut self, s: &'a Stmt) {
        // Function literals collected while checking `s` are checked
        // when it is done, before scopes change further.
        let top = self.delayed.len();
        self.stmt_inner(s);
        self.process_delayed(top);
    }

    fn stmt_inner(&mut self, s: &'a Stmt) {
        match &s.kind {
            // A bad statement's error was reported by the parser.
            StmtKind::Bad | StmtKind::Empty => {}

            StmtKind::Decl(d) => self.decl_stmt(d),

            StmtKind::Labeled { stmt, .. } => {
                self.env.has_label = true;
                self.stmt(stmt);
            }

            StmtKind::Expr(e) => {
                // spec: "With the exception of specific built-in functions,
                // function and method calls and receive operations can
                // appear in statement context. Such statements may be
                // parenthesized."
                let mut x = Operand::invalid(self.prog);
                let kind = self.raw_expr(None, &mut x, e, None, false);
                let msg = match x.mode {
                    Mode::Builtin => "must be called",
                    Mode::TypExpr => "is not an expression",
                    _ if kind == ExprClass::Statement => return,
                    _ => "is not used",
                };
                let pos = at_pos(&x, e);
                let xs = self.op_str(&x);
                self.error(pos, format!("{xs} {msg}"));
            }

            StmtKind::Send { chan, value, .. } => {
                let mut ch = Operand::invalid(self.prog);
                let mut val = Operand::invalid(self.prog);
                self.expr(None, &mut ch, chan);
                self.generic_expr(&mut val, value);
                if !ch.is_valid() || !val.is_valid() {
                    return;
                }
                if let Some(elem) = self.chan_elem(stmt_pos(s), &ch, false) {
                    self.assignment(&mut val, Some(elem), "send");
                }
            }

            StmtKind::IncDec { x: lhs, inc, .. } => {
                // lhs is single-valued: no need to unpack it.
                let mut x = Operand::invalid(self.prog);
                self.expr(None, &mut x, lhs);
                if !x.is_valid() {
                    return;
                }
                let u = self.under(x.typ);
                let numeric = if self.prog.is_type_param(x.typ) {
                    self.prog.all_numeric(x.typ)
                } else {
                    self.prog.is_numeric(u)
                };
                if !numeric {
                    let op = if *inc { "+" } else { "-" };
                    let msg = format!(
                        "invalid operation: {}{op}{op} (non-numeric type {})",
                        self.expr_str(lhs),
                        self.type_str(x.typ)
                    );
                    self.error(start_pos(lhs), msg);
                    return;
                }
                self.assign_var(lhs, None, &mut x, "assignment");
            }

            StmtKind::Assign {
                lhs,
                op_pos,
                op,
                rhs,
            } => match op {
                AssignOp::Assign => self.assign_vars(lhs, rhs),
                AssignOp::Define => self.short_var_decl(*op_pos, lhs, rhs),
                AssignOp::Op(bop) => {
                    // Assignment operations.
                    if lhs.len() != 1 || rhs.len() != 1 {
                        let msg = format!(
                            "assignment operation {} requires single-valued expressions",
                            bop.as_str()
                        );
                        self.error(stmt_pos(s), msg);
                        return;
                    }
                    let mut x = Operand::invalid(self.prog);
                    self.binary(&mut x, None, &lhs[0], &rhs[0], *bop);
                    self.assign_var(&lhs[0], None, &mut x, "assignment");
                }
            },

            StmtKind::Go(call) => self.suspended_call("go", call),
            StmtKind::Defer(call) => self.suspended_call("defer", call),

            StmtKind::Return(results) => self.return_stmt(s, results),

            StmtKind::Branch { label, .. } => {
                // Placement and labels are checked by check_branches.
                if label.is_some() {
                    self.env.has_label = true;
                }
            }

            StmtKind::Block(b) => {
                self.open_scope(Some(s.id), b.lbrace, b.rbrace.add(1), "block");
                self.stmt_list(&b.stmts);
                self.close_scope();
            }

            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.open_scope(Some(s.id), s.span.lo, s.span.hi, "if");
                self.simple_stmt(init.as_deref());
                let mut x = Operand::invalid(self.prog);
                self.expr(None, &mut x, cond);
                if x.is_valid() && !self.all_boolean_checked(x.typ) {
                    self.error(start_pos(cond), "non-boolean condition in if statement");
                }
                self.block(then, None);
                // The parser makes `els` an if statement or a block.
                if let Some(els) = els {
                    self.stmt(els);
                }
                self.close_scope();
            }

            StmtKind::Switch {
                init,
                tag,
                clauses,
                rbrace,
                ..
            } => {
                self.open_scope(Some(s.id), s.span.lo, s.span.hi, "switch");
                self.simple_stmt(init.as_deref());
                self.switch_stmt(tag.as_ref(), clauses, *rbrace);
                self.close_scope();
            }

            StmtKind::TypeSwitch {
                init,
                bind,
                guard,
                clauses,
                ..
            } => {
                self.open_scope(Some(s.id), s.span.lo, s.span.hi, "switch");
                self.simple_stmt(init.as_deref());
                self.type_switch_stmt(bind.as_ref(), guard, clauses);
                self.close_scope();
            }

            StmtKind::Select { clauses, .. } => self.select_stmt(clauses),

            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.open_scope(Some(s.id), s.span.lo, s.span.hi, "for");
                self.simple_stmt(init.as_deref());
                if let Some(cond) = cond {
                    let mut x = Operand::invalid(self.prog);
                    self.expr(None, &mut x, cond);
                    if x.is_valid() && !self.all_boolean_checked(x.typ) {
                        self.error(start_pos(cond), "non-boolean condition in for statement");
                    }
                }
                self.simple_stmt(post.as_deref());
                // spec: "The init statement may be a short variable
                // declaration, but the post statement must not." The parser
                // reported it; avoid follow-up errors.
                if let Some(post) = post
                    && let StmtKind::Assign {
                        lhs,
                        op: AssignOp::Define,
                        ..
                    } = &post.kind
                {
                    self.use_exprs(lhs);
                }
                self.block(body, None);
                self.close_scope();
            }

            StmtKind::Range {
                key,
                value,
                tok,
                x,
                body,
                ..
            } => {
                let tok = tok.map(|(op, _)| op);
                self.range_stmt(s, key.as_ref(), value.as_ref(), tok, x, body);
            }
        }
    }

    /// Checks a return statement against the function's results.
    fn return_stmt(&mut self, s: &'a Stmt, results: &'a [Expr]) {
        let res: Vec<ObjId> = match self.env.sig.and_then(|t| self.prog.signature(t)) {
            Some(sig) => self.prog.tuple(sig.results).to_vec(),
            None => Vec::new(),
        };
        // A return without results is allowed in a function with named
        // results (if one is named, all are).
        let named = res
            .first()
            .is_some_and(|&r| !self.prog.obj(r).name.as_str().is_empty());
        if results.is_empty() && named {
            // spec: "Implementation restriction: A compiler may disallow an
            // empty expression list in a "return" statement if a different
            // entity (constant, type, or variable) with the same name as a
            // result parameter is in scope at the place of the return."
            for obj in res {
                let name = self.prog.obj(obj).name;
                if let Some(alt) = self.lookup(name, Pos::NONE)
                    && alt != obj
                {
                    let alt_pos = self.prog.obj(alt).pos;
                    let msg = format!("inner declaration of {}", self.obj_str(obj));
                    self.error_with_alt(
                        s.span.lo,
                        format!("result parameter {name} not in scope at return"),
                        alt_pos,
                        msg,
                    );
                    // ok to continue
                }
            }
        } else {
            self.init_vars(&res, results, Some(s));
        }
    }

    /// Checks an expression switch's tag and clauses (types2 switchStmt);
    /// the init statement is done.
    fn switch_stmt(&mut self, tag: Option<&'a Expr>, clauses: &'a [CaseClause], rbrace: Pos) {
        let mut x = Operand::invalid(self.prog);
        match tag {
            Some(tag) => {
                self.expr(None, &mut x, tag);
                // By checking assignment of x to an invisible temporary (as
                // a compiler would), we get all the relevant checks.
                self.assignment(&mut x, None, "switch expression");
                if x.is_valid() && !self.prog.comparable(x.typ) && !self.prog.has_nil(x.typ) {
                    let msg = format!(
                        "cannot switch on {} ({} is not comparable)",
                        self.op_str(&x),
                        self.type_str(x.typ)
                    );
                    self.error(at_pos(&x, tag), msg);
                    x.invalidate();
                }
            }
            None => {
                // spec: "A missing switch expression is equivalent to the
                // boolean value true." It appears in messages as `true`
                // ("invalid case x in switch on true").
                let pos = clauses.first().map_or(rbrace, |c| c.pos);
                x = Operand {
                    mode: Mode::Constant,
                    expr: Some(dummy_name(pos, "true")),
                    typ: self.prog.universe.basic(BasicKind::Bool),
                    val: Some(Value::make_bool(true)),
                    builtin: None,
                };
            }
        }

        self.multiple_switch_defaults(clauses);

        let mut seen = Vec::new();
        for clause in clauses {
            let values = clause.list.as_deref().unwrap_or(&[]);
            self.case_values(&x, values, &mut seen);
            self.open_scope(Some(clause.id), clause.pos, clause_end(clause), "case");
            self.stmt_list(&clause.body);
            self.close_scope();
        }
    }

    /// Checks a type switch (types2 typeSwitchStmt); the init statement is
    /// done. A type switch guard has the form
    /// `[ identifier ":=" ] PrimaryExpr "." "(" "type" ")"`.
    fn type_switch_stmt(
        &mut self,
        bind: Option<&'a ast::Ident>,
        guard: &'a Expr,
        clauses: &'a [CaseClause],
    ) {
        // Check the lhs, if any.
        let mut lhs = bind;
        if let Some(l) = lhs
            && l.name.is_blank()
        {
            // _ := x.(type) is an invalid short variable declaration.
            self.soft_error(l.pos, "no new variable on left side of :=");
            lhs = None; // avoid "declared and not used" below
        }
        // (types2 records a nil definition for the lhs: it is implicitly
        // declared in each clause, see Info::implicits.)

        // Check the rhs: the switch expression cases are compared against,
        // None if invalid.
        let gx = match &guard.kind {
            ExprKind::TypeAssert { x, .. } => &**x,
            _ => guard,
        };
        let mut sx: Option<Operand<'a>> = None;
        {
            let mut x = Operand::invalid(self.prog);
            self.expr(None, &mut x, gx);
            if x.is_valid() {
                let u = self.under(x.typ);
                if self.prog.is_type_param(x.typ) {
                    let msg = format!(
                        "cannot use type switch on type parameter value {}",
                        self.op_str(&x)
                    );
                    self.error(at_pos(&x, gx), msg);
                } else if matches!(self.prog.ty(u), Type::Interface(_)) {
                    sx = Some(x);
                } else {
                    let msg = format!("{} is not an interface", self.op_str(&x));
                    self.error(at_pos(&x, gx), msg);
                }
            }
        }

        self.multiple_switch_defaults(clauses);

        let mut lhs_vars = Vec::new();
        let mut seen = Vec::new();
        for clause in clauses {
            // Check each type in this clause.
            let cases = clause.list.as_deref().unwrap_or(&[]);
            let t = self.case_types(sx.as_ref(), cases, &mut seen);
            self.open_scope(Some(clause.id), clause.pos, clause_end(clause), "case");
            // If lhs exists, declare a corresponding variable in the
            // clause's scope.
            if let Some(l) = lhs {
                let obj = self
                    .prog
                    .new_var(VarKind::LocalVar, l.pos, Some(self.pkg), l.name, t);
                let scope = self.scope();
                self.declare(scope, None, obj, clause.colon);
                self.record_implicit(clause.id, obj);
                // For "declared and not used", all lhs variables act as
                // one: if any one of them is used, all of them are.
                lhs_vars.push(obj);
            }
            self.stmt_list(&clause.body);
            self.close_scope();
        }

        // If lhs exists, at least one lhs variable must be used. (usage
        // cannot do it: it looks at one scope at a time.)
        if let Some(l) = lhs {
            let mut used = false;
            for v in lhs_vars {
                used |= self.used_vars.contains(&v);
                self.used_vars.insert(v); // no usage error for the whole function
            }
            if !used {
                self.soft_error(l.pos, format!("{} declared and not used", l.name));
            }
        }
    }

    /// Checks a select statement's clauses (types2 stmt, SelectStmt).
    fn select_stmt(&mut self, clauses: &'a [CommClause]) {
        self.multiple_select_defaults(clauses);

        for clause in clauses {
            // The communication must be a send, a receive, or a receive
            // assigned to or declaring variables.
            let valid = match clause.comm.as_deref() {
                None => true,
                Some(c) => {
                    let rhs = match &c.kind {
                        StmtKind::Send { .. } => None,
                        StmtKind::Assign { rhs, .. } if rhs.len() == 1 => Some(&rhs[0]),
                        StmtKind::Expr(e) => Some(e),
                        _ => None,
                    };
                    matches!(c.kind, StmtKind::Send { .. })
                        || rhs.is_some_and(|e| {
                            matches!(
                                e.unparen().kind,
                                ExprKind::Unary {
                                    op: UnaryOp::Recv,
                                    ..
                                }
                            )
                        })
                }
            };
            if !valid {
                if let Some(c) = &clause.comm {
                    self.error(
                        stmt_pos(c),
                        "select case must be send or receive (possibly with assignment)",
                    );
                }
                continue;
            }
            self.open_scope(Some(clause.id), clause.pos, comm_clause_end(clause), "case");
            if let Some(c) = &clause.comm {
                self.stmt(c);
            }
            self.stmt_list(&clause.body);
            self.close_scope();
        }
    }

    /// `all_boolean` through the checker's `under`.
    fn all_boolean_checked(&mut self, t: TypeId) -> bool {
        if self.prog.is_type_param(t) {
            return self.prog.all_boolean(t);
        }
        let u = self.under(t);
        self.prog.is_boolean(u)
    }
}

/// The end of a case clause: its last statement's, or past its colon.
fn clause_end(c: &CaseClause) -> Pos {
    c.body.last().map_or(c.colon.add(1), |s| s.span.hi)
}

fn comm_clause_end(c: &CommClause) -> Pos {
    c.body.last().map_or(c.colon.add(1), |s| s.span.hi)
}
