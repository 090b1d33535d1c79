//! Scenarios of the heap allocator, slices and strings. Expectations that
//! depend on Go's choices (capacities, UTF-8 handling) come from files the
//! real Go produced (`tests/data/*.txt`, generators in `tests/data/gen/`).

use super::*;
use gorun_runtime::mheap::{find_object, mheap_, object_start, span_of_heap};
use gorun_runtime::msize::roundupsize;
use gorun_runtime::runtime2::G;
use gorun_runtime::sizeclasses::*;
use gorun_runtime::sync::WaitGroup;
use gorun_runtime::types::{Type, kind};
use std::sync::Mutex as StdMutex;
use std::sync::atomic::Ordering::Relaxed;

pub fn all() -> Vec<Scenario> {
    let panics = |name, body, msg: &'static [&'static str]| Scenario {
        exit: 2,
        stdout: &[],
        stderr: msg,
        procs: &[1],
        ..scenario(name, body)
    };
    vec![
        scenario(
            "alloc_every_size_class_from_many_goroutines",
            every_size_class,
        ),
        scenario("alloc_tiny_objects_share_zeroed_blocks", tiny_objects),
        scenario("alloc_across_gomaxprocs_changes", across_gomaxprocs_changes),
        scenario("alloc_from_threads_without_a_p", threads_without_p),
        Scenario {
            procs: &[1],
            ..scenario(
                "alloc_freed_spans_are_reused_zeroed_and_coalesced",
                freed_spans_reused,
            )
        },
        scenario("chan_with_pointer_elements_is_typed", chan_pointer_elems),
        Scenario {
            procs: &[1],
            ..scenario("growslice_capacities_match_go", growslice_matches_go)
        },
        scenario(
            "growslice_preserves_elements_and_zeroes_the_tail",
            growslice_semantics,
        ),
        Scenario {
            procs: &[1],
            ..scenario("strings_match_go", strings_match_go)
        },
        scenario("strings_concat_and_conversions", string_ops),
        panics(
            "panic_makeslice_len_out_of_range",
            panic_makeslice_len,
            &["panic: runtime error: makeslice: len out of range\n\ngoroutine 1 [running]:"],
        ),
        panics(
            "panic_makeslice_huge_len_out_of_range",
            panic_makeslice_huge_len,
            &["panic: runtime error: makeslice: len out of range\n\ngoroutine 1 [running]:"],
        ),
        panics(
            "panic_makeslice_cap_out_of_range",
            panic_makeslice_cap,
            &["panic: runtime error: makeslice: cap out of range\n\ngoroutine 1 [running]:"],
        ),
        panics(
            "panic_growslice_len_out_of_range",
            panic_growslice,
            &["panic: runtime error: growslice: len out of range\n\ngoroutine 1 [running]:"],
        ),
        panics(
            "panic_newarray_allocation_size_out_of_range",
            panic_newarray,
            &["panic: runtime: allocation size out of range\n\ngoroutine 1 [running]:"],
        ),
    ]
}

// ---------------------------------------------------------------------------
// Helpers.

fn read_stats(g: *mut G) -> MemStats {
    let mut m = MemStats::default();
    gorun_readmemstats(g, &mut m);
    m
}

/// One allocation made by a test: where, how big, what type, what filler.
#[derive(Clone, Copy)]
struct Obj {
    p: usize,
    size: usize,
    typ: usize,
    fill: u8,
}

/// The slot bytes TotalAlloc counts for `mallocgc(size, typ)` (not tiny).
fn slot_bytes(size: usize, typ: *const Type) -> u64 {
    let scan = !typ.is_null() && unsafe { (*typ).ptrdata } != 0;
    if size > MAX_SMALL_SIZE - MALLOC_HEADER_SIZE {
        return size.next_multiple_of(PAGE_SIZE) as u64;
    }
    let req = if scan && size > MIN_SIZE_FOR_MALLOC_HEADER {
        size + MALLOC_HEADER_SIZE
    } else {
        size
    };
    CLASS_TO_SIZE[size_to_class(req)] as u64
}

fn check_zero(p: usize, n: usize) {
    let b = unsafe { std::slice::from_raw_parts(p as *const u8, n) };
    if let Some(i) = b.iter().position(|&x| x != 0) {
        panic!("byte {i} of a new {n}-byte object at {p:#x} is not zero");
    }
}

/// Expected pointer words of an object (see mbitmap.rs for the cases).
fn expected_pointers(o: &Obj) -> Vec<usize> {
    let typ = o.typ as *const Type;
    if typ.is_null() || unsafe { (*typ).ptrdata } == 0 {
        return vec![];
    }
    let (tsize, words) = unsafe {
        let t = &*typ;
        let mut w = vec![];
        for i in 0..t.ptrdata / 8 {
            if *t.gcdata.add(i / 8) & (1 << (i % 8)) != 0 {
                w.push(i);
            }
        }
        (t.size, w)
    };
    let (base, s, _) = find_object(o.p);
    let span = unsafe { &*s };
    // Case 1 covers the data only; cases 2 and 3 tile to the slot's end.
    let limit = if gorun_runtime::mbitmap::heap_bits_in_span(span.elemsize)
        && span.spanclass.sizeclass() != 0
    {
        o.p + o.size
    } else {
        base + span.elemsize
    };
    let mut v = vec![];
    let mut e = o.p;
    while e < limit {
        for &w in &words {
            if e + w * 8 < limit {
                v.push(e + w * 8);
            }
        }
        e += tsize;
    }
    v
}

fn pointers_of(p: usize, size: usize) -> Vec<usize> {
    let (base, s, _) = find_object(p);
    let span = unsafe { &*s };
    let mut tp = if p == base && size == span.elemsize {
        span.type_pointers_of_unchecked(base)
    } else {
        span.type_pointers_of(p, size)
    };
    let limit = p + size;
    let mut v = vec![];
    loop {
        let a = tp.next(limit);
        if a == 0 {
            break;
        }
        v.push(a);
    }
    v
}

/// Checks a set of live objects: no two overlap, each still holds its
/// filler, every interior pointer finds the object's start, each sits in
/// a span of the right kind, and the collector's view of its pointers is
/// exactly the type's.
fn check_objects(objs: &mut [Obj]) {
    objs.sort_by_key(|o| o.p);
    for w in objs.windows(2) {
        assert!(
            w[0].p + w[0].size <= w[1].p,
            "objects overlap: {:#x}+{} and {:#x}",
            w[0].p,
            w[0].size,
            w[1].p
        );
    }
    for o in objs.iter() {
        let b = unsafe { std::slice::from_raw_parts(o.p as *const u8, o.size) };
        assert!(
            b.iter().all(|&x| x == o.fill),
            "object {:#x} ({} bytes) was overwritten",
            o.p,
            o.size
        );
        for q in [o.p, o.p + o.size / 2, o.p + o.size - 1] {
            assert_eq!(
                object_start(q),
                o.p,
                "interior pointer {q:#x} of {:#x}",
                o.p
            );
        }
        let s = span_of_heap(o.p);
        assert!(!s.is_null());
        let span = unsafe { &*s };
        let typ = o.typ as *const Type;
        let scan = !typ.is_null() && unsafe { (*typ).ptrdata } != 0;
        assert_eq!(span.spanclass.noscan(), !scan, "span kind of {:#x}", o.p);
        if o.size > MAX_SMALL_SIZE - MALLOC_HEADER_SIZE {
            assert_eq!(
                span.spanclass.sizeclass(),
                0,
                "large object in a class span"
            );
            assert_eq!(span.base(), o.p);
        }
        if scan {
            let (base, _, _) = find_object(o.p);
            let got = pointers_of(base, span.elemsize);
            assert_eq!(got, expected_pointers(o), "pointers of {:#x}", o.p);
            // A sub-range: from the second element on.
            let tsize = unsafe { (*typ).size };
            if o.size >= 2 * tsize {
                let sub = pointers_of(o.p + tsize, o.size - tsize);
                let want: Vec<usize> = expected_pointers(o)
                    .into_iter()
                    .filter(|&a| a >= o.p + tsize && a < o.p + o.size)
                    .collect();
                assert_eq!(sub, want, "pointers of {:#x} from element 1", o.p);
            }
        }
    }
}

fn fill(p: usize, n: usize, v: u8) {
    unsafe { std::ptr::write_bytes(p as *mut u8, v, n) };
}

fn test_types() -> Vec<&'static Type> {
    vec![
        ptr_type(8, &[0]),
        ptr_type(16, &[1]),
        ptr_type(24, &[0, 2]),
        ptr_type(48, &[1, 3, 5]),
        ptr_type(136, &[0, 16]),
        ptr_type(1000, &[0, 70, 124]),
    ]
}

/// Sizes covering every size class (its size and one past the previous
/// class) and large objects.
fn class_sizes() -> Vec<usize> {
    let mut v = vec![];
    for c in 1..NUM_SIZE_CLASSES {
        v.push(CLASS_TO_SIZE[c] as usize);
        v.push(CLASS_TO_SIZE[c - 1] as usize + 1);
    }
    v.extend([32761, 32768, 32769, 40000, 100_000, 200_003]);
    v.retain(|&s| s >= TINY_SIZE);
    v
}

/// Allocates every size of `class_sizes` as pointer-free and as arrays of
/// each test type, `rounds` times; checks zeroing and alignment, fills.
fn allocate_all(g: *mut G, fillv: u8, rounds: usize, out: &StdMutex<Vec<Obj>>) -> (u64, u64) {
    let types = test_types();
    let mut mine = vec![];
    let (mut n, mut bytes) = (0u64, 0u64);
    for r in 0..rounds {
        for (j, &size) in class_sizes().iter().enumerate() {
            let mut allocs: Vec<(usize, *const Type)> = vec![(size, std::ptr::null())];
            for t in [types[j % types.len()], types[(j + 3) % types.len()]] {
                let k = (size / t.size).max(1);
                allocs.push((k * t.size, t));
            }
            for (sz, t) in allocs {
                let p = gorun_mallocgc(g, sz, t, true) as usize;
                assert_eq!(p % 8, 0);
                let header =
                    !t.is_null() && sz > MIN_SIZE_FOR_MALLOC_HEADER && sz <= MAX_SMALL_SIZE - 8;
                if sz > 24 && !header {
                    assert_eq!(p % 16, 0, "{sz}-byte object at {p:#x}");
                }
                check_zero(p, sz);
                fill(p, sz, fillv);
                n += 1;
                bytes += slot_bytes(sz, t);
                mine.push(Obj {
                    p,
                    size: sz,
                    typ: t as usize,
                    fill: fillv,
                });
            }
            if r == 0 && size % 3 == 0 {
                gorun_gosched(g);
            }
        }
    }
    out.lock().unwrap().extend(mine);
    (n, bytes)
}

// ---------------------------------------------------------------------------
// Allocation.

fn every_size_class() -> ! {
    run(|g| {
        let before = read_stats(g);
        static OBJS: StdMutex<Vec<Obj>> = StdMutex::new(Vec::new());
        static COUNT_BYTES: StdMutex<(u64, u64)> = StdMutex::new((0, 0));
        let wg = leak_zeroed::<WaitGroup>();
        let ng = 8;
        for i in 0..ng {
            gorun_waitgroup_add(g, wg, 1);
            go(g, move |g| {
                let (n, b) = allocate_all(g, 0x10 + i as u8, 2, &OBJS);
                let mut cb = COUNT_BYTES.lock().unwrap();
                cb.0 += n;
                cb.1 += b;
                drop(cb);
                gorun_waitgroup_done(g, wg);
            });
        }
        gorun_waitgroup_wait(g, wg);
        let after = read_stats(g);
        let mut objs = OBJS.lock().unwrap();
        check_objects(&mut objs);
        let (n, bytes) = *COUNT_BYTES.lock().unwrap();
        assert_eq!(after.mallocs - before.mallocs, n, "Mallocs");
        assert_eq!(after.total_alloc - before.total_alloc, bytes, "TotalAlloc");
        assert_eq!(after.heap_alloc - before.heap_alloc, bytes, "HeapAlloc");
        assert_eq!(after.heap_objects - before.heap_objects, n, "HeapObjects");
        assert_eq!(after.frees, before.frees);
        check_stats_shape(&after);
        let small: u64 = (0..61)
            .map(|i| after.by_size[i].mallocs - before.by_size[i].mallocs)
            .sum();
        // BySize has Go's 61 rows: classes 61 and up are not listed.
        let listed = objs
            .iter()
            .filter(|o| {
                let bytes = slot_bytes(o.size, o.typ as *const Type) as usize;
                bytes <= MAX_SMALL_SIZE && size_to_class(bytes) < 61
            })
            .count() as u64;
        assert_eq!(small, listed, "BySize");
        println!("ok");
        gorun_exit(g, 0)
    })
}

/// Relations that hold for any MemStats.
fn check_stats_shape(m: &MemStats) {
    assert_eq!(m.heap_sys, m.heap_inuse + m.heap_idle, "HeapSys");
    assert!(m.heap_released <= m.heap_idle);
    assert!(m.heap_inuse >= m.heap_alloc, "HeapInuse < HeapAlloc");
    assert_eq!(m.heap_sys % (4 << 20), 0, "the heap grows by 4 MiB chunks");
    assert!(m.sys >= m.heap_sys + m.mspan_inuse + m.mcache_inuse);
    assert_eq!(m.alloc, m.heap_alloc);
    assert_eq!(m.heap_objects, m.mallocs - m.frees);
    assert_eq!(m.by_size[0].size, 0);
    assert_eq!(m.by_size[60].size, CLASS_TO_SIZE[60] as u32);
}

fn tiny_objects() -> ! {
    run(|g| {
        let before = read_stats(g);
        static OBJS: StdMutex<Vec<Obj>> = StdMutex::new(Vec::new());
        let wg = leak_zeroed::<WaitGroup>();
        let ng = 6;
        let per = 3000;
        for i in 0..ng {
            gorun_waitgroup_add(g, wg, 1);
            go(g, move |g| {
                let mut mine = vec![];
                for k in 0..per {
                    let size = 1 + (k * 7 + i) % 15;
                    // Tiny objects are zeroed even without needzero.
                    let p = gorun_mallocgc(g, size, std::ptr::null(), k % 2 == 0) as usize;
                    let align = if size % 8 == 0 {
                        8
                    } else if size % 4 == 0 {
                        4
                    } else if size % 2 == 0 {
                        2
                    } else {
                        1
                    };
                    assert_eq!(p % align, 0, "{size}-byte tiny object at {p:#x}");
                    check_zero(p, size);
                    let v = (k % 200) as u8 + 1;
                    fill(p, size, v);
                    // Tiny objects live in 16-byte blocks: the block is what
                    // the collector sees.
                    assert_eq!(object_start(p), p & !15);
                    assert_eq!(object_start(p + size - 1), p & !15);
                    mine.push(Obj {
                        p,
                        size,
                        typ: 0,
                        fill: v,
                    });
                    if k % 500 == 0 {
                        gorun_gosched(g);
                    }
                }
                OBJS.lock().unwrap().extend(mine);
                gorun_waitgroup_done(g, wg);
            });
        }
        gorun_waitgroup_wait(g, wg);
        let after = read_stats(g);
        let mut objs = OBJS.lock().unwrap();
        objs.sort_by_key(|o| o.p);
        for w in objs.windows(2) {
            assert!(w[0].p + w[0].size <= w[1].p, "tiny objects overlap");
        }
        for o in objs.iter() {
            let b = unsafe { std::slice::from_raw_parts(o.p as *const u8, o.size) };
            assert!(b.iter().all(|&x| x == o.fill), "tiny object overwritten");
        }
        let n = (ng * per) as u64;
        assert_eq!(
            after.mallocs - before.mallocs,
            n,
            "Mallocs counts tiny objects"
        );
        // Blocks are 16-byte class-2 slots; several objects share one.
        let blocks = (after.total_alloc - before.total_alloc) / 16;
        assert!(blocks < n, "tiny objects shared no block");
        assert_eq!(
            after.by_size[TINY_SIZE_CLASS].mallocs - before.by_size[TINY_SIZE_CLASS].mallocs,
            blocks
        );
        check_stats_shape(&after);
        println!("ok");
        gorun_exit(g, 0)
    })
}

fn across_gomaxprocs_changes() -> ! {
    run(|g| {
        let before = read_stats(g);
        static OBJS: StdMutex<Vec<Obj>> = StdMutex::new(Vec::new());
        static N: AtomicU64 = AtomicU64::new(0);
        let wg = leak_zeroed::<WaitGroup>();
        let t = ptr_type(24, &[0, 2]);
        for i in 0..8u8 {
            gorun_waitgroup_add(g, wg, 1);
            go(g, move |g| {
                let mut mine = vec![];
                for k in 0..4000usize {
                    let (size, typ) = if k % 2 == 0 {
                        (16 + (k % 40) * 8, std::ptr::null())
                    } else {
                        (24 * (1 + k % 30), t as *const Type)
                    };
                    let p = gorun_mallocgc(g, size, typ, true) as usize;
                    check_zero(p, size);
                    fill(p, size, i + 1);
                    mine.push(Obj {
                        p,
                        size,
                        typ: typ as usize,
                        fill: i + 1,
                    });
                    if k % 100 == 0 {
                        gorun_gosched(g);
                    }
                }
                N.fetch_add(mine.len() as u64, Relaxed);
                OBJS.lock().unwrap().extend(mine);
                gorun_waitgroup_done(g, wg);
            });
        }
        // Shrinking frees Ps' mcaches (their spans go back to the
        // mcentrals), growing makes new ones.
        for n in [1, 8, 2, 5, 1, 3] {
            gorun_gomaxprocs(g, n);
            gorun_gosched(g);
        }
        gorun_waitgroup_wait(g, wg);
        let after = read_stats(g);
        check_objects(&mut OBJS.lock().unwrap());
        assert_eq!(after.mallocs - before.mallocs, N.load(Relaxed));
        check_stats_shape(&after);
        println!("ok");
        gorun_exit(g, 0)
    })
}

fn threads_without_p() -> ! {
    run(|g| {
        static OBJS: StdMutex<Vec<Obj>> = StdMutex::new(Vec::new());
        let before = read_stats(g);
        // Plain OS threads (no M, no P) allocate through the shared mcache0.
        let threads: Vec<_> = (0..3u8)
            .map(|i| {
                std::thread::spawn(move || {
                    let mut mine = vec![];
                    for k in 0..3000usize {
                        let size = 16 + (k % 300) * 8;
                        let p = gorun_mallocgc(std::ptr::null_mut(), size, std::ptr::null(), true)
                            as usize;
                        check_zero(p, size);
                        fill(p, size, 0xa0 + i);
                        mine.push(Obj {
                            p,
                            size,
                            typ: 0,
                            fill: 0xa0 + i,
                        });
                    }
                    OBJS.lock().unwrap().extend(mine);
                })
            })
            .collect();
        let wg = leak_zeroed::<WaitGroup>();
        for i in 0..4u8 {
            gorun_waitgroup_add(g, wg, 1);
            go(g, move |g| {
                let mut mine = vec![];
                for k in 0..3000usize {
                    let size = 16 + (k % 300) * 8;
                    let p = gorun_mallocgc(g, size, std::ptr::null(), true) as usize;
                    fill(p, size, 0xb0 + i);
                    mine.push(Obj {
                        p,
                        size,
                        typ: 0,
                        fill: 0xb0 + i,
                    });
                    if k % 300 == 0 {
                        gorun_gosched(g);
                    }
                }
                OBJS.lock().unwrap().extend(mine);
                gorun_waitgroup_done(g, wg);
            });
        }
        gorun_waitgroup_wait(g, wg);
        for t in threads {
            // A blocking OS call, as the ABI asks.
            gorun_entersyscall(g);
            t.join().unwrap();
            gorun_exitsyscall(g);
        }
        let after = read_stats(g);
        let mut objs = OBJS.lock().unwrap();
        check_objects(&mut objs);
        assert_eq!(after.mallocs - before.mallocs, objs.len() as u64);
        println!("ok");
        gorun_exit(g, 0)
    })
}

fn freed_spans_reused() -> ! {
    run(|g| {
        let sg = mheap_().sweepgen.load(Relaxed);
        // Takes a large object's span back from its mcentral and frees it,
        // as the sweeper will.
        let free_large = |p: usize| {
            let s = span_of_heap(p);
            let spc = unsafe { (*s).spanclass };
            let popped = mheap_().central[spc.0 as usize].pop(true, true, sg);
            assert_eq!(popped, s, "the newest large span is first in its list");
            // What the sweeper will count for a dead large object.
            let st = gorun_runtime::mstats::memstats();
            st.large_free
                .fetch_add((unsafe { (*s).npages } * PAGE_SIZE) as u64, Relaxed);
            st.large_free_count.fetch_add(1, Relaxed);
            mheap_().free_span(s);
            assert!(span_of_heap(p).is_null(), "a freed span still resolves");
            assert_eq!(object_start(p), 0);
        };
        let a = gorun_mallocgc(g, 5 * PAGE_SIZE, std::ptr::null(), true) as usize;
        fill(a, 5 * PAGE_SIZE, 0xab);
        let m0 = read_stats(g);
        free_large(a);
        let m1 = read_stats(g);
        assert_eq!(
            m1.heap_inuse + 5 * PAGE_SIZE as u64,
            m0.heap_inuse,
            "freeing returns the pages"
        );
        assert_eq!(m1.heap_sys, m0.heap_sys);
        assert_eq!(
            m1.heap_released, m0.heap_released,
            "freed pages are not released"
        );
        // Best fit gives the same pages back, and they must be cleared.
        let a2 = gorun_mallocgc(g, 5 * PAGE_SIZE, std::ptr::null(), true) as usize;
        assert_eq!(a2, a);
        check_zero(a2, 5 * PAGE_SIZE);
        // Pointer-free memory allocated without needzero may keep old bytes,
        // but pointerful memory is always cleared.
        fill(a2, 5 * PAGE_SIZE, 0xcd);
        free_large(a2);
        let t = ptr_type(8, &[0]);
        let a3 = gorun_mallocgc(g, 5 * PAGE_SIZE, t, true) as usize;
        assert_eq!(a3, a);
        check_zero(a3, 5 * PAGE_SIZE);
        assert_eq!(pointers_of(a3, 5 * PAGE_SIZE).len(), 5 * PAGE_SIZE / 8);
        // Adjacent free runs coalesce.
        let b = gorun_mallocgc(g, 5 * PAGE_SIZE, std::ptr::null(), true) as usize;
        let c = gorun_mallocgc(g, 6 * PAGE_SIZE, std::ptr::null(), true) as usize;
        assert_eq!(c, b + 5 * PAGE_SIZE, "fresh pages are handed out in order");
        fill(b, 5 * PAGE_SIZE, 1);
        fill(c, 6 * PAGE_SIZE, 2);
        free_large(c);
        free_large(b);
        let d = gorun_mallocgc(g, 11 * PAGE_SIZE, std::ptr::null(), true) as usize;
        assert_eq!(d, b, "the two runs merged");
        check_zero(d, 11 * PAGE_SIZE);
        // Small objects of a reused page are cleared too.
        fill(d, 11 * PAGE_SIZE, 3);
        free_large(d);
        let before = mheap_().free_pages();
        let mut objs = vec![];
        for _ in 0..(11 * PAGE_SIZE / 1024) {
            let p = gorun_mallocgc(g, 1024, std::ptr::null(), true) as usize;
            check_zero(p, 1024);
            objs.push(p);
        }
        assert!(objs.iter().any(|&p| p >= d && p < d + 11 * PAGE_SIZE));
        assert!(mheap_().free_pages() < before);
        check_stats_shape(&read_stats(g));
        println!("ok");
        gorun_exit(g, 0)
    })
}

fn chan_pointer_elems() -> ! {
    run(|g| {
        let et = ptr_type(16, &[0]);
        let c = gorun_makechan(g, et, 4);
        let s = span_of_heap(c as usize);
        assert!(
            !unsafe { (*s).spanclass.noscan() },
            "hchan with pointers is scanned"
        );
        let buf = unsafe { (*c).buf } as usize;
        assert_eq!(object_start(buf), buf, "the buffer is an object of its own");
        assert_eq!(
            pointers_of(buf, 64),
            vec![buf, buf + 16, buf + 32, buf + 48]
        );
        // hchan's buf field keeps the buffer alive.
        let hs = unsafe { (*s).elemsize };
        assert_eq!(pointers_of(c as usize, hs), vec![c as usize + 16]);
        let target = gorun_newobject(g, &gorun_runtime::types::TYPE_INT64) as usize;
        let v: [usize; 2] = [target, 7];
        gorun_chansend(g, c, v.as_ptr() as *const u8, true);
        let mut w = [0usize; 2];
        gorun_chanrecv(g, c, w.as_mut_ptr() as *mut u8, true);
        assert_eq!(w, v);
        // Pointer-free elements: hchan and buffer are one noscan object.
        let c2 = gorun_makechan(g, &gorun_runtime::types::TYPE_INT64, 8);
        assert!(unsafe { (*span_of_heap(c2 as usize)).spanclass.noscan() });
        assert_eq!(object_start(unsafe { (*c2).buf } as usize), c2 as usize);
        println!("ok");
        gorun_exit(g, 0)
    })
}

// ---------------------------------------------------------------------------
// Slices.

fn noscan_type(size: usize) -> &'static Type {
    Box::leak(Box::new(Type::scalar(size, 1, kind::ARRAY)))
}

fn growslice_matches_go() -> ! {
    run(|g| {
        let data = include_str!("../data/growslice.txt");
        let mut rounds: Vec<(bool, usize, usize)> = vec![];
        let mut grows = 0;
        let mut types: std::collections::HashMap<(usize, bool), &'static Type> = Default::default();
        for line in data.lines() {
            let f: Vec<&str> = line.split_whitespace().collect();
            match f[0] {
                "R" => rounds.push((f[1] == "scan", f[3].parse().unwrap(), f[4].parse().unwrap())),
                "G" => {
                    let n = |i: usize| f[i].parse::<i64>().unwrap();
                    let (size, scan) = (n(1) as usize, n(2) == 1);
                    let (oldlen, oldcap, num, want) = (n(3), n(4), n(5), n(6));
                    let et = *types.entry((size, scan)).or_insert_with(|| {
                        if scan {
                            ptr_type(size, &[0])
                        } else {
                            noscan_type(size)
                        }
                    });
                    // Copy nothing (oldlen 0): only the capacity is checked
                    // here, and the replay stays small.
                    let newlen = oldlen + num;
                    let r = gorun_growslice(g, std::ptr::null(), newlen, oldcap, newlen, et);
                    assert_eq!(
                        r.cap, want,
                        "growslice elem {size} scan {scan}: len {oldlen} cap {oldcap} + {num}"
                    );
                    assert!(!r.ptr.is_null());
                    grows += 1;
                }
                _ => panic!("bad line {line}"),
            }
        }
        assert!(grows > 5000 && rounds.len() > 100);
        // Rounding of every size: each R line holds until the next of its kind.
        let b8 = ptr_type(8, &[0]);
        for scan in [false, true] {
            let r: Vec<_> = rounds.iter().filter(|x| x.0 == scan).collect();
            let end = if scan { 5001 } else { 40001 };
            for (i, &&(_, n, cap)) in r.iter().enumerate() {
                let next = r.get(i + 1).map_or(end, |x| x.1);
                for m in n..next {
                    let got = if scan {
                        roundupsize(m * 8, false) / 8
                    } else {
                        roundupsize(m, true)
                    };
                    assert_eq!(got, cap, "roundupsize of {m} elements, scan {scan}");
                }
                let et = if scan { b8 } else { noscan_type(1) };
                let got = gorun_growslice(g, std::ptr::null(), n as i64, 0, n as i64, et);
                assert_eq!(got.cap as usize, cap);
            }
        }
        println!("ok");
        gorun_exit(g, 0)
    })
}

/// A slice as compiled code keeps it, appended to through the ABI.
struct Slice {
    ptr: *mut u8,
    len: i64,
    cap: i64,
}

fn append_word(g: *mut G, s: &mut Slice, et: &Type, v: u64) {
    if s.len + 1 > s.cap {
        let old = s.ptr;
        let r = gorun_growslice(g, s.ptr, s.len + 1, s.cap, 1, et);
        // [newlen, cap) is zeroed.
        check_zero(
            r.ptr as usize + (s.len as usize + 1) * 8,
            (r.cap - s.len - 1) as usize * 8,
        );
        for i in 0..s.len as usize {
            assert_eq!(
                unsafe { *(r.ptr as *const u64).add(i) },
                unsafe { *(old as *const u64).add(i) },
                "growslice lost element {i}"
            );
        }
        s.ptr = r.ptr;
        s.cap = r.cap;
    }
    unsafe { *(s.ptr as *mut u64).add(s.len as usize) = v };
    s.len += 1;
}

fn growslice_semantics() -> ! {
    run(|g| {
        let wg = leak_zeroed::<WaitGroup>();
        for i in 0..4u64 {
            gorun_waitgroup_add(g, wg, 1);
            go(g, move |g| {
                let ints = &gorun_runtime::types::TYPE_INT64;
                let ptrs = ptr_type(8, &[0]);
                let mut a = Slice {
                    ptr: std::ptr::null_mut(),
                    len: 0,
                    cap: 0,
                };
                let mut caps = vec![];
                for k in 0..20000u64 {
                    append_word(g, &mut a, ints, k * 3 + i);
                    if caps.last() != Some(&a.cap) {
                        caps.push(a.cap);
                    }
                }
                // Go's []int capacities, from testdata/slice_append_growth.out
                // ("len N cap C" for each reallocation).
                let out = include_str!("../../../testdata/slice_append_growth.out");
                let want: Vec<i64> = out
                    .lines()
                    .filter_map(|l| l.strip_prefix("len "))
                    .map(|l| l.split_whitespace().nth(2).unwrap().parse().unwrap())
                    .collect();
                assert!(want.len() >= 16);
                assert_eq!(&caps[..want.len()], &want[..]);
                // "append N -> N C": append([]int(nil), make([]int, N)...).
                for l in out.lines() {
                    if let Some(rest) = l.strip_prefix("append ") {
                        let f: Vec<i64> = rest
                            .split_whitespace()
                            .filter(|x| *x != "->")
                            .map(|x| x.parse().unwrap())
                            .collect();
                        let r = gorun_growslice(g, std::ptr::null(), f[0], 0, f[0], ints);
                        assert_eq!((f[1], r.cap), (f[0], f[2]), "{l}");
                    }
                }
                for k in 0..20000u64 {
                    assert_eq!(unsafe { *(a.ptr as *const u64).add(k as usize) }, k * 3 + i);
                }
                // Pointers to heap objects survive growth, and the new
                // array's type information lists every element.
                let mut p = Slice {
                    ptr: std::ptr::null_mut(),
                    len: 0,
                    cap: 0,
                };
                let mut targets = vec![];
                for _ in 0..3000 {
                    let t = gorun_newobject(g, ints) as u64;
                    targets.push(t);
                    append_word(g, &mut p, ptrs, t);
                }
                let base = p.ptr as usize;
                let got = pointers_of(base, p.cap as usize * 8);
                assert_eq!(
                    got.len(),
                    p.cap as usize,
                    "every word of a []*T is a pointer"
                );
                for (k, &t) in targets.iter().enumerate() {
                    assert_eq!(unsafe { *(p.ptr as *const u64).add(k) }, t);
                }
                gorun_waitgroup_done(g, wg);
            });
        }
        gorun_waitgroup_wait(g, wg);
        // make, makeslicecopy, copy.
        let ints = &gorun_runtime::types::TYPE_INT64;
        let m = gorun_makeslice(g, ints, 3, 100) as usize;
        check_zero(m, 800);
        for k in 0..100 {
            unsafe { *(m as *mut u64).add(k) = k as u64 + 1 };
        }
        let c = gorun_makeslicecopy(g, ints, 150, 100, m as *const u8) as usize;
        for k in 0..150 {
            let want = if k < 100 { k as u64 + 1 } else { 0 };
            assert_eq!(unsafe { *(c as *const u64).add(k) }, want);
        }
        let c2 = gorun_makeslicecopy(g, ints, 10, 100, m as *const u8) as usize;
        assert_eq!(unsafe { *(c2 as *const u64).add(9) }, 10);
        let dst = gorun_makeslice(g, ints, 5, 5);
        assert_eq!(gorun_slicecopy(g, dst, 5, m as *const u8, 100, 8), 5);
        assert_eq!(unsafe { *(dst as *const u64).add(4) }, 5);
        assert_eq!(gorun_slicecopy(g, dst, 5, m as *const u8, 0, 8), 0);
        // Overlapping copy (copy(s[1:], s)).
        assert_eq!(
            gorun_slicecopy(g, (m + 8) as *mut u8, 99, m as *const u8, 100, 8),
            99
        );
        assert_eq!(unsafe { *(m as *const u64).add(1) }, 1);
        assert_eq!(unsafe { *(m as *const u64).add(99) }, 99);
        let pt = ptr_type(16, &[0]);
        let d = gorun_makeslice(g, pt, 4, 4);
        assert_eq!(gorun_typedslicecopy(g, pt, d, 4, m as *const u8, 2), 2);
        assert_eq!(unsafe { *(d as *const u64).add(3) }, 3);
        // Zero-size elements never allocate.
        let z = &gorun_runtime::types::TYPE_STRUCT0;
        let r = gorun_growslice(g, std::ptr::null(), 1000, 0, 1000, z);
        assert_eq!(r.cap, 1000);
        assert_eq!(r.ptr, gorun_mallocgc(g, 0, std::ptr::null(), true));
        assert_eq!(gorun_makeslice(g, z, 1 << 40, 1 << 40), r.ptr);
        // newarray.
        let arr = gorun_newarray(g, pt, 1000) as usize;
        assert_eq!(pointers_of(arr, 16000).len(), 1000);
        println!("ok");
        gorun_exit(g, 0)
    })
}

fn panic_makeslice_len() -> ! {
    run(|g| {
        gorun_makeslice(g, &gorun_runtime::types::TYPE_INT64, -1, 10);
        unreachable!()
    })
}

fn panic_makeslice_huge_len() -> ! {
    run(|g| {
        gorun_makeslice(g, &gorun_runtime::types::TYPE_INT64, 1 << 62, 1 << 62);
        unreachable!()
    })
}

fn panic_makeslice_cap() -> ! {
    run(|g| {
        gorun_makeslice(g, &gorun_runtime::types::TYPE_INT64, 1, -1);
        unreachable!()
    })
}

fn panic_growslice() -> ! {
    run(|g| {
        let huge = noscan_type(1 << 40);
        gorun_growslice(g, std::ptr::null(), 1 << 20, 0, 1 << 20, huge);
        unreachable!()
    })
}

fn panic_newarray() -> ! {
    run(|g| {
        gorun_newarray(g, &gorun_runtime::types::TYPE_INT64, -1);
        unreachable!()
    })
}

// ---------------------------------------------------------------------------
// Strings.

fn unhex(s: &str) -> Vec<u8> {
    if s == "-" {
        return vec![];
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

fn hex(b: &[u8]) -> String {
    if b.is_empty() {
        return "-".into();
    }
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn nb<T>() -> *mut T {
    std::ptr::null_mut()
}

fn gs_bytes<'a>(s: GoString) -> &'a [u8] {
    unsafe { s.as_bytes() }
}

fn strings_match_go() -> ! {
    run(|g| {
        let data = include_str!("../data/strings.txt");
        let mut n = 0;
        for line in data.lines() {
            n += 1;
            let (tag, rest) = line.split_once(' ').unwrap();
            match tag {
                "S" => {
                    let parts: Vec<&str> = rest.split(" | ").collect();
                    let s = unhex(parts[0]);
                    let (p, l) = (s.as_ptr(), s.len() as i64);
                    // for i, r := range s, as compiled code does it.
                    let mut got = vec![];
                    let mut i = 0i64;
                    while i < l {
                        let b = s[i as usize];
                        let (r, next) = if b < 0x80 {
                            (b as i64, i + 1)
                        } else {
                            let rp = gorun_decoderune(g, p, l, i);
                            (rp.rune, rp.pos)
                        };
                        got.push(format!("{i}:{r:x}"));
                        i = next;
                    }
                    assert_eq!(
                        format!("RANGE {}", got.join(",")).trim(),
                        parts[1].trim(),
                        "{line}"
                    );
                    let mut rs = GoSlice {
                        ptr: nb(),
                        len: 0,
                        cap: 0,
                    };
                    gorun_stringtoslicerune(g, &mut rs, nb(), p, l);
                    let runes = unsafe {
                        std::slice::from_raw_parts(rs.ptr as *const i32, rs.len as usize)
                    };
                    let rh: Vec<String> = runes.iter().map(|r| format!("{r:x}")).collect();
                    assert_eq!(
                        format!("RUNES {} cap {}", rh.join(","), rs.cap).replace("  ", " "),
                        parts[2].replace("  ", " "),
                        "{line}"
                    );
                    let b = gorun_stringtoslicebyte(g, nb(), p, l);
                    assert_eq!(format!("BYTESCAP {}", b.cap), parts[3], "{line}");
                    assert_eq!(
                        unsafe { std::slice::from_raw_parts(b.ptr, s.len()) },
                        &s[..]
                    );
                    let back =
                        gorun_slicerunetostring(g, nb(), rs.ptr as *const i32, rs.len as i64);
                    assert_eq!(format!("BACK {}", hex(gs_bytes(back))), parts[4], "{line}");
                    assert_eq!(
                        format!("COUNT {}", gorun_countrunes(g, p, l)),
                        parts[5],
                        "{line}"
                    );
                }
                "I" => {
                    let f: Vec<&str> = rest.split(' ').collect();
                    let v: i64 = f[0].parse().unwrap();
                    let s = gorun_intstring(g, nb(), v);
                    assert_eq!(hex(gs_bytes(s)), f[1], "{line}");
                    let mut buf = [0u8; 4];
                    let s = gorun_intstring(g, &mut buf, v);
                    assert_eq!(hex(gs_bytes(s)), f[1], "{line} (stack buffer)");
                    assert_eq!(s.ptr, buf.as_ptr());
                }
                "U" => {
                    let (list, want) = rest.split_once(' ').unwrap();
                    let runes: Vec<i32> = if list == "-" {
                        vec![]
                    } else {
                        list.split(',').map(|x| x.parse().unwrap()).collect()
                    };
                    let s = gorun_slicerunetostring(g, nb(), runes.as_ptr(), runes.len() as i64);
                    assert_eq!(hex(gs_bytes(s)), want, "{line}");
                }
                "C" => {
                    let f: Vec<&str> = rest.split(' ').collect();
                    let (a, b) = (unhex(f[0]), unhex(f[1]));
                    let c =
                        gorun_cmpstring(g, a.as_ptr(), a.len() as i64, b.as_ptr(), b.len() as i64);
                    assert_eq!(c.to_string(), f[2], "{line}");
                    let eq =
                        a.len() == b.len() && gorun_memequal(g, a.as_ptr(), b.as_ptr(), a.len());
                    assert_eq!(eq, f[2] == "0", "{line}");
                }
                _ => panic!("bad line {line}"),
            }
        }
        assert!(n > 600);
        println!("ok");
        gorun_exit(g, 0)
    })
}

fn string_ops() -> ! {
    run(|g| {
        let wg = leak_zeroed::<WaitGroup>();
        for i in 0..4usize {
            gorun_waitgroup_add(g, wg, 1);
            go(g, move |g| {
                let words = ["", "go", "run", "", "ß日本", "x"];
                let mut acc = GoString::EMPTY;
                let mut want = String::new();
                for k in 0..2000 {
                    let w = words[(k + i) % words.len()];
                    acc = gorun_concatstring2(
                        g,
                        nb(),
                        acc.ptr,
                        acc.len as i64,
                        w.as_ptr(),
                        w.len() as i64,
                    );
                    want.push_str(w);
                    if k % 100 == 0 {
                        assert_eq!(gs_bytes(acc), want.as_bytes());
                        gorun_gosched(g);
                    }
                }
                assert_eq!(gs_bytes(acc), want.as_bytes());
                gorun_waitgroup_done(g, wg);
            });
        }
        gorun_waitgroup_wait(g, wg);
        let s = |x: &'static str| GoString::from_static(x);
        let a = s("héllo");
        let b = s(", ");
        let c = s("wörld");
        let r3 = gorun_concatstring3(
            g,
            nb(),
            a.ptr,
            a.len as i64,
            b.ptr,
            b.len as i64,
            c.ptr,
            c.len as i64,
        );
        assert_eq!(gs_bytes(r3), "héllo, wörld".as_bytes());
        let r4 = gorun_concatstring4(g, nb(), a.ptr, 6, b.ptr, 2, c.ptr, 6, a.ptr, 1);
        assert_eq!(gs_bytes(r4), "héllo, wörldh".as_bytes());
        let r5 = gorun_concatstring5(g, nb(), a.ptr, 1, b.ptr, 0, c.ptr, 1, a.ptr, 0, b.ptr, 1);
        assert_eq!(gs_bytes(r5), b"hw,");
        let parts = [a, s(""), c, s("!")];
        let r = gorun_concatstrings(g, nb(), parts.as_ptr(), 4);
        assert_eq!(gs_bytes(r), "héllowörld!".as_bytes());
        // One non-empty static operand is returned as is.
        let parts1 = [s(""), c, s("")];
        let r1 = gorun_concatstrings(g, nb(), parts1.as_ptr(), 3);
        assert_eq!(r1.ptr, c.ptr);
        assert_eq!(gorun_concatstrings(g, nb(), parts1.as_ptr(), 0).len, 0);
        // ...but not when its bytes are on the goroutine's stack.
        let on_stack = *b"stack bytes";
        let parts2 = [
            s(""),
            GoString {
                ptr: on_stack.as_ptr(),
                len: on_stack.len() as isize,
            },
        ];
        let r2 = gorun_concatstrings(g, nb(), parts2.as_ptr(), 2);
        assert_ne!(r2.ptr, on_stack.as_ptr());
        assert_eq!(gs_bytes(r2), b"stack bytes");
        assert_eq!(object_start(r2.ptr as usize), r2.ptr as usize);
        // With a tmp buffer, short results live in it.
        let mut buf = [0u8; 32];
        let rb = gorun_concatstring2(g, &mut buf, a.ptr, a.len as i64, c.ptr, c.len as i64);
        assert_eq!(rb.ptr, buf.as_ptr());
        assert_eq!(gs_bytes(rb), "héllowörld".as_bytes());
        let mut bs = GoSlice {
            ptr: nb(),
            len: 0,
            cap: 0,
        };
        gorun_concatbytes(g, &mut bs, nb(), parts.as_ptr(), 4);
        assert_eq!((bs.len, bs.cap), (13, 16));
        assert_eq!(
            unsafe { std::slice::from_raw_parts(bs.ptr, 13) },
            "héllowörld!".as_bytes()
        );
        gorun_concatbytes(g, &mut bs, nb(), parts1.as_ptr(), 0);
        assert_eq!((bs.len, bs.cap, bs.ptr.is_null()), (0, 0, false));
        // string(b): one byte comes from the static table, not the heap.
        let one = gorun_slicebytetostring(g, nb(), b"Z".as_ptr(), 1);
        assert_eq!(gs_bytes(one), b"Z");
        assert_eq!(object_start(one.ptr as usize), 0);
        let many = gorun_slicebytetostring(g, nb(), b"hello".as_ptr(), 5);
        assert_eq!(gs_bytes(many), b"hello");
        assert_ne!(object_start(many.ptr as usize), 0);
        assert_eq!(gorun_slicebytetostring(g, nb(), b"".as_ptr(), 0).len, 0);
        let inbuf = gorun_slicebytetostring(g, &mut buf, b"hello".as_ptr(), 5);
        assert_eq!(inbuf.ptr, buf.as_ptr());
        // []byte(s) with a buffer: capacity 32, as Go's.
        let sb = gorun_stringtoslicebyte(g, &mut buf, a.ptr, a.len as i64);
        assert_eq!((sb.ptr as *const u8, sb.cap), (buf.as_ptr(), 32));
        let mut rbuf = [0i32; 32];
        let mut rs = GoSlice {
            ptr: nb(),
            len: 0,
            cap: 0,
        };
        gorun_stringtoslicerune(g, &mut rs, &mut rbuf, a.ptr, a.len as i64);
        assert_eq!((rs.len, rs.cap), (5, 32));
        assert_eq!(
            rbuf[..5],
            ['h' as i32, 'é' as i32, 'l' as i32, 'l' as i32, 'o' as i32]
        );
        // Raw storage for string building.
        let p = gorun_rawstring(g, 100);
        unsafe { std::ptr::write_bytes(p, b'q', 100) };
        assert!(unsafe { (*span_of_heap(p as usize)).spanclass.noscan() });
        let rbs = gorun_rawbyteslice(g, 100);
        assert_eq!(rbs.cap, 112);
        check_zero(rbs.ptr as usize + 100, 12);
        let copied = gorun_gostringn(g, b"abc".as_ptr(), 3);
        assert_eq!(gs_bytes(copied), b"abc");
        assert_ne!(copied.ptr, b"abc".as_ptr());
        assert!(gorun_memequal(g, b"abc".as_ptr(), copied.ptr, 3));
        assert!(!gorun_memequal(g, b"abd".as_ptr(), copied.ptr, 3));
        println!("ok");
        gorun_exit(g, 0)
    })
}
