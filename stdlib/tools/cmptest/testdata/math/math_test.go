package math_test

import (
	"math"
	"math/rand"
	"testing"

	ours "gorunstd/math"
)

// inputs: special values, values near every threshold the algorithms
// test, integers and half-integers, random bit patterns, and random values
// of every magnitude.
func inputs() []float64 {
	xs := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, -2, 3, 10, 0.1, math.Inf(1), math.Inf(-1), math.NaN(),
		math.Float64frombits(0x7FF8000000000002), math.Float64frombits(0xFFF8000000000001), math.Float64frombits(0x7FF0000000000001),
		math.MaxFloat64, -math.MaxFloat64, math.SmallestNonzeroFloat64, -math.SmallestNonzeroFloat64, 2.2250738585072014e-308,
		math.Pi, math.Pi / 2, math.Pi / 4, -math.Pi, math.E, math.Sqrt2 / 2, 0.7071067811865476, 0.7071067811865475,
		709.782712893384, 709.78, 709.79, -745.13, -745.14, -708, -709, -744, 1023.9, 1024, -1074, -1075,
		1 << 28, 1 << 29, 1<<29 + 0.5, 1e300, -1e300, 1e-300, 21, 21.5, 0.625, 0.66, 2.414213562373095, 0.7, 0.9999999, 1.0000001,
		88.0296919311130543, 44.0148459655565271, 1 << 53, 1<<53 + 2, 1 << 63, 4.5, -4.5, 5.5, 2.5, -2.5, 1e15 + 0.5,
		0.34657359027997264, 1.0397207708399179, 38.816242111356935, 0.41421356237309503, -0.2928932188134524}
	for i := -60; i <= 60; i++ {
		xs = append(xs, float64(i), float64(i)+0.5, float64(i)/7, math.Ldexp(1, i*17), -math.Ldexp(1.5, i*17))
	}
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 4000; i++ {
		xs = append(xs, math.Float64frombits(rng.Uint64()))
	}
	for i := 0; i < 6000; i++ {
		e := rng.Intn(80) - 40
		x := (rng.Float64()*2 - 1) * math.Ldexp(1, e)
		xs = append(xs, x)
	}
	for i := 0; i < 3000; i++ {
		xs = append(xs, (rng.Float64()*2-1)*800, (rng.Float64()*2-1)*4, rng.Float64()*1e-300)
	}
	return xs
}

// same reports whether a and b are the same bits, or both NaN (Go's NaN
// payloads are checked where a function returns its argument).
func same(a, b float64) bool {
	return math.Float64bits(a) == math.Float64bits(b)
}

func TestUnary(t *testing.T) {
	funcs := []struct {
		name string
		a, b func(float64) float64
	}{
		{"Abs", ours.Abs, math.Abs},
		{"Acos", ours.Acos, math.Acos},
		{"Acosh", ours.Acosh, math.Acosh},
		{"Asin", ours.Asin, math.Asin},
		{"Asinh", ours.Asinh, math.Asinh},
		{"Atan", ours.Atan, math.Atan},
		{"Atanh", ours.Atanh, math.Atanh},
		{"Cbrt", ours.Cbrt, math.Cbrt},
		{"Cos", ours.Cos, math.Cos},
		{"Cosh", ours.Cosh, math.Cosh},
		{"Erf", ours.Erf, math.Erf},
		{"Erfc", ours.Erfc, math.Erfc},
		{"Erfinv", ours.Erfinv, math.Erfinv},
		{"Erfcinv", ours.Erfcinv, math.Erfcinv},
		{"Exp", ours.Exp, math.Exp},
		{"Exp2", ours.Exp2, math.Exp2},
		{"Expm1", ours.Expm1, math.Expm1},
		{"Gamma", ours.Gamma, math.Gamma},
		{"J0", ours.J0, math.J0},
		{"J1", ours.J1, math.J1},
		{"Log", ours.Log, math.Log},
		{"Log10", ours.Log10, math.Log10},
		{"Log1p", ours.Log1p, math.Log1p},
		{"Log2", ours.Log2, math.Log2},
		{"Logb", ours.Logb, math.Logb},
		{"Round", ours.Round, math.Round},
		{"RoundToEven", ours.RoundToEven, math.RoundToEven},
		{"Sin", ours.Sin, math.Sin},
		{"Sinh", ours.Sinh, math.Sinh},
		{"Tan", ours.Tan, math.Tan},
		{"Tanh", ours.Tanh, math.Tanh},
		{"Y0", ours.Y0, math.Y0},
		{"Y1", ours.Y1, math.Y1},
		{"NaN", func(float64) float64 { return ours.NaN() }, func(float64) float64 { return math.NaN() }},
	}
	xs := inputs()
	for _, f := range funcs {
		bad := 0
		for _, x := range xs {
			if a, b := f.a(x), f.b(x); !same(a, b) {
				if bad < 5 {
					t.Errorf("%s(%v [%#x]) = %v [%#x], want %v [%#x]", f.name, x, math.Float64bits(x), a, math.Float64bits(a), b, math.Float64bits(b))
				}
				bad++
			}
		}
		if bad > 0 {
			t.Errorf("%s: %d of %d differ", f.name, bad, len(xs))
		}
	}
	for _, x := range xs {
		fa, ea := ours.Frexp(x)
		fb, eb := math.Frexp(x)
		if !same(fa, fb) || ea != eb {
			t.Errorf("Frexp(%v) = %v, %d, want %v, %d", x, fa, ea, fb, eb)
		}
		ia, fra := ours.Modf(x)
		ib, frb := math.Modf(x)
		if !same(ia, ib) || !same(fra, frb) {
			t.Errorf("Modf(%v) differs", x)
		}
		sa, ca := ours.Sincos(x)
		sb, cb := math.Sincos(x)
		if !same(sa, sb) || !same(ca, cb) {
			t.Errorf("Sincos(%v) differs", x)
		}
		la, sga := ours.Lgamma(x)
		lb, sgb := math.Lgamma(x)
		if !same(la, lb) || sga != sgb {
			t.Errorf("Lgamma(%v) = %v %d, want %v %d", x, la, sga, lb, sgb)
		}
		if ours.Ilogb(x) != math.Ilogb(x) || ours.Signbit(x) != math.Signbit(x) || ours.IsNaN(x) != math.IsNaN(x) {
			t.Errorf("Ilogb/Signbit/IsNaN(%v) differ", x)
		}
		for _, s := range []int{-1, 0, 1} {
			if ours.IsInf(x, s) != math.IsInf(x, s) {
				t.Errorf("IsInf(%v, %d) differs", x, s)
			}
		}
		f32 := float32(x)
		if ours.Float32bits(f32) != math.Float32bits(f32) {
			t.Errorf("Float32bits differs")
		}
	}
}

func TestBinary(t *testing.T) {
	funcs := []struct {
		name string
		a, b func(float64, float64) float64
	}{
		{"Atan2", ours.Atan2, math.Atan2},
		{"Copysign", ours.Copysign, math.Copysign},
		{"Dim", ours.Dim, math.Dim},
		{"Hypot", ours.Hypot, math.Hypot},
		{"Max", ours.Max, math.Max},
		{"Min", ours.Min, math.Min},
		{"Mod", ours.Mod, math.Mod},
		{"Nextafter", ours.Nextafter, math.Nextafter},
		{"Pow", ours.Pow, math.Pow},
		{"Remainder", ours.Remainder, math.Remainder},
	}
	xs := inputs()
	rng := rand.New(rand.NewSource(2))
	ys := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, -2, 3, -3, 0.25, 1.5, 10, -10, 1 << 53, 1<<53 + 2, 1 << 64, 1e10, 1e300,
		math.Inf(1), math.Inf(-1), math.NaN(), 0.3, 7.5, 1.0 / 3, math.SmallestNonzeroFloat64, math.MaxFloat64}
	for _, f := range funcs {
		bad := 0
		check := func(x, y float64) {
			if a, b := f.a(x, y), f.b(x, y); !same(a, b) {
				if bad < 5 {
					t.Errorf("%s(%v, %v) = %v [%#x], want %v [%#x]", f.name, x, y, a, math.Float64bits(a), b, math.Float64bits(b))
				}
				bad++
			}
		}
		for i, x := range xs {
			for _, y := range ys {
				check(x, y)
				check(y, x)
			}
			check(x, xs[rng.Intn(len(xs))])
			if i%3 == 0 {
				check(x, (rng.Float64()*2-1)*30)
				check(rng.Float64()*3, x)
			}
		}
		if bad > 0 {
			t.Errorf("%s: %d differ", f.name, bad)
		}
	}
	for _, x := range xs {
		for _, n := range []int{-1100, -1075, -1074, -1022, -1, 0, 1, 52, 1023, 1024, 2000} {
			if a, b := ours.Ldexp(x, n), math.Ldexp(x, n); !same(a, b) {
				t.Errorf("Ldexp(%v, %d) = %v, want %v", x, n, a, b)
			}
		}
		x32, y32 := float32(x), float32(xs[rng.Intn(len(xs))])
		if a, b := ours.Nextafter32(x32, y32), math.Nextafter32(x32, y32); math.Float32bits(a) != math.Float32bits(b) {
			t.Errorf("Nextafter32(%v, %v) = %v, want %v", x32, y32, a, b)
		}
	}
	for n := -400; n < 400; n++ {
		if a, b := ours.Pow10(n), math.Pow10(n); !same(a, b) {
			t.Errorf("Pow10(%d) = %v, want %v", n, a, b)
		}
		for _, x := range []float64{0, 0.5, 1.5, 3, 100, 1e-5, -2.5, math.Inf(1), math.NaN(), 1e300} {
			if a, b := ours.Jn(n%50, x), math.Jn(n%50, x); !same(a, b) {
				t.Errorf("Jn(%d, %v) = %v, want %v", n%50, x, a, b)
			}
			if a, b := ours.Yn(n%50, x), math.Yn(n%50, x); !same(a, b) {
				t.Errorf("Yn(%d, %v) = %v, want %v", n%50, x, a, b)
			}
		}
	}
}
