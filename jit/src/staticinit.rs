//! Static initialization of package-level variables (gc's staticinit).
//!
//! A variable whose initializer is built only from constants, composite
//! literals, addresses of composite literals, functions and other such
//! variables is laid out as initialized data instead of being initialized by
//! code: the unicode tables, for instance, cost nothing at start-up.
//!
//! Invariants:
//! - Static initializers have no side effects, so a variable nobody
//!   references is never emitted, and its initializer never runs.
//! - Globals are only declared while compiling; their contents are defined
//!   once every function is compiled (`finish_globals`), when the set of
//!   referenced globals is known.
//! - Everything static data points to (slice backing arrays, `&T{...}`) is
//!   a writable data object of its own, like a heap object, so Go code may
//!   modify it.

use std::collections::HashSet;

use cranelift_module::{DataDescription, DataId, Linkage, Module};
use gorun_frontend::constant::Value as CValue;
use gorun_frontend::syntax::ast::{Expr, ExprKind, UnaryOp};
use gorun_frontend::types::{BasicKind, Mode, ObjId, ObjKind, Type, TypeId};

use crate::unit::Unit;

/// A pointer to write into static data.
enum Target {
    Data(DataId),
}

struct Blob {
    bytes: Vec<u8>,
    relocs: Vec<(usize, Target)>,
}

impl<'p> Unit<'p> {
    /// Whether package-level variable `obj` is initialized statically.
    pub fn is_static_var(&self, obj: ObjId) -> bool {
        let mut seen = HashSet::new();
        self.static_var_rec(obj, &mut seen)
    }

    fn static_var_rec(&self, obj: ObjId, seen: &mut HashSet<ObjId>) -> bool {
        if !seen.insert(obj) {
            return false; // a cycle: leave it to code
        }
        match self.var_inits.get(&obj) {
            Some(&e) => self.is_static_expr(e, self.p.obj_type(obj), seen),
            None => false,
        }
    }

    fn is_static_expr(&self, e: &Expr, t: TypeId, seen: &mut HashSet<ObjId>) -> bool {
        let p = self.p;
        let Some(tv) = p.info.types.get(&e.id) else {
            return false;
        };
        // Interfaces need type descriptors and boxing: leave them to code,
        // except nil.
        if p.is_interface(t) {
            return tv.mode == Mode::NilValue;
        }
        if tv.mode == Mode::Constant {
            return tv.val.is_some();
        }
        if tv.mode == Mode::NilValue {
            return true;
        }
        match &e.kind {
            ExprKind::Paren(x) => self.is_static_expr(x, t, seen),
            ExprKind::Ident(_) | ExprKind::Selector { .. } => {
                let id = match &e.kind {
                    ExprKind::Selector { sel, .. } => sel.id,
                    _ => e.id,
                };
                match p.info.uses.get(&id).map(|&o| (o, &p.obj(o).kind)) {
                    Some((_, ObjKind::Func { .. })) => true,
                    Some((o, ObjKind::Var { .. })) => {
                        p.identical(p.obj_type(o), t)
                            && self.var_inits.contains_key(&o)
                            && self.static_var_rec(o, seen)
                    }
                    _ => false,
                }
            }
            ExprKind::CompositeLit { elts, .. } => {
                let lt = tv.typ;
                match p.ty(p.under(lt)).clone() {
                    Type::Struct(s) => elts.iter().enumerate().all(|(i, el)| {
                        let (fi, ve) = match &el.kind {
                            ExprKind::KeyValue { key, value, .. } => {
                                let name = key.as_ident();
                                (
                                    s.fields.iter().position(|&f| Some(p.obj(f).name) == name),
                                    &**value,
                                )
                            }
                            _ => (Some(i), el),
                        };
                        fi.and_then(|fi| s.fields.get(fi))
                            .is_some_and(|&f| self.is_static_expr(ve, p.obj_type(f), seen))
                    }),
                    Type::Array { elem, .. } | Type::Slice(elem) => elts.iter().all(|el| {
                        let ve = match &el.kind {
                            ExprKind::KeyValue { value, .. } => &**value,
                            _ => el,
                        };
                        self.is_static_expr(ve, elem, seen)
                    }),
                    _ => false,
                }
            }
            ExprKind::Unary {
                op: UnaryOp::Addr,
                x,
            } => {
                let x = x.unparen();
                matches!(x.kind, ExprKind::CompositeLit { .. })
                    && p.info
                        .types
                        .get(&x.id)
                        .is_some_and(|xt| self.is_static_expr(x, xt.typ, seen))
            }
            _ => false,
        }
    }

    /// Whether package-level variable `obj` has an initializer without side
    /// effects (built from constants, functions, variables, literals and
    /// function literals), which need not run if nothing refers to `obj`.
    pub fn is_pure_var(&self, obj: ObjId) -> bool {
        self.var_inits
            .get(&obj)
            .is_some_and(|e| self.is_pure_expr(e))
    }

    fn is_pure_expr(&self, e: &Expr) -> bool {
        let p = self.p;
        let Some(tv) = p.info.types.get(&e.id) else {
            return false;
        };
        if matches!(tv.mode, Mode::Constant | Mode::NilValue) {
            return true;
        }
        match &e.kind {
            ExprKind::Paren(x) => self.is_pure_expr(x),
            ExprKind::Ident(_) | ExprKind::Selector { .. } => {
                let id = match &e.kind {
                    ExprKind::Selector { sel, .. } => sel.id,
                    _ => e.id,
                };
                // Package-level variables and functions only: a selector
                // on a value may dereference nil.
                p.info.uses.get(&id).is_some_and(|&o| {
                    let ob = p.obj(o);
                    match ob.kind {
                        ObjKind::Func { .. } => {
                            p.signature(p.obj_type(o)).is_some_and(|s| s.recv.is_none())
                        }
                        ObjKind::Var { .. } => {
                            ob.pkg.is_some_and(|pk| ob.parent == Some(p.pkg(pk).scope))
                        }
                        _ => false,
                    }
                })
            }
            ExprKind::FuncLit { .. } => true,
            ExprKind::CompositeLit { elts, .. } => elts.iter().all(|el| match &el.kind {
                ExprKind::KeyValue { key, value, .. } => {
                    // Struct field names are not expressions.
                    (key.as_ident().is_some() && !p.info.types.contains_key(&key.id)
                        || self.is_pure_expr(key))
                        && self.is_pure_expr(value)
                }
                _ => self.is_pure_expr(el),
            }),
            ExprKind::Unary {
                op: UnaryOp::Addr,
                x,
            } => {
                matches!(x.unparen().kind, ExprKind::CompositeLit { .. })
                    && self.is_pure_expr(x.unparen())
            }
            _ => false,
        }
    }

    /// Defines every declared global: with its static contents, or zeroed.
    /// Defining static contents may declare more globals (a table referring
    /// to another), so this repeats until all are defined.
    pub fn finish_globals(&mut self) {
        loop {
            let pending: Vec<(ObjId, DataId)> = self
                .globals
                .iter()
                .filter(|(o, _)| !self.defined_globals.contains(o))
                .map(|(&o, &d)| (o, d))
                .collect();
            if pending.is_empty() {
                break;
            }
            for (obj, id) in pending {
                self.defined_globals.insert(obj);
                let t = self.p.obj_type(obj);
                let size = self.p.sizeof(t).max(1) as usize;
                let align = self.p.alignof(t).max(8) as u64;
                let mut dd = DataDescription::new();
                dd.set_align(align);
                if self.is_static_var(obj)
                    && let Some(&e) = self.var_inits.get(&obj)
                {
                    let mut blob = Blob {
                        bytes: vec![0u8; size],
                        relocs: Vec::new(),
                    };
                    self.static_into(e, t, &mut blob, 0);
                    dd.define(blob.bytes.into_boxed_slice());
                    for (off, Target::Data(d)) in blob.relocs {
                        let gv = self.module.declare_data_in_data(d, &mut dd);
                        dd.write_data_addr(off as u32, gv, 0);
                    }
                } else {
                    dd.define_zeroinit(size);
                }
                self.define_data(id, &dd).expect("global defines");
            }
        }
    }

    /// Writes the static value of `e` (of type `t`) at `off` of `blob`.
    fn static_into(&mut self, e: &'p Expr, t: TypeId, blob: &mut Blob, off: usize) {
        let p = self.p;
        let Some(tv) = p.info.types.get(&e.id).cloned() else {
            return;
        };
        if tv.mode == Mode::NilValue {
            return;
        }
        if tv.mode == Mode::Constant
            && let Some(v) = &tv.val
        {
            self.const_into(v, t, blob, off);
            return;
        }
        match &e.kind {
            ExprKind::Paren(x) => self.static_into(x, t, blob, off),
            ExprKind::Ident(_) | ExprKind::Selector { .. } => {
                let id = match &e.kind {
                    ExprKind::Selector { sel, .. } => sel.id,
                    _ => e.id,
                };
                let Some(&o) = p.info.uses.get(&id) else {
                    return;
                };
                match p.obj(o).kind {
                    ObjKind::Func { .. } => {
                        let f = self.decl_func(o);
                        let c = self.static_closure(f);
                        blob.relocs.push((off, Target::Data(c)));
                    }
                    ObjKind::Var { .. } => {
                        if let Some(&ie) = self.var_inits.get(&o) {
                            self.static_into(ie, p.obj_type(o), blob, off);
                        }
                    }
                    _ => {}
                }
            }
            ExprKind::CompositeLit { elts, .. } => match p.ty(p.under(tv.typ)).clone() {
                Type::Struct(s) => {
                    let offs = p.offsetsof(&s.fields);
                    for (i, el) in elts.iter().enumerate() {
                        let (fi, ve) = match &el.kind {
                            ExprKind::KeyValue { key, value, .. } => {
                                let name = key.as_ident();
                                (
                                    s.fields
                                        .iter()
                                        .position(|&f| Some(p.obj(f).name) == name)
                                        .unwrap_or(i),
                                    &**value,
                                )
                            }
                            _ => (i, el),
                        };
                        let Some(&f) = s.fields.get(fi) else { continue };
                        self.static_into(ve, p.obj_type(f), blob, off + offs[fi].max(0) as usize);
                    }
                }
                Type::Array { elem, .. } => self.static_elems(elts, elem, blob, off),
                Type::Slice(elem) => {
                    let n = literal_len(p, elts);
                    if n == 0 {
                        // []T{}: non-nil and empty.
                        let z = self.zerobase();
                        blob.relocs.push((off, Target::Data(z)));
                        return;
                    }
                    let es = p.sizeof(elem).max(0) as usize;
                    let mut arr = Blob {
                        bytes: vec![0u8; (es * n as usize).max(1)],
                        relocs: Vec::new(),
                    };
                    self.static_elems(elts, elem, &mut arr, 0);
                    let d = self.define_blob(arr, p.alignof(elem).max(8) as u64);
                    blob.relocs.push((off, Target::Data(d)));
                    blob.bytes[off + 8..off + 16].copy_from_slice(&n.to_le_bytes());
                    blob.bytes[off + 16..off + 24].copy_from_slice(&n.to_le_bytes());
                }
                _ => {}
            },
            ExprKind::Unary {
                op: UnaryOp::Addr,
                x,
            } => {
                let x = x.unparen();
                let Some(xt) = p.info.types.get(&x.id).map(|tv| tv.typ) else {
                    return;
                };
                let size = p.sizeof(xt).max(1) as usize;
                let mut inner = Blob {
                    bytes: vec![0u8; size],
                    relocs: Vec::new(),
                };
                self.static_into(x, xt, &mut inner, 0);
                let d = self.define_blob(inner, p.alignof(xt).max(8) as u64);
                blob.relocs.push((off, Target::Data(d)));
            }
            _ => {}
        }
    }

    fn static_elems(&mut self, elts: &'p [Expr], elem: TypeId, blob: &mut Blob, off: usize) {
        let p = self.p;
        let es = p.sizeof(elem).max(0) as usize;
        let mut i: i64 = 0;
        for el in elts {
            let ve = match &el.kind {
                ExprKind::KeyValue { key, value, .. } => {
                    if let Some(v) = p.info.types.get(&key.id).and_then(|tv| tv.val.clone()) {
                        i = v.to_int().int64_val().unwrap_or(i);
                    }
                    &**value
                }
                _ => el,
            };
            self.static_into(ve, elem, blob, off + i as usize * es);
            i += 1;
        }
    }

    /// A constant of type `t` in its memory layout.
    fn const_into(&mut self, v: &CValue, t: TypeId, blob: &mut Blob, off: usize) {
        let p = self.p;
        let t = p.default_type(t);
        let Some(k) = p.basic_kind(p.under(t)) else {
            return;
        };
        use BasicKind::*;
        let put =
            |b: &mut Blob, bytes: &[u8]| b.bytes[off..off + bytes.len()].copy_from_slice(bytes);
        match k {
            Bool | UntypedBool => put(blob, &[v.bool_val() as u8]),
            String | UntypedString => {
                let s = v.string_val().to_vec();
                if !s.is_empty() {
                    let d = self.string_data(&s);
                    blob.relocs.push((off, Target::Data(d)));
                    put(blob, &[0u8; 8]);
                    blob.bytes[off + 8..off + 16].copy_from_slice(&(s.len() as u64).to_le_bytes());
                }
            }
            Float32 => put(blob, &v.to_float().float32_val().0.to_le_bytes()),
            Float64 | UntypedFloat => put(blob, &v.to_float().float64_val().0.to_le_bytes()),
            Complex64 => {
                put(blob, &v.real().float32_val().0.to_le_bytes());
                blob.bytes[off + 4..off + 8]
                    .copy_from_slice(&v.imag().float32_val().0.to_le_bytes());
            }
            Complex128 | UntypedComplex => {
                put(blob, &v.real().float64_val().0.to_le_bytes());
                blob.bytes[off + 8..off + 16]
                    .copy_from_slice(&v.imag().float64_val().0.to_le_bytes());
            }
            _ => {
                let iv = v.to_int();
                let bits = iv
                    .int64_val()
                    .unwrap_or_else(|| iv.uint64_val().map(|u| u as i64).unwrap_or(0));
                let size = p.sizeof(t).clamp(1, 8) as usize;
                put(blob, &bits.to_le_bytes()[..size]);
            }
        }
    }

    fn define_blob(&mut self, blob: Blob, align: u64) -> DataId {
        let name = self.data_name("go.static");
        let id = self
            .module
            .declare_data(&name, Linkage::Local, true, false)
            .expect("static declares");
        let mut dd = DataDescription::new();
        dd.define(blob.bytes.into_boxed_slice());
        dd.set_align(align);
        for (off, Target::Data(d)) in blob.relocs {
            let gv = self.module.declare_data_in_data(d, &mut dd);
            dd.write_data_addr(off as u32, gv, 0);
        }
        self.define_data(id, &dd).expect("static defines");
        id
    }
}

/// The length of an array or slice literal (the largest index plus one).
pub fn literal_len(p: &gorun_frontend::types::Program, elts: &[Expr]) -> i64 {
    let mut i: i64 = 0;
    let mut max: i64 = 0;
    for el in elts {
        if let ExprKind::KeyValue { key, .. } = &el.kind
            && let Some(v) = p.info.types.get(&key.id).and_then(|tv| tv.val.clone())
        {
            i = v.to_int().int64_val().unwrap_or(i);
        }
        i += 1;
        max = max.max(i);
    }
    max
}
