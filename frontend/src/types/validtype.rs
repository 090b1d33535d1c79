//! Invalid recursive types (validtype.go): a type may refer to itself only
//! through a pointer, slice, map, channel, function or interface method —
//! never by containing itself (`type T struct{ t T }`, `type A [1]A`).
//!
//! The walk follows arrays, struct fields, union terms and embedded
//! interfaces into named types' right-hand sides; `nest` holds the named
//! types entered (instances included, to substitute type arguments for
//! their parameters), `path` the ones to report.

use super::*;

impl<'a> Checker<'a> {
    pub fn valid_type(&mut self, t: TypeId) {
        self.valid_type0(t, &mut Vec::new(), &mut Vec::new());
    }

    fn valid_type0(&mut self, typ: TypeId, nest: &mut Vec<TypeId>, path: &mut Vec<TypeId>) -> bool {
        let typ = self.prog.unalias(typ);
        match self.prog.ty(typ).clone() {
            Type::Array { elem, .. } => self.valid_type0(elem, nest, path),
            Type::Struct(s) => {
                for &f in &s.fields {
                    let ft = self.prog.obj_type(f);
                    if !self.valid_type0(ft, nest, path) {
                        return false;
                    }
                }
                true
            }
            Type::Union(terms) => {
                for t in &terms {
                    if !self.valid_type0(t.typ, nest, path) {
                        return false;
                    }
                }
                true
            }
            Type::Interface(it) => {
                for &e in &it.embeddeds {
                    if !self.valid_type0(e, nest, path) {
                        return false;
                    }
                }
                true
            }
            Type::Named(n) => {
                if nest.iter().any(|&e| self.prog.identical(e, typ)) {
                    // A cycle: invalidate the origin and report from the
                    // first occurrence on the path.
                    let orig = n.orig;
                    let inv = self.invalid();
                    if let Type::Named(o) = self.prog.ty_mut(orig) {
                        o.from_rhs = Some(inv);
                        o.underlying = Some(inv);
                    }
                    if let Some(start) = path.iter().position(|&p| self.prog.identical(p, typ)) {
                        let cycle: Vec<ObjId> = path[start..]
                            .iter()
                            .filter_map(|&p| self.prog.named(p).map(|n| n.obj))
                            .collect();
                        self.cycle_error(&cycle, 0);
                    }
                    return false;
                }
                // Only types of this package can be invalid here: imported
                // ones were checked with their package.
                if self.prog.obj(n.obj).pkg != Some(self.pkg) {
                    return true;
                }
                let rhs = match self.prog.ty(n.orig) {
                    Type::Named(o) => o.from_rhs,
                    _ => None,
                };
                let Some(rhs) = rhs else { return true };
                nest.push(typ);
                path.push(typ);
                let ok = self.valid_type0(rhs, nest, path);
                nest.pop();
                path.pop();
                ok
            }
            Type::TypeParam(_) => {
                // Substitute the type argument of the innermost instance
                // for the parameter, and continue in the enclosing context.
                let Some(&inst) = nest.last() else {
                    return true;
                };
                let (tparams, targs) = match self.prog.ty(inst) {
                    Type::Named(n) => (self.tparams_of(n.orig), n.targs.clone()),
                    _ => return true,
                };
                if let Some(i) = tparams.iter().position(|&p| p == typ)
                    && let Some(&targ) = targs.get(i)
                {
                    let saved = nest.pop();
                    let res = self.valid_type0(targ, nest, path);
                    if let Some(s) = saved {
                        nest.push(s);
                    }
                    return res;
                }
                true
            }
            _ => true,
        }
    }
}
