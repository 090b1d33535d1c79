package math

// Bessel functions of the first (J) and second (Y) kinds, by fdlibm's
// e_j0.c, e_j1.c and e_jn.c: rational approximations below 2, and above,
// the asymptotic form sqrt(2/(πx)) (P cos(x-x0) - Q sin(x-x0)) with P and Q
// approximated per interval (bessel_tables.go), the trigonometric part
// computed without cancellation.

// besselTables picks the coefficient tables for x >= 2.
func besselTables[S any](x float64, r8, r5, r3, r2 *[6]float64, s8, s5, s3, s2 *S) (*[6]float64, *S) {
	switch {
	case x >= 8:
		return r8, s8
	case x >= 4.5454:
		return r5, s5
	case x >= 2.8571:
		return r3, s3
	}
	return r2, s2
}

// pzero and qzero are P and Q of order 0.
func pzero(x float64) float64 {
	p, q := besselTables(x, &p0R8, &p0R5, &p0R3, &p0R2, &p0S8, &p0S5, &p0S3, &p0S2)
	z := 1 / (x * x)
	r := p[0] + z*(p[1]+z*(p[2]+z*(p[3]+z*(p[4]+z*p[5]))))
	s := 1 + z*(q[0]+z*(q[1]+z*(q[2]+z*(q[3]+z*q[4]))))
	return 1 + r/s
}

func qzero(x float64) float64 {
	p, q := besselTables(x, &q0R8, &q0R5, &q0R3, &q0R2, &q0S8, &q0S5, &q0S3, &q0S2)
	z := 1 / (x * x)
	r := p[0] + z*(p[1]+z*(p[2]+z*(p[3]+z*(p[4]+z*p[5]))))
	s := 1 + z*(q[0]+z*(q[1]+z*(q[2]+z*(q[3]+z*(q[4]+z*q[5])))))
	return (-0.125 + r/s) / x
}

// pone and qone are P and Q of order 1.
func pone(x float64) float64 {
	p, q := besselTables(x, &p1R8, &p1R5, &p1R3, &p1R2, &p1S8, &p1S5, &p1S3, &p1S2)
	z := 1 / (x * x)
	r := p[0] + z*(p[1]+z*(p[2]+z*(p[3]+z*(p[4]+z*p[5]))))
	s := 1.0 + z*(q[0]+z*(q[1]+z*(q[2]+z*(q[3]+z*q[4]))))
	return 1 + r/s
}

func qone(x float64) float64 {
	p, q := besselTables(x, &q1R8, &q1R5, &q1R3, &q1R2, &q1S8, &q1S5, &q1S3, &q1S2)
	z := 1 / (x * x)
	r := p[0] + z*(p[1]+z*(p[2]+z*(p[3]+z*(p[4]+z*p[5]))))
	s := 1 + z*(q[0]+z*(q[1]+z*(q[2]+z*(q[3]+z*(q[4]+z*q[5])))))
	return (0.375 + r/s) / x
}

// trig0 returns sin(x)+cos(x) and sin(x)-cos(x) (order 0's cos(x-π/4) and
// sin(x-π/4), times √2), the one near zero recomputed from cos(2x) to
// avoid cancellation.
func trig0(x float64) (ss, cc float64) {
	s, c := Sincos(x)
	ss = s - c
	cc = s + c
	if x < MaxFloat64/2 { // x+x does not overflow
		z := -Cos(x + x)
		if s*c < 0 {
			cc = z / ss
		} else {
			ss = z / cc
		}
	}
	return ss, cc
}

// trig1 is trig0 for order 1 (x - 3π/4).
func trig1(x float64) (ss, cc float64) {
	s, c := Sincos(x)
	ss = -s - c
	cc = s - c
	if x < MaxFloat64/2 {
		z := Cos(x + x)
		if s*c > 0 {
			cc = z / ss
		} else {
			ss = z / cc
		}
	}
	return ss, cc
}

// J0 returns the Bessel function of the first kind of order zero.
func J0(x float64) float64 {
	const (
		TwoM27 = 1.0 / (1 << 27)
		TwoM13 = 1.0 / (1 << 13)
		Two129 = 1 << 129
		// J0 on [0, 2): 1 - x²/4 + x² r(x²)/s(x²)
		R02 = 1.56249999999999947958e-02  // 0x3F8FFFFFFFFFFFFD
		R03 = -1.89979294238854721751e-04 // 0xBF28E6A5B61AC6E9
		R04 = 1.82954049532700665670e-06  // 0x3EBEB1D10C503919
		R05 = -4.61832688532103189199e-09 // 0xBE33D5E773D63FCE
		S01 = 1.56191029464890010492e-02  // 0x3F8FFCE882C8C2A4
		S02 = 1.16926784663337450260e-04  // 0x3F1EA6D2DD57DBF4
		S03 = 5.13546550207318111446e-07  // 0x3EA13B54CE84D5A9
		S04 = 1.16614003333790000205e-09  // 0x3E1408BCF4745D8F
	)
	switch {
	case IsNaN(x):
		return x
	case IsInf(x, 0):
		return 0
	case x == 0:
		return 1
	}
	x = Abs(x)
	if x >= 2 {
		ss, cc := trig0(x)
		if x > Two129 {
			return (1 / SqrtPi) * cc / Sqrt(x)
		}
		u, v := pzero(x), qzero(x)
		return (1 / SqrtPi) * (u*cc - v*ss) / Sqrt(x)
	}
	if x < TwoM13 {
		if x < TwoM27 {
			return 1
		}
		return 1 - 0.25*x*x
	}
	z := x * x
	r := z * (R02 + z*(R03+z*(R04+z*R05)))
	s := 1 + z*(S01+z*(S02+z*(S03+z*S04)))
	if x < 1 {
		return 1 + z*(-0.25+(r/s))
	}
	u := 0.5 * x
	return (1+u)*(1-u) + z*(r/s)
}

// Y0 returns the Bessel function of the second kind of order zero: NaN
// for x < 0, -Inf for 0.
func Y0(x float64) float64 {
	const (
		TwoM27 = 1.0 / (1 << 27)
		Two129 = 1 << 129
		// Y0 on (0, 2): u(x²)/v(x²) + (2/π) J0(x) log(x)
		U00 = -7.38042951086872317523e-02 // 0xBFB2E4D699CBD01F
		U01 = 1.76666452509181115538e-01  // 0x3FC69D019DE9E3FC
		U02 = -1.38185671945596898896e-02 // 0xBF8C4CE8B16CFA97
		U03 = 3.47453432093683650238e-04  // 0x3F36C54D20B29B6B
		U04 = -3.81407053724364161125e-06 // 0xBECFFEA773D25CAD
		U05 = 1.95590137035022920206e-08  // 0x3E5500573B4EABD4
		U06 = -3.98205194132103398453e-11 // 0xBDC5E43D693FB3C8
		V01 = 1.27304834834123699328e-02  // 0x3F8A127091C9C71A
		V02 = 7.60068627350353253702e-05  // 0x3F13ECBBF578C6C1
		V03 = 2.59150851840457805467e-07  // 0x3E91642D7FF202FD
		V04 = 4.41110311332675467403e-10  // 0x3DFE50183BD6D9EF
	)
	switch {
	case x < 0 || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	case x == 0:
		return Inf(-1)
	}
	if x >= 2 {
		ss, cc := trig0(x)
		if x > Two129 {
			return (1 / SqrtPi) * ss / Sqrt(x)
		}
		u, v := pzero(x), qzero(x)
		return (1 / SqrtPi) * (u*ss + v*cc) / Sqrt(x)
	}
	if x <= TwoM27 {
		return U00 + (2/Pi)*Log(x)
	}
	z := x * x
	u := U00 + z*(U01+z*(U02+z*(U03+z*(U04+z*(U05+z*U06)))))
	v := 1 + z*(V01+z*(V02+z*(V03+z*V04)))
	return u/v + (2/Pi)*J0(x)*Log(x)
}

// J1 returns the Bessel function of the first kind of order one.
func J1(x float64) float64 {
	const (
		TwoM27 = 1.0 / (1 << 27)
		Two129 = 1 << 129
		// J1 on [0, 2): x/2 + x r(x²)/s(x²)
		R00 = -6.25000000000000000000e-02 // 0xBFB0000000000000
		R01 = 1.40705666955189706048e-03  // 0x3F570D9F98472C61
		R02 = -1.59955631084035597520e-05 // 0xBEF0C5C6BA169668
		R03 = 4.96727999609584448412e-08  // 0x3E6AAAFA46CA0BD9
		S01 = 1.91537599538363460805e-02  // 0x3F939D0B12637E53
		S02 = 1.85946785588630915560e-04  // 0x3F285F56B9CDF664
		S03 = 1.17718464042623683263e-06  // 0x3EB3BFF8333F8498
		S04 = 5.04636257076217042715e-09  // 0x3E35AC88C97DFF2C
		S05 = 1.23542274426137913908e-11  // 0x3DAB2ACFCFB97ED8
	)
	switch {
	case IsNaN(x):
		return x
	case IsInf(x, 0) || x == 0:
		return 0
	}
	sign := false
	if x < 0 {
		x = -x
		sign = true
	}
	var z float64
	switch {
	case x >= 2:
		ss, cc := trig1(x)
		if x > Two129 {
			z = (1 / SqrtPi) * cc / Sqrt(x)
		} else {
			u, v := pone(x), qone(x)
			z = (1 / SqrtPi) * (u*cc - v*ss) / Sqrt(x)
		}
	case x < TwoM27:
		return 0.5 * x
	default:
		z = x * x
		r := z * (R00 + z*(R01+z*(R02+z*R03)))
		s := 1.0 + z*(S01+z*(S02+z*(S03+z*(S04+z*S05))))
		r *= x
		z = 0.5*x + r/s
	}
	if sign {
		return -z
	}
	return z
}

// Y1 returns the Bessel function of the second kind of order one: NaN for
// x < 0, -Inf for 0.
func Y1(x float64) float64 {
	const (
		TwoM54 = 1.0 / (1 << 54)
		Two129 = 1 << 129
		// Y1 on (0, 2): x u(x²)/v(x²) + (2/π)(J1(x) log(x) - 1/x)
		U00 = -1.96057090646238940668e-01 // 0xBFC91866143CBC8A
		U01 = 5.04438716639811282616e-02  // 0x3FA9D3C776292CD1
		U02 = -1.91256895875763547298e-03 // 0xBF5F55E54844F50F
		U03 = 2.35252600561610495928e-05  // 0x3EF8AB038FA6B88E
		U04 = -9.19099158039878874504e-08 // 0xBE78AC00569105B8
		V00 = 1.99167318236649903973e-02  // 0x3F94650D3F4DA9F0
		V01 = 2.02552581025135171496e-04  // 0x3F2A8C896C257764
		V02 = 1.35608801097516229404e-06  // 0x3EB6C05A894E8CA6
		V03 = 6.22741452364621501295e-09  // 0x3E3ABF1D5BA69A86
		V04 = 1.66559246207992079114e-11  // 0x3DB25039DACA772A
	)
	switch {
	case x < 0 || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	case x == 0:
		return Inf(-1)
	}
	if x >= 2 {
		ss, cc := trig1(x)
		if x > Two129 {
			return (1 / SqrtPi) * ss / Sqrt(x)
		}
		u, v := pone(x), qone(x)
		return (1 / SqrtPi) * (u*ss + v*cc) / Sqrt(x)
	}
	if x <= TwoM54 {
		return -(2 / Pi) / x
	}
	z := x * x
	u := U00 + z*(U01+z*(U02+z*(U03+z*U04)))
	v := 1 + z*(V00+z*(V01+z*(V02+z*(V03+z*V04))))
	return x*(u/v) + (2/Pi)*(J1(x)*Log(x)-1/x)
}

// Jn returns the Bessel function of the first kind of order n.
func Jn(n int, x float64) float64 {
	const (
		TwoM29 = 1.0 / (1 << 29)
		Two302 = 1 << 302
	)
	switch {
	case IsNaN(x):
		return x
	case IsInf(x, 0):
		return 0
	}
	if n == 0 {
		return J0(x)
	}
	if x == 0 {
		return 0
	}
	if n < 0 {
		n, x = -n, -x // J(-n, x) = J(n, -x)
	}
	if n == 1 {
		return J1(x)
	}
	sign := false
	if x < 0 {
		x = -x
		if n&1 == 1 {
			sign = true // J(n, -x) = -J(n, x) for odd n
		}
	}
	var b float64
	if float64(n) <= x {
		if x >= Two302 {
			// The asymptotic form: cos(x - (2n+1)π/4) by n's quadrant.
			var temp float64
			switch s, c := Sincos(x); n & 3 {
			case 0:
				temp = c + s
			case 1:
				temp = -c + s
			case 2:
				temp = -c - s
			case 3:
				temp = c - s
			}
			b = (1 / SqrtPi) * temp / Sqrt(x)
		} else {
			// Forward recurrence, stable for n <= x.
			b = J1(x)
			for i, a := 1, J0(x); i < n; i++ {
				a, b = b, b*(float64(i+i)/x)-a
			}
		}
	} else {
		if x < TwoM29 {
			// The first term of the series: (x/2)**n / n!.
			if n > 33 {
				b = 0 // underflows
			} else {
				temp := x * 0.5
				b = temp
				a := 1.0
				for i := 2; i <= n; i++ {
					a *= float64(i)
					b *= temp
				}
				b /= a
			}
		} else {
			// Backward recurrence from a continued fraction, normalized
			// by J0 (Miller's algorithm); k is the number of terms the
			// fraction needs, found with the recurrence of its
			// convergents.
			w := float64(n+n) / x
			h := 2 / x
			q0 := w
			z := w + h
			q1 := w*z - 1
			k := 1
			for q1 < 1e9 {
				k++
				z += h
				q0, q1 = q1, z*q1-q0
			}
			m := n + n
			t := 0.0
			for i := 2 * (n + k); i >= m; i -= 2 {
				t = 1 / (float64(i)/x - t)
			}
			a := t
			b = 1
			// Rescale during the recurrence if it might overflow.
			tmp := float64(n)
			v := 2 / x
			tmp = tmp * Log(Abs(v*tmp))
			if tmp < 7.09782712893383973096e+02 {
				for i := n - 1; i > 0; i-- {
					di := float64(i + i)
					a, b = b, b*di/x-a
				}
			} else {
				for i := n - 1; i > 0; i-- {
					di := float64(i + i)
					a, b = b, b*di/x-a
					if b > 1e100 {
						a /= b
						t /= b
						b = 1
					}
				}
			}
			b = t * J0(x) / b
		}
	}
	if sign {
		return -b
	}
	return b
}

// Yn returns the Bessel function of the second kind of order n: NaN for
// x < 0, ±Inf for 0 (by n's sign and parity).
func Yn(n int, x float64) float64 {
	const Two302 = 1 << 302
	switch {
	case x < 0 || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	}
	if n == 0 {
		return Y0(x)
	}
	if x == 0 {
		if n < 0 && n&1 == 1 {
			return Inf(1)
		}
		return Inf(-1)
	}
	sign := false
	if n < 0 {
		n = -n
		if n&1 == 1 {
			sign = true // Y(-n, x) = -Y(n, x) for odd n
		}
	}
	if n == 1 {
		if sign {
			return -Y1(x)
		}
		return Y1(x)
	}
	var b float64
	if x >= Two302 {
		var temp float64
		switch s, c := Sincos(x); n & 3 {
		case 0:
			temp = s - c
		case 1:
			temp = -s - c
		case 2:
			temp = -s + c
		case 3:
			temp = s + c
		}
		b = (1 / SqrtPi) * temp / Sqrt(x)
	} else {
		// Forward recurrence, stable for Y; stop at -Inf.
		a := Y0(x)
		b = Y1(x)
		for i := 1; i < n && !IsInf(b, -1); i++ {
			a, b = b, (float64(i+i)/x)*b-a
		}
	}
	if sign {
		return -b
	}
	return b
}
