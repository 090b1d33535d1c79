//! Allocation-heavy goroutines (bench/runtime/alloc.go), through the entry
//! points compiled code calls: gorun_newobject for `&node{...}`,
//! gorun_makeslice for `make([]byte, 64)`, gorun_concatstring2 for the
//! name, gorun_growslice when append runs out of capacity.
use gorun_runtime::runtime2::G;
use gorun_runtime::sync::{Mutex, WaitGroup};
use gorun_runtime::testutil::*;
use gorun_runtime::types::{TYPE_INT64, Type, kind};
use gorun_runtime::*;
use std::ptr::null_mut;

#[repr(C)]
struct Node {
    next: *mut Node,
    val: i64,
    data: GoSlice,
    name: GoString,
}

static BYTE: Type = Type::scalar(1, 1, kind::UINT8);
static NAMES: [&str; 4] = ["alpha", "beta", "gamma", "delta"];
static mut TOTAL: i64 = 0;

fn worker(g: *mut G, node_t: &'static Type, n: i64) -> i64 {
    let mut head: *mut Node = null_mut();
    let (mut sp, mut slen, mut scap): (*mut u8, i64, i64) = (null_mut(), 0, 0);
    let mut sum = 0i64;
    for i in 0..n {
        // The back-edge preemption check compiled loops carry.
        stack_check(g, 0);
        unsafe {
            let nd = gorun_newobject(g, node_t) as *mut Node;
            (*nd).next = head;
            (*nd).val = i;
            if i % 8 == 0 {
                let p = gorun_makeslice(g, &BYTE, 64, 64);
                (*nd).data = GoSlice {
                    ptr: p,
                    len: 64,
                    cap: 64,
                };
            }
            if i % 16 == 0 {
                let (a, b) = (NAMES[(i % 4) as usize], NAMES[((i + 1) % 4) as usize]);
                (*nd).name = gorun_concatstring2(
                    g,
                    null_mut(),
                    a.as_ptr(),
                    a.len() as i64,
                    b.as_ptr(),
                    b.len() as i64,
                );
            }
            head = nd;
            if slen + 1 > scap {
                let r = gorun_growslice(g, sp, slen + 1, scap, 1, &TYPE_INT64);
                sp = r.ptr;
                scap = r.cap;
            }
            *(sp as *mut i64).add(slen as usize) = i;
            slen += 1;
            if slen == 1024 {
                sum += *(sp as *const i64).add((i % 1024) as usize);
                (sp, slen, scap) = (null_mut(), 0, 0);
            }
            if i % 4096 == 4095 {
                let mut p = head;
                while !p.is_null() {
                    sum += (*p).name.len as i64;
                    p = (*p).next;
                }
                head = null_mut();
            }
        }
    }
    sum
}

fn main() {
    run(|g| {
        let n: i64 = std::env::args()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(1_000_000);
        // node: next, val, data{ptr,len,cap}, name{ptr,len}: pointers in
        // words 0, 2 and 5.
        let node_t = ptr_type(56, &[0, 2, 5]);
        let mu = leak_zeroed::<Mutex>();
        let wg = leak_zeroed::<WaitGroup>();
        for _ in 0..4 {
            gorun_waitgroup_add(g, wg, 1);
            go(g, move |g| {
                let s = worker(g, node_t, n);
                gorun_mutex_lock(g, mu);
                unsafe { TOTAL += s };
                gorun_mutex_unlock(g, mu);
                gorun_waitgroup_done(g, wg);
            });
        }
        gorun_waitgroup_wait(g, wg);
        println!("ok {}", unsafe { TOTAL });
    })
}
