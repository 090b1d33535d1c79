//! The scheduler, Go's `proc.go` after the seed documents.
//!
//! Goroutine scheduler: distributes ready-to-run goroutines (G) over worker
//! threads (M). To run Go code an M must hold a P; there are exactly
//! GOMAXPROCS Ps. Each P has a local run queue (runq.rs) and a `runnext`
//! slot; there is also the global `sched.runq`.
//!
//! Worker thread parking/unparking (as proc.go): we must keep enough running
//! Ms to use the available Ps but park excess ones to save CPU. An M is
//! "spinning" when it is out of local work and looks for work in the global
//! queue, other Ps' queues and timers. Invariants:
//! - If there is an idle P and no spinning M, then whoever readies a G or
//!   adds work calls `wakep`, which starts one spinning M.
//! - A spinning M that finds work stops spinning and calls `wakep` (through
//!   `resetspinning`), so one spinning M is always looking while work may
//!   exist.
//! - The last spinning M to give up its P first drops `nmspinning` and only
//!   then re-checks every P's run queue (`checkRunqsNoP`): a G readied between
//!   its last look and the drop sees `nmspinning == 0` and wakes an M.
//! - At most half the busy Ps have spinning Ms (`2*nmspinning < gomaxprocs -
//!   npidle`), so spinning does not eat the CPU of a loaded machine.
//!
//! Other invariants:
//! - `schedule`, `findrunnable`, `execute` and every `*_m` function run on
//!   g0 (reached by `mcall`), never return, and hold nothing droppable when
//!   they call `gogo`.
//! - The global run queue is checked every 61 schedticks so Gs that respawn
//!   themselves through `runnext` cannot starve it.
//! - Lock order: sched.lock → (allglock, gfree_lock, sudoglock) ; a channel
//!   lock may be held while taking sched.lock (goready → wakep → startm).
//! - sysmon runs on its own M without a P. It preempts Gs that ran 10 ms by
//!   storing STACK_PREEMPT into their stackguard0 and retakes Ps blocked in
//!   syscalls.

use crate::asm_amd64::{
    getsp, gorun_gogo, gorun_gostart, gorun_mcall_switch, gorun_systemstack_switch,
};
use crate::os_linux::{gettid, nanotime, usleep};
use crate::runtime2::*;
use crate::stack::{FIRST_SEGMENT, STACK_GUARD, STACK_PREEMPT, set_stackguard, stackalloc};
use crate::{rtprint, time};
use std::cell::{Cell, UnsafeCell};
use std::ptr::null_mut;
use std::sync::atomic::{
    AtomicBool, AtomicI32, AtomicI64, AtomicPtr, AtomicU64, AtomicUsize, Ordering::*,
};

// ---------------------------------------------------------------------------
// Globals and the current g.

pub struct SchedCell(UnsafeCell<Sched>);
unsafe impl Sync for SchedCell {}

pub static SCHED: SchedCell = SchedCell(UnsafeCell::new(Sched {
    goidgen: AtomicU64::new(0),
    lastpoll: AtomicI64::new(0),
    lock: crate::lock_futex::Mutex::new(),
    midle: null_mut(),
    nmidle: 0,
    nmidlelocked: 0,
    mnext: 0,
    maxmcount: 10000,
    nmsys: 0,
    nmfreed: 0,
    ngsys: AtomicI32::new(0),
    pidle: null_mut(),
    npidle: AtomicI32::new(0),
    nmspinning: AtomicI32::new(0),
    needspinning: std::sync::atomic::AtomicU32::new(0),
    runq: GQueue::new(),
    runqsize: AtomicI32::new(0),
    gfree_lock: crate::lock_futex::Mutex::new(),
    gfree: GList::new(),
    gfree_n: 0,
    gfree_nostack: GList::new(),
    sudoglock: crate::lock_futex::Mutex::new(),
    sudogcache: null_mut(),
    gcwaiting: AtomicBool::new(false),
    stopwait: 0,
    stopnote: crate::lock_futex::Note::new(),
    sysmonwait: AtomicBool::new(false),
    sysmonnote: crate::lock_futex::Note::new(),
    timerwaiter: AtomicBool::new(false),
    polluntil: AtomicI64::new(0),
    timernote: crate::lock_futex::Note::new(),
    procresizetime: 0,
    totaltime: 0,
    mcount: AtomicI32::new(0),
}));

#[inline(always)]
#[allow(clippy::mut_from_ref)]
pub fn sched() -> &'static mut Sched {
    unsafe { &mut *SCHED.0.get() }
}

pub static G: Globals = Globals {
    allp: [const { AtomicPtr::new(null_mut()) }; MAX_GOMAXPROCS],
    gomaxprocs: AtomicI32::new(0),
    ncpu: 0,
    newprocs: AtomicI32::new(0),
    allm: AtomicPtr::new(null_mut()),
    allglock: crate::lock_futex::Mutex::new(),
    allgs: UnsafeCell::new(Vec::new()),
    allglen: AtomicUsize::new(0),
    m0: AtomicPtr::new(null_mut()),
    main_tid: AtomicI64::new(0),
    starttime: AtomicI64::new(0),
    gocount_created: AtomicU64::new(0),
};

static NCPU: AtomicI32 = AtomicI32::new(1);
static MAIN_STARTED: AtomicBool = AtomicBool::new(false);
/// Live goroutines (not dead), for NumGoroutine.
static GLIVE: AtomicI64 = AtomicI64::new(0);
pub static DEBUG_SCHEDTRACE: AtomicI32 = AtomicI32::new(0);
pub static DEBUG_SCHEDDETAIL: AtomicI32 = AtomicI32::new(0);

pub fn ncpu() -> i32 {
    NCPU.load(Relaxed)
}

pub fn gomaxprocs() -> i32 {
    G.gomaxprocs.load(Relaxed)
}

pub fn allp(i: usize) -> *mut P {
    G.allp[i].load(Acquire)
}

thread_local! {
    static CURG: Cell<*mut G> = const { Cell::new(null_mut()) };
}

/// The G running on this thread (g0 while in the scheduler). Not inlined:
/// a goroutine may resume on another thread, so no caller may cache the TLS
/// address across a switch.
#[inline(never)]
pub fn getg() -> *mut G {
    CURG.with(|c| c.get())
}

#[inline(never)]
pub fn setg(gp: *mut G) {
    CURG.with(|c| c.set(gp))
}

pub fn getm() -> *mut M {
    let gp = getg();
    if gp.is_null() {
        null_mut()
    } else {
        unsafe { (*gp).m }
    }
}

/// Adjusts m.locks of the current M (used by runtime locks).
pub fn acquirem_locks(delta: i32) {
    let mp = getm();
    if !mp.is_null() {
        unsafe { (*mp).locks += delta };
    }
}

pub fn acquirem() -> *mut M {
    let mp = getm();
    unsafe { (*mp).locks += 1 };
    mp
}

pub fn releasem(mp: *mut M) {
    unsafe { (*mp).locks -= 1 };
}

/// A fast per-M random number (wyrand), Go's cheaprand.
pub fn cheaprand() -> u32 {
    let mp = getm();
    let s = if mp.is_null() {
        static R: AtomicU64 = AtomicU64::new(0x9e3779b97f4a7c15);
        R.fetch_add(0xa0761d6478bd642f, Relaxed)
            .wrapping_add(0xa0761d6478bd642f)
    } else {
        unsafe {
            (*mp).cheaprand = (*mp).cheaprand.wrapping_add(0xa0761d6478bd642f);
            (*mp).cheaprand
        }
    };
    let t = (s as u128).wrapping_mul((s ^ 0xe7037ed1a0b428db) as u128);
    ((t >> 64) as u64 ^ t as u64) as u32
}

pub fn cheaprandn(n: u32) -> u32 {
    ((cheaprand() as u64 * n as u64) >> 32) as u32
}

// ---------------------------------------------------------------------------
// Context switches.

/// Switches to g0 and calls `f(gp)` there; `f` must not return. When gp is
/// resumed (gogo), mcall returns.
pub fn mcall(f: extern "C" fn(*mut G)) {
    unsafe {
        let gp = getg();
        let mp = (*gp).m;
        let g0 = (*mp).g0;
        if gp == g0 {
            crate::panic::throw("runtime: mcall called on m->g0 stack");
        }
        setg(g0);
        gorun_mcall_switch(&mut (*gp).sched.sp, (*g0).sched.sp, f, gp);
    }
}

/// Resumes gp on this thread. Never returns.
pub fn gogo(gp: *mut G) -> ! {
    unsafe {
        setg(gp);
        gorun_gogo((*gp).sched.sp)
    }
}

/// Runs `f` on the g0 stack of the current M (directly if already there).
pub fn systemstack<F: FnOnce()>(f: F) {
    let gp = getg();
    unsafe {
        if gp.is_null() || (*gp).m.is_null() || gp == (*(*gp).m).g0 {
            f();
            return;
        }
        let g0 = (*(*gp).m).g0;
        let mut opt = Some(f);
        extern "C" fn tramp<F: FnOnce()>(arg: *mut u8) {
            let o = arg as *mut Option<F>;
            (unsafe { (*o).take() }.unwrap())()
        }
        setg(g0);
        gorun_systemstack_switch(
            &mut opt as *mut Option<F> as *mut u8,
            tramp::<F>,
            (*g0).sched.sp,
        );
        setg(gp);
    }
}

pub fn systemstack_ret<R, F: FnOnce() -> R>(f: F) -> R {
    let mut r = None;
    systemstack(|| r = Some(f()));
    r.unwrap()
}

// ---------------------------------------------------------------------------
// G status.

pub fn readgstatus(gp: *mut G) -> u32 {
    unsafe { (*gp).atomicstatus.load(Acquire) }
}

pub fn casgstatus(gp: *mut G, old: u32, new: u32) {
    unsafe {
        if let Err(cur) = (*gp)
            .atomicstatus
            .compare_exchange(old, new, AcqRel, Acquire)
        {
            rtprint!(
                "runtime: casgstatus: goroutine {} from {} to {} but status is {}\n",
                (*gp).goid,
                old,
                new,
                cur
            );
            crate::panic::throw("casgstatus: bad incoming values");
        }
        // Stamped by sysmon within a second (stamp_waiting), as Go's GC
        // stamps it: reading the clock on every park costs a channel
        // round trip a fifth of its time.
        if new == G_WAITING {
            (*gp).waitsince = 0;
        }
    }
}

// ---------------------------------------------------------------------------
// Initialization and program start.

#[repr(C)]
struct MainFv {
    /// Read by gorun_gostart as the closure's code word.
    #[allow(dead_code)]
    code: GoEntry,
    init: Option<extern "C" fn(*mut G)>,
    main: GoEntry,
    fv: *const FuncVal,
}

fn parse_godebug() {
    if let Ok(s) = std::env::var("GODEBUG") {
        for kv in s.split(',') {
            let mut it = kv.splitn(2, '=');
            let k = it.next().unwrap_or("");
            let v = it.next().and_then(|v| v.parse::<i32>().ok()).unwrap_or(0);
            match k {
                "schedtrace" => DEBUG_SCHEDTRACE.store(v, Relaxed),
                "scheddetail" => DEBUG_SCHEDDETAIL.store(v, Relaxed),
                _ => {}
            }
        }
    }
}

/// Go's schedinit: the M and g0 of the main thread, GOMAXPROCS Ps.
fn schedinit() {
    crate::alg::alginit();
    NCPU.store(crate::os_linux::getproccount(), Relaxed);
    G.starttime.store(nanotime(), Relaxed);
    G.main_tid.store(gettid(), Relaxed);
    parse_godebug();
    let mp = allocm();
    unsafe {
        (*mp).is_m0 = true;
        let g0 = (*mp).g0;
        // The main thread's stack: 8 MiB by default; we use the part below here.
        let sp = getsp();
        (*g0).stack = Stack {
            lo: sp - (4 << 20),
            hi: sp,
        };
        (*g0)
            .stackguard0
            .store((*g0).stack.lo + STACK_GUARD, Relaxed);
        (*mp).procid = gettid();
        setg(g0);
    }
    G.m0.store(mp, Relaxed);
    let mut procs = ncpu();
    if let Ok(s) = std::env::var("GOMAXPROCS")
        && let Ok(n) = s.trim().parse::<i32>()
        && n > 0
    {
        procs = n;
    }
    procs = procs.min(MAX_GOMAXPROCS as i32);
    let s = sched();
    s.lock.lock();
    let runnable = procresize(procs);
    s.lock.unlock();
    if !runnable.is_null() {
        crate::panic::throw("unknown runnable goroutine during bootstrap");
    }
}

/// Starts the runtime on this (the main) thread: runs `init` (if any) and
/// then `main` as goroutine 1, and exits the process with status 0 when main
/// returns, as Go. See abi.rs.
pub fn run_program(init: Option<extern "C" fn(*mut G)>, main: GoEntry, fv: *const FuncVal) -> ! {
    schedinit();
    let mfv = Box::leak(Box::new(MainFv {
        code: runtime_main,
        init,
        main,
        fv,
    }));
    let g0 = getg();
    newproc(g0, mfv as *const MainFv as *const FuncVal);
    // sysmon on its own thread, without a P.
    newm_sysmon();
    mstart(G.m0.load(Relaxed));
    crate::panic::throw("runtime: m0 returned from mstart")
}

/// Go's runtime.main: the body of goroutine 1.
extern "C" fn runtime_main(gp: *mut G, fv: *const FuncVal) {
    unsafe {
        let mfv = &*(fv as *const MainFv);
        if !(*(*gp).m).is_m0 {
            crate::panic::throw("runtime.main not on m0");
        }
        MAIN_STARTED.store(true, SeqCst);
        // Lock the main goroutine onto the main thread during initialization;
        // a LockOSThread in init keeps it there afterwards.
        crate::lockosthread::lock_os_thread(gp);
        if let Some(init) = mfv.init {
            init(gp);
        }
        crate::lockosthread::unlock_os_thread(gp);
        (mfv.main)(gp, mfv.fv);
        crate::os_linux::exit(0);
    }
}

// ---------------------------------------------------------------------------
// Ms.

fn allocm() -> *mut M {
    let g0 = Box::into_raw(Box::new(new_g()));
    let mp = Box::into_raw(Box::new(M {
        g0,
        curg: null_mut(),
        p: null_mut(),
        nextp: null_mut(),
        oldp: null_mut(),
        id: 0,
        procid: 0,
        locks: 0,
        dying: 0,
        spinning: false,
        blocked: false,
        park: crate::lock_futex::Note::new(),
        schedlink: null_mut(),
        alllink: null_mut(),
        lockedg: null_mut(),
        locked_ext: 0,
        locked_int: 0,
        syscalltick: 0,
        cheaprand: nanotime() as u64 ^ 0x2545f4914f6cdd1d,
        waitunlockf: None,
        waitlock: null_mut(),
        is_m0: false,
        mstartfn: None,
        preemptoff: "",
        throwing: 0,
        exit_sp: 0,
    }));
    unsafe {
        (*g0).m = mp;
        (*g0).goid = 0;
        // mcommoninit
        let s = sched();
        s.lock.lock2();
        (*mp).id = s.mnext;
        s.mnext += 1;
        (*mp).cheaprand ^= ((*mp).id as u64).wrapping_mul(0x9e3779b97f4a7c15);
        s.mcount.fetch_add(1, SeqCst);
        if s.mcount.load(Relaxed) > s.maxmcount {
            crate::panic::throw("thread exhaustion");
        }
        (*mp).alllink = G.allm.load(Relaxed);
        G.allm.store(mp, Release);
        s.lock.unlock2();
    }
    mp
}

pub fn new_g() -> G {
    G {
        stack: Stack { lo: 0, hi: 0 },
        stackguard0: AtomicUsize::new(0),
        stackguard1: 0,
        panic_: null_mut(),
        defer_: null_mut(),
        m: null_mut(),
        sched: Gobuf {
            sp: 0,
            pc: 0,
            g: null_mut(),
            ctxt: 0,
            bp: 0,
        },
        atomicstatus: std::sync::atomic::AtomicU32::new(G_IDLE),
        waitreason: WaitReason::Zero,
        preempt: AtomicBool::new(false),
        preempt_stop: false,
        param: null_mut(),
        goid: 0,
        schedlink: null_mut(),
        waitsince: 0,
        lockedm: null_mut(),
        waiting: null_mut(),
        select_done: std::sync::atomic::AtomicU32::new(0),
        startfv: std::ptr::null(),
        firstseg: null_mut(),
        curseg: null_mut(),
        stackinuse: 0,
        timer: null_mut(),
        allgs_index: 0,
        parking_on_chan: AtomicBool::new(false),
        gopc: 0,
        parent_goid: 0,
    }
}

const G0_STACK_SIZE: usize = 1 << 20;

/// Creates a new M (OS thread) that starts with P `pp` and runs `f` first.
fn newm(f: Option<fn()>, pp: *mut P) {
    let mp = allocm();
    unsafe {
        (*mp).nextp = pp;
        (*mp).mstartfn = f;
    }
    newosproc(mp);
}

fn newosproc(mp: *mut M) {
    let mpu = mp as usize;
    systemstack(|| {
        let r = std::thread::Builder::new()
            .name("gorun-m".into())
            .stack_size(G0_STACK_SIZE)
            .spawn(move || {
                mstart(mpu as *mut M);
            });
        if r.is_err() {
            crate::panic::throw("newosproc: cannot create thread");
        }
    });
}

/// Entry of every M on its own thread (and of m0 at the end of run_program).
/// Returns only to end the thread (a locked G exited, see goexit0).
fn mstart(mp: *mut M) {
    unsafe {
        let g0 = (*mp).g0;
        let base = getsp();
        (*g0).stack = Stack {
            lo: base - G0_STACK_SIZE + 64 * 1024,
            hi: base,
        };
        (*g0)
            .stackguard0
            .store((*g0).stack.lo + STACK_GUARD, Relaxed);
        // mcall and systemstack start from here on g0; everything above
        // (this frame) stays intact for the thread's exit.
        (*g0).sched.sp = (base - 4096) & !15;
        (*mp).procid = gettid();
        setg(g0);
        gorun_mcall_switch(&mut (*mp).exit_sp, (*g0).sched.sp, mstart1, g0);
        // Back here only through gogo_exit: the thread ends.
        setg(null_mut());
    }
}

extern "C" fn mstart1(g0: *mut G) {
    unsafe {
        setg(g0);
        let mp = (*g0).m;
        if let Some(f) = (*mp).mstartfn {
            f();
        }
        if !(*mp).is_m0 || (*mp).p.is_null() {
            let pp = (*mp).nextp;
            (*mp).nextp = null_mut();
            if !pp.is_null() {
                acquirep(pp);
            }
        }
        if (*mp).p.is_null() {
            crate::panic::throw("mstart1: no P");
        }
        schedule();
    }
}

fn mspinning() {
    unsafe { (*getm()).spinning = true };
}

/// Ends the current M's thread (a locked G exited): gives its P away and
/// returns from mstart. m0 cannot exit: it is wedged forever, as Go's.
fn mexit() -> ! {
    unsafe {
        let mp = getm();
        let pp = releasep();
        handoffp(pp);
        let s = sched();
        s.lock.lock();
        s.nmfreed += 1;
        s.mcount.fetch_sub(1, SeqCst);
        (*mp).dying = 1;
        checkdead();
        s.lock.unlock();
        if (*mp).is_m0 {
            loop {
                (*mp).park.notesleep();
                (*mp).park.noteclear();
            }
        }
        gorun_gogo((*mp).exit_sp)
    }
}

/// Puts mp on the idle list. sched.lock must be held.
fn mput(mp: *mut M) {
    let s = sched();
    unsafe {
        (*mp).schedlink = s.midle;
    }
    s.midle = mp;
    s.nmidle += 1;
    checkdead();
}

fn mget() -> *mut M {
    let s = sched();
    let mp = s.midle;
    if !mp.is_null() {
        unsafe { s.midle = (*mp).schedlink };
        s.nmidle -= 1;
    }
    mp
}

/// Stops execution of the current M until new work is available.
fn stopm() {
    unsafe {
        let mp = getm();
        if (*mp).locks != 0 {
            crate::panic::throw("stopm holding locks");
        }
        if !(*mp).p.is_null() {
            crate::panic::throw("stopm holding p");
        }
        if (*mp).spinning {
            crate::panic::throw("stopm spinning");
        }
        let s = sched();
        s.lock.lock();
        mput(mp);
        s.lock.unlock();
        (*mp).park.notesleep();
        (*mp).park.noteclear();
        let pp = (*mp).nextp;
        (*mp).nextp = null_mut();
        acquirep(pp);
    }
}

/// Schedules some M to run pp (creating an M if necessary). If pp is nil,
/// tries to get an idle P; if none, does nothing. If spinning, the caller
/// incremented nmspinning and the new M starts spinning.
pub fn startm(mut pp: *mut P, spinning: bool, lockheld: bool) {
    let mp = acquirem();
    let s = sched();
    if !lockheld {
        s.lock.lock();
    }
    unsafe {
        if pp.is_null() {
            if spinning {
                crate::panic::throw("startm: P required for spinning=true");
            }
            pp = pidleget();
            if pp.is_null() {
                if !lockheld {
                    s.lock.unlock();
                }
                releasem(mp);
                return;
            }
        }
        let nmp = mget();
        if nmp.is_null() {
            if !lockheld {
                s.lock.unlock();
            }
            let f: Option<fn()> = if spinning { Some(mspinning) } else { None };
            // newm takes sched.lock itself (mcommoninit).
            if lockheld {
                s.lock.unlock();
            }
            newm(f, pp);
            if lockheld {
                s.lock.lock();
            }
            releasem(mp);
            return;
        }
        if !lockheld {
            s.lock.unlock();
        }
        if (*nmp).spinning {
            crate::panic::throw("startm: m is spinning");
        }
        if !(*nmp).nextp.is_null() {
            crate::panic::throw("startm: m has p");
        }
        (*nmp).spinning = spinning;
        (*nmp).nextp = pp;
        (*nmp).park.notewakeup();
    }
    releasem(mp);
}

/// Hands off P from a syscall or locked M. Always runs without a P.
pub fn handoffp(pp: *mut P) {
    let s = sched();
    unsafe {
        // If it has local work or there is global work, start it straight away.
        if !(*pp).runq.is_empty() || s.runqsize.load(SeqCst) != 0 {
            startm(pp, false, false);
            return;
        }
        // No local work: if there are no spinning/idle M's, start a spinning
        // one (someone must look for work).
        if s.nmspinning.load(SeqCst) + s.npidle.load(SeqCst) == 0
            && s.nmspinning.compare_exchange(0, 1, SeqCst, SeqCst).is_ok()
        {
            s.needspinning.store(0, SeqCst);
            startm(pp, true, false);
            return;
        }
        s.lock.lock();
        if s.gcwaiting.load(SeqCst) {
            (*pp).status.store(P_GCSTOP, SeqCst);
            s.stopwait -= 1;
            if s.stopwait == 0 {
                s.stopnote.notewakeup();
            }
            s.lock.unlock();
            return;
        }
        if s.runqsize.load(SeqCst) != 0 {
            s.lock.unlock();
            startm(pp, false, false);
            return;
        }
        let when = (*pp).timers.wake_time();
        pidleput(pp);
        s.lock.unlock();
        if when != 0 {
            time::wake_timer_waiter(when);
        }
    }
}

/// Tries to add one more P to execute Gs. Called when a G is made runnable.
pub fn wakep() {
    let s = sched();
    // The #StoreLoad barrier between submitting work (runqput, timers) and
    // checking nmspinning; findrunnable's spinning→idle transition has its
    // own (the RMW on nmspinning) before it re-checks the queues.
    std::sync::atomic::fence(SeqCst);
    // Be conservative about spinning threads: only start one if none exist.
    if s.nmspinning.load(SeqCst) != 0
        || s.nmspinning.compare_exchange(0, 1, SeqCst, SeqCst).is_err()
    {
        return;
    }
    let mp = acquirem();
    s.lock.lock();
    let pp = pidleget();
    if pp.is_null() {
        s.needspinning.store(1, SeqCst);
        s.lock.unlock();
        s.nmspinning.fetch_add(-1, SeqCst);
        releasem(mp);
        return;
    }
    s.lock.unlock();
    startm(pp, true, false);
    releasem(mp);
}

/// Stops the current M, which is locked to a G, until the G is runnable.
fn stoplockedm() {
    unsafe {
        let mp = getm();
        if (*mp).lockedg.is_null() || (*(*mp).lockedg).lockedm != mp {
            crate::panic::throw("stoplockedm: inconsistent locking");
        }
        if !(*mp).p.is_null() {
            let pp = releasep();
            handoffp(pp);
        }
        incidlelocked(1);
        (*mp).park.notesleep();
        (*mp).park.noteclear();
        let status = readgstatus((*mp).lockedg);
        if status != G_RUNNABLE {
            rtprint!(
                "runtime:stoplockedm: lockedg (atomicstatus={}) is not Grunnable or Gscanrunnable\n",
                status
            );
            crate::panic::throw("stoplockedm: not runnable");
        }
        let pp = (*mp).nextp;
        (*mp).nextp = null_mut();
        acquirep(pp);
    }
}

/// Schedules the locked M to run the locked gp. Hands our P to it.
fn startlockedm(gp: *mut G) {
    unsafe {
        let mp = (*gp).lockedm;
        if mp == getm() {
            crate::panic::throw("startlockedm: locked to me");
        }
        if !(*mp).nextp.is_null() {
            crate::panic::throw("startlockedm: m has p");
        }
        incidlelocked(-1);
        let pp = releasep();
        (*mp).nextp = pp;
        (*mp).park.notewakeup();
        stopm();
    }
}

fn incidlelocked(v: i32) {
    let s = sched();
    s.lock.lock();
    s.nmidlelocked += v;
    if v > 0 {
        checkdead();
    }
    s.lock.unlock();
}

/// Stops the current M for stopTheWorld.
fn gcstopm() {
    let s = sched();
    unsafe {
        let mp = getm();
        if !s.gcwaiting.load(SeqCst) {
            crate::panic::throw("gcstopm: not waiting for gc");
        }
        if (*mp).spinning {
            (*mp).spinning = false;
            if s.nmspinning.fetch_add(-1, SeqCst) - 1 < 0 {
                crate::panic::throw("gcstopm: negative nmspinning");
            }
        }
        let pp = releasep();
        s.lock.lock();
        (*pp).status.store(P_GCSTOP, SeqCst);
        s.stopwait -= 1;
        if s.stopwait == 0 {
            s.stopnote.notewakeup();
        }
        s.lock.unlock();
    }
    stopm();
}

// ---------------------------------------------------------------------------
// Ps.

pub fn acquirep(pp: *mut P) {
    unsafe {
        let mp = getm();
        if !(*mp).p.is_null() {
            crate::panic::throw("wirep: already in go");
        }
        let st = (*pp).status.load(SeqCst);
        if !(*pp).m.load(SeqCst).is_null() || st != P_IDLE {
            rtprint!("wirep: p->m={:?} p->status={}\n", (*pp).m.load(SeqCst), st);
            crate::panic::throw("wirep: invalid p state");
        }
        (*mp).p = pp;
        (*pp).m.store(mp, SeqCst);
        (*pp).status.store(P_RUNNING, SeqCst);
    }
}

pub fn releasep() -> *mut P {
    unsafe {
        let mp = getm();
        let pp = (*mp).p;
        if pp.is_null() || (*pp).m.load(SeqCst) != mp || (*pp).status.load(SeqCst) != P_RUNNING {
            crate::panic::throw("releasep: invalid p state");
        }
        (*mp).p = null_mut();
        (*pp).m.store(null_mut(), SeqCst);
        (*pp).status.store(P_IDLE, SeqCst);
        pp
    }
}

/// Puts pp on the idle list. sched.lock must be held.
fn pidleput(pp: *mut P) {
    let s = sched();
    unsafe {
        if !(*pp).runq.is_empty() {
            crate::panic::throw("pidleput: P has non-empty run queue");
        }
        (*pp).link = s.pidle;
    }
    s.pidle = pp;
    s.npidle.fetch_add(1, SeqCst);
}

/// Takes a P from the idle list. sched.lock must be held.
fn pidleget() -> *mut P {
    let s = sched();
    let pp = s.pidle;
    if !pp.is_null() {
        unsafe { s.pidle = (*pp).link };
        s.npidle.fetch_add(-1, SeqCst);
    }
    pp
}

fn new_p(id: i32) -> *mut P {
    Box::into_raw(Box::new(P {
        id,
        status: std::sync::atomic::AtomicU32::new(P_GCSTOP),
        link: null_mut(),
        schedtick: std::sync::atomic::AtomicU32::new(0),
        syscalltick: std::sync::atomic::AtomicU32::new(0),
        sysmontick: SysmonTick::default(),
        m: AtomicPtr::new(null_mut()),
        runq: crate::runq::RunQueue::new(),
        gfree: GList::new(),
        gfree_n: 0,
        sudogcache: Vec::with_capacity(128),
        timers: time::TimerHeap::new(),
        preempt: AtomicBool::new(false),
        mcache: crate::mcache::allocmcache(),
    }))
}

/// Changes the number of Ps. sched.lock must be held and the world stopped.
/// Returns the list of Ps with local work (linked through `link`); the
/// caller must schedule them.
fn procresize(nprocs: i32) -> *mut P {
    let s = sched();
    let old = gomaxprocs();
    let mut runnable: *mut P = null_mut();
    unsafe {
        for i in 0..nprocs as usize {
            if allp(i).is_null() {
                G.allp[i].store(new_p(i as i32), Release);
            } else if (*allp(i)).mcache.is_null() {
                // A P destroyed by an earlier procresize comes back.
                (*allp(i)).mcache = crate::mcache::allocmcache();
            }
        }
        let mp = getm();
        let cur = (*mp).p;
        if !cur.is_null() && (*cur).id < nprocs {
            (*cur).status.store(P_RUNNING, SeqCst);
        } else {
            if !cur.is_null() {
                (*cur).m.store(null_mut(), SeqCst);
            }
            (*mp).p = null_mut();
            let pp = allp(0);
            (*pp).m.store(null_mut(), SeqCst);
            (*pp).status.store(P_IDLE, SeqCst);
            acquirep(pp);
        }
        // Release resources of Ps being destroyed.
        let mine = (*mp).p;
        for i in nprocs..old {
            destroy_p(allp(i as usize), mine);
        }
        G.gomaxprocs.store(nprocs, SeqCst);
        for i in (0..nprocs as usize).rev() {
            let pp = allp(i);
            if pp == mine {
                continue;
            }
            (*pp).status.store(P_IDLE, SeqCst);
            if (*pp).runq.is_empty() {
                pidleput(pp);
            } else {
                (*pp).link = runnable;
                runnable = pp;
            }
        }
        let _ = s;
    }
    runnable
}

/// Moves everything off a P that is going away (procresize).
unsafe fn destroy_p(pp: *mut P, to: *mut P) {
    let s = sched();
    unsafe {
        // Move all runnable goroutines to the global queue, runnext first.
        let next = (*pp).runq.take_runnext();
        if !next.is_null() {
            s.runq.push(next);
            s.runqsize.fetch_add(1, SeqCst);
        }
        loop {
            let (gp, _) = (*pp).runq.get();
            if gp.is_null() {
                break;
            }
            s.runq.push_back(gp);
            s.runqsize.fetch_add(1, SeqCst);
        }
        time::move_timers(pp, to);
        // Free Gs to the global list.
        s.gfree_lock.lock();
        loop {
            let gp = (*pp).gfree.pop();
            if gp.is_null() {
                break;
            }
            s.gfree.push(gp);
            s.gfree_n += 1;
        }
        (*pp).gfree_n = 0;
        s.gfree_lock.unlock();
        s.sudoglock.lock();
        while let Some(sg) = (*pp).sudogcache.pop() {
            (*sg).next = s.sudogcache;
            s.sudogcache = sg;
        }
        s.sudoglock.unlock();
        // Its cached spans go back to the mcentrals.
        crate::mcache::freemcache((*pp).mcache);
        (*pp).mcache = null_mut();
        (*pp).status.store(P_DEAD, SeqCst);
    }
}

// ---------------------------------------------------------------------------
// Run queues.

/// Puts gp on pp's local run queue (in runnext if `next`), spilling half of
/// a full queue to the global queue. Executed only by the owner P.
pub fn runqput(pp: *mut P, gp: *mut G, next: bool) {
    unsafe {
        if let Some(b) = (*pp).runq.put(gp, next) {
            // runqputslow: the local queue was full; move half of it (and gp)
            // to the global queue as one batch.
            let n = b.n;
            for i in 0..n - 1 {
                (*b.items[i]).schedlink = b.items[i + 1];
            }
            let s = sched();
            s.lock.lock();
            s.runq.push_back_all(b.items[0], b.items[n - 1]);
            s.runqsize.fetch_add(n as i32, SeqCst);
            s.lock.unlock();
        }
    }
}

/// Steals half of the Gs from p2's queue into pp's; returns one of them.
fn runqsteal(pp: *mut P, p2: *mut P, steal_runnext: bool) -> *mut G {
    unsafe {
        let victim_running = (*p2).status.load(Relaxed) == P_RUNNING;
        (*pp).runq.steal_from(&(*p2).runq, steal_runnext, || {
            // A G just readied into runnext is usually about to run on its
            // own P (the waker blocks right away): give it a moment, as Go.
            if victim_running {
                usleep(3);
            } else {
                crate::os_linux::osyield();
            }
        })
    }
}

/// Puts gp on the global run queue. sched.lock must be held.
pub fn globrunqput(gp: *mut G) {
    let s = sched();
    unsafe { s.runq.push_back(gp) };
    s.runqsize.fetch_add(1, SeqCst);
}

/// Takes a batch of Gs from the global queue: one to run, the rest onto pp's
/// local queue. sched.lock must be held.
fn globrunqget(pp: *mut P, max: i32) -> *mut G {
    let s = sched();
    let size = s.runqsize.load(SeqCst);
    if size == 0 {
        return null_mut();
    }
    let mut n = (size / gomaxprocs() + 1).min(size);
    if max > 0 && n > max {
        n = max;
    }
    n = n.min(crate::runtime2::RUNQ_SIZE as i32 / 2);
    s.runqsize.fetch_sub(n, SeqCst);
    unsafe {
        let gp = s.runq.pop();
        for _ in 1..n {
            let g2 = s.runq.pop();
            runqput(pp, g2, false);
        }
        gp
    }
}

// ---------------------------------------------------------------------------
// The scheduler loop.

fn becomespinning(mp: *mut M) {
    unsafe { (*mp).spinning = true };
    let s = sched();
    s.nmspinning.fetch_add(1, SeqCst);
    s.needspinning.store(0, SeqCst);
}

fn resetspinning() {
    unsafe {
        let mp = getm();
        if !(*mp).spinning {
            crate::panic::throw("resetspinning: not a spinning m");
        }
        (*mp).spinning = false;
        let n = sched().nmspinning.fetch_add(-1, SeqCst) - 1;
        if n < 0 {
            crate::panic::throw("findrunnable: negative nmspinning");
        }
    }
    // M wakeup policy is deliberately somewhat conservative, so check if we
    // need to wakeup another P here.
    wakep();
}

/// One round of the scheduler: find a runnable goroutine and execute it.
/// Never returns.
pub fn schedule() -> ! {
    unsafe {
        let mp = getm();
        if (*mp).locks != 0 {
            crate::panic::throw("schedule: holding locks");
        }
        if !(*mp).lockedg.is_null() {
            stoplockedm();
            execute((*mp).lockedg, false);
        }
        loop {
            let pp = (*mp).p;
            if (*mp).spinning && !(*pp).runq.is_empty() {
                crate::panic::throw("schedule: spinning with local work");
            }
            let (gp, inherit_time, try_wakep) = findrunnable();
            // This thread is going to run a goroutine and is not spinning
            // anymore, so if it was marked as spinning we need to reset it
            // now and potentially start a new spinning M.
            if (*mp).spinning {
                resetspinning();
            }
            if try_wakep {
                wakep();
            }
            if !(*gp).lockedm.is_null() {
                // Hands off own P to the locked m, then blocks waiting for a
                // new P.
                startlockedm(gp);
                continue;
            }
            execute(gp, inherit_time);
        }
    }
}

/// Schedules gp to run on the current M. If inherit_time, gp inherits the
/// remaining time in the current time slice (no schedtick increment).
fn execute(gp: *mut G, inherit_time: bool) -> ! {
    unsafe {
        let mp = getm();
        (*mp).curg = gp;
        (*gp).m = mp;
        casgstatus(gp, G_RUNNABLE, G_RUNNING);
        (*gp).waitsince = 0;
        (*gp).preempt.store(false, SeqCst);
        (*gp)
            .stackguard0
            .store((*gp).stack.lo + STACK_GUARD, SeqCst);
        if !inherit_time {
            (*(*mp).p).schedtick.fetch_add(1, Relaxed);
        }
        gogo(gp)
    }
}

/// Finds a runnable goroutine to execute: local queue, global queue, timers,
/// stealing from other Ps; if there is nothing, releases the P and stops the
/// M (or sleeps until the next timer). Returns (gp, inheritTime, tryWakeP).
fn findrunnable() -> (*mut G, bool, bool) {
    let s = sched();
    unsafe {
        let mp = getm();
        'top: loop {
            let pp = (*mp).p;
            if s.gcwaiting.load(SeqCst) {
                gcstopm();
                continue 'top;
            }
            // The clock is read only if this P has timers (as Go's
            // timers.check(0)).
            let (now, mut polluntil, _) = time::check_timers(pp, 0);

            // Check the global runnable queue once in a while to ensure
            // fairness. Otherwise two goroutines can completely occupy the
            // local runqueue by constantly respawning each other.
            // sysmon preempted this P's time slice (pp.preempt): a G taken
            // from runnext starts a new slice instead of inheriting it, so
            // schedtick moves even when Gs respawn each other through
            // runnext (Go gets this from async preemption), and the
            // 61-tick check above comes around.
            let sliced = (*pp).preempt.swap(false, Relaxed);
            if (*pp).schedtick.load(Relaxed).is_multiple_of(61) && s.runqsize.load(SeqCst) > 0 {
                s.lock.lock();
                let gp = globrunqget(pp, 1);
                s.lock.unlock();
                if !gp.is_null() {
                    return (gp, false, false);
                }
            }

            // local runq
            let (gp, inherit) = (*pp).runq.get();
            if !gp.is_null() {
                return (gp, inherit && !sliced, false);
            }

            // global runq
            if s.runqsize.load(SeqCst) != 0 {
                s.lock.lock();
                let gp = globrunqget(pp, 0);
                s.lock.unlock();
                if !gp.is_null() {
                    return (gp, false, false);
                }
            }

            // Spinning Ms: steal work from other Ps. Limit the number of
            // spinning Ms to half the number of busy Ps.
            let procs = gomaxprocs();
            if (*mp).spinning || 2 * s.nmspinning.load(SeqCst) < procs - s.npidle.load(SeqCst) {
                if !(*mp).spinning {
                    becomespinning(mp);
                }
                let (gp, inherit, w, new_work) = steal_work(now);
                if !gp.is_null() {
                    return (gp, inherit, false);
                }
                if new_work {
                    // There may be new timer or GC work; restart to discover.
                    continue 'top;
                }
                if w != 0 && (polluntil == 0 || w < polluntil) {
                    polluntil = w;
                }
            }

            // Nothing to do: release the P.
            s.lock.lock();
            if s.gcwaiting.load(SeqCst) {
                s.lock.unlock();
                continue 'top;
            }
            if s.runqsize.load(SeqCst) != 0 {
                let gp = globrunqget(pp, 0);
                s.lock.unlock();
                return (gp, false, false);
            }
            if !(*mp).spinning && s.needspinning.load(SeqCst) == 1 {
                // See the comment in wakep: a spinning M was requested.
                s.needspinning.store(0, SeqCst);
                becomespinning(mp);
                s.lock.unlock();
                continue 'top;
            }
            let procs = gomaxprocs() as usize;
            if releasep() != pp {
                crate::panic::throw("findrunnable: wrong p");
            }
            pidleput(pp);
            s.lock.unlock();

            // Delicate dance: thread transitions from spinning to non-spinning
            // state, potentially concurrently with submission of new work. We
            // must drop nmspinning first and then check all sources again. If
            // we do it the other way around, another thread can submit work
            // after we've checked all sources but before we drop nmspinning;
            // as a result nobody will unpark a thread to run the work.
            let was_spinning = (*mp).spinning;
            if (*mp).spinning {
                (*mp).spinning = false;
                if s.nmspinning.fetch_add(-1, SeqCst) - 1 < 0 {
                    crate::panic::throw("findrunnable: negative nmspinning");
                }
                // Check all runqueues once again.
                let pp2 = check_runqs_nop(procs);
                if !pp2.is_null() {
                    acquirep(pp2);
                    becomespinning(mp);
                    continue 'top;
                }
                // Check for timer creation or expiry concurrently with
                // transitioning from spinning to non-spinning.
                polluntil = time::check_timers_nop(procs, polluntil);
            }
            let _ = was_spinning;

            // Timers pending: one M sleeps until the earliest (Go's netpoller
            // does this); the others stop.
            if polluntil != 0 || time::any_timers(procs) {
                if !s.timerwaiter.swap(true, SeqCst) {
                    time::timer_wait(polluntil, procs);
                    s.timerwaiter.store(false, SeqCst);
                    s.lock.lock();
                    let pp2 = pidleget();
                    s.lock.unlock();
                    if !pp2.is_null() {
                        acquirep(pp2);
                        continue 'top;
                    }
                } else if polluntil != 0 {
                    time::wake_timer_waiter(polluntil);
                }
            }
            stopm();
        }
    }
}

/// Looks at every P's run queue (we have no P). Returns an idle P we took if
/// there is work somewhere.
fn check_runqs_nop(procs: usize) -> *mut P {
    let s = sched();
    unsafe {
        for i in 0..procs {
            let p2 = allp(i);
            if !p2.is_null() && !(*p2).runq.is_empty() {
                s.lock.lock();
                let pp = pidleget();
                s.lock.unlock();
                return pp;
            }
        }
    }
    null_mut()
}

/// Tries to steal a runnable goroutine or timer from any P: 4 rounds over the
/// Ps in random order; the last round also takes runnext and runs timers.
/// Returns (gp, inheritTime, next timer, newWork).
fn steal_work(mut now: i64) -> (*mut G, bool, i64, bool) {
    let s = sched();
    const STEAL_TRIES: usize = 4;
    unsafe {
        let pp = (*getm()).p;
        let mut polluntil = 0i64;
        let procs = gomaxprocs() as u32;
        for i in 0..STEAL_TRIES {
            let steal_timers_or_runnext = i == STEAL_TRIES - 1;
            let (start, stride) = random_order(procs);
            let mut idx = start;
            for _ in 0..procs {
                if s.gcwaiting.load(SeqCst) {
                    // GC work may be available.
                    return (null_mut(), false, 0, true);
                }
                let p2 = allp(idx as usize);
                idx = (idx + stride) % procs;
                if pp == p2 {
                    continue;
                }
                // Steal timers from p2. This call to checkTimers is the only
                // place where we might hold a lock on a different P's timers.
                if steal_timers_or_runnext && (*p2).timers.wake_time() != 0 {
                    let (tnow, w, ran) = time::check_timers(p2, now);
                    now = tnow;
                    if w != 0 && (polluntil == 0 || w < polluntil) {
                        polluntil = w;
                    }
                    if ran {
                        // Running the timers may have made an arbitrary
                        // number of goroutines ready and added them to this
                        // P's local run queue.
                        let (gp, inherit) = (*pp).runq.get();
                        if !gp.is_null() {
                            return (gp, inherit, 0, false);
                        }
                    }
                }
                if !(*p2).runq.is_empty() || ((*p2).runq.has_runnext() && steal_timers_or_runnext) {
                    let gp = runqsteal(pp, p2, steal_timers_or_runnext);
                    if !gp.is_null() {
                        return (gp, false, 0, false);
                    }
                }
            }
        }
        (null_mut(), false, polluntil, false)
    }
}

/// A random start and a stride coprime with n, visiting every P once.
fn random_order(n: u32) -> (u32, u32) {
    if n <= 1 {
        return (0, 1);
    }
    let start = cheaprandn(n);
    let mut stride = 1 + cheaprandn(n - 1);
    while gcd(stride, n) != 1 {
        stride = 1 + (stride % (n - 1));
        if stride == 1 {
            break;
        }
    }
    if gcd(stride, n) != 1 {
        stride = 1;
    }
    (start, stride)
}

fn gcd(mut a: u32, mut b: u32) -> u32 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

// ---------------------------------------------------------------------------
// Creating and ending goroutines.

fn allgadd(gp: *mut G) {
    G.allglock.lock();
    unsafe {
        let v = &mut *G.allgs.get();
        (*gp).allgs_index = v.len();
        v.push(gp);
        G.allglen.store(v.len(), Release);
    }
    G.allglock.unlock();
}

/// Calls f for every G (allglock held).
pub fn for_each_g(mut f: impl FnMut(*mut G)) {
    G.allglock.lock();
    unsafe {
        for &gp in (*G.allgs.get()).iter() {
            f(gp);
        }
    }
    G.allglock.unlock();
}

/// Lays out a fresh initial frame so that gogo enters gorun_gostart with
/// newg in r12 and fv in r13 (see asm_amd64.rs).
unsafe fn gostartcallfn(newg: *mut G, fv: *const FuncVal) {
    unsafe {
        let top = (*(*newg).firstseg).top();
        let a = top - 24; // return slot: (a + 8) % 16 == 0
        let w = |addr: usize, v: usize| *(addr as *mut usize) = v;
        w(a + 16, 0);
        w(a + 8, 0);
        w(a, gorun_gostart as *const () as usize);
        w(a - 8, 0); // rbp
        w(a - 16, 0); // rbx
        w(a - 24, newg as usize); // r12
        w(a - 32, fv as usize); // r13
        w(a - 40, 0); // r14
        w(a - 48, 0); // r15
        (*newg).sched.sp = a - 48;
        (*newg).sched.pc = gorun_gostart as *const () as usize;
        (*newg).sched.g = newg;
    }
}

/// Creates a goroutine running fv and puts it in runnext of the current P.
/// Callable on a goroutine stack or g0 (timer callbacks).
pub fn newproc(callergp: *mut G, fv: *const FuncVal) -> *mut G {
    newproc_at(callergp, fv, 0)
}

/// [`newproc`] for a `go` statement whose call returns to `gopc` in
/// `callergp`'s code (recorded for tracebacks).
pub fn newproc_at(callergp: *mut G, fv: *const FuncVal, gopc: usize) -> *mut G {
    let fvu = fv as usize;
    let parent = if callergp.is_null() {
        0
    } else {
        unsafe { (*callergp).goid }
    };
    systemstack_ret(|| unsafe {
        let newg = newproc1(fvu as *const FuncVal);
        (*newg).gopc = gopc;
        (*newg).parent_goid = parent;
        let pp = (*getm()).p;
        runqput(pp, newg, true);
        if MAIN_STARTED.load(Relaxed) {
            wakep();
        }
        newg
    })
}

unsafe fn newproc1(fv: *const FuncVal) -> *mut G {
    unsafe {
        let mp = acquirem();
        let pp = (*mp).p;
        let mut newg = gfget(pp);
        if newg.is_null() {
            newg = Box::into_raw(Box::new(new_g()));
            let seg = stackalloc(0);
            (*newg).firstseg = seg;
            (*newg).curseg = seg;
            (*newg).stack = (*seg).stack();
            (*newg).stackinuse = FIRST_SEGMENT;
            casgstatus(newg, G_IDLE, G_DEAD);
            allgadd(newg);
        } else {
            // Its first segment may have been handed back to the kernel:
            // write its header again.
            let seg = (*newg).firstseg;
            let lo = (*newg).stack0_lo();
            let h = crate::stack::init_segment(lo, FIRST_SEGMENT);
            debug_assert_eq!(h, seg);
            (*newg).curseg = h;
            (*newg).stack = (*h).stack();
            (*newg).stackinuse = FIRST_SEGMENT;
        }
        gostartcallfn(newg, fv);
        (*newg).startfv = fv;
        (*newg).goid = sched().goidgen.fetch_add(1, Relaxed) + 1;
        (*newg).waitreason = WaitReason::Zero;
        (*newg)
            .stackguard0
            .store((*newg).stack.lo + STACK_GUARD, SeqCst);
        casgstatus(newg, G_DEAD, G_RUNNABLE);
        GLIVE.fetch_add(1, Relaxed);
        G.gocount_created.fetch_add(1, Relaxed);
        releasem(mp);
        newg
    }
}

impl G {
    /// Low end of the first segment (valid even after madvise).
    pub fn stack0_lo(&self) -> usize {
        self.firstseg as usize + crate::stack::SEG_HEADER - FIRST_SEGMENT
    }
}

/// Dead Gs on the global list whose stacks stay resident; past this many,
/// stacks are handed back to the kernel as Gs reach the global list.
const GFREE_HOT_MAX: i32 = 8192;

/// Puts a dead G on pp's free list; beyond 64, moves half to the global
/// list (Go's gfput). The global list keeps up to GFREE_HOT_MAX stacks
/// resident for reuse; the stacks of the others are released with madvise,
/// in bulk, so a million dead goroutines do not keep their pages.
unsafe fn gfput(pp: *mut P, gp: *mut G) {
    unsafe {
        (*pp).gfree.push(gp);
        (*pp).gfree_n += 1;
        if (*pp).gfree_n >= 64 {
            let s = sched();
            let mut head: *mut G = null_mut();
            let mut tail: *mut G = null_mut();
            let mut n = 0;
            while (*pp).gfree_n >= 32 {
                let g2 = (*pp).gfree.pop();
                (*pp).gfree_n -= 1;
                (*g2).schedlink = head;
                if tail.is_null() {
                    tail = g2;
                }
                head = g2;
                n += 1;
            }
            let hot = s.gfree_n < GFREE_HOT_MAX;
            if !hot {
                let mut ranges = Vec::with_capacity(n as usize);
                let mut g2 = head;
                while !g2.is_null() {
                    let lo = (*g2).stack0_lo();
                    ranges.push((lo, lo + FIRST_SEGMENT));
                    g2 = (*g2).schedlink;
                }
                crate::stack::release_first_segments(ranges);
            }
            s.gfree_lock.lock();
            if hot {
                (*tail).schedlink = s.gfree.head;
                s.gfree.head = head;
                s.gfree_n += n;
            } else {
                (*tail).schedlink = s.gfree_nostack.head;
                s.gfree_nostack.head = head;
            }
            s.gfree_lock.unlock();
        }
    }
}

/// Gets a dead G from pp's free list, refilling it from the global lists
/// (resident stacks first).
unsafe fn gfget(pp: *mut P) -> *mut G {
    unsafe {
        let s = sched();
        if (*pp).gfree.empty() && (!s.gfree.empty() || !s.gfree_nostack.empty()) {
            s.gfree_lock.lock();
            while (*pp).gfree_n < 32 {
                let mut gp = s.gfree.pop();
                if gp.is_null() {
                    gp = s.gfree_nostack.pop();
                    if gp.is_null() {
                        break;
                    }
                } else {
                    s.gfree_n -= 1;
                }
                (*pp).gfree.push(gp);
                (*pp).gfree_n += 1;
            }
            s.gfree_lock.unlock();
        }
        let gp = (*pp).gfree.pop();
        if !gp.is_null() {
            (*pp).gfree_n -= 1;
        }
        gp
    }
}

/// Reached when a goroutine's entry function returns (from gorun_gostart).
pub extern "C" fn goexit_from_entry(gp: *mut G) -> ! {
    goexit1(gp)
}

/// Finishes the current goroutine (runtime.Goexit after deferred calls).
pub fn goexit1(_gp: *mut G) -> ! {
    mcall(goexit0);
    unreachable!()
}

extern "C" fn goexit0(gp: *mut G) {
    unsafe {
        let mp = getm();
        let pp = (*mp).p;
        casgstatus(gp, G_RUNNING, G_DEAD);
        GLIVE.fetch_add(-1, Relaxed);
        let locked = !(*gp).lockedm.is_null();
        (*gp).m = null_mut();
        (*gp).lockedm = null_mut();
        (*mp).lockedg = null_mut();
        (*gp).preempt.store(false, Relaxed);
        (*gp).param = null_mut();
        (*gp).waitreason = WaitReason::Zero;
        (*gp).panic_ = null_mut();
        (*gp).defer_ = null_mut();
        if locked && (*mp).locked_int != 0 {
            rtprint!("runtime: mp.lockedInt = {}\n", (*mp).locked_int);
            crate::panic::throw("exited a goroutine internally locked to the OS thread");
        }
        (*mp).locked_ext = 0;
        dropg();
        crate::stack::free_extra_segments(gp);
        gfput(pp, gp);
        if locked {
            // The goroutine may have locked this thread because it put it in
            // an unusual kernel state. Kill it rather than returning it to
            // the thread pool.
            mexit();
        }
        schedule();
    }
}

fn dropg() {
    unsafe {
        let mp = getm();
        let gp = (*mp).curg;
        if !gp.is_null() {
            (*gp).m = null_mut();
        }
        (*mp).curg = null_mut();
    }
}

pub fn num_goroutine() -> i64 {
    GLIVE.load(Relaxed)
}

// ---------------------------------------------------------------------------
// Parking.

/// Puts the current goroutine into a waiting state and calls unlockf on the
/// system stack. If unlockf returns false, the goroutine is resumed.
/// unlockf must not access this G's stack, as it may be moved (ours never
/// move, but its frames may be resumed on another M at once).
pub fn gopark(
    unlockf: Option<unsafe fn(*mut G, *mut u8) -> bool>,
    lock: *mut u8,
    reason: WaitReason,
) {
    unsafe {
        let gp = getg();
        let mp = acquirem();
        let status = readgstatus(gp);
        if status != G_RUNNING {
            crate::panic::throw("gopark: bad g status");
        }
        (*mp).waitlock = lock;
        (*mp).waitunlockf = unlockf;
        (*gp).waitreason = reason;
        releasem(mp);
        mcall(park_m);
    }
}

unsafe fn unlock_mutex(_gp: *mut G, lock: *mut u8) -> bool {
    unsafe { (*(lock as *const crate::lock_futex::Mutex)).unlock() };
    true
}

/// gopark that releases the runtime lock `lock` once the G is parked.
pub fn goparkunlock(lock: &crate::lock_futex::Mutex, reason: WaitReason) {
    gopark(Some(unlock_mutex), lock as *const _ as *mut u8, reason);
}

extern "C" fn park_m(gp: *mut G) {
    unsafe {
        let mp = getm();
        casgstatus(gp, G_RUNNING, G_WAITING);
        dropg();
        if let Some(f) = (*mp).waitunlockf.take() {
            let lock = (*mp).waitlock;
            (*mp).waitlock = null_mut();
            if !f(gp, lock) {
                casgstatus(gp, G_WAITING, G_RUNNABLE);
                execute(gp, true);
            }
        }
        schedule();
    }
}

/// Marks gp ready to run (it was parked), on the current P's runnext.
pub fn goready(gp: *mut G) {
    let gpu = gp as usize;
    systemstack(|| ready(gpu as *mut G, true));
}

pub fn ready(gp: *mut G, next: bool) {
    unsafe {
        let status = readgstatus(gp);
        let mp = acquirem();
        if status != G_WAITING {
            rtprint!(
                "runtime: ready: goroutine {} has status {}\n",
                (*gp).goid,
                status
            );
            crate::panic::throw("bad g->status in ready");
        }
        casgstatus(gp, G_WAITING, G_RUNNABLE);
        runqput((*mp).p, gp, next);
        wakep();
        releasem(mp);
    }
}

// ---------------------------------------------------------------------------
// Yielding and preemption.

pub fn gosched(_gp: *mut G) {
    mcall(gosched_m);
}

extern "C" fn gosched_m(gp: *mut G) {
    gosched_impl(gp, false);
}

/// Yields after a preemption request (from morestack).
pub extern "C" fn gopreempt_m(gp: *mut G) {
    gosched_impl(gp, true);
}

fn gosched_impl(gp: *mut G, _preempted: bool) -> ! {
    casgstatus(gp, G_RUNNING, G_RUNNABLE);
    dropg();
    let s = sched();
    s.lock.lock();
    globrunqput(gp);
    s.lock.unlock();
    if MAIN_STARTED.load(Relaxed) {
        wakep();
    }
    schedule()
}

/// Like gosched but puts gp on the local run queue (used by semrelease
/// hand-off, Go's goyield).
pub fn goyield() {
    mcall(goyield_m);
}

extern "C" fn goyield_m(gp: *mut G) {
    unsafe {
        let pp = (*getm()).p;
        casgstatus(gp, G_RUNNING, G_RUNNABLE);
        dropg();
        runqput(pp, gp, false);
        schedule();
    }
}

/// Asks the G running on pp to stop (stackguard0 = STACK_PREEMPT).
pub fn preemptone(pp: *mut P) -> bool {
    unsafe {
        let mp = (*pp).m.load(SeqCst);
        if mp.is_null() || mp == getm() {
            return false;
        }
        let gp = (*mp).curg;
        if gp.is_null() || gp == (*mp).g0 {
            return false;
        }
        (*gp).preempt.store(true, SeqCst);
        // Every call in the goroutine checks for stack overflow by comparing
        // the current stack pointer to gp.stackguard0. Setting it to
        // STACK_PREEMPT folds preemption into the normal check.
        (*gp).stackguard0.store(STACK_PREEMPT, SeqCst);
        (*pp).preempt.store(true, SeqCst);
        true
    }
}

fn preemptall() -> bool {
    let mut res = false;
    for i in 0..gomaxprocs() as usize {
        let pp = allp(i);
        if unsafe { (*pp).status.load(SeqCst) } != P_RUNNING {
            continue;
        }
        if preemptone(pp) {
            res = true;
        }
    }
    res
}

// ---------------------------------------------------------------------------
// Syscalls.

/// The goroutine is about to enter a blocking system call: its P may be
/// retaken by sysmon while it is away.
pub fn entersyscall(gp: *mut G) {
    unsafe {
        let mp = (*gp).m;
        (*mp).locks += 1;
        (*gp).sched.sp = getsp();
        casgstatus(gp, G_RUNNING, G_SYSCALL);
        let pp = (*mp).p;
        (*mp).syscalltick = (*pp).syscalltick.load(Relaxed);
        (*pp).m.store(null_mut(), SeqCst);
        (*mp).oldp = pp;
        (*mp).p = null_mut();
        (*pp).status.store(P_SYSCALL, SeqCst);
        let s = sched();
        if s.gcwaiting.load(SeqCst) {
            systemstack(|| entersyscall_gcwait(pp));
        }
        (*mp).locks -= 1;
    }
}

fn entersyscall_gcwait(pp: *mut P) {
    let s = sched();
    s.lock.lock();
    unsafe {
        if s.stopwait > 0
            && (*pp)
                .status
                .compare_exchange(P_SYSCALL, P_GCSTOP, SeqCst, SeqCst)
                .is_ok()
        {
            (*pp).syscalltick.fetch_add(1, Relaxed);
            s.stopwait -= 1;
            if s.stopwait == 0 {
                s.stopnote.notewakeup();
            }
        }
    }
    s.lock.unlock();
}

/// The goroutine finished its system call: get a P back (its old one if
/// still free, else an idle one, else queue the G and stop the M).
pub fn exitsyscall(gp: *mut G) {
    unsafe {
        let mp = (*gp).m;
        (*mp).locks += 1;
        let oldp = (*mp).oldp;
        (*mp).oldp = null_mut();
        if exitsyscallfast(oldp) {
            let pp = (*getm()).p;
            (*pp).syscalltick.fetch_add(1, Relaxed);
            casgstatus(gp, G_SYSCALL, G_RUNNING);
            (*mp).locks -= 1;
            if (*gp).preempt.load(SeqCst) {
                (*gp).stackguard0.store(STACK_PREEMPT, SeqCst);
            } else {
                set_stackguard(gp);
            }
            return;
        }
        (*mp).locks -= 1;
        mcall(exitsyscall0);
        // Resumed by the scheduler, on some M with a P.
    }
}

fn exitsyscallfast(oldp: *mut P) -> bool {
    let s = sched();
    unsafe {
        if !oldp.is_null()
            && (*oldp).status.load(SeqCst) == P_SYSCALL
            && (*oldp)
                .status
                .compare_exchange(P_SYSCALL, P_IDLE, SeqCst, SeqCst)
                .is_ok()
        {
            acquirep(oldp);
            return true;
        }
        if !s.pidle.is_null() {
            let ok = systemstack_ret(|| {
                s.lock.lock();
                let pp = pidleget();
                s.lock.unlock();
                if pp.is_null() {
                    false
                } else {
                    acquirep(pp);
                    true
                }
            });
            return ok;
        }
    }
    false
}

extern "C" fn exitsyscall0(gp: *mut G) {
    unsafe {
        casgstatus(gp, G_SYSCALL, G_RUNNABLE);
        dropg();
        let s = sched();
        s.lock.lock();
        let pp = if s.gcwaiting.load(SeqCst) {
            null_mut()
        } else {
            pidleget()
        };
        let mut locked = false;
        if pp.is_null() {
            globrunqput(gp);
            // Below, we stoplockedm if gp is locked. globrunqput releases
            // ownership of gp, so we must check if gp is locked prior to
            // committing the release by unlocking sched.lock.
            locked = !(*gp).lockedm.is_null();
        }
        s.lock.unlock();
        if !pp.is_null() {
            acquirep(pp);
            execute(gp, false);
        }
        if locked {
            // Wait until another thread schedules gp and so m again.
            stoplockedm();
            execute(gp, false);
        }
        stopm();
        schedule();
    }
}

// ---------------------------------------------------------------------------
// Stop the world.

/// Stops all Ps: on return the caller's M holds its P in _Pgcstop... we
/// keep it _Prunning for the caller as Go does after stopTheWorldWithSema
/// returns its state. Must run on the system stack.
pub fn stop_the_world_with_sema() {
    let s = sched();
    unsafe {
        let mp = getm();
        s.lock.lock();
        s.stopwait = gomaxprocs();
        s.gcwaiting.store(true, SeqCst);
        preemptall();
        // Stop current P.
        (*(*mp).p).status.store(P_GCSTOP, SeqCst);
        s.stopwait -= 1;
        // Try to retake all P's in Psyscall status.
        for i in 0..gomaxprocs() as usize {
            let pp = allp(i);
            if (*pp).status.load(SeqCst) == P_SYSCALL
                && (*pp)
                    .status
                    .compare_exchange(P_SYSCALL, P_GCSTOP, SeqCst, SeqCst)
                    .is_ok()
            {
                (*pp).syscalltick.fetch_add(1, Relaxed);
                s.stopwait -= 1;
            }
        }
        // Stop idle P's.
        loop {
            let pp = pidleget();
            if pp.is_null() {
                break;
            }
            (*pp).status.store(P_GCSTOP, SeqCst);
            s.stopwait -= 1;
        }
        let wait = s.stopwait > 0;
        s.lock.unlock();
        // Wait for remaining P's to stop voluntarily.
        if wait {
            loop {
                // Wait for 100us, then try to re-preempt in case of any races.
                if s.stopnote.notetsleep(100_000) {
                    s.stopnote.noteclear();
                    break;
                }
                preemptall();
            }
        }
        for i in 0..gomaxprocs() as usize {
            if (*allp(i)).status.load(SeqCst) != P_GCSTOP {
                crate::panic::throw("stopTheWorld: not stopped");
            }
        }
    }
}

pub fn start_the_world_with_sema() {
    let s = sched();
    unsafe {
        let mp = getm();
        s.lock.lock();
        let mut procs = gomaxprocs();
        let np = G.newprocs.swap(0, SeqCst);
        if np != 0 {
            procs = np;
        }
        // procresize wants our P running and idle others in GCSTOP.
        (*(*mp).p).status.store(P_RUNNING, SeqCst);
        let mut p1 = procresize(procs);
        s.gcwaiting.store(false, SeqCst);
        s.lock.unlock();
        while !p1.is_null() {
            let pp = p1;
            p1 = (*pp).link;
            startm(pp, false, false);
        }
    }
    // Wakeup an additional proc in case we have excessive runnable goroutines
    // in local queues or in the global queue.
    wakep();
}

/// Stops the world from a goroutine (the G keeps running on its P).
pub fn stop_the_world(gp: *mut G, reason: WaitReason) {
    unsafe {
        let mp = acquirem();
        (*mp).preemptoff = "stop the world";
        (*gp).waitreason = reason;
    }
    systemstack(stop_the_world_with_sema);
}

pub fn start_the_world(_gp: *mut G) {
    systemstack(start_the_world_with_sema);
    unsafe {
        let mp = getm();
        (*mp).preemptoff = "";
        releasem(mp);
    }
}

/// runtime.GOMAXPROCS: sets the number of Ps (n > 0) and returns the old one.
pub fn set_gomaxprocs(gp: *mut G, n: i32) -> i32 {
    let s = sched();
    s.lock.lock();
    let ret = gomaxprocs();
    s.lock.unlock();
    if n <= 0 || n == ret {
        return ret;
    }
    let n = n.min(MAX_GOMAXPROCS as i32);
    stop_the_world(gp, WaitReason::StoppingTheWorld);
    G.newprocs.store(n, SeqCst);
    start_the_world(gp);
    ret
}

// ---------------------------------------------------------------------------
// checkdead.

/// Checks for deadlock: no M is running Go code, nothing in a syscall, and no
/// timer pending. sched.lock must be held.
pub fn checkdead() {
    let s = sched();
    let run = s.mcount.load(SeqCst) - s.nmidle - s.nmidlelocked - s.nmsys;
    if run > 0 {
        return;
    }
    if run < 0 {
        rtprint!(
            "runtime: checkdead: nmidle={} nmidlelocked={} mcount={} nmsys={}\n",
            s.nmidle,
            s.nmidlelocked,
            s.mcount.load(SeqCst),
            s.nmsys
        );
        s.lock.unlock();
        crate::panic::throw("checkdead: inconsistent counts");
    }
    let mut grunning = 0;
    let mut bad: *mut G = null_mut();
    for_each_g(|gp| match readgstatus(gp) {
        G_WAITING | G_PREEMPTED => grunning += 1,
        G_RUNNABLE | G_RUNNING | G_SYSCALL => bad = gp,
        _ => {}
    });
    if !bad.is_null() {
        // An M is about to run it (e.g. a locked M being handed a P).
        return;
    }
    if grunning == 0 {
        s.lock.unlock();
        crate::panic::fatal("no goroutines (main called runtime.Goexit) - deadlock!");
    }
    // There are no goroutines running, so we can look at the P's timers.
    for i in 0..gomaxprocs() as usize {
        if unsafe { (*allp(i)).timers.len() } > 0 {
            return;
        }
    }
    s.lock.unlock();
    crate::panic::fatal("all goroutines are asleep - deadlock!");
}

// ---------------------------------------------------------------------------
// sysmon.

const FORCE_PREEMPT_NS: i64 = 10_000_000;

fn newm_sysmon() {
    let mp = allocm();
    let mpu = mp as usize;
    let s = sched();
    s.lock.lock2();
    s.nmsys += 1;
    s.lock.unlock2();
    std::thread::Builder::new()
        .name("gorun-sysmon".into())
        .stack_size(G0_STACK_SIZE)
        .spawn(move || {
            let mp = mpu as *mut M;
            unsafe {
                (*mp).procid = gettid();
                let g0 = (*mp).g0;
                (*g0).stack = Stack {
                    lo: getsp() - G0_STACK_SIZE + 64 * 1024,
                    hi: getsp(),
                };
                setg(g0);
            }
            sysmon();
        })
        .expect("sysmon thread");
}

/// Always runs without a P, so write barriers are not allowed (Go); here:
/// it only reads Ps and Ms, which are never freed.
fn sysmon() -> ! {
    let s = sched();
    let mut idle = 0u32;
    let mut delay = 0u32;
    let mut lasttrace = 0i64;
    let mut laststamp = 0i64;
    loop {
        if idle == 0 {
            delay = 20; // start with 20us sleep...
        } else if idle > 50 {
            delay *= 2; // ...then start doubling
        }
        if delay > 10 * 1000 {
            delay = 10 * 1000; // up to 10ms
        }
        usleep(delay);
        let now = nanotime();
        // A due timer nobody is looking at: start an M to run it.
        let next = time::time_sleep_until();
        if next != 0 && next < now && !s.timerwaiter.load(SeqCst) {
            startm(null_mut(), false, false);
        }
        if retake(now) != 0 {
            idle = 0;
        } else {
            idle += 1;
        }
        if laststamp + 1_000_000_000 <= now {
            laststamp = now;
            stamp_waiting(now);
        }
        let st = DEBUG_SCHEDTRACE.load(Relaxed);
        if st > 0 && lasttrace + st as i64 * 1_000_000 <= now {
            lasttrace = now;
            schedtrace(DEBUG_SCHEDDETAIL.load(Relaxed) > 0);
        }
    }
}

/// Gives every waiting G that has none the time it has been waiting since
/// (to the second): what tracebacks' "N minutes" read. A G that starts
/// waiting clears its stamp, so a stale one (set just as it was readied)
/// is never read.
fn stamp_waiting(now: i64) {
    for_each_g(|gp| unsafe {
        if readgstatus(gp) == G_WAITING && (*gp).waitsince == 0 {
            (*gp).waitsince = now;
        }
    });
}

fn retake(now: i64) -> u32 {
    let s = sched();
    let mut n = 0;
    for i in 0..gomaxprocs() as usize {
        let pp = allp(i);
        if pp.is_null() {
            continue;
        }
        unsafe {
            let pd = &mut (*pp).sysmontick;
            let st = (*pp).status.load(SeqCst);
            let mut sysretake = false;
            if st == P_RUNNING || st == P_SYSCALL {
                // Preempt G if it's running on the same schedtick for too long.
                let t = (*pp).schedtick.load(Relaxed);
                if pd.schedtick != t {
                    pd.schedtick = t;
                    pd.schedwhen = now;
                } else if pd.schedwhen + FORCE_PREEMPT_NS <= now {
                    preemptone(pp);
                    // In case of syscall, preemptone() doesn't work, because
                    // there is no M wired to P.
                    sysretake = true;
                }
            }
            if st == P_SYSCALL {
                // Retake P from syscall if it's there for more than 1 sysmon
                // tick (at least 20us).
                let t = (*pp).syscalltick.load(Relaxed);
                if !sysretake && pd.syscalltick != t {
                    pd.syscalltick = t;
                    pd.syscallwhen = now;
                    continue;
                }
                // On the one hand we don't want to retake Ps if there is no
                // other work to do, but on the other hand we want to retake
                // them eventually because they can prevent the sysmon thread
                // from deep sleep.
                if (*pp).runq.is_empty()
                    && s.nmspinning.load(SeqCst) + s.npidle.load(SeqCst) > 0
                    && pd.syscallwhen + 10 * 1000 * 1000 > now
                {
                    continue;
                }
                // Need to decrement number of idle locked M's (pretending
                // that one more is running) before the CAS. Otherwise the M
                // from which we retake can exit the syscall, increment
                // nmidle and report deadlock.
                incidlelocked(-1);
                if (*pp)
                    .status
                    .compare_exchange(P_SYSCALL, P_IDLE, SeqCst, SeqCst)
                    .is_ok()
                {
                    n += 1;
                    (*pp).syscalltick.fetch_add(1, Relaxed);
                    handoffp(pp);
                }
                incidlelocked(1);
            }
        }
    }
    n
}

/// GODEBUG=schedtrace: one line per call, as Go prints it.
pub fn schedtrace(detailed: bool) {
    let s = sched();
    let now = nanotime();
    s.lock.lock2();
    let procs = gomaxprocs() as usize;
    rtprint!(
        "SCHED {}ms: gomaxprocs={} idleprocs={} threads={} spinningthreads={} needspinning={} idlethreads={} runqueue={}",
        (now - G.starttime.load(Relaxed)) / 1_000_000,
        procs,
        s.npidle.load(SeqCst),
        s.mcount.load(SeqCst),
        s.nmspinning.load(SeqCst),
        s.needspinning.load(SeqCst),
        s.nmidle,
        s.runqsize.load(SeqCst)
    );
    if detailed {
        rtprint!(
            " gcwaiting={} nmidlelocked={} stopwait={} sysmonwait={}\n",
            s.gcwaiting.load(SeqCst),
            s.nmidlelocked,
            s.stopwait,
            s.sysmonwait.load(SeqCst)
        );
    }
    unsafe {
        for i in 0..procs {
            let pp = allp(i);
            let n = (*pp).runq.len();
            if detailed {
                let mp = (*pp).m.load(SeqCst);
                let mid = if mp.is_null() {
                    "nil".to_string()
                } else {
                    (*mp).id.to_string()
                };
                rtprint!(
                    "  P{}: status={} schedtick={} syscalltick={} m={} runqsize={} gfreecnt={} timerslen={}\n",
                    i,
                    (*pp).status.load(SeqCst),
                    (*pp).schedtick.load(Relaxed),
                    (*pp).syscalltick.load(Relaxed),
                    mid,
                    n,
                    (*pp).gfree_n,
                    (*pp).timers.len()
                );
            } else {
                if i == 0 {
                    rtprint!(" [ ");
                }
                rtprint!("{}", n);
                rtprint!(" ");
                if i == procs - 1 {
                    rtprint!("]");
                }
            }
        }
        if !detailed {
            rtprint!(" schedticks=[ ");
            for i in 0..procs {
                rtprint!("{} ", (*allp(i)).schedtick.load(Relaxed));
            }
            rtprint!("]\n");
            s.lock.unlock2();
            return;
        }
        let mut mp = G.allm.load(Acquire);
        while !mp.is_null() {
            let pp = (*mp).p;
            let pid = if pp.is_null() {
                "nil".to_string()
            } else {
                (*pp).id.to_string()
            };
            let curg = (*mp).curg;
            let cg = if curg.is_null() {
                "nil".to_string()
            } else {
                (*curg).goid.to_string()
            };
            let lg = (*mp).lockedg;
            let lgs = if lg.is_null() {
                "nil".to_string()
            } else {
                (*lg).goid.to_string()
            };
            rtprint!(
                "  M{}: p={} curg={} mallocing=0 throwing={} preemptoff={} locks={} dying={} spinning={} blocked={} lockedg={}\n",
                (*mp).id,
                pid,
                cg,
                (*mp).throwing,
                (*mp).preemptoff,
                (*mp).locks,
                (*mp).dying,
                (*mp).spinning,
                (*mp).blocked,
                lgs
            );
            mp = (*mp).alllink;
        }
    }
    s.lock.unlock2();
    for_each_g(|gp| unsafe {
        let m = (*gp).m;
        let mid = if m.is_null() {
            "nil".to_string()
        } else {
            (*m).id.to_string()
        };
        let lm = (*gp).lockedm;
        let lms = if lm.is_null() {
            "nil".to_string()
        } else {
            (*lm).id.to_string()
        };
        rtprint!(
            "  G{}: status={}({}) m={} lockedm={}\n",
            (*gp).goid,
            readgstatus(gp),
            (*gp).waitreason.as_str(),
            mid,
            lms
        );
    });
}
