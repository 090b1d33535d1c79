//! Terminating statements, for "missing return" (return.go).
//!
//! A function with results must end in a terminating statement (spec
//! "Terminating statements"): a return or goto, a call of the predeclared
//! `panic`, a block or `if`/`else` whose branches terminate, a `for` without
//! condition and without a `break` referring to it, a `switch` or `select`
//! whose every clause terminates (a switch also needs a `default`) and
//! contains no `break` referring to it. A labeled statement is analysed
//! with its label, so that `break L` counts as a break of that statement.
//!
//! Invariant: the analysis is purely syntactic except for `panic` calls,
//! which the call checker recorded in `env.is_panic` while checking the
//! same function body, so it runs after the body's statements are checked.

use crate::name::Name;
use crate::syntax::ast::{BranchKind, CaseClause, CommClause, ExprKind, Stmt, StmtKind};

use super::*;

impl<'a> Checker<'a> {
    /// Whether `s` is a terminating statement; `label` is the label of `s`
    /// if it is labeled (types2 isTerminating).
    pub(crate) fn is_terminating(&self, s: &Stmt, label: Option<Name>) -> bool {
        match &s.kind {
            StmtKind::Bad
            | StmtKind::Decl(_)
            | StmtKind::Empty
            | StmtKind::Send { .. }
            | StmtKind::IncDec { .. }
            | StmtKind::Assign { .. }
            | StmtKind::Go(_)
            | StmtKind::Defer(_) => false,

            StmtKind::Labeled { label, stmt } => self.is_terminating(stmt, Some(label.name)),

            // Calling the predeclared (possibly parenthesized) panic is terminating.
            StmtKind::Expr(e) => {
                let e = e.unparen();
                matches!(e.kind, ExprKind::Call { .. }) && self.env.is_panic.contains(&e.id)
            }

            StmtKind::Return(_) => true,

            StmtKind::Branch { kind, .. } => {
                matches!(kind, BranchKind::Goto | BranchKind::Fallthrough)
            }

            StmtKind::Block(b) => self.is_terminating_list(&b.stmts, None),

            StmtKind::If { then, els, .. } => match els {
                Some(els) => {
                    self.is_terminating_list(&then.stmts, None) && self.is_terminating(els, None)
                }
                None => false,
            },

            StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                self.is_terminating_switch(clauses, label)
            }

            StmtKind::Select { clauses, .. } => clauses.iter().all(|cc| {
                self.is_terminating_list(&cc.body, None) && !has_break_list(&cc.body, label, true)
            }),

            // A range loop always ends, so it never terminates a function
            // (go.dev/issue/49003).
            StmtKind::Range { .. } => false,

            StmtKind::For { cond, body, .. } => {
                cond.is_none() && !has_break_list(&body.stmts, label, true)
            }
        }
    }

    /// Whether the last non-empty statement of `list` is terminating
    /// (trailing empty statements are permitted).
    pub(crate) fn is_terminating_list(&self, list: &[Stmt], label: Option<Name>) -> bool {
        match list
            .iter()
            .rev()
            .find(|s| !matches!(s.kind, StmtKind::Empty))
        {
            Some(s) => self.is_terminating(s, label),
            None => false, // all statements are empty
        }
    }

    fn is_terminating_switch(&self, body: &[CaseClause], label: Option<Name>) -> bool {
        let mut has_default = false;
        for cc in body {
            if cc.list.is_none() {
                has_default = true;
            }
            if !self.is_terminating_list(&cc.body, None) || has_break_list(&cc.body, label, true) {
                return false;
            }
        }
        has_default
    }
}

/// Whether `s` is or contains a `break` referring to the statement labeled
/// `label`, or, with `implicit`, an unlabeled `break` referring to the
/// closest enclosing breakable statement (types2 hasBreak). Breaks inside
/// nested breakable statements only count when they name `label`.
fn has_break(s: &Stmt, label: Option<Name>, implicit: bool) -> bool {
    match &s.kind {
        StmtKind::Labeled { stmt, .. } => has_break(stmt, label, implicit),

        StmtKind::Branch {
            kind: BranchKind::Break,
            label: l,
        } => match l {
            None => implicit,
            Some(l) => Some(l.name) == label,
        },

        StmtKind::Block(b) => has_break_list(&b.stmts, label, implicit),

        StmtKind::If { then, els, .. } => {
            has_break_list(&then.stmts, label, implicit)
                || els.as_ref().is_some_and(|e| has_break(e, label, implicit))
        }

        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
            label.is_some() && has_break_case_list(clauses, label, false)
        }

        StmtKind::Select { clauses, .. } => {
            label.is_some() && has_break_comm_list(clauses, label, false)
        }

        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            label.is_some() && has_break_list(&body.stmts, label, false)
        }

        _ => false,
    }
}

fn has_break_list(list: &[Stmt], label: Option<Name>, implicit: bool) -> bool {
    list.iter().any(|s| has_break(s, label, implicit))
}

fn has_break_case_list(list: &[CaseClause], label: Option<Name>, implicit: bool) -> bool {
    list.iter()
        .any(|c| has_break_list(&c.body, label, implicit))
}

fn has_break_comm_list(list: &[CommClause], label: Option<Name>, implicit: bool) -> bool {
    list.iter()
        .any(|c| has_break_list(&c.body, label, implicit))
}
