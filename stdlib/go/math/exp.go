package math

// useFMA tells whether the machine has fused multiply-add, which Go's
// amd64 Exp uses when it can: its results differ in the last bit from the
// unfused evaluation, so ours follows the same choice.
var useFMA = hasFMA()

// hasFMA reports whether the CPU has AVX and FMA3, as Go's internal/cpu
// reports them (cpu.X86.HasAVX && cpu.X86.HasFMA). Native.
func hasFMA() bool

// Exp returns e**x: +Inf for x > 709.78..., 0 for -Inf, x for +Inf and
// NaN.
//
// This is the algorithm of Go's amd64 assembly (from Shibata's SLEEF: a
// reduction by multiples of ln 2, a Taylor polynomial of the sixteenth of
// the rest, squared back four times), which is what Go programs on amd64
// compute, rather than the fdlibm algorithm of Go's portable code.
func Exp(x float64) float64 {
	const (
		Log2e    = 1.4426950408889634073599246810018920
		Ln2U     = 0.69314718055966295651160180568695068359375 // upper part of ln 2
		Ln2L     = 0.28235290563031577122588448175013436025525412068e-12
		Overflow = 7.09782712893384e+02
		// Taylor coefficients 1/n! for n = 2, ..., 8
		c2, c3, c4 = 0.5, 1.6666666666666666667e-1, 4.1666666666666666667e-2
		c5, c6     = 8.3333333333333333333e-3, 1.3888888888888888889e-3
		c7, c8     = 1.9841269841269841270e-4, 2.4801587301587301587e-5
	)
	bx := Float64bits(x)
	if bx&^signMask >= uvinf {
		if bx == uvneginf {
			return 0
		}
		return x // +Inf or NaN
	}
	if x > Overflow {
		return Inf(1)
	}
	k := roundToInt32(Log2e * x)
	fk := float64(k)
	if useFMA {
		x = FMA(-fk, Ln2U, x)
		x = FMA(-fk, Ln2L, x)
		x *= 0.0625
		p := FMA(c8, x, c7)
		p = FMA(p, x, c6)
		p = FMA(p, x, c5)
		p = FMA(p, x, c4)
		p = FMA(p, x, c3)
		p = FMA(p, x, c2)
		p = FMA(p, x, 1)
		x *= p
		// (1+x)**2 - 1 = x*(x+2), four times: e**(16r) - 1.
		x *= x + 2
		x *= x + 2
		x *= x + 2
		x = FMA(x+2, x, 1)
	} else {
		x -= Ln2U * fk
		x -= Ln2L * fk
		x *= 0.0625
		p := c8*x + c7
		p = p*x + c6
		p = p*x + c5
		p = p*x + c4
		p = p*x + c3
		p = p*x + c2
		p = p*x + 1
		x *= p
		x *= 2 + x
		x *= 2 + x
		x *= 2 + x
		x *= 2 + x
		x += 1
	}
	// Multiply by 2**k, through a denormal power in two steps.
	e := k + 0x3FF
	if e <= 0 {
		if e < -52 {
			return 0
		}
		x *= Float64frombits(uint64(e+0x3FE) << 52)
		e = 1
	} else if e >= 0x7FF {
		return Inf(1)
	}
	return x * Float64frombits(uint64(e)<<52)
}

// roundToInt32 converts v to the nearest int32, ties to even, as the
// CVTSD2SL instruction does; out of range, its "integer indefinite"
// MinInt32.
func roundToInt32(v float64) int32 {
	r := RoundToEven(v)
	if r >= MinInt32 && r <= MaxInt32 {
		return int32(r)
	}
	return MinInt32
}

// Exp2 returns 2**x: +Inf for large x, 0 for very negative x, x for +Inf
// and NaN.
func Exp2(x float64) float64 {
	const (
		Ln2Hi     = 6.93147180369123816490e-01
		Ln2Lo     = 1.90821492927058770002e-10
		Overflow  = 1.0239999999999999e+03
		Underflow = -1.0740e+03
	)
	switch {
	case IsNaN(x):
		return x
	case x > Overflow:
		return Inf(1)
	case x < Underflow:
		return 0
	}
	// x = k + t with |t| <= 1/2; 2**x = 2**k * e**(t ln 2).
	var k int
	switch {
	case x > 0:
		k = int(x + 0.5)
	case x < 0:
		k = int(x - 0.5)
	}
	t := x - float64(k)
	hi := t * Ln2Hi
	lo := -t * Ln2Lo
	return expmulti(hi, lo, k)
}

// expmulti returns e**r × 2**k where r = hi - lo and |r| <= ln(2)/2, by
// fdlibm's rational approximation.
func expmulti(hi, lo float64, k int) float64 {
	const (
		P1 = 1.66666666666666657415e-01  // 0x3FC55555; 0x55555555
		P2 = -2.77777777770155933842e-03 // 0xBF66C16C; 0x16BEBD93
		P3 = 6.61375632143793436117e-05  // 0x3F11566A; 0xAF25DE2C
		P4 = -1.65339022054652515390e-06 // 0xBEBBBD41; 0xC5D26BF1
		P5 = 4.13813679705723846039e-08  // 0x3E663769; 0x72BEA4D0
	)
	r := hi - lo
	t := r * r
	c := r - t*(P1+t*(P2+t*(P3+t*(P4+t*P5))))
	y := 1 - ((lo - (r*c)/(2-c)) - hi)
	return Ldexp(y, k)
}

// Expm1 returns e**x - 1, accurate also for x near 0: -1 for -Inf, x for
// +Inf and NaN. (fdlibm's algorithm.)
func Expm1(x float64) float64 {
	const (
		Othreshold = 7.09782712893383973096e+02 // 0x40862E42FEFA39EF
		Ln2X56     = 3.88162421113569373274e+01 // 0x4043687a9f1af2b1
		Ln2HalfX3  = 1.03972077083991796413e+00 // 0x3ff0a2b23f3bab73
		Ln2Half    = 3.46573590279972654709e-01 // 0x3fd62e42fefa39ef
		Ln2Hi      = 6.93147180369123816490e-01 // 0x3fe62e42fee00000
		Ln2Lo      = 1.90821492927058770002e-10 // 0x3dea39ef35793c76
		InvLn2     = 1.44269504088896338700e+00 // 0x3ff71547652b82fe
		Tiny       = 1.0 / (1 << 54)            // 2**-54 = 0x3c90000000000000
		// coefficients of the rational approximation on [0, ln 2 / 2]
		Q1 = -3.33333333333331316428e-02 // 0xBFA11111111110F4
		Q2 = 1.58730158725481460165e-03  // 0x3F5A01A019FE5585
		Q3 = -7.93650757867487942473e-05 // 0xBF14CE199EAADBB7
		Q4 = 4.00821782732936239552e-06  // 0x3ED0CFCA86E65239
		Q5 = -2.01099218183624371326e-07 // 0xBE8AFDB76E09C32D
	)
	switch {
	case IsInf(x, 1) || IsNaN(x):
		return x
	case IsInf(x, -1):
		return -1
	}
	absx := x
	sign := false
	if x < 0 {
		absx = -absx
		sign = true
	}
	if absx >= Ln2X56 {
		if sign {
			return -1 // e**x is below half an ulp of 1
		}
		if absx >= Othreshold {
			return Inf(1)
		}
	}
	// Reduce x to hi - lo = x - k ln 2, with c the rounding error of the
	// subtraction.
	var c float64
	var k int
	if absx > Ln2Half {
		var hi, lo float64
		if absx < Ln2HalfX3 {
			if !sign {
				hi, lo, k = x-Ln2Hi, Ln2Lo, 1
			} else {
				hi, lo, k = x+Ln2Hi, -Ln2Lo, -1
			}
		} else {
			if !sign {
				k = int(InvLn2*x + 0.5)
			} else {
				k = int(InvLn2*x - 0.5)
			}
			t := float64(k)
			hi = x - t*Ln2Hi // exact
			lo = t * Ln2Lo
		}
		x = hi - lo
		c = (hi - x) - lo
	} else if absx < Tiny {
		return x
	} else {
		k = 0
	}
	hfx := 0.5 * x
	hxs := x * hfx
	r1 := 1 + hxs*(Q1+hxs*(Q2+hxs*(Q3+hxs*(Q4+hxs*Q5))))
	t := 3 - r1*hfx
	e := hxs * ((r1 - t) / (6.0 - x*t))
	if k == 0 {
		return x - (x*e - hxs) // c is 0
	}
	e = x*(e-c) - c
	e -= hxs
	switch {
	case k == -1:
		return 0.5*(x-e) - 0.5
	case k == 1:
		if x < -0.25 {
			return -2 * (e - (x + 0.5))
		}
		return 1 + 2*(x-e)
	case k <= -2 || k > 56:
		// e**x - 1 rounds like e**x: add k to the exponent of e**r.
		y := 1 - (e - x)
		y = Float64frombits(Float64bits(y) + uint64(k)<<52)
		return y - 1
	}
	if k < 20 {
		t := Float64frombits(0x3ff0000000000000 - (0x20000000000000 >> uint(k))) // 1 - 2**-k
		y := t - (e - x)
		return Float64frombits(Float64bits(y) + uint64(k)<<52)
	}
	t = Float64frombits(uint64(0x3ff-k) << 52) // 2**-k
	y := x - (e + t)
	y++
	return Float64frombits(Float64bits(y) + uint64(k)<<52)
}
