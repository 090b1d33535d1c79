// Package cmp declares the Ordered constraint and comparisons of ordered
// values. Every body is here, in plain Go.
package cmp

// Ordered is satisfied by every type that supports < <= >= >. Floating-point
// NaNs are ordered before every other value by Less and Compare.
type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 |
		~string
}

// Less reports whether x < y, a NaN being less than any non-NaN.
func Less[T Ordered](x, y T) bool {
	return (isNaN(x) && !isNaN(y)) || x < y
}

// Compare returns -1, 0 or +1 as x is less than, equal to or greater than y;
// NaNs are equal to each other and less than any non-NaN, and -0.0 == 0.0.
func Compare[T Ordered](x, y T) int {
	xNaN, yNaN := isNaN(x), isNaN(y)
	switch {
	case xNaN && yNaN:
		return 0
	case xNaN || x < y:
		return -1
	case yNaN || x > y:
		return +1
	}
	return 0
}

// isNaN holds only for a floating-point NaN: no other value differs from
// itself.
func isNaN[T Ordered](x T) bool {
	return x != x
}

// Or returns the first argument that is not the zero value, or the zero
// value.
func Or[T comparable](vals ...T) T {
	var zero T
	for _, v := range vals {
		if v != zero {
			return v
		}
	}
	return zero
}
