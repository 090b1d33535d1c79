// Package math declares basic constants and mathematical functions of
// floating-point numbers.
//
// Missing bodies: the elementary functions (Sqrt, Exp, Log, the
// trigonometric and special functions, ...), for a later issue, in Go or as
// the machine's instructions; the bit-level helpers are written here.
package math

import "unsafe"

func Atan(x float64) float64

func Float32bits(f float32) uint32 { return *(*uint32)(unsafe.Pointer(&f)) }

func Float32frombits(b uint32) float32 { return *(*float32)(unsafe.Pointer(&b)) }

func Float64bits(f float64) uint64 { return *(*uint64)(unsafe.Pointer(&f)) }

func Float64frombits(b uint64) float64 { return *(*float64)(unsafe.Pointer(&b)) }

func Atan2(y float64, x float64) float64

// Abs returns |x|: x with its sign bit cleared.
func Abs(x float64) float64 { return Float64frombits(Float64bits(x) &^ signMask) }

func Atanh(x float64) float64

func Acosh(x float64) float64

func Asin(x float64) float64

func Acos(x float64) float64

// Inf returns +Inf if sign >= 0, else -Inf.
func Inf(sign int) float64 {
	if sign >= 0 {
		return Float64frombits(uvinf)
	}
	return Float64frombits(uvneginf)
}

// NaN returns an IEEE 754 quiet NaN.
func NaN() float64 { return Float64frombits(uvnan) }

// IsNaN reports whether f is a NaN: the only value unequal to itself.
func IsNaN(f float64) (is bool) { return f != f }

// IsInf reports whether f is +Inf (sign > 0), -Inf (sign < 0) or either
// (sign == 0).
func IsInf(f float64, sign int) bool {
	return sign >= 0 && f > MaxFloat64 || sign <= 0 && f < -MaxFloat64
}

func Asinh(x float64) float64

func Cbrt(x float64) float64

func Ldexp(frac float64, exp int) float64

func Lgamma(x float64) (lgamma float64, sign int)

// Copysign returns f with the sign of sign.
func Copysign(f, sign float64) float64 {
	return Float64frombits(Float64bits(f)&^signMask | Float64bits(sign)&signMask)
}

func Dim(x float64, y float64) float64

func Max(x float64, y float64) float64

func Min(x float64, y float64) float64

func Erf(x float64) float64

func Erfc(x float64) float64

func Log(x float64) float64

func Log10(x float64) float64

func Log2(x float64) float64

func Erfinv(x float64) float64

func Erfcinv(x float64) float64

func Log1p(x float64) float64

func Exp(x float64) float64

func Exp2(x float64) float64

func Logb(x float64) float64

func Ilogb(x float64) int

func Mod(x float64, y float64) float64

func Modf(f float64) (integer float64, fractional float64)

func Nextafter32(x float32, y float32) (r float32)

func Nextafter(x float64, y float64) (r float64)

func Expm1(x float64) float64

func Pow(x float64, y float64) float64

func Floor(x float64) float64

func Ceil(x float64) float64

func Trunc(x float64) float64

func Round(x float64) float64

func RoundToEven(x float64) float64

func Pow10(n int) float64

func Remainder(x float64, y float64) float64

func FMA(x float64, y float64, z float64) float64

// Signbit reports whether x is negative or negative zero.
func Signbit(x float64) bool { return Float64bits(x)&signMask != 0 }

func Cos(x float64) float64

func Sin(x float64) float64

func Frexp(f float64) (frac float64, exp int)

func Sincos(x float64) (sin float64, cos float64)

func Gamma(x float64) float64

func Sinh(x float64) float64

func Cosh(x float64) float64

func Hypot(p float64, q float64) float64

func Sqrt(x float64) float64

func J0(x float64) float64

func Y0(x float64) float64

func Tan(x float64) float64

func Tanh(x float64) float64

func J1(x float64) float64

func Y1(x float64) float64

func Jn(n int, x float64) float64

func Yn(n int, x float64) float64
