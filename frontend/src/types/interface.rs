//! Interface types (interface.go).

use crate::syntax::ast::{self, InterfaceElem};

use super::*;

impl<'a> Checker<'a> {
    /// The interface type of an interface type expression; `def` is the
    /// type name being declared, whose Named type becomes the receiver of
    /// the methods (types2 interfaceType).
    pub fn interface_type(&mut self, it: &'a ast::InterfaceType, def: Option<ObjId>) -> TypeId {
        let ityp = self.prog.new_type(Type::Interface(Interface::default()));
        let recv_typ = def
            .and_then(|d| self.prog.obj(d).typ)
            .filter(|&t| matches!(self.prog.ty(t), Type::Named(_)))
            .unwrap_or(ityp);
        let mut methods = Vec::new();
        let mut embeddeds = Vec::new();
        let mut embed_pos = Vec::new();
        for el in &it.elems {
            match el {
                InterfaceElem::Embed(t) => {
                    embed_pos.push(t.pos());
                    embeddeds.push(self.parse_union(t));
                }
                InterfaceElem::Method { name, typ } => {
                    if name.name.is_blank() {
                        self.error(name.pos, "methods must have a unique non-blank name");
                        continue;
                    }
                    let sig = self.func_type(None, typ);
                    let recv = self.prog.new_var(
                        VarKind::RecvVar,
                        name.pos,
                        Some(self.pkg),
                        crate::name::Name::intern(""),
                        recv_typ,
                    );
                    if let Type::Signature(s) = self.prog.ty_mut(sig) {
                        s.recv = Some(recv);
                    }
                    let m = self.prog.new_obj(
                        ObjKind::Func {
                            origin: None,
                            has_ptr_recv: false,
                        },
                        name.pos,
                        Some(self.pkg),
                        name.name,
                        Some(sig),
                    );
                    self.record_def(name, m);
                    methods.push(m);
                }
            }
        }
        methods.sort_by(|&a, &b| self.prog.cmp_objects(a, b));
        let empty = methods.is_empty() && embeddeds.is_empty();
        if let Type::Interface(i) = self.prog.ty_mut(ityp) {
            i.methods = methods;
            i.embeddeds = embeddeds;
            i.embed_pos = embed_pos;
            i.complete = true;
        }
        if !empty {
            self.later(move |c| c.check_interface_type_set(ityp));
        }
        ityp
    }

    /// Reports what computing an interface's type set finds wrong:
    /// duplicate methods, explicit or through embedding with different
    /// signatures (types2 computeInterfaceTypeSet's errors).
    fn check_interface_type_set(&mut self, ityp: TypeId) {
        let Type::Interface(it) = self.prog.ty(ityp).clone() else {
            return;
        };
        let mut seen: Vec<(ObjId, crate::source::Pos)> = Vec::new();
        for &m in &it.methods {
            let pos = self.prog.obj(m).pos;
            if let Some(&(other, opos)) = seen.iter().find(|(o, _)| self.prog.same_id(*o, m)) {
                let _ = other;
                let name = self.prog.obj(m).name;
                let (first, second) = if opos <= pos {
                    (opos, pos)
                } else {
                    (pos, opos)
                };
                self.report_full(
                    second,
                    format!("duplicate method {name}"),
                    vec![(first, format!("other declaration of method {name}"))],
                );
                continue;
            }
            seen.push((m, pos));
        }
        for (i, &e) in it.embeddeds.iter().enumerate() {
            let pos = it.embed_pos.get(i).copied().unwrap_or_default();
            let u = self.under(e);
            if let Type::Interface(_) = self.prog.ty(u) {
                let ts = self.prog.interface_type_set(u);
                for &m in &ts.methods {
                    if let Some(&(other, opos)) =
                        seen.iter().find(|(o, _)| self.prog.same_id(*o, m))
                    {
                        if !self
                            .prog
                            .identical(self.prog.obj_type(m), self.prog.obj_type(other))
                        {
                            let name = self.prog.obj(m).name;
                            self.report_full(
                                pos,
                                format!("duplicate method {name}"),
                                vec![(opos, format!("other declaration of method {name}"))],
                            );
                        }
                        continue;
                    }
                    seen.push((m, pos));
                }
            }
        }
    }
}
