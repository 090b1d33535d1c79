//! AST construction for the grammar's actions: node ids, spans, and the
//! checks gc's parser makes beyond the grammar (parameter grouping, `...`
//! placement, conditions that are not expressions, `go`/`defer` operands).
//!
//! Invariant: every node gets a fresh id from the caller's [`NodeIds`]; a
//! span's `lo` is the node's first byte.

use rustc_hash::FxHashMap as HashMap;
use std::cell::RefCell;

use lalrpop_util::ParseError;

use crate::diag::Diagnostic;
use crate::name::Name;
use crate::source::{Pos, Span};
use crate::syntax::ast::*;
use crate::syntax::token::Tok;

/// A syntax error the LR parser met, kept until the driver words it.
#[derive(Clone, Debug)]
pub struct RawSyntaxError {
    /// Position of the offending token (or the end of input).
    pub pos: u32,
    /// The offending token; `None` at the end of input.
    pub tok: Option<Tok<'static>>,
    /// Its text, for messages (the token above has its text erased).
    pub text: String,
    /// Terminals the parser would have accepted, as the grammar names them.
    pub expected: Vec<String>,
}

/// State shared by the grammar's actions.
pub struct Builder<'i> {
    pub ids: &'i mut NodeIds,
    /// Errors reported by actions (gc's parser checks), already worded.
    pub errors: Vec<Diagnostic>,
}

thread_local! {
    // Interning through the global table takes a lock; parsing many files
    // in parallel would contend on it, so each thread remembers its names.
    static NAMES: RefCell<HashMap<Box<str>, Name>> = RefCell::new(HashMap::default());
}

pub fn intern(s: &str) -> Name {
    NAMES.with(|m| {
        let mut m = m.borrow_mut();
        if let Some(&n) = m.get(s) {
            return n;
        }
        let n = Name::intern(s);
        m.insert(s.into(), n);
        n
    })
}

/// Erases a token's borrowed text (kept separately in [`RawSyntaxError::text`]).
pub fn static_tok(t: Tok<'_>) -> Tok<'static> {
    match t {
        Tok::Name(_) => Tok::Name(""),
        Tok::Int(_) => Tok::Int(""),
        Tok::Float(_) => Tok::Float(""),
        Tok::Imag(_) => Tok::Imag(""),
        Tok::Char(_) => Tok::Char(""),
        Tok::Str(_) => Tok::Str(""),
        Tok::Break => Tok::Break,
        Tok::Case => Tok::Case,
        Tok::Chan => Tok::Chan,
        Tok::Const => Tok::Const,
        Tok::Continue => Tok::Continue,
        Tok::Default => Tok::Default,
        Tok::Defer => Tok::Defer,
        Tok::Else => Tok::Else,
        Tok::Fallthrough => Tok::Fallthrough,
        Tok::For => Tok::For,
        Tok::Func => Tok::Func,
        Tok::Go => Tok::Go,
        Tok::Goto => Tok::Goto,
        Tok::If => Tok::If,
        Tok::Import => Tok::Import,
        Tok::Interface => Tok::Interface,
        Tok::Map => Tok::Map,
        Tok::Package => Tok::Package,
        Tok::Range => Tok::Range,
        Tok::Return => Tok::Return,
        Tok::Select => Tok::Select,
        Tok::Struct => Tok::Struct,
        Tok::Switch => Tok::Switch,
        Tok::Type => Tok::Type,
        Tok::Var => Tok::Var,
        Tok::Add => Tok::Add,
        Tok::Sub => Tok::Sub,
        Tok::Star => Tok::Star,
        Tok::Quo => Tok::Quo,
        Tok::Rem => Tok::Rem,
        Tok::And => Tok::And,
        Tok::Or => Tok::Or,
        Tok::Xor => Tok::Xor,
        Tok::Shl => Tok::Shl,
        Tok::Shr => Tok::Shr,
        Tok::AndNot => Tok::AndNot,
        Tok::OpAssign(op) => Tok::OpAssign(op),
        Tok::AndAnd => Tok::AndAnd,
        Tok::OrOr => Tok::OrOr,
        Tok::Arrow => Tok::Arrow,
        Tok::Inc => Tok::Inc,
        Tok::Dec => Tok::Dec,
        Tok::Eql => Tok::Eql,
        Tok::Neq => Tok::Neq,
        Tok::Lss => Tok::Lss,
        Tok::Leq => Tok::Leq,
        Tok::Gtr => Tok::Gtr,
        Tok::Geq => Tok::Geq,
        Tok::Assign => Tok::Assign,
        Tok::Define => Tok::Define,
        Tok::Not => Tok::Not,
        Tok::Tilde => Tok::Tilde,
        Tok::Ellipsis => Tok::Ellipsis,
        Tok::LParen => Tok::LParen,
        Tok::RParen => Tok::RParen,
        Tok::LBrack => Tok::LBrack,
        Tok::RBrack => Tok::RBrack,
        Tok::LBrace => Tok::LBrace,
        Tok::RBrace => Tok::RBrace,
        Tok::Comma => Tok::Comma,
        Tok::Period => Tok::Period,
        Tok::Colon => Tok::Colon,
        Tok::Semi(k) => Tok::Semi(k),
        Tok::LBody => Tok::LBody,
        Tok::LBrackTParams => Tok::LBrackTParams,
        Tok::LParenResults => Tok::LParenResults,
        Tok::Bad => Tok::Bad,
    }
}

pub fn raw_error(e: ParseError<u32, Tok<'_>, ()>) -> Option<RawSyntaxError> {
    match e {
        ParseError::UnrecognizedToken {
            token: (l, t, _),
            expected,
        } => Some(RawSyntaxError {
            pos: l,
            text: t.describe(),
            tok: Some(static_tok(t)),
            expected,
        }),
        ParseError::UnrecognizedEof { location, expected } => Some(RawSyntaxError {
            pos: location,
            tok: None,
            text: "EOF".to_string(),
            expected,
        }),
        ParseError::ExtraToken { token: (l, t, _) } => Some(RawSyntaxError {
            pos: l,
            text: t.describe(),
            tok: Some(static_tok(t)),
            expected: Vec::new(),
        }),
        ParseError::InvalidToken { .. } | ParseError::User { .. } => None,
    }
}

/// One entry of a parameter list before grouping, as gc's `paramDeclOrNil`
/// leaves it: a lone name (which may turn out to be a type), a name with a
/// type, or a type.
pub enum PEntry {
    Name(Ident),
    Named(Ident, Expr),
    Type(Expr),
}

/// A name token with its position, before it becomes an Ident or an Expr.
pub type N<'a> = (u32, &'a str);

impl Builder<'_> {
    pub fn new(ids: &mut NodeIds) -> Builder<'_> {
        Builder {
            ids,
            errors: Vec::new(),
        }
    }

    pub fn error(&mut self, pos: Pos, msg: impl Into<String>) {
        self.errors.push(Diagnostic::new(pos, msg));
    }

    pub fn syntax_error(&mut self, pos: Pos, msg: &str) {
        self.errors
            .push(Diagnostic::new(pos, format!("syntax error: {msg}")));
    }

    pub fn ident(&mut self, n: N<'_>) -> Ident {
        Ident {
            id: self.ids.next(),
            pos: Pos(n.0),
            name: intern(n.1),
        }
    }

    pub fn expr(&mut self, lo: u32, hi: u32, kind: ExprKind) -> Expr {
        Expr {
            id: self.ids.next(),
            span: Span::new(Pos(lo), Pos(hi)),
            kind,
        }
    }

    pub fn stmt(&mut self, lo: u32, hi: u32, kind: StmtKind) -> Stmt {
        Stmt {
            id: self.ids.next(),
            span: Span::new(Pos(lo), Pos(hi)),
            kind,
        }
    }

    pub fn bad_expr(&mut self, lo: u32, hi: u32) -> Expr {
        self.expr(lo, hi, ExprKind::Bad)
    }

    pub fn name_expr(&mut self, n: N<'_>) -> Expr {
        let hi = n.0 + n.1.len() as u32;
        self.expr(n.0, hi, ExprKind::Ident(intern(n.1)))
    }

    pub fn lit(&mut self, kind: LitKind, lo: u32, raw: &str) -> Expr {
        let hi = lo + raw.len() as u32;
        self.expr(
            lo,
            hi,
            ExprKind::BasicLit(BasicLit {
                kind,
                pos: Pos(lo),
                raw: raw.into(),
            }),
        )
    }

    pub fn selector(&mut self, x: Expr, sel: N<'_>) -> Expr {
        let lo = x.span.lo.0;
        let hi = sel.0 + sel.1.len() as u32;
        let sel = self.ident(sel);
        self.expr(
            lo,
            hi,
            ExprKind::Selector {
                x: Box::new(x),
                sel,
            },
        )
    }

    pub fn qualified(&mut self, pkg: N<'_>, sel: N<'_>) -> Expr {
        let x = self.name_expr(pkg);
        self.selector(x, sel)
    }

    pub fn index(&mut self, x: Expr, lbrack: u32, indices: Vec<Expr>, rbrack: u32) -> Expr {
        let lo = x.span.lo.0;
        self.expr(
            lo,
            rbrack + 1,
            ExprKind::Index {
                x: Box::new(x),
                lbrack: Pos(lbrack),
                indices,
                rbrack: Pos(rbrack),
            },
        )
    }

    pub fn binary(&mut self, x: Expr, op: BinaryOp, op_pos: u32, y: Expr) -> Expr {
        let (lo, hi) = (x.span.lo.0, y.span.hi.0);
        self.expr(
            lo,
            hi,
            ExprKind::Binary {
                op,
                op_pos: Pos(op_pos),
                x: Box::new(x),
                y: Box::new(y),
            },
        )
    }

    /// A unary operation; `<-` applied to a bidirectional channel type is a
    /// receive-only channel type (`<-chan T`), as gc's `unaryExpr` rewrites it,
    /// including `<-chan <-chan T` chains through the element types.
    pub fn unary(&mut self, lo: u32, op: UnaryOp, x: Expr) -> Expr {
        let hi = x.span.hi.0;
        if op == UnaryOp::Recv
            && let ExprKind::ChanType {
                dir: ChanDir::Both,
                arrow: None,
                ..
            } = x.kind
        {
            let mut x = x;
            if let ExprKind::ChanType { dir, arrow, .. } = &mut x.kind {
                *dir = ChanDir::Recv;
                *arrow = Some(Pos(lo));
            }
            x.span.lo = Pos(lo);
            return x;
        }
        // `~` is a type-set operator; like gc, parse it anywhere and leave
        // its misuse outside constraints to the type checker.
        self.expr(lo, hi, ExprKind::Unary { op, x: Box::new(x) })
    }

    pub fn star(&mut self, lo: u32, x: Expr) -> Expr {
        let hi = x.span.hi.0;
        self.expr(lo, hi, ExprKind::Star(Box::new(x)))
    }

    pub fn paren(&mut self, lo: u32, x: Expr, hi: u32) -> Expr {
        self.expr(lo, hi, ExprKind::Paren(Box::new(x)))
    }

    pub fn chan_type(&mut self, lo: u32, dir: ChanDir, arrow: Option<u32>, elem: Expr) -> Expr {
        let hi = elem.span.hi.0;
        self.expr(
            lo,
            hi,
            ExprKind::ChanType {
                dir,
                arrow: arrow.map(Pos),
                elem: Box::new(elem),
            },
        )
    }

    pub fn array_type(&mut self, lbrack: u32, len: Option<Expr>, elem: Expr) -> Expr {
        let hi = elem.span.hi.0;
        self.expr(
            lbrack,
            hi,
            ExprKind::ArrayType {
                lbrack: Pos(lbrack),
                len: len.map(Box::new),
                elem: Box::new(elem),
            },
        )
    }

    pub fn composite(
        &mut self,
        typ: Option<Expr>,
        lo: u32,
        lbrace: u32,
        elts: Vec<Expr>,
        rbrace: u32,
    ) -> Expr {
        if let Some(t) = &typ
            && let ExprKind::Paren(_) = t.kind
        {
            self.syntax_error(Pos(lbrace), "cannot parenthesize type in composite literal");
        }
        self.expr(
            lo,
            rbrace + 1,
            ExprKind::CompositeLit {
                typ: typ.map(Box::new),
                lbrace: Pos(lbrace),
                elts,
                rbrace: Pos(rbrace),
            },
        )
    }

    pub fn key_value(&mut self, key: Expr, colon: u32, value: Expr) -> Expr {
        let (lo, hi) = (key.span.lo.0, value.span.hi.0);
        self.expr(
            lo,
            hi,
            ExprKind::KeyValue {
                key: Box::new(key),
                colon: Pos(colon),
                value: Box::new(value),
            },
        )
    }

    pub fn field_list(&mut self, open: u32, list: Vec<Field>, close: u32) -> FieldList {
        FieldList {
            open: Pos(open),
            list,
            close: Pos(close),
        }
    }

    /// A single unparenthesized result type.
    pub fn result_type(&mut self, t: Expr) -> FieldList {
        let span = t.span;
        FieldList {
            open: Pos::NONE,
            list: vec![Field {
                names: Vec::new(),
                typ: t,
                tag: None,
                span,
            }],
            close: Pos::NONE,
        }
    }

    /// Groups a parameter list as gc's `paramList` does: if no entry has both
    /// a name and a type (and names are not required), every lone name is a
    /// type; otherwise lone names take the type of the next typed entry, and
    /// what cannot be fixed is reported. `close` is the closing token.
    pub fn params(
        &mut self,
        open: u32,
        entries: Vec<PEntry>,
        close: u32,
        require_names: bool,
        dddok: bool,
    ) -> FieldList {
        let named = entries
            .iter()
            .filter(|e| matches!(e, PEntry::Named(..)))
            .count();
        let typed = entries
            .iter()
            .filter(|e| !matches!(e, PEntry::Name(_)))
            .count();
        let n = entries.len();
        let mut fields: Vec<Field> = Vec::new();
        if named == 0 && !require_names {
            for e in entries {
                let t = match e {
                    PEntry::Name(id) => {
                        let span = id.span();
                        Expr {
                            id: id.id,
                            span,
                            kind: ExprKind::Ident(id.name),
                        }
                    }
                    PEntry::Type(t) => t,
                    PEntry::Named(_, t) => t, // unreachable: named == 0
                };
                let span = t.span;
                fields.push(Field {
                    names: Vec::new(),
                    typ: t,
                    tag: None,
                    span,
                });
            }
        } else if named == n && !entries.is_empty() {
            for e in entries {
                if let PEntry::Named(id, t) = e {
                    let span = Span::new(id.pos, t.span.hi);
                    fields.push(Field {
                        names: vec![id],
                        typ: t,
                        tag: None,
                        span,
                    });
                }
            }
        } else if n > 0 {
            // Right to left: a lone name takes the type of the entry after it
            // (joining its group); a type without a name is named `_`.
            let mut err_pos: Option<Pos> = None;
            let mut groups: Vec<Field> = Vec::new();
            for e in entries.into_iter().rev() {
                match e {
                    PEntry::Named(id, t) => {
                        let span = Span::new(id.pos, t.span.hi);
                        groups.push(Field {
                            names: vec![id],
                            typ: t,
                            tag: None,
                            span,
                        });
                    }
                    PEntry::Type(t) => {
                        err_pos = Some(t.span.lo);
                        let blank = Ident {
                            id: self.ids.next(),
                            pos: t.span.lo,
                            name: intern("_"),
                        };
                        let span = t.span;
                        groups.push(Field {
                            names: vec![blank],
                            typ: t,
                            tag: None,
                            span,
                        });
                    }
                    PEntry::Name(id) => match groups.last_mut() {
                        Some(g) => {
                            g.span.lo = id.pos;
                            g.names.insert(0, id);
                        }
                        None => {
                            err_pos = Some(id.pos);
                            let span = id.span();
                            let t = Expr {
                                id: self.ids.next(),
                                span: Span::at(id.pos),
                                kind: ExprKind::Bad,
                            };
                            groups.push(Field {
                                names: vec![id],
                                typ: t,
                                tag: None,
                                span,
                            });
                        }
                    },
                }
            }
            groups.reverse();
            fields = groups;
            if let Some(mut pos) = err_pos {
                let msg = if named == typed {
                    pos = Pos(close);
                    if require_names {
                        "missing type constraint"
                    } else {
                        "missing parameter type"
                    }
                } else if require_names {
                    if n == 1 {
                        "missing type parameter name or invalid array length"
                    } else {
                        "missing type parameter name"
                    }
                } else {
                    "missing parameter name"
                };
                self.syntax_error(pos, msg);
            }
        }
        // `...` is allowed only on the final parameter of a signature.
        let mut first = true;
        let count = fields.len();
        for (i, f) in fields.iter_mut().enumerate() {
            if let ExprKind::Ellipsis(Some(_)) = f.typ.kind {
                let last = i + 1 == count && f.names.len() <= 1;
                if !dddok || !last {
                    if first {
                        first = false;
                        let pos = f.typ.span.lo;
                        self.error(
                            pos,
                            if dddok {
                                "can only use ... with final parameter"
                            } else {
                                "invalid use of ..."
                            },
                        );
                    }
                    let t = std::mem::replace(&mut f.typ.kind, ExprKind::Bad);
                    if let ExprKind::Ellipsis(Some(elem)) = t {
                        f.typ = *elem;
                    }
                }
            }
        }
        FieldList {
            open: Pos(open),
            list: fields,
            close: Pos(close),
        }
    }

    /// The condition of an if/for/switch header, from the simple statement
    /// parsed there: it must be an expression (gc: "cannot use ... as value").
    pub fn cond(&mut self, s: Stmt) -> Expr {
        let pos = gc_stmt_pos(&s);
        match s.kind {
            StmtKind::Expr(x) => x,
            StmtKind::Assign {
                op: AssignOp::Assign,
                ref lhs,
                ref rhs,
                ..
            } => {
                let msg = format!(
                    "cannot use assignment {} = {} as value",
                    emphasize(lhs),
                    emphasize(rhs)
                );
                self.syntax_error(pos, &msg);
                self.bad_expr(s.span.lo.0, s.span.hi.0)
            }
            _ => {
                let msg = format!("cannot use {} as value", stmt_string(&s));
                self.syntax_error(pos, &msg);
                self.bad_expr(s.span.lo.0, s.span.hi.0)
            }
        }
    }

    /// `go` and `defer` take a call, not parenthesized (gc's `callStmt`).
    pub fn call_stmt(&mut self, kw: &str, x: Expr) -> Expr {
        let mut x = x;
        if let ExprKind::Paren(_) = x.kind {
            self.error(
                x.span.lo,
                format!("expression in {kw} must not be parenthesized"),
            );
            while let ExprKind::Paren(inner) = x.kind {
                x = *inner;
            }
        }
        if !matches!(x.kind, ExprKind::Call { .. } | ExprKind::Bad) {
            self.error(
                x.span.lo,
                format!("expression in {kw} must be function call"),
            );
        }
        x
    }

    /// Splits a type switch guard out of a switch header's statement.
    pub fn switch_stmt(
        &mut self,
        lo: u32,
        init: Option<Stmt>,
        tag: Option<Stmt>,
        lbrace: u32,
        clauses: Vec<CaseClause>,
        rbrace: u32,
    ) -> Stmt {
        let init = init.map(Box::new);
        let hi = rbrace + 1;
        if let Some(s) = tag {
            let is_guard = |e: &Expr| matches!(e.kind, ExprKind::TypeAssert { typ: None, .. });
            match s.kind {
                StmtKind::Expr(x) if is_guard(&x) => {
                    let kind = StmtKind::TypeSwitch {
                        init,
                        bind: None,
                        guard: x,
                        lbrace: Pos(lbrace),
                        clauses,
                        rbrace: Pos(rbrace),
                    };
                    return self.stmt(lo, hi, kind);
                }
                StmtKind::Assign {
                    op: AssignOp::Define,
                    mut lhs,
                    mut rhs,
                    ..
                } if lhs.len() == 1
                    && rhs.len() == 1
                    && is_guard(&rhs[0])
                    && lhs[0].as_ident().is_some() =>
                {
                    let (Some(l), Some(guard)) = (lhs.pop(), rhs.pop()) else {
                        return self.stmt(lo, hi, StmtKind::Bad);
                    };
                    let bind = match l.kind {
                        ExprKind::Ident(name) => Ident {
                            id: l.id,
                            pos: l.span.lo,
                            name,
                        },
                        _ => Ident {
                            id: l.id,
                            pos: l.span.lo,
                            name: intern("_"),
                        },
                    };
                    let kind = StmtKind::TypeSwitch {
                        init,
                        bind: Some(bind),
                        guard,
                        lbrace: Pos(lbrace),
                        clauses,
                        rbrace: Pos(rbrace),
                    };
                    return self.stmt(lo, hi, kind);
                }
                _ => {
                    let tag = self.cond(s);
                    let kind = StmtKind::Switch {
                        init,
                        tag: Some(tag),
                        lbrace: Pos(lbrace),
                        clauses,
                        rbrace: Pos(rbrace),
                    };
                    return self.stmt(lo, hi, kind);
                }
            }
        }
        let kind = StmtKind::Switch {
            init,
            tag: None,
            lbrace: Pos(lbrace),
            clauses,
            rbrace: Pos(rbrace),
        };
        self.stmt(lo, hi, kind)
    }

    /// A value spec in a group: numbers the specs for `iota`.
    pub fn gen_decl(
        &mut self,
        kind: DeclKind,
        pos: u32,
        lparen: Option<u32>,
        specs: Vec<Spec>,
        hi: u32,
        rparen: Option<u32>,
    ) -> GenDecl {
        let mut specs = specs;
        for (i, s) in specs.iter_mut().enumerate() {
            if let Spec::Value(v) = s {
                v.iota = i as u32;
            }
        }
        GenDecl {
            kind,
            pos: Pos(pos),
            lparen: lparen.map(Pos),
            specs,
            rparen: rparen.map(Pos),
            span: Span::new(Pos(pos), Pos(hi)),
        }
    }

    pub fn import_path(&mut self, lo: u32, raw: &str) -> BasicLit {
        BasicLit {
            kind: LitKind::String,
            pos: Pos(lo),
            raw: raw.into(),
        }
    }
}

/// Where gc's syntax tree puts a simple statement: at its operator, except
/// for an expression statement.
pub fn gc_stmt_pos(s: &Stmt) -> Pos {
    match &s.kind {
        StmtKind::Assign { op_pos, .. } | StmtKind::IncDec { op_pos, .. } => *op_pos,
        StmtKind::Send { arrow, .. } => *arrow,
        _ => s.span.lo,
    }
}

/// gc's `emphasize`: a list of expressions as written, parenthesized unless
/// it is a single name or literal.
fn emphasize(list: &[Expr]) -> String {
    let s = list.iter().map(expr_string).collect::<Vec<_>>().join(", ");
    if list.len() == 1 && matches!(list[0].kind, ExprKind::Ident(_) | ExprKind::BasicLit(_)) {
        s
    } else {
        format!("({s})")
    }
}

fn stmt_string(s: &Stmt) -> String {
    match &s.kind {
        StmtKind::Assign { lhs, op, rhs, .. } => {
            let op = match op {
                AssignOp::Assign => "=".to_string(),
                AssignOp::Define => ":=".to_string(),
                AssignOp::Op(b) => format!("{}=", b.as_str()),
            };
            format!("{} {op} {}", list_string(lhs), list_string(rhs))
        }
        StmtKind::IncDec { x, inc, .. } => {
            format!("{}{}", expr_string(x), if *inc { "++" } else { "--" })
        }
        StmtKind::Send { chan, value, .. } => {
            format!("{} <- {}", expr_string(chan), expr_string(value))
        }
        StmtKind::Expr(x) => expr_string(x),
        _ => "statement".to_string(),
    }
}

fn list_string(l: &[Expr]) -> String {
    l.iter().map(expr_string).collect::<Vec<_>>().join(", ")
}

/// A short rendering of an expression for messages (gc's `String(x)`).
pub fn expr_string(x: &Expr) -> String {
    match &x.kind {
        ExprKind::Bad => "BadExpr".to_string(),
        ExprKind::Ident(n) => n.as_str().to_string(),
        ExprKind::BasicLit(l) => l.raw.to_string(),
        ExprKind::Paren(e) => format!("({})", expr_string(e)),
        ExprKind::Selector { x, sel } => format!("{}.{}", expr_string(x), sel.name),
        ExprKind::Index { x, indices, .. } => {
            format!("{}[{}]", expr_string(x), list_string(indices))
        }
        ExprKind::Call {
            fun,
            args,
            ellipsis,
            ..
        } => {
            format!(
                "{}({}{})",
                expr_string(fun),
                list_string(args),
                if ellipsis.is_some() { "..." } else { "" }
            )
        }
        ExprKind::Star(e) => format!("*{}", expr_string(e)),
        ExprKind::Unary { op, x } => format!("{}{}", op.as_str(), expr_string(x)),
        ExprKind::Binary { op, x, y, .. } => {
            format!("{} {} {}", expr_string(x), op.as_str(), expr_string(y))
        }
        ExprKind::CompositeLit { typ, .. } => match typ {
            Some(t) => format!("{}{{…}}", expr_string(t)),
            None => "{…}".to_string(),
        },
        ExprKind::FuncLit { .. } => "func literal".to_string(),
        _ => "expression".to_string(),
    }
}

/// `(args)` after an operand, before it is attached.
pub struct Call {
    pub lparen: u32,
    pub args: Vec<Expr>,
    pub ellipsis: Option<u32>,
    pub rparen: u32,
}

impl Call {
    pub fn apply(self, b: &mut Builder<'_>, fun: Expr) -> Expr {
        let lo = fun.span.lo.0;
        b.expr(
            lo,
            self.rparen + 1,
            ExprKind::Call {
                fun: Box::new(fun),
                lparen: Pos(self.lparen),
                args: self.args,
                ellipsis: self.ellipsis.map(Pos),
                rparen: Pos(self.rparen),
            },
        )
    }
}

/// `{elements}` of a composite literal, before its type is attached.
pub struct Lit {
    pub lbrace: u32,
    pub elts: Vec<Expr>,
    pub rbrace: u32,
}

impl Lit {
    pub fn apply(self, b: &mut Builder<'_>, typ: Option<Expr>) -> Expr {
        let lo = typ.as_ref().map_or(self.lbrace, |t| t.span.lo.0);
        b.composite(typ, lo, self.lbrace, self.elts, self.rbrace)
    }
}
