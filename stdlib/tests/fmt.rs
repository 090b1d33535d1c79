//! fmt's natives against the real Go, byte for byte.
//!
//! `fmtdata/*.txt` are written by `fmtdata/gen.go` with the reference Go
//! (see its header), never by hand. Each line names a format and values;
//! this test builds the same values with hand-made type descriptors
//! (`Types`), calls the natives through their `extern "C"` entry points
//! (looked up by Go name, called with the documented convention, a null
//! g), and compares the output with Go's.

use gorun_runtime::runtime2::G;
use gorun_runtime::types::{
    Eface, GoSlice, GoString, IMethod, Itab, KIND_DIRECT_IFACE, Method, StructField, Type,
    Uncommon, kind, tflag,
};
use gorun_stdlib::native::native;
use std::collections::HashMap;
use std::sync::OnceLock;

// --- descriptors -----------------------------------------------------------------

fn leak<T>(x: T) -> &'static mut T {
    Box::leak(Box::new(x))
}

fn leak_str(s: &str) -> &'static str {
    Box::leak(s.to_string().into_boxed_str())
}

fn gostr(s: &str) -> GoString {
    let s = leak_str(s);
    GoString {
        ptr: s.as_ptr(),
        len: s.len() as isize,
    }
}

fn base(k: u8, size: usize, align: u8, name: &str) -> Type {
    let mut t = Type::scalar(size, align, k);
    let name = leak_str(name);
    t.name = name.as_ptr();
    t.name_len = name.len();
    if matches!(
        k,
        kind::POINTER | kind::MAP | kind::CHAN | kind::FUNC | kind::UNSAFE_POINTER
    ) {
        t.kind |= KIND_DIRECT_IFACE;
    }
    t
}

/// A bitwise copy of a descriptor (descriptors own nothing).
fn copy(t: &Type) -> Type {
    unsafe { std::ptr::read(t) }
}

fn with_methods(mut t: Type, methods: Vec<Method>) -> &'static Type {
    let methods: &'static [Method] = Box::leak(methods.into_boxed_slice());
    let u = leak(Uncommon {
        pkg_path: gostr("main"),
        methods: methods.as_ptr(),
        mcount: methods.len(),
    });
    t.tflag |= tflag::UNCOMMON | tflag::NAMED;
    t.reserved[2] = u as *const Uncommon as usize;
    leak(t)
}

fn func_type(name: &str, params: &[&'static Type], results: &[&'static Type]) -> &'static Type {
    let mut t = base(kind::FUNC, 8, 8, name);
    let all: Vec<*const Type> = params
        .iter()
        .chain(results)
        .map(|t| *t as *const Type)
        .collect();
    let all: &'static [*const Type] = Box::leak(all.into_boxed_slice());
    t.reserved[0] = all.as_ptr() as usize;
    t.reserved[1] = params.len() | results.len() << 16;
    leak(t)
}

fn method(name: &str, mtyp: &'static Type, f: *const u8) -> Method {
    Method {
        name: gostr(name),
        pkg_path: GoString::EMPTY,
        mtyp,
        ifn: f,
        tfn: f,
    }
}

/// The descriptors of every type the values use, by reflect name.
struct Types(HashMap<String, &'static Type>);

impl Types {
    fn get(&self, name: &str) -> &'static Type {
        self.0.get(name).unwrap_or_else(|| panic!("no type {name}"))
    }
    fn add(&mut self, t: &'static Type) -> &'static Type {
        self.0.insert(t.name().to_string(), t);
        t
    }
    fn slice(&mut self, elem: &str) -> &'static Type {
        let e = self.get(elem);
        let mut t = base(kind::SLICE, 24, 8, &format!("[]{elem}"));
        t.elem = e;
        self.add(leak(t))
    }
    fn array(&mut self, elem: &str, n: usize) -> &'static Type {
        let e = self.get(elem);
        let mut t = base(kind::ARRAY, e.size * n, e.align, &format!("[{n}]{elem}"));
        t.elem = e;
        t.reserved[0] = n;
        self.add(leak(t))
    }
    fn ptr(&mut self, elem: &str) -> &'static Type {
        let e = self.get(elem);
        let mut t = base(kind::POINTER, 8, 8, &format!("*{elem}"));
        t.elem = e;
        self.add(leak(t))
    }
    fn map(&mut self, key: &str, elem: &str) -> &'static Type {
        let mut t = base(kind::MAP, 8, 8, &format!("map[{key}]{elem}"));
        t.elem = self.get(elem);
        t.reserved[0] = self.get(key) as *const Type as usize;
        self.add(leak(t))
    }
    /// A struct with Go's layout; `name` None gives the literal's name.
    fn strukt(&mut self, name: Option<&str>, fields: &[(&str, &str, bool)]) -> Type {
        let mut off = 0usize;
        let mut align = 1u8;
        let mut fs = Vec::new();
        let mut lit = Vec::new();
        for &(fname, ftype, embedded) in fields {
            let ft = self.get(ftype);
            let a = ft.align.max(1) as usize;
            off = off.div_ceil(a) * a;
            fs.push(StructField {
                name: gostr(fname),
                typ: ft,
                offset: off,
                tag: GoString::EMPTY,
                embedded,
            });
            lit.push(if embedded {
                ftype.to_string()
            } else {
                format!("{fname} {ftype}")
            });
            off += ft.size;
            align = align.max(ft.align);
        }
        let size = off.div_ceil(align as usize) * align as usize;
        let lit_name = if lit.is_empty() {
            "struct {}".to_string()
        } else {
            format!("struct {{ {} }}", lit.join("; "))
        };
        let mut t = base(kind::STRUCT, size, align, name.unwrap_or(&lit_name));
        let fs: &'static [StructField] = Box::leak(fs.into_boxed_slice());
        t.reserved[0] = fs.as_ptr() as usize;
        t.reserved[1] = fs.len();
        t
    }
}

// --- methods of the test types (Rust bodies under the native convention) ---------

fn go_string_of(s: String) -> GoString {
    gostr(&s)
}

extern "C" fn stringer1_string(_g: *mut G, _ctx: *const u8, recv: *mut u8) -> GoString {
    go_string_of(format!("S<{}>", unsafe { *(recv as *const i64) }))
}

extern "C" fn ptrstringer_string(_g: *mut G, _ctx: *const u8, recv: *mut u8) -> GoString {
    go_string_of(format!("PS{}", unsafe { *(recv as *const i64) }))
}

extern "C" fn err1_error(_g: *mut G, _ctx: *const u8, recv: *mut u8) -> GoString {
    let msg = unsafe { (*(recv as *const GoString)).as_bytes() };
    go_string_of(format!("err: {}", String::from_utf8_lossy(msg)))
}

extern "C" fn gostr_gostring(_g: *mut G, _ctx: *const u8, _recv: *mut u8) -> GoString {
    gostr("GoStr!")
}

extern "C" fn badstringer_string(_g: *mut G, _ctx: *const u8, _recv: *mut u8) -> i64 {
    0
}

#[repr(C)]
struct Pair(u64, u64);

/// Fmter.Format: the State is used only through its itab, as Go code would.
extern "C" fn fmter_format(
    g: *mut G,
    _ctx: *const u8,
    recv: *mut u8,
    tab: *const Itab,
    data: *mut u8,
    verb: i64,
) {
    let fun = unsafe { std::ptr::addr_of!((*tab).fun) as *const *const u8 };
    let f = |i: usize| unsafe { *fun.add(i) };
    let flag: extern "C" fn(*mut G, *const u8, *mut u8, i64) -> u64 =
        unsafe { std::mem::transmute(f(0)) };
    let prec: extern "C" fn(*mut G, *const u8, *mut u8) -> Pair =
        unsafe { std::mem::transmute(f(1)) };
    let width: extern "C" fn(*mut G, *const u8, *mut u8) -> Pair =
        unsafe { std::mem::transmute(f(2)) };
    type Write = extern "C" fn(*mut G, *const u8, *mut [u64; 3], *mut u8, *const u8, isize, isize);
    let write: Write = unsafe { std::mem::transmute(f(3)) };
    let mut out = format!("F[{}", char::from_u32(verb as u32).unwrap());
    for c in "-+# 0".chars() {
        if flag(g, std::ptr::null(), data, c as i64) != 0 {
            out.push(c);
        }
    }
    let w = width(g, std::ptr::null(), data);
    if w.1 != 0 {
        out += &format!("w{}", w.0 as i64);
    }
    let p = prec(g, std::ptr::null(), data);
    if p.1 != 0 {
        out += &format!("p{}", p.0 as i64);
    }
    out += &format!("]{}", unsafe { *(recv as *const i64) });
    let mut ret = [0u64; 3];
    write(
        g,
        std::ptr::null(),
        &mut ret,
        data,
        out.as_ptr(),
        out.len() as isize,
        out.len() as isize,
    );
    assert_eq!(ret, [out.len() as u64, 0, 0]);
}

fn types() -> &'static Types {
    static T: OnceLock<Types> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = Types(HashMap::new());
        for (k, size, name) in [
            (kind::BOOL, 1, "bool"),
            (kind::INT, 8, "int"),
            (kind::INT8, 1, "int8"),
            (kind::INT16, 2, "int16"),
            (kind::INT32, 4, "int32"),
            (kind::INT64, 8, "int64"),
            (kind::UINT, 8, "uint"),
            (kind::UINT8, 1, "uint8"),
            (kind::UINT16, 2, "uint16"),
            (kind::UINT32, 4, "uint32"),
            (kind::UINT64, 8, "uint64"),
            (kind::UINTPTR, 8, "uintptr"),
            (kind::FLOAT32, 4, "float32"),
            (kind::FLOAT64, 8, "float64"),
            (kind::COMPLEX64, 8, "complex64"),
            (kind::COMPLEX128, 16, "complex128"),
            (kind::STRING, 16, "string"),
            (kind::UNSAFE_POINTER, 8, "unsafe.Pointer"),
        ] {
            let align = match k {
                kind::COMPLEX64 => 4,
                kind::COMPLEX128 | kind::STRING => 8,
                _ => size as u8,
            };
            t.add(leak(base(k, size, align, name)));
        }
        let mut any = base(kind::INTERFACE, 16, 8, "interface {}");
        any.ptrdata = 16;
        t.add(leak(any));
        let fn_string = func_type("func() string", &[], &[t.get("string")]);
        let fn_int = func_type("func() int", &[], &[t.get("int")]);
        let error_m: &'static [IMethod] = Box::leak(Box::new([IMethod {
            name: gostr("Error"),
            pkg_path: GoString::EMPTY,
            typ: fn_string,
        }]));
        let mut err = base(kind::INTERFACE, 16, 8, "error");
        err.reserved[0] = error_m.as_ptr() as usize;
        err.reserved[1] = 1;
        t.add(leak(err));
        let mut state = base(kind::INTERFACE, 16, 8, "fmt.State");
        state.reserved[0] = error_m.as_ptr() as usize; // any non-empty method list
        state.reserved[1] = 1;
        let state = t.add(leak(state));
        let fn_format = func_type("func(fmt.State, int32)", &[state, t.get("int32")], &[]);
        let int_t: &'static Type = t.get("int");
        let int = || copy(int_t);
        let named = |name: &str, b: Type| {
            let mut b = b;
            let n = leak_str(name);
            b.name = n.as_ptr();
            b.name_len = n.len();
            b.tflag |= tflag::NAMED;
            b
        };
        t.add(leak(named("main.MyInt", int())));
        t.add(leak(named("main.MyString", copy(t.get("string")))));
        t.add(with_methods(
            named("main.Stringer1", int()),
            vec![method("String", fn_string, stringer1_string as *const u8)],
        ));
        t.add(with_methods(
            named("main.GoStr", int()),
            vec![method("GoString", fn_string, gostr_gostring as *const u8)],
        ));
        t.add(with_methods(
            named("main.Fmter", int()),
            vec![method("Format", fn_format, fmter_format as *const u8)],
        ));
        t.add(with_methods(
            named("main.BadStringer", int()),
            vec![method("String", fn_int, badstringer_string as *const u8)],
        ));
        for e in [
            "int",
            "uint8",
            "string",
            "interface {}",
            "error",
            "main.Stringer1",
            "bool",
            "float64",
        ] {
            t.slice(e);
        }
        let mybytes = named("main.MyBytes", copy(t.get("[]uint8")));
        t.add(leak(mybytes));
        t.array("int", 3);
        t.array("uint8", 2);
        t.array("bool", 2);
        let point = t.strukt(
            Some("main.Point"),
            &[("X", "int", false), ("Y", "int", false)],
        );
        t.add(leak(point));
        t.ptr("main.Point");
        t.map("main.Point", "string");
        t.slice("main.Point");
        let inner = t.strukt(
            Some("main.Inner"),
            &[("A", "int", false), ("b", "string", false)],
        );
        t.add(leak(inner));
        t.map("string", "int");
        t.map("int", "string");
        t.map("float64", "int");
        t.map("bool", "[]int");
        let outer = t.strukt(
            Some("main.Outer"),
            &[
                ("Name", "string", false),
                ("In", "main.Inner", false),
                ("P", "*main.Point", false),
                ("I", "interface {}", false),
                ("E", "error", false),
                ("S", "[]int", false),
                ("M", "map[string]int", false),
            ],
        );
        t.add(leak(outer));
        let ps = t.strukt(Some("main.PtrStringer"), &[("N", "int", false)]);
        t.add(leak(ps));
        let mut psp = base(kind::POINTER, 8, 8, "*main.PtrStringer");
        psp.elem = t.get("main.PtrStringer");
        t.add(with_methods(
            psp,
            vec![method("String", fn_string, ptrstringer_string as *const u8)],
        ));
        let e1 = t.strukt(Some("main.Err1"), &[("Msg", "string", false)]);
        t.add(leak(e1));
        let mut e1p = base(kind::POINTER, 8, 8, "*main.Err1");
        e1p.elem = t.get("main.Err1");
        t.add(with_methods(
            e1p,
            vec![method("Error", fn_string, err1_error as *const u8)],
        ));
        let pair = t.strukt(
            Some("main.Pair"),
            &[
                ("S", "main.Stringer1", false),
                ("s", "main.Stringer1", false),
            ],
        );
        t.add(leak(pair));
        let nested = t.strukt(
            Some("main.Nested"),
            &[
                ("P", "main.Point", false),
                ("Q", "[]main.Point", false),
                ("A", "[2]bool", false),
            ],
        );
        t.add(leak(nested));
        t.slice("main.Fmter");
        let holder = t.strukt(
            Some("main.Holder"),
            &[
                ("P", "*main.PtrStringer", false),
                ("F", "main.Fmter", false),
                ("G", "main.GoStr", false),
                ("E", "error", false),
            ],
        );
        t.add(leak(holder));
        let embed = t.strukt(
            Some("main.Embed"),
            &[("Point", "main.Point", true), ("Z", "float64", false)],
        );
        t.add(leak(embed));
        let anon = t.strukt(None, &[("A", "int", false), ("B", "string", false)]);
        t.add(leak(anon));
        let empty = t.strukt(None, &[]);
        t.add(leak(empty));
        let mut ch = base(kind::CHAN, 8, 8, "chan int");
        ch.elem = t.get("int");
        t.add(leak(ch));
        t.add(func_type("func()", &[], &[]));
        t
    })
}

// --- values ------------------------------------------------------------------------

/// Zeroed, 8-aligned, leaked memory for a value of `t`.
fn mem(t: &Type) -> *mut u8 {
    let words = t.size.div_ceil(8).max(1);
    Box::leak(vec![0u64; words].into_boxed_slice()).as_mut_ptr() as *mut u8
}

unsafe fn put<T>(p: *mut u8, off: usize, v: T) {
    unsafe { (p.add(off) as *mut T).write_unaligned(v) }
}

fn eface(t: &'static Type, p: *mut u8) -> Eface {
    let data = if t.is_direct_iface() {
        unsafe { *(p as *const *mut u8) }
    } else {
        p
    };
    Eface { typ: t, data }
}

fn scalar<T>(tname: &str, v: T) -> Eface {
    let t = types().get(tname);
    let p = mem(t);
    unsafe { put(p, 0, v) };
    eface(t, p)
}

fn string_val(s: &[u8]) -> GoString {
    let b: &'static [u8] = Box::leak(s.to_vec().into_boxed_slice());
    GoString {
        ptr: b.as_ptr(),
        len: b.len() as isize,
    }
}

fn slice_of<T: Copy + 'static>(elems: &[T]) -> GoSlice {
    let b: &'static mut [T] = Box::leak(elems.to_vec().into_boxed_slice());
    GoSlice {
        ptr: b.as_mut_ptr() as *mut u8,
        len: b.len() as isize,
        cap: b.len() as isize,
    }
}

fn typed<T>(tname: &str, v: T) -> Eface {
    scalar(tname, v)
}

/// A fake map for the map hook: the map word points at one of these.
struct FakeMap {
    entries: Vec<(*const u8, *const u8)>,
}

fn fake_map_iter(m: *const u8, _t: &Type, f: &mut dyn FnMut(*const u8, *const u8)) {
    let fm = unsafe { &*(m as *const FakeMap) };
    for &(k, e) in &fm.entries {
        f(k, e);
    }
}

fn fake_map<K: 'static, E: 'static>(tname: &str, entries: Vec<(K, E)>) -> Eface {
    let entries = entries
        .into_iter()
        .map(|(k, e)| {
            (
                leak(k) as *const K as *const u8,
                leak(e) as *const E as *const u8,
            )
        })
        .collect();
    let m = leak(FakeMap { entries }) as *const FakeMap as usize;
    scalar(tname, m)
}

fn any_word(e: Eface) -> [usize; 2] {
    [e.typ as usize, e.data as usize]
}

/// The value named `name` (see gen.go's `values`).
fn value(name: &str) -> Option<Eface> {
    let t = types();
    if let Some((k, arg)) = name.split_once(':') {
        return Some(match k {
            "f64" => scalar(
                "float64",
                f64::from_bits(u64::from_str_radix(arg, 16).unwrap()),
            ),
            "f32" => scalar(
                "float32",
                f32::from_bits(u32::from_str_radix(arg, 16).unwrap()),
            ),
            "i64" => scalar("int64", arg.parse::<i64>().unwrap()),
            "u64" => scalar("uint64", arg.parse::<u64>().unwrap()),
            "int" => scalar("int", arg.parse::<i64>().unwrap()),
            "str" => scalar(
                "string",
                string_val(&gorun_strconv::unquote(arg.as_bytes()).unwrap()),
            ),
            _ => panic!("{name}"),
        });
    }
    let point = |x: i64, y: i64| {
        let p = mem(t.get("main.Point"));
        unsafe {
            put(p, 0, x);
            put(p, 8, y);
        }
        p
    };
    let err1 = |msg: &str| {
        let p = mem(t.get("main.Err1"));
        unsafe { put(p, 0, string_val(msg.as_bytes())) };
        p
    };
    Some(match name {
        "nil" => return None,
        "b_true" => scalar("bool", true),
        "b_false" => scalar("bool", false),
        "int_0" => scalar("int", 0i64),
        "int_42" => scalar("int", 42i64),
        "int_neg" => scalar("int", -42i64),
        "int_min" => scalar("int", i64::MIN),
        "i8" => scalar("int8", -128i8),
        "i16" => scalar("int16", 12345i16),
        "i64" => scalar("int64", 1i64 << 40),
        "uint" => scalar("uint", 7u64),
        "u8" => scalar("uint8", 200u8),
        "u16" => scalar("uint16", 65535u16),
        "u32" => scalar("uint32", 0xdeadbeefu32),
        "u64max" => scalar("uint64", u64::MAX),
        "uptr" => scalar("uintptr", 0xbeefusize),
        "rune_x" => scalar("int32", 'x' as i32),
        "rune_jp" => scalar("int32", '日' as i32),
        "rune_bad" => scalar("int32", 0x110000i32),
        "f32" => scalar("float32", 1.5f32),
        "f32b" => scalar("float32", 0.1f32),
        "f64_0" => scalar("float64", 0.0f64),
        "f64_negz" => scalar("float64", -0.0f64),
        "f64_pi" => scalar("float64", std::f64::consts::PI),
        "f64_big" => scalar("float64", 1e21f64),
        "f64_small" => scalar("float64", 1.5e-7f64),
        "f64_int" => scalar("float64", 123456789.0f64),
        "f64_nan" => scalar("float64", f64::from_bits(0x7FF8000000000001)),
        "f64_inf" => scalar("float64", f64::INFINITY),
        "f64_ninf" => scalar("float64", f64::NEG_INFINITY),
        "c64" => scalar("complex64", [1.0f32, 2.0f32]),
        "c128" => scalar("complex128", [-1.5f64, 0.25f64]),
        "s_empty" => scalar("string", GoString::EMPTY),
        "s_hello" => scalar("string", string_val(b"hello")),
        "s_jp" => scalar("string", string_val("日本語".as_bytes())),
        "s_esc" => scalar("string", string_val(b"a\tb\"c\\")),
        "s_bad" => scalar("string", string_val(b"\xff\xfe")),
        "bytes" => scalar("[]uint8", slice_of(b"hi\x00")),
        "bytes_nil" => scalar(
            "[]uint8",
            GoSlice {
                ptr: std::ptr::null_mut(),
                len: 0,
                cap: 0,
            },
        ),
        "ints" => scalar("[]int", slice_of(&[1i64, -2, 3])),
        "ints_nil" => scalar(
            "[]int",
            GoSlice {
                ptr: std::ptr::null_mut(),
                len: 0,
                cap: 0,
            },
        ),
        "arr" => scalar("[3]int", [1i64, 2, 3]),
        "arr_bytes" => scalar("[2]uint8", [0xabu8, b'z']),
        "strs" => scalar(
            "[]string",
            slice_of(&[string_val(b"a"), string_val(b"b c")]),
        ),
        "myint" => typed("main.MyInt", 5i64),
        "mystr" => typed("main.MyString", string_val(b"named")),
        "mybytes" => typed("main.MyBytes", slice_of(b"xy")),
        "point" => eface(t.get("main.Point"), point(1, 2)),
        "point_ptr" => scalar("*main.Point", point(3, 4)),
        "inner" => {
            let p = mem(t.get("main.Inner"));
            unsafe {
                put(p, 0, 1i64);
                put(p, 8, string_val(b"x"));
            }
            eface(t.get("main.Inner"), p)
        }
        "outer" => {
            let o = t.get("main.Outer");
            let p = mem(o);
            let f = o.struct_fields();
            unsafe {
                put(p, f[0].offset, string_val(b"o"));
                put(p, f[1].offset, 2i64);
                put(p, f[1].offset + 8, string_val(b"y"));
            }
            // I = 7: an interface holding an int (indirect: data points at it).
            let seven = scalar("int", 7i64);
            unsafe { put(p, f[3].offset, any_word(seven)) };
            unsafe { put(p, f[5].offset, slice_of(&[1i64])) };
            eface(o, p)
        }
        "anys" => {
            // 1, "a", nil, 2.5, true
            let one = scalar("int", 1i64);
            let a = scalar("string", string_val(b"a"));
            let f = scalar("float64", 2.5f64);
            let t = scalar("bool", true);
            scalar(
                "[]interface {}",
                slice_of(&[any_word(one), any_word(a), [0, 0], any_word(f), any_word(t)]),
            )
        }
        "errs" => {
            let p = err1("x");
            // An error interface value: (itab, data). The itab's typ is
            // what printing reads; a minimal one is enough.
            let itab = leak(Itab {
                inter: t.get("error"),
                typ: t.get("*main.Err1"),
                hash: 0,
                fun: [],
            });
            scalar(
                "[]error",
                slice_of(&[[0usize, 0], [itab as *const Itab as usize, p as usize]]),
            )
        }
        "stringer" => typed("main.Stringer1", 7i64),
        "stringers" => scalar("[]main.Stringer1", slice_of(&[1i64, 2])),
        "ptrstringer" => {
            let p = mem(t.get("main.PtrStringer"));
            unsafe { put(p, 0, 5i64) };
            scalar("*main.PtrStringer", p)
        }
        "ptrstringer_val" => typed("main.PtrStringer", 5i64),
        "err1" => scalar("*main.Err1", err1("boom")),
        "gostr" => typed("main.GoStr", 3i64),
        "fmter" => typed("main.Fmter", 9i64),
        "badstringer" => typed("main.BadStringer", 4i64),
        "nilptr" => scalar("*main.Point", 0usize),
        "nilmap" => scalar("map[string]int", 0usize),
        "map_si" => fake_map(
            "map[string]int",
            vec![
                (string_val(b"b"), 2i64),
                (string_val(b"a"), 1),
                (string_val(b"c"), 3),
            ],
        ),
        "map_is" => fake_map(
            "map[int]string",
            vec![(3i64, string_val(b"c")), (-1, string_val(b"a"))],
        ),
        "map_fi" => fake_map(
            "map[float64]int",
            vec![
                (f64::from_bits(0x7FF8000000000001), 1i64),
                (-1.0, 2),
                (f64::INFINITY, 3),
                (0.5, 4),
                (f64::NEG_INFINITY, 5),
            ],
        ),
        "map_pt" => fake_map(
            "map[main.Point]string",
            vec![
                ([2i64, 1], string_val(b"b")),
                ([1, 2], string_val(b"a")),
                ([1, 1], string_val(b"c")),
            ],
        ),
        "map_bs" => fake_map(
            "map[bool][]int",
            vec![
                (1u8, slice_of(&[1i64])),
                (
                    0u8,
                    GoSlice {
                        ptr: std::ptr::null_mut(),
                        len: 0,
                        cap: 0,
                    },
                ),
            ],
        ),
        "anon" => {
            let s = t.get("struct { A int; B string }");
            let p = mem(s);
            unsafe {
                put(p, 0, 1i64);
                put(p, 8, string_val(b"x"));
            }
            eface(s, p)
        }
        "nested" => {
            let s = t.get("main.Nested");
            let p = mem(s);
            let f = s.struct_fields();
            unsafe {
                put(p, f[0].offset, [1i64, 2]);
                put(p, f[1].offset, slice_of(&[[3i64, 4]]));
                put(p, f[2].offset, [1u8, 0]);
            }
            eface(s, p)
        }
        "pair" => typed("main.Pair", [1i64, 2]),
        "embed" => typed("main.Embed", (5i64, 6i64, 0.5f64)),
        "empty" => eface(t.get("struct {}"), mem(t.get("struct {}"))),
        "nilchan" => scalar("chan int", 0usize),
        "nilfunc" => scalar("func()", 0usize),
        "nilunsafe" => scalar("unsafe.Pointer", 0usize),
        "bools" => scalar("[]bool", slice_of(&[1u8])),
        "holder" => {
            let h = t.get("main.Holder");
            let p = mem(h);
            let ps = mem(t.get("main.PtrStringer"));
            let itab = leak(Itab {
                inter: t.get("error"),
                typ: t.get("*main.Err1"),
                hash: 0,
                fun: [],
            });
            let f = h.struct_fields();
            unsafe {
                put(ps, 0, 8i64);
                put(p, f[0].offset, ps);
                put(p, f[1].offset, 2i64);
                put(p, f[2].offset, 1i64);
                put(
                    p,
                    f[3].offset,
                    [itab as *const Itab as usize, err1("in") as usize],
                );
            }
            eface(h, p)
        }
        "fmters" => scalar("[]main.Fmter", slice_of(&[1i64, 2])),
        "floats" => scalar("[]float64", slice_of(&[0.5f64, -2.0])),
        _ => panic!("unknown value {name}"),
    })
}

// --- calling the natives --------------------------------------------------------------

fn init() {
    gorun_stdlib::fmt::set_map_iter(fake_map_iter);
}

fn code(name: &str) -> *const u8 {
    native(name)
        .unwrap_or_else(|| panic!("no native {name}"))
        .code
}

fn args_slice(a: &[Eface]) -> GoSlice {
    GoSlice {
        ptr: a.as_ptr() as *mut u8,
        len: a.len() as isize,
        cap: a.len() as isize,
    }
}

fn bytes_of(s: GoString) -> Vec<u8> {
    unsafe { s.as_bytes() }.to_vec()
}

fn sprintf(format: &[u8], a: &[Eface]) -> Vec<u8> {
    type F = extern "C" fn(*mut G, *const u8, isize, *mut u8, isize, isize) -> GoString;
    let f: F = unsafe { std::mem::transmute(code("fmt.Sprintf")) };
    let s = args_slice(a);
    bytes_of(f(
        std::ptr::null_mut(),
        format.as_ptr(),
        format.len() as isize,
        s.ptr,
        s.len,
        s.cap,
    ))
}

fn sprint(name: &str, a: &[Eface]) -> Vec<u8> {
    type F = extern "C" fn(*mut G, *mut u8, isize, isize) -> GoString;
    let f: F = unsafe { std::mem::transmute(code(name)) };
    let s = args_slice(a);
    bytes_of(f(std::ptr::null_mut(), s.ptr, s.len, s.cap))
}

fn values_of(names: &str) -> Vec<Eface> {
    if names.is_empty() {
        return Vec::new();
    }
    names
        .split(',')
        .map(|n| {
            value(n).unwrap_or(Eface {
                typ: std::ptr::null(),
                data: std::ptr::null_mut(),
            })
        })
        .collect()
}

fn unq(s: &str) -> Vec<u8> {
    gorun_strconv::unquote(s.as_bytes()).unwrap_or_else(|| panic!("bad quoted {s}"))
}

struct Report {
    cases: usize,
    failures: Vec<String>,
}

impl Report {
    fn new() -> Report {
        init();
        Report {
            cases: 0,
            failures: Vec::new(),
        }
    }
    fn check(&mut self, what: &str, got: &[u8], want: &[u8]) {
        self.cases += 1;
        if got != want {
            self.failures.push(format!(
                "{what}: want {}, got {}",
                gorun_strconv::quote(want),
                gorun_strconv::quote(got)
            ));
        }
    }
    fn finish(self, min: usize) {
        assert!(self.cases >= min, "too few cases: {}", self.cases);
        if !self.failures.is_empty() {
            let shown: Vec<_> = self.failures.iter().take(60).cloned().collect();
            panic!(
                "{} of {} cases differ from Go:\n{}",
                self.failures.len(),
                self.cases,
                shown.join("\n")
            );
        }
    }
}

#[test]
fn every_verb_flag_and_width_on_every_kind_matches_go() {
    let mut r = Report::new();
    for line in include_str!("fmtdata/cross.txt").lines() {
        let mut parts = line.split('\t');
        let (f, v, want) = (
            parts.next().unwrap(),
            parts.next().unwrap(),
            parts.next().unwrap(),
        );
        let a = values_of(v);
        let got = sprintf(&unq(f), &a);
        r.check(&format!("Sprintf({f}, {v})"), &got, &unq(want));
    }
    r.finish(40_000);
}

#[test]
fn random_floats_and_integers_in_every_format_match_go() {
    let mut r = Report::new();
    for line in include_str!("fmtdata/numbers.txt").lines() {
        let mut parts = line.split('\t');
        let (f, v, want) = (
            parts.next().unwrap(),
            parts.next().unwrap(),
            parts.next().unwrap(),
        );
        let got = sprintf(&unq(f), &values_of(v));
        r.check(&format!("Sprintf({f}, {v})"), &got, &unq(want));
    }
    r.finish(9000);
}

fn implements_error(e: &Eface) -> bool {
    match unsafe { e.typ.as_ref() } {
        Some(t) => t
            .methods()
            .iter()
            .any(|m| unsafe { m.name.as_bytes() } == b"Error"),
        None => false,
    }
}

fn errorf(format: &[u8], a: &[Eface]) -> Vec<u8> {
    type F = extern "C" fn(
        *mut G,
        *mut [u64; 4],
        *const u8,
        isize,
        *mut u8,
        isize,
        isize,
        *mut i64,
        isize,
        isize,
    );
    let f: F = unsafe { std::mem::transmute(code("fmt.errorf")) };
    let s = args_slice(a);
    let mut wrapped = vec![0i64; a.len()];
    let mut ret = [0u64; 4];
    let wl = wrapped.len() as isize;
    f(
        std::ptr::null_mut(),
        &mut ret,
        format.as_ptr(),
        format.len() as isize,
        s.ptr,
        s.len,
        s.cap,
        wrapped.as_mut_ptr(),
        wl,
        wl,
    );
    let msg = bytes_of(GoString {
        ptr: ret[0] as *const u8,
        len: ret[1] as isize,
    });
    let (n, distinct) = (ret[2] as usize, ret[3] as usize);
    // What stdlib/go/fmt/errors.go's Errorf builds from these.
    let (typ, count) = match n {
        0 => ("*errors.errorString", 0),
        1 => (
            "*fmt.wrapError",
            usize::from(implements_error(&a[wrapped[0] as usize])),
        ),
        _ => (
            "*fmt.wrapErrors",
            wrapped[..distinct]
                .iter()
                .filter(|&&i| implements_error(&a[i as usize]))
                .count(),
        ),
    };
    let mut out = format!("{typ}|{count}|").into_bytes();
    out.extend_from_slice(&msg);
    out
}

/// Fresh zeroed operands for a scan: the pointers, and what they point at.
type Target = Option<(&'static Type, *mut u8)>;

fn scan_targets(targets: &str) -> (Vec<Eface>, Vec<Target>) {
    let t = types();
    let mut ptrs = Vec::new();
    let mut elems = Vec::new();
    for name in targets.split(',') {
        if name == "notptr" {
            ptrs.push(scalar("int", 5i64));
            elems.push(None);
            continue;
        }
        let et = t.get(match name {
            "bytes" => "[]uint8",
            "myint" => "main.MyInt",
            n => n,
        });
        let pt = match t.0.get(&format!("*{}", et.name())) {
            Some(p) => *p,
            None => {
                let mut p = base(kind::POINTER, 8, 8, &format!("*{}", et.name()));
                p.elem = et;
                leak(p)
            }
        };
        let cell = mem(et);
        ptrs.push(Eface {
            typ: pt,
            data: cell,
        });
        elems.push(Some((et, cell)));
    }
    (ptrs, elems)
}

/// What gen.go's render prints: n, the error, then each operand.
fn render_scan(ret: &[u64], elems: &[Target]) -> Vec<u8> {
    let t = types();
    let err = match ret[1] {
        0 => b"<nil>".to_vec(),
        1 => b"EOF".to_vec(),
        2 => b"unexpected EOF".to_vec(),
        3 => bytes_of(GoString {
            ptr: ret[2] as *const u8,
            len: ret[3] as isize,
        }),
        c => format!("error value (code {c})").into_bytes(),
    };
    let mut out = format!("{}|", ret[0]).into_bytes();
    out.extend_from_slice(&err);
    out.push(b'|');
    for e in elems {
        match e {
            None => out.extend_from_slice(b"- "),
            Some((et, cell)) => {
                let (fmt, et) = match et.name() {
                    "[]uint8" => (&b"%q "[..], *et),
                    "main.MyInt" => (&b"%#v "[..], t.get("int")),
                    _ => (&b"%#v "[..], *et),
                };
                out.extend(sprintf(fmt, &[eface(et, *cell)]));
            }
        }
    }
    out
}

fn sscan(func: &str, input: &[u8], format: &[u8], targets: &str) -> Vec<u8> {
    let (ptrs, elems) = scan_targets(targets);
    type F = extern "C" fn(
        *mut G,
        *mut [u64; 4],
        *const u8,
        isize,
        *mut u8,
        isize,
        isize,
        i64,
        *const u8,
        isize,
    );
    let f: F = unsafe { std::mem::transmute(code("fmt.sscan")) };
    let mode = match func {
        "Sscan" => 0,
        "Sscanln" => 1,
        _ => 2,
    };
    let s = args_slice(&ptrs);
    let mut ret = [0u64; 4];
    f(
        std::ptr::null_mut(),
        &mut ret,
        input.as_ptr(),
        input.len() as isize,
        s.ptr,
        s.len,
        s.cap,
        mode,
        format.as_ptr(),
        format.len() as isize,
    );
    render_scan(&ret, &elems)
}

// --- readers for Fscan: Rust bodies of Read, ReadRune, UnreadRune ------------------

/// A reader over bytes (strings.Reader's behaviour).
struct FakeReader {
    data: Vec<u8>,
    pos: usize,
    last: usize,
}

/// The io.EOF value the readers return and fscan is told about.
fn fake_eof() -> [u64; 2] {
    static EOF: OnceLock<[u64; 2]> = OnceLock::new();
    *EOF.get_or_init(|| [leak(0u64) as *mut u64 as u64, leak(1u64) as *mut u64 as u64])
}

extern "C" fn fake_read(
    _g: *mut G,
    _ctx: *const u8,
    ret: *mut [u64; 3],
    recv: *mut u8,
    p: *mut u8,
    len: isize,
    _cap: isize,
) {
    let r = unsafe { &mut *(recv as *mut FakeReader) };
    let eof = fake_eof();
    if r.pos >= r.data.len() {
        unsafe { *ret = [0, eof[0], eof[1]] };
        return;
    }
    let n = (len as usize).min(r.data.len() - r.pos);
    unsafe { std::ptr::copy_nonoverlapping(r.data[r.pos..].as_ptr(), p, n) };
    r.pos += n;
    r.last = 0;
    unsafe { *ret = [n as u64, 0, 0] };
}

extern "C" fn fake_read_rune(_g: *mut G, _ctx: *const u8, ret: *mut [u64; 4], recv: *mut u8) {
    let r = unsafe { &mut *(recv as *mut FakeReader) };
    let eof = fake_eof();
    if r.pos >= r.data.len() {
        unsafe { *ret = [0, 0, eof[0], eof[1]] };
        return;
    }
    let (c, w) = gorun_strconv::decode_rune(&r.data[r.pos..]);
    r.pos += w;
    r.last = w;
    unsafe { *ret = [u64::from(c), w as u64, 0, 0] };
}

extern "C" fn fake_unread_rune(_g: *mut G, _ctx: *const u8, recv: *mut u8) -> Pair {
    let r = unsafe { &mut *(recv as *mut FakeReader) };
    r.pos -= r.last;
    r.last = 0;
    Pair(0, 0)
}

fn fscan(func: &str, input: &[u8], format: &[u8], targets: &str, kind_: &str) -> Vec<u8> {
    static TYPES: OnceLock<(usize, usize)> = OnceLock::new();
    let (plain, runes) = *TYPES.get_or_init(|| {
        let fn_t = types().get("func()");
        let read = method("Read", fn_t, fake_read as *const u8);
        let read_only = base(kind::POINTER, 8, 8, "main.plainReader");
        let plain = with_methods(
            read_only,
            vec![Method {
                mtyp: std::ptr::null(),
                ..read
            }],
        );
        let scanner = with_methods(
            base(kind::POINTER, 8, 8, "*strings.Reader"),
            vec![
                Method {
                    mtyp: std::ptr::null(),
                    ..method("Read", fn_t, fake_read as *const u8)
                },
                Method {
                    mtyp: std::ptr::null(),
                    ..method("ReadRune", fn_t, fake_read_rune as *const u8)
                },
                Method {
                    mtyp: std::ptr::null(),
                    ..method("UnreadRune", fn_t, fake_unread_rune as *const u8)
                },
            ],
        );
        (
            plain as *const Type as usize,
            scanner as *const Type as usize,
        )
    });
    let typ = if kind_ == "plain" { plain } else { runes } as *const Type;
    let itab = leak(WriterItab {
        inter: std::ptr::null(),
        typ,
        hash: 0,
        fun: [fake_read as *const u8],
    });
    let reader = leak(FakeReader {
        data: input.to_vec(),
        pos: 0,
        last: 0,
    }) as *mut FakeReader as *mut u8;
    type F = extern "C" fn(
        *mut G,
        *mut [u64; 6],
        *const WriterItab,
        *mut u8,
        *mut u8,
        isize,
        isize,
        i64,
        *const u8,
        isize,
        u64,
        u64,
    );
    let f: F = unsafe { std::mem::transmute(code("fmt.fscan")) };
    let mode = match func {
        "Fscan" => 0,
        "Fscanln" => 1,
        _ => 2,
    };
    let eof = fake_eof();
    let mut out = Vec::new();
    for _ in 0..2 {
        let (ptrs, elems) = scan_targets(targets);
        let s = args_slice(&ptrs);
        let mut ret = [0u64; 6];
        f(
            std::ptr::null_mut(),
            &mut ret,
            itab,
            reader,
            s.ptr,
            s.len,
            s.cap,
            mode,
            format.as_ptr(),
            format.len() as isize,
            eof[0],
            eof[1],
        );
        out.extend(render_scan(&ret, &elems));
        out.push(b'#');
    }
    out
}

#[test]
fn printf_corner_cases_print_sprintln_errorf_and_sscan_match_go() {
    let mut r = Report::new();
    for line in include_str!("fmtdata/special.txt").lines() {
        let parts: Vec<&str> = line.split('\t').collect();
        let (func, f, names, want) = (parts[0], parts[1], parts[2], parts[3]);
        let got = match func {
            "Sprintf" => sprintf(&unq(f), &values_of(names)),
            "Sprint" => sprint("fmt.Sprint", &values_of(names)),
            "Sprintln" => sprint("fmt.Sprintln", &values_of(names)),
            "Errorf" => errorf(&unq(f), &values_of(names)),
            "Fscan" | "Fscanln" | "Fscanf" => {
                let mut p = names.split('|');
                let (format, targets, kind) =
                    (p.next().unwrap(), p.next().unwrap(), p.next().unwrap());
                fscan(func, &unq(f), &unq(format), targets, kind)
            }
            _ => {
                let (format, targets) = names.split_once('|').unwrap();
                sscan(func, &unq(f), &unq(format), targets)
            }
        };
        r.check(&format!("{func}({f}, {names})"), &got, &unq(want));
    }
    r.finish(200);
}

/// Pointers print as addresses (not comparable with Go's): check their form.
#[test]
fn pointers_print_as_hex_addresses() {
    init();
    let p = value("point_ptr").unwrap();
    let addr = p.data as usize;
    assert_eq!(sprintf(b"%p", &[p]), format!("0x{addr:x}").into_bytes());
    assert_eq!(sprintf(b"%#p", &[p]), format!("{addr:x}").into_bytes());
    assert_eq!(sprintf(b"%v", &[p]), b"&{3 4}");
    let pp = scalar("[]interface {}", slice_of(&[any_word(p)]));
    assert_eq!(sprintf(b"%v", &[pp]), format!("[0x{addr:x}]").into_bytes());
    assert_eq!(
        sprintf(b"%#v", &[pp]),
        format!("[]interface {{}}{{(*main.Point)(0x{addr:x})}}").into_bytes()
    );
}

/// Append* extend a Go byte slice in place when it has room.
#[test]
fn append_family_appends_to_the_slice() {
    init();
    type F = extern "C" fn(
        *mut G,
        *mut GoSlice,
        *mut u8,
        isize,
        isize,
        *const u8,
        isize,
        *mut u8,
        isize,
        isize,
    );
    let f: F = unsafe { std::mem::transmute(code("fmt.Appendf")) };
    let buf: &'static mut [u8] = Box::leak(vec![b'x'; 32].into_boxed_slice());
    let a = values_of("int_42");
    let s = args_slice(&a);
    let mut out = GoSlice {
        ptr: std::ptr::null_mut(),
        len: 0,
        cap: 0,
    };
    f(
        std::ptr::null_mut(),
        &mut out,
        buf.as_mut_ptr(),
        1,
        32,
        b"<%d>".as_ptr(),
        4,
        s.ptr,
        s.len,
        s.cap,
    );
    assert_eq!(out.ptr, buf.as_mut_ptr());
    assert_eq!((out.len, out.cap), (5, 32));
    assert_eq!(&buf[..5], b"x<42>");
    // No room: a new array, the old one untouched beyond its length.
    let mut out2 = GoSlice {
        ptr: std::ptr::null_mut(),
        len: 0,
        cap: 0,
    };
    f(
        std::ptr::null_mut(),
        &mut out2,
        buf.as_mut_ptr(),
        31,
        31,
        b"<%d>".as_ptr(),
        4,
        s.ptr,
        s.len,
        s.cap,
    );
    assert_ne!(out2.ptr, buf.as_mut_ptr());
    assert_eq!(out2.len, 35);
    let got = unsafe { std::slice::from_raw_parts(out2.ptr, 35) };
    assert_eq!(&got[31..], b"<42>");
}

// --- Fprint to an io.Writer -------------------------------------------------------------

/// A Go writer implemented in Rust: records what Write receives.
extern "C" fn recorder_write(
    _g: *mut G,
    _ctx: *const u8,
    ret: *mut [u64; 3],
    recv: *mut u8,
    p: *mut u8,
    n: isize,
    _c: isize,
) {
    let sink = unsafe { &mut *(recv as *mut Vec<u8>) };
    sink.extend_from_slice(unsafe { std::slice::from_raw_parts(p, n as usize) });
    unsafe { *ret = [n as u64, 0, 0] };
}

#[repr(C)]
struct WriterItab {
    inter: *const Type,
    typ: *const Type,
    hash: u32,
    fun: [*const u8; 1],
}

#[test]
fn fprint_calls_write_through_the_itab() {
    init();
    let t = types();
    let wt = leak(base(kind::POINTER, 8, 8, "*main.Recorder"));
    let itab = leak(WriterItab {
        inter: t.get("error"),
        typ: wt,
        hash: 0,
        fun: [recorder_write as *const u8],
    });
    let sink: &'static mut Vec<u8> = leak(Vec::new());
    let sink_ptr = sink as *mut Vec<u8> as *mut u8;
    type F = extern "C" fn(
        *mut G,
        *mut [u64; 3],
        *const WriterItab,
        *mut u8,
        *const u8,
        isize,
        *mut u8,
        isize,
        isize,
    );
    let f: F = unsafe { std::mem::transmute(code("fmt.Fprintf")) };
    let a = values_of("s_hello,int_42");
    let s = args_slice(&a);
    let mut ret = [9u64; 3];
    f(
        std::ptr::null_mut(),
        &mut ret,
        itab,
        sink_ptr,
        b"%s=%d\n".as_ptr(),
        6,
        s.ptr,
        s.len,
        s.cap,
    );
    assert_eq!(ret, [9, 0, 0]);
    assert_eq!(unsafe { &*(sink_ptr as *const Vec<u8>) }, b"hello=42\n");
    type P =
        extern "C" fn(*mut G, *mut [u64; 3], *const WriterItab, *mut u8, *mut u8, isize, isize);
    let fp: P = unsafe { std::mem::transmute(code("fmt.Fprintln")) };
    fp(
        std::ptr::null_mut(),
        &mut ret,
        itab,
        sink_ptr,
        s.ptr,
        s.len,
        s.cap,
    );
    assert_eq!(ret, [9, 0, 0]);
    assert_eq!(
        unsafe { &*(sink_ptr as *const Vec<u8>) },
        b"hello=42\nhello 42\n"
    );
}

/// A `*os.File` writer is written to its descriptor directly: here a pipe.
#[test]
fn fprint_to_an_os_file_writes_its_descriptor() {
    init();
    let t = types();
    let mut fds = [0i32; 2];
    assert_eq!(unsafe { pipe(fds.as_mut_ptr()) }, 0);
    // os.File{*file}, file{fd int, ...}.
    let file: &'static mut [i64; 8] = leak([0; 8]);
    file[0] = i64::from(fds[1]);
    let os_file: &'static mut [usize; 1] = leak([file.as_ptr() as usize]);
    let ft = leak(base(kind::POINTER, 8, 8, "*os.File"));
    let itab = leak(WriterItab {
        inter: t.get("error"),
        typ: ft,
        hash: 0,
        fun: [std::ptr::null()],
    });
    type F =
        extern "C" fn(*mut G, *mut [u64; 3], *const WriterItab, *mut u8, *mut u8, isize, isize);
    let f: F = unsafe { std::mem::transmute(code("fmt.Fprint")) };
    let a = values_of("s_hello,int_42,int_0");
    let s = args_slice(&a);
    let mut ret = [9u64; 3];
    f(
        std::ptr::null_mut(),
        &mut ret,
        itab,
        os_file.as_mut_ptr() as *mut u8,
        s.ptr,
        s.len,
        s.cap,
    );
    assert_eq!(ret, [9, 0, 0]);
    let mut buf = [0u8; 16];
    let n = unsafe { read(fds[0], buf.as_mut_ptr(), 16) };
    assert_eq!(&buf[..n as usize], b"hello42 0");
    unsafe {
        close(fds[0]);
        close(fds[1]);
    }
}

unsafe extern "C" {
    fn pipe(fds: *mut i32) -> i32;
    fn read(fd: i32, buf: *mut u8, n: usize) -> isize;
    fn close(fd: i32) -> i32;
}
