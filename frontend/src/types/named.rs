//! Defined types: resolution of underlying types (named.go, cycles.go's
//! isComplete).
//!
//! A Named type's underlying type is found by following its declaration's
//! right-hand side (`from_rhs`) through other Named types and aliases to a
//! type literal or predeclared type; every Named on the way memoizes it.
//! Direct cycles (`type A B; type B A`) were broken before (resolver.rs's
//! direct_cycles), so the walk ends. Instances of generic types get their
//! underlying type by substitution (`expand_named`, instantiate.rs).

use super::*;

impl<'a> Checker<'a> {
    pub fn under(&mut self, t: TypeId) -> TypeId {
        let inv = self.invalid();
        let t = self.prog.unalias(t);
        match self.prog.ty(t) {
            Type::Named(_) => self.resolve_underlying(t).unwrap_or(inv),
            Type::TypeParam(tp) => match tp.bound {
                Some(b) => self.under(b),
                None => inv,
            },
            _ => t,
        }
    }

    /// The underlying type of named type `t`, or None while its
    /// declaration (or its origin's, for an instance) is incomplete.
    fn resolve_underlying(&mut self, t: TypeId) -> Option<TypeId> {
        let mut path: Vec<TypeId> = Vec::new();
        let mut rhs = Some(t);
        let u = loop {
            let r = rhs?;
            let r = self.prog.unalias(r);
            let Type::Named(n) = self.prog.ty(r) else {
                break r;
            };
            if let Some(u) = n.underlying {
                break self.prog.unalias(u);
            }
            if !n.targs.is_empty() {
                // An instance: its underlying type comes from substitution.
                self.expand_named(r);
                match self.prog.named(r).and_then(|n| n.underlying) {
                    Some(u) => break self.prog.unalias(u),
                    None => return None,
                }
            }
            if path.contains(&r) {
                // A cycle the earlier phases did not break: give up.
                break self.invalid();
            }
            path.push(r);
            rhs = n.from_rhs;
        };
        for p in path {
            if let Type::Named(n) = self.prog.ty_mut(p) {
                n.underlying = Some(u);
            }
        }
        Some(u)
    }

    pub fn is_complete(&mut self, t: TypeId) -> bool {
        let (obj, rhs) = match self.prog.ty(t) {
            Type::Alias(a) => (a.obj, a.rhs),
            Type::Named(n) => (n.obj, n.from_rhs),
            _ => return true,
        };
        if let Some(i) = self.obj_path.iter().position(|&o| o == obj) {
            let cycle = self.obj_path[i..].to_vec();
            let first = self.first_in_src(&cycle);
            self.cycle_error(&cycle, first);
            return false;
        }
        match rhs {
            Some(r) if r != t => self.is_complete(r),
            _ => true,
        }
    }
}
