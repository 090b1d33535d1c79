//! Package sync's natives: the blocking primitives, bound to the runtime's
//! implementations of Go's algorithms on Go's layouts (`runtime/src/sync.rs`,
//! `sema.rs`): Mutex, RWMutex's four blocking methods, WaitGroup.Add/Wait,
//! Once.Do and the notifyList under Cond. Everything else in
//! `stdlib/go/sync` is Go: TryRLock/TryLock of RWMutex, Cond's methods
//! (which call `c.L` as Go code, then park on the notifyList here), Map and
//! Pool.
//!
//! A nil receiver panics with Go's nil-dereference error, as the Go method
//! would on its first access.

use crate::native::Native;
use gorun_runtime::abi;
use gorun_runtime::runtime2::{FuncVal, G};
use gorun_runtime::sema::NotifyList;
use gorun_runtime::sync::{Mutex, Once, RWMutex, WaitGroup};

fn nonnil<T>(g: *mut G, p: *const T) -> *const T {
    if p.is_null() {
        gorun_runtime::panic::gorun_panic_nil(g);
    }
    p
}

extern "C" fn mutex_lock(g: *mut G, m: *const Mutex) {
    abi::gorun_mutex_lock(g, nonnil(g, m))
}

extern "C" fn mutex_unlock(g: *mut G, m: *const Mutex) {
    abi::gorun_mutex_unlock(g, nonnil(g, m))
}

extern "C" fn mutex_trylock(g: *mut G, m: *const Mutex) -> u64 {
    abi::gorun_mutex_trylock(g, nonnil(g, m)) as u64
}

extern "C" fn rwmutex_rlock(g: *mut G, rw: *const RWMutex) {
    abi::gorun_rwmutex_rlock(g, nonnil(g, rw))
}

extern "C" fn rwmutex_runlock(g: *mut G, rw: *const RWMutex) {
    abi::gorun_rwmutex_runlock(g, nonnil(g, rw))
}

extern "C" fn rwmutex_lock(g: *mut G, rw: *const RWMutex) {
    abi::gorun_rwmutex_lock(g, nonnil(g, rw))
}

extern "C" fn rwmutex_unlock(g: *mut G, rw: *const RWMutex) {
    abi::gorun_rwmutex_unlock(g, nonnil(g, rw))
}

extern "C" fn waitgroup_add(g: *mut G, wg: *const WaitGroup, delta: i64) {
    abi::gorun_waitgroup_add(g, nonnil(g, wg), delta)
}

extern "C" fn waitgroup_wait(g: *mut G, wg: *const WaitGroup) {
    abi::gorun_waitgroup_wait(g, nonnil(g, wg))
}

/// `Once.Do(f)`: calls the func value once; concurrent callers wait for it
/// to return. (A panicking f leaves the Once locked until unwinding through
/// natives exists; Go counts it as done.)
extern "C" fn once_do(g: *mut G, o: *const Once, f: *const FuncVal) {
    let o = nonnil(g, o);
    // SAFETY: o is a live Once (Go's layout: done u32, then the Mutex).
    let done = unsafe { (*o).done.load(std::sync::atomic::Ordering::Acquire) } != 0;
    if !done && f.is_null() {
        gorun_runtime::panic::gorun_panic_nil(g);
    }
    abi::gorun_once_do(g, o, f)
}

extern "C" fn notify_list_add(g: *mut G, l: *mut NotifyList) -> u64 {
    u64::from(abi::gorun_notifylist_add(
        g,
        nonnil(g, l) as *mut NotifyList,
    ))
}

extern "C" fn notify_list_wait(g: *mut G, l: *mut NotifyList, t: u64) {
    abi::gorun_notifylist_wait(g, nonnil(g, l) as *mut NotifyList, t as u32)
}

extern "C" fn notify_list_notify_one(g: *mut G, l: *mut NotifyList) {
    abi::gorun_notifylist_notify_one(g, nonnil(g, l) as *mut NotifyList)
}

extern "C" fn notify_list_notify_all(g: *mut G, l: *mut NotifyList) {
    abi::gorun_notifylist_notify_all(g, nonnil(g, l) as *mut NotifyList)
}

macro_rules! natives {
    ($($name:literal => $f:ident, $sig:literal;)*) => {
        /// Package sync's natives.
        pub(crate) static NATIVES: &[Native] = &[
            $(Native { name: $name, code: $f as *const u8, sig: $sig },)*
        ];
    };
}

natives! {
    "sync.(*Mutex).Lock" => mutex_lock, "i>";
    "sync.(*Mutex).TryLock" => mutex_trylock, "i>i";
    "sync.(*Mutex).Unlock" => mutex_unlock, "i>";
    "sync.(*Once).Do" => once_do, "ii>";
    "sync.(*RWMutex).Lock" => rwmutex_lock, "i>";
    "sync.(*RWMutex).RLock" => rwmutex_rlock, "i>";
    "sync.(*RWMutex).RUnlock" => rwmutex_runlock, "i>";
    "sync.(*RWMutex).Unlock" => rwmutex_unlock, "i>";
    "sync.(*WaitGroup).Add" => waitgroup_add, "ii>";
    "sync.(*WaitGroup).Wait" => waitgroup_wait, "i>";
    "sync.runtime_notifyListAdd" => notify_list_add, "i>i";
    "sync.runtime_notifyListNotifyAll" => notify_list_notify_all, "i>";
    "sync.runtime_notifyListNotifyOne" => notify_list_notify_one, "i>";
    "sync.runtime_notifyListWait" => notify_list_wait, "ii>";
}
