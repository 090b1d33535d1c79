//! fmt prints the runtime's maps (no hook installed: the default iterates
//! `gorun_runtime::maps`), sorted by key whatever the map's random order.
//! Expected texts are Go's output for the same maps.

use gorun_runtime::maps;
use gorun_runtime::runtime2::G;
use gorun_runtime::types::{Eface, GoSlice, GoString, KIND_DIRECT_IFACE, Type, kind};
use gorun_stdlib::native::native;

fn leak<T>(x: T) -> &'static mut T {
    Box::leak(Box::new(x))
}

fn named(k: u8, size: usize, name: &'static str) -> Type {
    let mut t = Type::scalar(size, size.clamp(1, 8) as u8, k);
    t.name = name.as_ptr();
    t.name_len = name.len();
    t
}

static ONE: [u8; 1] = [1];

/// `map[key]elem` with its `MapType`.
fn map_type(key: &'static Type, elem: &'static Type, name: &'static str) -> &'static Type {
    let mt = maps::new_map_type(key, elem);
    let mut t = named(kind::MAP, 8, name);
    t.kind |= KIND_DIRECT_IFACE;
    t.ptrdata = 8;
    t.gcdata = ONE.as_ptr();
    t.elem = elem;
    t.reserved[0] = key as *const Type as usize;
    t.reserved[1] = mt as *const _ as usize;
    leak(t)
}

fn sprint(a: &[Eface]) -> String {
    type F = extern "C" fn(*mut G, *mut u8, isize, isize) -> GoString;
    let f: F = unsafe { std::mem::transmute(native("fmt.Sprint").expect("fmt.Sprint").code) };
    let s = GoSlice {
        ptr: a.as_ptr() as *mut u8,
        len: a.len() as isize,
        cap: a.len() as isize,
    };
    let r = f(std::ptr::null_mut(), s.ptr, s.len, s.cap);
    String::from_utf8(unsafe { r.as_bytes() }.to_vec()).unwrap()
}

fn gostr(s: &str) -> GoString {
    let s: &'static str = Box::leak(s.to_string().into_boxed_str());
    GoString::from_static(s)
}

#[test]
fn maps_print_sorted_by_key() {
    let int_t = leak(named(kind::INT, 8, "int"));
    let str_t = leak(Type {
        ptrdata: 8,
        gcdata: ONE.as_ptr(),
        ..named(kind::STRING, 16, "string")
    });
    let f64_t = leak(named(kind::FLOAT64, 8, "float64"));

    // map[string]int
    let st = map_type(str_t, int_t, "map[string]int");
    let mt = st.map_type().unwrap();
    let m = maps::makemap(mt, 0);
    for (i, k) in [
        "pear", "apple", "fig", "banana", "kiwi", "cherry", "date", "grape", "lime", "melon",
    ]
    .iter()
    .enumerate()
    {
        let key = gostr(k);
        let e = maps::mapassign(mt, m, &key as *const GoString as *const u8);
        unsafe { *(e as *mut i64) = i as i64 };
    }
    let v = Eface {
        typ: st,
        data: m as *mut u8,
    };
    assert_eq!(
        sprint(&[v]),
        "map[apple:1 banana:3 cherry:5 date:6 fig:2 grape:7 kiwi:4 lime:8 melon:9 pear:0]"
    );

    // map[float64]int with NaNs and both zeros: NaN first, as fmtsort.
    let ft = map_type(f64_t, int_t, "map[float64]int");
    let mt = ft.map_type().unwrap();
    let m = maps::makemap(mt, 0);
    for (k, v) in [
        (2.5f64, 1i64),
        (f64::NAN, 2),
        (-1.0, 3),
        (f64::NAN, 4),
        (0.0, 5),
        (-0.0, 6),
    ] {
        let e = maps::mapassign(mt, m, &k as *const f64 as *const u8);
        unsafe { *(e as *mut i64) = v };
    }
    let s = sprint(&[Eface {
        typ: ft,
        data: m as *mut u8,
    }]);
    assert!(
        s == "map[NaN:2 NaN:4 -1:3 -0:6 2.5:1]" || s == "map[NaN:4 NaN:2 -1:3 -0:6 2.5:1]",
        "{s}"
    );

    // Empty and nil maps.
    let e = maps::makemap(mt, 0);
    assert_eq!(
        sprint(&[Eface {
            typ: ft,
            data: e as *mut u8
        }]),
        "map[]"
    );
    assert_eq!(
        sprint(&[Eface {
            typ: ft,
            data: std::ptr::null_mut()
        }]),
        "map[]"
    );
}
