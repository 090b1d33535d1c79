//! Method sets of concrete types (go/types' `methodset.go`): which methods
//! a value of a type has, including those promoted through embedded
//! fields, and the path to each method's receiver. Interface tables, the
//! method tables of type descriptors and interface wrappers are built from
//! them.
//!
//! Invariants:
//! - Entries are sorted by name, then package path, as Go sorts a type's
//!   methods (exported names, being upper case, come first).
//! - A method with a pointer receiver is in the method set of `T` only if
//!   it is reached through a pointer (`T` itself a pointer, or an embedded
//!   pointer on the path).
//! - Names that collide at the shallowest depth where they occur (two
//!   methods, or a method and a field) are in no method set.

use std::collections::{HashMap, HashSet};

use gorun_frontend::name::Name;
use gorun_frontend::types::{ObjId, ObjKind, Program, Type, TypeId};

/// One method of a method set.
#[derive(Clone, Debug)]
pub struct MethodEntry {
    pub name: Name,
    /// The method: a function with a receiver, or an embedded interface's
    /// method (`via_iface`).
    pub obj: ObjId,
    /// Indices of the embedded fields leading from the type (through
    /// pointers where the field is one) to the receiver.
    pub path: Vec<usize>,
    /// Whether the method is reached through a pointer.
    pub indirect: bool,
    /// The method is an interface method of an embedded interface field.
    pub via_iface: bool,
}

/// The type and whether it is a pointer to it.
fn deref(p: &Program, t: TypeId) -> (TypeId, bool) {
    match p.ty(p.unalias(t)) {
        Type::Pointer(b) => (*b, true),
        _ => (t, false),
    }
}

pub fn ptr_recv(p: &Program, m: ObjId) -> bool {
    p.signature(p.obj_type(m))
        .and_then(|s| s.recv)
        .is_some_and(|r| matches!(p.ty(p.unalias(p.obj_type(r))), Type::Pointer(_)))
}

/// The method set of `t` (not an interface type). Methods of instances of
/// generic types are their instances from `mono`.
pub fn method_set(p: &Program, t: TypeId, mono: &crate::mono::Mono) -> Vec<MethodEntry> {
    let (base, is_ptr) = deref(p, t);
    if p.is_interface(base) {
        return Vec::new();
    }
    // A pointer's method set is its base's (with pointer methods); a
    // pointer to an unnamed pointer has none.
    if is_ptr && matches!(p.ty(p.unalias(base)), Type::Pointer(_)) {
        return Vec::new();
    }
    // Resolved names: Some(entry), or None for a collision/shadowing field.
    let mut result: HashMap<(Name, Option<String>), Option<MethodEntry>> = HashMap::new();
    let mut seen: HashSet<TypeId> = HashSet::new();
    let mut current: Vec<(TypeId, Vec<usize>, bool)> = vec![(base, Vec::new(), is_ptr)];
    while !current.is_empty() {
        let mut next = Vec::new();
        let mut here: HashMap<(Name, Option<String>), (MethodEntry, usize)> = HashMap::new();
        let mut fields: HashSet<(Name, Option<String>)> = HashSet::new();
        for (typ, path, indirect) in current {
            if let Type::Named(_) = p.ty(p.unalias(typ)) {
                if !seen.insert(p.unalias(typ)) {
                    continue;
                }
                for &m in p.named_methods(typ) {
                    let m = mono.method_of(p, typ, m).unwrap_or(m);
                    add(p, &mut here, m, &path, indirect, false);
                }
            }
            match p.ty(p.under(typ)) {
                Type::Struct(s) => {
                    for (i, &f) in s.fields.iter().enumerate() {
                        fields.insert(key(p, f));
                        if p.obj(f).is_embedded() {
                            let (ft, fptr) = deref(p, p.obj_type(f));
                            let mut fp = path.clone();
                            fp.push(i);
                            next.push((ft, fp, indirect || fptr));
                        }
                    }
                }
                Type::Interface(_) => {
                    let ts = p.interface_type_set(p.under(typ));
                    for &m in &ts.methods {
                        add(p, &mut here, m, &path, indirect, true);
                    }
                }
                _ => {}
            }
        }
        for (k, (e, n)) in here {
            if result.contains_key(&k) {
                continue;
            }
            let ok = n == 1 && !fields.contains(&k);
            result.insert(k, ok.then_some(e));
        }
        for k in fields {
            result.entry(k).or_insert(None);
        }
        current = next;
    }
    let mut out: Vec<MethodEntry> = result
        .into_values()
        .flatten()
        .filter(|e| e.via_iface || e.indirect || !ptr_recv(p, e.obj))
        .collect();
    out.sort_by(|a, b| {
        a.name
            .as_str()
            .cmp(b.name.as_str())
            .then_with(|| pkg_of(p, a.obj).cmp(&pkg_of(p, b.obj)))
    });
    out
}

/// The identity of a method or field name: exported names are the same
/// across packages, unexported ones are qualified by their package.
fn key(p: &Program, o: ObjId) -> (Name, Option<String>) {
    (p.obj(o).name, pkg_of(p, o))
}

/// The package path qualifying an unexported name.
pub fn pkg_of(p: &Program, o: ObjId) -> Option<String> {
    let ob = p.obj(o);
    if ob.is_exported() {
        return None;
    }
    ob.pkg.map(|pk| p.pkg(pk).path.clone())
}

fn add(
    p: &Program,
    here: &mut HashMap<(Name, Option<String>), (MethodEntry, usize)>,
    m: ObjId,
    path: &[usize],
    indirect: bool,
    via_iface: bool,
) {
    if !matches!(p.obj(m).kind, ObjKind::Func { .. }) {
        return;
    }
    let e = MethodEntry {
        name: p.obj(m).name,
        obj: m,
        path: path.to_vec(),
        indirect,
        via_iface,
    };
    here.entry(key(p, m))
        .and_modify(|(_, n)| *n += 1)
        .or_insert((e, 1));
}

/// The entry of `t`'s method set implementing interface method `im`.
pub fn find(set: &[MethodEntry], p: &Program, im: ObjId) -> Option<MethodEntry> {
    let k = key(p, im);
    set.iter()
        .find(|e| e.name == k.0 && pkg_of(p, e.obj) == k.1)
        .cloned()
}
