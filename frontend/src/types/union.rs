//! Unions and tilde terms in constraints (union.go).

use crate::syntax::ast::{BinaryOp, Expr, ExprKind, UnaryOp};

use super::typeset::TTerm;
use super::*;

/// gc's limit on the number of terms of a union.
const MAX_TERM_COUNT: usize = 100;

impl<'a> Checker<'a> {
    /// The type of an interface element: a type, or a union of `T` / `~T`
    /// terms (types2 parseUnion).
    pub fn parse_union(&mut self, uexpr: &'a Expr) -> TypeId {
        let mut blist: Vec<&'a Expr> = Vec::new();
        let mut tlist: Vec<&'a Expr> = Vec::new();
        flatten_union(uexpr, &mut blist, &mut tlist);

        let inv = self.invalid();
        let mut terms: Vec<Term> = Vec::new();
        let mut u: Option<TypeId> = None;
        for (i, &x) in tlist.iter().enumerate() {
            let term = self.parse_tilde(x);
            if tlist.len() == 1 && !term.tilde {
                return term.typ;
            }
            if terms.len() >= MAX_TERM_COUNT {
                if u != Some(inv) {
                    self.error(
                        x.pos(),
                        format!("cannot handle more than {MAX_TERM_COUNT} union terms (implementation limitation)"),
                    );
                    u = Some(inv);
                }
            } else {
                terms.push(term);
                u = Some(self.prog.new_type(Type::Union(terms.clone())));
            }
            if i > 0
                && let Some(ut) = u
            {
                self.record_type_and_value(blist[i - 1], Mode::TypExpr, ut, None);
            }
        }
        let Some(u) = u else { return inv };
        if u == inv {
            return u;
        }
        self.later(move |c| c.check_union_terms(&terms, &tlist));
        u
    }

    fn check_union_terms(&mut self, terms: &[Term], tlist: &[&'a Expr]) {
        for (i, t) in terms.iter().enumerate() {
            if !self.prog.is_valid(t.typ) {
                continue;
            }
            let u = self.under(t.typ);
            let is_iface = matches!(self.prog.ty(u), Type::Interface(_));
            let pos = tlist[i].pos();
            if t.tilde {
                if is_iface {
                    let ts = self.type_str(t.typ);
                    self.error(pos, format!("invalid use of ~ ({ts} is an interface)"));
                    continue;
                }
                if !self.prog.identical(u, t.typ) {
                    let (ts, us) = (self.type_str(t.typ), self.type_str(u));
                    self.error(
                        pos,
                        format!("invalid use of ~ (underlying type of {ts} is {us})"),
                    );
                    continue;
                }
            }
            if is_iface {
                let tset = self.prog.interface_type_set(u);
                let s = self.term_str(*t);
                if !tset.methods.is_empty() {
                    self.error(
                        pos,
                        format!("cannot use {s} in union ({s} contains methods)"),
                    );
                } else if t.typ == self.prog.universe.comparable {
                    self.error(pos, "cannot use comparable in union");
                } else if tset.comparable {
                    self.error(
                        pos,
                        format!("cannot use {s} in union ({s} embeds comparable)"),
                    );
                }
                continue;
            }
            // Terms must not overlap (interfaces aside).
            for &x in &terms[..i] {
                if self.prog.is_interface(x.typ) {
                    continue;
                }
                let ux = if t.tilde { self.under(x.typ) } else { x.typ };
                let uy = if x.tilde { self.under(t.typ) } else { t.typ };
                if self.prog.identical(ux, uy) {
                    let (a, b) = (self.term_str(*t), self.term_str(x));
                    self.soft_error(pos, format!("overlapping terms {a} and {b}"));
                    break;
                }
            }
        }
    }

    /// A term as types2 prints it: `~int` or `int`.
    /// Like types2's Term.String, types are qualified by package path.
    pub fn term_str(&self, t: Term) -> String {
        let s = self.prog.type_string(t.typ, None);
        if t.tilde { format!("~{s}") } else { s }
    }

    /// A term list as types2 prints it: `~int | ~float64`.
    pub fn termlist_str(&self, l: &TermList) -> String {
        if l.is_empty() {
            return "∅".into();
        }
        l.iter()
            .map(|t| match t {
                TTerm::All => "𝓤".to_string(),
                TTerm::T(t) => self.term_str(*t),
            })
            .collect::<Vec<_>>()
            .join(" | ")
    }

    fn parse_tilde(&mut self, tx: &'a Expr) -> Term {
        let (x, tilde) = match &tx.kind {
            ExprKind::Unary {
                op: UnaryOp::Tilde,
                x,
            } => (&**x, true),
            _ => (tx, false),
        };
        let mut typ = self.typ(x);
        if self.prog.is_type_param(typ) {
            if tilde {
                let s = self.expr_str(tx);
                self.error(
                    x.pos(),
                    format!("type in term {s} cannot be a type parameter"),
                );
            } else {
                self.error(x.pos(), "term cannot be a type parameter");
            }
            typ = self.invalid();
        }
        let term = Term { tilde, typ };
        if tilde {
            let u = self.prog.new_type(Type::Union(vec![term]));
            self.record_type_and_value(tx, Mode::TypExpr, u, None);
        }
        term
    }
}

fn flatten_union<'a>(x: &'a Expr, blist: &mut Vec<&'a Expr>, tlist: &mut Vec<&'a Expr>) {
    if let ExprKind::Binary {
        op: BinaryOp::Or,
        x: l,
        y: r,
        ..
    } = &x.kind
    {
        flatten_union(l, blist, tlist);
        blist.push(x);
        tlist.push(r);
        return;
    }
    tlist.push(x);
}
