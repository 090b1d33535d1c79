use super::*;
use gorun_runtime::runtime2::G;
use gorun_runtime::sema::NotifyList;
use gorun_runtime::sync::{Mutex, Once, RWMutex, WaitGroup};
use std::sync::atomic::Ordering::Relaxed;

const ALL_PROCS: &[u32] = &[1, 2, 4, 8];

pub fn all() -> Vec<Scenario> {
    vec![
        scenario("hello", hello),
        scenario("chan_semantics", chan_semantics),
        scenario("select_semantics", select_semantics),
        Scenario {
            exit: 2,
            stdout: &[],
            stderr: &["panic: send on closed channel\n\ngoroutine 1 [running]:"],
            ..scenario("panic_send_on_closed", panic_send_on_closed)
        },
        Scenario {
            exit: 2,
            stdout: &[],
            stderr: &["panic: close of closed channel\n\ngoroutine "],
            ..scenario("panic_close_of_closed", panic_close_of_closed)
        },
        Scenario {
            exit: 2,
            stdout: &[],
            stderr: &["panic: close of nil channel\n"],
            ..scenario("panic_close_of_nil", panic_close_of_nil)
        },
        Scenario {
            exit: 2,
            stdout: &[],
            stderr: &["panic: send on closed channel\n"],
            ..scenario(
                "panic_blocked_sender_on_close",
                panic_blocked_sender_on_close,
            )
        },
        Scenario {
            exit: 2,
            stdout: &[],
            stderr: &["panic: sync: negative WaitGroup counter\n\ngoroutine "],
            ..scenario("panic_negative_waitgroup", panic_negative_waitgroup)
        },
        Scenario {
            exit: 2,
            stdout: &[],
            stderr: &["fatal error: sync: unlock of unlocked mutex\n"],
            ..scenario("fatal_unlock_of_unlocked_mutex", fatal_unlock_unlocked)
        },
        Scenario {
            exit: 2,
            stdout: &[],
            stderr: &[
                "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n",
                "[chan send]:",
                "[sync.Mutex.Lock]:",
                "[select]:",
                "[sync.WaitGroup.Wait]:",
            ],
            ..scenario("deadlock_is_reported_with_wait_reasons", deadlock)
        },
        Scenario {
            exit: 2,
            stdout: &[],
            stderr: &[
                "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [select (no cases)]:",
            ],
            ..scenario("deadlock_select_forever", deadlock_select_forever)
        },
        scenario(
            "pending_timer_prevents_deadlock",
            pending_timer_prevents_deadlock,
        ),
        scenario(
            "sleeping_goroutine_prevents_deadlock",
            sleeping_prevents_deadlock,
        ),
        Scenario {
            procs: &[1],
            ..scenario(
                "respawning_goroutine_cannot_starve_global_queue",
                respawn_starvation,
            )
        },
        Scenario {
            procs: &[2, 4, 8],
            ..scenario("work_queued_on_one_p_is_stolen_by_others", work_stealing)
        },
        Scenario {
            procs: &[1],
            ..scenario("looping_goroutine_with_checks_is_preempted", preempt_loop)
        },
        Scenario {
            procs: &[1],
            ..scenario("loop_back_edge_check_is_preempted", preempt_backedge)
        },
        Scenario {
            procs: &[1, 2],
            ..scenario(
                "blocking_read_in_syscall_does_not_stop_others",
                syscall_pipe,
            )
        },
        Scenario {
            procs: ALL_PROCS,
            ..scenario("locked_goroutine_stays_on_its_thread", locked_thread)
        },
        Scenario {
            procs: &[1, 2],
            ..scenario("lock_in_init_keeps_main_on_main_thread", lock_in_init)
        },
        Scenario {
            procs: &[1, 2],
            ..scenario("locked_goroutine_exit_ends_its_thread", locked_exit)
        },
        Scenario {
            procs: &[1, 2],
            ..scenario("gomaxprocs_changes_at_run_time", gomaxprocs_change)
        },
        scenario("timers_stop_reset_ticker_afterfunc", timers),
        scenario("sync_mutex_rwmutex_waitgroup_once_cond", sync_prims),
        Scenario {
            procs: &[1, 2, 4],
            ..scenario("mutex_enters_starvation_mode", mutex_starvation)
        },
        scenario("goexit_and_numgoroutine", goexit_numgoroutine),
        Scenario {
            procs: &[1, 2],
            ..scenario("deep_recursion_on_split_stacks", deep_recursion)
        },
        Scenario {
            procs: &[2],
            exit: 2,
            stdout: &[],
            stderr: &[
                "runtime: goroutine stack exceeds 1000000000-byte limit\n",
                "fatal error: stack overflow",
            ],
            ..scenario("stack_overflow_is_fatal", stack_overflow)
        },
        Scenario {
            procs: &[2],
            env: &[("GODEBUG", "schedtrace=5")],
            stderr: &[
                "SCHED ",
                "ms: gomaxprocs=2 idleprocs=",
                " threads=",
                " spinningthreads=",
                " idlethreads=",
                " runqueue=",
                " [ ",
            ],
            ..scenario("schedtrace_prints_sched_lines", schedtrace)
        },
        Scenario {
            procs: &[2],
            env: &[("GODEBUG", "schedtrace=5,scheddetail=1")],
            stderr: &[
                "SCHED ",
                " gcwaiting=",
                "  P0: status=",
                "  M0: p=",
                "  G1: status=",
            ],
            ..scenario("scheddetail_prints_p_m_g", schedtrace)
        },
        Scenario {
            procs: ALL_PROCS,
            repeat: 3,
            ..scenario("stress_channels_select_mutex_timers", stress)
        },
        Scenario {
            procs: &[2],
            ..scenario("million_goroutines_parked_on_one_channel", million)
        },
    ]
}

fn hello() -> ! {
    run(|g| {
        let c = Chan::<u64>::new(g, 0);
        for i in 0..10u64 {
            go(g, move |g| c.send(g, i));
        }
        let mut sum = 0;
        for _ in 0..10 {
            sum += c.recv(g).unwrap();
        }
        assert_eq!(sum, 45);
        println!("ok");
    })
}

fn chan_semantics() -> ! {
    run(|g| {
        // Buffered: FIFO, len/cap, non-blocking ops.
        let c = Chan::<u64>::new(g, 3);
        assert_eq!(c.cap(g), 3);
        for i in 0..3 {
            assert!(c.try_send(g, i));
        }
        assert!(!c.try_send(g, 9), "full buffer must refuse");
        assert_eq!(c.len(g), 3);
        for i in 0..3 {
            assert_eq!(c.recv(g), Some(i));
        }
        assert_eq!(c.try_recv(g), Err(()));
        // Close: buffered values still delivered, then zero and !ok.
        c.send(g, 7);
        c.close(g);
        assert_eq!(c.recv(g), Some(7));
        assert_eq!(c.recv(g), None);
        assert_eq!(c.try_recv(g), Ok(None));
        // Unbuffered direct hand-off both ways.
        let u = Chan::<u64>::new(g, 0);
        let done = Chan::<u64>::new(g, 0);
        go(g, move |g| {
            for i in 0..1000 {
                u.send(g, i);
            }
            done.send(g, 1);
        });
        for i in 0..1000 {
            assert_eq!(u.recv(g), Some(i));
        }
        done.recv(g);
        // Receivers blocked on close all wake with !ok.
        let cl = Chan::<u64>::new(g, 0);
        let res = Chan::<u64>::new(g, 10);
        for _ in 0..10 {
            go(g, move |g| res.send(g, cl.recv(g).is_none() as u64));
        }
        gorun_sleep(g, MS);
        cl.close(g);
        let mut n = 0;
        for _ in 0..10 {
            n += res.recv(g).unwrap();
        }
        assert_eq!(n, 10);
        // Nil channel: non-blocking ops never proceed.
        let nil = Chan::<u64>::nil();
        assert!(!nil.try_send(g, 1));
        assert_eq!(nil.try_recv(g), Err(()));
        assert_eq!(nil.len(g), 0);
        // A sender blocked on a nil channel blocks forever (but others run).
        go(g, move |g| nil.send(g, 1));
        gorun_sleep(g, MS);
        // Large elements.
        let big = Chan::<[u64; 16]>::new(g, 1);
        go(g, move |g| big.send(g, [5; 16]));
        assert_eq!(big.recv(g), Some([5; 16]));
        println!("ok");
    })
}

fn select_semantics() -> ! {
    run(|g| {
        let a = Chan::<u64>::new(g, 10);
        let b = Chan::<u64>::new(g, 10);
        // Default case when nothing is ready.
        let mut x = 0u64;
        let mut y = 0u64;
        let (i, _) = select_(
            g,
            &mut [Case::Recv(a.c, &mut x), Case::Recv(b.c, &mut y)],
            false,
        );
        assert_eq!(i, -1);
        // Both ready: both get chosen over many rounds (random poll order).
        let mut hits = [0; 2];
        for _ in 0..200 {
            a.send(g, 1);
            b.send(g, 2);
            let (i, ok) = select_(
                g,
                &mut [Case::Recv(a.c, &mut x), Case::Recv(b.c, &mut y)],
                true,
            );
            assert!(ok);
            hits[i as usize] += 1;
            // drain the other
            if i == 0 {
                b.recv(g)
            } else {
                a.recv(g)
            };
        }
        assert!(
            hits[0] > 20 && hits[1] > 20,
            "poll order is not random: {:?}",
            hits
        );
        // Send case to a blocked receiver; same channel twice in one select.
        let u = Chan::<u64>::new(g, 0);
        let got = Chan::<u64>::new(g, 1);
        go(g, move |g| got.send(g, u.recv(g).unwrap()));
        let v = 42u64;
        let (i, _) = select_(
            g,
            &mut [
                Case::Recv(u.c, &mut x),
                Case::Send(u.c, &v),
                Case::Recv(Chan::<u64>::nil().c, &mut y),
            ],
            true,
        );
        assert_eq!(i, 1);
        assert_eq!(got.recv(g), Some(42));
        // A blocked select woken by close reports !ok.
        let cl = Chan::<u64>::new(g, 0);
        go(g, move |g| {
            gorun_sleep(g, MS);
            cl.close(g);
        });
        let (i, ok) = select_(
            g,
            &mut [
                Case::Recv(cl.c, &mut x),
                Case::Recv(Chan::<u64>::nil().c, &mut y),
            ],
            true,
        );
        assert_eq!((i, ok), (0, false));
        // Select on many channels at once, woken by a sender on one.
        let chans: Vec<Chan<u64>> = (0..8).map(|_| Chan::new(g, 0)).collect();
        let target = chans[5];
        go(g, move |g| target.send(g, 77));
        let mut vals = [0u64; 8];
        let mut cases: Vec<Case> = chans
            .iter()
            .zip(vals.iter_mut())
            .map(|(c, v)| Case::Recv(c.c, v))
            .collect();
        let (i, ok) = select_(g, &mut cases, true);
        drop(cases);
        assert_eq!((i, ok), (5, true));
        assert_eq!(vals[5], 77);
        println!("ok");
    })
}

fn panic_send_on_closed() -> ! {
    run(|g| {
        let c = Chan::<u64>::new(g, 1);
        c.close(g);
        c.send(g, 1);
    })
}

fn panic_close_of_closed() -> ! {
    run(|g| {
        let c = Chan::<u64>::new(g, 0);
        c.close(g);
        c.close(g);
    })
}

fn panic_close_of_nil() -> ! {
    run(|g| Chan::<u64>::nil().close(g))
}

fn panic_blocked_sender_on_close() -> ! {
    run(|g| {
        let c = Chan::<u64>::new(g, 0);
        go(g, move |g| {
            gorun_sleep(g, MS);
            c.close(g);
        });
        c.send(g, 1);
    })
}

fn panic_negative_waitgroup() -> ! {
    run(|g| {
        let wg = leak_zeroed::<WaitGroup>();
        gorun_waitgroup_add(g, wg, 1);
        gorun_waitgroup_done(g, wg);
        gorun_waitgroup_done(g, wg);
    })
}

fn fatal_unlock_unlocked() -> ! {
    run(|g| gorun_mutex_unlock(g, leak_zeroed::<Mutex>()))
}

fn deadlock() -> ! {
    run(|g| {
        let mu = leak_zeroed::<Mutex>();
        gorun_mutex_lock(g, mu);
        let c = Chan::<u64>::new(g, 0);
        go(g, move |g| {
            c.send(g, 1);
            c.send(g, 2);
        });
        go(g, move |g| gorun_mutex_lock(g, mu));
        go(g, move |g| {
            let mut x = 0;
            let n = Chan::<u64>::new(g, 0);
            select_(g, &mut [Case::Recv(n.c, &mut x)], true);
        });
        let wg = leak_zeroed::<WaitGroup>();
        gorun_waitgroup_add(g, wg, 1);
        go(g, move |g| gorun_waitgroup_wait(g, wg));
        c.recv(g);
        Chan::<u64>::new(g, 0).recv(g);
    })
}

fn deadlock_select_forever() -> ! {
    run(|g| {
        select_(g, &mut [], true);
    })
}

fn pending_timer_prevents_deadlock() -> ! {
    run(|g| {
        // Everyone is blocked, but a timer will unblock main: no deadlock.
        let c = Chan::<u64>::new(g, 1);
        let t = gorun_timer_new(g, gorun_runtime::time::sendtime_i64, c.c as *mut u8, 0);
        gorun_timer_reset(g, t, gorun_nanotime(g) + 50 * MS, 0);
        let v = c.recv(g).unwrap();
        assert!(v > 0);
        println!("ok");
    })
}

fn sleeping_prevents_deadlock() -> ! {
    run(|g| {
        let c = Chan::<u64>::new(g, 0);
        go(g, move |g| {
            gorun_sleep(g, 30 * MS);
            c.send(g, 1);
        });
        c.recv(g);
        println!("ok");
    })
}

fn respawn(g: *mut G) {
    COUNT.fetch_add(1, Relaxed);
    if !FLAG.load(Relaxed) {
        go(g, respawn);
    }
}

fn respawn_starvation() -> ! {
    run(|g| {
        // With one P, a goroutine that respawns itself through runnext shares
        // one time slice forever; main, on the global queue after Gosched,
        // must still run.
        go(g, respawn);
        while COUNT.load(Relaxed) < 1000 {
            gorun_gosched(g);
        }
        FLAG.store(true, Relaxed);
        println!("ok");
    })
}

fn work_stealing() -> ! {
    run(|g| {
        let procs = gorun_gomaxprocs(g, 0) as u32;
        let all = (1u64 << procs) - 1;
        let wg = leak_zeroed::<WaitGroup>();
        // All queued on main's P; the others must steal them.
        gorun_waitgroup_add(g, wg, 200);
        for _ in 0..200 {
            go(g, move |g| {
                let deadline = gorun_nanotime(g) + 60_000 * MS;
                loop {
                    MASK.fetch_or(1 << current_p_id(), SeqCst);
                    if MASK.load(SeqCst) == all || gorun_nanotime(g) > deadline {
                        break;
                    }
                    // A checked back-edge: lets sysmon preempt us.
                    stack_check(g, 0);
                }
                gorun_waitgroup_done(g, wg);
            });
        }
        gorun_waitgroup_wait(g, wg);
        let m = MASK.load(SeqCst);
        assert_eq!(m, all, "distinct Ps that ran work: {:b}", m);
        println!("ok {} Ps", m.count_ones());
    })
}

#[inline(never)]
fn checked_call(g: *mut G) {
    // A function with the JIT's prologue check.
    if stack_check(g, 64) {
        unreachable!();
    }
    COUNT.fetch_add(1, Relaxed);
}

fn preempt_loop() -> ! {
    run(|g| {
        go(g, |g| {
            while !FLAG.load(Relaxed) {
                checked_call(g);
            }
        });
        // Let it start, then we need the P back: only preemption gives it.
        gorun_gosched(g);
        FLAG.store(true, Relaxed);
        println!("ok");
    })
}

fn preempt_backedge() -> ! {
    run(|g| {
        go(g, |g| {
            let mut i = 0u64;
            while !FLAG.load(Relaxed) {
                i = i.wrapping_add(1);
                stack_check(g, 0); // the loop back-edge check
            }
            std::hint::black_box(i);
        });
        gorun_sleep(g, MS);
        FLAG.store(true, Relaxed);
        println!("ok");
    })
}

fn syscall_pipe() -> ! {
    run(|g| {
        let mut fds = [0i32; 2];
        unsafe { libc::pipe(fds.as_mut_ptr()) };
        let (r, w) = (fds[0], fds[1]);
        let done = Chan::<u64>::new(g, 0);
        go(g, move |g| {
            let mut b = [0u8; 1];
            gorun_entersyscall(g);
            let n = unsafe { libc::read(r, b.as_mut_ptr() as *mut libc::c_void, 1) };
            gorun_exitsyscall(g);
            assert_eq!(n, 1);
            done.send(g, b[0] as u64);
        });
        // The reader is blocked in read(2) holding the only P; sysmon must
        // retake the P so these goroutines run.
        gorun_sleep(g, 5 * MS);
        let c = Chan::<u64>::new(g, 0);
        for i in 0..100 {
            go(g, move |g| c.send(g, i));
        }
        let mut s = 0;
        for _ in 0..100 {
            s += c.recv(g).unwrap();
        }
        assert_eq!(s, 4950);
        unsafe { libc::write(w, b"x".as_ptr() as *const libc::c_void, 1) };
        assert_eq!(done.recv(g), Some(b'x' as u64));
        println!("ok");
    })
}

fn locked_thread() -> ! {
    run(|g| {
        let c = Chan::<u64>::new(g, 0);
        let done = Chan::<u64>::new(g, 0);
        go(g, move |g| {
            gorun_lockosthread(g);
            gorun_lockosthread(g); // nesting
            gorun_unlockosthread(g);
            let tid = gettid();
            for i in 0..50 {
                assert_eq!(c.recv(g), Some(i));
                assert_eq!(gettid(), tid, "locked G moved after a channel wait");
                gorun_sleep(g, 100_000);
                assert_eq!(gettid(), tid, "locked G moved after a sleep");
                gorun_gosched(g);
                assert_eq!(gettid(), tid, "locked G moved after Gosched");
            }
            gorun_unlockosthread(g);
            done.send(g, 1);
        });
        // Busy others, so its P is often taken.
        for k in 0..4 {
            go(g, move |g| {
                for _ in 0..200 {
                    gorun_gosched(g);
                    std::hint::black_box(k);
                }
            });
        }
        for i in 0..50 {
            c.send(g, i);
        }
        done.recv(g);
        println!("ok");
    })
}

extern "C" fn init_locks(g: *mut G) {
    gorun_lockosthread(g);
}

fn lock_in_init() -> ! {
    run_with_init(init_locks, |g| {
        let main_tid = unsafe { libc::getpid() } as i64;
        assert_eq!(gettid(), main_tid);
        let c = Chan::<u64>::new(g, 0);
        for i in 0..20 {
            go(g, move |g| c.send(g, i));
            c.recv(g);
            gorun_sleep(g, 100_000);
            assert_eq!(gettid(), main_tid, "main left the main thread");
        }
        println!("ok");
    })
}

fn task_exists(tid: i64) -> bool {
    std::path::Path::new(&format!("/proc/self/task/{}", tid)).exists()
}

fn locked_exit() -> ! {
    run(|g| {
        // Main keeps its own thread, so the goroutine below runs elsewhere.
        gorun_lockosthread(g);
        let c = Chan::<i64>::new(g, 0);
        let pid = unsafe { libc::getpid() } as i64;
        let tid = loop {
            go(g, move |g| {
                gorun_lockosthread(g);
                if gettid() == pid {
                    // The main thread is wedged rather than ended (as Go's
                    // m0): try again on another thread.
                    gorun_unlockosthread(g);
                    c.send(g, 0);
                    return;
                }
                c.send(g, gettid());
                // exits locked: its thread must go with it
            });
            let tid = c.recv(g).unwrap();
            if tid != 0 {
                break tid;
            }
            gorun_sleep(g, 100_000);
        };
        let deadline = gorun_nanotime(g) + 60_000 * MS;
        while task_exists(tid) {
            assert!(gorun_nanotime(g) < deadline, "thread {} still alive", tid);
            gorun_sleep(g, MS);
        }
        // The runtime goes on fine.
        let d = Chan::<u64>::new(g, 0);
        go(g, move |g| d.send(g, 1));
        d.recv(g);
        println!("ok");
    })
}

fn gomaxprocs_change() -> ! {
    run(|g| {
        let start = gorun_gomaxprocs(g, 0);
        let wg = leak_zeroed::<WaitGroup>();
        let n = 64;
        gorun_waitgroup_add(g, wg, n);
        for _ in 0..n {
            go(g, move |g| {
                for _ in 0..2000 {
                    COUNT.fetch_add(1, Relaxed);
                    stack_check(g, 0);
                    gorun_gosched(g);
                }
                gorun_waitgroup_done(g, wg);
            });
        }
        assert_eq!(gorun_gomaxprocs(g, 4), start);
        assert_eq!(gorun_gomaxprocs(g, 3), 4);
        gorun_sleep(g, MS);
        assert_eq!(gorun_gomaxprocs(g, 1), 3);
        gorun_sleep(g, MS);
        assert_eq!(gorun_gomaxprocs(g, 6), 1);
        assert_eq!(gorun_gomaxprocs(g, 0), 6);
        gorun_waitgroup_wait(g, wg);
        assert_eq!(COUNT.load(Relaxed), n * 2000);
        println!("ok");
    })
}

extern "C" fn count_cb(_arg: *mut u8, _seq: usize, _delay: i64) {
    COUNT.fetch_add(1, SeqCst);
}

fn timers() -> ! {
    run(|g| {
        use gorun_runtime::time::{gofunc, sendtime_i64};
        // NewTimer + Stop before it fires: Stop reports true, nothing sent.
        let c = Chan::<i64>::new(g, 1);
        let t = gorun_timer_new(g, sendtime_i64, c.c as *mut u8, 0);
        gorun_timer_reset(g, t, gorun_nanotime(g) + 1000 * MS, 0);
        assert!(gorun_timer_stop(g, t));
        assert!(!gorun_timer_stop(g, t));
        // Reset to fire soon: it fires once.
        assert!(!gorun_timer_reset(g, t, gorun_nanotime(g) + 2 * MS, 0));
        let before = gorun_nanotime(g);
        let v = c.recv(g).unwrap();
        assert!(v >= before);
        assert!(!gorun_timer_stop(g, t), "a fired timer is not pending");
        // Reset a pending timer: reports true.
        gorun_timer_reset(g, t, gorun_nanotime(g) + 1000 * MS, 0);
        assert!(gorun_timer_reset(g, t, gorun_nanotime(g) + MS, 0));
        c.recv(g);
        // Ticker: period 1ms, several ticks.
        let tc = Chan::<i64>::new(g, 1);
        let tk = gorun_timer_new(g, sendtime_i64, tc.c as *mut u8, 0);
        gorun_timer_reset(g, tk, gorun_nanotime(g) + MS, MS);
        let mut last = 0;
        for _ in 0..5 {
            let v = tc.recv(g).unwrap();
            assert!(v > last);
            last = v;
        }
        assert!(gorun_timer_stop(g, tk));
        // After: sleep-like wait; Sleep itself is monotonic.
        let t0 = gorun_nanotime(g);
        gorun_sleep(g, 3 * MS);
        assert!(gorun_nanotime(g) - t0 >= 3 * MS);
        // AfterFunc: f runs in its own goroutine.
        let done = Chan::<u64>::new(g, 0);
        let fv = funcval(move |g| done.send(g, 9));
        let af = gorun_timer_new(g, gofunc, fv as *mut u8, 0);
        gorun_timer_reset(g, af, gorun_nanotime(g) + MS, 0);
        assert_eq!(done.recv(g), Some(9));
        // Many timers across goroutines, some stopped: exact count fires.
        let wg = leak_zeroed::<WaitGroup>();
        gorun_waitgroup_add(g, wg, 100);
        for i in 0..100 {
            go(g, move |g| {
                let t = gorun_timer_new(g, count_cb, std::ptr::null_mut(), 0);
                gorun_timer_reset(g, t, gorun_nanotime(g) + (i % 7) * MS, 0);
                if i % 2 == 0 && gorun_timer_stop(g, t) {
                    COUNT.fetch_add(1, SeqCst); // counted as if fired
                }
                gorun_waitgroup_done(g, wg);
            });
        }
        gorun_waitgroup_wait(g, wg);
        let deadline = gorun_nanotime(g) + 60_000 * MS;
        while COUNT.load(SeqCst) < 100 {
            assert!(gorun_nanotime(g) < deadline);
            gorun_sleep(g, MS);
        }
        gorun_sleep(g, 10 * MS);
        assert_eq!(COUNT.load(SeqCst), 100);
        println!("ok");
    })
}

fn sync_prims() -> ! {
    run(|g| {
        // Mutex: 50 goroutines x 1000 increments of a plain counter.
        let mu = leak_zeroed::<Mutex>();
        let wg = leak_zeroed::<WaitGroup>();
        static mut PLAIN: u64 = 0;
        gorun_waitgroup_add(g, wg, 50);
        for _ in 0..50 {
            go(g, move |g| {
                for i in 0..1000 {
                    gorun_mutex_lock(g, mu);
                    unsafe { PLAIN += 1 };
                    if i % 100 == 0 {
                        gorun_gosched(g); // hold it across a reschedule
                    }
                    gorun_mutex_unlock(g, mu);
                }
                gorun_waitgroup_done(g, wg);
            });
        }
        gorun_waitgroup_wait(g, wg);
        assert_eq!(unsafe { PLAIN }, 50_000);
        assert!(gorun_mutex_trylock(g, mu));
        assert!(!gorun_mutex_trylock(g, mu));
        gorun_mutex_unlock(g, mu);
        // RWMutex: readers in parallel, writers exclusive.
        let rw = leak_zeroed::<RWMutex>();
        static READERS: AtomicI64 = AtomicI64::new(0);
        gorun_waitgroup_add(g, wg, 40);
        for k in 0..40 {
            go(g, move |g| {
                for _ in 0..200 {
                    if k % 4 == 0 {
                        gorun_rwmutex_lock(g, rw);
                        assert_eq!(READERS.load(SeqCst), 0);
                        unsafe { PLAIN += 1 };
                        gorun_rwmutex_unlock(g, rw);
                    } else {
                        gorun_rwmutex_rlock(g, rw);
                        READERS.fetch_add(1, SeqCst);
                        gorun_gosched(g);
                        READERS.fetch_sub(1, SeqCst);
                        gorun_rwmutex_runlock(g, rw);
                    }
                }
                gorun_waitgroup_done(g, wg);
            });
        }
        gorun_waitgroup_wait(g, wg);
        assert_eq!(unsafe { PLAIN }, 50_000 + 10 * 200);
        // Once: f runs exactly once however many call Do.
        let once = leak_zeroed::<Once>();
        gorun_waitgroup_add(g, wg, 100);
        for _ in 0..100 {
            go(g, move |g| {
                gorun_once_do(
                    g,
                    once,
                    funcval(|_| {
                        COUNT.fetch_add(1, SeqCst);
                    }),
                );
                assert_eq!(COUNT.load(SeqCst), 1, "Do returned before f finished");
                gorun_waitgroup_done(g, wg);
            });
        }
        gorun_waitgroup_wait(g, wg);
        assert_eq!(COUNT.load(SeqCst), 1);
        // Cond (notifyList) with its Locker: Signal wakes one, Broadcast all.
        let nl = leak_zeroed::<NotifyList>() as *const NotifyList as *mut NotifyList;
        let nlu = nl as usize;
        static READY: AtomicI64 = AtomicI64::new(0);
        static WOKEN: AtomicI64 = AtomicI64::new(0);
        gorun_waitgroup_add(g, wg, 10);
        for _ in 0..10 {
            go(g, move |g| {
                let nl = nlu as *mut NotifyList;
                gorun_mutex_lock(g, mu);
                let t = gorun_notifylist_add(g, nl);
                READY.fetch_add(1, SeqCst);
                gorun_mutex_unlock(g, mu);
                gorun_notifylist_wait(g, nl, t);
                WOKEN.fetch_add(1, SeqCst);
                gorun_waitgroup_done(g, wg);
            });
        }
        while READY.load(SeqCst) < 10 {
            gorun_sleep(g, 100_000);
        }
        gorun_notifylist_notify_one(g, nl);
        while WOKEN.load(SeqCst) < 1 {
            gorun_sleep(g, 100_000);
        }
        gorun_sleep(g, 2 * MS);
        assert_eq!(WOKEN.load(SeqCst), 1, "Signal woke more than one");
        gorun_notifylist_notify_all(g, nl);
        gorun_waitgroup_wait(g, wg);
        assert_eq!(WOKEN.load(SeqCst), 10);
        // Raw semaphores.
        static SEM: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let c = Chan::<u64>::new(g, 0);
        go(g, move |g| {
            gorun_semacquire(g, &SEM);
            c.send(g, 1);
        });
        gorun_sleep(g, MS);
        gorun_semrelease(g, &SEM, false);
        c.recv(g);
        // Atomics.
        let a = std::sync::atomic::AtomicU64::new(5);
        assert_eq!(gorun_atomic_add_64(&a, 3), 8);
        assert!(gorun_atomic_cas_64(&a, 8, 1));
        assert_eq!(gorun_atomic_swap_64(&a, 4), 1);
        assert_eq!(gorun_atomic_or_64(&a, 3), 4);
        assert_eq!(gorun_atomic_load_64(&a), 7);
        println!("ok");
    })
}

fn mutex_starvation() -> ! {
    run(|g| {
        // A holder that sleeps with the lock makes waiters wait > 1ms: the
        // mutex must switch to starvation mode, and every waiter gets it.
        let mu = leak_zeroed::<Mutex>();
        let wg = leak_zeroed::<WaitGroup>();
        static SAW_STARVING: AtomicBool = AtomicBool::new(false);
        gorun_waitgroup_add(g, wg, 8);
        for _ in 0..8 {
            go(g, move |g| {
                for _ in 0..20 {
                    gorun_mutex_lock(g, mu);
                    if mu.state.load(SeqCst) & 4 != 0 {
                        SAW_STARVING.store(true, SeqCst);
                    }
                    gorun_sleep(g, 200_000);
                    COUNT.fetch_add(1, SeqCst);
                    gorun_mutex_unlock(g, mu);
                }
                gorun_waitgroup_done(g, wg);
            });
        }
        gorun_waitgroup_wait(g, wg);
        assert_eq!(COUNT.load(SeqCst), 160);
        assert!(
            SAW_STARVING.load(SeqCst),
            "mutex never entered starvation mode"
        );
        assert_eq!(mu.state.load(SeqCst), 0);
        println!("ok");
    })
}

fn goexit_numgoroutine() -> ! {
    run(|g| {
        assert_eq!(gorun_numgoroutine(g), 1);
        let c = Chan::<u64>::new(g, 0);
        for _ in 0..10 {
            go(g, move |g| {
                c.recv(g);
            });
        }
        gorun_sleep(g, MS);
        assert_eq!(gorun_numgoroutine(g), 11);
        c.close(g);
        let done = Chan::<u64>::new(g, 0);
        go(g, move |g| {
            done.send(g, 1);
            gorun_goexit(g);
        });
        done.recv(g);
        let deadline = gorun_nanotime(g) + 60_000 * MS;
        while gorun_numgoroutine(g) != 1 {
            assert!(
                gorun_nanotime(g) < deadline,
                "goroutines left: {}",
                gorun_numgoroutine(g)
            );
            gorun_sleep(g, MS);
        }
        println!("ok");
    })
}

// --- split stacks --------------------------------------------------------

#[repr(C)]
struct RecArgs {
    n: u64,
    result: u64,
}

extern "C" fn rec_thunk(g: *mut G, data: *mut u8) {
    let a = data as *mut RecArgs;
    unsafe { (*a).result = rec(g, (*a).n) };
}

/// A recursive function that follows the JIT's prologue contract.
#[inline(never)]
fn rec(g: *mut G, n: u64) -> u64 {
    const FRAME: usize = 128;
    if stack_check(g, FRAME) {
        let mut a = RecArgs { n, result: 0 };
        gorun_call_on_new_stack(g, rec_thunk, &mut a as *mut RecArgs as *mut u8, FRAME);
        return a.result;
    }
    let pad = std::hint::black_box([n; 4]);
    if n == 0 {
        return 0;
    }
    let r = rec(g, n - 1);
    std::hint::black_box(r + pad[1] - n + 1)
}

fn deep_recursion() -> ! {
    run(|g| {
        let done = Chan::<u64>::new(g, 0);
        go(g, move |g| done.send(g, rec(g, 1_000_000)));
        assert_eq!(done.recv(g), Some(1_000_000));
        // Hot split: calls sitting on a segment boundary in a loop.
        go(g, move |g| {
            let mut s = 0;
            for i in 0..200_000u64 {
                s += rec(g, 300 + (i % 3));
            }
            done.send(g, s);
        });
        assert!(done.recv(g).unwrap() > 0);
        // Many goroutines recursing at once, parked in the middle.
        let c = Chan::<u64>::new(g, 0);
        let wg = leak_zeroed::<WaitGroup>();
        gorun_waitgroup_add(g, wg, 20);
        for _ in 0..20 {
            go(g, move |g| {
                fn park_deep(g: *mut G, n: u64, c: Chan<u64>) -> u64 {
                    if stack_check(g, 256) || n == 0 {
                        return c.recv(g).unwrap();
                    }
                    park_deep(g, n - 1, c) + std::hint::black_box(0)
                }
                assert_eq!(park_deep(g, 5000, c), 3);
                gorun_waitgroup_done(g, wg);
            });
        }
        for _ in 0..20 {
            c.send(g, 3);
        }
        gorun_waitgroup_wait(g, wg);
        println!("ok");
    })
}

fn stack_overflow() -> ! {
    run(|g| {
        go(g, |g| {
            rec(g, u64::MAX);
        });
        Chan::<u64>::new(g, 0).recv(g);
    })
}

fn schedtrace() -> ! {
    run(|g| {
        for _ in 0..4 {
            go(g, |g| {
                for _ in 0..20 {
                    gorun_sleep(g, MS);
                }
            });
        }
        gorun_sleep(g, 60 * MS);
        println!("ok");
    })
}

// --- stress ------------------------------------------------------------------

fn stress() -> ! {
    run(|g| {
        const PRODUCERS: u64 = 64;
        const PER: u64 = 500;
        const CONSUMERS: u64 = 48;
        let total = PRODUCERS * PER;
        let seen: &'static [AtomicU64] =
            Box::leak((0..total.div_ceil(64)).map(|_| AtomicU64::new(0)).collect());
        let work = Chan::<u64>::new(g, 0);
        let buffered = Chan::<u64>::new(g, 16);
        let results = Chan::<u64>::new(g, 32);
        let mu = leak_zeroed::<Mutex>();
        static mut LOCKED_SUM: u64 = 0;
        let wg = leak_zeroed::<WaitGroup>();
        gorun_waitgroup_add(g, wg, PRODUCERS as i64);
        for p in 0..PRODUCERS {
            go(g, move |g| {
                for i in 0..PER {
                    let v = p * PER + i;
                    // Alternate: plain send, buffered send, select send with
                    // a timer case.
                    match v % 3 {
                        0 => work.send(g, v),
                        1 => buffered.send(g, v),
                        _ => {
                            let tc = Chan::<i64>::new(g, 1);
                            let t = gorun_timer_new(
                                g,
                                gorun_runtime::time::sendtime_i64,
                                tc.c as *mut u8,
                                0,
                            );
                            gorun_timer_reset(g, t, gorun_nanotime(g) + 50_000, 0);
                            let mut x = 0u64;
                            loop {
                                let (i, _) = select_(
                                    g,
                                    &mut [
                                        Case::Send(work.c, &v),
                                        Case::Send(buffered.c, &v),
                                        Case::Recv(tc.c, &mut x),
                                    ],
                                    true,
                                );
                                if i != 2 {
                                    break;
                                }
                                // The timer fired first: retry without it.
                                gorun_timer_reset(g, t, gorun_nanotime(g) + 50_000, 0);
                            }
                            gorun_timer_stop(g, t);
                        }
                    }
                }
                gorun_waitgroup_done(g, wg);
            });
        }
        // Close the inputs once all producers are done.
        go(g, move |g| {
            gorun_waitgroup_wait(g, wg);
            work.close(g);
            buffered.close(g);
        });
        for _ in 0..CONSUMERS {
            go(g, move |g| {
                let (mut a, mut b) = (work, buffered);
                let mut n = 0;
                while !a.c.is_null() || !b.c.is_null() {
                    let mut x = 0u64;
                    let mut y = 0u64;
                    let (i, ok) = select_(
                        g,
                        &mut [Case::Recv(a.c, &mut x), Case::Recv(b.c, &mut y)],
                        true,
                    );
                    if !ok {
                        if i == 0 {
                            a = Chan::nil();
                        } else {
                            b = Chan::nil();
                        }
                        continue;
                    }
                    let v = if i == 0 { x } else { y };
                    let bit = 1u64 << (v % 64);
                    let old = seen[(v / 64) as usize].fetch_or(bit, SeqCst);
                    assert!(old & bit == 0, "value {} received twice", v);
                    gorun_mutex_lock(g, mu);
                    unsafe { LOCKED_SUM += v };
                    gorun_mutex_unlock(g, mu);
                    n += 1;
                    if n % 64 == 0 {
                        gorun_sleep(g, 10_000);
                    }
                }
                results.send(g, n);
            });
        }
        let mut n = 0;
        for _ in 0..CONSUMERS {
            n += results.recv(g).unwrap();
        }
        assert_eq!(n, total, "values lost");
        for (i, w) in seen.iter().enumerate() {
            let want = if (i as u64 + 1) * 64 <= total {
                u64::MAX
            } else {
                (1u64 << (total % 64)) - 1
            };
            assert_eq!(w.load(SeqCst), want, "values missing in word {}", i);
        }
        gorun_mutex_lock(g, mu);
        assert_eq!(unsafe { LOCKED_SUM }, total * (total - 1) / 2);
        gorun_mutex_unlock(g, mu);
        println!("ok");
    })
}

fn million() -> ! {
    run(|g| {
        const N: i64 = 1_000_000;
        let c = Chan::<u64>::new(g, 0);
        let wg = leak_zeroed::<WaitGroup>();
        gorun_waitgroup_add(g, wg, N);
        for _ in 0..N {
            go(g, move |g| {
                c.recv(g);
                gorun_waitgroup_done(g, wg);
            });
        }
        // Wait until all are parked, then release them.
        while gorun_numgoroutine(g) < N + 1 {
            gorun_sleep(g, MS);
        }
        c.close(g);
        gorun_waitgroup_wait(g, wg);
        println!("ok");
    })
}
