//! Entry points with the calling conventions compiled code uses, over the
//! runtime's string, slice and interface operations. Results of more than
//! two words are written through an `out` pointer (System V returns at
//! most two in registers).

use gorun_runtime::runtime2::G;
use gorun_runtime::types::{GoString, Itab, Type};

fn alloc(g: *mut G, size: usize, typ: *const Type) -> *mut u8 {
    gorun_runtime::abi::gorun_mallocgc(g, size, typ, true)
}

/// # Safety
/// `parts` points to `n` strings.
pub unsafe extern "C" fn gorun_concatstrings(
    g: *mut G,
    parts: *const GoString,
    n: i64,
) -> GoString {
    let parts = unsafe { std::slice::from_raw_parts(parts, n.max(0) as usize) };
    let total: isize = parts.iter().map(|p| p.len.max(0)).sum();
    if total == 0 {
        return GoString::EMPTY;
    }
    // A single non-empty operand needs no copy.
    let nonempty: Vec<&GoString> = parts.iter().filter(|p| p.len > 0).collect();
    if nonempty.len() == 1 {
        return *nonempty[0];
    }
    let p = alloc(g, total as usize, std::ptr::null());
    let mut off = 0usize;
    for s in parts {
        let b = unsafe { s.as_bytes() };
        unsafe { std::ptr::copy_nonoverlapping(b.as_ptr(), p.add(off), b.len()) };
        off += b.len();
    }
    GoString { ptr: p, len: total }
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

pub extern "C" fn gorun_cmpstring(ap: *const u8, al: i64, bp: *const u8, bl: i64) -> i64 {
    match bytes(ap, al).cmp(bytes(bp, bl)) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }
}

/// # Safety
/// `out` points to a writable slice header.
pub unsafe extern "C" fn gorun_stringtoslicebyte(
    g: *mut G,
    out: *mut [i64; 3],
    sp: *const u8,
    sl: i64,
) {
    let b = bytes(sp, sl);
    let p = if b.is_empty() {
        std::ptr::null_mut()
    } else {
        alloc(g, b.len(), std::ptr::null())
    };
    if !b.is_empty() {
        unsafe { std::ptr::copy_nonoverlapping(b.as_ptr(), p, b.len()) };
    }
    let n = b.len() as i64;
    let p = if p.is_null() { zerobase() } else { p };
    unsafe { *out = [p as i64, n, n] };
}

/// # Safety
/// `out` points to a writable slice header.
pub unsafe extern "C" fn gorun_stringtoslicerune(
    g: *mut G,
    out: *mut [i64; 3],
    sp: *const u8,
    sl: i64,
) {
    let b = bytes(sp, sl);
    let runes = decode_all(b);
    let n = runes.len();
    let p = if n == 0 {
        zerobase()
    } else {
        alloc(g, 4 * n, std::ptr::null())
    };
    if n > 0 {
        unsafe { std::ptr::copy_nonoverlapping(runes.as_ptr() as *const u8, p, 4 * n) };
    }
    unsafe { *out = [p as i64, n as i64, n as i64] };
}

pub extern "C" fn gorun_slicebytetostring(g: *mut G, p: *const u8, n: i64) -> GoString {
    let b = bytes(p, n);
    if b.is_empty() {
        return GoString::EMPTY;
    }
    let d = alloc(g, b.len(), std::ptr::null());
    unsafe { std::ptr::copy_nonoverlapping(b.as_ptr(), d, b.len()) };
    GoString {
        ptr: d,
        len: b.len() as isize,
    }
}

pub extern "C" fn gorun_slicerunetostring(g: *mut G, p: *const i32, n: i64) -> GoString {
    let runes = if n <= 0 || p.is_null() {
        &[][..]
    } else {
        unsafe { std::slice::from_raw_parts(p, n as usize) }
    };
    let mut s = Vec::new();
    for &r in runes {
        encode_rune(&mut s, r);
    }
    gorun_slicebytetostring(g, s.as_ptr(), s.len() as i64)
}

pub extern "C" fn gorun_intstring(g: *mut G, v: i64) -> GoString {
    let r = if v < 0 || v > 0x10FFFF {
        0xFFFD
    } else {
        v as i32
    };
    let mut s = Vec::new();
    encode_rune(&mut s, r);
    gorun_slicebytetostring(g, s.as_ptr(), s.len() as i64)
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

/// # Safety
/// `out` points to 16 writable bytes: the rune (i32) at 0, the next
/// offset (i64) at 8.
pub unsafe extern "C" fn gorun_decoderune(p: *const u8, l: i64, k: i64, out: *mut u8) {
    let b = bytes(p, l);
    let (r, nk) = decode_at(b, k as usize);
    unsafe {
        *(out as *mut i32) = r;
        *(out.add(8) as *mut i64) = nk as i64;
    }
}

static ZEROBASE: u64 = 0;

pub fn zerobase() -> *mut u8 {
    &ZEROBASE as *const u64 as *mut u8
}

/// # Safety
/// `et` is a type descriptor.
pub unsafe extern "C" fn gorun_makeslice(
    g: *mut G,
    et: *const Type,
    len: i64,
    cap: i64,
) -> *mut u8 {
    let es = unsafe { (*et).size };
    let mem = (es as u128) * (cap.max(0) as u128);
    if len < 0 || mem > (1u128 << 47) {
        gorun_runtime::panic::gorun_panic_makeslice_len(g);
    }
    if cap < len {
        gorun_runtime::panic::gorun_panic_makeslice_cap(g);
    }
    if mem == 0 {
        return zerobase();
    }
    alloc(g, mem as usize, et)
}

/// Go's growslice: a new backing array for `newlen` elements, old ones
/// copied; writes (ptr, cap) to `out`.
///
/// # Safety
/// `out` is writable; `et` a type descriptor; `oldptr` holds `newlen - num` elements.
pub unsafe extern "C" fn gorun_growslice(
    g: *mut G,
    out: *mut [i64; 2],
    oldptr: *const u8,
    newlen: i64,
    oldcap: i64,
    num: i64,
    et: *const Type,
) {
    let es = unsafe { (*et).size } as i64;
    let oldlen = newlen - num;
    let cap = nextslicecap(newlen, oldcap);
    if es == 0 {
        unsafe { *out = [zerobase() as i64, cap] };
        return;
    }
    let p = alloc(g, (cap * es) as usize, et);
    if oldlen > 0 && !oldptr.is_null() {
        unsafe { std::ptr::copy_nonoverlapping(oldptr, p, (oldlen * es) as usize) };
    }
    unsafe { *out = [p as i64, cap] };
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

/// Equality of two interface values' dynamic parts.
///
/// # Safety
/// Types are null or descriptors; data words belong to them.
pub unsafe extern "C" fn gorun_efaceeq(
    g: *mut G,
    t1: *const Type,
    d1: *const u8,
    t2: *const Type,
    d2: *const u8,
) -> u8 {
    if t1 != t2 {
        return 0;
    }
    let Some(t) = (unsafe { t1.as_ref() }) else {
        return 1;
    };
    if t.is_direct_iface() {
        return (d1 == d2) as u8;
    }
    match t.equal {
        Some(eq) => eq(d1, d2) as u8,
        None => {
            if t.kind() == gorun_runtime::types::kind::STRING {
                let (a, b) = unsafe { (&*(d1 as *const GoString), &*(d2 as *const GoString)) };
                return (unsafe { a.as_bytes() } == unsafe { b.as_bytes() }) as u8;
            }
            if t.ptrdata == 0 {
                let n = t.size;
                return (unsafe { std::slice::from_raw_parts(d1, n) }
                    == unsafe { std::slice::from_raw_parts(d2, n) }) as u8;
            }
            gorun_runtime::panic::gopanic_msg(
                g,
                format!("runtime error: comparing uncomparable type {}", t.name()),
            )
        }
    }
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
    let msg = match name(have) {
        Some(h) => format!("interface conversion: {i} is {h}, not {w}"),
        None => format!("interface conversion: {i} is nil, not {w}"),
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
