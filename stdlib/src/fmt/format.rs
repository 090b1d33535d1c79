//! Padding and the formatting of basic values under flags, width and
//! precision (Go's `fmt/format.go`), as methods of the [`Printer`].
//!
//! Invariants: `wid` and `prec` are never negative (doPrintf turns a
//! negative `*` width into `-` and drops a negative precision) and at most
//! 10^6 (`too_large`), so buffers sized from them stay bounded.

use super::print::Printer;
use gorun_strconv::quote::{MAX_RUNE, append_rune, decode_rune, rune_count};
use gorun_strconv::{
    QuoteMode, append_float, append_quoted, append_quoted_rune, can_backquote, is_print,
};

pub(crate) const LDIGITS: &[u8; 17] = b"0123456789abcdefx";
pub(crate) const UDIGITS: &[u8; 17] = b"0123456789ABCDEFX";

/// The flags of one verb (Go's `fmtFlags`) with its width and precision.
#[derive(Clone, Copy, Default)]
pub(crate) struct Flags {
    pub wid_present: bool,
    pub prec_present: bool,
    pub minus: bool,
    pub plus: bool,
    pub sharp: bool,
    pub space: bool,
    pub zero: bool,
    /// `%+v`: plus moved here so that `plus` means a sign.
    pub plus_v: bool,
    /// `%#v`: sharp moved here so that `sharp` means the alternate form.
    pub sharp_v: bool,
    pub wid: i64,
    pub prec: i64,
}

impl Printer {
    pub(crate) fn clear_flags(&mut self) {
        self.f = Flags::default();
    }

    pub(crate) fn write_padding(&mut self, n: i64) {
        if n <= 0 {
            return;
        }
        let pad = if self.f.zero && !self.f.minus {
            b'0'
        } else {
            b' '
        };
        self.buf.resize(self.buf.len() + n as usize, pad);
    }

    /// Appends `b`, padded to the width (counted in runes).
    pub(crate) fn pad(&mut self, b: &[u8]) {
        if !self.f.wid_present || self.f.wid == 0 {
            self.buf.extend_from_slice(b);
            return;
        }
        let width = self.f.wid - rune_count(b) as i64;
        if !self.f.minus {
            self.write_padding(width);
            self.buf.extend_from_slice(b);
        } else {
            self.buf.extend_from_slice(b);
            self.write_padding(width);
        }
    }

    pub(crate) fn fmt_boolean(&mut self, v: bool) {
        self.pad(if v { b"true" } else { b"false" });
    }

    /// `%U`: `U+0078`, or with `#`, `U+0078 'x'`.
    pub(crate) fn fmt_unicode(&mut self, u: u64) {
        let mut out: Vec<u8> = Vec::with_capacity(16);
        let mut prec = 4;
        if self.f.prec_present && self.f.prec > 4 {
            prec = self.f.prec;
        }
        let mut digits: Vec<u8> = Vec::with_capacity(16);
        let mut v = u;
        loop {
            digits.push(UDIGITS[(v & 0xF) as usize]);
            prec -= 1;
            v >>= 4;
            if v == 0 {
                break;
            }
        }
        out.extend_from_slice(b"U+");
        out.resize(out.len() + prec.max(0) as usize, b'0');
        out.extend(digits.iter().rev());
        if self.f.sharp && u <= u64::from(MAX_RUNE) && is_print(u as u32) {
            out.extend_from_slice(b" '");
            append_rune(&mut out, u as i64);
            out.push(b'\'');
        }
        let old_zero = self.f.zero;
        self.f.zero = false;
        self.pad(&out);
        self.f.zero = old_zero;
    }

    /// Integers in base 2, 8, 10 or 16 (Go's `fmtInteger`).
    pub(crate) fn fmt_integer(
        &mut self,
        u: u64,
        base: u64,
        signed: bool,
        verb: u32,
        digits: &[u8; 17],
    ) {
        let negative = signed && (u as i64) < 0;
        let mut u = if negative { u.wrapping_neg() } else { u };
        let mut prec: i64 = 0;
        if self.f.prec_present {
            prec = self.f.prec;
            // %.0d of zero prints nothing but the padding.
            if prec == 0 && u == 0 {
                let old_zero = self.f.zero;
                self.f.zero = false;
                let w = self.f.wid;
                self.write_padding(w);
                self.f.zero = old_zero;
                return;
            }
        } else if self.f.zero && !self.f.minus && self.f.wid_present {
            // Zero padding is allowed only to the left.
            prec = self.f.wid;
            if negative || self.f.plus || self.f.space {
                prec -= 1; // leave room for the sign
            }
        }
        // Digits, least significant first.
        let mut rev: Vec<u8> = Vec::with_capacity(70 + prec.max(0) as usize);
        loop {
            rev.push(digits[(u % base) as usize]);
            u /= base;
            if u == 0 {
                break;
            }
        }
        while (rev.len() as i64) < prec {
            rev.push(b'0');
        }
        if self.f.sharp {
            match base {
                2 => rev.extend_from_slice(b"b0"),
                8 if rev.last() != Some(&b'0') => rev.push(b'0'),
                16 => {
                    rev.push(digits[16]);
                    rev.push(b'0');
                }
                _ => {}
            }
        }
        if verb == 'O' as u32 {
            rev.extend_from_slice(b"o0");
        }
        if negative {
            rev.push(b'-');
        } else if self.f.plus {
            rev.push(b'+');
        } else if self.f.space {
            rev.push(b' ');
        }
        rev.reverse();
        let old_zero = self.f.zero;
        self.f.zero = false;
        self.pad(&rev);
        self.f.zero = old_zero;
    }

    /// `s` cut to the precision, counted in runes.
    fn truncate<'a>(&self, s: &'a [u8]) -> &'a [u8] {
        if self.f.prec_present {
            let mut n = self.f.prec;
            let mut i = 0;
            while i < s.len() {
                n -= 1;
                if n < 0 {
                    return &s[..i];
                }
                i += decode_rune(&s[i..]).1.max(1);
            }
        }
        s
    }

    /// `%s`.
    pub(crate) fn fmt_s(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        self.pad(s);
    }

    /// `%x`/`%X` of a string or byte slice (Go's `fmtSbx`).
    pub(crate) fn fmt_sbx(&mut self, s: &[u8], digits: &[u8; 17]) {
        let mut length = s.len() as i64;
        if self.f.prec_present && self.f.prec < length {
            length = self.f.prec;
        }
        let mut width = 2 * length;
        if width > 0 {
            if self.f.space {
                if self.f.sharp {
                    width *= 2;
                }
                width += length - 1;
            } else if self.f.sharp {
                width += 2;
            }
        } else {
            if self.f.wid_present {
                let w = self.f.wid;
                self.write_padding(w);
            }
            return;
        }
        if self.f.wid_present && self.f.wid > width && !self.f.minus {
            let w = self.f.wid - width;
            self.write_padding(w);
        }
        if self.f.sharp {
            self.buf.push(b'0');
            self.buf.push(digits[16]);
        }
        for (i, &c) in s[..length as usize].iter().enumerate() {
            if self.f.space && i > 0 {
                self.buf.push(b' ');
                if self.f.sharp {
                    self.buf.push(b'0');
                    self.buf.push(digits[16]);
                }
            }
            self.buf.push(digits[(c >> 4) as usize]);
            self.buf.push(digits[(c & 0xF) as usize]);
        }
        if self.f.wid_present && self.f.wid > width && self.f.minus {
            let w = self.f.wid - width;
            self.write_padding(w);
        }
    }

    /// `%q` of a string: Go-quoted, or backquoted with `#` when possible.
    pub(crate) fn fmt_q(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        let mut out = Vec::with_capacity(s.len() + 2);
        if self.f.sharp && can_backquote(s) {
            out.push(b'`');
            out.extend_from_slice(s);
            out.push(b'`');
        } else {
            let mode = if self.f.plus {
                QuoteMode::Ascii
            } else {
                QuoteMode::Print
            };
            append_quoted(&mut out, s, b'"', mode);
        }
        self.pad(&out);
    }

    /// `%c`.
    pub(crate) fn fmt_c(&mut self, c: u64) {
        let r = if c > u64::from(MAX_RUNE) {
            0xFFFD
        } else {
            c as i64
        };
        let mut out = Vec::with_capacity(4);
        append_rune(&mut out, r);
        self.pad(&out);
    }

    /// `%q` of a rune.
    pub(crate) fn fmt_qc(&mut self, c: u64) {
        let r = if c > u64::from(MAX_RUNE) {
            0xFFFD
        } else {
            c as i64
        };
        let mode = if self.f.plus {
            QuoteMode::Ascii
        } else {
            QuoteMode::Print
        };
        let mut out = Vec::with_capacity(8);
        append_quoted_rune(&mut out, r, b'\'', mode);
        self.pad(&out);
    }

    /// Floats (Go's `fmt.fmtFloat`): strconv's digits with fmt's sign,
    /// `#` and zero-padding rules.
    pub(crate) fn fmt_float(&mut self, v: f64, size: u32, verb: u8, prec: i64) {
        let prec = if self.f.prec_present {
            self.f.prec
        } else {
            prec
        };
        let mut num: Vec<u8> = Vec::with_capacity(32);
        num.push(b'+');
        append_float(
            &mut num,
            v,
            verb,
            prec.clamp(-1, i64::from(i32::MAX)) as i32,
            size,
        );
        // num[0] is a sign: strconv's own, or the '+' we put in front.
        if num[1] == b'-' || num[1] == b'+' {
            num.remove(0);
        }
        if self.f.space && num[0] == b'+' && !self.f.plus {
            num[0] = b' ';
        }
        // Infinities and NaN are never zero-padded.
        if num[1] == b'I' || num[1] == b'N' {
            let old_zero = self.f.zero;
            self.f.zero = false;
            if num[1] == b'N' && !self.f.space && !self.f.plus {
                num.remove(0);
            }
            self.pad(&num);
            self.f.zero = old_zero;
            return;
        }
        if self.f.sharp && verb != b'b' {
            let mut digits: i64 = 0;
            if matches!(verb, b'v' | b'g' | b'G' | b'x') {
                digits = prec;
                // With %e, the precision is 6 by default.
                if digits == -1 {
                    digits = 6;
                }
            }
            // The exponent, moved aside to be put back after any zeros.
            let mut tail: Vec<u8> = Vec::new();
            let mut has_point = false;
            let mut saw_nonzero = false;
            let mut i = 1;
            while i < num.len() {
                match num[i] {
                    b'.' => has_point = true,
                    b'p' | b'P' => {
                        tail.extend_from_slice(&num[i..]);
                        num.truncate(i);
                        break;
                    }
                    b'e' | b'E' if verb != b'x' && verb != b'X' => {
                        tail.extend_from_slice(&num[i..]);
                        num.truncate(i);
                        break;
                    }
                    c => {
                        if c != b'0' {
                            saw_nonzero = true;
                        }
                        // Count significant digits after the first nonzero.
                        if saw_nonzero {
                            digits -= 1;
                        }
                    }
                }
                i += 1;
            }
            if !has_point {
                // Leading digit 0 should contribute once to digits.
                if num.len() == 2 && num[1] == b'0' {
                    digits -= 1;
                }
                num.push(b'.');
            }
            while digits > 0 {
                num.push(b'0');
                digits -= 1;
            }
            num.extend_from_slice(&tail);
        }
        // The sign is shown only with '+' or for negative values.
        if self.f.plus || num[0] != b'+' {
            // Zero padding goes between the sign and the digits.
            if self.f.zero && !self.f.minus && self.f.wid_present && self.f.wid > num.len() as i64 {
                self.buf.push(num[0]);
                let w = self.f.wid - num.len() as i64;
                self.write_padding(w);
                self.buf.extend_from_slice(&num[1..]);
                return;
            }
            self.pad(&num);
            return;
        }
        self.pad(&num[1..]);
    }
}
