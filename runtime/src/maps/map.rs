//! The map header and its directory of tables (Go's `maps/map.go`).
//!
//! A map value is a `*Map`. Small maps (never more than 8 entries) keep one
//! group and no table: `dir_len == 0` and `dir_ptr` points at the group.
//! Larger ones keep a directory of `1 << global_depth` table pointers,
//! indexed by the top `global_depth` bits of the hash (extendible hashing):
//! a table of `local_depth < global_depth` fills `1 << (global_depth -
//! local_depth)` consecutive entries starting at its `index`. Growth
//! replaces one table at a time, so the cost of a grow is bounded by the
//! largest table, never the whole map.
//!
//! Invariants:
//! - `used` (offset 0: `len(m)` reads it directly) counts full slots.
//! - Small maps have no tombstones (their single group ends every probe).
//! - `writing` is toggled around every mutation; finding it set in
//!   another operation means two goroutines raced, which is fatal (as
//!   Go's "concurrent map writes"). The toggle comes after the key is
//!   hashed, since hashing may panic.
//! - `clear_seq` counts clears, so iterators can tell a cleared map from
//!   one whose NaN keys were merely unfindable.
//! - The seed is re-randomized whenever the map becomes empty.

use super::group::*;
use super::table::Table;
use crate::alg::{keyequal, keyhash, rand64};
use crate::malloc::{typedmemclr, typedmemmove};
use crate::types::{MAP_GROUP_SLOTS, MapType, Type, kind};

#[repr(C)]
pub struct Map {
    /// Full slots in all tables (`len`).
    pub used: u64,
    pub seed: usize,
    /// The directory (`*[dir_len]*Table`), or the one group of a small map,
    /// or null for an empty map that never had an entry.
    pub dir_ptr: *mut u8,
    pub dir_len: isize,
    pub global_depth: u8,
    /// `64 - global_depth`: the shift from a hash to its directory index.
    pub global_shift: u8,
    pub writing: u8,
    pub tombstone_possible: bool,
    pub clear_seq: u64,
}

const _: () = {
    assert!(std::mem::size_of::<Map>() == 48);
    assert!(std::mem::offset_of!(Map, used) == 0);
    assert!(std::mem::offset_of!(Map, dir_ptr) == 16);
};

static MAP_GCDATA: [u8; 1] = [0b100];

/// The descriptor map headers are allocated with: `dir_ptr` is a pointer.
pub static MAP_TYPE: Type = Type {
    size: std::mem::size_of::<Map>(),
    ptrdata: 24,
    gcdata: &MAP_GCDATA as *const [u8; 1] as *const u8,
    ..Type::scalar(0, 8, kind::STRUCT)
};

static DIR_GCDATA: [u8; 1] = [1];

/// The descriptor of a directory entry (a table pointer).
pub static DIR_ENTRY_TYPE: Type = Type {
    size: 8,
    ptrdata: 8,
    gcdata: &DIR_GCDATA as *const [u8; 1] as *const u8,
    ..Type::scalar(0, 8, kind::UNSAFE_POINTER)
};

/// How an operation hashes and compares keys: [`GenericKey`] goes through
/// the map type's key algorithm; the fast paths (`runtime_fast64.rs` and
/// the others) instantiate the same probing code with their own, fixed
/// algorithm. Every implementation must agree with `alg::keyhash` and
/// `alg::keyequal` for the maps it is used on.
pub trait KeyOps {
    /// Small maps compare keys directly instead of hashing (cheap keys).
    const SCAN_SMALL: bool = false;
    /// # Safety
    /// `key` points to a key of the map's key type.
    unsafe fn hash(mt: &MapType, key: *const u8, seed: usize) -> usize;
    /// # Safety
    /// Both point to keys of the map's key type.
    unsafe fn equal(mt: &MapType, a: *const u8, b: *const u8) -> bool;
}

/// The slot of group `g` whose control byte is `h2` and whose key equals
/// `*key`: the probe step of every lookup, insert and delete.
#[inline(always)]
pub(super) fn find_in_group<K: KeyOps>(
    mt: &MapType,
    g: GroupRef,
    h2: usize,
    key: *const u8,
) -> Option<usize> {
    let mut m = g.ctrls().match_h2(h2);
    while !m.is_empty() {
        let i = m.first();
        if unsafe { K::equal(mt, key, g.key_ptr(mt, i)) } {
            return Some(i);
        }
        m = m.remove_first();
    }
    None
}

/// Keys hashed and compared by the map type's key algorithm.
pub struct GenericKey;

impl KeyOps for GenericKey {
    #[inline(always)]
    unsafe fn hash(mt: &MapType, key: *const u8, seed: usize) -> usize {
        unsafe { keyhash(mt, key, seed) }
    }
    #[inline(always)]
    unsafe fn equal(mt: &MapType, a: *const u8, b: *const u8) -> bool {
        unsafe { keyequal(mt, a, b) }
    }
}

fn depth_to_shift(depth: u8) -> u8 {
    64 - depth
}

/// `make(map[K]V, hint)`: room for `hint` entries without growing (no
/// groups at all up to 8). Hints too large to allocate give an empty map.
pub fn new_map(mt: &MapType, hint: usize) -> *mut Map {
    let m = new_empty_map();
    if hint <= MAP_GROUP_SLOTS {
        return m;
    }
    let Some(target) = hint.checked_mul(MAP_GROUP_SLOTS) else {
        return m;
    };
    let target = target / super::table::MAX_AVG_GROUP_LOAD as usize;
    let max_cap = super::table::MAX_TABLE_CAPACITY as u64;
    let Some(dir_size) = align_up_pow2((target as u64).div_ceil(max_cap)) else {
        return m;
    };
    let Some(groups) = dir_size.checked_mul(max_cap) else {
        return m;
    };
    match groups.checked_mul(mt.group_size as u64) {
        Some(mem) if mem <= crate::mheap::MAX_ALLOC as u64 => {}
        _ => return m,
    }
    let mref = unsafe { &mut *m };
    mref.global_depth = dir_size.trailing_zeros() as u8;
    mref.global_shift = depth_to_shift(mref.global_depth);
    let dir = new_directory(dir_size as usize);
    for i in 0..dir_size as usize {
        let t = Table::new(mt, target as u64 / dir_size, i as isize, mref.global_depth);
        unsafe { *dir.add(i) = t };
    }
    mref.dir_ptr = dir as *mut u8;
    mref.dir_len = dir_size as isize;
    m
}

/// An empty map with its seed: `make(map[K]V)` and small hints.
pub fn new_empty_map() -> *mut Map {
    let m = crate::malloc::mallocgc(std::mem::size_of::<Map>(), &MAP_TYPE, true) as *mut Map;
    unsafe { (*m).seed = rand64() as usize };
    m
}

fn new_directory(n: usize) -> *mut *mut Table {
    crate::malloc::mallocgc(n * 8, &DIR_ENTRY_TYPE, true) as *mut *mut Table
}

/// The type that makes `*key` unhashable, if any (Go's mapKeyError): the
/// check lookups and deletes on empty maps still owe the program.
pub fn map_key_error(mt: &MapType, key: *const u8) -> Option<&'static Type> {
    if !mt.hash_might_panic() {
        return None;
    }
    unsafe { key_error(mt.key(), key) }
}

unsafe fn key_error(t: &Type, p: *const u8) -> Option<&'static Type> {
    unsafe {
        match t.kind() {
            kind::INTERFACE => {
                // Both interface layouts keep the type (or itab) first.
                let w = *(p as *const *const u8);
                if w.is_null() {
                    return None;
                }
                let dt: &'static Type = if t.interface_methods().is_empty() {
                    &*(w as *const Type)
                } else {
                    &*(*(w as *const crate::types::Itab)).typ
                };
                if !crate::alg::is_comparable(dt) {
                    return Some(dt);
                }
                let pdata = p.add(8) as *const *const u8;
                let dp = if dt.is_direct_iface() {
                    pdata as *const u8
                } else {
                    *pdata
                };
                key_error(dt, dp)
            }
            kind::ARRAY => {
                let e = t.elem()?;
                (0..t.array_len()).find_map(|i| key_error(e, p.add(i * e.size)))
            }
            kind::STRUCT => t.struct_fields().iter().find_map(|f| {
                if f.name.as_bytes() == b"_" {
                    None
                } else {
                    key_error(&*f.typ, p.add(f.offset))
                }
            }),
            _ => None,
        }
    }
}

/// Panics for an unhashable key found by [`map_key_error`].
#[cold]
pub fn unhashable_key(t: &Type) -> ! {
    crate::panic::gopanic_msg(
        crate::proc::getg(),
        format!("hash of unhashable type: {}", t.name()),
    )
}

impl Map {
    #[inline(always)]
    pub fn directory_index(&self, hash: usize) -> usize {
        if self.dir_len == 1 {
            0
        } else {
            hash >> (self.global_shift & 63)
        }
    }

    #[inline(always)]
    pub fn directory_at(&self, i: usize) -> *mut Table {
        unsafe { *(self.dir_ptr as *const *mut Table).add(i) }
    }

    fn directory_set(&mut self, i: usize, t: *mut Table) {
        unsafe { *(self.dir_ptr as *mut *mut Table).add(i) = t };
    }

    /// Installs `nt` in every directory entry of the table it replaces.
    pub(super) fn replace_table(&mut self, nt: *mut Table) {
        let (index, depth) = unsafe { ((*nt).index, (*nt).local_depth) };
        let entries = 1usize << (self.global_depth - depth);
        for i in 0..entries {
            self.directory_set(index as usize + i, nt);
        }
    }

    /// Installs the two halves of a split table (`old`, at directory
    /// index `old_index` with depth `old_depth`), doubling the directory
    /// first if the old table used all its bits. The old table itself is
    /// not written: it becomes stale.
    pub(super) fn install_table_split(
        &mut self,
        old: *const Table,
        old_index: isize,
        old_depth: u8,
        left: *mut Table,
        right: *mut Table,
    ) {
        let mut old_index = old_index;
        if old_depth == self.global_depth {
            let n = self.dir_len as usize;
            let new_dir = new_directory(2 * n);
            for i in 0..n {
                let t = self.directory_at(i);
                unsafe {
                    *new_dir.add(2 * i) = t;
                    *new_dir.add(2 * i + 1) = t;
                    // A table filling several entries is seen several
                    // times; its index is its first entry's.
                    if !std::ptr::eq(t, old) && (*t).index == i as isize {
                        (*t).index = 2 * i as isize;
                    }
                }
            }
            old_index *= 2;
            self.global_depth += 1;
            self.global_shift -= 1;
            self.dir_ptr = new_dir as *mut u8;
            self.dir_len = 2 * n as isize;
        }
        unsafe {
            (*left).index = old_index;
            self.replace_table(left);
            let entries = 1isize << (self.global_depth - (*left).local_depth);
            (*right).index = old_index + entries;
            self.replace_table(right);
        }
    }

    /// The stored key and element equal to `*key`.
    pub fn get_with_key(&self, mt: &MapType, key: *const u8) -> Option<(*mut u8, *mut u8)> {
        self.get_k::<GenericKey>(mt, key)
    }

    /// The element of `*key` (Go's Get).
    #[inline]
    pub fn get(&self, mt: &MapType, key: *const u8) -> Option<*mut u8> {
        self.get_k::<GenericKey>(mt, key).map(|(_, e)| e)
    }

    /// Lookup with key operations `K`: the stored key and element.
    #[inline(always)]
    pub fn get_k<K: KeyOps>(&self, mt: &MapType, key: *const u8) -> Option<(*mut u8, *mut u8)> {
        if self.used == 0 {
            return None;
        }
        if self.writing != 0 {
            crate::panic::fatal("concurrent map read and map write");
        }
        if self.dir_len == 0 {
            if K::SCAN_SMALL {
                return self.scan_small::<K>(mt, key);
            }
            let hash = unsafe { K::hash(mt, key, self.seed) };
            return self.get_with_key_small::<K>(mt, hash, key);
        }
        let hash = unsafe { K::hash(mt, key, self.seed) };
        let t = self.directory_at(self.directory_index(hash));
        unsafe { (*t).get_with_key::<K>(mt, hash, key) }
    }

    #[inline(always)]
    fn get_with_key_small<K: KeyOps>(
        &self,
        mt: &MapType,
        hash: usize,
        key: *const u8,
    ) -> Option<(*mut u8, *mut u8)> {
        let g = GroupRef { data: self.dir_ptr };
        let i = find_in_group::<K>(mt, g, h2(hash), key)?;
        Some((g.key_ptr(mt, i), g.elem_ptr(mt, i)))
    }

    /// A small map's lookup by comparing every full slot's key (no hash).
    #[inline(always)]
    fn scan_small<K: KeyOps>(&self, mt: &MapType, key: *const u8) -> Option<(*mut u8, *mut u8)> {
        let g = GroupRef { data: self.dir_ptr };
        let mut full = g.ctrls().match_full();
        let mut i = 0;
        while !full.is_empty() {
            if full.lowest_set() {
                let k = g.key_ptr(mt, i);
                if unsafe { K::equal(mt, key, k) } {
                    return Some((k, g.elem_ptr(mt, i)));
                }
            }
            full = full.shift_out_lowest();
            i += 1;
        }
        None
    }

    /// The element slot for `*key`, inserted (zero) if absent (Go's
    /// PutSlot; `m[k] = v` writes the element through it).
    pub fn put_slot(&mut self, mt: &MapType, key: *const u8) -> *mut u8 {
        self.put_slot_k::<GenericKey>(mt, key)
    }

    /// As [`Map::put_slot`] with key operations `K`.
    #[inline(always)]
    pub fn put_slot_k<K: KeyOps>(&mut self, mt: &MapType, key: *const u8) -> *mut u8 {
        if self.writing != 0 {
            crate::panic::fatal("concurrent map writes");
        }
        let hash = unsafe { K::hash(mt, key, self.seed) };
        self.writing ^= 1;
        if self.dir_ptr.is_null() {
            self.grow_to_small(mt);
        }
        let elem = if self.dir_len == 0 {
            match self.put_slot_small::<K>(mt, hash, key) {
                Some(e) => e,
                None => {
                    let t = self.grow_to_table(mt);
                    let e = unsafe { (*t).unchecked_put_slot_for_assign(mt, hash, key) };
                    self.used += 1;
                    e
                }
            }
        } else {
            loop {
                let t = self.directory_at(self.directory_index(hash));
                if let Some(e) = unsafe { (*t).put_slot::<K>(mt, self, hash, key) } {
                    break e;
                }
            }
        };
        if self.writing == 0 {
            crate::panic::fatal("concurrent map writes");
        }
        self.writing ^= 1;
        elem
    }

    #[inline(always)]
    fn put_slot_small<K: KeyOps>(
        &mut self,
        mt: &MapType,
        hash: usize,
        key: *const u8,
    ) -> Option<*mut u8> {
        let g = GroupRef { data: self.dir_ptr };
        if let Some(i) = find_in_group::<K>(mt, g, h2(hash), key) {
            if mt.need_key_update() {
                typedmemmove(mt.key, g.key_ptr(mt, i), key);
            }
            return Some(g.elem_ptr(mt, i));
        }
        // No tombstones in small maps: empty-or-deleted is empty.
        let m = g.ctrls().match_empty_or_deleted();
        if m.is_empty() {
            return None;
        }
        let e = super::table::fill_slot(mt, g, m.first(), h2(hash), key);
        self.used += 1;
        Some(e)
    }

    fn grow_to_small(&mut self, mt: &MapType) {
        let groups = GroupsRef::new(mt, 1);
        self.dir_ptr = groups.data;
        GroupRef { data: self.dir_ptr }.set_empty();
    }

    /// Moves a full small map's group into a table of 16 slots.
    fn grow_to_table(&mut self, mt: &MapType) -> *mut Table {
        let t = Table::new(mt, 2 * MAP_GROUP_SLOTS as u64, 0, 0);
        let g = GroupRef { data: self.dir_ptr };
        for i in 0..MAP_GROUP_SLOTS {
            if g.ctrl(i) & CTRL_EMPTY == CTRL_EMPTY {
                continue;
            }
            let k = g.key_ptr(mt, i);
            let e = g.elem_ptr(mt, i);
            let hash = unsafe { keyhash(mt, k, self.seed) };
            unsafe { (*t).unchecked_put_slot(mt, hash, k, e) };
        }
        let dir = new_directory(1);
        unsafe { *dir = t };
        self.dir_ptr = dir as *mut u8;
        self.dir_len = 1;
        self.global_depth = 0;
        self.global_shift = depth_to_shift(0);
        t
    }

    /// `delete(m, *key)`.
    pub fn delete(&mut self, mt: &MapType, key: *const u8) {
        self.delete_k::<GenericKey>(mt, key)
    }

    /// As [`Map::delete`] with key operations `K`.
    #[inline(always)]
    pub fn delete_k<K: KeyOps>(&mut self, mt: &MapType, key: *const u8) {
        if self.used == 0 {
            if let Some(t) = map_key_error(mt, key) {
                unhashable_key(t);
            }
            return;
        }
        if self.writing != 0 {
            crate::panic::fatal("concurrent map writes");
        }
        let hash = unsafe { K::hash(mt, key, self.seed) };
        self.writing ^= 1;
        if self.dir_len == 0 {
            self.delete_small::<K>(mt, hash, key);
        } else {
            let t = self.directory_at(self.directory_index(hash));
            if unsafe { (*t).delete::<K>(mt, self, hash, key) } {
                self.tombstone_possible = true;
            }
        }
        if self.used == 0 {
            // Harder to aim collisions at a map that keeps changing seed.
            self.seed = rand64() as usize;
        }
        if self.writing == 0 {
            crate::panic::fatal("concurrent map writes");
        }
        self.writing ^= 1;
    }

    fn delete_small<K: KeyOps>(&mut self, mt: &MapType, hash: usize, key: *const u8) {
        let g = GroupRef { data: self.dir_ptr };
        if let Some(i) = find_in_group::<K>(mt, g, h2(hash), key) {
            self.used -= 1;
            super::table::clear_slot(mt, g, i);
            // One group: its slots are reusable at once.
            g.set_ctrl(i, CTRL_EMPTY);
        }
    }

    /// `clear(m)`.
    pub fn clear(&mut self, mt: &MapType) {
        if self.used == 0 && !self.tombstone_possible {
            return;
        }
        if self.writing != 0 {
            crate::panic::fatal("concurrent map writes");
        }
        self.writing ^= 1;
        if self.dir_len == 0 {
            let g = GroupRef { data: self.dir_ptr };
            typedmemclr(mt.group, g.data);
            g.set_empty();
            self.used = 0;
        } else {
            let mut last: *mut Table = std::ptr::null_mut();
            for i in 0..self.dir_len as usize {
                let t = self.directory_at(i);
                if t == last {
                    continue;
                }
                unsafe { (*t).clear(mt) };
                last = t;
            }
            self.used = 0;
            self.tombstone_possible = false;
        }
        self.clear_seq += 1;
        self.seed = rand64() as usize;
        if self.writing == 0 {
            crate::panic::fatal("concurrent map writes");
        }
        self.writing ^= 1;
    }

    /// A copy of the map with the same shape (maps.Clone).
    pub fn clone_map(&self, mt: &MapType) -> *mut Map {
        if self.writing != 0 {
            crate::panic::fatal("concurrent map clone and map write");
        }
        let m2 = crate::malloc::mallocgc(std::mem::size_of::<Map>(), &MAP_TYPE, true) as *mut Map;
        unsafe {
            std::ptr::copy_nonoverlapping(self as *const Map, m2, 1);
            let m2 = &mut *m2;
            if self.dir_ptr.is_null() {
                // Nothing allocated yet.
            } else if self.dir_len == 0 {
                let ng = GroupsRef::new(mt, 1);
                clone_group(
                    mt,
                    GroupRef { data: ng.data },
                    GroupRef { data: self.dir_ptr },
                );
                m2.dir_ptr = ng.data;
            } else {
                let n = self.dir_len as usize;
                let nd = new_directory(n);
                for i in 0..n {
                    let t = self.directory_at(i);
                    if i > 0 && t == self.directory_at(i - 1) {
                        *nd.add(i) = *nd.add(i - 1);
                        continue;
                    }
                    *nd.add(i) = (*t).clone_table(mt);
                }
                m2.dir_ptr = nd as *mut u8;
            }
        }
        m2 as *const Map as *mut Map
    }
}
