//! Rounding of allocation sizes, Go's `msize.go`.
//!
//! Invariant: `roundupsize(n, noscan)` is the usable size of the block that
//! `mallocgc(n, typ, _)` hands out, where `noscan` says whether `typ` has no
//! pointers: the class size for small objects, minus the malloc header when
//! the object needs one (pointerful and larger than 512 bytes), and whole
//! pages for large objects. growslice and the string/slice builders round
//! capacities with it, which is how `cap()` comes to equal Go's.

use crate::sizeclasses::*;

#[inline]
pub fn roundupsize(size: usize, noscan: bool) -> usize {
    let mut req = size;
    if req <= MAX_SMALL_SIZE - MALLOC_HEADER_SIZE {
        // Small object.
        if !noscan && req > MIN_SIZE_FOR_MALLOC_HEADER {
            req += MALLOC_HEADER_SIZE;
        }
        // (req - size) is the header or 0; mallocgc adds it back.
        return CLASS_TO_SIZE[size_to_class(req)] as usize - (req - size);
    }
    // Large object: whole pages (no overflow past the address space).
    req = req.wrapping_add(PAGE_SIZE - 1);
    if req < size {
        return size;
    }
    req & !(PAGE_SIZE - 1)
}
