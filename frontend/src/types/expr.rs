//! Expressions (expr.go, and the operand helpers of call.go, const.go and
//! recording.go that the expression walk uses).
//!
//! Expressions are checked top down by `raw_expr`, which dispatches on the
//! expression kind (`expr_internal`) and records the result. An operand that
//! is untyped (a constant, a comparison, a non-constant shift of an untyped
//! constant) is remembered in `Checker::untyped` instead of being recorded:
//! its final type is only known once its context converts it
//! (`convert_untyped`), and `update_expr_type` then walks the expression tree
//! down to give the operands of that expression the same final type, as the
//! compiler will materialize them.
//!
//! Invariants:
//! - After any of the checking functions returns, `x.expr` is the expression
//!   checked (or a synthesized name for values without their own
//!   expression, see [`dummy_name`]), except where types2 leaves it empty
//!   (implicit binary operations of assignment operators).
//! - An invalid operand has been reported; callers only report errors about
//!   valid operands, so that each mistake is reported once.
//! - Errors are reported at the start of the offending expression
//!   (types2's `atPos`), except where types2 reports at a node's own
//!   position (see [`syntax_pos`]).

use rustc_hash::FxHashMap as HashMap;
use std::sync::{Mutex, OnceLock};

use crate::constant::{self, Value};
use crate::name::Name;
use crate::source::{Pos, Span};
use crate::syntax::ast::{BinaryOp, Expr, ExprKind, NodeId, UnaryOp};

use super::check::ExprInfo;
use super::const_::ConvError;
use super::typeset::TTerm;
use super::*;

pub(super) const INVALID_OP: &str = "invalid operation: ";
pub(super) const INVALID_ARG: &str = "invalid argument: ";

// -- positions -------------------------------------------------------------------

/// The position types2's syntax package gives a node (its `Pos()`), which
/// is not the start for some nodes: the operator of a binary expression,
/// `[` of index and slice expressions, `(` of a call, `.` of a selector or
/// type assertion, `{` of a composite literal and `:` of a key-value pair.
/// types2 reports some errors there (`e.Pos()` rather than `e`).
///
/// The AST keeps no position for the `.` of a selector or assertion; it is
/// taken to precede the selector name (or `(`) directly, as gofmt writes it.
pub(crate) fn syntax_pos(e: &Expr) -> Pos {
    match &e.kind {
        ExprKind::Binary { op_pos, .. } => *op_pos,
        ExprKind::Index { lbrack, .. } | ExprKind::Slice { lbrack, .. } => *lbrack,
        ExprKind::Call { lparen, .. } => *lparen,
        ExprKind::Selector { sel, .. } => Pos(sel.pos.0.saturating_sub(1)),
        ExprKind::TypeAssert { lparen, .. } => Pos(lparen.0.saturating_sub(1)),
        ExprKind::CompositeLit { lbrace, .. } => *lbrace,
        ExprKind::KeyValue { colon, .. } => *colon,
        _ => e.span.lo,
    }
}

/// The position of the operator if `e` is an operation, else its start
/// (types2 opPos): where constant overflow is reported.
pub(crate) fn op_pos(e: Option<&Expr>) -> Pos {
    match e {
        None => Pos::NONE,
        Some(e) => match &e.kind {
            ExprKind::Binary { op_pos, .. } => *op_pos,
            _ => e.span.lo,
        },
    }
}

/// Where an error about operand `x` is reported: the start of its
/// expression (types2 atPos of an operand).
pub(crate) fn at(x: &Operand) -> Pos {
    x.expr.map(|e| e.span.lo).unwrap_or(Pos::NONE)
}

/// types2's `x.Pos()`: the syntax position of the operand's expression.
pub(crate) fn operand_pos(x: &Operand) -> Pos {
    x.expr.map(syntax_pos).unwrap_or(Pos::NONE)
}

/// A synthesized identifier for a value without its own expression, as
/// types2's `syntax.NewName(pos, "1st function result")`: messages print
/// it as the operand's expression, and errors are reported at `pos`.
///
/// Operands hold expressions by reference for the checked files' lifetime,
/// so these names are interned for the life of the process, one per
/// (position, text); their node id is 0, which the parser never hands out,
/// so nothing is ever recorded for them.
pub(crate) fn dummy_name(pos: Pos, text: &str) -> &'static Expr {
    type Table = Mutex<HashMap<(u32, String), &'static Expr>>;
    static TABLE: OnceLock<Table> = OnceLock::new();
    let mut t = TABLE
        .get_or_init(|| Mutex::new(HashMap::default()))
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    let key = (pos.0, text.to_string());
    if let Some(&e) = t.get(&key) {
        return e;
    }
    let e: &'static Expr = Box::leak(Box::new(Expr {
        id: NodeId(0),
        span: Span::new(pos, pos),
        kind: ExprKind::Ident(Name::intern(text)),
    }));
    t.insert(key, e);
    e
}

/// "1st what", "2nd what", ... (types2 nth).
pub(crate) fn nth(n: usize, what: &str) -> String {
    let ext = match n {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    };
    format!("{n}{ext} {what}")
}

// -- language versions -------------------------------------------------------------

/// Whether the configured language version allows a feature of Go 1.`minor`
/// (types2 allowVersion).
pub(crate) fn allow_version(check: &Checker, minor: u32) -> bool {
    check.conf.go_minor >= minor
}

/// Reports "`what` requires go1.`minor` or later" unless allowed (types2
/// verifyVersionf).
pub(crate) fn verify_version(check: &mut Checker, pos: Pos, minor: u32, what: &str) -> bool {
    if !allow_version(check, minor) {
        check.error(pos, format!("{what} requires go1.{minor} or later"));
        return false;
    }
    true
}

// -- operators -----------------------------------------------------------------------

/// The name of an operation that may overflow, for "constant addition
/// overflow" (types2 opName).
pub(crate) fn op_name_of(e: Option<&Expr>) -> &'static str {
    match e.map(|e| &e.kind) {
        Some(ExprKind::Unary {
            op: UnaryOp::Xor, ..
        }) => "bitwise complement",
        Some(ExprKind::Binary { op, .. }) => match op {
            BinaryOp::Add => "addition",
            BinaryOp::Sub => "subtraction",
            BinaryOp::Xor => "bitwise XOR",
            BinaryOp::Mul => "multiplication",
            BinaryOp::Shl => "shift",
            _ => "",
        },
        _ => "",
    }
}

pub(crate) fn cmp_op(op: BinaryOp) -> constant::CmpOp {
    use constant::CmpOp;
    match op {
        BinaryOp::Ne => CmpOp::Neq,
        BinaryOp::Lt => CmpOp::Lss,
        BinaryOp::Le => CmpOp::Leq,
        BinaryOp::Gt => CmpOp::Gtr,
        BinaryOp::Ge => CmpOp::Geq,
        _ => CmpOp::Eql,
    }
}

fn const_op(op: BinaryOp) -> constant::Op {
    use constant::Op;
    match op {
        BinaryOp::Sub => Op::Sub,
        BinaryOp::Mul => Op::Mul,
        BinaryOp::Div => Op::Quo,
        BinaryOp::Rem => Op::Rem,
        BinaryOp::And => Op::And,
        BinaryOp::Or => Op::Or,
        BinaryOp::Xor => Op::Xor,
        BinaryOp::AndNot => Op::AndNot,
        BinaryOp::AndAnd => Op::LAnd,
        BinaryOp::OrOr => Op::LOr,
        _ => Op::Add,
    }
}

fn is_shift(op: BinaryOp) -> bool {
    matches!(op, BinaryOp::Shl | BinaryOp::Shr)
}

/// A set of operand modes for `exclude`.
#[derive(Copy, Clone)]
pub(crate) struct ModeSet {
    pub novalue: bool,
    pub builtin: bool,
    pub typexpr: bool,
}

impl ModeSet {
    pub const VALUE_ONLY: ModeSet = ModeSet {
        novalue: true,
        builtin: true,
        typexpr: true,
    };
    fn contains(self, m: Mode) -> bool {
        match m {
            Mode::NoValue => self.novalue,
            Mode::Builtin => self.builtin,
            Mode::TypExpr => self.typexpr,
            _ => false,
        }
    }
}

/// What a `typeset` walk yields: a specific type and its underlying type,
/// or `None` for a type parameter whose constraint has no specific types.
pub(crate) type TypeUnder = Option<(TypeId, TypeId)>;

impl<'a> Checker<'a> {
    // -- type sets of operands ------------------------------------------------------

    /// The (type, underlying type) pairs of `t`'s type set: the specific terms
    /// of a type parameter's constraint (a single `None` if it has none), or
    /// `t` itself (types2 typeset). Never empty.
    pub(crate) fn typeset(&mut self, t: TypeId) -> Vec<TypeUnder> {
        let t0 = self.prog.unalias(t);
        if !matches!(self.prog.ty(t0), Type::TypeParam(_)) {
            let u = self.under(t);
            return vec![Some((t, u))];
        }
        let ts = self.prog.tparam_type_set(t0);
        if !ts.has_terms() {
            return vec![None];
        }
        let terms: Vec<TTerm> = ts.terms.clone();
        let mut out = Vec::with_capacity(terms.len());
        for term in terms {
            match term {
                TTerm::T(term) => {
                    // The underlying type of ~T is T itself.
                    let u = if term.tilde {
                        self.prog.unalias(term.typ)
                    } else {
                        self.under(term.typ)
                    };
                    out.push(Some((term.typ, u)));
                }
                TTerm::All => out.push(None),
            }
        }
        out
    }

    /// The common underlying type of `t`'s type set (types2 commonUnder):
    /// `cond` may reject a (type, underlying) pair with a message; channels of
    /// identical element types combine to the most restricted direction.
    pub(crate) fn common_under(
        &mut self,
        t: TypeId,
        mut cond: impl FnMut(&mut Self, TypeUnder) -> Option<String>,
    ) -> Result<TypeId, String> {
        let mut ct: Option<(TypeId, TypeId)> = None;
        for tu in self.typeset(t) {
            if let Some(msg) = cond(self, tu) {
                return Err(msg);
            }
            let Some((t, u)) = tu else {
                return Err("no specific type".into());
            };
            let Some((ct0, cu)) = ct else {
                ct = Some((t, u));
                continue;
            };
            if let (Type::Chan { dir: cd, elem: ce }, Type::Chan { dir, elem }) =
                (self.prog.ty(cu).clone(), self.prog.ty(u).clone())
            {
                if !self.prog.identical(ce, elem) {
                    return Err(format!(
                        "channels {} and {} have different element types",
                        self.type_str(ct0),
                        self.type_str(t)
                    ));
                }
                // Keep the restricted direction; conflicting ones fail.
                if cd == dir {
                } else if cd == ChanDir::SendRecv {
                    ct = Some((t, u));
                } else if dir != ChanDir::SendRecv {
                    return Err(format!(
                        "channels {} and {} have conflicting directions",
                        self.type_str(ct0),
                        self.type_str(t)
                    ));
                }
                continue;
            }
            if !self.prog.identical(cu, u) {
                return Err(format!(
                    "{} and {} have different underlying types",
                    self.type_str(ct0),
                    self.type_str(t)
                ));
            }
        }
        ct.map(|(_, u)| u).ok_or_else(|| "no specific type".into())
    }

    // -- recording ----------------------------------------------------------------------

    /// Records `x` for its expression, or remembers it while it is untyped
    /// (types2 record).
    pub fn record(&mut self, x: &Operand<'a>) {
        let Some(e) = x.expr else { return };
        let (typ, val) = match x.mode {
            Mode::Invalid => (self.invalid(), None),
            Mode::NoValue => (self.prog.universe.empty_tuple, None),
            Mode::Constant => (x.typ, x.val.clone()),
            _ => (x.typ, None),
        };
        if self.prog.is_untyped(typ) {
            self.remember_untyped(e, false, x.mode, typ, val);
        } else {
            self.record_type_and_value(e, x.mode, typ, val);
        }
    }

    // -- unary expressions ----------------------------------------------------------------

    /// Reports whether unary operator `op` is defined on `x` (types2 op
    /// with unaryOpPredicates).
    fn unary_op_ok(&mut self, x: &Operand<'a>, op: UnaryOp) -> bool {
        let ok = match op {
            UnaryOp::Pos | UnaryOp::Neg => self.prog.all_numeric(x.typ),
            UnaryOp::Xor => self.prog.all_integer(x.typ),
            UnaryOp::Not => self.prog.all_boolean(x.typ),
            _ => {
                self.error(
                    at(x),
                    format!("invalid syntax tree: unknown operator {}", op.as_str()),
                );
                return false;
            }
        };
        if !ok {
            let xs = self.op_str(x);
            self.error(
                at(x),
                format!("{INVALID_OP}operator {} not defined on {xs}", op.as_str()),
            );
        }
        ok
    }

    fn unary(&mut self, x: &mut Operand<'a>, e: &'a Expr, op: UnaryOp, operand: &'a Expr) {
        self.expr(None, x, operand);
        if !x.is_valid() {
            return;
        }
        let mut op = op;
        match op {
            UnaryOp::Addr => {
                // spec: "As an exception to the addressability requirement
                // x may also be a composite literal."
                let complit = matches!(operand.unparen().kind, ExprKind::CompositeLit { .. });
                if !complit && x.mode != Mode::Variable {
                    let xs = self.op_str(x);
                    self.error(at(x), format!("{INVALID_OP}cannot take address of {xs}"));
                    x.invalidate();
                    return;
                }
                x.mode = Mode::Value;
                x.typ = self.prog.new_pointer(x.typ);
                return;
            }
            UnaryOp::Recv => {
                // We cannot receive a value of an incomplete type.
                if let Some(elem) = self.chan_elem(at(x), x, true)
                    && self.is_complete(elem)
                {
                    x.mode = Mode::CommaOk;
                    x.typ = elem;
                    self.env.has_call_or_recv = true;
                    return;
                }
                x.invalidate();
                return;
            }
            UnaryOp::Tilde => {
                // A better position and message than the operator check's.
                if !self.prog.all_integer(x.typ) {
                    self.error(
                        e.span.lo,
                        "cannot use ~ outside of interface or type constraint",
                    );
                    x.invalidate();
                    return;
                }
                self.error(
                    e.span.lo,
                    "cannot use ~ outside of interface or type constraint (use ^ for bitwise complement)",
                );
                op = UnaryOp::Xor;
            }
            _ => {}
        }

        if !self.unary_op_ok(x, op) {
            x.invalidate();
            return;
        }

        if x.mode == Mode::Constant {
            if x.val().kind() == constant::Kind::Unknown {
                // Nothing to do (and no overflow error below).
                return;
            }
            let prec = if self.prog.is_unsigned(x.typ) {
                (self.prog.sizeof(x.typ) * 8) as u32
            } else {
                0
            };
            let uop = match op {
                UnaryOp::Neg => constant::UnOp::Neg,
                UnaryOp::Xor => constant::UnOp::Complement,
                UnaryOp::Not => constant::UnOp::Not,
                _ => constant::UnOp::Pos,
            };
            x.val = Some(constant::unary_op(uop, x.val(), prec));
            x.expr = Some(e);
            self.overflow(x, op_pos(x.expr));
            return;
        }

        x.mode = Mode::Value;
        // x.typ remains unchanged
    }

    /// The element type of channel `x` for a receive (`recv`) or a send,
    /// or None after reporting why the operation is invalid (types2
    /// chanElem).
    pub fn chan_elem(&mut self, pos: Pos, x: &Operand<'a>, recv: bool) -> Option<TypeId> {
        let res = self.common_under(x.typ, |check, tu| {
            let Some((t, u)) = tu else {
                return Some("no specific channel type".into());
            };
            match check.prog.ty(u) {
                Type::Chan { dir, .. } => {
                    if recv && *dir == ChanDir::SendOnly {
                        return Some(format!("send-only channel {}", check.type_str(t)));
                    }
                    if !recv && *dir == ChanDir::RecvOnly {
                        return Some(format!("receive-only channel {}", check.type_str(t)));
                    }
                    None
                }
                _ => Some(format!("non-channel {}", check.type_str(t))),
            }
        });
        let cause = match res {
            Ok(u) => {
                if let Type::Chan { elem, .. } = self.prog.ty(u) {
                    return Some(*elem);
                }
                String::new()
            }
            Err(cause) => cause,
        };
        let xs = self.op_str(x);
        let tparam = self.prog.is_type_param(x.typ);
        let msg = match (recv, tparam) {
            (true, true) => format!("{INVALID_OP}cannot receive from {xs}: {cause}"),
            // Only the non-channel and send-only channel errors are possible.
            (true, false) => format!("{INVALID_OP}cannot receive from {cause} {xs}"),
            (false, true) => format!("{INVALID_OP}cannot send to {xs}: {cause}"),
            (false, false) => format!("{INVALID_OP}cannot send to {cause} {xs}"),
        };
        self.error(pos, msg);
        None
    }

    // -- untyped operands ---------------------------------------------------------------

    /// Updates the type of untyped expression `e` to `t`, and of its
    /// operands as the expression kind requires. If `t` is still untyped
    /// and not `final_`, only the remembered type changes; otherwise the
    /// type (and value) are recorded, after checking that a constant is
    /// representable in `t` and that a formerly untyped shift operand is an
    /// integer (types2 updateExprType).
    pub fn update_expr_type(&mut self, e: &'a Expr, t: TypeId, final_: bool) {
        let Some((old, _)) = self.untyped.get(&e.id) else {
            return;
        };
        let mut old: ExprInfo = old.clone();

        match &e.kind {
            ExprKind::Call { .. }
            | ExprKind::Ident(_)
            | ExprKind::BasicLit(_)
            | ExprKind::Selector { .. } => {
                // A call with an untyped constant result (complex, real,
                // ...), a constant, a literal or an imported constant: the
                // respective calls updated their arguments themselves.
            }
            ExprKind::Paren(inner) => self.update_expr_type(inner, t, final_),
            ExprKind::Unary { x, .. } => {
                // If e is a constant, its operands were constants that
                // never get materialized: leave them to the final pass.
                if old.val.is_none() {
                    self.update_expr_type(x, t, final_);
                }
            }
            ExprKind::Binary { op, x, y, .. } => {
                if old.val.is_none() {
                    if op.is_comparison() {
                        // The result type is independent of the operand
                        // types, which got their final types already.
                    } else if is_shift(*op) {
                        // The result type depends only on the lhs; the rhs
                        // was updated when checking the shift.
                        self.update_expr_type(x, t, final_);
                    } else {
                        self.update_expr_type(x, t, final_);
                        self.update_expr_type(y, t, final_);
                    }
                }
            }
            // Never untyped.
            _ => return,
        }

        // Not final and still untyped: just update the remembered type.
        if !final_ && self.prog.is_untyped(t) {
            old.typ = self.prog.under(t);
            if let Some(entry) = self.untyped.get_mut(&e.id) {
                entry.0 = old;
            }
            return;
        }

        // The final type: e is no longer untyped.
        self.untyped.remove(&e.id);

        if old.is_lhs {
            // The lhs of a shift must end up an integer; a constant one is
            // already known to be representable as an integer, but must
            // also fit the specific integer type (go.dev/issue/22969).
            if !self.prog.all_integer(t) {
                let es = self.expr_str(e);
                let ts = self.type_str(t);
                self.error(
                    e.span.lo,
                    format!("{INVALID_OP}shifted operand {es} (type {ts}) must be integer"),
                );
                return;
            }
        }
        if old.val.is_some() {
            // A constant must be representable in its final type.
            let mut c = Operand {
                mode: old.mode,
                expr: Some(e),
                typ: old.typ,
                val: old.val.clone(),
                builtin: None,
            };
            self.convert_untyped(&mut c, t);
            if !c.is_valid() {
                return;
            }
        }
        self.record_type_and_value(e, old.mode, t, old.val);
    }

    /// Updates the remembered value of untyped expression `e` (types2
    /// updateExprVal).
    pub fn update_expr_val(&mut self, e: &'a Expr, val: Value) {
        if let Some(entry) = self.untyped.get_mut(&e.id) {
            entry.0.val = Some(val);
        }
    }

    /// The type untyped `x` takes where `target` is expected, and its value
    /// represented in that type if it is a constant; or why it cannot be
    /// converted (types2 implicitTypeAndValue). A typed or invalid `x` keeps
    /// its type.
    pub fn implicit_type_and_value(
        &mut self,
        x: &Operand<'a>,
        target: TypeId,
    ) -> Result<(TypeId, Option<Value>), ConvError> {
        if !x.is_valid() || self.prog.is_typed(x.typ) || !self.prog.is_valid(target) {
            return Ok((x.typ, None));
        }
        // x is untyped

        if self.prog.is_untyped(target) {
            // both x and target are untyped
            return match self.prog.max_type(x.typ, target) {
                Some(m) => Ok((m, None)),
                None => Err(ConvError::InvalidUntypedConversion),
            };
        }

        if x.is_nil(self.prog) {
            return if self.prog.has_nil(target) {
                Ok((target, None))
            } else {
                Err(ConvError::InvalidUntypedConversion)
            };
        }

        let u = self.under(target);
        match self.prog.ty(u).clone() {
            Type::Basic(_) => {
                if x.mode == Mode::Constant {
                    let v = self.representation(x, u)?;
                    return Ok((target, Some(v)));
                }
                // Non-constant untyped values come from comparisons
                // (untyped bool), delayed-checked shifts, and nil.
                let ok = match self.prog.basic_kind(x.typ) {
                    Some(BasicKind::UntypedBool) => self.prog.is_boolean(target),
                    Some(
                        BasicKind::UntypedInt
                        | BasicKind::UntypedRune
                        | BasicKind::UntypedFloat
                        | BasicKind::UntypedComplex,
                    ) => self.prog.is_numeric(target),
                    // Not permitted by the spec, but reachable for
                    // non-constant untyped strings from API clients.
                    Some(BasicKind::UntypedString) => self.prog.is_string(target),
                    _ => false,
                };
                if !ok {
                    return Err(ConvError::InvalidUntypedConversion);
                }
            }
            Type::Interface(_) => {
                if self.prog.is_type_param(target) {
                    for tu in self.typeset(target) {
                        let Some((_, u)) = tu else {
                            return Err(ConvError::InvalidUntypedConversion);
                        };
                        if self.implicit_type_and_value(x, u).is_err() {
                            return Err(ConvError::InvalidUntypedConversion);
                        }
                    }
                } else {
                    // Values must have concrete dynamic types: use the
                    // default type rather than the interface (untyped nil
                    // was handled above).
                    if !self.prog.interface_type_set(u).is_all() {
                        // Untyped values cannot be assigned to non-empty
                        // interfaces.
                        return Err(ConvError::InvalidUntypedConversion);
                    }
                    return Ok((self.prog.default_type(x.typ), None));
                }
            }
            _ => return Err(ConvError::InvalidUntypedConversion),
        }
        Ok((target, None))
    }

    /// Converts an untyped operand to `target` or reports why it cannot
    /// (types2 convertUntyped).
    pub fn convert_untyped(&mut self, x: &mut Operand<'a>, target: TypeId) {
        match self.implicit_type_and_value(x, target) {
            Err(code) => {
                let t = if self.prog.is_type_param(target) {
                    target
                } else {
                    self.under(target)
                };
                self.invalid_conversion(code, x, t);
                x.invalidate();
            }
            Ok((new_type, val)) => {
                if let Some(v) = val {
                    x.val = Some(v.clone());
                    if let Some(e) = x.expr {
                        self.update_expr_val(e, v);
                    }
                }
                if new_type != x.typ {
                    x.typ = new_type;
                    if let Some(e) = x.expr {
                        self.update_expr_type(e, new_type, false);
                    }
                }
            }
        }
    }

    // -- comparisons ----------------------------------------------------------------------

    /// Checks the comparison `x op y`, or a switch case `x` against tag
    /// `y` (then `op` is ignored); the result is an untyped boolean in `x`
    /// (types2 comparison).
    pub fn comparison(
        &mut self,
        x: &mut Operand<'a>,
        y: &mut Operand<'a>,
        op: BinaryOp,
        switch_case: bool,
    ) {
        // Avoid spurious errors with invalid operand types (go.dev/issue/54405).
        if !self.prog.is_valid(x.typ) || !self.prog.is_valid(y.typ) {
            x.invalidate();
            return;
        }
        let op = if switch_case { BinaryOp::Eq } else { op };

        // Which operand the error is reported for (true: y), and the cause.
        let (err_y, mut cause) = 'err: {
            // spec: "In any comparison, the first operand must be
            // assignable to the type of the second operand, or vice versa."
            let mut scratch = String::new();
            let ok = self.assignable_to(x, y.typ, &mut scratch)
                || self.assignable_to(y, x.typ, &mut scratch);
            if !ok {
                // Reported at the 2nd operand: only then is the mismatch known.
                let c = format!(
                    "mismatched types {} and {}",
                    self.type_str(x.typ),
                    self.type_str(y.typ)
                );
                break 'err (true, c);
            }

            match op {
                BinaryOp::Eq | BinaryOp::Ne => {
                    let (xn, yn) = (x.is_nil(self.prog), y.is_nil(self.prog));
                    if xn || yn {
                        // Comparison against nil requires the other operand
                        // type to have nil; only "nil == nil" fails here.
                        let typ = if xn { y.typ } else { x.typ };
                        if !self.prog.has_nil(typ) {
                            break 'err (true, String::new());
                        }
                    } else if !self.prog.comparable(x.typ) {
                        let c = self.incomparable_cause(x.typ);
                        break 'err (false, c);
                    } else if !self.prog.comparable(y.typ) {
                        let c = self.incomparable_cause(y.typ);
                        break 'err (true, c);
                    }
                }
                _ => {
                    // spec: "The ordering operators <, <=, >, and >= apply
                    // to operands that are ordered."
                    if !self.prog.all_ordered(x.typ) {
                        break 'err (false, String::new());
                    }
                    if !self.prog.all_ordered(y.typ) {
                        break 'err (true, String::new());
                    }
                }
            }

            // The comparison is ok.
            if x.mode == Mode::Constant && y.mode == Mode::Constant {
                // The operands are never materialized: no type updates.
                let r = constant::compare(x.val(), cmp_op(op), y.val());
                x.val = Some(Value::make_bool(r));
            } else {
                x.mode = Mode::Value;
                // The operands now have their final types, which will be
                // materialized at run time (the default type if untyped).
                if let Some(e) = x.expr {
                    let t = self.prog.default_type(x.typ);
                    self.update_expr_type(e, t, true);
                }
                if let Some(e) = y.expr {
                    let t = self.prog.default_type(y.typ);
                    self.update_expr_type(e, t, true);
                }
            }
            // spec: "Comparison operators compare two operands and yield an
            // untyped boolean value."
            x.typ = self.prog.universe.basic(BasicKind::UntypedBool);
            return;
        };

        let mut err_y = err_y;
        if cause.is_empty() {
            if self.prog.is_type_param(x.typ) || self.prog.is_type_param(y.typ) {
                if !self.prog.is_type_param(x.typ) {
                    err_y = true;
                }
                let et = if err_y { y.typ } else { x.typ };
                cause = format!(
                    "type parameter {} cannot use operator {}",
                    self.type_str(et),
                    op.as_str()
                );
            } else {
                // Neither x nor y is a type parameter.
                let et = if err_y { y.typ } else { x.typ };
                let mut what = super::operand::composite_kind(self.prog, et).to_string();
                if what.is_empty() {
                    what = self.type_str(et);
                }
                cause = format!("operator {} not defined on {what}", op.as_str());
            }
        }
        let xe = x.expr.map(|e| self.expr_str(e)).unwrap_or_default();
        let ye = y.expr.map(|e| self.expr_str(e)).unwrap_or_default();
        if switch_case {
            // Always reported at the case value.
            self.error(
                at(x),
                format!("invalid case {xe} in switch on {ye} ({cause})"),
            );
        } else {
            let pos = if err_y { at(y) } else { at(x) };
            self.error(
                pos,
                format!("{INVALID_OP}{xe} {} {ye} ({cause})", op.as_str()),
            );
        }
        x.invalidate();
    }

    /// A more specific reason why `t` is not comparable, or "" (types2
    /// incomparableCause).
    fn incomparable_cause(&mut self, t: TypeId) -> String {
        let u = self.under(t);
        if matches!(
            self.prog.ty(u),
            Type::Slice(_) | Type::Signature(_) | Type::Map { .. }
        ) {
            return format!(
                "{} can only be compared to nil",
                super::operand::composite_kind(self.prog, t)
            );
        }
        match self.prog.comparable_reason(t, true) {
            None | Some(Incomparable::Plain) => String::new(),
            Some(Incomparable::StructContaining(ft)) => {
                format!("struct containing {} cannot be compared", self.type_str(ft))
            }
            Some(Incomparable::Array(at)) => format!("{} cannot be compared", self.type_str(at)),
            Some(Incomparable::Cause(c)) => c.to_string(),
        }
    }

    // -- shifts -------------------------------------------------------------------------------

    /// Checks the shift `x op y`; `e` is the shift expression, absent for
    /// the implicit operation of `x <<= y` (types2 shift).
    fn shift(
        &mut self,
        x: &mut Operand<'a>,
        y: &mut Operand<'a>,
        e: Option<&'a Expr>,
        op: BinaryOp,
    ) {
        let xval = if x.mode == Mode::Constant {
            Some(x.val().to_int())
        } else {
            None
        };

        let lhs_ok = self.prog.all_integer(x.typ)
            || (self.prog.is_untyped(x.typ)
                && xval
                    .as_ref()
                    .is_some_and(|v| v.kind() == constant::Kind::Int));
        if !lhs_ok {
            // The shift has no chance.
            let xs = self.op_str(x);
            self.error(
                at(x),
                format!("{INVALID_OP}shifted operand {xs} must be integer"),
            );
            x.invalidate();
            return;
        }

        // spec: "The right operand in a shift expression must have integer
        // type or be an untyped constant representable by a value of type
        // uint." Constants are checked for representability by uint, but
        // not converted (go.dev/issue/47243).
        let mut yval: Option<Value> = None;
        if y.mode == Mode::Constant {
            // A good message for negative shift counts (consider -1 and
            // 1.0, but not -1.1).
            let yv = y.val().to_int();
            if yv.kind() == constant::Kind::Int && yv.sign() < 0 {
                let ys = self.op_str(y);
                self.error(at(y), format!("{INVALID_OP}negative shift count {ys}"));
                x.invalidate();
                return;
            }
            yval = Some(yv);
            if self.prog.is_untyped(y.typ) {
                // Check representability here rather than below, as
                // is_integer includes untyped integers (go.dev/issue/43697).
                let uint = self.prog.universe.basic(BasicKind::Uint);
                self.representable(y, uint);
                if !y.is_valid() {
                    x.invalidate();
                    return;
                }
            }
        } else if self.prog.all_integer(y.typ) {
            if !self.prog.all_unsigned(y.typ) {
                let ys = self.op_str(y);
                let what = format!("{INVALID_OP}signed shift count {ys}");
                if !verify_version(self, at(y), 13, &what) {
                    x.invalidate();
                    return;
                }
            }
        } else if self.prog.is_untyped(y.typ) {
            // Incorrect, but preserves pre-existing behavior
            // (go.dev/issue/47410).
            let uint = self.prog.universe.basic(BasicKind::Uint);
            self.convert_untyped(y, uint);
            if !y.is_valid() {
                x.invalidate();
                return;
            }
        } else {
            let ys = self.op_str(y);
            self.error(
                at(y),
                format!("{INVALID_OP}shift count {ys} must be integer"),
            );
            x.invalidate();
            return;
        }

        if x.mode == Mode::Constant {
            if y.mode == Mode::Constant {
                // An unknown operand makes the result unknown.
                if x.val().kind() == constant::Kind::Unknown
                    || y.val().kind() == constant::Kind::Unknown
                {
                    x.val = Some(Value::unknown());
                    if !self.prog.is_integer(x.typ) {
                        x.typ = self.prog.universe.basic(BasicKind::UntypedInt);
                    }
                    return;
                }
                // The count must be within reasonable bounds in constant
                // shifts, so that smallestFloat64 is expressible
                // (go.dev/issue/44057).
                const SHIFT_BOUND: u64 = 1023 - 1 + 52;
                let s = yval.as_ref().and_then(|v| v.uint64_val());
                let Some(s) = s.filter(|&s| s <= SHIFT_BOUND) else {
                    let ys = self.op_str(y);
                    self.error(at(y), format!("{INVALID_OP}invalid shift count {ys}"));
                    x.invalidate();
                    return;
                };
                // The lhs is representable as an integer but may be an
                // untyped non-integer constant (2.0): the result is an
                // integer.
                if !self.prog.is_integer(x.typ) {
                    x.typ = self.prog.universe.basic(BasicKind::UntypedInt);
                }
                let xv = xval.unwrap_or_else(Value::unknown);
                x.val = Some(constant::shift(&xv, op == BinaryOp::Shl, s as u32));
                x.expr = e;
                self.overflow(x, op_pos(x.expr));
                return;
            }

            // A non-constant shift with a constant lhs.
            if self.prog.is_untyped(x.typ) {
                // spec: "If the left operand of a non-constant shift
                // expression is an untyped constant, the type of the
                // constant is what it would be if the shift expression
                // were replaced by its left operand alone." Delay the check
                // until the final type is known by marking the lhs. The
                // entry may be missing in invalid programs that evaluate
                // an expression twice through a declaration cycle
                // (go.dev/issue/11347).
                if let Some(xe) = x.expr
                    && let Some(entry) = self.untyped.get_mut(&xe.id)
                {
                    entry.0.is_lhs = true;
                }
                // keep x's type
                x.mode = Mode::Value;
                return;
            }
        }

        // A non-constant shift: the lhs must be an integer.
        if !self.prog.all_integer(x.typ) {
            let xs = self.op_str(x);
            self.error(
                at(x),
                format!("{INVALID_OP}shifted operand {xs} must be integer"),
            );
            x.invalidate();
            return;
        }
        x.mode = Mode::Value;
    }

    // -- binary expressions ------------------------------------------------------------------

    /// Reports whether binary operator `op` is defined on `x` (types2 op
    /// with binaryOpPredicates).
    fn binary_op_ok(&mut self, x: &Operand<'a>, op: BinaryOp) -> bool {
        use BinaryOp::*;
        let p = &*self.prog;
        let ok = match op {
            Add => p.all_numeric_or_string(x.typ),
            Sub | Mul | Div => p.all_numeric(x.typ),
            Rem | And | Or | Xor | AndNot => p.all_integer(x.typ),
            AndAnd | OrOr => p.all_boolean(x.typ),
            _ => {
                self.error(
                    at(x),
                    format!("invalid syntax tree: unknown operator {}", op.as_str()),
                );
                return false;
            }
        };
        if !ok {
            let xs = self.op_str(x);
            self.error(
                at(x),
                format!("{INVALID_OP}operator {} not defined on {xs}", op.as_str()),
            );
        }
        ok
    }

    /// Checks the binary expression `lhs op rhs` into `x`; `e` is the
    /// expression, absent for the implicit operation of an assignment
    /// operation `lhs op= rhs` (types2 binary).
    pub fn binary(
        &mut self,
        x: &mut Operand<'a>,
        e: Option<&'a Expr>,
        lhs: &'a Expr,
        rhs: &'a Expr,
        op: BinaryOp,
    ) {
        let mut y = Operand::invalid(self.prog);
        self.expr(None, x, lhs);
        self.expr(None, &mut y, rhs);

        if !x.is_valid() {
            return;
        }
        if !y.is_valid() {
            x.invalidate();
            x.expr = y.expr;
            return;
        }

        if is_shift(op) {
            self.shift(x, &mut y, e, op);
            return;
        }

        self.match_types(x, &mut y);
        if !x.is_valid() {
            return;
        }

        if op.is_comparison() {
            self.comparison(x, &mut y, op, false);
            return;
        }

        if !self.prog.identical(x.typ, y.typ) {
            // Only report with valid types (else an error was reported).
            if self.prog.is_valid(x.typ) && self.prog.is_valid(y.typ) {
                let (xt, yt) = (self.type_str(x.typ), self.type_str(y.typ));
                let msg = match e {
                    Some(e) => format!(
                        "{INVALID_OP}{} (mismatched types {xt} and {yt})",
                        self.expr_str(e)
                    ),
                    None => format!(
                        "{INVALID_OP}{} {}= {} (mismatched types {xt} and {yt})",
                        self.expr_str(lhs),
                        op.as_str(),
                        self.expr_str(rhs)
                    ),
                };
                self.error(at(x), msg);
            }
            x.invalidate();
            return;
        }

        if !self.binary_op_ok(x, op) {
            x.invalidate();
            return;
        }

        if matches!(op, BinaryOp::Div | BinaryOp::Rem) {
            // check for zero divisor
            if (x.mode == Mode::Constant || self.prog.all_integer(x.typ))
                && y.mode == Mode::Constant
                && y.val().sign() == 0
            {
                self.error(at(&y), format!("{INVALID_OP}division by zero"));
                x.invalidate();
                return;
            }
            // check for divisor underflow in complex division
            // (go.dev/issue/20227)
            if x.mode == Mode::Constant && y.mode == Mode::Constant && self.prog.is_complex(x.typ) {
                let (re, im) = (y.val().real(), y.val().imag());
                let re2 = constant::binary_op(&re, constant::Op::Mul, &re);
                let im2 = constant::binary_op(&im, constant::Op::Mul, &im);
                if re2.sign() == 0 && im2.sign() == 0 {
                    self.error(at(&y), format!("{INVALID_OP}division by zero"));
                    x.invalidate();
                    return;
                }
            }
        }

        if x.mode == Mode::Constant && y.mode == Mode::Constant {
            // An unknown operand makes the result unknown.
            if x.val().kind() == constant::Kind::Unknown
                || y.val().kind() == constant::Kind::Unknown
            {
                x.val = Some(Value::unknown());
                return;
            }
            // Integer operands divide as integers.
            let mut cop = const_op(op);
            if op == BinaryOp::Div && self.prog.is_integer(x.typ) {
                cop = constant::Op::QuoInt;
            }
            x.val = Some(constant::binary_op(x.val(), cop, y.val()));
            x.expr = e;
            self.overflow(x, op_pos(x.expr));
            return;
        }

        x.mode = Mode::Value;
        // x.typ is unchanged
    }

    /// Converts untyped `x` or `y` so that their types match, if they may
    /// (types2 matchTypes). Sets `x` invalid on failure.
    pub fn match_types(&mut self, x: &mut Operand<'a>, y: &mut Operand<'a>) {
        // Whether x and y may have matching types after converting one
        // untyped operand to the type of the other. If not, no conversion
        // is attempted and a mismatch is reported later if the types differ.
        let may_convert = |p: &Program, x: &Operand, y: &Operand| -> bool {
            if p.is_typed(x.typ) && p.is_typed(y.typ) {
                return false;
            }
            // A numeric type can only convert to another numeric type.
            if p.all_numeric(x.typ) != p.all_numeric(y.typ) {
                return false;
            }
            // An untyped operand may convert to its default type when
            // paired with an empty interface.
            if p.is_non_type_param_interface(x.typ) || p.is_non_type_param_interface(y.typ) {
                return true;
            }
            // A boolean type can only convert to another boolean type.
            if p.all_boolean(x.typ) != p.all_boolean(y.typ) {
                return false;
            }
            // A string type can only convert to another string type.
            if p.all_string(x.typ) != p.all_string(y.typ) {
                return false;
            }
            // Untyped nil can only convert to a type that has a nil.
            if x.is_nil(p) {
                return p.has_nil(y.typ);
            }
            if y.is_nil(p) {
                return p.has_nil(x.typ);
            }
            // An untyped operand cannot convert to a pointer.
            let is_ptr = |t| matches!(p.ty(p.under(t)), Type::Pointer(_));
            if is_ptr(x.typ) || is_ptr(y.typ) {
                return false;
            }
            true
        };

        if may_convert(self.prog, x, y) {
            self.convert_untyped(x, y.typ);
            if !x.is_valid() {
                return;
            }
            self.convert_untyped(y, x.typ);
            if !y.is_valid() {
                x.invalidate();
            }
        }
    }

    // -- the expression walk ---------------------------------------------------------------------

    /// Checks `e` into `x` (types2 rawExpr). `hint` is the type of an
    /// enclosing composite literal's element (for elided types); `t` the
    /// target signature for inferring a generic function value; with
    /// `allow_generic`, an uninstantiated generic function or type may
    /// result. Records the expression's type.
    pub fn raw_expr(
        &mut self,
        t: Option<&Target>,
        x: &mut Operand<'a>,
        e: &'a Expr,
        hint: Option<TypeId>,
        allow_generic: bool,
    ) -> ExprClass {
        let kind = self.expr_internal(t, x, e, hint);
        // Resolve the operand type's underlying type now (it is memoized
        // lazily), so that the predicates on Program see it.
        if x.is_valid() {
            self.under(x.typ);
        }
        if !allow_generic {
            self.non_generic(t, x);
        }
        self.record(x);
        kind
    }

    /// Reports and invalidates `x` if it is a generic type, or a generic
    /// function whose type arguments cannot be inferred from target `t`
    /// (types2 nonGeneric).
    pub fn non_generic(&mut self, t: Option<&Target>, x: &mut Operand<'a>) {
        if !x.is_valid() || x.mode == Mode::NoValue {
            return;
        }
        let what = match self.prog.ty(x.typ) {
            Type::Alias(_) | Type::Named(_) if self.prog.is_generic(x.typ) => "type",
            Type::Signature(s) if !s.tparams.is_empty() => {
                if let Some(t) = t {
                    let pos = operand_pos(x);
                    self.func_inst(Some(t), pos, x, None, true);
                    return;
                }
                "function"
            }
            _ => return,
        };
        let es = x.expr.map(|e| self.expr_str(e)).unwrap_or_default();
        self.error(
            at(x),
            format!("cannot use generic {what} {es} without instantiation"),
        );
        x.invalidate();
        x.typ = self.invalid();
    }

    /// The core of `raw_expr`, which alone may call it.
    fn expr_internal(
        &mut self,
        t: Option<&Target>,
        x: &mut Operand<'a>,
        e: &'a Expr,
        hint: Option<TypeId>,
    ) -> ExprClass {
        // A valid state in case of bailout (go.dev/issue/5770).
        x.invalidate();
        x.typ = self.invalid();
        x.val = None;
        x.builtin = None;

        let ok = 'ok: {
            match &e.kind {
                ExprKind::Bad => break 'ok false, // reported before

                ExprKind::Ident(name) => self.ident(x, e, *name, None, false),

                ExprKind::Ellipsis(_) => {
                    // dots are handled explicitly where they are valid
                    self.error(e.span.lo, "invalid syntax tree: invalid use of ...");
                    break 'ok false;
                }

                ExprKind::BasicLit(lit) => {
                    self.basic_lit(x, e, lit);
                    if !x.is_valid() {
                        break 'ok false;
                    }
                }

                ExprKind::FuncLit { typ, body } => {
                    self.func_lit(x, e, typ, body);
                    if !x.is_valid() {
                        break 'ok false;
                    }
                }

                ExprKind::CompositeLit {
                    typ, elts, rbrace, ..
                } => {
                    self.composite_lit(x, e, typ.as_deref(), elts, *rbrace, hint);
                    if !x.is_valid() {
                        break 'ok false;
                    }
                }

                ExprKind::Paren(inner) => {
                    // Type inference doesn't go past parentheses (no target).
                    let kind = self.raw_expr(None, x, inner, None, false);
                    x.expr = Some(e);
                    return kind;
                }

                ExprKind::Selector { .. } => self.selector(x, e, None, false),

                ExprKind::Index { lbrack, .. } => {
                    if self.index_expr(x, e) {
                        self.func_inst(t, *lbrack, x, Some(e), true);
                    }
                    if !x.is_valid() {
                        break 'ok false;
                    }
                }

                ExprKind::Slice { .. } => {
                    self.slice_expr(x, e);
                    if !x.is_valid() {
                        break 'ok false;
                    }
                }

                ExprKind::TypeAssert {
                    x: operand, typ, ..
                } => {
                    self.expr(None, x, operand);
                    if !x.is_valid() {
                        break 'ok false;
                    }
                    let Some(typ) = typ else {
                        // x.(type) is handled explicitly in type switches.
                        self.error(
                            e.span.lo,
                            "invalid syntax tree: use of .(type) outside type switch",
                        );
                        break 'ok false;
                    };
                    if self.prog.is_type_param(x.typ) {
                        let xs = self.op_str(x);
                        self.error(
                            at(x),
                            format!(
                                "{INVALID_OP}cannot use type assertion on type parameter value {xs}"
                            ),
                        );
                        break 'ok false;
                    }
                    let u = self.under(x.typ);
                    if !matches!(self.prog.ty(u), Type::Interface(_)) {
                        let xs = self.op_str(x);
                        self.error(at(x), format!("{INVALID_OP}{xs} is not an interface"));
                        break 'ok false;
                    }
                    let tt = self.var_type(typ);
                    if !self.prog.is_valid(tt) {
                        break 'ok false;
                    }
                    // We cannot assert to an incomplete type.
                    if !self.is_complete(tt) {
                        break 'ok false;
                    }
                    self.type_assertion(e, x, tt, false);
                    x.mode = Mode::CommaOk;
                    x.typ = tt;
                }

                ExprKind::Call { .. } => return self.call_expr(x, e),

                ExprKind::Star(operand) => {
                    // pointer indirection, or a pointer type
                    self.expr_or_type(x, operand, false);
                    match x.mode {
                        Mode::Invalid => break 'ok false,
                        Mode::TypExpr => {
                            valid_var_type(self, operand, x.typ);
                            x.typ = self.prog.new_pointer(x.typ);
                        }
                        _ => {
                            let mut base: Option<TypeId> = None;
                            for tu in self.typeset(x.typ) {
                                let p = tu.and_then(|(_, u)| match self.prog.ty(u) {
                                    Type::Pointer(b) => Some(*b),
                                    _ => None,
                                });
                                let Some(p) = p else {
                                    let xs = self.op_str(x);
                                    self.error(at(x), format!("{INVALID_OP}cannot indirect {xs}"));
                                    break 'ok false;
                                };
                                if let Some(b) = base
                                    && !self.prog.identical(p, b)
                                {
                                    let xs = self.op_str(x);
                                    self.error(
                                        at(x),
                                        format!(
                                            "{INVALID_OP}pointers of {xs} must have identical base types"
                                        ),
                                    );
                                    break 'ok false;
                                }
                                base = Some(p);
                            }
                            let Some(base) = base else { break 'ok false };
                            // We cannot dereference a pointer to an
                            // incomplete type.
                            if !self.is_complete(base) {
                                break 'ok false;
                            }
                            x.mode = Mode::Variable;
                            x.typ = base;
                        }
                    }
                }

                ExprKind::Unary { op, x: operand } => {
                    self.unary(x, e, *op, operand);
                    if !x.is_valid() {
                        break 'ok false;
                    }
                    if *op == UnaryOp::Recv {
                        x.expr = Some(e);
                        // receive operations may appear in statement context
                        return ExprClass::Statement;
                    }
                }

                ExprKind::Binary {
                    op, x: lhs, y: rhs, ..
                } => {
                    self.binary(x, Some(e), lhs, rhs, *op);
                    if !x.is_valid() {
                        break 'ok false;
                    }
                }

                ExprKind::KeyValue { .. } => {
                    // key:value expressions are handled in composite literals
                    self.error(e.span.lo, "invalid syntax tree: no key:value expected");
                    break 'ok false;
                }

                ExprKind::ArrayType { .. }
                | ExprKind::StructType(_)
                | ExprKind::FuncType(_)
                | ExprKind::InterfaceType(_)
                | ExprKind::MapType { .. }
                | ExprKind::ChanType { .. } => {
                    x.mode = Mode::TypExpr;
                    x.typ = self.typ(e);
                }
            }
            true
        };

        x.expr = Some(e);
        if ok {
            ExprClass::Expression
        } else {
            x.invalidate();
            // avoid follow-up errors
            ExprClass::Statement
        }
    }

    /// Checks `x.(T)`, where `x` has an interface type (types2
    /// typeAssertion): in a type switch, `e` is the case type.
    pub fn type_assertion(&mut self, e: &'a Expr, x: &Operand<'a>, t: TypeId, type_switch: bool) {
        let mut cause = String::new();
        if self.assertable_to(x.typ, t, &mut cause) {
            return;
        }
        let es = self.expr_str(e);
        let ts = self.type_str(t);
        if type_switch {
            let xs = self.op_str(x);
            self.error(
                e.span.lo,
                format!("impossible type switch case: {es}\n\t{xs} cannot have dynamic type {ts} {cause}"),
            );
            return;
        }
        let xt = self.type_str(x.typ);
        self.error(
            e.span.lo,
            format!("impossible type assertion: {es}\n\t{ts} does not implement {xt} {cause}"),
        );
    }

    /// A single value that is not a type (types2 expr). With a target
    /// signature, a generic function value is instantiated by inference.
    pub fn expr(&mut self, t: Option<&Target>, x: &mut Operand<'a>, e: &'a Expr) {
        self.raw_expr(t, x, e, None, false);
        self.exclude(x, ModeSet::VALUE_ONLY);
        self.single_value(x);
    }

    /// Like `expr`, but a generic function may stay uninstantiated (types2 genericExpr).
    pub fn generic_expr(&mut self, x: &mut Operand<'a>, e: &'a Expr) {
        self.generic_expr_hint(x, e, None);
    }

    /// types2's genericExpr with its composite-literal element type hint.
    pub(crate) fn generic_expr_hint(
        &mut self,
        x: &mut Operand<'a>,
        e: &'a Expr,
        hint: Option<TypeId>,
    ) {
        self.raw_expr(None, x, e, hint, true);
        self.exclude(x, ModeSet::VALUE_ONLY);
        self.single_value(x);
    }

    /// A single value, with a composite-literal element type hint (types2 exprWithHint).
    pub fn expr_with_hint(&mut self, x: &mut Operand<'a>, e: &'a Expr, hint: TypeId) {
        self.raw_expr(None, x, e, Some(hint), false);
        self.exclude(x, ModeSet::VALUE_ONLY);
        self.single_value(x);
    }

    /// A single value or a type (types2 exprOrType).
    pub fn expr_or_type(&mut self, x: &mut Operand<'a>, e: &'a Expr, allow_generic: bool) {
        self.raw_expr(None, x, e, None, allow_generic);
        self.exclude(
            x,
            ModeSet {
                novalue: true,
                builtin: false,
                typexpr: false,
            },
        );
        self.single_value(x);
    }

    /// All values of `e` (a multi-valued call gives several); with
    /// `allow_comma_ok`, a map index, type assertion or receive gives two
    /// when used so (types2 multiExpr). Returns the operands and whether the
    /// comma-ok form was produced. If an error occurred, the first operand
    /// is invalid.
    pub fn multi_expr(&mut self, e: &'a Expr, allow_comma_ok: bool) -> (Vec<Operand<'a>>, bool) {
        let mut x = Operand::invalid(self.prog);
        self.raw_expr(None, &mut x, e, None, false);
        self.exclude(&mut x, ModeSet::VALUE_ONLY);

        if x.is_valid()
            && let Type::Tuple(vars) = self.prog.ty(x.typ)
        {
            // multiple values, each described by a name in place of e for
            // better messages
            let vars = vars.clone();
            let list = vars
                .iter()
                .enumerate()
                .map(|(i, &v)| Operand {
                    mode: Mode::Value,
                    expr: Some(dummy_name(e.span.lo, &nth(i + 1, "function result"))),
                    typ: self.prog.obj_type(v),
                    val: None,
                    builtin: None,
                })
                .collect();
            return (list, false);
        }

        // exactly one (possibly invalid or comma-ok) value
        if allow_comma_ok && matches!(x.mode, Mode::MapIndex | Mode::CommaOk | Mode::CommaErr) {
            let (what, typ) = if x.mode == Mode::CommaErr {
                (
                    "err value of (comma, err) expression",
                    self.prog.universe.error,
                )
            } else {
                (
                    "ok value of (comma, ok) expression",
                    self.prog.universe.basic(BasicKind::UntypedBool),
                )
            };
            let x2 = Operand {
                mode: Mode::Value,
                expr: Some(dummy_name(e.span.lo, what)),
                typ,
                val: None,
                builtin: None,
            };
            return (vec![x, x2], true);
        }
        (vec![x], false)
    }

    /// Reports and invalidates `x` if its mode is in `modes` (types2 exclude).
    pub(crate) fn exclude(&mut self, x: &mut Operand<'a>, modes: ModeSet) {
        if !modes.contains(x.mode) {
            return;
        }
        let xs = self.op_str(x);
        let msg = match x.mode {
            Mode::NoValue => {
                if modes.typexpr {
                    format!("{xs} used as value")
                } else {
                    format!("{xs} used as value or type")
                }
            }
            Mode::Builtin => format!("{xs} must be called"),
            _ => format!("{xs} is not an expression"),
        };
        self.error(at(x), msg);
        x.invalidate();
    }

    /// Each expression of a list as single values; a single multi-valued
    /// call expands (types2 exprList).
    pub fn expr_list(&mut self, elist: &'a [Expr]) -> Vec<Operand<'a>> {
        match elist {
            [] => Vec::new(),
            [e] => self.multi_expr(e, false).0,
            _ => elist
                .iter()
                .map(|e| {
                    let mut x = Operand::invalid(self.prog);
                    self.expr(None, &mut x, e);
                    x
                })
                .collect(),
        }
    }

    /// Evaluates expressions for their side effects on usage when an error
    /// already occurred (types2 use). Returns false if any was invalid.
    pub fn use_exprs(&mut self, args: &'a [Expr]) -> bool {
        let mut ok = true;
        for e in args {
            ok &= self.use1(e, false);
        }
        ok
    }

    /// Like `use_exprs`, for left-hand sides: a plain identifier does not
    /// count as a use of its variable (types2 useLHS).
    pub fn use_lhs(&mut self, args: &'a [Expr]) -> bool {
        let mut ok = true;
        for e in args {
            ok &= self.use1(e, true);
        }
        ok
    }

    pub(crate) fn use1(&mut self, e: &'a Expr, lhs: bool) -> bool {
        let mut x = Operand::invalid(self.prog);
        x.mode = Mode::Value; // anything but invalid
        let n = e.unparen();
        if let ExprKind::Ident(name) = n.kind {
            // don't report an error evaluating blank
            if name.is_blank() {
                return true;
            }
            // An assignment to a variable is not a use of it: restore its
            // "used" state after evaluating it. Variables of other packages
            // (dot-imported) are left alone.
            let saved = if lhs { self.local_var_used(name) } else { None };
            self.expr_or_type(&mut x, n, true);
            if let Some((v, used)) = saved {
                self.set_var_used(v, used);
            }
        } else {
            self.raw_expr(None, &mut x, e, None, true);
        }
        x.is_valid()
    }

    /// The variable of this package `name` denotes and whether it is used
    /// yet, for restoring that state after evaluating an assignment's lhs.
    pub(crate) fn local_var_used(&self, name: Name) -> Option<(ObjId, bool)> {
        let obj = self.lookup(name, Pos::NONE)?;
        let o = self.prog.obj(obj);
        if o.is_var() && o.pkg == Some(self.pkg) {
            return Some((obj, self.used_vars.contains(&obj)));
        }
        None
    }

    pub(crate) fn set_var_used(&mut self, v: ObjId, used: bool) {
        if used {
            self.used_vars.insert(v);
        } else {
            self.used_vars.remove(&v);
        }
    }

    /// Reports an error if `x` is a tuple (multi-valued) (types2 singleValue).
    pub fn single_value(&mut self, x: &mut Operand<'a>) {
        if x.mode == Mode::Value && matches!(self.prog.ty(x.typ), Type::Tuple(_)) {
            let xs = self.op_str(x);
            self.error(
                at(x),
                format!("multiple-value {xs} in single-value context"),
            );
            x.invalidate();
        }
    }
}

/// Reports (later, when interfaces are complete) if `typ` is a constraint
/// interface used as the type of a value (types2 validVarType).
pub(crate) fn valid_var_type<'a>(check: &mut Checker<'a>, e: &'a Expr, typ: TypeId) {
    // Nothing to do for type parameters.
    if check.prog.is_type_param(typ) {
        return;
    }
    // The interface may still be incomplete (in the middle of checking
    // parameter declarations of its methods): check at the end.
    check.later(move |check| {
        let u = check.under(typ);
        if !matches!(check.prog.ty(u), Type::Interface(_)) {
            return;
        }
        let tset = check.prog.interface_type_set(u);
        if !tset.is_method_set() {
            let ts = check.type_str(typ);
            let why = if tset.comparable {
                "interface is (or embeds) comparable"
            } else {
                "interface contains type constraints"
            };
            check.soft_error(
                e.span.lo,
                format!("cannot use type {ts} outside a type constraint: {why}"),
            );
        }
    });
}

/// The identifier an instantiation is recorded for: the name in `f`,
/// `pkg.f` or `f[...]` (types2 instantiatedIdent).
pub(crate) fn instantiated_ident(e: &Expr) -> Option<NodeId> {
    let e = match &e.kind {
        ExprKind::Index { x, .. } => x,
        _ => e,
    };
    match &e.kind {
        ExprKind::Ident(_) => Some(e.id),
        ExprKind::Selector { sel, .. } => Some(sel.id),
        _ => None,
    }
}

/// A `[...]T` array type (types2 isdddArray).
pub(crate) fn is_ddd_array(e: &Expr) -> Option<&Expr> {
    match &e.kind {
        ExprKind::ArrayType {
            len: Some(len),
            elem,
            ..
        } if matches!(len.kind, ExprKind::Ellipsis(None)) => Some(elem),
        _ => None,
    }
}
