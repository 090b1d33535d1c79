//! Map operations for string keys (Go's `runtime_faststr.go`). Only for
//! maps whose `key_alg` is `STR` and whose elements are stored inline.
//! Small maps are scanned without hashing: a length compare rejects most
//! slots before any byte is read.

use super::map::{KeyOps, Map};
use super::runtime::zeroval;
use crate::alg::{strequal, strhash};
use crate::types::{GoString, MapType};

pub struct FastStr;

impl KeyOps for FastStr {
    const SCAN_SMALL: bool = true;
    #[inline(always)]
    unsafe fn hash(_: &MapType, key: *const u8, seed: usize) -> usize {
        strhash(unsafe { *(key as *const GoString) }, seed)
    }
    #[inline(always)]
    unsafe fn equal(_: &MapType, a: *const u8, b: *const u8) -> bool {
        unsafe { strequal(*(a as *const GoString), *(b as *const GoString)) }
    }
}

#[inline]
pub fn mapaccess2_faststr(mt: &MapType, m: *mut Map, key: GoString) -> (*mut u8, bool) {
    match unsafe { m.as_ref() } {
        Some(mr) => match mr.get_k::<FastStr>(mt, &key as *const GoString as *const u8) {
            Some((_, e)) => (e, true),
            None => (zeroval(), false),
        },
        None => (zeroval(), false),
    }
}

#[inline]
pub fn mapassign_faststr(mt: &MapType, m: *mut Map, key: GoString) -> *mut u8 {
    let Some(mr) = (unsafe { m.as_mut() }) else {
        crate::panic::panic_runtime(crate::panic::RuntimeError::AssignmentToEntryInNilMap);
    };
    mr.put_slot_k::<FastStr>(mt, &key as *const GoString as *const u8)
}

#[inline]
pub fn mapdelete_faststr(mt: &MapType, m: *mut Map, key: GoString) {
    if let Some(mr) = unsafe { m.as_mut() } {
        mr.delete_k::<FastStr>(mt, &key as *const GoString as *const u8);
    }
}
