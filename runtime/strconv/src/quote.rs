//! Go's quoting (`strconv.Quote` and its variants, `Unquote`,
//! `UnquoteChar`, `QuotedPrefix`, `CanBackquote`), `IsPrint`, `IsGraphic`,
//! and the UTF-8 rules they rest on (`unicode/utf8`'s decoding, where each
//! invalid byte is one `RuneError` of width 1).
//!
//! Strings are byte slices: Go strings need not be UTF-8.

use crate::isprint::PRINT_RANGES;
use std::cmp::Ordering;

/// `utf8.RuneError`.
pub const RUNE_ERROR: u32 = 0xFFFD;
/// `utf8.MaxRune`.
pub const MAX_RUNE: u32 = 0x10FFFF;

/// `utf8.DecodeRune`: the first rune of `s` and its width; `(RuneError, 1)`
/// for an invalid encoding, `(RuneError, 0)` for an empty slice.
pub fn decode_rune(s: &[u8]) -> (u32, usize) {
    let Some(&b0) = s.first() else {
        return (RUNE_ERROR, 0);
    };
    if b0 < 0x80 {
        return (u32::from(b0), 1);
    }
    let (n, min, init) = match b0 {
        0xC2..=0xDF => (2, 0x80, u32::from(b0 & 0x1F)),
        0xE0..=0xEF => (3, 0x800, u32::from(b0 & 0x0F)),
        0xF0..=0xF4 => (4, 0x10000, u32::from(b0 & 0x07)),
        _ => return (RUNE_ERROR, 1),
    };
    if s.len() < n {
        return (RUNE_ERROR, 1);
    }
    let mut r = init;
    for &b in &s[1..n] {
        if b & 0xC0 != 0x80 {
            return (RUNE_ERROR, 1);
        }
        r = r << 6 | u32::from(b & 0x3F);
    }
    if r < min || r > MAX_RUNE || (0xD800..=0xDFFF).contains(&r) {
        return (RUNE_ERROR, 1);
    }
    (r, n)
}

/// `utf8.ValidRune`.
pub fn valid_rune(r: i64) -> bool {
    (0..0xD800).contains(&r) || (0xE000..=i64::from(MAX_RUNE)).contains(&r)
}

/// `utf8.AppendRune`: invalid runes become `RuneError`.
pub fn append_rune(out: &mut Vec<u8>, r: i64) {
    let c = if valid_rune(r) {
        char::from_u32(r as u32).unwrap_or('\u{FFFD}')
    } else {
        '\u{FFFD}'
    };
    let mut tmp = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut tmp).as_bytes());
}

/// `utf8.RuneCount`.
pub fn rune_count(s: &[u8]) -> usize {
    let mut i = 0;
    let mut n = 0;
    while i < s.len() {
        if s[i] < 0x80 {
            i += 1;
        } else {
            i += decode_rune(&s[i..]).1;
        }
        n += 1;
    }
    n
}

/// `utf8.Valid`.
pub fn valid_utf8(s: &[u8]) -> bool {
    std::str::from_utf8(s).is_ok()
}

/// Go's `strconv.IsPrint`.
pub fn is_print(r: u32) -> bool {
    PRINT_RANGES
        .binary_search_by(|&(lo, hi)| {
            if hi < r {
                Ordering::Less
            } else if lo > r {
                Ordering::Greater
            } else {
                Ordering::Equal
            }
        })
        .is_ok()
}

/// The spaces `IsGraphic` accepts beyond `IsPrint` (Go's `isGraphic`).
const GRAPHIC_SPACES: &[u32] = &[
    0x00a0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009,
    0x200a, 0x202f, 0x205f, 0x3000,
];

/// Go's `strconv.IsGraphic`.
pub fn is_graphic(r: u32) -> bool {
    is_print(r) || GRAPHIC_SPACES.binary_search(&r).is_ok()
}

const LOWER_HEX: &[u8; 16] = b"0123456789abcdef";

/// How a quoting function escapes: Go's `ASCIIonly`/`graphicOnly` pair.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum QuoteMode {
    /// `Quote`: escape what `IsPrint` rejects.
    Print,
    /// `QuoteToASCII`: also escape everything beyond ASCII.
    Ascii,
    /// `QuoteToGraphic`: escape what `IsGraphic` rejects.
    Graphic,
}

/// Go's `appendQuotedWith`: `s` between `quote`s, escaped as `mode` says;
/// bytes that are not UTF-8 become `\xNN`.
pub fn append_quoted(out: &mut Vec<u8>, s: &[u8], quote: u8, mode: QuoteMode) {
    out.reserve(s.len() + 2);
    out.push(quote);
    let mut i = 0;
    while i < s.len() {
        let (r, width) = if s[i] < 0x80 {
            (u32::from(s[i]), 1)
        } else {
            decode_rune(&s[i..])
        };
        if width == 1 && r == RUNE_ERROR {
            out.extend_from_slice(b"\\x");
            out.push(LOWER_HEX[(s[i] >> 4) as usize]);
            out.push(LOWER_HEX[(s[i] & 15) as usize]);
        } else {
            append_escaped_rune(out, r, quote, mode);
        }
        i += width;
    }
    out.push(quote);
}

/// Go's `appendQuotedRuneWith`: an invalid rune is quoted as `RuneError`.
pub fn append_quoted_rune(out: &mut Vec<u8>, r: i64, quote: u8, mode: QuoteMode) {
    out.push(quote);
    let r = if valid_rune(r) { r as u32 } else { RUNE_ERROR };
    append_escaped_rune(out, r, quote, mode);
    out.push(quote);
}

/// Go's `appendEscapedRune`; `r` is a valid rune.
fn append_escaped_rune(out: &mut Vec<u8>, r: u32, quote: u8, mode: QuoteMode) {
    if r == u32::from(quote) || r == u32::from(b'\\') {
        out.push(b'\\');
        out.push(r as u8);
        return;
    }
    let plain = match mode {
        QuoteMode::Ascii => r < 0x80 && is_print(r),
        QuoteMode::Print => is_print(r),
        QuoteMode::Graphic => is_graphic(r),
    };
    if plain {
        append_rune(out, i64::from(r));
        return;
    }
    match r {
        0x07 => out.extend_from_slice(b"\\a"),
        0x08 => out.extend_from_slice(b"\\b"),
        0x0c => out.extend_from_slice(b"\\f"),
        0x0a => out.extend_from_slice(b"\\n"),
        0x0d => out.extend_from_slice(b"\\r"),
        0x09 => out.extend_from_slice(b"\\t"),
        0x0b => out.extend_from_slice(b"\\v"),
        _ if r < 0x20 || r == 0x7f => {
            out.extend_from_slice(b"\\x");
            out.push(LOWER_HEX[(r >> 4) as usize]);
            out.push(LOWER_HEX[(r & 15) as usize]);
        }
        _ if r < 0x10000 => {
            out.extend_from_slice(b"\\u");
            for s in (0..=12).rev().step_by(4) {
                out.push(LOWER_HEX[((r >> s) & 15) as usize]);
            }
        }
        _ => {
            out.extend_from_slice(b"\\U");
            for s in (0..=28).rev().step_by(4) {
                out.push(LOWER_HEX[((r >> s) & 15) as usize]);
            }
        }
    }
}

/// Go's `strconv.Quote`: a double-quoted Go string literal for the bytes `s`
/// (which need not be UTF-8), escaping what `IsPrint` rejects.
pub fn quote(s: &[u8]) -> String {
    let mut out = Vec::with_capacity(s.len() + 2);
    append_quoted(&mut out, s, b'"', QuoteMode::Print);
    // SAFETY: escaping leaves only valid UTF-8 (invalid bytes become \x).
    unsafe { String::from_utf8_unchecked(out) }
}

/// Go's `strconv.CanBackquote`.
pub fn can_backquote(s: &[u8]) -> bool {
    let mut i = 0;
    while i < s.len() {
        let (r, wid) = decode_rune(&s[i..]);
        i += wid;
        if wid > 1 {
            if r == 0xFEFF {
                return false; // a BOM is invisible
            }
            continue;
        }
        if r == RUNE_ERROR {
            return false;
        }
        if (r < u32::from(b' ') && r != u32::from(b'\t')) || r == u32::from(b'`') || r == 0x7F {
            return false;
        }
    }
    true
}

fn unhex(b: u8) -> Option<u32> {
    match b {
        b'0'..=b'9' => Some(u32::from(b - b'0')),
        b'a'..=b'f' => Some(u32::from(b - b'a' + 10)),
        b'A'..=b'F' => Some(u32::from(b - b'A' + 10)),
        _ => None,
    }
}

/// Go's `strconv.UnquoteChar`: the first character or escape of `s` (a
/// literal's body quoted by `quote`): its value, whether it needs a
/// multibyte UTF-8 encoding, and the rest; `None` is `ErrSyntax`.
pub fn unquote_char(s: &[u8], quote: u8) -> Option<(u32, bool, &[u8])> {
    let c = *s.first()?;
    if c == quote && (quote == b'\'' || quote == b'"') {
        return None;
    }
    if c >= 0x80 {
        let (r, size) = decode_rune(s);
        return Some((r, true, &s[size..]));
    }
    if c != b'\\' {
        return Some((u32::from(c), false, &s[1..]));
    }
    let c = *s.get(1)?;
    let s = &s[2..];
    let simple = |v: u8| Some((u32::from(v), false, s));
    match c {
        b'a' => simple(0x07),
        b'b' => simple(0x08),
        b'f' => simple(0x0c),
        b'n' => simple(b'\n'),
        b'r' => simple(b'\r'),
        b't' => simple(b'\t'),
        b'v' => simple(0x0b),
        b'x' | b'u' | b'U' => {
            let n = match c {
                b'x' => 2,
                b'u' => 4,
                _ => 8,
            };
            if s.len() < n {
                return None;
            }
            let mut v: u32 = 0;
            for &b in &s[..n] {
                v = v << 4 | unhex(b)?;
            }
            let s = &s[n..];
            if c == b'x' {
                return Some((v, false, s));
            }
            if !valid_rune(i64::from(v)) {
                return None;
            }
            Some((v, true, s))
        }
        b'0'..=b'7' => {
            let mut v = u32::from(c - b'0');
            if s.len() < 2 {
                return None;
            }
            for &b in &s[..2] {
                if !(b'0'..=b'7').contains(&b) {
                    return None;
                }
                v = v << 3 | u32::from(b - b'0');
            }
            if v > 255 {
                return None;
            }
            Some((v, false, &s[2..]))
        }
        b'\\' => simple(b'\\'),
        b'\'' | b'"' => {
            if c != quote {
                return None;
            }
            simple(c)
        }
        _ => None,
    }
}

/// Go's `unquote`: the quoted literal at the start of `s`, unescaped (or,
/// when `!unescape`, as written with its quotes), and the rest of `s`;
/// `None` is `ErrSyntax`.
pub fn unquote_prefix(s: &[u8], unescape: bool) -> Option<(Vec<u8>, &[u8])> {
    if s.len() < 2 {
        return None;
    }
    let quote = s[0];
    let end = s[1..].iter().position(|&c| c == quote)? + 2;
    match quote {
        b'`' => {
            let out = if !unescape {
                s[..end].to_vec()
            } else {
                s[1..end - 1]
                    .iter()
                    .copied()
                    .filter(|&c| c != b'\r')
                    .collect()
            };
            Some((out, &s[end..]))
        }
        b'"' | b'\'' => {
            let body = &s[1..end - 1];
            if !body.contains(&b'\\') && !body.contains(&b'\n') {
                let valid = if quote == b'"' {
                    valid_utf8(body)
                } else {
                    let (r, n) = decode_rune(body);
                    1 + n + 1 == end && (r != RUNE_ERROR || n != 1)
                };
                if valid {
                    let out = if unescape { body } else { &s[..end] };
                    return Some((out.to_vec(), &s[end..]));
                }
            }
            let mut buf = Vec::new();
            let mut rest = &s[1..];
            while !rest.is_empty() && rest[0] != quote {
                if rest[0] == b'\n' {
                    return None;
                }
                let (r, multibyte, tail) = unquote_char(rest, quote)?;
                rest = tail;
                if unescape {
                    if r < 0x80 || !multibyte {
                        buf.push(r as u8);
                    } else {
                        append_rune(&mut buf, i64::from(r));
                    }
                }
                if quote == b'\'' {
                    break;
                }
            }
            if rest.first() != Some(&quote) {
                return None;
            }
            let rest = &rest[1..];
            if unescape {
                Some((buf, rest))
            } else {
                Some((s[..s.len() - rest.len()].to_vec(), rest))
            }
        }
        _ => None,
    }
}

/// Go's `strconv.Unquote`; `None` is `ErrSyntax`.
pub fn unquote(s: &[u8]) -> Option<Vec<u8>> {
    match unquote_prefix(s, true)? {
        (out, []) => Some(out),
        _ => None,
    }
}
