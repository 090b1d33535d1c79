//! Go's builtin map, after `internal/runtime/maps` (Go 1.24+): Swiss tables.
//!
//! - `group.rs`: groups of 8 slots with a control word matched 8 bytes at
//!   a time, probe sequences.
//! - `table.rs`: one Swiss table (open addressing over groups, tombstones,
//!   growth by replacement, splitting).
//! - `map.rs`: the map header, small maps (one group), the directory of
//!   tables selected by the hash's top bits (extendible hashing), so a
//!   grow rebuilds one table of at most 1024 slots, never the whole map.
//! - `iter.rs`: iteration with Go's semantics under mutation.
//! - `runtime.rs`: the operations compiled code calls (Go's `runtime.go`:
//!   `mapaccess1`, `mapassign`, ...), and `runtime_fast32.rs`,
//!   `runtime_fast64.rs`, `runtime_faststr.rs` for 4-byte, 8-byte and
//!   string keys.
//!
//! Invariants shared by all of them:
//! - All map memory (header, directory, tables, groups, indirect keys and
//!   elements) comes from `mallocgc` with a descriptor giving its pointer
//!   layout: groups with the map type's group descriptor (`MapType::group`),
//!   the rest with the static descriptors of `map.rs` and `table.rs`. No Go
//!   pointer is held in Rust-owned memory.
//! - Keys are hashed and compared only through `alg::keyhash` and
//!   `alg::keyequal` with the map's `MapType`, so every operation on a map
//!   agrees on where a key lives.
//! - Map operations never block or yield: no other goroutine runs in the
//!   middle of one on this thread.

pub mod group;
pub mod iter;
pub mod map;
pub mod runtime;
pub mod runtime_fast32;
pub mod runtime_fast64;
pub mod runtime_faststr;
pub mod table;

pub use iter::{ITER_SIZE, Iter};
pub use map::Map;
pub use runtime::*;

use crate::types::{MapType, Type, kind, mapflag};

/// Builds (and leaks) the `MapType` of `map[key]elem` from the two
/// descriptors, as the JIT emits it statically: for maps made by the
/// runtime itself and for tests.
pub fn new_map_type(key: &'static Type, elem: &'static Type) -> &'static MapType {
    let l = MapType::layout(key.size, key.align as usize, elem.size, elem.align as usize);
    // The group's pointer bitmap: slot by slot, the key's then the
    // element's pointer words (one pointer word each when indirect).
    let words = l.group_size / 8;
    let mut mask = vec![0u8; words.div_ceil(8)];
    let mut set = |w: usize| mask[w / 8] |= 1 << (w % 8);
    let mut last = 0;
    for s in 0..crate::types::MAP_GROUP_SLOTS {
        let base = 8 + s * l.slot_size;
        for (indirect, t, off) in [
            (l.indirect_key, key, 0),
            (l.indirect_elem, elem, l.elem_off),
        ] {
            if indirect {
                set((base + off) / 8);
                last = last.max(base + off + 8);
            } else if t.ptrdata != 0 {
                for w in 0..t.ptrdata / 8 {
                    if unsafe { *t.gcdata.add(w / 8) } >> (w % 8) & 1 != 0 {
                        set((base + off) / 8 + w);
                        last = last.max(base + off + 8 * (w + 1));
                    }
                }
            }
        }
    }
    let gcdata = Box::leak(mask.into_boxed_slice()).as_ptr();
    let group = Box::leak(Box::new(Type {
        size: l.group_size,
        ptrdata: last,
        gcdata,
        ..Type::scalar(0, 8, kind::STRUCT)
    }));
    let (key_alg, mut flags) = crate::alg::key_alg_of(key);
    if l.indirect_key {
        flags |= mapflag::INDIRECT_KEY;
    }
    if l.indirect_elem {
        flags |= mapflag::INDIRECT_ELEM;
    }
    Box::leak(Box::new(MapType {
        key,
        elem,
        group,
        group_size: l.group_size,
        slot_size: l.slot_size,
        elem_off: l.elem_off,
        flags,
        key_alg,
    }))
}

#[cfg(test)]
mod tests;
