//! Map operations for 4-byte plain-memory keys (`int32`, `uint32`, `rune`,
//! ...; Go's `runtime_fast32.go`). Only for maps whose `key_alg` is `MEM32`
//! and whose elements are stored inline.

use super::map::{KeyOps, Map};
use super::runtime::zeroval;
use crate::alg::memhash32;
use crate::types::MapType;

pub struct Fast32;

impl KeyOps for Fast32 {
    const SCAN_SMALL: bool = true;
    #[inline(always)]
    unsafe fn hash(_: &MapType, key: *const u8, seed: usize) -> usize {
        memhash32(unsafe { (key as *const u32).read_unaligned() }, seed)
    }
    #[inline(always)]
    unsafe fn equal(_: &MapType, a: *const u8, b: *const u8) -> bool {
        unsafe { (a as *const u32).read_unaligned() == (b as *const u32).read_unaligned() }
    }
}

#[inline]
pub fn mapaccess2_fast32(mt: &MapType, m: *mut Map, key: u32) -> (*mut u8, bool) {
    match unsafe { m.as_ref() } {
        Some(mr) => match mr.get_k::<Fast32>(mt, &key as *const u32 as *const u8) {
            Some((_, e)) => (e, true),
            None => (zeroval(), false),
        },
        None => (zeroval(), false),
    }
}

#[inline]
pub fn mapassign_fast32(mt: &MapType, m: *mut Map, key: u32) -> *mut u8 {
    let Some(mr) = (unsafe { m.as_mut() }) else {
        crate::panic::panic_runtime(crate::panic::RuntimeError::AssignmentToEntryInNilMap);
    };
    mr.put_slot_k::<Fast32>(mt, &key as *const u32 as *const u8)
}

#[inline]
pub fn mapdelete_fast32(mt: &MapType, m: *mut Map, key: u32) {
    if let Some(mr) = unsafe { m.as_mut() } {
        mr.delete_k::<Fast32>(mt, &key as *const u32 as *const u8);
    }
}
