//! select, Go's `select.go`.
//!
//! Invariants:
//! - All channels of a select are locked together, in address order
//!   (`lockorder`, each distinct channel once), so two selects never
//!   deadlock on each other's locks; they are unlocked in reverse order.
//! - Cases are polled in a uniformly random order (`pollorder`), so no case
//!   starves another.
//! - A blocked select has one sudog per case on the case's channel queue,
//!   all with `is_select`. The first waker to win the CAS on
//!   `g.select_done` owns the wakeup; the others skip those sudogs in
//!   `dequeue`. After waking, the G relocks everything and removes its
//!   remaining sudogs (pass 3).
//! - `select {}` (no cases, blocking) parks forever.

use crate::chan::{Hchan, acquire_sudog, chanbuf, recv, release_sudog, send};
use crate::panic::{RuntimeError, panic_runtime};
use crate::proc::{cheaprandn, gopark};
use crate::runtime2::{G, Sudog, WaitReason};
use std::ptr::null_mut;
use std::sync::atomic::Ordering::SeqCst;

/// Go's scase: one case of a select. Sends come first in the array, then
/// receives.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Scase {
    pub c: *mut Hchan,
    pub elem: *mut u8,
}

unsafe fn sellock(scases: &[Scase], lockorder: &[u16]) {
    let mut c: *mut Hchan = null_mut();
    for &o in lockorder {
        let c0 = scases[o as usize].c;
        if c0 != c {
            c = c0;
            unsafe { (*c).lock.lock() };
        }
    }
}

unsafe fn selunlock(scases: &[Scase], lockorder: &[u16]) {
    // We must be very careful here to not touch sel after we have unlocked
    // the last lock, because sel can be freed right after the last unlock.
    for i in (0..lockorder.len()).rev() {
        let c = scases[lockorder[i] as usize].c;
        if i > 0 && c == scases[lockorder[i - 1] as usize].c {
            continue; // will unlock it on the next iteration
        }
        unsafe { (*c).lock.unlock() };
    }
}

unsafe fn selparkcommit(gp: *mut G, _: *mut u8) -> bool {
    unsafe {
        // There are unlocked sudogs that point into gp's stack. Stack copying
        // must lock the channels of those sudogs (Go); our stacks do not move.
        (*gp).parking_on_chan.store(false, SeqCst);
        // Make sure we unlock after setting activeStackChans and unsetting
        // parkingOnChan.
        let mut lastc: *mut Hchan = null_mut();
        let mut sg = (*gp).waiting;
        while !sg.is_null() {
            let c = (*sg).c;
            let next = (*sg).waitlink;
            if c != lastc && !lastc.is_null() {
                // As soon as we unlock the channel, fields in any sudog with
                // that channel may change, including c and waitlink. Since
                // multiple sudogs may have the same channel, we unlock only
                // after we've passed the last instance of a channel.
                (*lastc).lock.unlock();
            }
            lastc = c;
            sg = next;
        }
        if !lastc.is_null() {
            (*lastc).lock.unlock();
        }
    }
    true
}

fn block() -> ! {
    gopark(None, null_mut(), WaitReason::SelectNoCases); // forever
    crate::panic::throw("unreachable")
}

/// selectgo implements the select statement. cas0 points to an array of
/// nsends send cases followed by nrecvs receive cases; order0 to 2*ncases
/// u16 of scratch. Returns the index of the chosen case (-1 if !block and
/// no case was ready: the default case) and, for a receive, whether a value
/// was received (false: the channel was closed).
pub fn selectgo(
    gp: *mut G,
    cas0: *mut Scase,
    order0: *mut u16,
    nsends: usize,
    nrecvs: usize,
    block_: bool,
) -> (isize, bool) {
    let ncases = nsends + nrecvs;
    if ncases == 0 {
        if block_ {
            block();
        }
        return (-1, false);
    }
    unsafe {
        let scases = std::slice::from_raw_parts_mut(cas0, ncases);
        let order = std::slice::from_raw_parts_mut(order0, 2 * ncases);
        let (pollorder, lockorder) = order.split_at_mut(ncases);

        // Generate permuted order; omit cases without channels.
        let mut norder = 0usize;
        for i in 0..ncases {
            let cas = &mut scases[i];
            // Omit cases without channels from the poll and lock orders.
            if cas.c.is_null() {
                cas.elem = null_mut(); // allow GC
                continue;
            }
            let j = cheaprandn(norder as u32 + 1) as usize;
            pollorder[norder] = pollorder[j];
            pollorder[j] = i as u16;
            norder += 1;
        }
        let pollorder = &pollorder[..norder];
        let lockorder = &mut lockorder[..norder];

        // Sort the cases by Hchan address to get the locking order.
        // Simple heap sort, to guarantee n log n time and constant stack
        // footprint.
        let addr = |i: u16| scases[i as usize].c as usize;
        for i in 0..norder {
            let mut j = i;
            // Start with the pollorder to permute cases on the same channel.
            let c = scases[pollorder[i] as usize].c as usize;
            while j > 0 && addr(lockorder[(j - 1) / 2]) < c {
                let k = (j - 1) / 2;
                lockorder[j] = lockorder[k];
                j = k;
            }
            lockorder[j] = pollorder[i];
        }
        for i in (0..norder).rev() {
            let o = lockorder[i];
            let c = addr(o);
            lockorder[i] = lockorder[0];
            let mut j = 0;
            loop {
                let mut k = j * 2 + 1;
                if k >= i {
                    break;
                }
                if k + 1 < i && addr(lockorder[k]) < addr(lockorder[k + 1]) {
                    k += 1;
                }
                if c < addr(lockorder[k]) {
                    lockorder[j] = lockorder[k];
                    j = k;
                    continue;
                }
                break;
            }
            lockorder[j] = o;
        }
        let lockorder = &*lockorder;

        // lock all the channels involved in the select
        sellock(scases, lockorder);

        // pass 1 - look for something already waiting
        enum Found {
            Recv(*mut Sudog),
            BufRecv,
            RClose,
            Send(*mut Sudog),
            BufSend,
            SClose,
        }
        let mut found: Option<(usize, Found)> = None;
        for &casei in pollorder {
            let casi = casei as usize;
            let c = scases[casi].c;
            if casi >= nsends {
                let sg = (*c).sendq.dequeue();
                if !sg.is_null() {
                    found = Some((casi, Found::Recv(sg)));
                    break;
                }
                if (*c).qcount > 0 {
                    found = Some((casi, Found::BufRecv));
                    break;
                }
                if (*c).closed.load(SeqCst) != 0 {
                    found = Some((casi, Found::RClose));
                    break;
                }
            } else {
                if (*c).closed.load(SeqCst) != 0 {
                    found = Some((casi, Found::SClose));
                    break;
                }
                let sg = (*c).recvq.dequeue();
                if !sg.is_null() {
                    found = Some((casi, Found::Send(sg)));
                    break;
                }
                if (*c).qcount < (*c).dataqsiz {
                    found = Some((casi, Found::BufSend));
                    break;
                }
            }
        }

        if let Some((casi, f)) = found {
            let cas = scases[casi];
            let c = cas.c;
            return match f {
                Found::BufRecv => {
                    let qp = chanbuf(c, (*c).recvx);
                    let sz = (*c).elemsize as usize;
                    if !cas.elem.is_null() {
                        std::ptr::copy_nonoverlapping(qp, cas.elem, sz);
                    }
                    std::ptr::write_bytes(qp, 0, sz);
                    (*c).recvx += 1;
                    if (*c).recvx == (*c).dataqsiz {
                        (*c).recvx = 0;
                    }
                    (*c).qcount -= 1;
                    selunlock(scases, lockorder);
                    (casi as isize, true)
                }
                Found::BufSend => {
                    std::ptr::copy_nonoverlapping(
                        cas.elem,
                        chanbuf(c, (*c).sendx),
                        (*c).elemsize as usize,
                    );
                    (*c).sendx += 1;
                    if (*c).sendx == (*c).dataqsiz {
                        (*c).sendx = 0;
                    }
                    (*c).qcount += 1;
                    selunlock(scases, lockorder);
                    (casi as isize, false)
                }
                Found::Recv(sg) => {
                    // can receive from sleeping sender (sg)
                    recv(c, sg, cas.elem, || selunlock(scases, lockorder));
                    (casi as isize, true)
                }
                Found::RClose => {
                    // read at end of closed channel
                    selunlock(scases, lockorder);
                    if !cas.elem.is_null() {
                        std::ptr::write_bytes(cas.elem, 0, (*c).elemsize as usize);
                    }
                    (casi as isize, false)
                }
                Found::Send(sg) => {
                    // can send to a sleeping receiver (sg)
                    send(c, sg, cas.elem, || selunlock(scases, lockorder));
                    (casi as isize, false)
                }
                Found::SClose => {
                    // send on closed channel
                    selunlock(scases, lockorder);
                    panic_runtime(RuntimeError::SendOnClosedChannel);
                }
            };
        }

        if !block_ {
            selunlock(scases, lockorder);
            return (-1, false);
        }

        // pass 2 - enqueue on all chans
        if !(*gp).waiting.is_null() {
            crate::panic::throw("gp.waiting != nil");
        }
        let mut nextp: *mut *mut Sudog = &mut (*gp).waiting;
        for &casei in lockorder {
            let casi = casei as usize;
            let cas = scases[casi];
            let c = cas.c;
            let sg = acquire_sudog();
            (*sg).g = gp;
            (*sg).is_select = true;
            // No stack splits between assigning elem and enqueuing sg on
            // gp.waiting where copystack can find it.
            (*sg).elem = cas.elem;
            (*sg).releasetime = 0;
            (*sg).c = c;
            // Construct waiting list in lock order.
            *nextp = sg;
            nextp = &mut (*sg).waitlink;
            if casi < nsends {
                (*c).sendq.enqueue(sg);
            } else {
                (*c).recvq.enqueue(sg);
            }
        }

        // wait for someone to wake us up
        (*gp).param = null_mut();
        (*gp).parking_on_chan.store(true, SeqCst);
        gopark(Some(selparkcommit), null_mut(), WaitReason::Select);

        sellock(scases, lockorder);

        (*gp).select_done.store(0, SeqCst);
        let sg = (*gp).param as *mut Sudog;
        (*gp).param = null_mut();

        // pass 3 - dequeue from unsuccessful chans; otherwise they stack up
        // on quiet channels. Record the successful case, if any. We
        // singly-linked up the SudoGs in lock order.
        let mut casi: isize = -1;
        let mut case_success = false;
        let mut sglist = (*gp).waiting;
        // Clear all elem before unlinking from gp.waiting.
        let mut sg1 = (*gp).waiting;
        while !sg1.is_null() {
            (*sg1).is_select = false;
            (*sg1).elem = null_mut();
            (*sg1).c = null_mut();
            sg1 = (*sg1).waitlink;
        }
        (*gp).waiting = null_mut();
        for &casei in lockorder {
            let k = scases[casei as usize];
            if sg == sglist {
                // sg has already been dequeued by the G that woke us up.
                casi = casei as isize;
                case_success = (*sglist).success;
            } else if (casei as usize) < nsends {
                (*k.c).sendq.dequeue_sudog(sglist);
            } else {
                (*k.c).recvq.dequeue_sudog(sglist);
            }
            let sgnext = (*sglist).waitlink;
            (*sglist).waitlink = null_mut();
            release_sudog(sglist);
            sglist = sgnext;
        }
        if casi < 0 {
            crate::panic::throw("selectgo: bad wakeup");
        }
        if (casi as usize) < nsends {
            if !case_success {
                // send on closed channel
                selunlock(scases, lockorder);
                panic_runtime(RuntimeError::SendOnClosedChannel);
            }
            selunlock(scases, lockorder);
            (casi, false)
        } else {
            selunlock(scases, lockorder);
            (casi, case_success)
        }
    }
}
