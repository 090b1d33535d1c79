//! Iteration (Go's `Iter` in `maps/table.go`): `for k, v := range m`.
//!
//! The spec lets a loop mutate the map it ranges over: an entry is never
//! returned twice, entries added may or may not be returned, entries
//! changed are returned with their latest value, entries deleted before
//! they are reached are not returned. The order is random: iteration
//! starts at a random directory entry and a random slot (`dir_offset`,
//! `entry_offset`) and wraps around.
//!
//! Invariants:
//! - The iterator keeps the table it is walking (`tab`) even after the
//!   table was replaced by a grow or split (`tab.index == -1`): walking
//!   the old slots keeps the order and never repeats a key. For such a
//!   stale table every key is looked up again in the live map, to skip
//!   keys deleted since and to return current elements; keys that are not
//!   equal to themselves (NaN) cannot be looked up and are returned from
//!   the old slot unless the map was cleared.
//! - After a stale table, the directory entries its halves took are
//!   skipped (`1 << (global_depth - tab.local_depth)` entries), since the
//!   old table covered them all. When the directory doubles, `dir_idx`
//!   and `dir_offset` double with it.
//! - A small map stays "small" for its iterator (`dir_idx == -1`): the
//!   old group decides the keys, the live map the elements.
//! - `key` null after `next` means the end. `key` and `elem` are the
//!   first two words, which compiled code reads directly.

use super::group::*;
use super::map::Map;
use super::table::Table;
use crate::alg::{keyequal, rand64};
use crate::types::{MAP_GROUP_SLOTS, MapType};

#[repr(C)]
pub struct Iter {
    /// The current key; null at the end (offset 0).
    pub key: *mut u8,
    /// The current element (offset 8).
    pub elem: *mut u8,
    pub typ: *const MapType,
    pub m: *mut Map,
    pub entry_offset: u64,
    pub dir_offset: u64,
    /// `m.clear_seq` when iteration began.
    pub clear_seq: u64,
    /// `m.global_depth` at the previous `next`.
    pub global_depth: u8,
    /// Directory position before adding `dir_offset`; -1 for small maps.
    pub dir_idx: isize,
    /// The table at `dir_idx` when first reached.
    pub tab: *mut Table,
    pub group: GroupRef,
    /// Slot position in the table before adding `entry_offset` (group
    /// index above the low 3 bits).
    pub entry_idx: u64,
}

/// Bytes compiled code reserves for an iterator.
pub const ITER_SIZE: usize = std::mem::size_of::<Iter>();

const _: () = {
    assert!(ITER_SIZE == 96);
    assert!(std::mem::offset_of!(Iter, key) == 0);
    assert!(std::mem::offset_of!(Iter, elem) == 8);
};

impl Iter {
    /// Starts iterating `m` (nil or empty: nothing to return). Does not
    /// advance: call [`Iter::next`] for the first entry.
    pub fn init(&mut self, mt: &MapType, m: *mut Map) {
        *self = Iter::new(mt, m);
    }

    /// A new iterator over `m` (see [`Iter::init`]).
    pub fn new(mt: &MapType, m: *mut Map) -> Iter {
        let mut it = Iter {
            key: std::ptr::null_mut(),
            elem: std::ptr::null_mut(),
            typ: mt,
            m: std::ptr::null_mut(),
            entry_offset: 0,
            dir_offset: 0,
            clear_seq: 0,
            global_depth: 0,
            dir_idx: 0,
            tab: std::ptr::null_mut(),
            group: GroupRef::NULL,
            entry_idx: 0,
        };
        let Some(mr) = (unsafe { m.as_ref() }) else {
            return it;
        };
        if mr.used == 0 {
            return it;
        }
        if mr.dir_len <= 0 {
            it.dir_idx = -1;
            it.group = GroupRef { data: mr.dir_ptr };
        }
        it.m = m;
        it.entry_offset = rand64();
        it.dir_offset = rand64();
        it.global_depth = mr.global_depth;
        it.clear_seq = mr.clear_seq;
        it
    }

    fn end(&mut self) {
        self.key = std::ptr::null_mut();
        self.elem = std::ptr::null_mut();
    }

    fn next_dir_idx(&mut self, m: &Map) {
        let entries = 1isize << (m.global_depth - unsafe { (*self.tab).local_depth });
        self.dir_idx += entries;
        self.tab = std::ptr::null_mut();
        self.group = GroupRef::NULL;
        self.entry_idx = 0;
    }

    /// The live key and element for `key`, found in the old slot `slot` of
    /// `self.group` of a replaced table or small group.
    fn grown_key_elem(
        &self,
        mt: &MapType,
        m: &Map,
        key: *mut u8,
        slot: usize,
    ) -> Option<(*mut u8, *mut u8)> {
        if let Some(ke) = m.get_with_key(mt, key) {
            return Some(ke);
        }
        // Absent: deleted, or a key that is not equal to itself, which
        // nothing but clear can remove.
        if self.clear_seq == m.clear_seq && !unsafe { keyequal(mt, key, key) } {
            return Some((key, self.group.elem_ptr(mt, slot)));
        }
        None
    }

    /// Advances to the next entry (`key` null at the end).
    pub fn next(&mut self) {
        let Some(m) = (unsafe { self.m.as_ref() }) else {
            return self.end();
        };
        let mt = unsafe { &*self.typ };
        if m.writing != 0 {
            crate::panic::fatal("concurrent map iteration and map write");
        }
        if self.dir_idx < 0 {
            return self.next_small(mt, m);
        }
        if self.global_depth != m.global_depth {
            // The directory grew: scale the position with it.
            let orders = m.global_depth - self.global_depth;
            self.dir_idx <<= orders;
            self.dir_offset <<= orders;
            self.global_depth = m.global_depth;
        }
        while self.dir_idx < m.dir_len {
            if self.tab.is_null() {
                let mut dir_idx = ((self.dir_idx as u64).wrapping_add(self.dir_offset)
                    & (m.dir_len as u64 - 1)) as isize;
                let nt = m.directory_at(dir_idx as usize);
                let nidx = unsafe { (*nt).index };
                if nidx != dir_idx {
                    // The random start fell inside a table's run of
                    // entries: start at its first.
                    let diff = dir_idx - nidx;
                    self.dir_offset = self.dir_offset.wrapping_sub(diff as u64);
                    dir_idx = nidx;
                }
                let _ = dir_idx;
                self.tab = nt;
            }
            // Keep walking `tab` even if it has been replaced since.
            let tab = unsafe { &*self.tab };
            let entry_mask = tab.capacity as u64 - 1;
            if self.entry_idx > entry_mask {
                self.next_dir_idx(m);
                continue;
            }
            let grown = tab.index == -1;
            let mut group_match = Bitset(0);
            while self.entry_idx <= entry_mask {
                let entry = self.entry_idx.wrapping_add(self.entry_offset) & entry_mask;
                let mut slot = (entry & (MAP_GROUP_SLOTS as u64 - 1)) as usize;
                if slot == 0 || self.group.data.is_null() {
                    self.group = tab.groups.group(mt, entry >> 3);
                }
                if group_match.is_empty() {
                    group_match = self.group.ctrls().match_full();
                    if slot != 0 {
                        group_match = group_match.remove_below(slot);
                    }
                    if group_match.is_empty() {
                        // Nothing more in this group.
                        self.entry_idx += (MAP_GROUP_SLOTS - slot) as u64;
                        continue;
                    }
                    let i = group_match.first();
                    self.entry_idx += (i - slot) as u64;
                    if self.entry_idx > entry_mask {
                        continue;
                    }
                    slot = i;
                }
                let key = self.group.key_ptr(mt, slot);
                let found = if grown {
                    self.grown_key_elem(mt, m, key, slot)
                } else {
                    Some((key, self.group.elem_ptr(mt, slot)))
                };
                // Step to the next full slot of the group, or past it.
                group_match = group_match.remove_first();
                if group_match.is_empty() {
                    self.entry_idx += (MAP_GROUP_SLOTS - slot) as u64;
                } else {
                    self.entry_idx += (group_match.first() - slot) as u64;
                }
                if let Some((k, e)) = found {
                    self.key = k;
                    self.elem = e;
                    return;
                }
            }
            self.next_dir_idx(m);
        }
        self.end()
    }

    fn next_small(&mut self, mt: &MapType, m: &Map) {
        while self.entry_idx < MAP_GROUP_SLOTS as u64 {
            let k =
                (self.entry_idx.wrapping_add(self.entry_offset) % MAP_GROUP_SLOTS as u64) as usize;
            self.entry_idx += 1;
            if self.group.ctrl(k) & CTRL_EMPTY == CTRL_EMPTY {
                continue;
            }
            let key = self.group.key_ptr(mt, k);
            // Grown to tables since: the old group picks the keys, the
            // live map gives the elements.
            let found = if m.dir_len > 0 {
                self.grown_key_elem(mt, m, key, k)
            } else {
                Some((key, self.group.elem_ptr(mt, k)))
            };
            if let Some((k, e)) = found {
                self.key = k;
                self.elem = e;
                return;
            }
        }
        self.end()
    }
}

/// Calls `f(key, elem)` for each entry of `m` in iteration order (the
/// runtime's own walks: fmt, clone fallbacks, tests).
pub fn for_each(mt: &MapType, m: *mut Map, mut f: impl FnMut(*mut u8, *mut u8)) {
    let mut it = Iter::new(mt, m);
    it.next();
    while !it.key.is_null() {
        f(it.key, it.elem);
        it.next();
    }
}
