//! One Swiss table (Go's `maps/table.go`): a power-of-two array of groups,
//! probed group by group along a [`ProbeSeq`], serving the part of the hash
//! space its directory entries select.
//!
//! Invariants:
//! - `capacity = 8 * (groups.length_mask + 1)`, a power of two, at most
//!   [`MAX_TABLE_CAPACITY`]; `growth_left` counts the inserts left before a
//!   rehash, so `used + tombstones + growth_left = capacity * 7/8` (all
//!   but one slot for a single-group table): every probe sequence ends at
//!   a group with an empty slot.
//! - A full group stays full until the table is replaced: deleting from a
//!   group without an empty slot leaves a tombstone, so later probes go on
//!   past it. Inserts reuse the first tombstone of their probe sequence.
//! - A table is never rehashed in place (iterators hold on to it): growth
//!   builds a new table (twice the capacity) or, past
//!   `MAX_TABLE_CAPACITY`, two tables splitting the hash space by one more
//!   bit; the old table gets `index = -1` (stale) and is left intact.

use super::group::*;
use super::map::{KeyOps, Map, find_in_group};
use crate::malloc::{newobject, typedmemclr, typedmemmove};
use crate::types::{MAP_GROUP_SLOTS, MapType, Type, kind};

/// Tables above this many slots split instead of growing.
pub const MAX_TABLE_CAPACITY: u16 = 1024;

/// Maximum load: 7 slots of 8.
pub const MAX_AVG_GROUP_LOAD: u16 = 7;

#[repr(C)]
pub struct Table {
    /// Full slots.
    pub used: u16,
    /// Total slots, a power of two.
    pub capacity: u16,
    /// Inserts left before a rehash (see the invariants).
    pub growth_left: u16,
    /// Bits of the hash the directory uses to reach this table.
    pub local_depth: u8,
    /// First directory index of this table (it may fill several); -1 when
    /// stale (replaced by a grow or split).
    pub index: isize,
    pub groups: GroupsRef,
}

static TABLE_GCDATA: [u8; 1] = [0b100];

/// The descriptor tables are allocated with: `groups.data` is a pointer.
pub static TABLE_TYPE: Type = Type {
    size: std::mem::size_of::<Table>(),
    ptrdata: 24,
    gcdata: &TABLE_GCDATA as *const [u8; 1] as *const u8,
    ..Type::scalar(0, 8, kind::STRUCT)
};

const _: () = {
    assert!(std::mem::size_of::<Table>() == 32);
    assert!(std::mem::offset_of!(Table, groups) == 16);
};

impl Table {
    /// A table of at least `capacity` slots (at least one group).
    pub fn new(mt: &MapType, capacity: u64, index: isize, local_depth: u8) -> *mut Table {
        let capacity = capacity.max(MAP_GROUP_SLOTS as u64);
        if capacity > MAX_TABLE_CAPACITY as u64 {
            crate::panic::throw("initial table capacity too large");
        }
        let capacity = align_up_pow2(capacity).unwrap_or(MAX_TABLE_CAPACITY as u64);
        let t =
            crate::malloc::mallocgc(std::mem::size_of::<Table>(), &TABLE_TYPE, true) as *mut Table;
        unsafe {
            (*t).index = index;
            (*t).local_depth = local_depth;
            (*t).reset(mt, capacity as u16);
        }
        t
    }

    /// New empty groups for `capacity` slots.
    fn reset(&mut self, mt: &MapType, capacity: u16) {
        let ngroups = capacity as u64 / MAP_GROUP_SLOTS as u64;
        self.groups = GroupsRef::new(mt, ngroups);
        self.capacity = capacity;
        self.growth_left = self.max_growth_left();
        for i in 0..=self.groups.length_mask {
            self.groups.group(mt, i).set_empty();
        }
    }

    /// Inserts an empty table takes before it must rehash.
    pub fn max_growth_left(&self) -> u16 {
        if self.capacity == 0 {
            crate::panic::throw("table must have positive capacity");
        }
        if self.capacity as usize <= MAP_GROUP_SLOTS {
            // One group: all slots but the one that ends probes.
            self.capacity - 1
        } else {
            ((self.capacity as u32 * MAX_AVG_GROUP_LOAD as u32) / MAP_GROUP_SLOTS as u32) as u16
        }
    }

    /// Tombstones in the table.
    pub fn tombstones(&self) -> u16 {
        let max =
            ((self.capacity as u32 * MAX_AVG_GROUP_LOAD as u32) / MAP_GROUP_SLOTS as u32) as u16;
        max.wrapping_sub(self.used).wrapping_sub(self.growth_left)
    }

    /// The slot of the key equal to `*key` (whose hash is `hash`): pointers
    /// to the stored key and element.
    #[inline(always)]
    pub fn get_with_key<K: KeyOps>(
        &self,
        mt: &MapType,
        hash: usize,
        key: *const u8,
    ) -> Option<(*mut u8, *mut u8)> {
        let mut seq = ProbeSeq::new(h1(hash), self.groups.length_mask);
        let h2 = h2(hash);
        loop {
            let g = self.groups.group(mt, seq.offset);
            if let Some(i) = find_in_group::<K>(mt, g, h2, key) {
                return Some((g.key_ptr(mt, i), g.elem_ptr(mt, i)));
            }
            if !g.ctrls().match_empty().is_empty() {
                return None;
            }
            seq.next();
        }
    }

    /// The element slot for `*key`, inserting the key if absent (the
    /// element is then zero). None when the table had to be replaced: the
    /// caller looks the table up again in the directory.
    #[inline(always)]
    pub fn put_slot<K: KeyOps>(
        &mut self,
        mt: &MapType,
        m: &mut Map,
        hash: usize,
        key: *const u8,
    ) -> Option<*mut u8> {
        let mut seq = ProbeSeq::new(h1(hash), self.groups.length_mask);
        // The first tombstone on the way, reused if the key is absent.
        let mut first_deleted: Option<(GroupRef, usize)> = None;
        let h2 = h2(hash);
        loop {
            let g = self.groups.group(mt, seq.offset);
            if let Some(i) = find_in_group::<K>(mt, g, h2, key) {
                if mt.need_key_update() {
                    typedmemmove(mt.key, g.key_ptr(mt, i), key);
                }
                return Some(g.elem_ptr(mt, i));
            }
            let empty = g.ctrls().match_empty();
            if !empty.is_empty() {
                // The end of the probe sequence: the key is absent.
                let (g, i) = match first_deleted {
                    Some((dg, di)) => {
                        // Reusing a tombstone costs no growth.
                        self.growth_left += 1;
                        (dg, di)
                    }
                    None => (g, empty.first()),
                };
                if self.growth_left > 0 {
                    let elem = fill_slot(mt, g, i, h2, key);
                    self.growth_left -= 1;
                    self.used += 1;
                    m.used += 1;
                    return Some(elem);
                }
                // No room (and no tombstone passed). Dropping tombstones
                // may make some; otherwise grow or split. Either way the
                // caller starts over.
                self.make_room(mt, m);
                return None;
            }
            if first_deleted.is_none() {
                let d = g.ctrls().match_empty_or_deleted();
                if !d.is_empty() {
                    first_deleted = Some((g, d.first()));
                }
            }
            seq.next();
        }
    }

    #[inline(never)]
    fn make_room(&mut self, mt: &MapType, m: &mut Map) {
        if !self.prune_tombstones(mt, m) {
            self.rehash(mt, m);
        }
    }

    /// Inserts a key known to be absent into a table with room and no
    /// tombstones (growth and splits). Indirect keys and elements move by
    /// pointer: the old table is never written again.
    pub fn unchecked_put_slot(
        &mut self,
        mt: &MapType,
        hash: usize,
        key: *const u8,
        elem: *const u8,
    ) {
        let (g, i) = self.free_slot(mt, hash);
        let ks = g.key(mt, i);
        if mt.indirect_key() {
            unsafe { *(ks as *mut *const u8) = key };
        } else {
            typedmemmove(mt.key, ks, key);
        }
        let es = g.elem(mt, i);
        if mt.indirect_elem() {
            unsafe { *(es as *mut *const u8) = elem };
        } else {
            typedmemmove(mt.elem, es, elem);
        }
        self.growth_left -= 1;
        self.used += 1;
        g.set_ctrl(i, h2(hash) as u8);
    }

    /// The first empty (or deleted) slot on `hash`'s probe sequence, for a
    /// key known to be absent; the table must have room.
    fn free_slot(&self, mt: &MapType, hash: usize) -> (GroupRef, usize) {
        if self.growth_left == 0 {
            crate::panic::throw("invariant failed: growthLeft is unexpectedly 0");
        }
        let mut seq = ProbeSeq::new(h1(hash), self.groups.length_mask);
        loop {
            let g = self.groups.group(mt, seq.offset);
            let m = g.ctrls().match_empty_or_deleted();
            if !m.is_empty() {
                return (g, m.first());
            }
            seq.next();
        }
    }

    /// Inserts a key known to be absent into a table with room (the first
    /// insert past a small map); returns the element slot.
    pub fn unchecked_put_slot_for_assign(
        &mut self,
        mt: &MapType,
        hash: usize,
        key: *const u8,
    ) -> *mut u8 {
        let (g, i) = self.free_slot(mt, hash);
        let e = fill_slot(mt, g, i, h2(hash), key);
        self.growth_left -= 1;
        self.used += 1;
        e
    }

    /// Deletes `*key` if present; returns whether that left a tombstone.
    #[inline(always)]
    pub fn delete<K: KeyOps>(
        &mut self,
        mt: &MapType,
        m: &mut Map,
        hash: usize,
        key: *const u8,
    ) -> bool {
        let mut seq = ProbeSeq::new(h1(hash), self.groups.length_mask);
        let h2 = h2(hash);
        loop {
            let g = self.groups.group(mt, seq.offset);
            if let Some(i) = find_in_group::<K>(mt, g, h2, key) {
                self.used -= 1;
                m.used -= 1;
                clear_slot(mt, g, i);
                // A group with an empty slot ends every probe through it,
                // so its slots can become empty again; a full group needs
                // a tombstone.
                if !g.ctrls().match_empty().is_empty() {
                    g.set_ctrl(i, CTRL_EMPTY);
                    self.growth_left += 1;
                    return false;
                }
                g.set_ctrl(i, CTRL_DELETED);
                return true;
            }
            if !g.ctrls().match_empty().is_empty() {
                return false;
            }
            seq.next();
        }
    }

    /// Drops the tombstones no probe sequence needs, if that frees at least
    /// a tenth of the capacity (it costs a pass over the table; fewer and
    /// growing is the better deal). Only control bytes change, never the
    /// place of an entry, so iterators are unaffected. Returns whether it
    /// made room.
    fn prune_tombstones(&mut self, mt: &MapType, m: &Map) -> bool {
        if (self.tombstones() as u32) * 10 < self.capacity as u32 {
            return false;
        }
        // Groups whose tombstones must stay (or that have none to drop).
        let mut needed = [0u32; (MAX_TABLE_CAPACITY as usize / MAP_GROUP_SLOTS).div_ceil(32)];
        for i in 0..=self.groups.length_mask {
            let g = self.groups.group(mt, i);
            let mut full = g.ctrls().match_full();
            while !full.is_empty() {
                let j = full.first();
                full = full.remove_first();
                let k = g.key_ptr(mt, j);
                if !unsafe { crate::alg::keyequal(mt, k, k) } {
                    // Never found by lookup (NaN): its probe may break.
                    continue;
                }
                let hash = unsafe { crate::alg::keyhash(mt, k, m.seed) };
                let mut seq = ProbeSeq::new(h1(hash), self.groups.length_mask);
                while seq.offset != i {
                    let pg = self.groups.group(mt, seq.offset);
                    if !pg.ctrls().match_empty_or_deleted().is_empty() {
                        needed[(seq.offset / 32) as usize] |= 1 << (seq.offset % 32);
                    }
                    seq.next();
                }
            }
            if !g.ctrls().match_empty().is_empty() {
                needed[(i / 32) as usize] |= 1 << (i % 32);
            }
        }
        let is_needed = |i: u64| needed[(i / 32) as usize] >> (i % 32) & 1 != 0;
        let mut cnt = 0;
        for i in 0..=self.groups.length_mask {
            if !is_needed(i) {
                cnt += self
                    .groups
                    .group(mt, i)
                    .ctrls()
                    .match_empty_or_deleted()
                    .count();
            }
        }
        if cnt * 10 < self.capacity as usize {
            return false;
        }
        for i in 0..=self.groups.length_mask {
            if is_needed(i) {
                continue;
            }
            let g = self.groups.group(mt, i);
            let mut d = g.ctrls().match_empty_or_deleted();
            while !d.is_empty() {
                g.set_ctrl(d.first(), CTRL_EMPTY);
                d = d.remove_first();
                self.growth_left += 1;
            }
        }
        true
    }

    /// Empties the table in place (its groups stay, so iterators see
    /// nothing more of it).
    pub fn clear(&mut self, mt: &MapType) {
        let mgl = self.max_growth_left();
        if self.used == 0 && self.growth_left == mgl {
            return;
        }
        // Testing each group first pays when most are empty or slots are big.
        let full_test = (self.used as u64) * 4 <= self.groups.length_mask || mt.slot_size > 32;
        for i in 0..=self.groups.length_mask {
            let g = self.groups.group(mt, i);
            if !full_test || g.ctrls().any_full() {
                typedmemclr(mt.group, g.data);
            }
            g.set_empty();
        }
        self.used = 0;
        self.growth_left = mgl;
    }

    /// Replaces this table with a larger one or, at the size limit, two
    /// halves; this one becomes stale.
    fn rehash(&mut self, mt: &MapType, m: &mut Map) {
        let new_capacity = 2 * self.capacity as u32;
        if new_capacity <= MAX_TABLE_CAPACITY as u32 {
            self.grow(mt, m, new_capacity as u16);
        } else {
            self.split(mt, m);
        }
    }

    /// Calls `f(key, elem)` for every full slot (through indirections).
    fn for_each_full(&self, mt: &MapType, mut f: impl FnMut(*mut u8, *mut u8)) {
        for i in 0..=self.groups.length_mask {
            let g = self.groups.group(mt, i);
            let mut full = g.ctrls().match_full();
            while !full.is_empty() {
                let j = full.first();
                full = full.remove_first();
                f(g.key_ptr(mt, j), g.elem_ptr(mt, j));
            }
        }
    }

    fn split(&mut self, mt: &MapType, m: &mut Map) {
        let local_depth = self.local_depth + 1;
        let left = Table::new(mt, MAX_TABLE_CAPACITY as u64, -1, local_depth);
        let right = Table::new(mt, MAX_TABLE_CAPACITY as u64, -1, local_depth);
        // The new bit, counted from the top of the hash.
        let mask = 1usize << (64 - local_depth as u32);
        let seed = m.seed;
        self.for_each_full(mt, |k, e| {
            let hash = unsafe { crate::alg::keyhash(mt, k, seed) };
            let t = if hash & mask == 0 { left } else { right };
            unsafe { (*t).unchecked_put_slot(mt, hash, k, e) };
        });
        m.install_table_split(self, self.index, self.local_depth, left, right);
        self.index = -1;
    }

    fn grow(&mut self, mt: &MapType, m: &mut Map, new_capacity: u16) {
        let nt = Table::new(mt, new_capacity as u64, self.index, self.local_depth);
        let seed = m.seed;
        self.for_each_full(mt, |k, e| {
            let hash = unsafe { crate::alg::keyhash(mt, k, seed) };
            unsafe { (*nt).unchecked_put_slot(mt, hash, k, e) };
        });
        m.replace_table(nt);
        self.index = -1;
    }

    /// A deep copy (the groups; keys and elements by value).
    pub fn clone_table(&self, mt: &MapType) -> *mut Table {
        let t2 =
            crate::malloc::mallocgc(std::mem::size_of::<Table>(), &TABLE_TYPE, true) as *mut Table;
        unsafe {
            (*t2).used = self.used;
            (*t2).capacity = self.capacity;
            (*t2).growth_left = self.growth_left;
            (*t2).local_depth = self.local_depth;
            (*t2).index = self.index;
            let ng = GroupsRef::new(mt, self.groups.length_mask + 1);
            for i in 0..=self.groups.length_mask {
                clone_group(mt, ng.group(mt, i), self.groups.group(mt, i));
            }
            (*t2).groups = ng;
        }
        t2
    }
}

/// Clears a deleted slot's key (if it may hold pointers) and element
/// (always: `m[k] op= v` relies on a deleted element reading as zero).
pub fn clear_slot(mt: &MapType, g: GroupRef, i: usize) {
    let k = g.key(mt, i);
    if mt.indirect_key() {
        unsafe { *(k as *mut *mut u8) = std::ptr::null_mut() };
    } else if mt.key().ptrdata != 0 {
        typedmemclr(mt.key, k);
    }
    let e = g.elem(mt, i);
    if mt.indirect_elem() {
        unsafe { *(e as *mut *mut u8) = std::ptr::null_mut() };
    } else {
        typedmemclr(mt.elem, e);
    }
}

/// Stores `*key` in slot `i` of `g` (allocating indirect storage) and
/// marks it full; returns the element slot.
#[inline]
pub(super) fn fill_slot(mt: &MapType, g: GroupRef, i: usize, h2: usize, key: *const u8) -> *mut u8 {
    let gp = crate::proc::getg();
    let mut k = g.key(mt, i);
    if mt.indirect_key() {
        let kmem = newobject(gp, mt.key);
        unsafe { *(k as *mut *mut u8) = kmem };
        k = kmem;
    }
    typedmemmove(mt.key, k, key);
    let mut e = g.elem(mt, i);
    if mt.indirect_elem() {
        let emem = newobject(gp, mt.elem);
        unsafe { *(e as *mut *mut u8) = emem };
        e = emem;
    }
    g.set_ctrl(i, h2 as u8);
    e
}
