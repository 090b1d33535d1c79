//! Maps driven from Rust, without the scheduler (allocation goes through
//! the shared mcache): growth, splits, deletion and tombstones, iteration
//! under mutation, and the keys with special equality (NaN, ±0,
//! interfaces, strings, structs).

use super::*;
use crate::types::{Eface, GoString, StructField, Type, keyalg, kind};
use std::collections::{HashMap, HashSet};

fn leak<T>(t: T) -> &'static T {
    Box::leak(Box::new(t))
}

static ONE_PTR: [u8; 1] = [1];
static TWO_PTRS: [u8; 1] = [3];

fn t_int64() -> &'static Type {
    &crate::types::TYPE_INT64
}
fn t_float64() -> &'static Type {
    leak(Type::scalar(8, 8, kind::FLOAT64))
}
fn t_string() -> &'static Type {
    leak(Type {
        ptrdata: 8,
        gcdata: ONE_PTR.as_ptr(),
        ..Type::scalar(16, 8, kind::STRING)
    })
}
fn t_any() -> &'static Type {
    leak(Type {
        ptrdata: 16,
        gcdata: TWO_PTRS.as_ptr(),
        ..Type::scalar(16, 8, kind::INTERFACE)
    })
}
fn t_bytes(n: usize) -> &'static Type {
    let e = leak(Type::scalar(1, 1, kind::UINT8));
    leak(Type {
        elem: e,
        reserved: [n, 0, 0, 0],
        ..Type::scalar(n, 1, kind::ARRAY)
    })
}

fn gostr(s: &str) -> GoString {
    let b: &'static str = Box::leak(s.to_string().into_boxed_str());
    GoString::from_static(b)
}

/// A map[K]V in Rust clothing.
struct M {
    mt: &'static MapType,
    m: *mut Map,
}

impl M {
    fn new(k: &'static Type, v: &'static Type, hint: i64) -> M {
        let mt = new_map_type(k, v);
        M {
            mt,
            m: makemap(mt, hint),
        }
    }
    fn put<K, V: Copy>(&self, k: &K, v: V) {
        let e = mapassign(self.mt, self.m, k as *const K as *const u8);
        unsafe { (e as *mut V).write(v) };
    }
    fn get<K, V: Copy>(&self, k: &K) -> Option<V> {
        let (e, ok) = mapaccess2(self.mt, self.m, k as *const K as *const u8);
        ok.then(|| unsafe { (e as *const V).read() })
    }
    fn del<K>(&self, k: &K) {
        mapdelete(self.mt, self.m, k as *const K as *const u8);
    }
    fn len(&self) -> i64 {
        maplen(self.m)
    }
    fn entries<K: Copy, V: Copy>(&self) -> Vec<(K, V)> {
        let mut v = Vec::new();
        iter::for_each(self.mt, self.m, |k, e| unsafe {
            v.push(((k as *const K).read(), (e as *const V).read()))
        });
        v
    }
    fn map(&self) -> &Map {
        unsafe { &*self.m }
    }
}

/// The directory's invariants: each table fills `1 << (global - local)`
/// consecutive entries from its index, and counts add up.
fn check_directory(m: &Map) {
    if m.dir_len == 0 {
        return;
    }
    assert_eq!(m.dir_len, 1 << m.global_depth);
    let mut i = 0;
    let mut used = 0u64;
    while i < m.dir_len as usize {
        let t = unsafe { &*m.directory_at(i) };
        assert_eq!(t.index, i as isize, "table index");
        assert!(t.local_depth <= m.global_depth);
        let n = 1usize << (m.global_depth - t.local_depth);
        for j in i..i + n {
            assert!(std::ptr::eq(m.directory_at(j), t));
        }
        assert_eq!(
            t.used as u32 + t.tombstones() as u32 + t.growth_left as u32,
            t.max_growth_left() as u32,
        );
        used += t.used as u64;
        i += n;
    }
    assert_eq!(used, m.used);
}

#[test]
fn int_keys_grow_split_and_delete() {
    let m = M::new(t_int64(), t_int64(), 0);
    let n: i64 = 50_000;
    for k in 0..n {
        m.put(&k, k * 3);
        if k % 4999 == 0 {
            check_directory(m.map());
        }
    }
    assert_eq!(m.len(), n);
    assert!(m.map().dir_len > 1, "a map this size has split");
    check_directory(m.map());
    for k in 0..n {
        assert_eq!(m.get::<_, i64>(&k), Some(k * 3));
    }
    assert_eq!(m.get::<_, i64>(&n), None);
    for k in (0..n).step_by(2) {
        m.del(&k);
    }
    assert_eq!(m.len(), n / 2);
    check_directory(m.map());
    for k in 0..n {
        let want = (k % 2 == 1).then_some(k * 3);
        assert_eq!(m.get::<_, i64>(&k), want, "key {k}");
    }
    // Overwrite keeps the count.
    for k in (1..n).step_by(2) {
        m.put(&k, -k);
    }
    assert_eq!(m.len(), n / 2);
    let mut all = m.entries::<i64, i64>();
    all.sort();
    assert_eq!(all.len() as i64, n / 2);
    assert!(all.iter().all(|&(k, v)| k % 2 == 1 && v == -k));
}

#[test]
fn fast_paths_agree_with_the_general_path() {
    let m = M::new(t_int64(), t_int64(), 0);
    assert_eq!(m.mt.key_alg, keyalg::MEM64);
    for k in 0..3000u64 {
        if k % 2 == 0 {
            let e = runtime_fast64::mapassign_fast64(m.mt, m.m, k);
            unsafe { *(e as *mut u64) = k + 1 };
        } else {
            m.put(&k, k + 1);
        }
    }
    for k in 0..3000u64 {
        let (e, ok) = runtime_fast64::mapaccess2_fast64(m.mt, m.m, k);
        assert!(ok);
        assert_eq!(unsafe { *(e as *const u64) }, k + 1);
        assert_eq!(m.get::<_, u64>(&k), Some(k + 1));
    }
    for k in (0..3000u64).step_by(3) {
        runtime_fast64::mapdelete_fast64(m.mt, m.m, k);
    }
    assert_eq!(m.len(), 2000);

    let s = M::new(t_string(), t_int64(), 0);
    assert_eq!(s.mt.key_alg, keyalg::STR);
    let keys: Vec<GoString> = (0..500).map(|i| gostr(&format!("key-{i}"))).collect();
    for (i, k) in keys.iter().enumerate() {
        if i % 2 == 0 {
            let e = runtime_faststr::mapassign_faststr(s.mt, s.m, *k);
            unsafe { *(e as *mut i64) = i as i64 };
        } else {
            s.put(k, i as i64);
        }
    }
    for (i, k) in keys.iter().enumerate() {
        // A different copy of the same bytes finds the entry.
        let k2 = gostr(&format!("key-{i}"));
        let (e, ok) = runtime_faststr::mapaccess2_faststr(s.mt, s.m, k2);
        assert!(ok, "key-{i}");
        assert_eq!(unsafe { *(e as *const i64) }, i as i64);
        assert_eq!(s.get::<_, i64>(k), Some(i as i64));
    }
    let small = M::new(t_string(), t_int64(), 0);
    small.put(&gostr("a"), 1i64);
    small.put(&gostr("bb"), 2i64);
    assert!(runtime_faststr::mapaccess2_faststr(small.mt, small.m, gostr("bb")).1);
    assert!(!runtime_faststr::mapaccess2_faststr(small.mt, small.m, gostr("b")).1);
}

#[test]
fn nil_and_empty_maps_read_as_empty() {
    let mt = new_map_type(t_int64(), t_int64());
    let k = 7i64;
    let (e, ok) = mapaccess2(mt, std::ptr::null_mut(), &k as *const i64 as *const u8);
    assert!(!ok);
    assert_eq!(unsafe { *(e as *const i64) }, 0);
    assert_eq!(maplen(std::ptr::null()), 0);
    mapdelete(mt, std::ptr::null_mut(), &k as *const i64 as *const u8);
    mapclear(mt, std::ptr::null_mut());
    assert!(mapclone(mt, std::ptr::null_mut()).is_null());
    let mut it = Iter::new(mt, std::ptr::null_mut());
    it.next();
    assert!(it.key.is_null());
    // make with a hint allocates its tables up front, without entries.
    let big = M::new(t_int64(), t_int64(), 5000);
    assert_eq!(big.len(), 0);
    assert!(big.map().dir_len >= 1);
    check_directory(big.map());
    assert!(big.entries::<i64, i64>().is_empty());
}

#[test]
fn small_map_becomes_a_table() {
    let m = M::new(t_int64(), t_int64(), 0);
    for k in 0..8i64 {
        m.put(&k, k);
    }
    assert_eq!(m.map().dir_len, 0, "8 entries fit in one group");
    m.del(&3i64);
    m.put(&3i64, 33i64);
    assert_eq!(m.map().dir_len, 0);
    m.put(&8i64, 8i64);
    assert_eq!(m.map().dir_len, 1);
    check_directory(m.map());
    let mut e = m.entries::<i64, i64>();
    e.sort();
    assert_eq!(
        e,
        vec![
            (0, 0),
            (1, 1),
            (2, 2),
            (3, 33),
            (4, 4),
            (5, 5),
            (6, 6),
            (7, 7),
            (8, 8)
        ]
    );
}

#[test]
fn churn_reuses_tombstones_instead_of_growing() {
    // A sliding window of live keys: inserts and deletes forever, while
    // the number of slots stays bounded.
    let m = M::new(t_int64(), t_int64(), 0);
    let window = 3000i64;
    for k in 0..200_000i64 {
        m.put(&k, k);
        if k >= window {
            m.del(&(k - window));
        }
    }
    assert_eq!(m.len(), window);
    check_directory(m.map());
    let mut slots = 0usize;
    let mut last = std::ptr::null_mut();
    for i in 0..m.map().dir_len as usize {
        let t = m.map().directory_at(i);
        if t != last {
            slots += unsafe { (*t).capacity } as usize;
            last = t;
        }
    }
    assert!(
        slots <= 16 * window as usize,
        "{slots} slots for {window} keys"
    );
    for k in 200_000 - window..200_000 {
        assert_eq!(m.get::<_, i64>(&k), Some(k));
    }
}

#[test]
fn iteration_returns_every_entry_once_in_varying_order() {
    for n in [0i64, 1, 5, 8, 9, 100, 5000] {
        let m = M::new(t_int64(), t_int64(), 0);
        for k in 0..n {
            m.put(&k, k + 1);
        }
        let mut firsts = HashSet::new();
        for _ in 0..20 {
            let e = m.entries::<i64, i64>();
            assert_eq!(e.len() as i64, n);
            let keys: HashSet<i64> = e.iter().map(|x| x.0).collect();
            assert_eq!(keys.len() as i64, n);
            assert!(e.iter().all(|&(k, v)| v == k + 1));
            if let Some(f) = e.first() {
                firsts.insert(f.0);
            }
        }
        if n >= 8 {
            assert!(firsts.len() > 1, "iteration order is randomized (n={n})");
        }
    }
}

/// Ranges over a map while `mutate` changes it after each entry; checks
/// the spec's rules: no key twice, deleted keys not returned after their
/// deletion, returned elements current, untouched keys all returned.
fn range_with(n: i64, mut mutate: impl FnMut(&M, i64, &mut HashSet<i64>, &mut HashMap<i64, i64>)) {
    let m = M::new(t_int64(), t_int64(), 0);
    let mut live: HashMap<i64, i64> = HashMap::new();
    for k in 0..n {
        m.put(&k, k);
        live.insert(k, k);
    }
    let original: HashSet<i64> = live.keys().copied().collect();
    let mut deleted = HashSet::new();
    let mut seen = HashSet::new();
    let mut it = Iter::new(m.mt, m.m);
    it.next();
    while !it.key.is_null() {
        let k = unsafe { *(it.key as *const i64) };
        let v = unsafe { *(it.elem as *const i64) };
        assert!(seen.insert(k), "key {k} returned twice");
        assert!(!deleted.contains(&k), "deleted key {k} returned");
        assert_eq!(Some(&v), live.get(&k), "element of {k} is current");
        mutate(&m, k, &mut deleted, &mut live);
        it.next();
    }
    for k in original {
        if !deleted.contains(&k) {
            assert!(seen.contains(&k), "key {k} never returned");
        }
    }
    check_directory(m.map());
}

#[test]
fn range_deleting_ahead_and_behind() {
    for n in [6i64, 200, 3000] {
        range_with(n, |m, k, deleted, live| {
            // Delete this key and a key that may lie ahead.
            let other = (k * 7 + 3) % n;
            for d in [k, other] {
                m.del(&d);
                deleted.insert(d);
                live.remove(&d);
            }
        });
    }
}

#[test]
fn range_inserting_grows_and_splits_underneath() {
    for n in [7i64, 100, 2000] {
        let mut next = 1_000_000i64;
        range_with(n, |m, k, _deleted, live| {
            // Enough inserts to grow small maps into tables and split
            // tables while the iterator holds the old ones.
            for _ in 0..8 {
                m.put(&next, next);
                live.insert(next, next);
                next += 1;
            }
            // Update an existing entry: it must be returned with this.
            let u = (k + 1) % n;
            if live.contains_key(&u) {
                m.put(&u, -u);
                live.insert(u, -u);
            }
        });
    }
}

#[test]
fn range_with_clear_stops_returning_old_entries() {
    let m = M::new(t_int64(), t_int64(), 0);
    for k in 0..1000i64 {
        m.put(&k, k);
    }
    let mut it = Iter::new(m.mt, m.m);
    it.next();
    let mut count = 0;
    while !it.key.is_null() {
        count += 1;
        if count == 10 {
            mapclear(m.mt, m.m);
            m.put(&5000i64, 1i64);
        }
        it.next();
    }
    assert!(count <= 11, "{count} entries after a clear");
    assert_eq!(m.len(), 1);
}

#[test]
fn nan_keys_are_all_distinct_and_only_iteration_finds_them() {
    let m = M::new(t_float64(), t_int64(), 0);
    assert_eq!(m.mt.key_alg, keyalg::F64);
    for i in 0..100i64 {
        m.put(&f64::NAN, i);
    }
    m.put(&1.5f64, 7i64);
    assert_eq!(m.len(), 101);
    assert_eq!(m.get::<_, i64>(&f64::NAN), None);
    m.del(&f64::NAN);
    assert_eq!(m.len(), 101);
    let e = m.entries::<f64, i64>();
    assert_eq!(e.iter().filter(|x| x.0.is_nan()).count(), 100);
    let mut vals: Vec<i64> = e.iter().filter(|x| x.0.is_nan()).map(|x| x.1).collect();
    vals.sort();
    assert_eq!(vals, (0..100).collect::<Vec<_>>());
    // NaNs survive growth during iteration (returned from the old table).
    let mut seen = 0;
    let mut it = Iter::new(m.mt, m.m);
    it.next();
    let mut extra = 1000.0f64;
    while !it.key.is_null() {
        seen += 1;
        for _ in 0..4 {
            m.put(&extra, 0i64);
            extra += 1.0;
        }
        it.next();
    }
    assert!(seen >= 101);
    mapclear(m.mt, m.m);
    assert_eq!(m.len(), 0);
    assert!(m.entries::<f64, i64>().is_empty());
}

#[test]
fn signed_zeros_are_one_key_and_the_last_one_is_kept() {
    let m = M::new(t_float64(), t_int64(), 0);
    m.put(&0.0f64, 1i64);
    m.put(&-0.0f64, 2i64);
    assert_eq!(m.len(), 1);
    assert_eq!(m.get::<_, i64>(&0.0f64), Some(2));
    let e = m.entries::<f64, i64>();
    assert!(e[0].0.is_sign_negative(), "the key is updated to -0");
}

#[test]
fn interface_keys_hash_by_dynamic_type_and_value() {
    let any = t_any();
    let m = M::new(any, t_int64(), 0);
    assert_eq!(m.mt.key_alg, keyalg::NILINTER);
    let int_t = t_int64();
    let str_t = t_string();
    let i32_t = leak(Type::scalar(4, 4, kind::INT32));
    let boxed_int = |v: i64| Eface {
        typ: int_t,
        data: Box::leak(Box::new(v)) as *mut i64 as *mut u8,
    };
    let boxed_i32 = |v: i32| Eface {
        typ: i32_t,
        data: Box::leak(Box::new(v)) as *mut i32 as *mut u8,
    };
    let boxed_str = |s: &str| Eface {
        typ: str_t,
        data: Box::leak(Box::new(gostr(s))) as *mut GoString as *mut u8,
    };
    let nil = Eface {
        typ: std::ptr::null(),
        data: std::ptr::null_mut(),
    };
    m.put(&boxed_int(1), 10i64);
    m.put(&boxed_i32(1), 20i64);
    m.put(&boxed_str("1"), 30i64);
    m.put(&nil, 40i64);
    assert_eq!(m.len(), 4);
    // Equal values in other boxes find the same entries.
    assert_eq!(m.get::<_, i64>(&boxed_int(1)), Some(10));
    assert_eq!(m.get::<_, i64>(&boxed_i32(1)), Some(20));
    assert_eq!(m.get::<_, i64>(&boxed_str("1")), Some(30));
    assert_eq!(m.get::<_, i64>(&nil), Some(40));
    assert_eq!(m.get::<_, i64>(&boxed_int(2)), None);
    m.put(&boxed_int(1), 11i64);
    assert_eq!(m.len(), 4);
    assert_eq!(m.get::<_, i64>(&boxed_int(1)), Some(11));
    for i in 0..1000 {
        m.put(&boxed_int(i + 100), i);
    }
    assert_eq!(m.get::<_, i64>(&boxed_str("1")), Some(30));
    assert_eq!(m.len(), 1004);
}

#[test]
fn struct_keys_compare_field_by_field_skipping_blank_fields() {
    // struct { a int32; _ int32; s string }: the blank field's bits are
    // ignored by hash and equality.
    let i32_t = leak(Type::scalar(4, 4, kind::INT32));
    let str_t = t_string();
    let fields: &'static [StructField] = Box::leak(Box::new([
        StructField {
            name: GoString::from_static("a"),
            typ: i32_t,
            offset: 0,
            tag: GoString::EMPTY,
            embedded: false,
        },
        StructField {
            name: GoString::from_static("_"),
            typ: i32_t,
            offset: 4,
            tag: GoString::EMPTY,
            embedded: false,
        },
        StructField {
            name: GoString::from_static("s"),
            typ: str_t,
            offset: 8,
            tag: GoString::EMPTY,
            embedded: false,
        },
    ]));
    static GC: [u8; 1] = [0b10];
    let st = leak(Type {
        ptrdata: 16,
        gcdata: GC.as_ptr(),
        reserved: [fields.as_ptr() as usize, 3, 0, 0],
        ..Type::scalar(24, 8, kind::STRUCT)
    });
    #[repr(C)]
    #[derive(Clone, Copy)]
    struct K {
        a: i32,
        blank: i32,
        s: GoString,
    }
    let m = M::new(st, t_int64(), 0);
    assert_eq!(m.mt.key_alg, keyalg::GENERIC);
    assert!(m.mt.need_key_update());
    for i in 0..300 {
        m.put(
            &K {
                a: i,
                blank: i,
                s: gostr(&i.to_string()),
            },
            i as i64,
        );
    }
    for i in 0..300 {
        assert_eq!(
            m.get::<_, i64>(&K {
                a: i,
                blank: -1,
                s: gostr(&i.to_string())
            }),
            Some(i as i64)
        );
    }
    assert_eq!(
        m.get::<_, i64>(&K {
            a: 1,
            blank: 1,
            s: gostr("2")
        }),
        None
    );
}

#[test]
fn big_keys_and_elements_live_behind_pointers() {
    let k = t_bytes(200);
    let v = t_bytes(300);
    let m = M::new(k, v, 0);
    assert!(m.mt.indirect_key() && m.mt.indirect_elem());
    assert_eq!(m.mt.key_alg, keyalg::GENERIC);
    for i in 0..100u8 {
        m.put(&[i; 200], [i.wrapping_mul(3); 300]);
    }
    for i in 0..100u8 {
        let e: [u8; 300] = m.get(&[i; 200]).unwrap();
        assert!(e.iter().all(|&b| b == i.wrapping_mul(3)));
    }
    let c = mapclone(m.mt, m.m);
    m.put(&[1u8; 200], [0u8; 300]);
    let (e, ok) = mapaccess2(m.mt, c, [1u8; 200].as_ptr());
    assert!(ok);
    assert_eq!(unsafe { *e }, 3, "the clone has its own elements");
}

#[test]
fn clone_is_deep_and_keeps_contents() {
    for n in [0i64, 5, 2000] {
        let m = M::new(t_int64(), t_int64(), 0);
        for k in 0..n {
            m.put(&k, k);
        }
        let c = M {
            mt: m.mt,
            m: mapclone(m.mt, m.m),
        };
        assert_eq!(c.len(), n);
        check_directory(c.map());
        for k in 0..n {
            m.put(&k, -1i64);
        }
        let mut e = c.entries::<i64, i64>();
        e.sort();
        assert_eq!(e, (0..n).map(|k| (k, k)).collect::<Vec<_>>());
    }
}

#[test]
fn group_types_mark_pointer_words() {
    // map[string]*int: per slot, the string's data word and the pointer.
    let p = leak(Type {
        ptrdata: 8,
        gcdata: ONE_PTR.as_ptr(),
        ..Type::scalar(8, 8, kind::POINTER)
    });
    let mt = new_map_type(t_string(), p);
    assert_eq!(mt.slot_size, 24);
    assert_eq!(mt.elem_off, 16);
    let g = unsafe { &*mt.group };
    assert_eq!(g.size, 8 + 8 * 24);
    let bit = |w: usize| unsafe { *g.gcdata.add(w / 8) } >> (w % 8) & 1 == 1;
    for s in 0..8 {
        let base = 1 + 3 * s;
        assert!(bit(base), "string data word of slot {s}");
        assert!(!bit(base + 1), "string length of slot {s}");
        assert!(bit(base + 2), "pointer element of slot {s}");
    }
    assert!(!bit(0), "control word");
    assert_eq!(g.ptrdata, (8 + 7 * 24 + 24) as usize);
    // Layouts with padding and empty parts.
    let l = MapType::layout(1, 1, 8, 8);
    assert_eq!((l.elem_off, l.slot_size, l.group_size), (8, 16, 136));
    let l = MapType::layout(8, 8, 0, 1);
    assert_eq!((l.elem_off, l.slot_size, l.group_size), (8, 16, 136));
    let l = MapType::layout(0, 1, 0, 1);
    assert_eq!((l.slot_size, l.group_size), (0, 16));
    let l = MapType::layout(4, 4, 1, 1);
    assert_eq!((l.elem_off, l.slot_size, l.group_size), (4, 8, 72));
}
