//! Size classes, Go's `internal/runtime/gc/sizeclasses.go`.
//!
//! Small objects (up to `MAX_SMALL_SIZE` = 32 KiB) are rounded up to one of
//! 67 size classes (class 0 means "large object, own span"). Each class has
//! an object size and a span size in 8 KiB pages. The two columns
//! `CLASS_TO_SIZE` and `CLASS_TO_NPAGES` are Go's table (class → bytes/obj,
//! bytes/span), which is data every Go program's capacities depend on
//! (`cap` after `append` is the class size divided by the element size), so
//! it must be Go's exactly. Everything else (the size → class lookups and
//! the division magic) is computed from those two columns at compile time.
//!
//! Invariants:
//! - `CLASS_TO_SIZE` is strictly increasing; every class size is a multiple
//!   of 8, and of 16 from 32 bytes on (so objects over 24 bytes are
//!   16-byte aligned).
//! - `size_to_class(n)` is the smallest class whose size is >= n, for
//!   1 <= n <= MAX_SMALL_SIZE.
//! - `CLASS_TO_DIVMAGIC[c]` computes `off / size` exactly as
//!   `(off * magic) >> 32` for every `off` in `[0, npages * PAGE_SIZE]`
//!   (Go's `computeDivMagic` argument; checked by a unit test).
//! - The size 512 (`MIN_SIZE_FOR_MALLOC_HEADER`) is a class boundary, so
//!   `heap_bits_in_span` gives the same answer for a size and its class size.

pub const MIN_HEAP_ALIGN: usize = 8;
pub const MAX_SMALL_SIZE: usize = 32768;
pub const SMALL_SIZE_DIV: usize = 8;
pub const SMALL_SIZE_MAX: usize = 1024;
pub const LARGE_SIZE_DIV: usize = 128;
pub const NUM_SIZE_CLASSES: usize = 68;
pub const PAGE_SHIFT: usize = 13;
pub const PAGE_SIZE: usize = 1 << PAGE_SHIFT;
pub const MAX_OBJS_PER_SPAN: usize = 1024;
pub const MAX_SIZE_CLASS_NPAGES: usize = 10;
pub const TINY_SIZE: usize = 16;
pub const TINY_SIZE_CLASS: usize = 2;

/// A malloc header is one `*Type` word before the object (see mbitmap.rs).
pub const MALLOC_HEADER_SIZE: usize = 8;
/// Objects larger than this (exclusive) that hold pointers carry a malloc
/// header; smaller ones have their pointer bitmap at the end of the span.
/// 64 words: one bitmap word covers a whole object.
pub const MIN_SIZE_FOR_MALLOC_HEADER: usize = 8 * 64;

/// Bytes per object of each class (class 0: large objects).
pub static CLASS_TO_SIZE: [u16; NUM_SIZE_CLASSES] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
    2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];

/// Pages per span of each class.
pub static CLASS_TO_NPAGES: [u8; NUM_SIZE_CLASSES] = [
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3, 4, 5, 6, 1, 7, 6, 5, 4, 3, 5, 7, 2, 9, 7, 5, 8,
    3, 10, 7, 4,
];

/// `^0u32 / size + 1`: `(off * magic) >> 32 == off / size` for offsets
/// within a span.
pub static CLASS_TO_DIVMAGIC: [u32; NUM_SIZE_CLASSES] = {
    let mut t = [0u32; NUM_SIZE_CLASSES];
    let mut c = 1;
    while c < NUM_SIZE_CLASSES {
        t[c] = u32::MAX / CLASS_TO_SIZE[c] as u32 + 1;
        c += 1;
    }
    t
};

const fn smallest_class_at_least(size: usize) -> u8 {
    let mut c = 0;
    while c < NUM_SIZE_CLASSES {
        if CLASS_TO_SIZE[c] as usize >= size {
            return c as u8;
        }
        c += 1;
    }
    panic!("size beyond the largest class")
}

/// Class of sizes `(i-1)*8+1 ..= i*8`, for sizes up to `SMALL_SIZE_MAX`.
pub static SIZE_TO_CLASS8: [u8; SMALL_SIZE_MAX / SMALL_SIZE_DIV + 1] = {
    let mut t = [0u8; SMALL_SIZE_MAX / SMALL_SIZE_DIV + 1];
    let mut i = 0;
    while i < t.len() {
        t[i] = smallest_class_at_least(i * SMALL_SIZE_DIV);
        i += 1;
    }
    t
};

/// Class of sizes `SMALL_SIZE_MAX + (i-1)*128+1 ..= SMALL_SIZE_MAX + i*128`.
pub static SIZE_TO_CLASS128: [u8; (MAX_SMALL_SIZE - SMALL_SIZE_MAX) / LARGE_SIZE_DIV + 1] = {
    let mut t = [0u8; (MAX_SMALL_SIZE - SMALL_SIZE_MAX) / LARGE_SIZE_DIV + 1];
    let mut i = 0;
    while i < t.len() {
        t[i] = smallest_class_at_least(SMALL_SIZE_MAX + i * LARGE_SIZE_DIV);
        i += 1;
    }
    t
};

/// The size class of a small allocation of `size` bytes (1..=32768), with
/// the two lookups Go's mallocgc uses.
#[inline(always)]
pub fn size_to_class(size: usize) -> usize {
    if size <= SMALL_SIZE_MAX - 8 {
        SIZE_TO_CLASS8[size.div_ceil(SMALL_SIZE_DIV)] as usize
    } else {
        // Sizes 1017..=1023 wrap around to index 0 (class 1024), as in Go.
        let i = size
            .wrapping_sub(SMALL_SIZE_MAX)
            .wrapping_add(LARGE_SIZE_DIV - 1)
            / LARGE_SIZE_DIV;
        SIZE_TO_CLASS128[i] as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_give_smallest_class_at_least_size() {
        for size in 1..=MAX_SMALL_SIZE {
            let c = size_to_class(size);
            assert!(CLASS_TO_SIZE[c] as usize >= size, "size {size}");
            assert!((CLASS_TO_SIZE[c - 1] as usize) < size, "size {size}");
        }
    }

    #[test]
    fn div_magic_is_exact_within_a_span() {
        for c in 1..NUM_SIZE_CLASSES {
            let size = CLASS_TO_SIZE[c] as u64;
            let span = CLASS_TO_NPAGES[c] as u64 * PAGE_SIZE as u64;
            for off in 0..=span {
                let q = (off * CLASS_TO_DIVMAGIC[c] as u64) >> 32;
                assert_eq!(q, off / size, "class {c} off {off}");
            }
        }
    }

    #[test]
    fn table_shape() {
        let mut prev = 0;
        for c in 1..NUM_SIZE_CLASSES {
            let s = CLASS_TO_SIZE[c] as usize;
            assert!(s > prev && s.is_multiple_of(8));
            if s >= 32 {
                assert_eq!(s % 16, 0);
            }
            let objs = CLASS_TO_NPAGES[c] as usize * PAGE_SIZE / s;
            assert!((1..=MAX_OBJS_PER_SPAN).contains(&objs));
            assert!(CLASS_TO_NPAGES[c] as usize <= MAX_SIZE_CLASS_NPAGES);
            prev = s;
        }
        assert_eq!(prev, MAX_SMALL_SIZE);
        assert!(CLASS_TO_SIZE.contains(&(MIN_SIZE_FOR_MALLOC_HEADER as u16)));
        assert_eq!(
            CLASS_TO_SIZE[TINY_SIZE_CLASS] as usize, TINY_SIZE,
            "tiny blocks are one class-2 object"
        );
    }
}
