//! Allocation of Go-visible objects. Everything the program can reach (channels,
//! timer channels, closures the runtime makes) is allocated through `mallocgc`
//! so the size-classed allocator and the GC of a later issue can take over.
//! For now it uses the system allocator and never frees.
//!
//! Invariants: results are 16-byte aligned and zeroed when `needzero`.

use crate::types::Type;

pub fn mallocgc(size: usize, typ: *const Type, needzero: bool) -> *mut u8 {
    let align = if typ.is_null() {
        16
    } else {
        unsafe { ((*typ).align as usize).clamp(16, 4096) }
    };
    let layout =
        std::alloc::Layout::from_size_align(size.max(1), align).expect("mallocgc: bad size");
    let p = unsafe {
        if needzero {
            std::alloc::alloc_zeroed(layout)
        } else {
            std::alloc::alloc(layout)
        }
    };
    if p.is_null() {
        crate::panic::throw("out of memory");
    }
    p
}
