//! Sizes and alignments as gc lays values out on 64-bit targets
//! (gcsizes.go). `unsafe.Sizeof` and friends are constants computed here,
//! and the JIT lays out values with the same rules.

use super::typ::*;
use super::{ObjId, Program};

#[derive(Copy, Clone, Debug)]
pub struct Sizes {
    pub word_size: i64,
    pub max_align: i64,
}

impl Sizes {
    pub fn gc_amd64() -> Sizes {
        Sizes {
            word_size: 8,
            max_align: 8,
        }
    }
}

fn align(x: i64, a: i64) -> i64 {
    let y = x + a - 1;
    y - y % a
}

impl Program {
    /// Alignment of a value of type `t` (gc's rules; 1 for types without
    /// a layout, such as type parameters).
    pub fn alignof(&self, t: TypeId) -> i64 {
        let s = self.sizes;
        let u = self.under(t);
        match self.ty(u) {
            Type::Array { elem, .. } => return self.alignof(*elem),
            Type::Struct(st) => {
                if st.fields.is_empty() && self.is_sync_atomic_align64(t) {
                    return 8;
                }
                return st
                    .fields
                    .iter()
                    .map(|&f| self.alignof(self.obj_type(f)))
                    .max()
                    .unwrap_or(1)
                    .max(1);
            }
            Type::Slice(_) | Type::Interface(_) => return s.word_size,
            Type::Basic(b) if b.kind.info() & info::STRING != 0 => return s.word_size,
            Type::TypeParam(_) | Type::Union(_) => return 1,
            _ => {}
        }
        let mut a = self.sizeof(t);
        if a < 1 {
            return 1;
        }
        if self.is_complex(t) {
            a /= 2;
        }
        a.min(s.max_align)
    }

    /// sync/atomic's Int64/Uint64 are 8-aligned through an embedded
    /// `align64` marker struct.
    fn is_sync_atomic_align64(&self, t: TypeId) -> bool {
        let Type::Named(n) = self.ty(self.unalias(t)) else {
            return false;
        };
        let o = self.obj(n.obj);
        o.name.as_str() == "align64"
            && o.pkg.is_some_and(|p| {
                matches!(
                    self.pkg(p).path.as_str(),
                    "sync/atomic" | "internal/runtime/atomic"
                )
            })
    }

    /// Offsets of struct fields (-1 past an overflow).
    pub fn offsetsof(&self, fields: &[ObjId]) -> Vec<i64> {
        let mut offsets = Vec::with_capacity(fields.len());
        let mut offs: i64 = 0;
        for &f in fields {
            if offs < 0 {
                offsets.push(-1);
                continue;
            }
            let ft = self.obj_type(f);
            offs = align(offs, self.alignof(ft));
            offsets.push(offs);
            let d = self.sizeof(ft);
            offs = if d >= 0 {
                offs.checked_add(d).unwrap_or(-1)
            } else {
                -1
            };
        }
        offsets
    }

    /// Size of a value of type `t`, -1 if it overflows.
    pub fn sizeof(&self, t: TypeId) -> i64 {
        let w = self.sizes.word_size;
        let u = self.under(t);
        match self.ty(u) {
            Type::Basic(b) => {
                use BasicKind::*;
                match b.kind {
                    Bool | Int8 | Uint8 => 1,
                    Int16 | Uint16 => 2,
                    Int32 | Uint32 | Float32 => 4,
                    Int64 | Uint64 | Float64 | Complex64 => 8,
                    Complex128 => 16,
                    String => 2 * w,
                    _ => w,
                }
            }
            Type::Array { len, elem } => {
                let n = *len;
                if n <= 0 {
                    return 0;
                }
                let es = self.sizeof(*elem);
                if es < 0 {
                    return -1;
                }
                if es == 0 {
                    return 0;
                }
                if es > i64::MAX / n {
                    return -1;
                }
                es * n
            }
            Type::Slice(_) => 3 * w,
            Type::Struct(st) => {
                let n = st.fields.len();
                if n == 0 {
                    return 0;
                }
                let offsets = self.offsetsof(&st.fields);
                let offs = offsets[n - 1];
                let mut size = self.sizeof(self.obj_type(st.fields[n - 1]));
                if offs < 0 || size < 0 {
                    return -1;
                }
                if offs > 0 && size == 0 {
                    size = 1;
                }
                match offs.checked_add(size) {
                    Some(end) => {
                        let a = self.alignof(t);
                        end.checked_add(a - 1).map(|y| y - y % a).unwrap_or(-1)
                    }
                    None => -1,
                }
            }
            Type::Interface(_) => 2 * w,
            _ => w,
        }
    }
}
