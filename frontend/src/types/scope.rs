//! Scopes (go/types' Scope): a tree from the universe through package, file,
//! function and block scopes.
//!
//! Invariant: within one scope a name maps to at most one object; lookups that
//! respect declaration order (`lookup_parent` with a position) skip objects
//! whose `scope_pos` is after the position, so a local variable is not
//! visible in its own initializer.

use rustc_hash::FxHashMap as HashMap;

use crate::name::Name;
use crate::source::Pos;

use super::{ObjId, Program};

#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct ScopeId(pub u32);

#[derive(Clone, Debug, Default)]
pub struct Scope {
    pub parent: Option<ScopeId>,
    pub children: Vec<ScopeId>,
    pub elems: HashMap<Name, ObjId>,
    /// Extent of the scope in the source (`Pos::NONE` for universe and package).
    pub pos: Pos,
    pub end: Pos,
    /// What the scope is, for debugging ("universe", "package fmt", "function"...).
    pub comment: &'static str,
    /// The outermost scope of a function (parameters and results).
    pub is_func: bool,
}

impl Program {
    pub fn new_scope(
        &mut self,
        parent: Option<ScopeId>,
        pos: Pos,
        end: Pos,
        comment: &'static str,
    ) -> ScopeId {
        let id = ScopeId(self.scopes.len() as u32);
        self.scopes.push(Scope {
            parent,
            pos,
            end,
            comment,
            ..Scope::default()
        });
        if let Some(p) = parent {
            self.scopes[p.0 as usize].children.push(id);
        }
        id
    }

    pub fn scope(&self, s: ScopeId) -> &Scope {
        &self.scopes[s.0 as usize]
    }

    pub fn scope_mut(&mut self, s: ScopeId) -> &mut Scope {
        &mut self.scopes[s.0 as usize]
    }

    /// The object named `name` in scope `s` itself.
    pub fn scope_lookup(&self, s: ScopeId, name: Name) -> Option<ObjId> {
        self.scopes[s.0 as usize].elems.get(&name).copied()
    }

    /// Inserts `obj` into `s` unless the name is taken; returns the object
    /// already there in that case. Sets the object's parent on success.
    pub fn scope_insert(&mut self, s: ScopeId, obj: ObjId) -> Option<ObjId> {
        let name = self.obj(obj).name;
        if let Some(&alt) = self.scopes[s.0 as usize].elems.get(&name) {
            return Some(alt);
        }
        self.scopes[s.0 as usize].elems.insert(name, obj);
        if self.obj(obj).parent.is_none() {
            self.obj_mut(obj).parent = Some(s);
        }
        None
    }

    /// Looks `name` up in `s` and its parents, innermost first, seeing only
    /// objects declared before `pos` in local scopes (`Pos::NONE`: all).
    /// Returns the scope where it was found with the object.
    pub fn lookup_parent(&self, mut s: ScopeId, name: Name, pos: Pos) -> Option<(ScopeId, ObjId)> {
        loop {
            if let Some(obj) = self.scope_lookup(s, name) {
                let sp = self.obj(obj).scope_pos;
                if !pos.is_valid() || !sp.is_valid() || sp <= pos {
                    return Some((s, obj));
                }
            }
            s = self.scopes[s.0 as usize].parent?;
        }
    }

    /// Names in a scope, sorted (go/types' Names).
    pub fn scope_names(&self, s: ScopeId) -> Vec<Name> {
        let mut v: Vec<Name> = self.scopes[s.0 as usize].elems.keys().copied().collect();
        v.sort();
        v
    }

    /// The innermost scope containing `pos`, below `s` (for the REPL and tools).
    pub fn innermost(&self, s: ScopeId, pos: Pos) -> ScopeId {
        for &c in &self.scopes[s.0 as usize].children {
            let cs = &self.scopes[c.0 as usize];
            if cs.pos <= pos && pos < cs.end {
                return self.innermost(c, pos);
            }
        }
        s
    }
}
