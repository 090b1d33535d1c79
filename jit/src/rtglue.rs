//! Entry points with the calling conventions compiled code uses, over the
//! runtime's string, slice and interface operations. Results of more than
//! two words are written through an `out` pointer (System V returns at
//! most two in registers).

use gorun_runtime::runtime2::G;
use gorun_runtime::types::{Itab, Type, kind};

fn alloc(g: *mut G, size: usize, typ: *const Type) -> *mut u8 {
    gorun_runtime::abi::gorun_mallocgc(g, size, typ, true)
}

fn bytes<'a>(p: *const u8, l: i64) -> &'a [u8] {
    if l <= 0 || p.is_null() {
        &[]
    } else {
        // SAFETY: compiled code passes Go strings/slices.
        unsafe { std::slice::from_raw_parts(p, l as usize) }
    }
}

pub extern "C" fn gorun_strequal(ap: *const u8, al: i64, bp: *const u8, bl: i64) -> u8 {
    (al == bl && (ap == bp || bytes(ap, al) == bytes(bp, bl))) as u8
}

fn encode_rune(out: &mut Vec<u8>, r: i32) {
    let c = char::from_u32(r as u32).unwrap_or('\u{FFFD}');
    let mut b = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
}

/// Decodes the rune at byte `k` of `s`: Go's rules (invalid encodings
/// give U+FFFD with width 1).
fn decode_at(s: &[u8], k: usize) -> (i32, usize) {
    let (c, n) = gorun_frontend_free_decode(&s[k..]);
    (c, k + n)
}

fn gorun_frontend_free_decode(b: &[u8]) -> (i32, usize) {
    let n = match b.first() {
        None => return (0xFFFD, 1),
        Some(&c) if c < 0x80 => return (c as i32, 1),
        Some(&c) if c & 0xE0 == 0xC0 => 2,
        Some(&c) if c & 0xF0 == 0xE0 => 3,
        Some(&c) if c & 0xF8 == 0xF0 => 4,
        _ => return (0xFFFD, 1),
    };
    if b.len() < n {
        return (0xFFFD, 1);
    }
    match std::str::from_utf8(&b[..n]) {
        Ok(s) => (s.chars().next().map(|c| c as i32).unwrap_or(0xFFFD), n),
        Err(_) => (0xFFFD, 1),
    }
}

fn decode_all(b: &[u8]) -> Vec<i32> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < b.len() {
        let (r, nk) = decode_at(b, k);
        out.push(r);
        k = nk;
    }
    out
}

static ZEROBASE: u64 = 0;

pub fn zerobase() -> *mut u8 {
    &ZEROBASE as *const u64 as *mut u8
}

/// The itab for interface type `inter` and concrete type `typ`, built from
/// the concrete type's method table (cached).
///
/// # Safety
/// Both are type descriptors.
pub unsafe extern "C" fn gorun_getitab(
    g: *mut G,
    inter: *const Type,
    typ: *const Type,
) -> *const Itab {
    let _ = g;
    if typ.is_null() {
        return std::ptr::null();
    }
    unsafe { gorun_runtime::iface::getitab(inter, typ) }
}

/// Equality of two interface values' dynamic parts: the runtime's
/// `alg::efaceeq` (the map keys' equality), which compares floats as
/// floats and strings by content, walks arrays and structs, and panics
/// `comparing uncomparable type T` for maps, slices and funcs, also when
/// they are pointer-shaped.
///
/// # Safety
/// Types are null or descriptors; data words belong to them.
pub unsafe extern "C" fn gorun_efaceeq(
    _g: *mut G,
    t1: *const Type,
    d1: *const u8,
    t2: *const Type,
    d2: *const u8,
) -> u8 {
    if t1 != t2 {
        return 0;
    }
    (unsafe { gorun_runtime::alg::efaceeq(t1, d1, d2) }) as u8
}

/// A failed type assertion `x.(T)`.
///
/// # Safety
/// Arguments are null or type descriptors.
pub unsafe extern "C" fn gorun_panic_assert(
    g: *mut G,
    iface: *const Type,
    have: *const Type,
    want: *const Type,
) -> ! {
    let name = |t: *const Type| unsafe { t.as_ref() }.map(|t| t.name().to_string());
    let i = name(iface).unwrap_or_default();
    let w = name(want).unwrap_or_default();
    // Go's TypeAssertionError.Error.
    let missing = unsafe { want.as_ref() }
        .filter(|w| w.kind() == kind::INTERFACE)
        .and_then(|w| {
            let have = unsafe { have.as_ref() }?;
            let methods = have.methods();
            w.interface_methods()
                .iter()
                .find(|im| {
                    let (n, pk) = unsafe { (im.name.as_bytes(), im.pkg_path.as_bytes()) };
                    !methods.iter().any(|m| unsafe {
                        m.name.as_bytes() == n
                            && (pk.is_empty() || m.pkg_path.as_bytes() == pk)
                            && !m.ifn.is_null()
                    })
                })
                .map(|im| unsafe { String::from_utf8_lossy(im.name.as_bytes()).into_owned() })
        });
    let i = if iface.is_null() {
        "interface".to_string()
    } else {
        i
    };
    let msg = match (name(have), missing) {
        (None, _) => format!("interface conversion: {i} is nil, not {w}"),
        (Some(h), Some(m)) => format!("interface conversion: {h} is not {w}: missing method {m}"),
        (Some(h), None) => format!("interface conversion: {i} is {h}, not {w}"),
    };
    gorun_runtime::panic::gopanic_msg(g, msg)
}

/// Go's growth rule for append (slice.go's nextslicecap). The rounding up
/// to the allocator's size class comes with the runtime's growslice.
fn nextslicecap(newlen: i64, oldcap: i64) -> i64 {
    let mut newcap = oldcap;
    let doublecap = newcap + newcap;
    if newlen > doublecap {
        return newlen;
    }
    const THRESHOLD: i64 = 256;
    if oldcap < THRESHOLD {
        return doublecap;
    }
    loop {
        newcap += (newcap + 3 * THRESHOLD) >> 2;
        if newcap as u64 >= newlen as u64 {
            break;
        }
    }
    if newcap <= 0 { newlen } else { newcap }
}
