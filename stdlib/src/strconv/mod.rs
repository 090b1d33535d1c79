//! Package strconv's natives, over the `gorun-strconv` crate.
//!
//! Functions that can fail or panic have Go bodies in
//! `stdlib/go/strconv/` (they build `*NumError` values and panic with Go's
//! messages); they call the unexported natives here, which return an error
//! code instead: 0 none, 1 `ErrSyntax`, 2 `ErrRange`, 3 invalid base,
//! 4 invalid bit size (`errCode` in the Go files). The rest are natives
//! under their exported names.

use crate::goabi::{go_append, go_string};
use crate::native::Native;
use gorun_runtime::runtime2::G;
use gorun_runtime::types::{GoSlice, GoString};
use gorun_strconv::{NumErr, QuoteMode};

fn code(e: NumErr) -> i64 {
    match e {
        NumErr::Syntax => 1,
        NumErr::Range => 2,
        NumErr::Base => 3,
        NumErr::BitSize => 4,
    }
}

fn bytes<'a>(ptr: *const u8, len: isize) -> &'a [u8] {
    // SAFETY: the convention passes a string as (ptr, len).
    unsafe { GoString { ptr, len }.as_bytes() }
}

/// Two result words of the integer class.
#[repr(C)]
pub struct Pair(pub u64, pub u64);

/// A float64 and an int result.
#[repr(C)]
pub struct FloatCode(pub f64, pub i64);

// --- numbers ------------------------------------------------------------------

/// `parseInt(s string, base, bitSize int) (int64, int)`.
extern "C" fn parse_int(_g: *mut G, p: *const u8, l: isize, base: i64, bits: i64) -> Pair {
    match gorun_strconv::parse_int(bytes(p, l), base, bits) {
        Ok(v) => Pair(v as u64, 0),
        Err((v, e)) => Pair(v as u64, code(e) as u64),
    }
}

/// `parseUint(s string, base, bitSize int) (uint64, int)`.
extern "C" fn parse_uint(_g: *mut G, p: *const u8, l: isize, base: i64, bits: i64) -> Pair {
    match gorun_strconv::parse_uint(bytes(p, l), base, bits) {
        Ok(v) => Pair(v, 0),
        Err((v, e)) => Pair(v, code(e) as u64),
    }
}

/// `atoi(s string) (int, int)`.
extern "C" fn atoi(_g: *mut G, p: *const u8, l: isize) -> Pair {
    match gorun_strconv::atoi(bytes(p, l)) {
        Ok(v) => Pair(v as u64, 0),
        Err((v, e)) => Pair(v as u64, code(e) as u64),
    }
}

/// `parseFloat(s string, bitSize int) (float64, int)`.
extern "C" fn parse_float(_g: *mut G, p: *const u8, l: isize, bits: i64) -> FloatCode {
    let (f, e) = gorun_strconv::parse_float(bytes(p, l), bits);
    FloatCode(f, e.map_or(0, code))
}

/// `parseComplex(s string, bitSize int) (re, im float64, code int)`.
extern "C" fn parse_complex(_g: *mut G, ret: *mut [u64; 3], p: *const u8, l: isize, bits: i64) {
    let ((re, im), e) = gorun_strconv::parse_complex(bytes(p, l), bits);
    unsafe { *ret = [re.to_bits(), im.to_bits(), e.map_or(0, code) as u64] };
}

/// `formatFloat(f float64, fmt byte, prec, bitSize int) string` (bitSize
/// already checked by the Go body).
extern "C" fn format_float(g: *mut G, f: f64, fmt: u64, prec: i64, bits: i64) -> GoString {
    let mut out = Vec::with_capacity(24);
    append_float_to(&mut out, f, fmt, prec, bits);
    go_string(g, &out)
}

fn append_float_to(out: &mut Vec<u8>, f: f64, fmt: u64, prec: i64, bits: i64) {
    let prec = prec.clamp(-1, i64::from(i32::MAX)) as i32;
    gorun_strconv::append_float(out, f, fmt as u8, prec, if bits == 32 { 32 } else { 64 });
}

/// `appendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte`.
#[allow(clippy::too_many_arguments)]
extern "C" fn append_float(
    g: *mut G,
    ret: *mut GoSlice,
    dp: *mut u8,
    dl: isize,
    dc: isize,
    f: f64,
    fmt: u64,
    prec: i64,
    bits: i64,
) {
    let mut out = Vec::with_capacity(24);
    append_float_to(&mut out, f, fmt, prec, bits);
    unsafe {
        *ret = go_append(
            g,
            GoSlice {
                ptr: dp,
                len: dl,
                cap: dc,
            },
            &out,
        )
    };
}

/// `formatComplex(re, im float64, fmt byte, prec, bitSize int) string`.
extern "C" fn format_complex(
    g: *mut G,
    re: f64,
    im: f64,
    fmt: u64,
    prec: i64,
    bits: i64,
) -> GoString {
    let mut out = Vec::with_capacity(48);
    let prec = prec.clamp(-1, i64::from(i32::MAX)) as i32;
    gorun_strconv::append_complex(
        &mut out,
        re,
        im,
        fmt as u8,
        prec,
        if bits == 64 { 64 } else { 128 },
    );
    go_string(g, &out)
}

/// `formatBits(neg bool, u uint64, base int) string`: the magnitude `u` in
/// `base` (2..=36, checked by the Go body), with a minus if `neg`.
extern "C" fn format_bits(g: *mut G, neg: u64, u: u64, base: i64) -> GoString {
    let mut out = Vec::with_capacity(24);
    gorun_strconv::append_uint(&mut out, u, base.clamp(2, 36) as u32, neg & 1 != 0);
    go_string(g, &out)
}

/// `appendBits(dst []byte, neg bool, u uint64, base int) []byte`.
#[allow(clippy::too_many_arguments)]
extern "C" fn append_bits(
    g: *mut G,
    ret: *mut GoSlice,
    dp: *mut u8,
    dl: isize,
    dc: isize,
    neg: u64,
    u: u64,
    base: i64,
) {
    let mut out = Vec::with_capacity(24);
    gorun_strconv::append_uint(&mut out, u, base.clamp(2, 36) as u32, neg & 1 != 0);
    unsafe {
        *ret = go_append(
            g,
            GoSlice {
                ptr: dp,
                len: dl,
                cap: dc,
            },
            &out,
        )
    };
}

// --- quoting ------------------------------------------------------------------

fn quote_to(g: *mut G, p: *const u8, l: isize, mode: QuoteMode) -> GoString {
    let s = bytes(p, l);
    let mut out = Vec::with_capacity(s.len() + 2);
    gorun_strconv::append_quoted(&mut out, s, b'"', mode);
    go_string(g, &out)
}

extern "C" fn quote(g: *mut G, p: *const u8, l: isize) -> GoString {
    quote_to(g, p, l, QuoteMode::Print)
}
extern "C" fn quote_to_ascii(g: *mut G, p: *const u8, l: isize) -> GoString {
    quote_to(g, p, l, QuoteMode::Ascii)
}
extern "C" fn quote_to_graphic(g: *mut G, p: *const u8, l: isize) -> GoString {
    quote_to(g, p, l, QuoteMode::Graphic)
}

fn append_quote_to(
    g: *mut G,
    ret: *mut GoSlice,
    dst: GoSlice,
    p: *const u8,
    l: isize,
    mode: QuoteMode,
) {
    let s = bytes(p, l);
    let mut out = Vec::with_capacity(s.len() + 2);
    gorun_strconv::append_quoted(&mut out, s, b'"', mode);
    unsafe { *ret = go_append(g, dst, &out) };
}

extern "C" fn append_quote(
    g: *mut G,
    ret: *mut GoSlice,
    dp: *mut u8,
    dl: isize,
    dc: isize,
    p: *const u8,
    l: isize,
) {
    append_quote_to(
        g,
        ret,
        GoSlice {
            ptr: dp,
            len: dl,
            cap: dc,
        },
        p,
        l,
        QuoteMode::Print,
    )
}
extern "C" fn append_quote_to_ascii(
    g: *mut G,
    ret: *mut GoSlice,
    dp: *mut u8,
    dl: isize,
    dc: isize,
    p: *const u8,
    l: isize,
) {
    append_quote_to(
        g,
        ret,
        GoSlice {
            ptr: dp,
            len: dl,
            cap: dc,
        },
        p,
        l,
        QuoteMode::Ascii,
    )
}
extern "C" fn append_quote_to_graphic(
    g: *mut G,
    ret: *mut GoSlice,
    dp: *mut u8,
    dl: isize,
    dc: isize,
    p: *const u8,
    l: isize,
) {
    append_quote_to(
        g,
        ret,
        GoSlice {
            ptr: dp,
            len: dl,
            cap: dc,
        },
        p,
        l,
        QuoteMode::Graphic,
    )
}

fn quote_rune_to(g: *mut G, r: i64, mode: QuoteMode) -> GoString {
    let mut out = Vec::with_capacity(12);
    // A rune is an int32: the caller sign-extended it.
    gorun_strconv::append_quoted_rune(&mut out, i64::from(r as i32), b'\'', mode);
    go_string(g, &out)
}

extern "C" fn quote_rune(g: *mut G, r: i64) -> GoString {
    quote_rune_to(g, r, QuoteMode::Print)
}
extern "C" fn quote_rune_to_ascii(g: *mut G, r: i64) -> GoString {
    quote_rune_to(g, r, QuoteMode::Ascii)
}
extern "C" fn quote_rune_to_graphic(g: *mut G, r: i64) -> GoString {
    quote_rune_to(g, r, QuoteMode::Graphic)
}

fn append_quote_rune_to(g: *mut G, ret: *mut GoSlice, dst: GoSlice, r: i64, mode: QuoteMode) {
    let mut out = Vec::with_capacity(12);
    gorun_strconv::append_quoted_rune(&mut out, i64::from(r as i32), b'\'', mode);
    unsafe { *ret = go_append(g, dst, &out) };
}

extern "C" fn append_quote_rune(
    g: *mut G,
    ret: *mut GoSlice,
    dp: *mut u8,
    dl: isize,
    dc: isize,
    r: i64,
) {
    append_quote_rune_to(
        g,
        ret,
        GoSlice {
            ptr: dp,
            len: dl,
            cap: dc,
        },
        r,
        QuoteMode::Print,
    )
}
extern "C" fn append_quote_rune_to_ascii(
    g: *mut G,
    ret: *mut GoSlice,
    dp: *mut u8,
    dl: isize,
    dc: isize,
    r: i64,
) {
    append_quote_rune_to(
        g,
        ret,
        GoSlice {
            ptr: dp,
            len: dl,
            cap: dc,
        },
        r,
        QuoteMode::Ascii,
    )
}
extern "C" fn append_quote_rune_to_graphic(
    g: *mut G,
    ret: *mut GoSlice,
    dp: *mut u8,
    dl: isize,
    dc: isize,
    r: i64,
) {
    append_quote_rune_to(
        g,
        ret,
        GoSlice {
            ptr: dp,
            len: dl,
            cap: dc,
        },
        r,
        QuoteMode::Graphic,
    )
}

extern "C" fn can_backquote(_g: *mut G, p: *const u8, l: isize) -> u64 {
    u64::from(gorun_strconv::can_backquote(bytes(p, l)))
}

extern "C" fn is_print(_g: *mut G, r: i64) -> u64 {
    let r = r as i32;
    u64::from(r >= 0 && gorun_strconv::is_print(r as u32))
}

extern "C" fn is_graphic(_g: *mut G, r: i64) -> u64 {
    let r = r as i32;
    u64::from(r >= 0 && gorun_strconv::is_graphic(r as u32))
}

/// `unquote(s string, unescape bool) (out string, ok bool)`: Unquote
/// (`unescape`, whole string) or QuotedPrefix (the literal as written).
extern "C" fn unquote(g: *mut G, ret: *mut [u64; 3], p: *const u8, l: isize, unescape: u64) {
    let s = bytes(p, l);
    let r = if unescape & 1 != 0 {
        gorun_strconv::unquote(s)
    } else {
        gorun_strconv::unquote_prefix(s, false).map(|(out, _)| out)
    };
    let (out, ok) = match r {
        Some(out) => (go_string(g, &out), 1),
        None => (GoString::EMPTY, 0),
    };
    unsafe { *ret = [out.ptr as u64, out.len as u64, ok] };
}

/// `unquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, ok bool)`;
/// `tail` is a substring of `s`.
extern "C" fn unquote_char(_g: *mut G, ret: *mut [u64; 5], p: *const u8, l: isize, quote: u64) {
    let s = bytes(p, l);
    let r = match gorun_strconv::unquote_char(s, quote as u8) {
        Some((v, multi, tail)) => {
            let off = s.len() - tail.len();
            [
                u64::from(v),
                u64::from(multi),
                p.wrapping_add(off) as u64,
                tail.len() as u64,
                1,
            ]
        }
        None => [0, 0, 0, 0, 0],
    };
    unsafe { *ret = r };
}

/// strconv's natives.
pub(crate) static NATIVES: &[Native] = &[
    Native {
        name: "strconv.AppendQuote",
        code: append_quote as *const u8,
        sig: "iiiii>*",
    },
    Native {
        name: "strconv.AppendQuoteRune",
        code: append_quote_rune as *const u8,
        sig: "iiii>*",
    },
    Native {
        name: "strconv.AppendQuoteRuneToASCII",
        code: append_quote_rune_to_ascii as *const u8,
        sig: "iiii>*",
    },
    Native {
        name: "strconv.AppendQuoteRuneToGraphic",
        code: append_quote_rune_to_graphic as *const u8,
        sig: "iiii>*",
    },
    Native {
        name: "strconv.AppendQuoteToASCII",
        code: append_quote_to_ascii as *const u8,
        sig: "iiiii>*",
    },
    Native {
        name: "strconv.AppendQuoteToGraphic",
        code: append_quote_to_graphic as *const u8,
        sig: "iiiii>*",
    },
    Native {
        name: "strconv.CanBackquote",
        code: can_backquote as *const u8,
        sig: "ii>i",
    },
    Native {
        name: "strconv.IsGraphic",
        code: is_graphic as *const u8,
        sig: "i>i",
    },
    Native {
        name: "strconv.IsPrint",
        code: is_print as *const u8,
        sig: "i>i",
    },
    Native {
        name: "strconv.Quote",
        code: quote as *const u8,
        sig: "ii>ii",
    },
    Native {
        name: "strconv.QuoteRune",
        code: quote_rune as *const u8,
        sig: "i>ii",
    },
    Native {
        name: "strconv.QuoteRuneToASCII",
        code: quote_rune_to_ascii as *const u8,
        sig: "i>ii",
    },
    Native {
        name: "strconv.QuoteRuneToGraphic",
        code: quote_rune_to_graphic as *const u8,
        sig: "i>ii",
    },
    Native {
        name: "strconv.QuoteToASCII",
        code: quote_to_ascii as *const u8,
        sig: "ii>ii",
    },
    Native {
        name: "strconv.QuoteToGraphic",
        code: quote_to_graphic as *const u8,
        sig: "ii>ii",
    },
    Native {
        name: "strconv.appendBits",
        code: append_bits as *const u8,
        sig: "iiiiii>*",
    },
    Native {
        name: "strconv.appendFloat",
        code: append_float as *const u8,
        sig: "iiifiii>*",
    },
    Native {
        name: "strconv.atoi",
        code: atoi as *const u8,
        sig: "ii>ii",
    },
    Native {
        name: "strconv.formatBits",
        code: format_bits as *const u8,
        sig: "iii>ii",
    },
    Native {
        name: "strconv.formatComplex",
        code: format_complex as *const u8,
        sig: "ffiii>ii",
    },
    Native {
        name: "strconv.formatFloat",
        code: format_float as *const u8,
        sig: "fiii>ii",
    },
    Native {
        name: "strconv.parseComplex",
        code: parse_complex as *const u8,
        sig: "iii>*",
    },
    Native {
        name: "strconv.parseFloat",
        code: parse_float as *const u8,
        sig: "iii>fi",
    },
    Native {
        name: "strconv.parseInt",
        code: parse_int as *const u8,
        sig: "iiii>ii",
    },
    Native {
        name: "strconv.parseUint",
        code: parse_uint as *const u8,
        sig: "iiii>ii",
    },
    Native {
        name: "strconv.unquote",
        code: unquote as *const u8,
        sig: "iii>*",
    },
    Native {
        name: "strconv.unquoteChar",
        code: unquote_char as *const u8,
        sig: "iii>*",
    },
];
