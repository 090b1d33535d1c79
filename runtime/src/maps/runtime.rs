//! The map operations compiled code calls (Go's `maps/runtime.go` and
//! `runtime/map.go`): each takes the map type's [`MapType`], the map
//! (`*Map`, null for a nil map) and keys by address.
//!
//! Invariants:
//! - Lookups on a nil or empty map still check that the key is hashable
//!   (a `[]int` in an `any` key panics even there, as in Go).
//! - `mapaccess1` never returns null: a missing key gives [`ZEROVAL`]
//!   (compiled code uses `mapaccess1_fat` for elements larger than
//!   [`ZERO_VAL_SIZE`], passing its own zero value).
//! - `mapassign` returns the element slot to store into; on a nil map it
//!   panics with `assignment to entry in nil map`.

use super::iter::Iter;
use super::map::{Map, map_key_error, new_map, unhashable_key};
use crate::types::MapType;

/// Size of the shared zero value (Go's abi.ZeroValSize).
pub const ZERO_VAL_SIZE: usize = 1024;

#[repr(C, align(16))]
pub struct ZeroVal(pub [u8; ZERO_VAL_SIZE]);

/// Read-only zeros: the element of every missing key.
pub static ZEROVAL: ZeroVal = ZeroVal([0; ZERO_VAL_SIZE]);

#[inline(always)]
pub fn zeroval() -> *mut u8 {
    &ZEROVAL as *const ZeroVal as *mut u8
}

/// `make(map[K]V, hint)`; a negative hint counts as 0, as in Go.
pub fn makemap(mt: &MapType, hint: i64) -> *mut Map {
    new_map(mt, hint.max(0) as usize)
}

/// `make(map[K]V)` or a hint known to be at most 8.
pub fn makemap_small() -> *mut Map {
    super::map::new_empty_map()
}

#[inline]
fn check_key(mt: &MapType, key: *const u8) {
    if let Some(t) = map_key_error(mt, key) {
        unhashable_key(t);
    }
}

/// `m[key]`: the element, or zeros if absent.
#[inline]
pub fn mapaccess1(mt: &MapType, m: *mut Map, key: *const u8) -> *mut u8 {
    mapaccess2(mt, m, key).0
}

/// `v, ok := m[key]`.
#[inline]
pub fn mapaccess2(mt: &MapType, m: *mut Map, key: *const u8) -> (*mut u8, bool) {
    match unsafe { m.as_ref() } {
        Some(mr) if mr.used != 0 => match mr.get(mt, key) {
            Some(e) => (e, true),
            None => (zeroval(), false),
        },
        _ => {
            check_key(mt, key);
            (zeroval(), false)
        }
    }
}

/// As [`mapaccess2`] with the caller's zero value for large elements.
pub fn mapaccess2_fat(mt: &MapType, m: *mut Map, key: *const u8, zero: *mut u8) -> (*mut u8, bool) {
    let (e, ok) = mapaccess2(mt, m, key);
    if ok { (e, true) } else { (zero, false) }
}

/// `m[key] = ...`: the slot to store the element into.
#[inline]
pub fn mapassign(mt: &MapType, m: *mut Map, key: *const u8) -> *mut u8 {
    let Some(mr) = (unsafe { m.as_mut() }) else {
        crate::panic::panic_runtime(crate::panic::RuntimeError::AssignmentToEntryInNilMap);
    };
    mr.put_slot(mt, key)
}

/// `delete(m, key)`.
pub fn mapdelete(mt: &MapType, m: *mut Map, key: *const u8) {
    match unsafe { m.as_mut() } {
        Some(mr) => mr.delete(mt, key),
        None => check_key(mt, key),
    }
}

/// `clear(m)`.
pub fn mapclear(mt: &MapType, m: *mut Map) {
    if let Some(mr) = unsafe { m.as_mut() } {
        mr.clear(mt);
    }
}

/// A copy of `m` (nil for nil): maps.Clone.
pub fn mapclone(mt: &MapType, m: *mut Map) -> *mut Map {
    match unsafe { m.as_ref() } {
        Some(mr) => mr.clone_map(mt),
        None => std::ptr::null_mut(),
    }
}

/// Starts `for k, v := range m` and advances to the first entry.
pub fn mapiterinit(mt: &MapType, m: *mut Map, it: &mut Iter) {
    it.init(mt, m);
    it.next();
}

/// Advances a range loop's iterator.
#[inline]
pub fn mapiternext(it: &mut Iter) {
    it.next();
}

/// `len(m)`.
#[inline]
pub fn maplen(m: *const Map) -> i64 {
    match unsafe { m.as_ref() } {
        Some(mr) => mr.used as i64,
        None => 0,
    }
}
