//! Channels, Go's `chan.go`.
//!
//! Invariants:
//! - At least one of c.sendq and c.recvq is empty, except for the case of
//!   an unbuffered channel with a single goroutine blocked on it for both
//!   sending and receiving using a select statement, in which case the
//!   length of c.sendq and c.recvq is limited only by the size of the select
//!   statement.
//! - For buffered channels, also: c.qcount > 0 implies that c.recvq is
//!   empty; c.qcount < c.dataqsiz implies that c.sendq is empty.
//! - A value is copied exactly once: from the sender (its stack or buffer
//!   slot) to the receiver (its stack or buffer slot), under c.lock; a
//!   woken G learns through `sudog.success` whether it got a value (true) or
//!   was woken by close (false).
//! - The waker copies before it readies the waiter, and the waiter's sudog
//!   is only released by the waiter itself.

use crate::lock_futex::Mutex;
use crate::panic::{RuntimeError, panic_runtime};
use crate::proc::{acquirem, getg, gopark, goready, releasem, sched};
use crate::runtime2::{G, GList, Sudog, WaitReason};
use crate::types::Type;
use std::ptr::null_mut;
use std::sync::atomic::{AtomicU32, Ordering::*};

/// hchan. `qcount` (len) is at offset 0 and `dataqsiz` (cap) at 8, where
/// compiled code may read them directly.
#[repr(C)]
pub struct Hchan {
    pub qcount: usize,
    pub dataqsiz: usize,
    pub buf: *mut u8,
    pub elemsize: u16,
    pub closed: AtomicU32,
    pub timer: *mut u8,
    pub elemtype: *const Type,
    pub sendx: usize,
    pub recvx: usize,
    pub recvq: WaitQ,
    pub sendq: WaitQ,
    pub lock: Mutex,
}

#[repr(C)]
pub struct WaitQ {
    pub first: *mut Sudog,
    pub last: *mut Sudog,
}

const MAX_ALLOC: usize = 1 << 47;
const HCHAN_SIZE: usize = std::mem::size_of::<Hchan>().next_multiple_of(16);

/// hchan as a heap type: one pointer word, `buf` (word 2).
static HCHAN_GCDATA: [u8; 1] = [0b100];
static HCHAN_TYPE: Type = Type {
    ptrdata: 3 * 8,
    gcdata: HCHAN_GCDATA.as_ptr(),
    ..Type::scalar(HCHAN_SIZE, 16, crate::types::kind::STRUCT)
};
const _: () = assert!(std::mem::offset_of!(Hchan, buf) == 16);

/// makechan: a channel of `size` elements of `elem`.
pub fn makechan(elem: *const Type, size: i64) -> *mut Hchan {
    let (esize, ealign) = unsafe { ((*elem).size, (*elem).align.max(1) as usize) };
    if esize >= 1 << 16 {
        crate::panic::throw("makechan: invalid channel element type");
    }
    if ealign > 16 {
        crate::panic::throw("makechan: bad alignment");
    }
    let mem = (esize as u128) * (size.max(0) as u128);
    if size < 0 || mem > (MAX_ALLOC - HCHAN_SIZE) as u128 {
        panic_runtime(RuntimeError::MakechanSizeOutOfRange);
    }
    let mem = mem as usize;
    // As Go's makechan: when the elements hold no pointers (or there is no
    // buffer), hchan and buffer are one pointer-free object (hchan's own
    // pointers lead to static types and to sudogs the collector finds
    // through their Gs); otherwise the buffer is an object of the element
    // type, and hchan a typed object whose `buf` keeps it alive.
    let (c, buf) = if mem == 0 || unsafe { (*elem).ptrdata } == 0 {
        let p = crate::malloc::mallocgc(HCHAN_SIZE + mem, std::ptr::null(), true);
        (
            p as *mut Hchan,
            if mem == 0 {
                p
            } else {
                unsafe { p.add(HCHAN_SIZE) }
            },
        )
    } else {
        let p = crate::malloc::mallocgc(HCHAN_SIZE, &HCHAN_TYPE, true);
        (p as *mut Hchan, crate::malloc::mallocgc(mem, elem, true))
    };
    unsafe {
        c.write(Hchan {
            qcount: 0,
            dataqsiz: size as usize,
            buf,
            elemsize: esize as u16,
            closed: AtomicU32::new(0),
            timer: null_mut(),
            elemtype: elem,
            sendx: 0,
            recvx: 0,
            recvq: WaitQ {
                first: null_mut(),
                last: null_mut(),
            },
            sendq: WaitQ {
                first: null_mut(),
                last: null_mut(),
            },
            lock: Mutex::new(),
        });
    }
    c
}

/// chanbuf(c, i) is a pointer to the i'th slot in the buffer.
#[inline]
pub unsafe fn chanbuf(c: *mut Hchan, i: usize) -> *mut u8 {
    unsafe { (*c).buf.add(i * (*c).elemsize as usize) }
}

#[inline]
unsafe fn typedmemmove(c: *mut Hchan, dst: *mut u8, src: *const u8) {
    unsafe { std::ptr::copy_nonoverlapping(src, dst, (*c).elemsize as usize) };
}

#[inline]
unsafe fn typedmemclr(c: *mut Hchan, p: *mut u8) {
    unsafe { std::ptr::write_bytes(p, 0, (*c).elemsize as usize) };
}

/// full reports whether a send on c would block (that is, the channel is
/// full). It reads fields that may change under it: the answer is only a
/// snapshot, used by the non-blocking fast path.
unsafe fn full(c: *mut Hchan) -> bool {
    unsafe {
        let dataqsiz = (*c).dataqsiz;
        if dataqsiz == 0 {
            // Assumes that a pointer read is relaxed-atomic.
            return std::ptr::read_volatile(&(*c).recvq.first).is_null();
        }
        std::ptr::read_volatile(&(*c).qcount) == dataqsiz
    }
}

/// empty reports whether a read from c would block.
unsafe fn empty(c: *mut Hchan) -> bool {
    unsafe {
        if (*c).dataqsiz == 0 {
            return std::ptr::read_volatile(&(*c).sendq.first).is_null();
        }
        std::ptr::read_volatile(&(*c).qcount) == 0
    }
}

/// chansend: sends the element at ep on c. Returns whether it was sent
/// (false only for a non-blocking send that would block).
pub fn chansend(gp: *mut G, c: *mut Hchan, ep: *const u8, block: bool) -> bool {
    unsafe {
        if c.is_null() {
            if !block {
                return false;
            }
            gopark(None, null_mut(), WaitReason::ChanSendNilChan);
            crate::panic::throw("unreachable");
        }
        // Fast path: check for failed non-blocking operation without
        // acquiring the lock. A closed channel cannot become un-full, so
        // observing "not closed" then "full" means it was both at once.
        if !block && (*c).closed.load(Relaxed) == 0 && full(c) {
            return false;
        }
        (*c).lock.lock();
        if (*c).closed.load(Relaxed) != 0 {
            (*c).lock.unlock();
            panic_runtime(RuntimeError::SendOnClosedChannel);
        }
        let sg = (*c).recvq.dequeue();
        if !sg.is_null() {
            // Found a waiting receiver. We pass the value we want to send
            // directly to the receiver, bypassing the channel buffer.
            send(c, sg, ep, || (*c).lock.unlock());
            return true;
        }
        if (*c).qcount < (*c).dataqsiz {
            // Space is available in the channel buffer. Enqueue the element.
            let qp = chanbuf(c, (*c).sendx);
            typedmemmove(c, qp, ep);
            (*c).sendx += 1;
            if (*c).sendx == (*c).dataqsiz {
                (*c).sendx = 0;
            }
            (*c).qcount += 1;
            (*c).lock.unlock();
            return true;
        }
        if !block {
            (*c).lock.unlock();
            return false;
        }
        // Block on the channel. Some receiver will complete our operation.
        let mysg = acquire_sudog();
        (*mysg).elem = ep as *mut u8;
        (*mysg).waitlink = null_mut();
        (*mysg).g = gp;
        (*mysg).is_select = false;
        (*mysg).c = c;
        (*gp).waiting = mysg;
        (*gp).param = null_mut();
        (*c).sendq.enqueue(mysg);
        (*gp).parking_on_chan.store(true, SeqCst);
        gopark(
            Some(chanparkcommit),
            &(*c).lock as *const Mutex as *mut u8,
            WaitReason::ChanSend,
        );
        // Someone woke us up.
        if mysg != (*gp).waiting {
            crate::panic::throw("G waiting list is corrupted");
        }
        (*gp).waiting = null_mut();
        let closed = !(*mysg).success;
        (*gp).param = null_mut();
        (*mysg).c = null_mut();
        release_sudog(mysg);
        if closed {
            if (*c).closed.load(Relaxed) == 0 {
                crate::panic::throw("chansend: spurious wakeup");
            }
            panic_runtime(RuntimeError::SendOnClosedChannel);
        }
        true
    }
}

/// send processes a send operation on an empty channel c: the value ep is
/// copied to the receiver sg, which is then woken. c must be locked; send
/// unlocks it with unlockf.
pub unsafe fn send(c: *mut Hchan, sg: *mut Sudog, ep: *const u8, unlockf: impl FnOnce()) {
    unsafe {
        if !(*sg).elem.is_null() {
            // sendDirect: the receiver's slot may be on its stack, which
            // never moves.
            typedmemmove(c, (*sg).elem, ep);
            (*sg).elem = null_mut();
        }
        let gp = (*sg).g;
        unlockf();
        (*gp).param = sg as *mut u8;
        (*sg).success = true;
        goready(gp);
    }
}

/// recv processes a receive operation on a full channel c: a sender sg is
/// waiting. Unbuffered: the value comes straight from the sender. Buffered:
/// the receiver takes the head of the queue and the sender's value goes to
/// its tail (the same slot, the queue being full).
pub unsafe fn recv(c: *mut Hchan, sg: *mut Sudog, ep: *mut u8, unlockf: impl FnOnce()) {
    unsafe {
        if (*c).dataqsiz == 0 {
            if !ep.is_null() {
                typedmemmove(c, ep, (*sg).elem);
            }
        } else {
            let qp = chanbuf(c, (*c).recvx);
            // copy data from queue to receiver
            if !ep.is_null() {
                typedmemmove(c, ep, qp);
            }
            // copy data from sender to queue
            typedmemmove(c, qp, (*sg).elem);
            (*c).recvx += 1;
            if (*c).recvx == (*c).dataqsiz {
                (*c).recvx = 0;
            }
            (*c).sendx = (*c).recvx; // c.sendx = (c.sendx+1) % c.dataqsiz
        }
        (*sg).elem = null_mut();
        let gp = (*sg).g;
        unlockf();
        (*gp).param = sg as *mut u8;
        (*sg).success = true;
        goready(gp);
    }
}

unsafe fn chanparkcommit(gp: *mut G, chanlock: *mut u8) -> bool {
    unsafe {
        (*gp).parking_on_chan.store(false, SeqCst);
        (*(chanlock as *const Mutex)).unlock();
    }
    true
}

/// chanrecv receives on channel c and writes the received data to ep (ep
/// may be null, in which case received data is ignored). Returns
/// (selected, received): a non-blocking receive that would block returns
/// (false, false); a closed empty channel zeroes *ep and returns (true,
/// false); otherwise (true, true).
pub fn chanrecv(gp: *mut G, c: *mut Hchan, ep: *mut u8, block: bool) -> (bool, bool) {
    unsafe {
        if c.is_null() {
            if !block {
                return (false, false);
            }
            gopark(None, null_mut(), WaitReason::ChanReceiveNilChan);
            crate::panic::throw("unreachable");
        }
        // Fast path: check for failed non-blocking operation without
        // acquiring the lock.
        if !block && empty(c) {
            // After observing that the channel is not ready for receiving,
            // we observe whether the channel is closed. Reordering of these
            // checks could lead to incorrect behavior when racing with a
            // close.
            if (*c).closed.load(SeqCst) == 0 {
                return (false, false);
            }
            // The channel is irreversibly closed. Re-check whether the
            // channel has any pending data to receive.
            if empty(c) {
                if !ep.is_null() {
                    typedmemclr(c, ep);
                }
                return (true, false);
            }
        }
        (*c).lock.lock();
        if (*c).closed.load(Relaxed) != 0 {
            if (*c).qcount == 0 {
                (*c).lock.unlock();
                if !ep.is_null() {
                    typedmemclr(c, ep);
                }
                return (true, false);
            }
            // The channel has been closed, but the channel's buffer have data.
        } else {
            // Just found waiting sender with not closed.
            let sg = (*c).sendq.dequeue();
            if !sg.is_null() {
                recv(c, sg, ep, || (*c).lock.unlock());
                return (true, true);
            }
        }
        if (*c).qcount > 0 {
            // Receive directly from queue.
            let qp = chanbuf(c, (*c).recvx);
            if !ep.is_null() {
                typedmemmove(c, ep, qp);
            }
            typedmemclr(c, qp);
            (*c).recvx += 1;
            if (*c).recvx == (*c).dataqsiz {
                (*c).recvx = 0;
            }
            (*c).qcount -= 1;
            (*c).lock.unlock();
            return (true, true);
        }
        if !block {
            (*c).lock.unlock();
            return (false, false);
        }
        // no sender available: block on this channel.
        let mysg = acquire_sudog();
        (*mysg).elem = ep;
        (*mysg).waitlink = null_mut();
        (*gp).waiting = mysg;
        (*mysg).g = gp;
        (*mysg).is_select = false;
        (*mysg).c = c;
        (*gp).param = null_mut();
        (*c).recvq.enqueue(mysg);
        (*gp).parking_on_chan.store(true, SeqCst);
        gopark(
            Some(chanparkcommit),
            &(*c).lock as *const Mutex as *mut u8,
            WaitReason::ChanReceive,
        );
        // someone woke us up
        if mysg != (*gp).waiting {
            crate::panic::throw("G waiting list is corrupted");
        }
        (*gp).waiting = null_mut();
        let success = (*mysg).success;
        (*gp).param = null_mut();
        (*mysg).c = null_mut();
        release_sudog(mysg);
        (true, success)
    }
}

/// closechan: close(c). Wakes every waiter: receivers get the zero value,
/// senders panic.
pub fn closechan(_gp: *mut G, c: *mut Hchan) {
    unsafe {
        if c.is_null() {
            panic_runtime(RuntimeError::CloseOfNilChannel);
        }
        (*c).lock.lock();
        if (*c).closed.load(Relaxed) != 0 {
            (*c).lock.unlock();
            panic_runtime(RuntimeError::CloseOfClosedChannel);
        }
        (*c).closed.store(1, SeqCst);
        let mut glist = GList::new();
        // release all readers
        loop {
            let sg = (*c).recvq.dequeue();
            if sg.is_null() {
                break;
            }
            if !(*sg).elem.is_null() {
                typedmemclr(c, (*sg).elem);
                (*sg).elem = null_mut();
            }
            let gp = (*sg).g;
            (*gp).param = sg as *mut u8;
            (*sg).success = false;
            glist.push(gp);
        }
        // release all writers (they will panic)
        loop {
            let sg = (*c).sendq.dequeue();
            if sg.is_null() {
                break;
            }
            (*sg).elem = null_mut();
            let gp = (*sg).g;
            (*gp).param = sg as *mut u8;
            (*sg).success = false;
            glist.push(gp);
        }
        (*c).lock.unlock();
        // Ready all Gs now that we've dropped the channel lock.
        loop {
            let gp = glist.pop();
            if gp.is_null() {
                break;
            }
            goready(gp);
        }
    }
}

pub fn chanlen(c: *mut Hchan) -> i64 {
    if c.is_null() {
        0
    } else {
        unsafe { std::ptr::read_volatile(&(*c).qcount) as i64 }
    }
}

pub fn chancap(c: *mut Hchan) -> i64 {
    if c.is_null() {
        0
    } else {
        unsafe { (*c).dataqsiz as i64 }
    }
}

impl WaitQ {
    pub unsafe fn enqueue(&mut self, sgp: *mut Sudog) {
        unsafe {
            (*sgp).next = null_mut();
            let x = self.last;
            if x.is_null() {
                (*sgp).prev = null_mut();
                self.first = sgp;
                self.last = sgp;
                return;
            }
            (*sgp).prev = x;
            (*x).next = sgp;
            self.last = sgp;
        }
    }

    pub unsafe fn dequeue(&mut self) -> *mut Sudog {
        unsafe {
            loop {
                let sgp = self.first;
                if sgp.is_null() {
                    return null_mut();
                }
                let y = (*sgp).next;
                if y.is_null() {
                    self.first = null_mut();
                    self.last = null_mut();
                } else {
                    (*y).prev = null_mut();
                    self.first = y;
                    (*sgp).next = null_mut(); // mark as removed (see dequeue_sudog)
                }
                // If a goroutine was put on this queue because of a select,
                // there is a small window between the goroutine being woken
                // up by a different case and it grabbing the channel locks.
                // Once it has the lock it removes itself from the queue, so
                // we won't see it after that. selectDone tells us when
                // someone else has won the race to signal it.
                if (*sgp).is_select
                    && (*(*sgp).g)
                        .select_done
                        .compare_exchange(0, 1, SeqCst, SeqCst)
                        .is_err()
                {
                    continue;
                }
                return sgp;
            }
        }
    }

    /// Removes sgp from the queue if it is there (select's pass 3).
    pub unsafe fn dequeue_sudog(&mut self, sgp: *mut Sudog) {
        unsafe {
            let x = (*sgp).prev;
            let y = (*sgp).next;
            if !x.is_null() {
                if !y.is_null() {
                    // middle of queue
                    (*x).next = y;
                    (*y).prev = x;
                    (*sgp).next = null_mut();
                    (*sgp).prev = null_mut();
                    return;
                }
                // end of queue
                (*x).next = null_mut();
                self.last = x;
                (*sgp).prev = null_mut();
                return;
            }
            if !y.is_null() {
                // start of queue
                (*y).prev = null_mut();
                self.first = y;
                (*sgp).next = null_mut();
                return;
            }
            // x==y==nil. Either sgp is the only element in the queue, or it
            // has already been removed. Use q.first to disambiguate.
            if self.first == sgp {
                self.first = null_mut();
                self.last = null_mut();
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Sudog cache (per P, and a central one), Go's acquireSudog/releaseSudog.

pub fn acquire_sudog() -> *mut Sudog {
    unsafe {
        let mp = acquirem();
        let pp = (*mp).p;
        if (*pp).sudogcache.is_empty() {
            let s = sched();
            s.sudoglock.lock();
            // First, try to grab a batch from central cache.
            while (*pp).sudogcache.len() < (*pp).sudogcache.capacity() / 2
                && !s.sudogcache.is_null()
            {
                let sg = s.sudogcache;
                s.sudogcache = (*sg).next;
                (*sg).next = null_mut();
                (*pp).sudogcache.push(sg);
            }
            s.sudoglock.unlock();
            // If the central cache is empty, allocate a new one.
            if (*pp).sudogcache.is_empty() {
                (*pp).sudogcache.push(Box::into_raw(Box::new(Sudog::new())));
            }
        }
        let sg = (*pp).sudogcache.pop().unwrap();
        releasem(mp);
        sg
    }
}

pub fn release_sudog(sg: *mut Sudog) {
    unsafe {
        if !(*sg).elem.is_null() {
            crate::panic::throw("runtime: sudog with non-nil elem");
        }
        if (*sg).is_select {
            crate::panic::throw("runtime: sudog with non-false isSelect");
        }
        if !(*sg).next.is_null() {
            crate::panic::throw("runtime: sudog with non-nil next");
        }
        if !(*sg).prev.is_null() {
            crate::panic::throw("runtime: sudog with non-nil prev");
        }
        if !(*sg).waitlink.is_null() {
            crate::panic::throw("runtime: sudog with non-nil waitlink");
        }
        if !(*sg).c.is_null() {
            crate::panic::throw("runtime: sudog with non-nil c");
        }
        let gp = getg();
        if !(*gp).param.is_null() {
            crate::panic::throw("runtime: releaseSudog with non-nil gp.param");
        }
        (*sg).g = null_mut();
        (*sg).ticket = 0;
        (*sg).success = false;
        let mp = acquirem();
        let pp = (*mp).p;
        if (*pp).sudogcache.len() == (*pp).sudogcache.capacity() {
            // Transfer half of local cache to the central cache.
            let s = sched();
            let mut first: *mut Sudog = null_mut();
            let mut last: *mut Sudog = null_mut();
            while (*pp).sudogcache.len() > (*pp).sudogcache.capacity() / 2 {
                let p = (*pp).sudogcache.pop().unwrap();
                if first.is_null() {
                    first = p;
                } else {
                    (*last).next = p;
                }
                last = p;
            }
            s.sudoglock.lock();
            (*last).next = s.sudogcache;
            s.sudogcache = first;
            s.sudoglock.unlock();
        }
        (*pp).sudogcache.push(sg);
        releasem(mp);
    }
}
