//! Complex division, Go's `complex.go`: compiled code calls it for `/` on
//! complex values (complex64 through complex128, as gc does).

/// Two float64 results, returned in xmm0:xmm1.
#[repr(C)]
pub struct Complex128 {
    pub re: f64,
    pub im: f64,
}

fn inf2one(f: f64) -> f64 {
    if f.is_infinite() {
        1f64.copysign(f)
    } else {
        0f64.copysign(f)
    }
}

/// `n / m` by Smith's algorithm, with C99's corrections (Annex G.5.1) when
/// both parts come out NaN: a finite or infinite dividend over zero is
/// infinite, an infinite one over a finite divisor infinite, a finite one
/// over an infinite divisor zero — exactly `runtime.complex128div`.
#[unsafe(no_mangle)]
pub extern "C" fn gorun_complex128div(a: f64, b: f64, c: f64, d: f64) -> Complex128 {
    let (mut e, mut f);
    if c.abs() >= d.abs() {
        let ratio = d / c;
        let denom = c + ratio * d;
        e = (a + b * ratio) / denom;
        f = (b - a * ratio) / denom;
    } else {
        let ratio = c / d;
        let denom = d + ratio * c;
        e = (a * ratio + b) / denom;
        f = (b * ratio - a) / denom;
    }
    if e.is_nan() && f.is_nan() {
        let inf = f64::INFINITY;
        if c == 0.0 && d == 0.0 && (!a.is_nan() || !b.is_nan()) {
            e = inf.copysign(c) * a;
            f = inf.copysign(c) * b;
        } else if (a.is_infinite() || b.is_infinite()) && c.is_finite() && d.is_finite() {
            let (a, b) = (inf2one(a), inf2one(b));
            e = inf * (a * c + b * d);
            f = inf * (b * c - a * d);
        } else if (c.is_infinite() || d.is_infinite()) && a.is_finite() && b.is_finite() {
            let (c, d) = (inf2one(c), inf2one(d));
            e = 0.0 * (a * c + b * d);
            f = 0.0 * (b * c - a * d);
        }
    }
    Complex128 { re: e, im: f }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn division_matches_go_at_the_edges() {
        let q = |a, b, c, d| {
            let r = gorun_complex128div(a, b, c, d);
            (r.re, r.im)
        };
        assert_eq!(q(1.0, 2.0, 3.0, 4.0), (0.44, 0.08));
        let (re, im) = q(1.0, 2.0, 0.0, 0.0);
        assert!(re == f64::INFINITY && im == f64::INFINITY);
        let (re, im) = q(f64::INFINITY, 0.0, 1.0, 1.0);
        assert!(re == f64::INFINITY && im == f64::NEG_INFINITY);
        assert_eq!(q(1.0, 1.0, f64::INFINITY, 0.0), (0.0, 0.0));
        let (re, im) = q(f64::NAN, f64::NAN, 0.0, 0.0);
        assert!(re.is_nan() && im.is_nan());
    }
}
