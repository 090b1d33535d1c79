//! fmt's natives inside the running runtime, with a real g: writes to a
//! `*os.File` bracketed as syscalls, Go memory from the allocator, Stringer
//! methods called on the goroutine's stack, and printing so deeply nested
//! that it must hop to new stack segments.
//!
//! The runtime is a process-wide singleton, so each scenario runs in a
//! child process: this binary (harness = false) re-runs itself with
//! `GORUN_FMT_SCENARIO=name` and checks the child's exit status and stdout.

use gorun_runtime::runtime2::G;
use gorun_runtime::testutil;
use gorun_runtime::types::{
    Eface, GoSlice, GoString, KIND_DIRECT_IFACE, Method, Type, Uncommon, kind, tflag,
};
use gorun_stdlib::native::native;
use std::process::Command;

fn leak<T>(x: T) -> &'static mut T {
    Box::leak(Box::new(x))
}

fn named(k: u8, size: usize, name: &'static str) -> &'static mut Type {
    let mut t = Type::scalar(size, 8, k);
    t.name = name.as_ptr();
    t.name_len = name.len();
    if k == kind::POINTER {
        t.kind |= KIND_DIRECT_IFACE;
    }
    leak(t)
}

struct Types {
    int: &'static Type,
    string: &'static Type,
    anys: &'static Type,
    file: &'static Type,
    stringer: &'static Type,
}

fn types() -> Types {
    let int = named(kind::INT, 8, "int");
    let string = named(kind::STRING, 16, "string");
    let any = named(kind::INTERFACE, 16, "interface {}");
    let anys = named(kind::SLICE, 24, "[]interface {}");
    anys.elem = any;
    let file = named(kind::POINTER, 8, "*os.File");
    let stringer = named(kind::INT, 8, "main.Checked");
    let methods: &'static [Method] = Box::leak(Box::new([Method {
        name: GoString::from_static("String"),
        pkg_path: GoString::EMPTY,
        mtyp: std::ptr::null(),
        ifn: checked_string as *const u8,
        tfn: checked_string as *const u8,
    }]));
    let u = leak(Uncommon {
        pkg_path: GoString::from_static("main"),
        methods: methods.as_ptr(),
        mcount: 1,
    });
    stringer.tflag = tflag::UNCOMMON | tflag::NAMED;
    stringer.reserved[2] = u as *const Uncommon as usize;
    Types {
        int,
        string,
        anys,
        file,
        stringer,
    }
}

/// A String method that checks it runs on the calling goroutine (not on
/// the system stack) and formats again from inside (re-entrancy).
extern "C" fn checked_string(g: *mut G, _ctx: *const u8, recv: *mut u8) -> GoString {
    let cur = gorun_runtime::proc::getg();
    let n = unsafe { *(recv as *const i64) };
    let inner = sprint(g, &[box_int(n * 2)]);
    let s = format!(
        "C{n}:{}:{}",
        if cur == g { "on-g" } else { "WRONG-G" },
        String::from_utf8_lossy(&inner)
    );
    let s: &'static str = Box::leak(s.into_boxed_str());
    GoString {
        ptr: s.as_ptr(),
        len: s.len() as isize,
    }
}

fn box_int(n: i64) -> Eface {
    static INT: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    let t = *INT.get_or_init(|| types().int as *const Type as usize);
    Eface {
        typ: t as *const Type,
        data: leak(n) as *mut i64 as *mut u8,
    }
}

fn sprint(g: *mut G, a: &[Eface]) -> Vec<u8> {
    type F = extern "C" fn(*mut G, *const Eface, isize, isize) -> GoString;
    let f: F = unsafe { std::mem::transmute(native("fmt.Sprint").unwrap().code) };
    let s = f(g, a.as_ptr(), a.len() as isize, a.len() as isize);
    unsafe { s.as_bytes() }.to_vec()
}

#[repr(C)]
struct WriterItab {
    inter: *const Type,
    typ: *const Type,
    hash: u32,
    fun: [*const u8; 1],
}

/// fmt.Fprintln(os.Stdout, a...) with a hand-made *os.File for fd 1.
fn println(g: *mut G, t: &Types, a: &[Eface]) {
    let file: &'static mut [i64; 8] = leak([1, 0, 0, 0, 0, 0, 0, 0]);
    let os_file: &'static mut usize = leak(file.as_ptr() as usize);
    let itab = leak(WriterItab {
        inter: std::ptr::null(),
        typ: t.file,
        hash: 0,
        fun: [std::ptr::null()],
    });
    type F = extern "C" fn(
        *mut G,
        *mut [u64; 3],
        *const WriterItab,
        *mut u8,
        *const Eface,
        isize,
        isize,
    );
    let f: F = unsafe { std::mem::transmute(native("fmt.Fprintln").unwrap().code) };
    let mut ret = [0u64; 3];
    f(
        g,
        &mut ret,
        itab,
        os_file as *mut usize as *mut u8,
        a.as_ptr(),
        a.len() as isize,
        a.len() as isize,
    );
    assert_eq!(ret[1..], [0, 0]);
}

fn str_val(t: &Types, s: &'static str) -> Eface {
    Eface {
        typ: t.string,
        data: leak(GoString::from_static(s)) as *mut GoString as *mut u8,
    }
}

/// `[]any{[]any{...{n}...}}`, `depth` levels deep.
fn nested(t: &Types, depth: usize) -> Eface {
    let mut v = box_int(7);
    for _ in 0..depth {
        let elems: &'static mut [Eface; 1] = leak([v]);
        let s = leak(GoSlice {
            ptr: elems.as_mut_ptr() as *mut u8,
            len: 1,
            cap: 1,
        });
        v = Eface {
            typ: t.anys,
            data: s as *mut GoSlice as *mut u8,
        };
    }
    v
}

fn scenario(name: &str) -> ! {
    let name = name.to_string();
    testutil::run(move |g| {
        let t = types();
        match name.as_str() {
            "println" => {
                println(
                    g,
                    &t,
                    &[str_val(&t, "hello"), box_int(42), str_val(&t, "world")],
                );
            }
            "stringer_on_goroutine" => {
                let v = Eface {
                    typ: t.stringer,
                    data: leak(5i64) as *mut i64 as *mut u8,
                };
                println(g, &t, &[v]);
                // And from a fresh goroutine with its small first segment.
                let (tx, rx) = std::sync::mpsc::channel::<Vec<u8>>();
                let stringer = t.stringer as *const Type as usize;
                testutil::go(g, move |g| {
                    let v = Eface {
                        typ: stringer as *const Type,
                        data: leak(6i64) as *mut i64 as *mut u8,
                    };
                    tx.send(sprint(g, &[v])).unwrap();
                });
                // Wait without blocking the only P: yield until it is done.
                let out = loop {
                    if let Ok(o) = rx.try_recv() {
                        break o;
                    }
                    gorun_runtime::abi::gorun_gosched(g);
                };
                let s = str_val(
                    &t,
                    Box::leak(String::from_utf8(out).unwrap().into_boxed_str()),
                );
                println(g, &t, &[s]);
            }
            "deep_nesting_hops_stacks" => {
                let depth = 3000;
                let (tx, rx) = std::sync::mpsc::channel::<(usize, bool)>();
                let v = nested(&t, depth);
                let (vt, vd) = (v.typ as usize, v.data as usize);
                testutil::go(g, move |g| {
                    let v = Eface {
                        typ: vt as *const Type,
                        data: vd as *mut u8,
                    };
                    let out = sprint(g, &[v]);
                    let want = format!("{}7{}", "[".repeat(depth), "]".repeat(depth));
                    // Segments double in size, so a few hops cover the ~4 MB.
                    let hopped = gorun_stdlib::goabi::stack_hops() >= 2;
                    tx.send((out.len(), hopped && out == want.as_bytes()))
                        .unwrap();
                });
                let (len, ok) = loop {
                    if let Ok(r) = rx.try_recv() {
                        break r;
                    }
                    gorun_runtime::abi::gorun_gosched(g);
                };
                let msg = Box::leak(format!("nested {len} {ok}").into_boxed_str());
                println(g, &t, &[str_val(&t, msg)]);
            }
            "fscan_file" => {
                // A pipe holding "12 x34\n", read as a *os.File.
                let mut fds = [0i32; 2];
                unsafe {
                    assert_eq!(pipe(fds.as_mut_ptr()), 0);
                    assert_eq!(write(fds[1], b"12 x34\n".as_ptr(), 7), 7);
                    close(fds[1]);
                }
                let file: &'static mut [i64; 8] = leak([i64::from(fds[0]), 0, 0, 0, 0, 0, 0, 0]);
                let os_file: &'static mut usize = leak(file.as_ptr() as usize);
                let itab = leak(WriterItab {
                    inter: std::ptr::null(),
                    typ: t.file,
                    hash: 0,
                    fun: [std::ptr::null()],
                });
                let cells: &'static mut [i64; 2] = leak([0, 0]);
                let pint = named(kind::POINTER, 8, "*int");
                pint.elem = t.int;
                let a = [
                    Eface {
                        typ: pint,
                        data: &mut cells[0] as *mut i64 as *mut u8,
                    },
                    Eface {
                        typ: pint,
                        data: &mut cells[1] as *mut i64 as *mut u8,
                    },
                ];
                type F = extern "C" fn(
                    *mut G,
                    *mut [u64; 6],
                    *const WriterItab,
                    *mut u8,
                    *const Eface,
                    isize,
                    isize,
                    i64,
                    *const u8,
                    isize,
                    u64,
                    u64,
                );
                let f: F = unsafe { std::mem::transmute(native("fmt.fscan").unwrap().code) };
                let fmt = b"%d x%d";
                let mut ret = [0u64; 6];
                let os_file = os_file as *mut usize as *mut u8;
                f(
                    g,
                    &mut ret,
                    itab,
                    os_file,
                    a.as_ptr(),
                    2,
                    2,
                    2,
                    fmt.as_ptr(),
                    6,
                    1,
                    2,
                );
                let msg = Box::leak(
                    format!("scanned {} {} {} {}", ret[0], ret[1], cells[0], cells[1])
                        .into_boxed_str(),
                );
                println(g, &t, &[str_val(&t, msg)]);
            }
            _ => panic!("unknown scenario"),
        }
    })
}

const SCENARIOS: &[(&str, &str)] = &[
    ("println", "hello 42 world\n"),
    ("stringer_on_goroutine", "C5:on-g:10\nC6:on-g:12\n"),
    ("deep_nesting_hops_stacks", "nested 6001 true\n"),
    ("fscan_file", "scanned 2 0 12 34\n"),
];

unsafe extern "C" {
    fn pipe(fds: *mut i32) -> i32;
    fn write(fd: i32, buf: *const u8, n: usize) -> isize;
    fn close(fd: i32) -> i32;
}

fn main() {
    if let Ok(name) = std::env::var("GORUN_FMT_SCENARIO") {
        scenario(&name);
    }
    let filter = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let mut failed = Vec::new();
    for (name, want) in SCENARIOS {
        if filter.as_ref().is_some_and(|f| !name.contains(f.as_str())) {
            continue;
        }
        for procs in ["1", "2"] {
            let out = Command::new(std::env::current_exe().unwrap())
                .env("GORUN_FMT_SCENARIO", name)
                .env("GOMAXPROCS", procs)
                .output()
                .unwrap();
            let stdout = String::from_utf8_lossy(&out.stdout);
            if !out.status.success() || stdout != *want {
                failed.push(format!(
                    "{name} (GOMAXPROCS={procs}): {}, stdout {stdout:?} (want {want:?}), stderr {}",
                    out.status,
                    String::from_utf8_lossy(&out.stderr)
                ));
            } else {
                println!("ok {name} GOMAXPROCS={procs}");
            }
        }
    }
    if !failed.is_empty() {
        eprintln!("{}", failed.join("\n"));
        std::process::exit(1);
    }
}
