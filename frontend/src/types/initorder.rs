//! Initialization order of package-level variables (initorder.go).
//!
//! Variables are initialized in dependency order, ties broken by
//! declaration order; functions are transparent (a variable depending on a
//! function depends on what the function refers to). A variable that
//! depends on itself is an initialization cycle.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::cmp::Reverse;
use std::collections::{BTreeSet, BinaryHeap};

use super::program::Initializer;
use super::*;

struct Node {
    obj: ObjId,
    pred: BTreeSet<usize>,
    succ: BTreeSet<usize>,
    ndeps: usize,
}

impl<'a> Checker<'a> {
    pub fn init_order(&mut self) {
        let mut order: Vec<Initializer> = Vec::new();
        let (mut nodes, is_func) = self.dependency_graph();
        // Remove function nodes, connecting their predecessors to their
        // successors, cheapest first.
        let mut funcs: Vec<usize> = (0..nodes.len()).filter(|&i| is_func[i]).collect();
        funcs.sort_by_key(|&i| {
            (
                nodes[i].pred.len() * nodes[i].succ.len(),
                self.prog.obj(nodes[i].obj).order,
            )
        });
        for n in funcs {
            let preds: Vec<usize> = nodes[n].pred.iter().copied().filter(|&p| p != n).collect();
            let succs: Vec<usize> = nodes[n].succ.iter().copied().filter(|&s| s != n).collect();
            for &p in &preds {
                for &s in &succs {
                    nodes[p].succ.insert(s);
                    nodes[s].pred.insert(p);
                }
                nodes[p].succ.remove(&n);
            }
            for &s in &nodes[n].succ.clone() {
                nodes[s].pred.remove(&n);
            }
        }
        let live: Vec<usize> = (0..nodes.len()).filter(|&i| !is_func[i]).collect();
        for &i in &live {
            nodes[i].ndeps = nodes[i].succ.len();
        }
        // Pick constants first, then the node with the fewest outstanding
        // dependencies, then the earliest declared: a min-heap on that key
        // (types2's nodeQueue). A node whose count drops is pushed again;
        // stale entries (count changed, or node done) are skipped when
        // popped. Packages like unicode have thousands of nodes.
        let rank: Vec<(bool, _)> = nodes
            .iter()
            .map(|nd| {
                let o = self.prog.obj(nd.obj);
                (!matches!(o.kind, ObjKind::Const { .. }), o.order)
            })
            .collect();
        let key = |nodes: &[Node], i: usize| Reverse((rank[i].0, nodes[i].ndeps, rank[i].1, i));
        let mut queue: BinaryHeap<_> = live.iter().map(|&i| key(&nodes, i)).collect();
        let mut done = vec![false; nodes.len()];
        let mut emitted: HashSet<usize> = HashSet::default();
        while let Some(Reverse((_, ndeps, _, n))) = queue.pop() {
            if done[n] || ndeps != nodes[n].ndeps {
                continue;
            }
            done[n] = true;
            let obj = nodes[n].obj;
            if nodes[n].ndeps > 0
                && let Some(cycle) = self.find_path(obj, obj, &mut HashSet::default())
            {
                self.report_init_cycle(&cycle);
            }
            for p in nodes[n].pred.clone() {
                if nodes[p].ndeps > 0 && !done[p] && !is_func[p] {
                    nodes[p].ndeps -= 1;
                    queue.push(key(&nodes, p));
                }
            }
            if !self.prog.obj(obj).is_var() {
                continue;
            }
            let Some(&d) = self.obj_map.get(&obj) else {
                continue;
            };
            let info = &self.decls[d];
            let Some(init) = info.init else { continue };
            if !emitted.insert(d) {
                continue;
            }
            let lhs = if info.lhs.is_empty() {
                vec![obj]
            } else {
                info.lhs.clone()
            };
            order.push(Initializer { lhs, rhs: init.id });
        }
        self.prog.info.init_order.insert(self.pkg, order);
    }

    /// Nodes for package-level constants, variables and functions (incl.
    /// methods), with dependency edges; and which nodes are functions.
    fn dependency_graph(&self) -> (Vec<Node>, Vec<bool>) {
        let objs: Vec<ObjId> = self
            .obj_list
            .iter()
            .copied()
            .filter(|&o| {
                matches!(
                    self.prog.obj(o).kind,
                    ObjKind::Const { .. } | ObjKind::Var { .. } | ObjKind::Func { .. }
                )
            })
            .collect();
        let index: HashMap<ObjId, usize> = objs.iter().enumerate().map(|(i, &o)| (o, i)).collect();
        let mut nodes: Vec<Node> = objs
            .iter()
            .map(|&obj| Node {
                obj,
                pred: BTreeSet::new(),
                succ: BTreeSet::new(),
                ndeps: 0,
            })
            .collect();
        for (i, &o) in objs.iter().enumerate() {
            let Some(&d) = self.obj_map.get(&o) else {
                continue;
            };
            for dep in &self.decls[d].deps {
                if let Some(&j) = index.get(dep) {
                    nodes[i].succ.insert(j);
                    nodes[j].pred.insert(i);
                }
            }
        }
        let is_func = objs.iter().map(|&o| self.prog.obj(o).is_func()).collect();
        (nodes, is_func)
    }

    /// A dependency path from `from` to `to`, last step first (types2 findPath).
    fn find_path(&self, from: ObjId, to: ObjId, seen: &mut HashSet<ObjId>) -> Option<Vec<ObjId>> {
        if !seen.insert(from) {
            return None;
        }
        let d = *self.obj_map.get(&from)?;
        let mut deps = self.decls[d].deps.clone();
        deps.sort_by_key(|&o| self.prog.obj(o).order);
        for dep in deps {
            if dep == to {
                return Some(vec![dep]);
            }
            if let Some(mut p) = self.find_path(dep, to, seen) {
                p.push(dep);
                return Some(p);
            }
        }
        None
    }

    fn report_init_cycle(&mut self, cycle: &[ObjId]) {
        let obj = cycle[0];
        let name = self.prog.obj(obj).name;
        let pos = self.prog.obj(obj).pos;
        if cycle.len() == 1 {
            self.error(
                pos,
                format!("initialization cycle: {name} refers to itself"),
            );
            return;
        }
        let mut notes = Vec::new();
        let mut o = obj;
        for j in (0..cycle.len()).rev() {
            let next = cycle[j];
            notes.push((
                self.prog.obj(o).pos,
                format!(
                    "{} refers to {}",
                    self.prog.obj(o).name,
                    self.prog.obj(next).name
                ),
            ));
            o = next;
        }
        self.report_full(pos, format!("initialization cycle for {name}"), notes);
    }
}
