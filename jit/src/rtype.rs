//! Type descriptors (`gorun_runtime::types::Type`) for the types compiled
//! code uses at run time: allocation, channels, interfaces (fmt reads
//! them).
//!
//! Invariants:
//! - One descriptor per type identity: the cache key identifies named
//!   types by their object (and type arguments), so two types with the same
//!   printed name never share a descriptor, and identical unnamed types do.
//! - A descriptor is declared before its contents are computed, so
//!   recursive types refer to themselves.

use std::collections::HashMap;
use std::mem::{offset_of, size_of};

use cranelift_module::{DataDescription, DataId, Linkage, Module};
use gorun_frontend::types::{BasicKind, ChanDir, ObjId, Program, Type, TypeId};
use gorun_runtime::types::{self as rtt, IMethod, StructField, kind};

use crate::layout::{has_pointers, is_direct_iface};
use crate::unit::Unit;

#[derive(Default)]
pub struct Cache {
    by_key: HashMap<String, DataId>,
    /// Types with a non-empty method set and their method tables
    /// (`Uncommon`), declared with the descriptor, defined at the end
    /// (see `methodtab.rs`).
    pub uncommons: Vec<(TypeId, DataId)>,
    /// Names (and packages of unexported ones) of interface methods the
    /// program may look up dynamically.
    pub used_names: std::collections::HashSet<(String, Option<String>)>,
    /// Map types' `MapType` data (`maps.rs`).
    pub map_types: HashMap<String, DataId>,
    /// Read-only zero values by size, for lookups of elements larger than
    /// the runtime's shared zero value (`maps.rs`).
    pub map_zeros: HashMap<u64, DataId>,
}

/// A key identifying a type up to identity.
pub fn type_key(p: &Program, t: TypeId) -> String {
    let mut s = String::new();
    key_into(p, t, &mut s, 0);
    s
}

fn key_into(p: &Program, t: TypeId, s: &mut String, depth: u32) {
    if depth > 64 {
        s.push('…');
        return;
    }
    let t = p.unalias(t);
    match p.ty(t) {
        Type::Basic(b) => {
            // byte and uint8 are identical; key by kind.
            s.push_str(&format!("b{}", b.kind as u8));
        }
        Type::Named(n) => {
            s.push_str(&format!("N{}", n.obj.0));
            if !n.targs.is_empty() {
                s.push('[');
                for &a in &n.targs {
                    key_into(p, a, s, depth + 1);
                    s.push(',');
                }
                s.push(']');
            }
        }
        Type::Pointer(e) => {
            s.push('*');
            key_into(p, *e, s, depth + 1);
        }
        Type::Slice(e) => {
            s.push_str("[]");
            key_into(p, *e, s, depth + 1);
        }
        Type::Array { len, elem } => {
            s.push_str(&format!("[{len}]"));
            key_into(p, *elem, s, depth + 1);
        }
        Type::Map { key, elem } => {
            s.push_str("map[");
            key_into(p, *key, s, depth + 1);
            s.push(']');
            key_into(p, *elem, s, depth + 1);
        }
        Type::Chan { dir, elem } => {
            s.push_str(match dir {
                ChanDir::SendRecv => "chan ",
                ChanDir::SendOnly => "chan<- ",
                ChanDir::RecvOnly => "<-chan ",
            });
            key_into(p, *elem, s, depth + 1);
        }
        Type::Struct(st) => {
            s.push_str("struct{");
            for (i, &f) in st.fields.iter().enumerate() {
                let o = p.obj(f);
                if o.is_embedded() {
                    s.push('!');
                }
                s.push_str(o.name.as_str());
                if !o.is_exported() {
                    s.push_str(&format!("@{}", o.pkg.map(|x| x.0).unwrap_or(0)));
                }
                s.push(' ');
                key_into(p, p.obj_type(f), s, depth + 1);
                if let Some(Some(tag)) = st.tags.get(i) {
                    s.push_str(&format!(" {tag:?}"));
                }
                s.push(';');
            }
            s.push('}');
        }
        Type::Signature(sig) => {
            s.push_str("func(");
            for &v in p.tuple(sig.params) {
                key_into(p, p.obj_type(v), s, depth + 1);
                s.push(',');
            }
            if sig.variadic {
                s.push_str("...");
            }
            s.push_str(")(");
            for &v in p.tuple(sig.results) {
                key_into(p, p.obj_type(v), s, depth + 1);
                s.push(',');
            }
            s.push(')');
        }
        Type::Interface(_) => {
            let ts = p.interface_type_set(t);
            s.push_str("interface{");
            for &m in &ts.methods {
                let o = p.obj(m);
                s.push_str(o.name.as_str());
                if !o.is_exported() {
                    s.push_str(&format!("@{}", o.pkg.map(|x| x.0).unwrap_or(0)));
                }
                key_into(p, p.obj_type(m), s, depth + 1);
                s.push(';');
            }
            s.push('}');
        }
        Type::Tuple(_) | Type::Union(_) | Type::TypeParam(_) | Type::Alias(_) => {
            s.push_str(&format!("?{}", t.0));
        }
    }
}

/// A type as reflect's `Type.String` writes it.
pub fn reflect_name(p: &Program, t: TypeId) -> String {
    let mut s = String::new();
    name_into(p, t, &mut s, 0);
    s
}

fn name_into(p: &Program, t: TypeId, s: &mut String, depth: u32) {
    if depth > 64 {
        s.push_str("...");
        return;
    }
    let t = p.unalias(t);
    match p.ty(t) {
        // By kind: byte and rune are aliases, reflect names uint8 and int32.
        Type::Basic(b) => s.push_str(match (b.kind, p.ty(p.universe.typ[b.kind as usize])) {
            (BasicKind::UnsafePointer, _) => "unsafe.Pointer",
            (_, Type::Basic(canonical)) => canonical.name,
            _ => b.name,
        }),
        Type::Named(n) => {
            let o = p.obj(n.obj);
            if let Some(pk) = o.pkg {
                s.push_str(p.pkg(pk).name.as_str());
                s.push('.');
            }
            s.push_str(o.name.as_str());
            if !n.targs.is_empty() {
                s.push('[');
                for (i, &a) in n.targs.iter().enumerate() {
                    if i > 0 {
                        s.push(',');
                    }
                    name_into(p, a, s, depth + 1);
                }
                s.push(']');
            }
        }
        Type::Pointer(e) => {
            s.push('*');
            name_into(p, *e, s, depth + 1);
        }
        Type::Slice(e) => {
            s.push_str("[]");
            name_into(p, *e, s, depth + 1);
        }
        Type::Array { len, elem } => {
            s.push_str(&format!("[{len}]"));
            name_into(p, *elem, s, depth + 1);
        }
        Type::Map { key, elem } => {
            s.push_str("map[");
            name_into(p, *key, s, depth + 1);
            s.push(']');
            name_into(p, *elem, s, depth + 1);
        }
        Type::Chan { dir, elem } => {
            match dir {
                ChanDir::SendRecv => {
                    s.push_str("chan ");
                    let paren = matches!(
                        p.ty(p.unalias(*elem)),
                        Type::Chan {
                            dir: ChanDir::RecvOnly,
                            ..
                        }
                    );
                    if paren {
                        s.push('(');
                    }
                    name_into(p, *elem, s, depth + 1);
                    if paren {
                        s.push(')');
                    }
                    return;
                }
                ChanDir::SendOnly => s.push_str("chan<- "),
                ChanDir::RecvOnly => s.push_str("<-chan "),
            }
            name_into(p, *elem, s, depth + 1);
        }
        Type::Struct(st) => {
            if st.fields.is_empty() {
                s.push_str("struct {}");
                return;
            }
            s.push_str("struct { ");
            for (i, &f) in st.fields.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                let o = p.obj(f);
                if !o.is_embedded() {
                    s.push_str(o.name.as_str());
                    s.push(' ');
                }
                name_into(p, p.obj_type(f), s, depth + 1);
                if let Some(Some(tag)) = st.tags.get(i) {
                    s.push(' ');
                    s.push_str(&gorun_frontend::types::typestring::go_quote(tag));
                }
            }
            s.push_str(" }");
        }
        Type::Signature(sig) => {
            s.push_str("func(");
            let params = p.tuple(sig.params);
            for (i, &v) in params.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                let vt = p.obj_type(v);
                if sig.variadic
                    && i == params.len() - 1
                    && let Type::Slice(e) = p.ty(vt)
                {
                    s.push_str("...");
                    name_into(p, *e, s, depth + 1);
                    continue;
                }
                name_into(p, vt, s, depth + 1);
            }
            s.push(')');
            let results = p.tuple(sig.results);
            match results.len() {
                0 => {}
                1 => {
                    s.push(' ');
                    name_into(p, p.obj_type(results[0]), s, depth + 1);
                }
                _ => {
                    s.push_str(" (");
                    for (i, &v) in results.iter().enumerate() {
                        if i > 0 {
                            s.push_str(", ");
                        }
                        name_into(p, p.obj_type(v), s, depth + 1);
                    }
                    s.push(')');
                }
            }
        }
        Type::Interface(_) => {
            let ts = p.interface_type_set(t);
            if ts.methods.is_empty() {
                s.push_str("interface {}");
                return;
            }
            s.push_str("interface { ");
            for (i, &m) in ts.methods.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                s.push_str(p.obj(m).name.as_str());
                let mut fs = String::new();
                name_into(p, p.obj_type(m), &mut fs, depth + 1);
                s.push_str(fs.strip_prefix("func").unwrap_or(&fs));
            }
            s.push_str(" }");
        }
        _ => s.push('?'),
    }
}

/// The reflect.Kind of a type.
fn kind_of(p: &Program, t: TypeId) -> u8 {
    let u = p.under(t);
    match p.ty(u) {
        Type::Basic(b) => {
            use BasicKind::*;
            match b.kind {
                Bool | UntypedBool => kind::BOOL,
                Int | UntypedInt => kind::INT,
                Int8 => kind::INT8,
                Int16 => kind::INT16,
                Int32 | UntypedRune => kind::INT32,
                Int64 => kind::INT64,
                Uint => kind::UINT,
                Uint8 => kind::UINT8,
                Uint16 => kind::UINT16,
                Uint32 => kind::UINT32,
                Uint64 => kind::UINT64,
                Uintptr => kind::UINTPTR,
                Float32 => kind::FLOAT32,
                Float64 | UntypedFloat => kind::FLOAT64,
                Complex64 => kind::COMPLEX64,
                Complex128 | UntypedComplex => kind::COMPLEX128,
                String | UntypedString => kind::STRING,
                UnsafePointer | UntypedNil => kind::UNSAFE_POINTER,
                Invalid => 0,
            }
        }
        Type::Array { .. } => kind::ARRAY,
        Type::Chan { .. } => kind::CHAN,
        Type::Signature(_) => kind::FUNC,
        Type::Interface(_) => kind::INTERFACE,
        Type::Map { .. } => kind::MAP,
        Type::Pointer(_) => kind::POINTER,
        Type::Slice(_) => kind::SLICE,
        Type::Struct(_) => kind::STRUCT,
        _ => 0,
    }
}

/// Marks the pointer words of a value of type `t` at word offset `base`.
pub(crate) fn ptr_words(p: &Program, t: TypeId, base: usize, out: &mut Vec<bool>) {
    let u = p.under(t);
    let mut set = |w: usize| {
        if out.len() <= w {
            out.resize(w + 1, false);
        }
        out[w] = true;
    };
    match p.ty(u) {
        Type::Basic(b) => match b.kind {
            BasicKind::String | BasicKind::UnsafePointer => set(base),
            _ => {}
        },
        Type::Pointer(_) | Type::Map { .. } | Type::Chan { .. } | Type::Signature(_) => set(base),
        Type::Slice(_) => set(base),
        Type::Interface(_) => {
            set(base);
            set(base + 1);
        }
        Type::Array { len, elem } if has_pointers(p, *elem) => {
            let esize = p.sizeof(*elem).max(0) as usize / 8;
            for i in 0..(*len).max(0) as usize {
                ptr_words(p, *elem, base + i * esize, out);
            }
        }
        Type::Struct(s) => {
            let offs = p.offsetsof(&s.fields);
            for (i, &f) in s.fields.iter().enumerate() {
                ptr_words(p, p.obj_type(f), base + offs[i].max(0) as usize / 8, out);
            }
        }
        _ => {}
    }
}

/// A little-endian u64 into a byte buffer.
fn put(b: &mut [u8], off: usize, v: u64) {
    b[off..off + 8].copy_from_slice(&v.to_le_bytes());
}

impl Unit<'_> {
    /// The descriptor of `t`.
    pub fn rtype(&mut self, t: TypeId) -> DataId {
        let p = self.p;
        let key = type_key(p, t);
        if let Some(&d) = self.rtypes.by_key.get(&key) {
            return d;
        }
        let name = self.data_name("go.type");
        let id = self
            .module
            .declare_data(&name, Linkage::Local, false, false)
            .expect("type declares");
        self.rtypes.by_key.insert(key, id);

        let tsize = size_of::<rtt::Type>();
        let mut bytes = vec![0u8; tsize];
        let mut relocs: Vec<(usize, DataId, i64)> = Vec::new();

        let size = p.sizeof(t).max(0) as u64;
        let mut words = Vec::new();
        ptr_words(p, t, 0, &mut words);
        let ptrdata = words
            .iter()
            .rposition(|&w| w)
            .map(|i| (i as u64 + 1) * 8)
            .unwrap_or(0);
        put(&mut bytes, offset_of!(rtt::Type, size), size);
        put(&mut bytes, offset_of!(rtt::Type, ptrdata), ptrdata);
        let rname = reflect_name(p, t);
        let hash = fnv1a(type_key(p, t).as_bytes());
        bytes[offset_of!(rtt::Type, hash)..offset_of!(rtt::Type, hash) + 4]
            .copy_from_slice(&hash.to_le_bytes());
        let named = matches!(p.ty(p.unalias(t)), Type::Named(_) | Type::Basic(_));
        bytes[offset_of!(rtt::Type, tflag)] = if named { rtt::tflag::NAMED } else { 0 };
        let align = p.alignof(t).max(1) as u8;
        bytes[offset_of!(rtt::Type, align)] = align;
        bytes[offset_of!(rtt::Type, field_align)] = align;
        let mut k = kind_of(p, t);
        if is_direct_iface(p, t) {
            k |= rtt::KIND_DIRECT_IFACE;
        }
        bytes[offset_of!(rtt::Type, kind)] = k;
        if ptrdata > 0 {
            let nwords = (ptrdata / 8) as usize;
            let mut mask = vec![0u8; nwords.div_ceil(8)];
            for (i, &w) in words.iter().enumerate().take(nwords) {
                if w {
                    mask[i / 8] |= 1 << (i % 8);
                }
            }
            let m = self.blob(mask, 1);
            relocs.push((offset_of!(rtt::Type, gcdata), m, 0));
        }
        let nd = self.string_data(rname.as_bytes());
        relocs.push((offset_of!(rtt::Type, name), nd, 0));
        put(
            &mut bytes,
            offset_of!(rtt::Type, name_len),
            rname.len() as u64,
        );

        let res = offset_of!(rtt::Type, reserved);
        if let Some(ud) = self.declare_method_table(t) {
            bytes[offset_of!(rtt::Type, tflag)] |= rtt::tflag::UNCOMMON;
            relocs.push((res + 16, ud, 0));
        }
        let u = p.under(t);
        match p.ty(u).clone() {
            Type::Pointer(e) | Type::Slice(e) => {
                let ed = self.rtype(e);
                relocs.push((offset_of!(rtt::Type, elem), ed, 0));
            }
            Type::Array { len, elem } => {
                let ed = self.rtype(elem);
                relocs.push((offset_of!(rtt::Type, elem), ed, 0));
                put(&mut bytes, res, len.max(0) as u64);
            }
            Type::Chan { dir, elem } => {
                let ed = self.rtype(elem);
                relocs.push((offset_of!(rtt::Type, elem), ed, 0));
                let d = match dir {
                    ChanDir::RecvOnly => rtt::chandir::RECV,
                    ChanDir::SendOnly => rtt::chandir::SEND,
                    ChanDir::SendRecv => rtt::chandir::BOTH,
                };
                put(&mut bytes, res, d as u64);
            }
            Type::Map { key, elem } => {
                let ed = self.rtype(elem);
                relocs.push((offset_of!(rtt::Type, elem), ed, 0));
                let kd = self.rtype(key);
                relocs.push((res, kd, 0));
                let md = self.map_type_data(t);
                relocs.push((res + 8, md, 0));
            }
            Type::Struct(st) => {
                let fsize = size_of::<StructField>();
                let n = st.fields.len();
                if n > 0 {
                    let offs = p.offsetsof(&st.fields);
                    let mut fb = vec![0u8; fsize * n];
                    let mut frel: Vec<(usize, DataId, i64)> = Vec::new();
                    for (i, &f) in st.fields.iter().enumerate() {
                        let base = i * fsize;
                        let o = p.obj(f);
                        let fname = o.name.as_str().to_string();
                        let sd = self.string_data(fname.as_bytes());
                        frel.push((base + offset_of!(StructField, name), sd, 0));
                        put(
                            &mut fb,
                            base + offset_of!(StructField, name) + 8,
                            fname.len() as u64,
                        );
                        let td = self.rtype(p.obj_type(f));
                        frel.push((base + offset_of!(StructField, typ), td, 0));
                        put(
                            &mut fb,
                            base + offset_of!(StructField, offset),
                            offs[i].max(0) as u64,
                        );
                        if let Some(Some(tag)) = st.tags.get(i) {
                            let tg = self.string_data(tag.as_bytes());
                            frel.push((base + offset_of!(StructField, tag), tg, 0));
                            put(
                                &mut fb,
                                base + offset_of!(StructField, tag) + 8,
                                tag.len() as u64,
                            );
                        }
                        fb[base + offset_of!(StructField, embedded)] = o.is_embedded() as u8;
                    }
                    let fd = self.blob_with(fb, 8, frel);
                    relocs.push((res, fd, 0));
                }
                put(&mut bytes, res + 8, n as u64);
            }
            Type::Signature(sig) => {
                let params: Vec<TypeId> =
                    p.tuple(sig.params).iter().map(|&v| p.obj_type(v)).collect();
                let results: Vec<TypeId> = p
                    .tuple(sig.results)
                    .iter()
                    .map(|&v| p.obj_type(v))
                    .collect();
                let all: Vec<TypeId> = params.iter().chain(results.iter()).copied().collect();
                if !all.is_empty() {
                    let mut pb = vec![0u8; 8 * all.len()];
                    let mut prel = Vec::new();
                    for (i, &a) in all.iter().enumerate() {
                        let d = self.rtype(a);
                        prel.push((8 * i, d, 0));
                    }
                    pb[0] = 0;
                    let pd = self.blob_with(pb, 8, prel);
                    relocs.push((res, pd, 0));
                }
                let w = params.len() as u64
                    | (results.len() as u64) << 16
                    | (sig.variadic as u64) << 31;
                put(&mut bytes, res + 8, w);
            }
            Type::Interface(_) => {
                let ts = p.interface_type_set(u);
                let msize = size_of::<IMethod>();
                let n = ts.methods.len();
                if n > 0 {
                    let mut mb = vec![0u8; msize * n];
                    let mut mrel = Vec::new();
                    for (i, &m) in ts.methods.iter().enumerate() {
                        let base = i * msize;
                        let o = p.obj(m);
                        self.rtypes
                            .used_names
                            .insert((o.name.as_str().to_string(), crate::methodset::pkg_of(p, m)));
                        let mname = o.name.as_str().to_string();
                        let sd = self.string_data(mname.as_bytes());
                        mrel.push((base + offset_of!(IMethod, name), sd, 0));
                        put(
                            &mut mb,
                            base + offset_of!(IMethod, name) + 8,
                            mname.len() as u64,
                        );
                        if !o.is_exported()
                            && let Some(pk) = o.pkg
                        {
                            let path = p.pkg(pk).path.clone();
                            let pd = self.string_data(path.as_bytes());
                            mrel.push((base + offset_of!(IMethod, pkg_path), pd, 0));
                            put(
                                &mut mb,
                                base + offset_of!(IMethod, pkg_path) + 8,
                                path.len() as u64,
                            );
                        }
                        let td = self.rtype(p.obj_type(m));
                        mrel.push((base + offset_of!(IMethod, typ), td, 0));
                    }
                    let md = self.blob_with(mb, 8, mrel);
                    relocs.push((res, md, 0));
                }
                put(&mut bytes, res + 8, n as u64);
            }
            _ => {}
        }

        let mut dd = DataDescription::new();
        dd.define(bytes.into_boxed_slice());
        dd.set_align(8);
        for (off, d, add) in relocs {
            let gv = self.module.declare_data_in_data(d, &mut dd);
            dd.write_data_addr(off as u32, gv, add);
        }
        self.define_data(id, &dd).expect("type defines");
        id
    }

    /// An anonymous read-only data object.
    pub fn blob(&mut self, bytes: Vec<u8>, align: u64) -> DataId {
        self.blob_with(bytes, align, Vec::new())
    }

    /// An anonymous data object with relocations to other data.
    pub fn blob_with(
        &mut self,
        bytes: Vec<u8>,
        align: u64,
        relocs: Vec<(usize, DataId, i64)>,
    ) -> DataId {
        let name = self.data_name("go.data");
        let id = self
            .module
            .declare_data(&name, Linkage::Local, false, false)
            .expect("blob declares");
        let mut dd = DataDescription::new();
        let bytes = if bytes.is_empty() { vec![0u8] } else { bytes };
        dd.define(bytes.into_boxed_slice());
        dd.set_align(align.max(1));
        for (off, d, add) in relocs {
            let gv = self.module.declare_data_in_data(d, &mut dd);
            dd.write_data_addr(off as u32, gv, add);
        }
        self.define_data(id, &dd).expect("blob defines");
        id
    }

    /// The object of a named type, if `t` is one.
    pub fn named_obj(&self, t: TypeId) -> Option<ObjId> {
        match self.p.ty(self.p.unalias(t)) {
            Type::Named(n) => Some(n.obj),
            _ => None,
        }
    }
}

fn fnv1a(b: &[u8]) -> u32 {
    let mut h: u32 = 0x811c9dc5;
    for &c in b {
        h ^= c as u32;
        h = h.wrapping_mul(0x01000193);
    }
    h
}
