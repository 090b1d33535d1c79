//! Values of string and rune literals, from their text as written
//! ([`BasicLit::raw`](crate::syntax::ast::BasicLit)).
//!
//! The lexer has rejected malformed literals, so decoding here does not
//! report errors; on text it would have rejected, it decodes what it can and
//! never panics. Go strings are byte sequences (`"\xff"` is one byte, not
//! UTF-8), so string values are bytes. Raw strings lose their carriage
//! returns, as the spec says ("Carriage return characters ('\r') inside raw
//! string literals are discarded from the raw string value").

/// The bytes of a string literal (`"..."` or `` `...` ``).
pub fn string_value(raw: &str) -> Vec<u8> {
    let b = raw.as_bytes();
    if b.first() == Some(&b'`') {
        let inner = &b[1..b.len().saturating_sub(1).max(1)];
        return inner.iter().copied().filter(|&c| c != b'\r').collect();
    }
    let inner = raw.get(1..raw.len().saturating_sub(1).max(1)).unwrap_or("");
    let mut out = Vec::with_capacity(inner.len());
    let mut i = 0;
    let ib = inner.as_bytes();
    while i < ib.len() {
        if ib[i] != b'\\' {
            out.push(ib[i]);
            i += 1;
            continue;
        }
        let (v, n) = escape(&ib[i + 1..]);
        match v {
            Escaped::Byte(x) => out.push(x),
            Escaped::Char(c) => {
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
        i += 1 + n;
    }
    out
}

/// The code point of a rune literal (`'a'`, `'\n'`, `'\u00e4'`, `'\377'`).
pub fn rune_value(raw: &str) -> u32 {
    let inner = raw.get(1..raw.len().saturating_sub(1).max(1)).unwrap_or("");
    let ib = inner.as_bytes();
    if ib.first() == Some(&b'\\') {
        return match escape(&ib[1..]).0 {
            Escaped::Byte(x) => u32::from(x),
            Escaped::Char(c) => c as u32,
        };
    }
    inner.chars().next().map_or(0, |c| c as u32)
}

enum Escaped {
    /// `\x..` and octal escapes in strings are bytes; in runes, code points.
    Byte(u8),
    Char(char),
}

/// Decodes the escape after a backslash; returns it and the bytes consumed.
fn escape(b: &[u8]) -> (Escaped, usize) {
    let Some(&c) = b.first() else {
        return (Escaped::Byte(b'\\'), 0);
    };
    let simple = |x: u8| (Escaped::Byte(x), 1);
    match c {
        b'a' => simple(7),
        b'b' => simple(8),
        b'f' => simple(12),
        b'n' => simple(b'\n'),
        b'r' => simple(b'\r'),
        b't' => simple(b'\t'),
        b'v' => simple(11),
        b'\\' | b'\'' | b'"' => simple(c),
        b'0'..=b'7' => {
            let digits = b
                .iter()
                .take(3)
                .take_while(|d| (b'0'..=b'7').contains(d))
                .count();
            let v = b[..digits]
                .iter()
                .fold(0u32, |acc, &d| acc * 8 + u32::from(d - b'0'));
            (Escaped::Byte(v as u8), digits)
        }
        b'x' | b'u' | b'U' => {
            let n = match c {
                b'x' => 2,
                b'u' => 4,
                _ => 8,
            };
            let digits: Vec<u8> = b[1..]
                .iter()
                .take(n)
                .copied()
                .take_while(u8::is_ascii_hexdigit)
                .collect();
            let v = digits.iter().fold(0u32, |acc, &d| {
                acc * 16 + (d as char).to_digit(16).unwrap_or(0)
            });
            let used = 1 + digits.len();
            if c == b'x' {
                (Escaped::Byte(v as u8), used)
            } else {
                (Escaped::Char(char::from_u32(v).unwrap_or('\u{FFFD}')), used)
            }
        }
        _ => (Escaped::Byte(c), 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings() {
        assert_eq!(string_value(r#""abc""#), b"abc");
        assert_eq!(string_value(r#""a\tb\n\\\"""#), b"a\tb\n\\\"");
        assert_eq!(string_value(r#""\xff\000\101""#), [0xff, 0, b'A']);
        assert_eq!(string_value(r#""\u00e4\U0001F600""#), "ä😀".as_bytes());
        assert_eq!(string_value("\"日本\""), "日本".as_bytes());
        assert_eq!(string_value("`a\\n\r\nb`"), b"a\\n\nb");
        assert_eq!(string_value("\"\""), b"");
    }

    #[test]
    fn runes() {
        assert_eq!(rune_value("'a'"), 97);
        assert_eq!(rune_value("'本'"), 0x672c);
        assert_eq!(rune_value(r"'\n'"), 10);
        assert_eq!(rune_value(r"'\''"), 39);
        assert_eq!(rune_value(r"'\377'"), 255);
        assert_eq!(rune_value(r"'\xff'"), 255);
        assert_eq!(rune_value(r"'\u12e4'"), 0x12e4);
        assert_eq!(rune_value(r"'\U00101234'"), 0x101234);
    }

    #[test]
    fn malformed_text_does_not_panic() {
        for s in ["", "\"", "`", "'", "\"\\", "'\\x", "\"\\u12\"", "'\\U'"] {
            let _ = string_value(s);
            let _ = rune_value(s);
        }
    }
}
