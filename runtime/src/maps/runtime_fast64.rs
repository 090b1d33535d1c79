//! Map operations for 8-byte plain-memory keys (`int`, `int64`, `uint64`,
//! pointers, ...; Go's `runtime_fast64.go`): the general probing code
//! instantiated with a fixed hash and a word compare. Only for maps whose
//! `key_alg` is `MEM64` and whose elements are stored inline.

use super::map::{KeyOps, Map};
use super::runtime::zeroval;
use crate::alg::memhash64;
use crate::types::MapType;

pub struct Fast64;

impl KeyOps for Fast64 {
    const SCAN_SMALL: bool = true;
    #[inline(always)]
    unsafe fn hash(_: &MapType, key: *const u8, seed: usize) -> usize {
        memhash64(unsafe { (key as *const u64).read_unaligned() }, seed)
    }
    #[inline(always)]
    unsafe fn equal(_: &MapType, a: *const u8, b: *const u8) -> bool {
        unsafe { (a as *const u64).read_unaligned() == (b as *const u64).read_unaligned() }
    }
}

#[inline]
pub fn mapaccess2_fast64(mt: &MapType, m: *mut Map, key: u64) -> (*mut u8, bool) {
    match unsafe { m.as_ref() } {
        Some(mr) => match mr.get_k::<Fast64>(mt, &key as *const u64 as *const u8) {
            Some((_, e)) => (e, true),
            None => (zeroval(), false),
        },
        None => (zeroval(), false),
    }
}

#[inline]
pub fn mapassign_fast64(mt: &MapType, m: *mut Map, key: u64) -> *mut u8 {
    let Some(mr) = (unsafe { m.as_mut() }) else {
        crate::panic::panic_runtime(crate::panic::RuntimeError::AssignmentToEntryInNilMap);
    };
    mr.put_slot_k::<Fast64>(mt, &key as *const u64 as *const u8)
}

#[inline]
pub fn mapdelete_fast64(mt: &MapType, m: *mut Map, key: u64) {
    if let Some(mr) = unsafe { m.as_mut() } {
        mr.delete_k::<Fast64>(mt, &key as *const u64 as *const u8);
    }
}
