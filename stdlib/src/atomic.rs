//! Package sync/atomic's natives: the package-level functions, each a
//! sequentially consistent operation on the machine's atomic instructions
//! (as Go's are on amd64), plus a yield for Value's spin-wait. The typed
//! values (Int32, Bool, Pointer[T], ...) and Value are Go code over these
//! (`stdlib/go/sync/atomic`).
//!
//! Arguments arrive as full words (the convention widens them); 32-bit
//! operations use the low half and return their result zero-extended,
//! which the JIT truncates to the Go type. A nil address panics with Go's
//! nil-dereference error.

use crate::native::Native;
use gorun_runtime::runtime2::G;
use std::sync::atomic::Ordering::SeqCst;
use std::sync::atomic::{AtomicU32, AtomicU64};

fn at32<'a>(g: *mut G, p: *const AtomicU32) -> &'a AtomicU32 {
    if p.is_null() {
        gorun_runtime::panic::gorun_panic_nil(g);
    }
    // SAFETY: Go passes the address of a live 32-bit variable.
    unsafe { &*p }
}

fn at64<'a>(g: *mut G, p: *const AtomicU64) -> &'a AtomicU64 {
    if p.is_null() {
        gorun_runtime::panic::gorun_panic_nil(g);
    }
    // SAFETY: Go passes the address of a live 64-bit variable.
    unsafe { &*p }
}

extern "C" fn load32(g: *mut G, p: *const AtomicU32) -> u64 {
    u64::from(at32(g, p).load(SeqCst))
}
extern "C" fn store32(g: *mut G, p: *const AtomicU32, v: u64) {
    at32(g, p).store(v as u32, SeqCst)
}
extern "C" fn swap32(g: *mut G, p: *const AtomicU32, v: u64) -> u64 {
    u64::from(at32(g, p).swap(v as u32, SeqCst))
}
extern "C" fn add32(g: *mut G, p: *const AtomicU32, d: u64) -> u64 {
    let d = d as u32;
    u64::from(at32(g, p).fetch_add(d, SeqCst).wrapping_add(d))
}
extern "C" fn and32(g: *mut G, p: *const AtomicU32, v: u64) -> u64 {
    u64::from(at32(g, p).fetch_and(v as u32, SeqCst))
}
extern "C" fn or32(g: *mut G, p: *const AtomicU32, v: u64) -> u64 {
    u64::from(at32(g, p).fetch_or(v as u32, SeqCst))
}
extern "C" fn cas32(g: *mut G, p: *const AtomicU32, old: u64, new: u64) -> u64 {
    at32(g, p)
        .compare_exchange(old as u32, new as u32, SeqCst, SeqCst)
        .is_ok() as u64
}

extern "C" fn load64(g: *mut G, p: *const AtomicU64) -> u64 {
    at64(g, p).load(SeqCst)
}
extern "C" fn store64(g: *mut G, p: *const AtomicU64, v: u64) {
    at64(g, p).store(v, SeqCst)
}
extern "C" fn swap64(g: *mut G, p: *const AtomicU64, v: u64) -> u64 {
    at64(g, p).swap(v, SeqCst)
}
extern "C" fn add64(g: *mut G, p: *const AtomicU64, d: u64) -> u64 {
    at64(g, p).fetch_add(d, SeqCst).wrapping_add(d)
}
extern "C" fn and64(g: *mut G, p: *const AtomicU64, v: u64) -> u64 {
    at64(g, p).fetch_and(v, SeqCst)
}
extern "C" fn or64(g: *mut G, p: *const AtomicU64, v: u64) -> u64 {
    at64(g, p).fetch_or(v, SeqCst)
}
extern "C" fn cas64(g: *mut G, p: *const AtomicU64, old: u64, new: u64) -> u64 {
    at64(g, p)
        .compare_exchange(old, new, SeqCst, SeqCst)
        .is_ok() as u64
}

/// Lets the goroutine finishing a Value's first store run.
extern "C" fn yield_(g: *mut G) {
    gorun_runtime::abi::gorun_gosched(g)
}

macro_rules! natives {
    ($($name:literal => $f:ident, $sig:literal;)*) => {
        /// Package sync/atomic's natives.
        pub(crate) static NATIVES: &[Native] = &[
            $(Native { name: concat!("sync/atomic.", $name), code: $f as *const u8, sig: $sig },)*
        ];
    };
}

natives! {
    "AddInt32" => add32, "ii>i";
    "AddInt64" => add64, "ii>i";
    "AddUint32" => add32, "ii>i";
    "AddUint64" => add64, "ii>i";
    "AddUintptr" => add64, "ii>i";
    "AndInt32" => and32, "ii>i";
    "AndInt64" => and64, "ii>i";
    "AndUint32" => and32, "ii>i";
    "AndUint64" => and64, "ii>i";
    "AndUintptr" => and64, "ii>i";
    "CompareAndSwapInt32" => cas32, "iii>i";
    "CompareAndSwapInt64" => cas64, "iii>i";
    "CompareAndSwapPointer" => cas64, "iii>i";
    "CompareAndSwapUint32" => cas32, "iii>i";
    "CompareAndSwapUint64" => cas64, "iii>i";
    "CompareAndSwapUintptr" => cas64, "iii>i";
    "LoadInt32" => load32, "i>i";
    "LoadInt64" => load64, "i>i";
    "LoadPointer" => load64, "i>i";
    "LoadUint32" => load32, "i>i";
    "LoadUint64" => load64, "i>i";
    "LoadUintptr" => load64, "i>i";
    "OrInt32" => or32, "ii>i";
    "OrInt64" => or64, "ii>i";
    "OrUint32" => or32, "ii>i";
    "OrUint64" => or64, "ii>i";
    "OrUintptr" => or64, "ii>i";
    "StoreInt32" => store32, "ii>";
    "StoreInt64" => store64, "ii>";
    "StorePointer" => store64, "ii>";
    "StoreUint32" => store32, "ii>";
    "StoreUint64" => store64, "ii>";
    "StoreUintptr" => store64, "ii>";
    "SwapInt32" => swap32, "ii>i";
    "SwapInt64" => swap64, "ii>i";
    "SwapPointer" => swap64, "ii>i";
    "SwapUint32" => swap32, "ii>i";
    "SwapUint64" => swap64, "ii>i";
    "SwapUintptr" => swap64, "ii>i";
    "runtime_yield" => yield_, ">";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thirty_two_bit_operations_wrap_and_return_go_results() {
        let v = AtomicU32::new(u32::MAX);
        let g = std::ptr::null_mut();
        assert_eq!(add32(g, &v, 1), 0);
        assert_eq!(swap32(g, &v, 0x1_0000_0005), 0);
        assert_eq!(load32(g, &v), 5);
        assert_eq!(or32(g, &v, 2), 5);
        assert_eq!(and32(g, &v, 6), 7);
        assert_eq!(cas32(g, &v, 6, 9), 1);
        assert_eq!(cas32(g, &v, 6, 10), 0);
        // AddInt32(&x, -1): the delta arrives sign-extended.
        assert_eq!(add32(g, &v, (-1i64) as u64) as u32, 8);
    }

    #[test]
    fn sixty_four_bit_add_returns_the_new_value() {
        let v = AtomicU64::new(40);
        let g = std::ptr::null_mut();
        assert_eq!(add64(g, &v, 2), 42);
        assert_eq!(add64(g, &v, (-50i64) as u64) as i64, -8);
    }
}
