//! Instantiation cycles: generic code that would need infinitely many
//! instances (types2 mono.go).
//!
//! The graph has a vertex per type parameter of the package (and per local
//! named type declared inside generic code, which is implicitly
//! parameterized by the type parameters in scope). Instantiating type
//! parameter P with a type argument adds an edge to P from every type
//! parameter (or local type) the argument mentions, of weight 0 when the
//! argument is exactly that parameter and 1 when it is built from it
//! (`*T`, `[]T`, `G[T]`). A cycle of positive weight means ever-growing
//! type arguments: gc rejects the package ("instantiation cycle"), naming
//! each step of the cycle.
//!
//! Invariant: vertices are keyed by the canonical type parameter, so a
//! method's receiver type parameters stand for their type's (types2
//! recordCanon).

use std::collections::HashMap;

use super::{Checker, ObjId, Type, TypeId};
use crate::source::Pos;

#[derive(Default)]
pub(crate) struct MonoGraph {
    vertices: Vec<Vertex>,
    edges: Vec<Edge>,
    /// Receiver type parameter → the receiver base type's.
    canon: HashMap<TypeId, TypeId>,
    /// Type name → its vertex (-1: a local named type with no ambient
    /// type parameters).
    name_idx: HashMap<ObjId, isize>,
}

struct Vertex {
    /// Weight of the heaviest known path to this vertex.
    weight: i64,
    /// The last edge of that path, and its length.
    pre: usize,
    len: usize,
    obj: ObjId,
}

struct Edge {
    dst: usize,
    src: usize,
    weight: i64,
    pos: Pos,
    typ: TypeId,
}

impl MonoGraph {
    fn add_edge(&mut self, dst: usize, src: usize, weight: i64, pos: Pos, typ: TypeId) {
        self.edges.push(Edge {
            dst,
            src,
            weight,
            pos,
            typ,
        });
    }
}

impl<'a> Checker<'a> {
    /// Receiver type parameter `mpar` stands for `tpar` in the graph.
    pub(crate) fn mono_record_canon(&mut self, mpar: TypeId, tpar: TypeId) {
        self.mono.canon.insert(mpar, tpar);
    }

    /// An instantiation of `tparams` with `targs`, the i-th written at
    /// `xpos[i]` if given, else at `pos`.
    pub(crate) fn mono_record_instance(
        &mut self,
        pos: Pos,
        tparams: &[TypeId],
        targs: &[TypeId],
        xpos: &[Pos],
    ) {
        for (i, (&tpar, &targ)) in tparams.iter().zip(targs).enumerate() {
            let pos = xpos.get(i).copied().unwrap_or(pos);
            self.mono_assign(pos, tpar, targ);
        }
    }

    /// The edges for type parameter `tpar` instantiated with `targ`.
    fn mono_assign(&mut self, pos: Pos, tpar: TypeId, targ: TypeId) {
        // Type parameters of other packages cannot reach back here.
        let Some(tobj) = self.prog.type_name_of(tpar) else {
            return;
        };
        if self.prog.obj(tobj).pkg != Some(self.pkg) {
            return;
        }
        let mut srcs = Vec::new();
        self.mono_sources(targ, &mut srcs);
        for (src, typ) in srcs {
            let weight = if typ == targ { 0 } else { 1 };
            let dst = self.type_param_vertex(tpar);
            self.mono.add_edge(dst, src, weight, pos, targ);
        }
    }

    /// The vertices type `typ` mentions, each with the (sub)type that
    /// mentions it.
    fn mono_sources(&mut self, typ: TypeId, out: &mut Vec<(usize, TypeId)>) {
        let t = self.prog.unalias(typ);
        match self.prog.ty(t).clone() {
            Type::TypeParam(_) => {
                // Only this package's: others were not mentioned here.
                if self
                    .prog
                    .type_name_of(t)
                    .is_some_and(|o| self.prog.obj(o).pkg == Some(self.pkg))
                {
                    let v = self.type_param_vertex(t);
                    out.push((v, t));
                }
            }
            Type::Named(n) => {
                if let Ok(src) = usize::try_from(self.local_named_vertex(n.orig)) {
                    out.push((src, t));
                }
                for a in n.targs {
                    self.mono_sources(a, out);
                }
            }
            Type::Array { elem, .. } | Type::Chan { elem, .. } => self.mono_sources(elem, out),
            Type::Pointer(e) | Type::Slice(e) => self.mono_sources(e, out),
            Type::Map { key, elem } => {
                self.mono_sources(key, out);
                self.mono_sources(elem, out);
            }
            Type::Interface(i) => {
                for m in i.methods {
                    let mt = self.prog.obj_type(m);
                    self.mono_sources(mt, out);
                }
                for e in i.embeddeds {
                    self.mono_sources(e, out);
                }
            }
            Type::Signature(s) => {
                for v in self.prog.tuple(s.params).to_vec() {
                    let vt = self.prog.obj_type(v);
                    self.mono_sources(vt, out);
                }
                for v in self.prog.tuple(s.results).to_vec() {
                    let vt = self.prog.obj_type(v);
                    self.mono_sources(vt, out);
                }
            }
            Type::Struct(s) => {
                for f in s.fields {
                    let ft = self.prog.obj_type(f);
                    self.mono_sources(ft, out);
                }
            }
            Type::Union(terms) => {
                for term in terms {
                    self.mono_sources(term.typ, out);
                }
            }
            Type::Basic(_) | Type::Tuple(_) | Type::Alias(_) => {}
        }
    }

    /// The vertex of a named type declared inside generic code (it depends
    /// on the type parameters in scope at its declaration), or -1.
    fn local_named_vertex(&mut self, named: TypeId) -> isize {
        let Some(obj) = self.prog.type_name_of(named) else {
            return -1;
        };
        if self.prog.obj(obj).pkg != Some(self.pkg) {
            return -1; // imported type
        }
        let root = self.prog.pkg(self.pkg).scope;
        let Some(parent) = self.prog.obj(obj).parent else {
            return -1;
        };
        if parent == root {
            return -1; // package scope, no ambient type parameters
        }
        if let Some(&idx) = self.mono.name_idx.get(&obj) {
            return idx;
        }
        let obj_pos = self.prog.obj(obj).pos;
        let mut idx: isize = -1;
        let mut scope = Some(parent);
        while let Some(s) = scope.filter(|&s| s != root) {
            // In source order, for a deterministic graph.
            let mut elems: Vec<ObjId> = self.prog.scope(s).elems.values().copied().collect();
            elems.sort_by_key(|&e| self.prog.obj(e).pos);
            for elem in elems {
                let o = self.prog.obj(elem);
                if !o.is_type_name() || o.pos >= obj_pos {
                    continue;
                }
                let Some(et) = o.typ else { continue };
                if !matches!(self.prog.ty(et), Type::TypeParam(_)) {
                    continue; // aliases and other types
                }
                if idx < 0 {
                    idx = self.mono.vertices.len() as isize;
                    self.mono.vertices.push(Vertex {
                        weight: 0,
                        pre: 0,
                        len: 0,
                        obj,
                    });
                }
                let src = self.type_param_vertex(et);
                self.mono.add_edge(idx as usize, src, 1, obj_pos, et);
            }
            scope = self.prog.scope(s).parent;
        }
        self.mono.name_idx.insert(obj, idx);
        idx
    }

    /// The vertex of type parameter `tpar` (its canonical one).
    fn type_param_vertex(&mut self, mut tpar: TypeId) -> usize {
        if let Some(&c) = self.mono.canon.get(&tpar) {
            tpar = c;
        }
        let obj = self
            .prog
            .type_name_of(tpar)
            .expect("a type parameter has a type name");
        if let Some(&idx) = self.mono.name_idx.get(&obj) {
            return idx as usize;
        }
        let idx = self.mono.vertices.len();
        self.mono.vertices.push(Vertex {
            weight: 0,
            pre: 0,
            len: 0,
            obj,
        });
        self.mono.name_idx.insert(obj, idx as isize);
        idx
    }

    /// Reports an instantiation cycle if the graph has one: the heaviest
    /// paths are relaxed (Bellman-Ford) until one is as long as there are
    /// vertices, which only a positive cycle allows.
    pub(crate) fn monomorph(&mut self) {
        let n = self.mono.vertices.len();
        let mut again = true;
        while again {
            again = false;
            for i in 0..self.mono.edges.len() {
                let e = &self.mono.edges[i];
                let (src, dst, ew) = (e.src, e.dst, e.weight);
                let w = self.mono.vertices[src].weight + ew;
                if w <= self.mono.vertices[dst].weight {
                    continue;
                }
                let len = self.mono.vertices[src].len + 1;
                let d = &mut self.mono.vertices[dst];
                d.pre = i;
                d.len = len;
                if len == n {
                    self.report_instance_loop(dst);
                    return;
                }
                d.weight = w;
                again = true;
            }
        }
    }

    fn report_instance_loop(&mut self, mut v: usize) {
        let g = &self.mono;
        let mut stack = Vec::new();
        let mut seen = vec![false; g.vertices.len()];
        // Walk back to a vertex seen twice: it is on the cycle.
        while !seen[v] {
            stack.push(v);
            seen[v] = true;
            v = g.edges[g.vertices[v].pre].src;
        }
        // Trim the path leading into the cycle.
        let start = stack.iter().position(|&s| s == v).unwrap_or(0);
        let stack = &stack[start..];
        let obj0 = g.vertices[v].obj;
        let mut notes = Vec::new();
        for &s in stack {
            let e = &g.edges[g.vertices[s].pre];
            let obj = g.vertices[e.dst].obj;
            let name = self.prog.obj(obj).name;
            let ts = self.type_str(e.typ);
            let named = self
                .prog
                .obj(obj)
                .typ
                .is_some_and(|t| !matches!(self.prog.ty(t), Type::TypeParam(_)));
            let msg = if named {
                format!("{name} implicitly parameterized by {ts}")
            } else {
                format!("{name} instantiated as {ts}")
            };
            notes.push((e.pos, msg));
        }
        let pos = self.prog.obj(obj0).pos;
        self.report_full(pos, "instantiation cycle:".to_string(), notes);
    }
}
