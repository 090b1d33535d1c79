//! Groups of slots and their control words (Go's `maps/group.go`).
//!
//! A group is `{ctrl u64; slots [8]{key, elem}}`. Control byte i says
//! what slot i holds:
//!
//! ```text
//!   empty:   1000_0000
//!   deleted: 1111_1110   (a tombstone)
//!   full:    0hhh_hhhh   (h: the key hash's low 7 bits, H2)
//! ```
//!
//! A [`Bitset`] is a set of slots with one byte per slot, 0x80 when the slot
//! is in the set, so that all eight control bytes are matched at once with
//! word arithmetic (no SIMD).

use crate::types::{MAP_GROUP_SLOTS, MapType};

pub const CTRL_EMPTY: u8 = 0b1000_0000;
pub const CTRL_DELETED: u8 = 0b1111_1110;

const BITSET_LSB: u64 = 0x0101_0101_0101_0101;
const BITSET_MSB: u64 = 0x8080_8080_8080_8080;
const BITSET_EMPTY: u64 = BITSET_LSB * CTRL_EMPTY as u64;

/// Slots of a group, one byte each (0x80: in the set).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bitset(pub u64);

impl Bitset {
    #[inline(always)]
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
    /// The first slot in the set. The set must not be empty.
    #[inline(always)]
    pub fn first(self) -> usize {
        (self.0.trailing_zeros() >> 3) as usize
    }
    #[inline(always)]
    pub fn remove_first(self) -> Bitset {
        Bitset(self.0 & self.0.wrapping_sub(1))
    }
    /// The set without the slots below `i`.
    #[inline(always)]
    pub fn remove_below(self, i: usize) -> Bitset {
        let mask = (1u64 << (8 * i as u64)).wrapping_sub(1);
        Bitset(self.0 & !mask)
    }
    /// Whether slot 0 is in the set (with `shift_out_lowest`, walks all slots).
    #[inline(always)]
    pub fn lowest_set(self) -> bool {
        self.0 & 0x80 != 0
    }
    #[inline(always)]
    pub fn shift_out_lowest(self) -> Bitset {
        Bitset(self.0 >> 8)
    }
    pub fn count(self) -> usize {
        self.0.count_ones() as usize
    }
}

/// The eight control bytes of a group, little-endian in one word.
#[derive(Clone, Copy, Debug)]
pub struct CtrlGroup(pub u64);

impl CtrlGroup {
    #[inline(always)]
    pub fn get(self, i: usize) -> u8 {
        (self.0 >> (8 * i)) as u8
    }
    /// Full slots whose H2 is `h` (rare false positives, never on empty or
    /// deleted slots: callers compare keys anyway).
    #[inline(always)]
    pub fn match_h2(self, h: usize) -> Bitset {
        let v = self.0 ^ BITSET_LSB.wrapping_mul(h as u64);
        Bitset((v.wrapping_sub(BITSET_LSB) & !v) & BITSET_MSB)
    }
    /// Empty slots: bit 7 set and bit 1 clear.
    #[inline(always)]
    pub fn match_empty(self) -> Bitset {
        let v = self.0;
        Bitset((v & !(v << 6)) & BITSET_MSB)
    }
    /// Empty or deleted slots: bit 7 set.
    #[inline(always)]
    pub fn match_empty_or_deleted(self) -> Bitset {
        Bitset(self.0 & BITSET_MSB)
    }
    /// Full slots: bit 7 clear.
    #[inline(always)]
    pub fn match_full(self) -> Bitset {
        Bitset(!self.0 & BITSET_MSB)
    }
    #[inline(always)]
    pub fn any_full(self) -> bool {
        !self.0 & BITSET_MSB != 0
    }
}

/// A reference to one group in map memory.
#[derive(Clone, Copy, Debug)]
pub struct GroupRef {
    pub data: *mut u8,
}

impl GroupRef {
    pub const NULL: GroupRef = GroupRef {
        data: std::ptr::null_mut(),
    };

    #[inline(always)]
    pub fn ctrls(self) -> CtrlGroup {
        CtrlGroup(unsafe { (self.data as *const u64).read() })
    }
    #[inline(always)]
    pub fn ctrl(self, i: usize) -> u8 {
        unsafe { *self.data.add(i) }
    }
    #[inline(always)]
    pub fn set_ctrl(self, i: usize, c: u8) {
        unsafe { *self.data.add(i) = c };
    }
    #[inline(always)]
    pub fn set_empty(self) {
        unsafe { (self.data as *mut u64).write(BITSET_EMPTY) };
    }
    /// The key slot `i` (for indirect keys, the slot holding the pointer).
    #[inline(always)]
    pub fn key(self, mt: &MapType, i: usize) -> *mut u8 {
        unsafe { self.data.add(8 + i * mt.slot_size) }
    }
    /// The element slot `i` (for indirect elements, the slot holding the
    /// pointer).
    #[inline(always)]
    pub fn elem(self, mt: &MapType, i: usize) -> *mut u8 {
        unsafe { self.data.add(8 + i * mt.slot_size + mt.elem_off) }
    }
    /// The key of slot `i` itself (through the pointer if indirect).
    #[inline(always)]
    pub fn key_ptr(self, mt: &MapType, i: usize) -> *mut u8 {
        let k = self.key(mt, i);
        if mt.indirect_key() {
            unsafe { *(k as *const *mut u8) }
        } else {
            k
        }
    }
    /// The element of slot `i` itself (through the pointer if indirect).
    #[inline(always)]
    pub fn elem_ptr(self, mt: &MapType, i: usize) -> *mut u8 {
        let e = self.elem(mt, i);
        if mt.indirect_elem() {
            unsafe { *(e as *const *mut u8) }
        } else {
            e
        }
    }
}

/// An array of groups, a power of two long.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct GroupsRef {
    pub data: *mut u8,
    /// Number of groups minus one.
    pub length_mask: u64,
}

impl GroupsRef {
    /// Allocates `length` (a power of two) groups of the map's group type,
    /// so the collector sees their keys and elements. Control words are
    /// left zero (full-looking): callers set them empty.
    pub fn new(mt: &MapType, length: u64) -> GroupsRef {
        let data = crate::malloc::newarray(crate::proc::getg(), mt.group, length as isize);
        GroupsRef {
            data,
            length_mask: length - 1,
        }
    }
    #[inline(always)]
    pub fn group(self, mt: &MapType, i: u64) -> GroupRef {
        GroupRef {
            data: unsafe { self.data.add(i as usize * mt.group_size) },
        }
    }
}

/// Copies a group for a clone, deep-copying indirect keys and elements.
pub fn clone_group(mt: &MapType, new: GroupRef, old: GroupRef) {
    crate::malloc::typedmemmove(mt.group, new.data, old.data);
    let gp = crate::proc::getg();
    for i in 0..MAP_GROUP_SLOTS {
        if mt.indirect_key() {
            let old_k = unsafe { *(old.key(mt, i) as *const *mut u8) };
            if !old_k.is_null() {
                let k = crate::malloc::newobject(gp, mt.key);
                crate::malloc::typedmemmove(mt.key, k, old_k);
                unsafe { *(new.key(mt, i) as *mut *mut u8) = k };
            }
        }
        if mt.indirect_elem() {
            let old_e = unsafe { *(old.elem(mt, i) as *const *mut u8) };
            if !old_e.is_null() {
                let e = crate::malloc::newobject(gp, mt.elem);
                crate::malloc::typedmemmove(mt.elem, e, old_e);
                unsafe { *(new.elem(mt, i) as *mut *mut u8) = e };
            }
        }
    }
}

/// The groups a key visits (Go's probeSeq): triangular steps
/// `h, h+1, h+1+2, ...` modulo the group count, which visit every group
/// once when the count is a power of two.
#[derive(Clone, Copy, Debug)]
pub struct ProbeSeq {
    mask: u64,
    pub offset: u64,
    index: u64,
}

impl ProbeSeq {
    #[inline(always)]
    pub fn new(h1: usize, mask: u64) -> ProbeSeq {
        ProbeSeq {
            mask,
            offset: h1 as u64 & mask,
            index: 0,
        }
    }
    #[inline(always)]
    pub fn next(&mut self) {
        self.index += 1;
        self.offset = (self.offset + self.index) & self.mask;
    }
}

/// The upper 57 bits of a hash: where probing starts.
#[inline(always)]
pub fn h1(h: usize) -> usize {
    h >> 7
}

/// The lower 7 bits of a hash: a full slot's control byte.
#[inline(always)]
pub fn h2(h: usize) -> usize {
    h & 0x7f
}

/// `n` rounded up to a power of two (None on overflow).
pub fn align_up_pow2(n: u64) -> Option<u64> {
    if n == 0 {
        return Some(0);
    }
    n.checked_next_power_of_two()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctrls(bytes: [u8; 8]) -> CtrlGroup {
        CtrlGroup(u64::from_le_bytes(bytes))
    }

    fn slots(b: Bitset) -> Vec<usize> {
        let mut v = Vec::new();
        let mut b = b;
        while !b.is_empty() {
            v.push(b.first());
            b = b.remove_first();
        }
        v
    }

    #[test]
    fn control_word_matches() {
        let e = CTRL_EMPTY;
        let d = CTRL_DELETED;
        let g = ctrls([0x12, e, 0x05, d, 0x12, e, 0x7f, 0x00]);
        assert_eq!(slots(g.match_h2(0x12)), vec![0, 4]);
        assert_eq!(slots(g.match_h2(0x7f)), vec![6]);
        assert_eq!(slots(g.match_h2(0x00)), vec![7]);
        assert_eq!(slots(g.match_empty()), vec![1, 5]);
        assert_eq!(slots(g.match_empty_or_deleted()), vec![1, 3, 5]);
        assert_eq!(slots(g.match_full()), vec![0, 2, 4, 6, 7]);
        assert!(g.any_full());
        assert!(!ctrls([e; 8]).any_full());
        assert_eq!(slots(g.match_full().remove_below(3)), vec![4, 6, 7]);
        // H2 matching never reports empty or deleted slots.
        for h in 0..128 {
            let m = ctrls([e, d, e, d, e, d, e, d]).match_h2(h);
            assert!(m.is_empty(), "h2 {h}");
        }
    }

    #[test]
    fn probe_sequence_visits_every_group_once() {
        for bits in 0..8 {
            let n = 1u64 << bits;
            let mut seen = vec![false; n as usize];
            let mut s = ProbeSeq::new(12345, n - 1);
            for _ in 0..n {
                assert!(!seen[s.offset as usize]);
                seen[s.offset as usize] = true;
                s.next();
            }
        }
    }
}
