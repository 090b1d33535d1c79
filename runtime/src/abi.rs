//! # The runtime's ABI: everything JIT-compiled code relies on, in one place.
//!
//! ## Calling convention
//! - All entry points are `extern "C"` (System V on x86-64). **The current G
//!   is passed explicitly as the first argument** (`rdi`) to every
//!   JIT-compiled Go function and to every runtime entry point below. JIT
//!   code never reads TLS for g. (Runtime Rust code finds the current g
//!   through a thread-local the scheduler keeps current.)
//! - A goroutine may resume on another OS thread after any call that can
//!   block (channel ops, select, sync, sleep, gosched, morestack). JIT code
//!   must therefore not cache anything thread-specific across calls.
//! - Frame pointers are kept by JIT code; tracebacks walk them.
//!
//! ## G layout (`runtime2::G`, `repr(C)`)
//! | offset | field |
//! |---|---|
//! | 0  | `stack.lo` ([`G_STACK_LO_OFFSET`]) |
//! | 8  | `stack.hi` ([`G_STACK_HI_OFFSET`]) |
//! | 16 | `stackguard0` ([`G_STACKGUARD0_OFFSET`]) |
//! | 32 | `_panic` (reserved for the panic issue, [`G_PANIC_OFFSET`]) |
//! | 40 | `_defer` (reserved, [`G_DEFER_OFFSET`]) |
//!
//! `stack` describes the segment the G runs on now.
//!
//! ## Prologue contract
//! Every JIT function begins with
//! ```text
//!   if SP - framesize <= g.stackguard0 (unsigned) { slow path }
//! ```
//! (where framesize counts 512 bytes of slack beyond the function's own
//! frame, so a small leaf function, which calls nothing and has no loop,
//! may go without the check, as gc's leaves do: it runs in its caller's
//! slack), and every loop back-edge does the same with framesize 0 (so loops without
//! calls are preemptible), calling [`preempt_check_entry`] (no result, every
//! register preserved) on its slow path. `stackguard0` is either `stack.lo + STACK_GUARD`
//! or [`STACK_PREEMPT`] (`0xfffffffffffffade`, Go's `uintptrMask & -1314`),
//! which makes every compare fail. Compute `SP - framesize` (never
//! `guard + framesize`, which wraps for STACK_PREEMPT).
//!
//! The slow path calls [`gorun_morestack`]`(g, framesize) -> usize`:
//! - `0`: a preemption request was served (the G may have run elsewhere in
//!   between, and may now be on another thread); re-run the check.
//! - `1`: the segment really lacks room. The JIT then runs the function on a
//!   new segment through [`gorun_call_on_new_stack`]`(g, f, data, need)`:
//!   it spills the arguments into `data`, `f` is a JIT-generated thunk
//!   `extern "C" fn(g, data)` that reloads them, calls the function and
//!   stores its results back into `data`; `need` is the frame size plus any
//!   outgoing-argument area. The runtime switches SP to the next segment
//!   (small first segment of [`FIRST_SEGMENT`] bytes, doubling ones after,
//!   kept for reuse so a call on a boundary in a loop costs a switch, not an
//!   allocation), keeps the frame-pointer chain across segments, updates
//!   `g.stack`/`g.stackguard0` (never clobbering a pending STACK_PREEMPT),
//!   calls `f`, and switches back. Past 1 GB of segments the program dies as
//!   Go's: `runtime: goroutine stack exceeds 1000000000-byte limit`,
//!   `fatal error: stack overflow`, exit 2.
//!
//! [`STACK_GUARD`] (16 KiB) is the room below `stackguard0` that Rust runtime
//! frames (entry points called without a check) may use. Heavier runtime
//! work runs on the thread's g0 stack (`systemstack`).
//!
//! ## Goroutines and program start
//! - A Go func value is a pointer to a closure record whose first word is
//!   the code pointer ([`FuncVal`]). [`gorun_newproc`]`(g, fv)` starts a
//!   goroutine that calls `code(newg, fv)` with `code: extern "C" fn(*mut G,
//!   *const FuncVal)` ([`GoEntry`]); `go f(x, y)` is compiled to a closure
//!   capturing the evaluated arguments. Returning from `code` ends the
//!   goroutine (goexit). [`gorun_goexit`] ends it early (runtime.Goexit,
//!   after the deferred calls, which are the caller's business).
//! - [`run_main`]`(main, fv)` / [`run_program`]`(init, main, fv)` start the
//!   runtime on the calling (main) thread and never return: GOMAXPROCS and
//!   GODEBUG (`schedtrace=N`, `scheddetail=1`) from the environment, sysmon
//!   thread, goroutine 1 runs `init(g)` (locked to the main thread, so a
//!   LockOSThread there keeps main on it) then `main(g, fv)`; the process
//!   exits 0 when main returns. [`gorun_exit`] is os.Exit. The runtime is a
//!   process-wide singleton: start it once per process.
//!
//! ## Types and allocation
//! - [`Type`] (`types.rs`) is the descriptor the JIT emits for each Go
//!   type: size, ptrdata, hash, tflag, align, fieldAlign, kind, equal,
//!   gcdata, hash fn, name, elem, reserved words for the GC. **The GC reads
//!   `ptrdata` and `gcdata`**: `ptrdata` is the length of the prefix that
//!   can hold pointers (0: no pointers; a multiple of 8, the end of the last
//!   pointer word), `gcdata` a bitmap with bit i (LSB first) set when word i
//!   holds a pointer, as gc's type bitmaps mark them (pointers, maps, chans,
//!   funcs, unsafe.Pointer, the data word of strings and slices, both words
//!   of interfaces), readable for `ceil(ptrdata/64)` bytes.
//! - Heap memory comes from the size-classed allocator (`malloc.rs`; the
//!   scheme of each object's type information is in `mbitmap.rs`). Results
//!   are zeroed as requested and 8-byte aligned (16-byte past 24 bytes,
//!   except pointerful objects of 513 bytes to 32 KiB, which follow their
//!   8-byte malloc header, as in Go); zero-size requests all get the same
//!   non-nil address.
//!   - [`gorun_mallocgc`]`(g, size, typ, needzero) -> ptr`: `size` bytes
//!     holding `size / typ.size` values of `typ` (`size` a multiple of
//!     `typ.size`); `typ` null for pointer-free memory. Types with pointers
//!     must pass `needzero = true`.
//!   - [`gorun_newobject`]`(g, typ) -> ptr`: `new(T)`, composite literals
//!     and escaping/captured variables (zeroed).
//!   - [`gorun_newarray`]`(g, typ, n) -> ptr`: `n` zeroed values of `typ`;
//!     panics `runtime: allocation size out of range` on overflow or n < 0.
//!   - [`gorun_memmove`]`(g, dst, src, n)`, [`gorun_memclr_no_heap_pointers`]`(g,
//!     p, n)`, and for memory that may hold pointers (where write barriers
//!     will go once marking is concurrent: use these for pointerful types)
//!     [`gorun_typedmemmove`]`(g, typ, dst, src)`, [`gorun_typedmemclr`]`(g,
//!     typ, p)`, [`gorun_memclr_has_pointers`]`(g, p, n)`.
//!   - Runtime code allocates Go-visible objects with `malloc::mallocgc(size,
//!     typ, needzero)` (the same allocator; the G is found through the
//!     thread, and threads without a P use a shared, locked cache).
//!   - [`gorun_readmemstats`]`(g, m)`: runtime.ReadMemStats into a Go
//!     `runtime.MemStats` (same layout, [`MemStats`]); stops the world.
//!
//! ## Multi-word results
//! Results of two words come back in `rax:rdx`: the Rust side returns a
//! `#[repr(C)]` struct of two 8-byte integer fields ([`GoString`] `{ptr,
//! len}`, [`PtrCap`] `{ptr, cap}`, [`RunePos`] `{rune, pos}`), which System V
//! returns in those registers; declare the callee in Cranelift with two
//! `i64` returns (`CallConv::SystemV` puts the first two integer returns in
//! rax, rdx). Results of three words (whole slices) are written through an
//! out-pointer passed right after `g` ([`GoSlice`] `{ptr, len, cap}`).
//! Strings are passed as two separate word arguments (ptr, len), never as a
//! struct, so argument registers and stack slots match word by word.
//!
//! ## Slices (`slice.rs`)
//! Slices are `{ptr, len, cap}` (gc's layout). `append` writes in place
//! while `len + num <= cap`; otherwise it calls growslice. Lengths and
//! capacities are `i64`.
//! - [`gorun_makeslice`]`(g, elemtyp, len, cap) -> ptr` (zeroed); panics
//!   `runtime error: makeslice: len out of range` / `... cap out of range`.
//! - [`gorun_makeslicecopy`]`(g, elemtyp, tolen, fromlen, from) -> ptr`:
//!   `m := make([]T, tolen); copy(m, from[:fromlen])` in one call.
//! - [`gorun_growslice`]`(g, oldptr, newlen, oldcap, num, elemtyp) ->
//!   PtrCap`: new backing array for `newlen` elements, the first `newlen -
//!   num` copied from `oldptr`; capacity exactly as Go's (so `cap()` matches
//!   Go after every append). `[oldlen, newlen)` is left for the caller to
//!   write (zeroed if the type has pointers), `[newlen, cap)` is zeroed.
//!   Panics `runtime error: growslice: len out of range`.
//! - [`gorun_slicecopy`]`(g, to, tolen, from, fromlen, width) -> n` for
//!   pointer-free elements (and `copy([]byte, string)`);
//!   [`gorun_typedslicecopy`]`(g, elemtyp, dst, dstlen, src, srclen) -> n`
//!   for elements with pointers.
//!
//! ## Strings (`string.rs`, `utf8.rs`)
//! Strings are `{ptr, len}`. `buf` arguments are Go's `*tmpBuf`: null when
//! the result escapes, else a 32-byte (`[]rune`: 32-rune) stack buffer the
//! result may be built in (pass null until the JIT has escape analysis).
//! - [`gorun_concatstrings`]`(g, buf, parts, n) -> GoString` (`parts`: `n`
//!   strings as `{ptr, len}` pairs); [`gorun_concatstring2`]`(g, buf, p0, l0,
//!   p1, l1)` to `gorun_concatstring5` for 2–5 operands;
//!   [`gorun_concatbytes`]`(g, out, buf, parts, n)` for `[]byte(a + b)`.
//! - [`gorun_slicebytetostring`]`(g, buf, ptr, n) -> GoString`,
//!   [`gorun_stringtoslicebyte`]`(g, buf, ptr, len) -> PtrCap` (length is
//!   `len`), [`gorun_stringtoslicerune`]`(g, out, buf, ptr, len)`,
//!   [`gorun_slicerunetostring`]`(g, buf, runes, n) -> GoString`,
//!   [`gorun_intstring`]`(g, buf, v) -> GoString` (`string(rune(v))`,
//!   U+FFFD for invalid code points; `buf` is 4 bytes).
//! - `for i, r := range s`: if `s[i] < 0x80` then `r = s[i], i + 1` inline,
//!   else [`gorun_decoderune`]`(g, ptr, len, i) -> RunePos` (invalid UTF-8
//!   gives U+FFFD with width 1, as Go). [`gorun_countrunes`]`(g, ptr, len)`
//!   is `len([]rune(s))`.
//! - [`gorun_cmpstring`]`(g, ap, al, bp, bl) -> -1/0/1`; string `==` is
//!   a length check then [`gorun_memequal`]`(g, a, b, n) -> bool`.
//! - Building strings: [`gorun_rawstring`]`(g, size) -> ptr` (fill `size`
//!   bytes, then the string is `{ptr, size}`), [`gorun_rawbyteslice`]`(g,
//!   size) -> PtrCap`, [`gorun_gostringn`]`(g, ptr, n) -> GoString` (copy).
//!
//! ## Channels and select
//! - [`gorun_makechan`]`(g, elemtype, size) -> *mut Hchan`. In hchan, `qcount`
//!   (len) is at offset 0 and `dataqsiz` (cap) at offset 8.
//! - [`gorun_chansend`]`(g, c, elem, block) -> bool`: false only for a
//!   non-blocking send that would block.
//! - [`gorun_chanrecv`]`(g, c, elem, block) -> u64`: bit 0 = selected, bit 1
//!   = received (0b11 value; 0b01 closed and drained, `*elem` zeroed; 0 would
//!   block). `elem` may be null to discard the value.
//! - [`gorun_closechan`], [`gorun_chanlen`], [`gorun_chancap`].
//! - [`gorun_selectgo`]`(g, cas0, order0, nsends, nrecvs, block) -> u64`:
//!   `cas0` points to `nsends` send cases followed by `nrecvs` receive cases
//!   ([`Scase`] = `{c, elem}`, Go's scase), `order0` to `2*(nsends+nrecvs)`
//!   u16 of scratch. Result: low 32 bits = chosen index as i32 (-1: default),
//!   bit 32 = recvOK. A nil channel's case never fires; `select {}` is
//!   `nsends = nrecvs = 0, block = true`.
//!
//! ## Maps (`maps/`, `alg.rs`)
//! A map value is a `*Map` (null: nil map) whose first word is the entry
//! count, so `len(m)` is `m == nil ? 0 : *(int64*)m`. Every operation takes
//! the map type's [`MapType`] (`types.rs`; the JIT emits one per map type,
//! also reachable as `Type::map_type()` of the map's descriptor) and keys
//! by address (the fast variants by value). Results pointing to an element
//! stay valid until the next operation on the map.
//! - [`gorun_makemap`]`(g, mt, hint) -> m`, [`gorun_makemap_small`]`(g) -> m`.
//! - [`gorun_mapaccess1`]`(g, mt, m, key) -> elem`: never null (missing keys
//!   give a shared zero value of [`ZERO_VAL_SIZE`] bytes; for larger
//!   elements use [`gorun_mapaccess1_fat`]`(g, mt, m, key, zero)`).
//!   [`gorun_mapaccess2`]`(g, mt, m, key) -> PtrOk` (and `_fat`): the
//!   element and whether the key was present, in rax:rdx.
//! - [`gorun_mapassign`]`(g, mt, m, key) -> elem`: the slot to store the
//!   element into (zeroed if the key is new); panics `assignment to entry
//!   in nil map`. Evaluate the stored value before calling it.
//! - [`gorun_mapdelete`]`(g, mt, m, key)`, [`gorun_mapclear`]`(g, mt, m)`,
//!   [`gorun_mapclone`]`(g, mt, m) -> m`.
//! - Fast variants for maps whose elements are inline (at most 128 bytes):
//!   `gorun_mapaccess1_fast64`, `_fast32`, `_faststr`, likewise
//!   `mapaccess2_*`, `mapassign_*`, `mapdelete_*`; `fast64` needs
//!   `MapType::key_alg == keyalg::MEM64` (key passed as a word), `fast32`
//!   `MEM32` (low 32 bits of the word), `faststr` `STR` (ptr, len).
//! - `for k, v := range m`: reserve [`ITER_SIZE`] bytes (8-aligned) for an
//!   iterator, [`gorun_mapiterinit`]`(g, mt, m, it)`, then while the word
//!   at `it+0` (the key's address) is not null: the element's address is
//!   at `it+8`; run the body; [`gorun_mapiternext`]`(g, it)`.
//! - Hashing an uncomparable dynamic type panics `runtime error: hash of
//!   unhashable type T` (`hash of unhashable type: T` on a nil or empty
//!   map, as Go). Concurrent misuse is fatal (`concurrent map writes`).
//!
//! ## Scheduling, time, syscalls
//! - [`gorun_gosched`], [`gorun_numgoroutine`], [`gorun_gomaxprocs`] (n <= 0
//!   queries), [`gorun_numcpu`], [`gorun_lockosthread`],
//!   [`gorun_unlockosthread`].
//! - [`gorun_sleep`]`(g, ns)` parks the G, not the M. [`gorun_nanotime`],
//!   [`gorun_walltime`].
//! - Timers for the `time` package: [`gorun_timer_new`]`(g, f, arg, seq)`
//!   with `f: extern "C" fn(arg, seq, delay_ns)` (runs on the scheduler's
//!   stack, must not block: typically a non-blocking channel send or
//!   `gorun_newproc`), [`gorun_timer_reset`]`(g, t, when, period) -> bool`
//!   (when is nanotime; returns whether it was pending),
//!   [`gorun_timer_stop`]`(g, t) -> bool` (true: the callback will not run).
//!   [`time::sendtime_i64`] is a ready-made callback sending nanotime on a
//!   channel of int64 (arg = the channel).
//! - Blocking OS calls are bracketed by [`gorun_entersyscall`]`(g)` and
//!   [`gorun_exitsyscall`]`(g)`; nothing between them may touch Go memory
//!   that the GC could move or call other entry points.
//!
//! ## sync
//! - Semaphores: [`gorun_semacquire`]`(g, addr)`, [`gorun_semrelease`]`(g,
//!   addr, handoff)`. Cond: [`gorun_notifylist_add`], [`gorun_notifylist_wait`],
//!   [`gorun_notifylist_notify_one`], [`gorun_notifylist_notify_all`] on a
//!   notifyList with Go's layout (32 bytes).
//! - With Go's exact layouts: Mutex `{state i32, sema u32}`
//!   ([`gorun_mutex_lock`], `_unlock`, `_trylock`); RWMutex `{w Mutex;
//!   writerSem, readerSem u32; readerCount, readerWait i32}`
//!   ([`gorun_rwmutex_rlock`], `_runlock`, `_lock`, `_unlock`); WaitGroup
//!   `{state u64, sema u32}` ([`gorun_waitgroup_add`], `_done`, `_wait`);
//!   Once `{done u32, m Mutex}` ([`gorun_once_do`]`(g, once, fv)`).
//! - sync/atomic: `gorun_atomic_{load,store,add,swap,cas,and,or}_{32,64}`
//!   (sequentially consistent, as Go's).
//!
//! ## Panics and tracebacks
//! Runtime panics go through one entry, `panic::gopanic(g, PanicValue)`;
//! texts are in `panic::RuntimeError::message`. The unwinder of a later
//! issue installs itself with `panic::set_panic_hook`; the JIT registers its
//! PC → function/file/line table with `symtab::register`.
//! [`gorun_panic_string`] raises a Go string panic.

use crate::chan::{self, Hchan};
use crate::proc;
use crate::runtime2::G;
use crate::sema::{self, NotifyList};
use crate::sync::{self, Mutex, Once, RWMutex, WaitGroup};
use crate::time::{self, Timer, TimerFunc};
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering::SeqCst};

pub use crate::maps::{ITER_SIZE, Iter, Map, ZERO_VAL_SIZE};
pub use crate::proc::{run_program, schedtrace};
pub use crate::runtime2::{FuncVal, GoEntry};
pub use crate::select::Scase;
pub use crate::stack::{FIRST_SEGMENT, MAX_STACK_SIZE, STACK_GUARD, STACK_PREEMPT};
pub use crate::types::{MapType, Type};

pub const G_STACK_LO_OFFSET: usize = 0;
pub const G_STACK_HI_OFFSET: usize = 8;
pub const G_STACKGUARD0_OFFSET: usize = 16;
pub const G_PANIC_OFFSET: usize = 32;
pub const G_DEFER_OFFSET: usize = 40;

const _: () = {
    assert!(std::mem::size_of::<GoString>() == 16);
    assert!(std::mem::size_of::<GoSlice>() == 24);
    assert!(std::mem::size_of::<PtrCap>() == 16);
    assert!(std::mem::size_of::<RunePos>() == 16);
    assert!(std::mem::size_of::<PtrOk>() == 16);
    assert!(std::mem::offset_of!(G, stack) == G_STACK_LO_OFFSET);
    assert!(std::mem::offset_of!(G, stackguard0) == G_STACKGUARD0_OFFSET);
    assert!(std::mem::offset_of!(G, panic_) == G_PANIC_OFFSET);
    assert!(std::mem::offset_of!(G, defer_) == G_DEFER_OFFSET);
    assert!(std::mem::offset_of!(Hchan, qcount) == 0);
    assert!(std::mem::offset_of!(Hchan, dataqsiz) == 8);
    assert!(std::mem::size_of::<Mutex>() == 8);
    assert!(std::mem::size_of::<RWMutex>() == 24);
    assert!(std::mem::size_of::<WaitGroup>() == 16);
    assert!(std::mem::size_of::<Once>() == 12);
    assert!(std::mem::size_of::<NotifyList>() == 32);
};

/// Starts the runtime with `main` as goroutine 1. Never returns.
pub fn run_main(main: GoEntry, fv: *const FuncVal) -> ! {
    proc::run_program(None, main, fv)
}

// --- goroutines and scheduling ----------------------------------------------

/// `go` statements: the new goroutine records the caller's return address
/// (passed on by this shim as a third argument) for "created by".
#[unsafe(no_mangle)]
#[unsafe(naked)]
pub extern "C" fn gorun_newproc(_g: *mut G, _fv: *const FuncVal) {
    std::arch::naked_asm!(
        "mov rdx, [rsp]",
        "jmp {at}",
        at = sym gorun_newproc_at,
    )
}

extern "C" fn gorun_newproc_at(g: *mut G, fv: *const FuncVal, pc: usize) {
    proc::newproc_at(g, fv, pc);
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_goexit(g: *mut G) -> ! {
    crate::panic::goexit(g)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_gosched(g: *mut G) {
    proc::gosched(g);
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_numgoroutine(_g: *mut G) -> i64 {
    proc::num_goroutine()
}

/// runtime.GOMAXPROCS(n): n <= 0 only queries. Stops the world to change.
#[unsafe(no_mangle)]
pub extern "C" fn gorun_gomaxprocs(g: *mut G, n: i64) -> i64 {
    proc::set_gomaxprocs(g, n.clamp(i32::MIN as i64, i32::MAX as i64) as i32) as i64
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_numcpu(_g: *mut G) -> i64 {
    proc::ncpu() as i64
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_lockosthread(g: *mut G) {
    crate::lockosthread::lock_os_thread_ext(g);
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_unlockosthread(g: *mut G) {
    crate::lockosthread::unlock_os_thread_ext(g);
}

/// os.Exit: ends the process at once, running nothing.
#[unsafe(no_mangle)]
pub extern "C" fn gorun_exit(_g: *mut G, code: i64) -> ! {
    crate::os_linux::exit(code as i32)
}

// --- stacks -----------------------------------------------------------------

#[unsafe(no_mangle)]
pub extern "C" fn gorun_morestack(g: *mut G, framesize: usize) -> usize {
    crate::stack::morestack(g, framesize)
}

/// The loop back-edge's slow path (`gorun_morestack(g, 0)`), which preserves
/// every register: JIT code calls it with Cranelift's `preserve_all`
/// convention, so a loop's values stay in registers across the cold call.
pub fn preempt_check_entry() -> *const u8 {
    crate::asm_amd64::gorun_preempt_check as *const u8
}

/// A function that does nothing, which JIT code calls with Cranelift's
/// `winch` convention (every register clobbered) from the landing pad of
/// a function with defers, so that function's prologue saves every
/// callee-saved register: a recovery resumes the frame with only SP, FP
/// and PC.
pub fn clobber_all_entry() -> *const u8 {
    crate::asm_amd64::gorun_clobber_all as *const u8
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_call_on_new_stack(
    g: *mut G,
    f: extern "C" fn(*mut G, *mut u8),
    data: *mut u8,
    need: usize,
) {
    crate::stack::call_on_new_stack(g, f, data, need)
}

// --- memory -----------------------------------------------------------------

pub use crate::mstats::MemStats;
pub use crate::types::{GoSlice, GoString};

/// Two words returned in rax:rdx: a pointer and a capacity.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct PtrCap {
    pub ptr: *mut u8,
    pub cap: i64,
}

/// Two words returned in rax:rdx: a rune and the index after it.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RunePos {
    pub rune: i64,
    pub pos: i64,
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_mallocgc(
    g: *mut G,
    size: usize,
    typ: *const Type,
    needzero: bool,
) -> *mut u8 {
    crate::malloc::mallocgc_g(g, size, typ, needzero)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_newobject(g: *mut G, typ: *const Type) -> *mut u8 {
    crate::malloc::newobject(g, typ)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_newarray(g: *mut G, typ: *const Type, n: i64) -> *mut u8 {
    crate::malloc::newarray(g, typ, n as isize)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_memmove(_g: *mut G, dst: *mut u8, src: *const u8, n: usize) {
    crate::malloc::memmove(dst, src, n)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_memclr_no_heap_pointers(_g: *mut G, p: *mut u8, n: usize) {
    crate::malloc::memclr_no_heap_pointers(p, n)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_memclr_has_pointers(_g: *mut G, p: *mut u8, n: usize) {
    crate::malloc::memclr_has_pointers(p, n)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_typedmemmove(_g: *mut G, typ: *const Type, dst: *mut u8, src: *const u8) {
    crate::malloc::typedmemmove(typ, dst, src)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_typedmemclr(_g: *mut G, typ: *const Type, p: *mut u8) {
    crate::malloc::typedmemclr(typ, p)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_readmemstats(g: *mut G, m: *mut MemStats) {
    crate::mstats::read_mem_stats(g, m)
}

// --- slices -----------------------------------------------------------------

#[unsafe(no_mangle)]
pub extern "C" fn gorun_makeslice(g: *mut G, et: *const Type, len: i64, cap: i64) -> *mut u8 {
    crate::slice::makeslice(g, et, len as isize, cap as isize)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_makeslicecopy(
    g: *mut G,
    et: *const Type,
    tolen: i64,
    fromlen: i64,
    from: *const u8,
) -> *mut u8 {
    crate::slice::makeslicecopy(g, et, tolen as isize, fromlen as isize, from)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_growslice(
    g: *mut G,
    oldptr: *const u8,
    newlen: i64,
    oldcap: i64,
    num: i64,
    et: *const Type,
) -> PtrCap {
    let (ptr, cap) = crate::slice::growslice(
        g,
        oldptr,
        newlen as isize,
        oldcap as isize,
        num as isize,
        et,
    );
    PtrCap {
        ptr,
        cap: cap as i64,
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_slicecopy(
    _g: *mut G,
    to: *mut u8,
    tolen: i64,
    from: *const u8,
    fromlen: i64,
    width: usize,
) -> i64 {
    crate::slice::slicecopy(to, tolen as isize, from, fromlen as isize, width) as i64
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_typedslicecopy(
    _g: *mut G,
    typ: *const Type,
    dst: *mut u8,
    dstlen: i64,
    src: *const u8,
    srclen: i64,
) -> i64 {
    crate::slice::typedslicecopy(typ, dst, dstlen as isize, src, srclen as isize) as i64
}

// --- strings ----------------------------------------------------------------

use crate::string::{TmpBuf, TmpRuneBuf};

#[inline(always)]
fn gostr(ptr: *const u8, len: i64) -> GoString {
    GoString {
        ptr,
        len: len as isize,
    }
}

#[inline(always)]
fn parts<'a>(p: *const GoString, n: i64) -> &'a [GoString] {
    if n <= 0 {
        &[]
    } else {
        unsafe { std::slice::from_raw_parts(p, n as usize) }
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_concatstrings(
    g: *mut G,
    buf: *mut TmpBuf,
    p: *const GoString,
    n: i64,
) -> GoString {
    crate::string::concatstrings(g, buf, parts(p, n))
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_concatstring2(
    g: *mut G,
    buf: *mut TmpBuf,
    p0: *const u8,
    l0: i64,
    p1: *const u8,
    l1: i64,
) -> GoString {
    crate::string::concatstrings(g, buf, &[gostr(p0, l0), gostr(p1, l1)])
}

#[allow(clippy::too_many_arguments)]
#[unsafe(no_mangle)]
pub extern "C" fn gorun_concatstring3(
    g: *mut G,
    buf: *mut TmpBuf,
    p0: *const u8,
    l0: i64,
    p1: *const u8,
    l1: i64,
    p2: *const u8,
    l2: i64,
) -> GoString {
    crate::string::concatstrings(g, buf, &[gostr(p0, l0), gostr(p1, l1), gostr(p2, l2)])
}

#[allow(clippy::too_many_arguments)]
#[unsafe(no_mangle)]
pub extern "C" fn gorun_concatstring4(
    g: *mut G,
    buf: *mut TmpBuf,
    p0: *const u8,
    l0: i64,
    p1: *const u8,
    l1: i64,
    p2: *const u8,
    l2: i64,
    p3: *const u8,
    l3: i64,
) -> GoString {
    crate::string::concatstrings(
        g,
        buf,
        &[gostr(p0, l0), gostr(p1, l1), gostr(p2, l2), gostr(p3, l3)],
    )
}

#[allow(clippy::too_many_arguments)]
#[unsafe(no_mangle)]
pub extern "C" fn gorun_concatstring5(
    g: *mut G,
    buf: *mut TmpBuf,
    p0: *const u8,
    l0: i64,
    p1: *const u8,
    l1: i64,
    p2: *const u8,
    l2: i64,
    p3: *const u8,
    l3: i64,
    p4: *const u8,
    l4: i64,
) -> GoString {
    crate::string::concatstrings(
        g,
        buf,
        &[
            gostr(p0, l0),
            gostr(p1, l1),
            gostr(p2, l2),
            gostr(p3, l3),
            gostr(p4, l4),
        ],
    )
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_concatbytes(
    g: *mut G,
    out: *mut GoSlice,
    buf: *mut TmpBuf,
    p: *const GoString,
    n: i64,
) {
    unsafe { out.write(crate::string::concatbytes(g, buf, parts(p, n))) }
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_slicebytetostring(
    g: *mut G,
    buf: *mut TmpBuf,
    ptr: *const u8,
    n: i64,
) -> GoString {
    crate::string::slicebytetostring(g, buf, ptr, n as usize)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_stringtoslicebyte(
    g: *mut G,
    buf: *mut TmpBuf,
    ptr: *const u8,
    len: i64,
) -> PtrCap {
    let b = crate::string::stringtoslicebyte(g, buf, gostr(ptr, len));
    PtrCap {
        ptr: b.ptr,
        cap: b.cap as i64,
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_stringtoslicerune(
    g: *mut G,
    out: *mut GoSlice,
    buf: *mut TmpRuneBuf,
    ptr: *const u8,
    len: i64,
) {
    unsafe { out.write(crate::string::stringtoslicerune(g, buf, gostr(ptr, len))) }
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_slicerunetostring(
    g: *mut G,
    buf: *mut TmpBuf,
    runes: *const i32,
    n: i64,
) -> GoString {
    crate::string::slicerunetostring(g, buf, runes, n as usize)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_intstring(g: *mut G, buf: *mut [u8; 4], v: i64) -> GoString {
    crate::string::intstring(g, buf, v)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_decoderune(_g: *mut G, ptr: *const u8, len: i64, k: i64) -> RunePos {
    let (r, pos) = crate::utf8::decoderune(crate::string::bytes_of(gostr(ptr, len)), k as usize);
    RunePos {
        rune: r as i64,
        pos: pos as i64,
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_countrunes(_g: *mut G, ptr: *const u8, len: i64) -> i64 {
    crate::utf8::countrunes(crate::string::bytes_of(gostr(ptr, len))) as i64
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_cmpstring(
    _g: *mut G,
    ap: *const u8,
    al: i64,
    bp: *const u8,
    bl: i64,
) -> i64 {
    crate::string::cmpstring(gostr(ap, al), gostr(bp, bl)) as i64
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_memequal(_g: *mut G, a: *const u8, b: *const u8, n: usize) -> bool {
    crate::string::memequal(a, b, n)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_rawstring(g: *mut G, size: i64) -> *mut u8 {
    crate::string::rawstring(g, size as usize).1
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_rawbyteslice(g: *mut G, size: i64) -> PtrCap {
    let b = crate::string::rawbyteslice(g, size as usize);
    PtrCap {
        ptr: b.ptr,
        cap: b.cap as i64,
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_gostringn(g: *mut G, ptr: *const u8, n: i64) -> GoString {
    crate::string::gostringn(g, ptr, n as usize)
}

/// panic(s) with a Go string (ptr, len) that lives for the program.
#[unsafe(no_mangle)]
pub extern "C" fn gorun_panic_string(g: *mut G, ptr: *const u8, len: usize) -> ! {
    let s: &'static str =
        unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(ptr, len)) };
    crate::panic::gopanic(g, crate::panic::PanicValue::Str(s))
}

// --- channels and select ----------------------------------------------------

#[unsafe(no_mangle)]
pub extern "C" fn gorun_makechan(_g: *mut G, elemtype: *const Type, size: i64) -> *mut Hchan {
    chan::makechan(elemtype, size)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_chansend(g: *mut G, c: *mut Hchan, elem: *const u8, block: bool) -> bool {
    chan::chansend(g, c, elem, block)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_chanrecv(g: *mut G, c: *mut Hchan, elem: *mut u8, block: bool) -> u64 {
    let (selected, received) = chan::chanrecv(g, c, elem, block);
    selected as u64 | (received as u64) << 1
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_closechan(g: *mut G, c: *mut Hchan) {
    chan::closechan(g, c)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_chanlen(_g: *mut G, c: *mut Hchan) -> i64 {
    chan::chanlen(c)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_chancap(_g: *mut G, c: *mut Hchan) -> i64 {
    chan::chancap(c)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_selectgo(
    g: *mut G,
    cas0: *mut Scase,
    order0: *mut u16,
    nsends: i64,
    nrecvs: i64,
    block: bool,
) -> u64 {
    let (i, ok) = crate::select::selectgo(g, cas0, order0, nsends as usize, nrecvs as usize, block);
    (i as i32 as u32 as u64) | (ok as u64) << 32
}

// --- maps -------------------------------------------------------------------

/// Two words returned in rax:rdx: an element's address and whether the key
/// was present.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct PtrOk {
    pub ptr: *mut u8,
    pub ok: u64,
}

#[inline(always)]
fn ptr_ok((ptr, ok): (*mut u8, bool)) -> PtrOk {
    PtrOk { ptr, ok: ok as u64 }
}

use crate::maps as m_;

#[unsafe(no_mangle)]
pub extern "C" fn gorun_makemap(_g: *mut G, mt: &MapType, hint: i64) -> *mut Map {
    m_::makemap(mt, hint)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_makemap_small(_g: *mut G) -> *mut Map {
    m_::makemap_small()
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_mapaccess1(
    _g: *mut G,
    mt: &MapType,
    m: *mut Map,
    key: *const u8,
) -> *mut u8 {
    m_::mapaccess1(mt, m, key)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_mapaccess2(_g: *mut G, mt: &MapType, m: *mut Map, key: *const u8) -> PtrOk {
    ptr_ok(m_::mapaccess2(mt, m, key))
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_mapaccess1_fat(
    _g: *mut G,
    mt: &MapType,
    m: *mut Map,
    key: *const u8,
    zero: *mut u8,
) -> *mut u8 {
    m_::mapaccess2_fat(mt, m, key, zero).0
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_mapaccess2_fat(
    _g: *mut G,
    mt: &MapType,
    m: *mut Map,
    key: *const u8,
    zero: *mut u8,
) -> PtrOk {
    ptr_ok(m_::mapaccess2_fat(mt, m, key, zero))
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_mapassign(
    _g: *mut G,
    mt: &MapType,
    m: *mut Map,
    key: *const u8,
) -> *mut u8 {
    m_::mapassign(mt, m, key)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_mapdelete(_g: *mut G, mt: &MapType, m: *mut Map, key: *const u8) {
    m_::mapdelete(mt, m, key)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_mapclear(_g: *mut G, mt: &MapType, m: *mut Map) {
    m_::mapclear(mt, m)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_mapclone(_g: *mut G, mt: &MapType, m: *mut Map) -> *mut Map {
    m_::mapclone(mt, m)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_mapiterinit(_g: *mut G, mt: &MapType, m: *mut Map, it: *mut Iter) {
    m_::mapiterinit(mt, m, unsafe { &mut *it })
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_mapiternext(_g: *mut G, it: *mut Iter) {
    m_::mapiternext(unsafe { &mut *it })
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_mapaccess1_fast64(
    _g: *mut G,
    mt: &MapType,
    m: *mut Map,
    key: u64,
) -> *mut u8 {
    m_::runtime_fast64::mapaccess2_fast64(mt, m, key).0
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_mapaccess2_fast64(
    _g: *mut G,
    mt: &MapType,
    m: *mut Map,
    key: u64,
) -> PtrOk {
    ptr_ok(m_::runtime_fast64::mapaccess2_fast64(mt, m, key))
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_mapassign_fast64(
    _g: *mut G,
    mt: &MapType,
    m: *mut Map,
    key: u64,
) -> *mut u8 {
    m_::runtime_fast64::mapassign_fast64(mt, m, key)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_mapdelete_fast64(_g: *mut G, mt: &MapType, m: *mut Map, key: u64) {
    m_::runtime_fast64::mapdelete_fast64(mt, m, key)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_mapaccess1_fast32(
    _g: *mut G,
    mt: &MapType,
    m: *mut Map,
    key: u64,
) -> *mut u8 {
    m_::runtime_fast32::mapaccess2_fast32(mt, m, key as u32).0
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_mapaccess2_fast32(
    _g: *mut G,
    mt: &MapType,
    m: *mut Map,
    key: u64,
) -> PtrOk {
    ptr_ok(m_::runtime_fast32::mapaccess2_fast32(mt, m, key as u32))
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_mapassign_fast32(
    _g: *mut G,
    mt: &MapType,
    m: *mut Map,
    key: u64,
) -> *mut u8 {
    m_::runtime_fast32::mapassign_fast32(mt, m, key as u32)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_mapdelete_fast32(_g: *mut G, mt: &MapType, m: *mut Map, key: u64) {
    m_::runtime_fast32::mapdelete_fast32(mt, m, key as u32)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_mapaccess1_faststr(
    _g: *mut G,
    mt: &MapType,
    m: *mut Map,
    kp: *const u8,
    kl: i64,
) -> *mut u8 {
    m_::runtime_faststr::mapaccess2_faststr(mt, m, gostr(kp, kl)).0
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_mapaccess2_faststr(
    _g: *mut G,
    mt: &MapType,
    m: *mut Map,
    kp: *const u8,
    kl: i64,
) -> PtrOk {
    ptr_ok(m_::runtime_faststr::mapaccess2_faststr(
        mt,
        m,
        gostr(kp, kl),
    ))
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_mapassign_faststr(
    _g: *mut G,
    mt: &MapType,
    m: *mut Map,
    kp: *const u8,
    kl: i64,
) -> *mut u8 {
    m_::runtime_faststr::mapassign_faststr(mt, m, gostr(kp, kl))
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_mapdelete_faststr(
    _g: *mut G,
    mt: &MapType,
    m: *mut Map,
    kp: *const u8,
    kl: i64,
) {
    m_::runtime_faststr::mapdelete_faststr(mt, m, gostr(kp, kl))
}

// --- time -------------------------------------------------------------------

#[unsafe(no_mangle)]
pub extern "C" fn gorun_sleep(g: *mut G, ns: i64) {
    time::sleep(g, ns)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_nanotime(_g: *mut G) -> i64 {
    crate::os_linux::nanotime()
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_walltime(_g: *mut G) -> i64 {
    crate::os_linux::walltime()
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_timer_new(
    _g: *mut G,
    f: TimerFunc,
    arg: *mut u8,
    seq: usize,
) -> *mut Timer {
    time::new_timer(f, arg, seq)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_timer_reset(_g: *mut G, t: *mut Timer, when: i64, period: i64) -> bool {
    let tu = t as usize;
    proc::systemstack_ret(|| time::reset(tu as *mut Timer, when, period))
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_timer_stop(_g: *mut G, t: *mut Timer) -> bool {
    let tu = t as usize;
    proc::systemstack_ret(|| time::stop(tu as *mut Timer))
}

// --- syscalls ---------------------------------------------------------------

#[unsafe(no_mangle)]
pub extern "C" fn gorun_entersyscall(g: *mut G) {
    proc::entersyscall(g)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_exitsyscall(g: *mut G) {
    proc::exitsyscall(g)
}

// --- semaphores, notify lists, sync -----------------------------------------

#[unsafe(no_mangle)]
pub extern "C" fn gorun_semacquire(_g: *mut G, addr: *const AtomicU32) {
    sema::semacquire1(
        unsafe { &*addr },
        false,
        crate::runtime2::WaitReason::Semacquire,
    )
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_semrelease(_g: *mut G, addr: *const AtomicU32, handoff: bool) {
    sema::semrelease1(unsafe { &*addr }, handoff)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_notifylist_add(_g: *mut G, l: *mut NotifyList) -> u32 {
    sema::notify_list_add(unsafe { &*l })
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_notifylist_wait(_g: *mut G, l: *mut NotifyList, t: u32) {
    sema::notify_list_wait(l, t)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_notifylist_notify_one(_g: *mut G, l: *mut NotifyList) {
    sema::notify_list_notify_one(l)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_notifylist_notify_all(_g: *mut G, l: *mut NotifyList) {
    sema::notify_list_notify_all(l)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_mutex_lock(g: *mut G, m: *const Mutex) {
    sync::mutex_lock(g, unsafe { &*m })
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_mutex_unlock(g: *mut G, m: *const Mutex) {
    sync::mutex_unlock(g, unsafe { &*m })
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_mutex_trylock(g: *mut G, m: *const Mutex) -> bool {
    sync::mutex_trylock(g, unsafe { &*m })
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_rwmutex_rlock(g: *mut G, rw: *const RWMutex) {
    sync::rwmutex_rlock(g, unsafe { &*rw })
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_rwmutex_runlock(g: *mut G, rw: *const RWMutex) {
    sync::rwmutex_runlock(g, unsafe { &*rw })
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_rwmutex_lock(g: *mut G, rw: *const RWMutex) {
    sync::rwmutex_lock(g, unsafe { &*rw })
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_rwmutex_unlock(g: *mut G, rw: *const RWMutex) {
    sync::rwmutex_unlock(g, unsafe { &*rw })
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_waitgroup_add(g: *mut G, wg: *const WaitGroup, delta: i64) {
    sync::waitgroup_add(g, unsafe { &*wg }, delta)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_waitgroup_done(g: *mut G, wg: *const WaitGroup) {
    sync::waitgroup_add(g, unsafe { &*wg }, -1)
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_waitgroup_wait(g: *mut G, wg: *const WaitGroup) {
    sync::waitgroup_wait(g, unsafe { &*wg })
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_once_do(g: *mut G, o: *const Once, fv: *const FuncVal) {
    sync::once_do(g, unsafe { &*o }, fv)
}

// --- sync/atomic ------------------------------------------------------------

macro_rules! atomics {
    ($t:ty, $a:ty, $load:ident, $store:ident, $add:ident, $swap:ident, $cas:ident, $and:ident, $or:ident) => {
        #[unsafe(no_mangle)]
        pub extern "C" fn $load(p: *const $a) -> $t {
            unsafe { (*p).load(SeqCst) }
        }
        #[unsafe(no_mangle)]
        pub extern "C" fn $store(p: *const $a, v: $t) {
            unsafe { (*p).store(v, SeqCst) }
        }
        /// Returns the new value, as Go's Add.
        #[unsafe(no_mangle)]
        pub extern "C" fn $add(p: *const $a, d: $t) -> $t {
            unsafe { (*p).fetch_add(d, SeqCst).wrapping_add(d) }
        }
        #[unsafe(no_mangle)]
        pub extern "C" fn $swap(p: *const $a, v: $t) -> $t {
            unsafe { (*p).swap(v, SeqCst) }
        }
        #[unsafe(no_mangle)]
        pub extern "C" fn $cas(p: *const $a, old: $t, new: $t) -> bool {
            unsafe { (*p).compare_exchange(old, new, SeqCst, SeqCst).is_ok() }
        }
        /// Returns the old value, as Go's And.
        #[unsafe(no_mangle)]
        pub extern "C" fn $and(p: *const $a, v: $t) -> $t {
            unsafe { (*p).fetch_and(v, SeqCst) }
        }
        /// Returns the old value, as Go's Or.
        #[unsafe(no_mangle)]
        pub extern "C" fn $or(p: *const $a, v: $t) -> $t {
            unsafe { (*p).fetch_or(v, SeqCst) }
        }
    };
}

atomics!(
    u32,
    AtomicU32,
    gorun_atomic_load_32,
    gorun_atomic_store_32,
    gorun_atomic_add_32,
    gorun_atomic_swap_32,
    gorun_atomic_cas_32,
    gorun_atomic_and_32,
    gorun_atomic_or_32
);
atomics!(
    u64,
    AtomicU64,
    gorun_atomic_load_64,
    gorun_atomic_store_64,
    gorun_atomic_add_64,
    gorun_atomic_swap_64,
    gorun_atomic_cas_64,
    gorun_atomic_and_64,
    gorun_atomic_or_64
);
