//! Helpers for goroutines whose bodies are Rust closures, used by the
//! crate's tests, examples and benchmarks. They go through exactly the entry
//! points JIT code uses (`abi.rs`): a closure becomes a func value whose
//! first word is an `extern "C" fn(g, fv)`.
//!
//! Bodies run on goroutine stacks (64 KiB first segment, no guard page), so
//! they must stay shallow unless they do the prologue check themselves
//! (`stack_check`).

use crate::abi::*;
use crate::chan::Hchan;
use crate::runtime2::G;
use crate::types::{Type, kind};
use std::marker::PhantomData;

#[repr(C)]
struct Closure<F> {
    code: GoEntry,
    f: Option<F>,
}

extern "C" fn closure_entry<F: FnOnce(*mut G)>(g: *mut G, fv: *const FuncVal) {
    let c = fv as *mut Closure<F>;
    let f = unsafe { (*c).f.take().unwrap() };
    drop(unsafe { Box::from_raw(c) });
    f(g)
}

/// A func value calling `f` once.
pub fn funcval<F: FnOnce(*mut G) + Send + 'static>(f: F) -> *const FuncVal {
    Box::into_raw(Box::new(Closure {
        code: closure_entry::<F>,
        f: Some(f),
    })) as *const FuncVal
}

/// `go f()`.
pub fn go<F: FnOnce(*mut G) + Send + 'static>(g: *mut G, f: F) {
    gorun_newproc(g, funcval(f));
}

/// Starts the runtime with `f` as main. Never returns.
pub fn run<F: FnOnce(*mut G) + Send + 'static>(f: F) -> ! {
    let fv = funcval(f);
    run_main(unsafe { (*fv).code }, fv)
}

/// Starts the runtime with an init function and `f` as main.
pub fn run_with_init<F: FnOnce(*mut G) + Send + 'static>(init: extern "C" fn(*mut G), f: F) -> ! {
    let fv = funcval(f);
    run_program(Some(init), unsafe { (*fv).code }, fv)
}

/// A type descriptor for T (leaked; for tests).
pub fn type_of<T>() -> &'static Type {
    Box::leak(Box::new(Type::scalar(
        std::mem::size_of::<T>(),
        std::mem::align_of::<T>() as u8,
        kind::STRUCT,
    )))
}

/// A leaked type descriptor of `size` bytes whose words `ptr_words` hold
/// pointers (for tests of the allocator and the collector).
pub fn ptr_type(size: usize, ptr_words: &[usize]) -> &'static Type {
    let ptrdata = ptr_words.iter().map(|&w| (w + 1) * 8).max().unwrap_or(0);
    let mut bits = vec![0u8; (ptrdata / 8).div_ceil(8)];
    for &w in ptr_words {
        bits[w / 8] |= 1 << (w % 8);
    }
    let gcdata = Box::leak(bits.into_boxed_slice()).as_ptr();
    Box::leak(Box::new(Type {
        ptrdata,
        gcdata,
        ..Type::scalar(size, 8, kind::STRUCT)
    }))
}

/// A typed channel handle.
pub struct Chan<T> {
    pub c: *mut Hchan,
    _t: PhantomData<T>,
}
impl<T> Clone for Chan<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Chan<T> {}
unsafe impl<T> Send for Chan<T> {}
unsafe impl<T> Sync for Chan<T> {}

impl<T: Copy> Chan<T> {
    pub fn new(g: *mut G, cap: i64) -> Chan<T> {
        Chan {
            c: gorun_makechan(g, type_of::<T>(), cap),
            _t: PhantomData,
        }
    }
    pub fn nil() -> Chan<T> {
        Chan {
            c: std::ptr::null_mut(),
            _t: PhantomData,
        }
    }
    pub fn send(self, g: *mut G, v: T) {
        gorun_chansend(g, self.c, &v as *const T as *const u8, true);
    }
    pub fn try_send(self, g: *mut G, v: T) -> bool {
        gorun_chansend(g, self.c, &v as *const T as *const u8, false)
    }
    /// `v, ok := <-c`; None when closed and drained.
    pub fn recv(self, g: *mut G) -> Option<T> {
        let mut v = std::mem::MaybeUninit::<T>::zeroed();
        let r = gorun_chanrecv(g, self.c, v.as_mut_ptr() as *mut u8, true);
        if r & 2 != 0 {
            Some(unsafe { v.assume_init() })
        } else {
            None
        }
    }
    /// Non-blocking: Err(()) if it would block.
    #[allow(clippy::result_unit_err)]
    pub fn try_recv(self, g: *mut G) -> Result<Option<T>, ()> {
        let mut v = std::mem::MaybeUninit::<T>::zeroed();
        let r = gorun_chanrecv(g, self.c, v.as_mut_ptr() as *mut u8, false);
        if r & 1 == 0 {
            Err(())
        } else if r & 2 != 0 {
            Ok(Some(unsafe { v.assume_init() }))
        } else {
            Ok(None)
        }
    }
    pub fn close(self, g: *mut G) {
        gorun_closechan(g, self.c);
    }
    pub fn len(self, g: *mut G) -> i64 {
        gorun_chanlen(g, self.c)
    }
    pub fn is_empty(self, g: *mut G) -> bool {
        self.len(g) == 0
    }
    pub fn cap(self, g: *mut G) -> i64 {
        gorun_chancap(g, self.c)
    }
}

/// One case of `select_` on a Chan<T> of 8-byte values.
pub enum Case<'a> {
    Send(*mut Hchan, &'a u64),
    Recv(*mut Hchan, &'a mut u64),
}

/// `select` over cases (any order; sends are moved first as the compiler
/// does). Returns (index into `cases`, recvOK), index -1 for default.
pub fn select_(g: *mut G, cases: &mut [Case], block: bool) -> (isize, bool) {
    let mut sc = Vec::with_capacity(cases.len());
    let mut map = Vec::with_capacity(cases.len());
    for (i, c) in cases.iter_mut().enumerate() {
        if let Case::Send(ch, v) = c {
            sc.push(Scase {
                c: *ch,
                elem: *v as *const u64 as *mut u8,
            });
            map.push(i);
        }
    }
    let nsends = sc.len();
    for (i, c) in cases.iter_mut().enumerate() {
        if let Case::Recv(ch, v) = c {
            sc.push(Scase {
                c: *ch,
                elem: *v as *mut u64 as *mut u8,
            });
            map.push(i);
        }
    }
    let nrecvs = sc.len() - nsends;
    let mut order = vec![0u16; 2 * sc.len()];
    let r = gorun_selectgo(
        g,
        sc.as_mut_ptr(),
        order.as_mut_ptr(),
        nsends as i64,
        nrecvs as i64,
        block,
    );
    let idx = r as u32 as i32;
    let ok = (r >> 32) & 1 != 0;
    if idx < 0 {
        (-1, ok)
    } else {
        (map[idx as usize] as isize, ok)
    }
}

/// The prologue check of the JIT contract, done by hand: true when the
/// caller must call through `gorun_call_on_new_stack`.
#[inline(always)]
pub fn stack_check(g: *mut G, framesize: usize) -> bool {
    loop {
        let guard = unsafe { (*g).stackguard0.load(std::sync::atomic::Ordering::Relaxed) };
        if crate::getsp().wrapping_sub(framesize) > guard {
            return false;
        }
        if gorun_morestack(g, framesize) == 1 {
            return true;
        }
    }
}

pub fn gettid() -> i64 {
    crate::os_linux::gettid()
}

/// A leaked zeroed value with Go's layout (Mutex, WaitGroup, ...).
pub fn leak_zeroed<T>() -> &'static T {
    unsafe { &*(Box::into_raw(Box::new(std::mem::MaybeUninit::<T>::zeroed())) as *const T) }
}

/// The P id the current goroutine runs on (tests only).
pub fn current_p_id() -> i32 {
    unsafe { (*(*crate::proc::getm()).p).id }
}

/// Milliseconds in ns.
pub const MS: i64 = 1_000_000;
