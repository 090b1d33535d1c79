//! Maps: `make`, literals, `m[k]` (and comma-ok), assignment through
//! `m[k]`, `delete`, `len`, `clear` and `range`, through the runtime's
//! `maps` entries (`gorun_runtime::abi` documents them); and the `MapType`
//! data every map type's descriptor carries.
//!
//! Keys cross to the runtime by address (a frame temporary), or by value
//! for the fast variants (8- and 4-byte plain keys, strings), chosen as gc
//! chooses them: by the key's hashing algorithm, with inline elements.
//!
//! Invariants:
//! - The `MapType` of a map type is laid out by
//!   `gorun_runtime::types::MapType::layout` and its key algorithm by
//!   [`key_alg`], which classifies types exactly as the runtime's
//!   `alg::key_alg_of` classifies their descriptors, so compiled code and
//!   the runtime agree on every map.
//! - `m[k] = v` evaluates `m` and `k` (the place), then `v`, and only then
//!   calls `mapassign`: a new key is never inserted before the value
//!   exists (`m[k] = len(m)` sees the old length, as in Go).
//! - `m[k] op= v` and `m[k]++` evaluate `v`, then make the slot with one
//!   `mapassign` and update it in place, as gc's walk does; only `/` and
//!   `%` look up first, so that a division by zero panics before the key is
//!   inserted.
//! - A pointer the runtime returns into a map (an element slot, the range
//!   iterator's key and element) is used before any other map operation
//!   can run: values are copied out, or stored, at once.
//! - A missing key reads zeros: the runtime's shared zero value, or for
//!   elements larger than it a static zero of the element's size.

use std::mem::{offset_of, size_of};

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{InstBuilder, Value, types};
use cranelift_module::{DataDescription, DataId, Linkage, Module};
use gorun_frontend::syntax::ast::{Block, Expr, ExprKind};
use gorun_frontend::types::{BasicKind, Program, Type, TypeId};
use gorun_runtime::types::{self as rtt, MapLayout, keyalg, mapflag};
use smallvec::{SmallVec, smallvec};

use crate::expr::Place;
use crate::func::{FnCx, Val, trusted};
use crate::layout::{Repr, repr};
use crate::unit::Unit;

/// Whether values of `t` compare as plain memory (gc's AMEM: no floats,
/// strings, interfaces, padding or blank fields).
fn regular_memory(p: &Program, t: TypeId) -> bool {
    let u = p.under(t);
    match p.ty(u) {
        Type::Basic(b) => {
            use BasicKind::*;
            !matches!(
                b.kind,
                Float32
                    | Float64
                    | Complex64
                    | Complex128
                    | String
                    | UntypedFloat
                    | UntypedComplex
                    | UntypedString
                    | Invalid
            )
        }
        Type::Pointer(_) | Type::Chan { .. } => true,
        Type::Array { elem, .. } => regular_memory(p, *elem),
        Type::Struct(s) => {
            let offs = p.offsetsof(&s.fields);
            let mut end = 0i64;
            for (i, &f) in s.fields.iter().enumerate() {
                let ft = p.obj_type(f);
                if p.obj(f).name.is_blank() || offs[i] != end || !regular_memory(p, ft) {
                    return false;
                }
                end = offs[i] + p.sizeof(ft);
            }
            end == p.sizeof(t)
        }
        _ => false,
    }
}

fn any_part(p: &Program, t: TypeId, f: &dyn Fn(&Type) -> bool) -> bool {
    let u = p.under(t);
    let ty = p.ty(u);
    if f(ty) {
        return true;
    }
    match ty {
        Type::Array { elem, .. } => any_part(p, *elem, f),
        Type::Struct(s) => s.fields.iter().any(|&fl| any_part(p, p.obj_type(fl), f)),
        _ => false,
    }
}

/// The hashing algorithm and map flags of key type `t` (see the module's
/// invariants).
pub fn key_alg(p: &Program, t: TypeId) -> (u32, u32) {
    let mut flags = 0;
    let key_update = |ty: &Type| match ty {
        Type::Interface(_) => true,
        Type::Basic(b) => matches!(
            b.kind,
            BasicKind::Float32
                | BasicKind::Float64
                | BasicKind::Complex64
                | BasicKind::Complex128
                | BasicKind::String
        ),
        _ => false,
    };
    if any_part(p, t, &key_update) {
        flags |= mapflag::NEED_KEY_UPDATE;
    }
    if any_part(p, t, &|ty| matches!(ty, Type::Interface(_))) {
        flags |= mapflag::HASH_MIGHT_PANIC;
    }
    let alg = if regular_memory(p, t) {
        keyalg::mem(p.sizeof(t) as usize)
    } else {
        let u = p.under(t);
        match p.ty(u) {
            Type::Basic(b) => match b.kind {
                BasicKind::String => keyalg::STR,
                BasicKind::Float32 => keyalg::F32,
                BasicKind::Float64 => keyalg::F64,
                BasicKind::Complex64 => keyalg::C64,
                BasicKind::Complex128 => keyalg::C128,
                _ => keyalg::GENERIC,
            },
            Type::Interface(_) if p.interface_type_set(u).methods.is_empty() => keyalg::NILINTER,
            Type::Interface(_) => keyalg::INTER,
            _ => keyalg::GENERIC,
        }
    };
    (alg, flags)
}

/// The key and element types of map type `t`.
pub fn map_kv(p: &Program, t: TypeId) -> (TypeId, TypeId) {
    match p.ty(p.under(t)) {
        Type::Map { key, elem } => (*key, *elem),
        _ => (t, t),
    }
}

fn layout_of(p: &Program, t: TypeId) -> MapLayout {
    let (k, e) = map_kv(p, t);
    let sz = |t| p.sizeof(t).max(0) as usize;
    let al = |t| p.alignof(t).max(1) as usize;
    rtt::MapType::layout(sz(k), al(k), sz(e), al(e))
}

fn put(b: &mut [u8], off: usize, v: u64) {
    b[off..off + 8].copy_from_slice(&v.to_le_bytes());
}

impl Unit<'_> {
    /// The `MapType` of map type `t` (its descriptor's `reserved[1]`).
    pub fn map_type_data(&mut self, t: TypeId) -> DataId {
        let p = self.p;
        let tk = crate::rtype::type_key(p, t);
        if let Some(&d) = self.rtypes.map_types.get(&tk) {
            return d;
        }
        let name = self.data_name("go.maptype");
        let id = self
            .module
            .declare_data(&name, Linkage::Local, false, false)
            .expect("map type declares");
        self.rtypes.map_types.insert(tk, id);
        let (kt, et) = map_kv(p, t);
        let l = layout_of(p, t);
        let (alg, mut flags) = key_alg(p, kt);
        if l.indirect_key {
            flags |= mapflag::INDIRECT_KEY;
        }
        if l.indirect_elem {
            flags |= mapflag::INDIRECT_ELEM;
        }
        let group = self.group_rtype(kt, et, &l);
        let kd = self.rtype(kt);
        let ed = self.rtype(et);
        let mut bytes = vec![0u8; size_of::<rtt::MapType>()];
        put(
            &mut bytes,
            offset_of!(rtt::MapType, group_size),
            l.group_size as u64,
        );
        put(
            &mut bytes,
            offset_of!(rtt::MapType, slot_size),
            l.slot_size as u64,
        );
        put(
            &mut bytes,
            offset_of!(rtt::MapType, elem_off),
            l.elem_off as u64,
        );
        let fo = offset_of!(rtt::MapType, flags);
        bytes[fo..fo + 4].copy_from_slice(&flags.to_le_bytes());
        let ao = offset_of!(rtt::MapType, key_alg);
        bytes[ao..ao + 4].copy_from_slice(&alg.to_le_bytes());
        let mut dd = DataDescription::new();
        dd.define(bytes.into_boxed_slice());
        dd.set_align(8);
        for (off, d) in [
            (offset_of!(rtt::MapType, key), kd),
            (offset_of!(rtt::MapType, elem), ed),
            (offset_of!(rtt::MapType, group), group),
        ] {
            let gv = self.module.declare_data_in_data(d, &mut dd);
            dd.write_data_addr(off as u32, gv, 0);
        }
        self.define_data(id, &dd).expect("map type defines");
        id
    }

    /// A read-only zero value of `size` bytes: what a lookup of a missing
    /// key yields when elements are larger than the runtime's shared zero
    /// value (gc's `go:zerovalue`). Nothing stores through it: a map
    /// element is never addressable in Go.
    pub fn map_zero(&mut self, size: u64) -> DataId {
        if let Some(&d) = self.rtypes.map_zeros.get(&size) {
            return d;
        }
        let name = self.data_name("go.zerovalue");
        let id = self
            .module
            .declare_data(&name, Linkage::Local, false, false)
            .expect("zero value declares");
        let mut dd = DataDescription::new();
        dd.define_zeroinit(size.max(1) as usize);
        dd.set_align(16);
        self.define_data(id, &dd).expect("zero value defines");
        self.rtypes.map_zeros.insert(size, id);
        id
    }

    /// The descriptor groups are allocated with: its pointer bitmap marks
    /// each slot's key and element pointer words.
    fn group_rtype(&mut self, kt: TypeId, et: TypeId, l: &MapLayout) -> DataId {
        let p = self.p;
        let mut words: Vec<bool> = vec![false; l.group_size / 8];
        let mut mark = |p: &Program, t: TypeId, indirect: bool, at: usize| {
            if indirect {
                words[at / 8] = true;
                return;
            }
            let mut w = Vec::new();
            crate::rtype::ptr_words(p, t, 0, &mut w);
            for (i, b) in w.iter().enumerate() {
                if *b {
                    words[at / 8 + i] = true;
                }
            }
        };
        for s in 0..rtt::MAP_GROUP_SLOTS {
            let base = 8 + s * l.slot_size;
            mark(p, kt, l.indirect_key, base);
            mark(p, et, l.indirect_elem, base + l.elem_off);
        }
        let ptrdata = words.iter().rposition(|&w| w).map_or(0, |i| (i + 1) * 8);
        let mut bytes = vec![0u8; size_of::<rtt::Type>()];
        put(&mut bytes, offset_of!(rtt::Type, size), l.group_size as u64);
        put(&mut bytes, offset_of!(rtt::Type, ptrdata), ptrdata as u64);
        bytes[offset_of!(rtt::Type, align)] = 8;
        bytes[offset_of!(rtt::Type, field_align)] = 8;
        bytes[offset_of!(rtt::Type, kind)] = rtt::kind::STRUCT;
        let mut relocs = Vec::new();
        if ptrdata > 0 {
            let n = ptrdata / 8;
            let mut mask = vec![0u8; n.div_ceil(8)];
            for (i, _) in words.iter().enumerate().take(n).filter(|(_, w)| **w) {
                mask[i / 8] |= 1 << (i % 8);
            }
            let m = self.blob(mask, 1);
            relocs.push((offset_of!(rtt::Type, gcdata), m, 0));
        }
        self.blob_with(bytes, 8, relocs)
    }
}

/// How a map operation passes its key.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fast {
    /// By address.
    No,
    /// One 8-byte word.
    F64,
    /// The low 32 bits of a word.
    F32,
    /// A string's two words.
    Str,
}

impl Fast {
    fn suffix(self) -> &'static str {
        match self {
            Fast::No => "",
            Fast::F64 => "_fast64",
            Fast::F32 => "_fast32",
            Fast::Str => "_faststr",
        }
    }
}

impl<'a, 'p> FnCx<'a, 'p> {
    /// Whether `e` is a map (for the hooks in expressions and statements).
    pub fn is_map_expr(&self, e: &Expr) -> bool {
        matches!(self.p.ty(self.p.under(self.type_of(e))), Type::Map { .. })
    }

    fn map_type_addr(&mut self, t: TypeId) -> Value {
        let d = self.u.map_type_data(t);
        self.data_addr(d)
    }

    /// The fast variant for map type `t`, as gc's mapfast picks it.
    fn map_fast(&self, t: TypeId) -> Fast {
        let (kt, _) = map_kv(self.p, t);
        let l = layout_of(self.p, t);
        if l.indirect_elem {
            return Fast::No;
        }
        let comps = match repr(self.p, kt) {
            Repr::Regs(c) => c,
            Repr::Mem { .. } => return Fast::No,
        };
        match key_alg(self.p, kt).0 {
            keyalg::MEM64 if comps.len() == 1 && comps[0].ty == types::I64 => Fast::F64,
            keyalg::MEM32 if comps.len() == 1 && comps[0].ty == types::I32 => Fast::F32,
            keyalg::STR => Fast::Str,
            _ => Fast::No,
        }
    }

    /// The key arguments of a map call for key value `k`.
    fn map_key_args(&mut self, fast: Fast, kt: TypeId, k: &Val) -> SmallVec<[Value; 2]> {
        match fast {
            Fast::F64 => smallvec![k.regs()[0]],
            Fast::F32 => smallvec![self.b.ins().uextend(types::I64, k.regs()[0])],
            Fast::Str => smallvec![k.regs()[0], k.regs()[1]],
            Fast::No => smallvec![self.spill(k.clone(), kt)],
        }
    }

    /// Calls map entry `op` (`mapaccess1`, `mapassign`, ...) in the variant
    /// for `t`, with `extra` arguments after the key.
    fn map_call(&mut self, op: &str, t: TypeId, m: Value, k: &Val, extra: &[Value]) -> Vec<Value> {
        let (kt, _) = map_kv(self.p, t);
        let fast = self.map_fast(t);
        let mt = self.map_type_addr(t);
        let mut args: Vec<Value> = vec![self.g, mt, m];
        args.extend(self.map_key_args(fast, kt, k));
        args.extend_from_slice(extra);
        let name = format!("gorun_{op}{}", fast.suffix());
        self.call_rt(&name, &args)
    }

    /// Whether elements of `t` are too big for the runtime's shared zero
    /// value (lookups then pass their own).
    fn map_fat(&self, t: TypeId) -> bool {
        let (_, et) = map_kv(self.p, t);
        self.p.sizeof(et) > gorun_runtime::abi::ZERO_VAL_SIZE as i64
    }

    /// The element's address for key `k` (zeros if absent), and whether it
    /// was present when `ok` is asked for.
    fn map_access(&mut self, t: TypeId, m: Value, k: &Val, ok: bool) -> (Value, Option<Value>) {
        let (_, et) = map_kv(self.p, t);
        let fat = self.map_fat(t);
        let extra: SmallVec<[Value; 1]> = if fat {
            let d = self.u.map_zero(self.p.sizeof(et).max(0) as u64);
            smallvec![self.data_addr(d)]
        } else {
            smallvec![]
        };
        let op = match (ok, fat) {
            (false, false) => "mapaccess1",
            (true, false) => "mapaccess2",
            (false, true) => "mapaccess1_fat",
            (true, true) => "mapaccess2_fat",
        };
        let r = if fat {
            // The fat entries have no fast variants.
            let (kt, _) = map_kv(self.p, t);
            let mt = self.map_type_addr(t);
            let ka = self.spill(k.clone(), kt);
            let mut args = vec![self.g, mt, m, ka];
            args.extend_from_slice(&extra);
            self.call_rt(&format!("gorun_{op}"), &args)
        } else {
            self.map_call(op, t, m, k, &[])
        };
        let okv = ok.then(|| self.b.ins().ireduce(types::I8, r[1]));
        (r[0], okv)
    }

    /// `make(map[K]V)` and `make(map[K]V, hint)`.
    pub fn map_make(&mut self, t: TypeId, args: &'p [Expr]) -> Val {
        let small = match args.get(1) {
            None => true,
            Some(h) => self
                .p
                .info
                .types
                .get(&h.id)
                .and_then(|tv| tv.val.as_ref())
                .and_then(|v| v.to_int().int64_val())
                .is_some_and(|n| n <= rtt::MAP_GROUP_SLOTS as i64),
        };
        if small {
            return Val::one(self.call_rt("gorun_makemap_small", &[self.g])[0]);
        }
        let hint = self.index_value(&args[1]);
        let mt = self.map_type_addr(t);
        Val::one(self.call_rt("gorun_makemap", &[self.g, mt, hint])[0])
    }

    /// A map literal: a map with room for its entries, filled in order.
    pub fn map_lit(&mut self, t: TypeId, elts: &'p [Expr]) -> Val {
        let (kt, et) = map_kv(self.p, t);
        let m = if elts.len() <= rtt::MAP_GROUP_SLOTS {
            self.call_rt("gorun_makemap_small", &[self.g])[0]
        } else {
            let n = self.b.ins().iconst(types::I64, elts.len() as i64);
            let mt = self.map_type_addr(t);
            self.call_rt("gorun_makemap", &[self.g, mt, n])[0]
        };
        for el in elts {
            let ExprKind::KeyValue { key, value, .. } = &el.kind else {
                continue;
            };
            let k = self.expr_to(key, kt);
            let k = self.copy_val(k, kt);
            let v = self.expr_to(value, et);
            let v = self.copy_val(v, et);
            let slot = self.map_call("mapassign", t, m, &k, &[])[0];
            self.store(slot, et, &v);
        }
        Val::one(m)
    }

    /// `m[k]` as a value.
    pub fn map_index(&mut self, x: &'p Expr, key: &'p Expr) -> Val {
        let t = self.type_of(x);
        let (kt, et) = map_kv(self.p, t);
        let m = self.expr(x).v();
        let k = self.expr_to(key, kt);
        let (p, _) = self.map_access(t, m, &k, false);
        self.load(p, et)
    }

    /// `v, ok := m[k]`.
    pub fn map_index_ok(&mut self, x: &'p Expr, key: &'p Expr) -> (Val, Value) {
        let t = self.type_of(x);
        let (kt, et) = map_kv(self.p, t);
        let m = self.expr(x).v();
        let k = self.expr_to(key, kt);
        let (p, ok) = self.map_access(t, m, &k, true);
        let v = self.load(p, et);
        (v, ok.expect("mapaccess2 gives ok"))
    }

    /// The place `m[k]` of an assignment: the map and key, evaluated now;
    /// the entry is made only when the value is stored.
    pub fn map_place(&mut self, x: &'p Expr, key: &'p Expr) -> Place {
        let t = self.type_of(x);
        let (kt, _) = map_kv(self.p, t);
        let m = self.expr(x).v();
        let k = self.expr_to(key, kt);
        let k = self.copy_val(k, kt);
        Place::MapElem { m, key: k, map: t }
    }

    /// Stores `v` into `m[k]`.
    pub fn map_store(&mut self, m: Value, k: &Val, t: TypeId, v: &Val) {
        let (_, et) = map_kv(self.p, t);
        let slot = self.map_call("mapassign", t, m, k, &[])[0];
        self.store(slot, et, v);
    }

    /// For `m[k]++` and `m[k] op= v`: the element's slot, made by one
    /// `mapassign` (a new key is inserted with a zero element), as the place
    /// to read and update; other places are returned unchanged. The slot
    /// stays valid while only the operator's arithmetic runs (no other map
    /// operation comes between).
    pub fn map_update_place(&mut self, place: Place) -> Place {
        match place {
            Place::MapElem { m, key, map } => {
                let (_, et) = map_kv(self.p, map);
                let slot = self.map_call("mapassign", map, m, &key, &[])[0];
                Place::Addr(slot, et)
            }
            other => other,
        }
    }

    /// Reads `m[k]` for `m[k] op= v` and `m[k]++`.
    pub fn map_load(&mut self, m: Value, k: &Val, t: TypeId) -> Val {
        let (_, et) = map_kv(self.p, t);
        let (p, _) = self.map_access(t, m, k, false);
        self.load(p, et)
    }

    /// `delete(m, k)`.
    pub fn map_delete(&mut self, args: &'p [Expr]) {
        let t = self.type_of(&args[0]);
        let (kt, _) = map_kv(self.p, t);
        let m = self.expr(&args[0]).v();
        let k = self.expr_to(&args[1], kt);
        self.map_call("mapdelete", t, m, &k, &[]);
    }

    /// `len(m)`: the count in the map's first word, 0 for nil.
    pub fn map_len(&mut self, m: Value) -> Value {
        let load = self.b.create_block();
        let done = self.b.create_block();
        let n = self.b.append_block_param(done, types::I64);
        let zero = self.b.ins().iconst(types::I64, 0);
        self.b.ins().brif(m, load, &[], done, &[zero.into()]);
        self.filled = true;
        self.switch_to(load);
        self.b.seal_block(load);
        let used = self.b.ins().load(types::I64, trusted(), m, 0);
        self.b.ins().jump(done, &[used.into()]);
        self.filled = true;
        self.switch_to(done);
        self.b.seal_block(done);
        n
    }

    /// `clear(m)`.
    pub fn map_clear(&mut self, x: &'p Expr) {
        let t = self.type_of(x);
        let m = self.expr(x).v();
        let mt = self.map_type_addr(t);
        self.call_rt("gorun_mapclear", &[self.g, mt, m]);
    }

    /// `for k, v := range m`: an iterator in the frame, advanced by the
    /// runtime; its first two words are the current key's and element's
    /// addresses (key null at the end).
    pub fn range_map(
        &mut self,
        key: &'p Option<Expr>,
        value: &'p Option<Expr>,
        define: bool,
        x: &'p Expr,
        body: &'p Block,
        label: Option<gorun_frontend::name::Name>,
    ) {
        let t = self.type_of(x);
        let (kt, et) = map_kv(self.p, t);
        let m = self.expr(x).v();
        let mt = self.map_type_addr(t);
        let slot = self.new_slot(gorun_runtime::abi::ITER_SIZE as u32, 8);
        let it = self.b.ins().stack_addr(types::I64, slot, 0);
        self.call_rt("gorun_mapiterinit", &[self.g, mt, m, it]);
        let header = self.b.create_block();
        let bodyb = self.b.create_block();
        let contb = self.b.create_block();
        let exit = self.b.create_block();
        self.jump(header);
        self.switch_to(header);
        let it = self.b.ins().stack_addr(types::I64, slot, 0);
        let kp = self.b.ins().load(types::I64, trusted(), it, 0);
        let more = self.b.ins().icmp_imm_s(IntCC::NotEqual, kp, 0);
        self.branch(more, bodyb, exit);
        self.switch_to(bodyb);
        self.b.seal_block(bodyb);
        let used = |e: &Option<Expr>| {
            e.as_ref()
                .is_some_and(|e| !e.as_ident().is_some_and(|n| n.is_blank()))
        };
        // Both values are read before either is assigned: the body, or
        // the assignment to the key, may change the map.
        let kv = used(key).then(|| self.load(kp, kt));
        let vv = used(value).then(|| {
            let ep = self.b.ins().load(types::I64, trusted(), it, 8);
            self.load(ep, et)
        });
        if let Some(k) = kv {
            self.bind_range_var(key.as_ref(), define, k);
        }
        if let Some(v) = vv {
            self.bind_range_var(value.as_ref(), define, v);
        }
        self.loop_body(body, label, exit, contb);
        let it = self.b.ins().stack_addr(types::I64, slot, 0);
        self.call_rt("gorun_mapiternext", &[self.g, it]);
        self.backedge_check(header);
        self.b.seal_block(header);
        self.switch_to(exit);
        self.b.seal_block(exit);
    }
}
