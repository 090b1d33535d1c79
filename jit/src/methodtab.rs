//! The method tables of type descriptors (Go's `uncommonType` and its
//! `method` array): what `getitab` builds interface tables from at run
//! time (assertions and conversions to interfaces), and what fmt and the
//! runtime's panic printing look up `String`, `Error`, `Format` in.
//!
//! Invariants:
//! - A descriptor of a type with a non-empty method set points to its
//!   table from the start; the table is defined last (`define_method_tables`),
//!   when no more code will be compiled.
//! - A method's code (`ifn`) is emitted only if some interface of the
//!   program, or a method the natives look up by name, has a method of
//!   that name (Go's linker keeps methods on the same rule); other entries
//!   have null code, as Go's have no offset. `tfn` (reflect's direct call)
//!   is not emitted yet.
//! - Emitting a method may compile code that uses more types and
//!   interfaces, so `queue_method_tables` runs until nothing changes.

use std::collections::HashMap;
use std::mem::{offset_of, size_of};

use cranelift_module::{DataDescription, DataId, FuncId, Linkage, Module};
use gorun_frontend::types::{Type, TypeId};
use gorun_runtime::types::{Method, Uncommon};

use crate::methodset::pkg_of;
use crate::unit::Unit;

/// Methods the standard library's natives and the runtime look up on
/// dynamic types by name (fmt's Stringer, error, Formatter, GoStringer,
/// io.RuneScanner for Fscan).
pub const NATIVE_LOOKUPS: &[&str] = &[
    "Error",
    "String",
    "Format",
    "GoString",
    "ReadRune",
    "UnreadRune",
];

/// The emitted entries of one table: index in the method set, code, and
/// the method's func type descriptor.
pub type Emitted = HashMap<usize, (FuncId, DataId)>;

fn put(b: &mut [u8], off: usize, v: u64) {
    b[off..off + 8].copy_from_slice(&v.to_le_bytes());
}

impl Unit<'_> {
    /// Declares the method table of `t`'s descriptor, if `t` has methods.
    pub fn declare_method_table(&mut self, t: TypeId) -> Option<DataId> {
        let p = self.p;
        let interesting = match p.ty(p.unalias(t)) {
            Type::Named(_) | Type::Pointer(_) => true,
            _ => matches!(p.ty(p.under(t)), Type::Struct(_)),
        };
        if !interesting || p.is_interface(t) || self.method_set(t).is_empty() {
            return None;
        }
        if self.rtypes.used_names.is_empty() {
            for n in NATIVE_LOOKUPS {
                self.rtypes.used_names.insert((n.to_string(), None));
            }
        }
        let name = self.data_name("go.uncommon");
        let id = self
            .module
            .declare_data(&name, Linkage::Local, false, false)
            .expect("uncommon declares");
        self.rtypes.uncommons.push((t, id));
        Some(id)
    }

    /// Emits the code of every method some interface may call; whether
    /// anything new was queued.
    pub fn queue_method_tables(&mut self) -> bool {
        let mut progress = false;
        let mut i = 0;
        while i < self.rtypes.uncommons.len() {
            let (t, id) = self.rtypes.uncommons[i];
            let set = self.method_set(t);
            for (k, e) in set.iter().enumerate() {
                if self
                    .method_tables
                    .get(&id)
                    .is_some_and(|m| m.contains_key(&k))
                {
                    continue;
                }
                let key = (e.name.as_str().to_string(), pkg_of(self.p, e.obj));
                if !self.rtypes.used_names.contains(&key) {
                    continue;
                }
                let f = self.method_ifn(t, e);
                let mt = self.rtype(self.p.obj_type(e.obj));
                self.method_tables.entry(id).or_default().insert(k, (f, mt));
                progress = true;
            }
            i += 1;
        }
        progress
    }

    /// Defines every declared method table.
    pub fn define_method_tables(&mut self) {
        let p = self.p;
        for (t, id) in self.rtypes.uncommons.clone() {
            let set = self.method_set(t);
            let emitted = self.method_tables.remove(&id).unwrap_or_default();
            let msize = size_of::<Method>();
            let mut mb = vec![0u8; msize * set.len()];
            let mut mdd = DataDescription::new();
            let mut strs = Vec::new();
            for (k, e) in set.iter().enumerate() {
                let base = k * msize;
                let name = e.name.as_str().to_string();
                strs.push((base + offset_of!(Method, name), name));
                if let Some(pk) = pkg_of(p, e.obj) {
                    strs.push((base + offset_of!(Method, pkg_path), pk));
                }
            }
            for (off, s) in &strs {
                let d = self.string_data(s.as_bytes());
                let gv = self.module.declare_data_in_data(d, &mut mdd);
                mdd.write_data_addr(*off as u32, gv, 0);
                put(&mut mb, off + 8, s.len() as u64);
            }
            for (&k, &(f, mt)) in &emitted {
                let base = k * msize;
                let gv = self.module.declare_data_in_data(mt, &mut mdd);
                mdd.write_data_addr((base + offset_of!(Method, mtyp)) as u32, gv, 0);
                let fr = self.module.declare_func_in_data(f, &mut mdd);
                mdd.write_function_addr((base + offset_of!(Method, ifn)) as u32, fr);
            }
            mdd.define(mb.into_boxed_slice());
            mdd.set_align(8);
            let mname = self.data_name("go.methods");
            let mid = self
                .module
                .declare_data(&mname, Linkage::Local, false, false)
                .expect("methods declare");
            self.define_data(mid, &mdd).expect("methods define");

            let mut ub = vec![0u8; size_of::<Uncommon>()];
            let mut udd = DataDescription::new();
            let base = match p.ty(p.unalias(t)) {
                Type::Pointer(b) => *b,
                _ => t,
            };
            if let Some(o) = self.named_obj(base)
                && let Some(pk) = p.obj(o).pkg
            {
                let path = p.pkg(pk).path.clone();
                let d = self.string_data(path.as_bytes());
                let gv = self.module.declare_data_in_data(d, &mut udd);
                udd.write_data_addr(offset_of!(Uncommon, pkg_path) as u32, gv, 0);
                put(
                    &mut ub,
                    offset_of!(Uncommon, pkg_path) + 8,
                    path.len() as u64,
                );
            }
            let gv = self.module.declare_data_in_data(mid, &mut udd);
            udd.write_data_addr(offset_of!(Uncommon, methods) as u32, gv, 0);
            put(&mut ub, offset_of!(Uncommon, mcount), set.len() as u64);
            udd.define(ub.into_boxed_slice());
            udd.set_align(8);
            self.define_data(id, &udd).expect("uncommon defines");
        }
    }
}
