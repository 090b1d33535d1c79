//! UTF-8 for the runtime, Go's `utf8.go` (what `for range` over a string,
//! rune conversions and `[]rune(s)` use).
//!
//! Invariants (Go's exact behaviour on invalid input):
//! - `decoderune` accepts only shortest-form encodings of code points up to
//!   U+10FFFF that are not surrogates; anything else — a stray continuation
//!   byte, a truncated or overlong sequence, a surrogate, a value past
//!   U+10FFFF — decodes as U+FFFD with width 1, so decoding resumes at the
//!   next byte.
//! - `encoderune` writes U+FFFD for negative values, surrogates and values
//!   past U+10FFFF.

pub const RUNE_ERROR: i32 = 0xFFFD;
pub const RUNE_SELF: u32 = 0x80;
pub const MAX_RUNE: i32 = 0x10FFFF;
const SURROGATE_MIN: i32 = 0xD800;
const SURROGATE_MAX: i32 = 0xDFFF;

const T2: u8 = 0xC0;
const T3: u8 = 0xE0;
const T4: u8 = 0xF0;
const T5: u8 = 0xF8;
const TX: u8 = 0x80;
const MASKX: u8 = 0x3F;
const MASK2: u8 = 0x1F;
const MASK3: u8 = 0x0F;
const MASK4: u8 = 0x07;
const RUNE1_MAX: i32 = (1 << 7) - 1;
const RUNE2_MAX: i32 = (1 << 11) - 1;
const RUNE3_MAX: i32 = (1 << 16) - 1;
const LOCB: u8 = 0x80;
const HICB: u8 = 0xBF;

#[inline(always)]
fn cont(b: u8) -> bool {
    (LOCB..=HICB).contains(&b)
}

/// Decodes the rune at byte `k` of `s` (Go's decoderune, which compiled
/// `for range` loops call for bytes >= 0x80). Returns the rune and the
/// index after it; past the end, (U+FFFD, k + 1).
pub fn decoderune(s: &[u8], k: usize) -> (i32, usize) {
    if k >= s.len() {
        return (RUNE_ERROR, k + 1);
    }
    let s = &s[k..];
    let b0 = s[0];
    if (T2..T3).contains(&b0) {
        // U+0080..U+07FF: two bytes.
        if s.len() > 1 && cont(s[1]) {
            let r = ((b0 & MASK2) as i32) << 6 | (s[1] & MASKX) as i32;
            if RUNE1_MAX < r {
                return (r, k + 2);
            }
        }
    } else if (T3..T4).contains(&b0) {
        // U+0800..U+FFFF: three bytes.
        if s.len() > 2 && cont(s[1]) && cont(s[2]) {
            let r =
                ((b0 & MASK3) as i32) << 12 | ((s[1] & MASKX) as i32) << 6 | (s[2] & MASKX) as i32;
            if RUNE2_MAX < r && !(SURROGATE_MIN..=SURROGATE_MAX).contains(&r) {
                return (r, k + 3);
            }
        }
    } else if (T4..T5).contains(&b0) {
        // U+10000..U+1FFFFF: four bytes.
        if s.len() > 3 && cont(s[1]) && cont(s[2]) && cont(s[3]) {
            let r = ((b0 & MASK4) as i32) << 18
                | ((s[1] & MASKX) as i32) << 12
                | ((s[2] & MASKX) as i32) << 6
                | (s[3] & MASKX) as i32;
            if RUNE3_MAX < r && r <= MAX_RUNE {
                return (r, k + 4);
            }
        }
    }
    (RUNE_ERROR, k + 1)
}

/// The rune at byte `k` and the index after it, including ASCII (the
/// compiled loop's fast path plus `decoderune`).
#[inline]
pub fn next_rune(s: &[u8], k: usize) -> (i32, usize) {
    let b = s[k];
    if (b as u32) < RUNE_SELF {
        (b as i32, k + 1)
    } else {
        decoderune(s, k)
    }
}

/// Bytes `encoderune` writes for `r` (1..=4).
#[inline]
pub fn runelen(r: i32) -> usize {
    let i = r as u32;
    if i <= RUNE1_MAX as u32 {
        1
    } else if i <= RUNE2_MAX as u32 {
        2
    } else if i <= RUNE3_MAX as u32 || i > MAX_RUNE as u32 {
        3 // surrogates and invalid values become U+FFFD, 3 bytes
    } else {
        4
    }
}

/// Writes the UTF-8 encoding of `r` (U+FFFD if invalid) to `p`, which must
/// have room for it; returns the bytes written (Go's encoderune).
pub fn encoderune(p: &mut [u8], mut r: i32) -> usize {
    let i = r as u32;
    if i <= RUNE1_MAX as u32 {
        p[0] = r as u8;
        return 1;
    }
    if i <= RUNE2_MAX as u32 {
        p[0] = T2 | (r >> 6) as u8;
        p[1] = TX | (r as u8 & MASKX);
        return 2;
    }
    if i > MAX_RUNE as u32 || (SURROGATE_MIN as u32..=SURROGATE_MAX as u32).contains(&i) {
        r = RUNE_ERROR;
    }
    if (r as u32) <= RUNE3_MAX as u32 {
        p[0] = T3 | (r >> 12) as u8;
        p[1] = TX | ((r >> 6) as u8 & MASKX);
        p[2] = TX | (r as u8 & MASKX);
        return 3;
    }
    p[0] = T4 | (r >> 18) as u8;
    p[1] = TX | ((r >> 12) as u8 & MASKX);
    p[2] = TX | ((r >> 6) as u8 & MASKX);
    p[3] = TX | (r as u8 & MASKX);
    4
}

/// Number of runes `for range` yields over `s` (Go's countrunes).
pub fn countrunes(s: &[u8]) -> usize {
    let mut n = 0;
    let mut k = 0;
    while k < s.len() {
        k = next_rune(s, k).1;
        n += 1;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encode_decode_round_trip_every_scalar_value() {
        let mut b = [0u8; 4];
        for r in 0..=MAX_RUNE {
            let n = encoderune(&mut b, r);
            assert_eq!(n, runelen(r));
            let want = if (SURROGATE_MIN..=SURROGATE_MAX).contains(&r) {
                RUNE_ERROR
            } else {
                r
            };
            assert_eq!(next_rune(&b[..n], 0), (want, n), "rune {r:#x}");
            if let Some(c) = char::from_u32(r as u32) {
                assert_eq!(&b[..n], c.to_string().as_bytes());
            }
        }
    }

    #[test]
    fn invalid_encodings_give_fffd_width_1() {
        for s in [
            &b"\x80"[..],
            b"\xc0\x80",
            b"\xc1\xbf",
            b"\xe0\x80\x80",
            b"\xed\xa0\x80",
            b"\xf4\x90\x80\x80",
            b"\xf8\x88\x80\x80\x80",
            b"\xe2\x82",
            b"\xff",
        ] {
            assert_eq!(decoderune(s, 0), (RUNE_ERROR, 1), "{s:x?}");
        }
    }
}
