//! The scheduler's data: G (goroutine), M (OS thread), P (processor: the
//! right to run Go code), and the global `sched`, as Go's `runtime2.go`.
//!
//! Invariants:
//! - A G is owned by exactly one of: a run queue (local `runq`/`runnext` of a
//!   P, or `sched.runq`), an M running it (`m.curg`, status `_Grunning` or
//!   `_Gsyscall`), a wait queue through a sudog or timer (`_Gwaiting`), or a
//!   free list (`_Gdead`). Whoever owns it may change its status.
//! - An M runs Go code only while it holds a P (`m.p`), except in a syscall
//!   (`_Gsyscall`, the P in `_Psyscall` can be retaken by sysmon).
//! - G structs are never freed: `allgs` keeps every G ever made, dead ones are
//!   reused with their first stack segment (see `stack.rs`).
//! - `G` is `repr(C)` and its first words are read by JIT code at fixed
//!   offsets (see `abi.rs`): `stack.lo` 0, `stack.hi` 8, `stackguard0` 16.

use crate::lock_futex::{Mutex, Note};
use crate::time::TimerHeap;
use std::ptr::null_mut;
use std::sync::atomic::{
    AtomicBool, AtomicI32, AtomicI64, AtomicPtr, AtomicU32, AtomicU64, AtomicUsize,
};

/// G status values, as Go numbers them.
pub const G_IDLE: u32 = 0;
pub const G_RUNNABLE: u32 = 1;
pub const G_RUNNING: u32 = 2;
pub const G_SYSCALL: u32 = 3;
pub const G_WAITING: u32 = 4;
pub const G_DEAD: u32 = 6;
pub const G_PREEMPTED: u32 = 9;

/// P status values. `_Psyscall` is the seeds' design (Go 1.1–1.25): a P whose M
/// is in a syscall, retakeable by sysmon.
pub const P_IDLE: u32 = 0;
pub const P_RUNNING: u32 = 1;
pub const P_SYSCALL: u32 = 2;
pub const P_GCSTOP: u32 = 3;
pub const P_DEAD: u32 = 4;

/// Why a goroutine is waiting, with Go's strings (`waitReasonStrings`).
#[repr(u8)]
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum WaitReason {
    Zero = 0,
    ChanReceiveNilChan,
    ChanSendNilChan,
    Select,
    SelectNoCases,
    ChanReceive,
    ChanSend,
    Semacquire,
    Sleep,
    SyncCondWait,
    SyncMutexLock,
    SyncRWMutexRLock,
    SyncRWMutexLock,
    SyncWaitGroupWait,
    Preempted,
    StoppingTheWorld,
    IOWait,
}

impl WaitReason {
    pub fn as_str(self) -> &'static str {
        match self {
            WaitReason::Zero => "",
            WaitReason::ChanReceiveNilChan => "chan receive (nil chan)",
            WaitReason::ChanSendNilChan => "chan send (nil chan)",
            WaitReason::Select => "select",
            WaitReason::SelectNoCases => "select (no cases)",
            WaitReason::ChanReceive => "chan receive",
            WaitReason::ChanSend => "chan send",
            WaitReason::Semacquire => "semacquire",
            WaitReason::Sleep => "sleep",
            WaitReason::SyncCondWait => "sync.Cond.Wait",
            WaitReason::SyncMutexLock => "sync.Mutex.Lock",
            WaitReason::SyncRWMutexRLock => "sync.RWMutex.RLock",
            WaitReason::SyncRWMutexLock => "sync.RWMutex.Lock",
            WaitReason::SyncWaitGroupWait => "sync.WaitGroup.Wait",
            WaitReason::Preempted => "preempted",
            WaitReason::StoppingTheWorld => "stopping the world",
            WaitReason::IOWait => "IO wait",
        }
    }
}

/// Stack bounds `[lo, hi)` of the segment a G currently runs on.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct Stack {
    pub lo: usize,
    pub hi: usize,
}

/// Saved context of a G that is not running. `sp` points at the callee-saved
/// registers pushed by the switch (see `asm_amd64.rs`); `pc` and `bp` are
/// copies for tracebacks.
#[repr(C)]
#[derive(Debug)]
pub struct Gobuf {
    pub sp: usize,
    pub pc: usize,
    pub g: *mut G,
    pub ctxt: usize,
    pub bp: usize,
}

/// A Go func value: a pointer to a closure record whose first word is the code.
#[repr(C)]
pub struct FuncVal {
    pub code: GoEntry,
    // captured variables follow
}

/// The code pointer of a goroutine entry: `code(newg, fv)`.
pub type GoEntry = extern "C" fn(*mut G, *const FuncVal);

#[repr(C)]
pub struct G {
    /// Offset 0/8: bounds of the current stack segment.
    pub stack: Stack,
    /// Offset 16: the prologue compares SP against this. `STACK_PREEMPT`
    /// requests preemption.
    pub stackguard0: AtomicUsize,
    /// Offset 24: reserved (Go's stackguard1, for C code).
    pub stackguard1: usize,
    /// Offset 32/40: reserved for the panic/defer issue.
    pub panic_: *mut u8,
    pub defer_: *mut u8,
    /// Offset 48: the M running this G, if any.
    pub m: *mut M,
    /// Offset 56: saved context.
    pub sched: Gobuf,

    pub atomicstatus: AtomicU32,
    pub waitreason: WaitReason,
    pub preempt: AtomicBool,
    pub preempt_stop: bool,
    /// Set by a channel op that woke this G: whether the op succeeded.
    pub param: *mut u8,
    pub goid: u64,
    pub schedlink: *mut G,
    /// When the G began waiting (nanotime), for the "N minutes" of tracebacks.
    pub waitsince: i64,
    pub lockedm: *mut M,
    /// Sudogs this G waits on (select: one per case), linked by `waitlink`.
    pub waiting: *mut Sudog,
    pub select_done: AtomicU32,
    /// The entry point and closure it started with.
    pub startfv: *const FuncVal,
    /// Segment bookkeeping (see stack.rs).
    pub firstseg: *mut crate::stack::SegHeader,
    pub curseg: *mut crate::stack::SegHeader,
    /// Bytes of stack segments in use (for the 1 GB limit).
    pub stackinuse: usize,
    /// The sleep timer (time.Sleep), allocated on first use.
    pub timer: *mut crate::time::Timer,
    /// Link in `allgs` index (for dumps).
    pub allgs_index: usize,
    /// Set while this G is in the middle of a select's wakeup protocol.
    pub parking_on_chan: AtomicBool,
    /// The return address of the `go` statement's call that created this
    /// G (0 for goroutines the runtime starts), and the creator's goid:
    /// tracebacks' "created by" line.
    pub gopc: usize,
    pub parent_goid: u64,
}

unsafe impl Send for G {}
unsafe impl Sync for G {}

/// A waiting G in a wait queue: channel (sendq/recvq), select (one per case),
/// semaphore table, notifyList.
#[repr(C)]
pub struct Sudog {
    pub g: *mut G,
    pub next: *mut Sudog,
    pub prev: *mut Sudog,
    /// Data element (may point into the waiting G's stack).
    pub elem: *mut u8,
    pub acquiretime: i64,
    pub releasetime: i64,
    pub ticket: u32,
    pub is_select: bool,
    /// Channel ops: true if woken by a value delivered, false by close.
    pub success: bool,
    /// semaRoot: the semaphore address this sudog waits on.
    pub waitlink: *mut Sudog,
    pub waittail: *mut Sudog,
    pub c: *mut crate::chan::Hchan,
}

impl Default for Sudog {
    fn default() -> Self {
        Self::new()
    }
}

impl Sudog {
    pub const fn new() -> Sudog {
        Sudog {
            g: null_mut(),
            next: null_mut(),
            prev: null_mut(),
            elem: null_mut(),
            acquiretime: 0,
            releasetime: 0,
            ticket: 0,
            is_select: false,
            success: false,
            waitlink: null_mut(),
            waittail: null_mut(),
            c: null_mut(),
        }
    }
}

/// M: an OS thread. Fields written only by the M itself unless noted.
pub struct M {
    pub g0: *mut G,
    pub curg: *mut G,
    pub p: *mut P,
    pub nextp: *mut P,
    pub oldp: *mut P,
    pub id: i64,
    pub procid: i64,
    pub locks: i32,
    pub dying: i32,
    pub spinning: bool,
    pub blocked: bool,
    pub park: Note,
    pub schedlink: *mut M,
    pub alllink: *mut M,
    pub lockedg: *mut G,
    pub locked_ext: u32,
    pub locked_int: u32,
    pub syscalltick: u32,
    pub cheaprand: u64,
    pub waitunlockf: Option<unsafe fn(*mut G, *mut u8) -> bool>,
    pub waitlock: *mut u8,
    /// True for m0 (the main thread), which never exits.
    pub is_m0: bool,
    /// Set when this M was woken by startm with a P in nextp.
    pub mstartfn: Option<fn()>,
    pub preemptoff: &'static str,
    pub throwing: i32,
    /// Saved context of mstart, resumed to end the thread (mexit).
    pub exit_sp: usize,
}

unsafe impl Send for M {}
unsafe impl Sync for M {}

pub const RUNQ_SIZE: usize = 256;

/// Per-P bookkeeping sysmon keeps to spot long-running Gs and long syscalls.
#[derive(Default)]
pub struct SysmonTick {
    pub schedtick: u32,
    pub syscalltick: u32,
    pub schedwhen: i64,
    pub syscallwhen: i64,
}

/// P: a processor, the resources needed to run Go code.
pub struct P {
    pub id: i32,
    pub status: AtomicU32,
    pub link: *mut P,
    pub schedtick: AtomicU32,
    pub syscalltick: AtomicU32,
    pub sysmontick: SysmonTick,
    pub m: AtomicPtr<M>,
    /// Local run queue (lock-free ring, see runq.rs) and runnext.
    pub runq: crate::runq::RunQueue<G, RUNQ_SIZE>,
    /// Dead Gs with their stacks, reused by newproc.
    pub gfree: GList,
    pub gfree_n: i32,
    pub sudogcache: Vec<*mut Sudog>,
    pub timers: TimerHeap,
    pub preempt: AtomicBool,
    /// The allocation cache of this P (malloc.rs); null only while the P is
    /// dead (destroyed by procresize).
    pub mcache: *mut crate::mcache::MCache,
}

unsafe impl Send for P {}
unsafe impl Sync for P {}

/// An intrusive list of Gs linked through `schedlink`.
pub struct GList {
    pub head: *mut G,
}

impl Default for GList {
    fn default() -> Self {
        Self::new()
    }
}

impl GList {
    pub const fn new() -> GList {
        GList { head: null_mut() }
    }
    pub fn empty(&self) -> bool {
        self.head.is_null()
    }
    pub unsafe fn push(&mut self, gp: *mut G) {
        unsafe { (*gp).schedlink = self.head };
        self.head = gp;
    }
    pub unsafe fn pop(&mut self) -> *mut G {
        let gp = self.head;
        if !gp.is_null() {
            self.head = unsafe { (*gp).schedlink };
        }
        gp
    }
}

/// A FIFO of Gs through `schedlink` (Go's gQueue).
pub struct GQueue {
    pub head: *mut G,
    pub tail: *mut G,
}

impl Default for GQueue {
    fn default() -> Self {
        Self::new()
    }
}

impl GQueue {
    pub const fn new() -> GQueue {
        GQueue {
            head: null_mut(),
            tail: null_mut(),
        }
    }
    pub fn empty(&self) -> bool {
        self.head.is_null()
    }
    pub unsafe fn push_back(&mut self, gp: *mut G) {
        unsafe {
            (*gp).schedlink = null_mut();
            if self.tail.is_null() {
                self.head = gp;
            } else {
                (*self.tail).schedlink = gp;
            }
        }
        self.tail = gp;
    }
    pub unsafe fn push(&mut self, gp: *mut G) {
        unsafe { (*gp).schedlink = self.head };
        self.head = gp;
        if self.tail.is_null() {
            self.tail = gp;
        }
    }
    /// Appends a chain `head..tail` linked through schedlink.
    pub unsafe fn push_back_all(&mut self, head: *mut G, tail: *mut G) {
        if head.is_null() {
            return;
        }
        unsafe {
            (*tail).schedlink = null_mut();
            if self.tail.is_null() {
                self.head = head;
            } else {
                (*self.tail).schedlink = head;
            }
        }
        self.tail = tail;
    }
    pub unsafe fn pop(&mut self) -> *mut G {
        let gp = self.head;
        if !gp.is_null() {
            self.head = unsafe { (*gp).schedlink };
            if self.head.is_null() {
                self.tail = null_mut();
            }
        }
        gp
    }
}

pub const MAX_GOMAXPROCS: usize = 1024;

/// The global scheduler state. Fields after `lock` are protected by it unless
/// atomic.
pub struct Sched {
    pub goidgen: AtomicU64,
    pub lastpoll: AtomicI64,
    pub lock: Mutex,
    pub midle: *mut M,
    pub nmidle: i32,
    pub nmidlelocked: i32,
    pub mnext: i64,
    pub maxmcount: i32,
    pub nmsys: i32,
    pub nmfreed: i64,
    pub ngsys: AtomicI32,
    pub pidle: *mut P,
    pub npidle: AtomicI32,
    pub nmspinning: AtomicI32,
    pub needspinning: AtomicU32,
    pub runq: GQueue,
    pub runqsize: AtomicI32,
    /// Global free Gs: `gfree` with resident stacks (`gfree_n` of them),
    /// `gfree_nostack` with stacks released to the kernel.
    pub gfree_lock: Mutex,
    pub gfree: GList,
    pub gfree_n: i32,
    pub gfree_nostack: GList,
    pub sudoglock: Mutex,
    pub sudogcache: *mut Sudog,
    pub gcwaiting: AtomicBool,
    pub stopwait: i32,
    pub stopnote: Note,
    pub sysmonwait: AtomicBool,
    pub sysmonnote: Note,
    /// The M sleeping until the next timer (the netpoller's role in Go), and
    /// the time it sleeps until (0: none).
    pub timerwaiter: AtomicBool,
    pub polluntil: AtomicI64,
    pub timernote: Note,
    pub procresizetime: i64,
    pub totaltime: i64,
    /// Number of Ms that exist (alive).
    pub mcount: AtomicI32,
}

unsafe impl Send for Sched {}
unsafe impl Sync for Sched {}

/// Per-process globals that are not in `sched`.
pub struct Globals {
    pub allp: [AtomicPtr<P>; MAX_GOMAXPROCS],
    pub gomaxprocs: AtomicI32,
    pub ncpu: i32,
    pub newprocs: AtomicI32,
    pub allm: AtomicPtr<M>,
    pub allglock: Mutex,
    pub allgs: std::cell::UnsafeCell<Vec<*mut G>>,
    pub allglen: AtomicUsize,
    pub m0: AtomicPtr<M>,
    pub main_tid: AtomicI64,
    pub starttime: AtomicI64,
    pub gocount_created: AtomicU64,
}

unsafe impl Sync for Globals {}
