package math

// Log returns the natural logarithm of x: -Inf for ±0, NaN for x < 0
// (and negative NaNs), x for +Inf and NaN.
//
// This is the computation of Go's amd64 assembly: fdlibm's algorithm,
// with the exponent and mantissa taken from the bits directly (so a
// denormal x is read as if its exponent were -1022) and the mantissa
// halved when it is at most √2/2.
func Log(x float64) float64 {
	const (
		HSqrt2 = 7.07106781186547524401e-01 // √2/2
		Ln2Hi  = 6.93147180369123816490e-01 // 0x3fe62e42fee00000
		Ln2Lo  = 1.90821492927058770002e-10 // 0x3dea39ef35793c76
		L1     = 6.666666666666735130e-01   // 0x3FE5555555555593
		L2     = 3.999999999940941908e-01   // 0x3FD999999997FA04
		L3     = 2.857142874366239149e-01   // 0x3FD2492494229359
		L4     = 2.222219843214978396e-01   // 0x3FCC71C51D8E78AF
		L5     = 1.818357216161805012e-01   // 0x3FC7466496CB03DE
		L6     = 1.531383769920937332e-01   // 0x3FC39A09D078C69F
		L7     = 1.479819860511658591e-01   // 0x3FC2F112DF3E5244
	)
	bx := Float64bits(x)
	switch {
	case bx&^signMask == 0:
		return Inf(-1)
	case bx&signMask != 0:
		return NaN()
	case bx >= uvinf:
		return x // +Inf or NaN
	}
	f1 := Float64frombits(bx&fracMask | 0x3FE0000000000000) // in [0.5, 1)
	k := float64(int32(bx>>shift&mask) - 0x3FE)
	if f1 <= HSqrt2 {
		k--
		f1 *= 2
	}
	f := f1 - 1
	s := f / (2 + f)
	s2 := s * s
	s4 := s2 * s2
	t1 := s2 * (L1 + s4*(L3+s4*(L5+s4*L7)))
	t2 := s4 * (L2 + s4*(L4+s4*L6))
	R := t1 + t2
	hfsq := 0.5 * f * f
	return k*Ln2Hi - ((hfsq - (s*(hfsq+R) + k*Ln2Lo)) - f)
}

// Log10 returns the decimal logarithm of x.
func Log10(x float64) float64 { return Log(x) * (1 / Ln10) }

// Log2 returns the binary logarithm of x, exact for powers of two.
func Log2(x float64) float64 {
	frac, exp := Frexp(x)
	if frac == 0.5 {
		return float64(exp - 1)
	}
	return Log(frac)*(1/Ln2) + float64(exp)
}

// Log1p returns the natural logarithm of 1+x, accurate also for x near 0:
// -Inf for -1, NaN below, x for +Inf and NaN. (fdlibm's algorithm.)
func Log1p(x float64) float64 {
	const (
		Sqrt2M1     = 4.142135623730950488017e-01  // Sqrt(2)-1 = 0x3fda827999fcef34
		Sqrt2HalfM1 = -2.928932188134524755992e-01 // Sqrt(2)/2-1 = 0xbfd2bec333018866
		Small       = 1.0 / (1 << 29)              // 2**-29 = 0x3e20000000000000
		Tiny        = 1.0 / (1 << 54)              // 2**-54
		Two53       = 1 << 53                      // 2**53
		Ln2Hi       = 6.93147180369123816490e-01   // 3fe62e42fee00000
		Ln2Lo       = 1.90821492927058770002e-10   // 3dea39ef35793c76
		Lp1         = 6.666666666666735130e-01     // 3FE5555555555593
		Lp2         = 3.999999999940941908e-01     // 3FD999999997FA04
		Lp3         = 2.857142874366239149e-01     // 3FD2492494229359
		Lp4         = 2.222219843214978396e-01     // 3FCC71C51D8E78AF
		Lp5         = 1.818357216161805012e-01     // 3FC7466496CB03DE
		Lp6         = 1.531383769920937332e-01     // 3FC39A09D078C69F
		Lp7         = 1.479819860511658591e-01     // 3FC2F112DF3E5244
	)
	switch {
	case x < -1 || IsNaN(x):
		return NaN()
	case x == -1:
		return Inf(-1)
	case IsInf(x, 1):
		return Inf(1)
	}
	absx := Abs(x)
	var f float64
	var iu uint64
	k := 1
	if absx < Sqrt2M1 {
		if absx < Small {
			if absx < Tiny {
				return x
			}
			return x - x*x*0.5
		}
		if x > Sqrt2HalfM1 {
			// -0.2929 < x < 0.41422: no reduction
			k = 0
			f = x
			iu = 1
		}
	}
	var c float64 // the rounding error of 1+x, relative
	if k != 0 {
		var u float64
		if absx < Two53 {
			u = 1.0 + x
			iu = Float64bits(u)
			k = int((iu >> 52) - 1023)
			if k > 0 {
				c = 1.0 - (u - x)
			} else {
				c = x - (u - 1.0)
			}
			c /= u
		} else {
			u = x
			iu = Float64bits(u)
			k = int((iu >> 52) - 1023)
			c = 0
		}
		iu &= 0x000fffffffffffff
		if iu < 0x0006a09e667f3bcd { // mantissa of √2
			u = Float64frombits(iu | 0x3ff0000000000000)
		} else {
			k++
			u = Float64frombits(iu | 0x3fe0000000000000) // u/2
			iu = (0x0010000000000000 - iu) >> 2
		}
		f = u - 1.0 // √2/2 < u < √2
	}
	hfsq := 0.5 * f * f
	var s, R, z float64
	if iu == 0 { // |f| < 2**-20
		if f == 0 {
			if k == 0 {
				return 0
			}
			c += float64(k) * Ln2Lo
			return float64(k)*Ln2Hi + c
		}
		R = hfsq * (1.0 - 0.66666666666666666*f)
		if k == 0 {
			return f - R
		}
		return float64(k)*Ln2Hi - ((R - (float64(k)*Ln2Lo + c)) - f)
	}
	s = f / (2.0 + f)
	z = s * s
	R = z * (Lp1 + z*(Lp2+z*(Lp3+z*(Lp4+z*(Lp5+z*(Lp6+z*Lp7))))))
	if k == 0 {
		return f - (hfsq - s*(hfsq+R))
	}
	return float64(k)*Ln2Hi - ((hfsq - (s*(hfsq+R) + (float64(k)*Ln2Lo + c))) - f)
}
