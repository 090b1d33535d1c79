//! Struct types (struct.go).

use crate::constant::Value;
use crate::name::Name;
use crate::syntax::ast::{self, Expr, ExprKind, LitKind};

use super::*;

impl<'a> Checker<'a> {
    /// The struct type of a struct type expression (types2 structType).
    pub fn struct_type(&mut self, e: &'a ast::StructType) -> TypeId {
        let mut fields: Vec<ObjId> = Vec::new();
        let mut tags: Vec<Option<String>> = Vec::new();
        // Fields by identity, for duplicate detection.
        let mut seen: Vec<ObjId> = Vec::new();
        for f in &e.fields.list {
            let typ = self.var_type(&f.typ);
            let tag = f.tag.as_ref().map(|t| self.tag(t));
            let tag = tag.filter(|t| !t.is_empty());
            if !f.names.is_empty() {
                for name in &f.names {
                    let fld = self
                        .prog
                        .new_field(name.pos, Some(self.pkg), name.name, typ, false);
                    if name.name.is_blank() || self.declare_in_set(&mut seen, name.pos, fld) {
                        fields.push(fld);
                        tags.push(tag.clone());
                        self.record_def(name, fld);
                    }
                }
                continue;
            }
            // Embedded field: its name is the type's name.
            let pos = f.typ.pos();
            let Some((name_id, name_pos, name)) = embedded_field_ident(&f.typ) else {
                let s = self.expr_str(&f.typ);
                self.error(pos, format!("invalid embedded field type {s}"));
                let inv = self.invalid();
                let fld = self
                    .prog
                    .new_field(pos, Some(self.pkg), Name::intern("_"), inv, true);
                fields.push(fld);
                tags.push(None);
                continue;
            };
            let fld = self
                .prog
                .new_field(name_pos, Some(self.pkg), name, typ, true);
            if name.is_blank() || self.declare_in_set(&mut seen, name_pos, fld) {
                fields.push(fld);
                tags.push(tag);
                self.prog.info.defs.insert(name_id, fld);
            }
            self.later(move |c| {
                let (t, is_ptr) = match c.prog.ty(c.prog.unalias(typ)) {
                    Type::Pointer(b) => (*b, true),
                    _ => (typ, false),
                };
                let u = c.under(t);
                match c.prog.ty(u) {
                    Type::Basic(b) if c.prog.is_valid(t) && b.kind == BasicKind::UnsafePointer => {
                        c.error(pos, "embedded field type cannot be unsafe.Pointer");
                    }
                    Type::Pointer(_) => c.error(pos, "embedded field type cannot be a pointer"),
                    Type::Interface(_) => {
                        if c.prog.is_type_param(t) {
                            c.error(
                                pos,
                                "embedded field type cannot be a (pointer to a) type parameter",
                            );
                        } else if is_ptr {
                            c.error(
                                pos,
                                "embedded field type cannot be a pointer to an interface",
                            );
                        }
                    }
                    _ => {}
                }
            });
        }
        if tags.iter().all(|t| t.is_none()) {
            tags.clear();
        }
        self.prog.new_type(Type::Struct(Struct { fields, tags }))
    }

    /// Inserts `obj` into `set` unless a field with the same identity is
    /// there; reports the duplicate (types2 declareInSet).
    fn declare_in_set(
        &mut self,
        set: &mut Vec<ObjId>,
        pos: crate::source::Pos,
        obj: ObjId,
    ) -> bool {
        if let Some(&alt) = set.iter().find(|&&o| self.prog.same_id(o, obj)) {
            let name = self.prog.obj(obj).name;
            let apos = self.prog.obj(alt).pos;
            self.error_with_alt(
                pos,
                format!("{name} redeclared"),
                apos,
                format!("other declaration of {name}"),
            );
            return false;
        }
        set.push(obj);
        true
    }

    /// The value of a struct tag (types2 tag).
    fn tag(&mut self, t: &'a ast::BasicLit) -> String {
        if t.kind == LitKind::String {
            let v = Value::from_literal(LitKind::String, &t.raw);
            if v.kind() == crate::constant::Kind::String {
                return String::from_utf8_lossy(v.string_val()).into_owned();
            }
        }
        self.error(
            t.pos,
            format!(
                "incorrect tag syntax: {}",
                super::typestring::go_quote(&t.raw)
            ),
        );
        String::new()
    }
}

/// The identifier naming an embedded field: `T`, `*T`, `p.T`, `T[int]`
/// (types2 embeddedFieldIdent). Returns its node id, position and name.
fn embedded_field_ident(e: &Expr) -> Option<(ast::NodeId, crate::source::Pos, Name)> {
    match &e.kind {
        ExprKind::Ident(n) => Some((e.id, e.pos(), *n)),
        ExprKind::Star(x) => {
            // *T is fine, **T is not.
            if matches!(x.kind, ExprKind::Star(_)) {
                None
            } else {
                embedded_field_ident(x)
            }
        }
        ExprKind::Selector { sel, .. } => Some((sel.id, sel.pos, sel.name)),
        ExprKind::Index { x, .. } => embedded_field_ident(x),
        _ => None,
    }
}
