//! Go's runtime, reimplemented: the G/M/P scheduler of the seed documents,
//! stacks, parking, channels, select, sync, timers, sysmon, syscalls,
//! LockOSThread, the size-classed heap allocator, maps, slices and strings. It knows nothing of syntax and is tested on its own, with
//! goroutines whose bodies are Rust functions called through the entry
//! points JIT code uses.
//!
//! Start with `abi.rs`: the one place that documents what compiled code may
//! rely on. File names mirror Go's runtime (`proc`, `chan`, `select`,
//! `sema`, `time`, `stack`, `preempt`, `lockosthread`, `lock_futex`,
//! `os_linux`, `runtime2`, `malloc`, `mheap`, `mcentral`, `mcache`,
//! `mbitmap`, `msize`, `sizeclasses`, `mstats`, `slice`, `string`, `utf8`,
//! `alg`, and `maps/` after Go's `internal/runtime/maps`),
//! and each opens with its invariants.

// The runtime's functions take raw pointers to runtime objects (G, hchan,
// sudog, timers, Go-layout sync types) that JIT code and the scheduler
// guarantee valid; marking every one `unsafe` would say nothing more.
#![allow(clippy::not_unsafe_ptr_arg_deref, clippy::missing_safety_doc)]

#[cfg(not(target_arch = "x86_64"))]
compile_error!("gorun-runtime: only x86-64 is implemented (asm_amd64.rs)");

pub mod abi;
pub mod alg;
mod asm_amd64;
pub mod chan;
pub mod complex;
pub mod iface;
pub mod lock_futex;
pub mod lockosthread;
pub mod malloc;
pub mod maps;
pub mod mbitmap;
pub mod mcache;
pub mod mcentral;
pub mod mheap;
pub mod msize;
pub mod mstats;
pub mod os_linux;
pub mod panic;
pub mod preempt;
pub mod print;
pub mod proc;
pub mod runq;
pub mod runtime2;
pub mod select;
pub mod sema;
pub mod sizeclasses;
pub mod slice;
pub mod stack;
pub mod string;
pub mod symtab;
pub mod sync;
pub mod testutil;
pub mod time;
pub mod traceback;
pub mod types;
pub mod utf8;

pub use abi::*;
pub use asm_amd64::{getfp, getsp};
