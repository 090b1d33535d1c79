// Package strconv declares conversions between strings and basic types:
// parsing and formatting of integers, floats, complex numbers and booleans,
// and quoting.
//
// The conversions themselves are natives (stdlib/src/strconv, over the
// gorun-strconv crate); the functions that report errors or panic are
// written here around unexported natives that return an error code
// (errCode).
package strconv

import "errors"

// IntSize is the size in bits of an int or uint value.
const IntSize = intSize

const intSize = 32 << (^uint(0) >> 63)

// ParseBool accepts 1, t, T, TRUE, true, True, 0, f, F, FALSE, false,
// False; anything else is a syntax error.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, syntaxError("ParseBool", str)
}

// FormatBool returns "true" or "false".
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// AppendBool appends "true" or "false" to dst.
func AppendBool(dst []byte, b bool) []byte {
	if b {
		return append(dst, "true"...)
	}
	return append(dst, "false"...)
}

// ParseComplex reads N, Ni or N±Ni (optionally parenthesized), each N as
// ParseFloat does, with float32 parts for bitSize 64.
func ParseComplex(s string, bitSize int) (complex128, error) {
	re, im, code := parseComplex(s, bitSize)
	if code != 0 {
		return complex(re, im), toError("ParseComplex", s, 0, bitSize, code)
	}
	return complex(re, im), nil
}

// ParseFloat reads a decimal or hexadecimal float literal (with Go's
// underscores, and inf/infinity/nan), correctly rounded to bitSize bits.
func ParseFloat(s string, bitSize int) (float64, error) {
	f, code := parseFloat(s, bitSize)
	if code != 0 {
		return f, toError("ParseFloat", s, 0, bitSize, code)
	}
	return f, nil
}

// ParseUint reads an unsigned integer in base (2 to 36, or 0 for Go's
// prefixes) that fits in bitSize bits.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	v, code := parseUint(s, base, bitSize)
	if code != 0 {
		return v, toError("ParseUint", s, base, bitSize, code)
	}
	return v, nil
}

// ParseInt reads a signed integer in base (2 to 36, or 0 for Go's
// prefixes) that fits in bitSize bits.
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	v, code := parseInt(s, base, bitSize)
	if code != 0 {
		return v, toError("ParseInt", s, base, bitSize, code)
	}
	return v, nil
}

// Atoi is ParseInt(s, 10, 0) converted to int.
func Atoi(s string) (int, error) {
	v, code := atoi(s)
	if code != 0 {
		return v, toError("Atoi", s, 0, 0, code)
	}
	return v, nil
}

// FormatComplex formats c as (a+bi), its parts as FormatFloat does;
// bitSize is 64 for complex64 and 128 for complex128.
func FormatComplex(c complex128, fmt byte, prec int, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	return formatComplex(real(c), imag(c), fmt, prec, bitSize)
}

// FormatFloat formats f in format fmt ('b', 'e', 'E', 'f', 'g', 'G', 'x',
// 'X') with prec digits (-1: the fewest that read back exactly), as a
// float of bitSize bits.
func FormatFloat(f float64, fmt byte, prec int, bitSize int) string {
	if bitSize != 32 && bitSize != 64 {
		panic("strconv: illegal FormatFloat bitSize")
	}
	return formatFloat(f, fmt, prec, bitSize)
}

// AppendFloat appends FormatFloat's result to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec int, bitSize int) []byte {
	if bitSize != 32 && bitSize != 64 {
		panic("strconv: illegal AppendFloat bitSize")
	}
	return appendFloat(dst, f, fmt, prec, bitSize)
}

// FormatUint formats i in base 2 to 36, with lower-case letters.
func FormatUint(i uint64, base int) string {
	checkBase(base)
	return formatBits(false, i, base)
}

// FormatInt formats i in base 2 to 36, with lower-case letters.
func FormatInt(i int64, base int) string {
	checkBase(base)
	if i < 0 {
		return formatBits(true, uint64(-i), base)
	}
	return formatBits(false, uint64(i), base)
}

// Itoa is FormatInt(int64(i), 10).
func Itoa(i int) string {
	return FormatInt(int64(i), 10)
}

// AppendInt appends FormatInt's result to dst.
func AppendInt(dst []byte, i int64, base int) []byte {
	checkBase(base)
	if i < 0 {
		return appendBits(dst, true, uint64(-i), base)
	}
	return appendBits(dst, false, uint64(i), base)
}

// AppendUint appends FormatUint's result to dst.
func AppendUint(dst []byte, i uint64, base int) []byte {
	checkBase(base)
	return appendBits(dst, false, i, base)
}

func checkBase(base int) {
	if base < 2 || base > 36 {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
}

var ErrRange = errors.New("value out of range")

var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// The error codes the natives return.
const (
	errNone = iota
	errSyntax
	errRange
	errBase
	errBitSize
)

func toError(fn, s string, base, bitSize, code int) *NumError {
	// The input is copied, so that the error does not keep a large
	// string it is a part of alive.
	s = string([]byte(s))
	switch code {
	case errSyntax:
		return &NumError{fn, s, ErrSyntax}
	case errRange:
		return &NumError{fn, s, ErrRange}
	case errBase:
		return &NumError{fn, s, errors.New("invalid base " + Itoa(base))}
	}
	return &NumError{fn, s, errors.New("invalid bit size " + Itoa(bitSize))}
}

func syntaxError(fn, s string) *NumError {
	return toError(fn, s, 0, 0, errSyntax)
}

// The natives behind the functions above: results and an error code.

func parseComplex(s string, bitSize int) (re, im float64, code int)

func parseFloat(s string, bitSize int) (f float64, code int)

func parseUint(s string, base int, bitSize int) (v uint64, code int)

func parseInt(s string, base int, bitSize int) (v int64, code int)

func atoi(s string) (v int, code int)

func formatComplex(re, im float64, fmt byte, prec int, bitSize int) string

func formatFloat(f float64, fmt byte, prec int, bitSize int) string

func appendFloat(dst []byte, f float64, fmt byte, prec int, bitSize int) []byte

// formatBits formats the magnitude u in base, with a minus sign if neg.
func formatBits(neg bool, u uint64, base int) string

func appendBits(dst []byte, neg bool, u uint64, base int) []byte
