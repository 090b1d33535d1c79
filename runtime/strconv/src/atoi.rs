//! Integers: Go's `ParseUint`, `ParseInt`, `Atoi` (a port of
//! internal/strconv's atoi.go: the same prefixes, underscore rule, cutoffs
//! and clamped results on overflow) and `FormatInt`/`FormatUint`.

use crate::NumErr;

fn lower(c: u8) -> u8 {
    c | (b'x' - b'X')
}

/// Go's `underscoreOK`: underscores only between digits, or after a base
/// prefix, in a literal that has one.
pub(crate) fn underscore_ok(s: &[u8]) -> bool {
    // saw: b'^' at the start, b'0' after a digit or prefix, b'_' after an
    // underscore, b'!' after anything else.
    let mut saw = b'^';
    let mut s = s;
    if let Some(&c) = s.first()
        && (c == b'-' || c == b'+')
    {
        s = &s[1..];
    }
    let mut i = 0;
    let mut hex = false;
    if s.len() >= 2 && s[0] == b'0' && matches!(lower(s[1]), b'b' | b'o' | b'x') {
        i = 2;
        saw = b'0';
        hex = lower(s[1]) == b'x';
    }
    while i < s.len() {
        let c = s[i];
        i += 1;
        if c.is_ascii_digit() || hex && (b'a'..=b'f').contains(&lower(c)) {
            saw = b'0';
            continue;
        }
        if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
            continue;
        }
        if saw == b'_' {
            return false;
        }
        saw = b'!';
    }
    saw != b'_'
}

/// Go's `strconv.ParseUint`. On a range error the value is the largest of
/// the bit size, as Go returns it.
pub fn parse_uint(s0: &[u8], base: i64, bit_size: i64) -> Result<u64, (u64, NumErr)> {
    if s0.is_empty() {
        return Err((0, NumErr::Syntax));
    }
    let base0 = base == 0;
    let mut s = s0;
    let base: u64 = match base {
        2..=36 => base as u64,
        0 => {
            if s[0] == b'0' {
                if s.len() >= 3 && lower(s[1]) == b'b' {
                    s = &s[2..];
                    2
                } else if s.len() >= 3 && lower(s[1]) == b'o' {
                    s = &s[2..];
                    8
                } else if s.len() >= 3 && lower(s[1]) == b'x' {
                    s = &s[2..];
                    16
                } else {
                    s = &s[1..];
                    8
                }
            } else {
                10
            }
        }
        _ => return Err((0, NumErr::Base)),
    };
    let bit_size = match bit_size {
        0 => 64,
        1..=64 => bit_size as u32,
        _ => return Err((0, NumErr::BitSize)),
    };
    // cutoff: the smallest number such that cutoff*base > u64::MAX.
    let cutoff = u64::MAX / base + 1;
    let max_val = if bit_size == 64 {
        u64::MAX
    } else {
        (1u64 << bit_size) - 1
    };
    let mut underscores = false;
    let mut n: u64 = 0;
    for &c in s {
        let d = match c {
            b'_' if base0 => {
                underscores = true;
                continue;
            }
            b'0'..=b'9' => u64::from(c - b'0'),
            _ if lower(c).is_ascii_lowercase() => u64::from(lower(c) - b'a' + 10),
            _ => return Err((0, NumErr::Syntax)),
        };
        if d >= base {
            return Err((0, NumErr::Syntax));
        }
        if n >= cutoff {
            return Err((max_val, NumErr::Range));
        }
        n *= base;
        let n1 = n.wrapping_add(d);
        if n1 < n || n1 > max_val {
            return Err((max_val, NumErr::Range));
        }
        n = n1;
    }
    if underscores && !underscore_ok(s0) {
        return Err((0, NumErr::Syntax));
    }
    Ok(n)
}

/// Go's `strconv.ParseInt`. On a range error the value is clamped to the
/// bit size's range, as Go returns it.
pub fn parse_int(s0: &[u8], base: i64, bit_size: i64) -> Result<i64, (i64, NumErr)> {
    if s0.is_empty() {
        return Err((0, NumErr::Syntax));
    }
    let (neg, s) = match s0[0] {
        b'+' => (false, &s0[1..]),
        b'-' => (true, &s0[1..]),
        _ => (false, s0),
    };
    let un = match parse_uint(s, base, bit_size) {
        Ok(u) => u,
        Err((u, NumErr::Range)) => u,
        Err((_, e)) => return Err((0, e)),
    };
    let bit_size = if bit_size == 0 { 64 } else { bit_size as u32 };
    let cutoff = 1u64 << (bit_size - 1);
    if !neg && un >= cutoff {
        return Err(((cutoff - 1) as i64, NumErr::Range));
    }
    if neg && un > cutoff {
        return Err((cutoff.wrapping_neg() as i64, NumErr::Range));
    }
    let n = un as i64;
    Ok(if neg { n.wrapping_neg() } else { n })
}

/// Go's `strconv.Atoi` (int is 64 bits).
pub fn atoi(s: &[u8]) -> Result<i64, (i64, NumErr)> {
    if !s.is_empty() && s.len() < 19 {
        let neg = s[0] == b'-';
        let digits = if s[0] == b'-' || s[0] == b'+' {
            if s.len() < 2 {
                return Err((0, NumErr::Syntax));
            }
            &s[1..]
        } else {
            s
        };
        let mut n: i64 = 0;
        for &c in digits {
            let d = c.wrapping_sub(b'0');
            if d > 9 {
                return Err((0, NumErr::Syntax));
            }
            n = n * 10 + i64::from(d);
        }
        return Ok(if neg { -n } else { n });
    }
    parse_int(s, 10, 0)
}

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// Go's `strconv.AppendUint`/`AppendInt` (`neg` prepends a minus to the
/// magnitude `u`); `base` must be in 2..=36.
pub fn append_uint(out: &mut Vec<u8>, mut u: u64, base: u32, neg: bool) {
    let mut tmp = [0u8; 65];
    let mut i = tmp.len();
    let b = u64::from(base);
    loop {
        i -= 1;
        tmp[i] = DIGITS[(u % b) as usize];
        u /= b;
        if u == 0 {
            break;
        }
    }
    if neg {
        i -= 1;
        tmp[i] = b'-';
    }
    out.extend_from_slice(&tmp[i..]);
}

/// Go's `strconv.AppendInt`; `base` must be in 2..=36.
pub fn append_int(out: &mut Vec<u8>, i: i64, base: u32) {
    append_uint(out, i.unsigned_abs(), base, i < 0)
}
