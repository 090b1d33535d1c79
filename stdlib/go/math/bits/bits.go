// Package bits implements bit counting and manipulation of unsigned
// integers: leading and trailing zeros, population count, rotation,
// reversal, and full-width add, subtract, multiply and divide.
//
// Every body is here, in plain Go (a JIT may map some of them to single
// instructions), except panicOverflow, native: Div's quotient overflow is
// a runtime error no Go expression raises.
package bits

// UintSize is the size of a uint in bits.
const UintSize = uintSize

const uintSize = 32 << (^uint(0) >> 63) // 32 or 64

// len8tab[x] is the number of bits needed to represent the byte x.
var len8tab = [256]uint8{
	0x00, 0x01, 0x02, 0x02, 0x03, 0x03, 0x03, 0x03, 0x04, 0x04, 0x04, 0x04, 0x04, 0x04, 0x04, 0x04,
	0x05, 0x05, 0x05, 0x05, 0x05, 0x05, 0x05, 0x05, 0x05, 0x05, 0x05, 0x05, 0x05, 0x05, 0x05, 0x05,
	0x06, 0x06, 0x06, 0x06, 0x06, 0x06, 0x06, 0x06, 0x06, 0x06, 0x06, 0x06, 0x06, 0x06, 0x06, 0x06,
	0x06, 0x06, 0x06, 0x06, 0x06, 0x06, 0x06, 0x06, 0x06, 0x06, 0x06, 0x06, 0x06, 0x06, 0x06, 0x06,
	0x07, 0x07, 0x07, 0x07, 0x07, 0x07, 0x07, 0x07, 0x07, 0x07, 0x07, 0x07, 0x07, 0x07, 0x07, 0x07,
	0x07, 0x07, 0x07, 0x07, 0x07, 0x07, 0x07, 0x07, 0x07, 0x07, 0x07, 0x07, 0x07, 0x07, 0x07, 0x07,
	0x07, 0x07, 0x07, 0x07, 0x07, 0x07, 0x07, 0x07, 0x07, 0x07, 0x07, 0x07, 0x07, 0x07, 0x07, 0x07,
	0x07, 0x07, 0x07, 0x07, 0x07, 0x07, 0x07, 0x07, 0x07, 0x07, 0x07, 0x07, 0x07, 0x07, 0x07, 0x07,
	0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08,
	0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08,
	0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08,
	0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08,
	0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08,
	0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08,
	0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08,
	0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08,
}

// deBruijn64 and its table find the index of the lowest set bit: the top 6
// bits of deBruijn64 shifted left by that index are distinct.
const deBruijn64 = 0x03f79d71b4ca8b09

var deBruijnIdx64 = [64]uint8{
	0x00, 0x01, 0x38, 0x02, 0x39, 0x31, 0x1c, 0x03, 0x3d, 0x3a, 0x2a, 0x32, 0x26, 0x1d, 0x11, 0x04,
	0x3e, 0x2f, 0x3b, 0x24, 0x2d, 0x2b, 0x33, 0x16, 0x35, 0x27, 0x21, 0x1e, 0x18, 0x12, 0x0c, 0x05,
	0x3f, 0x37, 0x30, 0x1b, 0x3c, 0x29, 0x25, 0x10, 0x2e, 0x23, 0x2c, 0x15, 0x34, 0x20, 0x17, 0x0b,
	0x36, 0x1a, 0x28, 0x0f, 0x22, 0x14, 0x1f, 0x0a, 0x19, 0x0e, 0x13, 0x09, 0x0d, 0x08, 0x07, 0x06,
}

// LeadingZeros returns the number of leading zero bits in x; UintSize for
// 0.
func LeadingZeros(x uint) int { return UintSize - Len(x) }

// LeadingZeros8 returns the number of leading zero bits in x; 8 for 0.
func LeadingZeros8(x uint8) int { return 8 - Len8(x) }

// LeadingZeros16 returns the number of leading zero bits in x; 16 for 0.
func LeadingZeros16(x uint16) int { return 16 - Len16(x) }

// LeadingZeros32 returns the number of leading zero bits in x; 32 for 0.
func LeadingZeros32(x uint32) int { return 32 - Len32(x) }

// LeadingZeros64 returns the number of leading zero bits in x; 64 for 0.
func LeadingZeros64(x uint64) int { return 64 - Len64(x) }

// TrailingZeros returns the number of trailing zero bits in x; UintSize
// for 0.
func TrailingZeros(x uint) int {
	if UintSize == 32 {
		return TrailingZeros32(uint32(x))
	}
	return TrailingZeros64(uint64(x))
}

// TrailingZeros8 returns the number of trailing zero bits in x; 8 for 0.
func TrailingZeros8(x uint8) int {
	if x == 0 {
		return 8
	}
	return TrailingZeros64(uint64(x))
}

// TrailingZeros16 returns the number of trailing zero bits in x; 16 for 0.
func TrailingZeros16(x uint16) int {
	if x == 0 {
		return 16
	}
	return TrailingZeros64(uint64(x))
}

// TrailingZeros32 returns the number of trailing zero bits in x; 32 for 0.
func TrailingZeros32(x uint32) int {
	if x == 0 {
		return 32
	}
	return TrailingZeros64(uint64(x))
}

// TrailingZeros64 returns the number of trailing zero bits in x; 64 for 0.
func TrailingZeros64(x uint64) int {
	if x == 0 {
		return 64
	}
	// x & -x isolates the lowest set bit.
	return int(deBruijnIdx64[(x&-x)*deBruijn64>>58])
}

// OnesCount returns the number of one bits in x.
func OnesCount(x uint) int { return OnesCount64(uint64(x)) }

// OnesCount8 returns the number of one bits in x.
func OnesCount8(x uint8) int { return OnesCount64(uint64(x)) }

// OnesCount16 returns the number of one bits in x.
func OnesCount16(x uint16) int { return OnesCount64(uint64(x)) }

// OnesCount32 returns the number of one bits in x.
func OnesCount32(x uint32) int { return OnesCount64(uint64(x)) }

// OnesCount64 returns the number of one bits in x.
func OnesCount64(x uint64) int {
	// Sum bits in pairs, then nibbles, then bytes, then all bytes at once.
	const m1, m2, m4, h01 = 0x5555555555555555, 0x3333333333333333, 0x0f0f0f0f0f0f0f0f, 0x0101010101010101
	x -= (x >> 1) & m1
	x = x&m2 + (x>>2)&m2
	x = (x + x>>4) & m4
	return int(x * h01 >> 56)
}

// RotateLeft returns x rotated left by k bits (right for negative k).
func RotateLeft(x uint, k int) uint {
	const n = UintSize
	s := uint(k) & (n - 1)
	return x<<s | x>>(n-s)
}

// RotateLeft8 returns x rotated left by k bits (right for negative k).
func RotateLeft8(x uint8, k int) uint8 {
	const n = 8
	s := uint(k) & (n - 1)
	return x<<s | x>>(n-s)
}

// RotateLeft16 returns x rotated left by k bits (right for negative k).
func RotateLeft16(x uint16, k int) uint16 {
	const n = 16
	s := uint(k) & (n - 1)
	return x<<s | x>>(n-s)
}

// RotateLeft32 returns x rotated left by k bits (right for negative k).
func RotateLeft32(x uint32, k int) uint32 {
	const n = 32
	s := uint(k) & (n - 1)
	return x<<s | x>>(n-s)
}

// RotateLeft64 returns x rotated left by k bits (right for negative k).
func RotateLeft64(x uint64, k int) uint64 {
	const n = 64
	s := uint(k) & (n - 1)
	return x<<s | x>>(n-s)
}

// Reverse returns x with its bits in reverse order.
func Reverse(x uint) uint {
	if UintSize == 32 {
		return uint(Reverse32(uint32(x)))
	}
	return uint(Reverse64(uint64(x)))
}

// Reverse8 returns x with its bits in reverse order.
func Reverse8(x uint8) uint8 { return uint8(Reverse64(uint64(x)) >> 56) }

// Reverse16 returns x with its bits in reverse order.
func Reverse16(x uint16) uint16 { return uint16(Reverse64(uint64(x)) >> 48) }

// Reverse32 returns x with its bits in reverse order.
func Reverse32(x uint32) uint32 { return uint32(Reverse64(uint64(x)) >> 32) }

// Reverse64 returns x with its bits in reverse order.
func Reverse64(x uint64) uint64 {
	// Swap neighbouring bits, pairs, nibbles, then reverse the bytes.
	const m0, m1, m2 = 0x5555555555555555, 0x3333333333333333, 0x0f0f0f0f0f0f0f0f
	x = x>>1&m0 | x&m0<<1
	x = x>>2&m1 | x&m1<<2
	x = x>>4&m2 | x&m2<<4
	return ReverseBytes64(x)
}

// ReverseBytes returns x with its bytes in reverse order.
func ReverseBytes(x uint) uint {
	if UintSize == 32 {
		return uint(ReverseBytes32(uint32(x)))
	}
	return uint(ReverseBytes64(uint64(x)))
}

// ReverseBytes16 returns x with its bytes in reverse order.
func ReverseBytes16(x uint16) uint16 { return x>>8 | x<<8 }

// ReverseBytes32 returns x with its bytes in reverse order.
func ReverseBytes32(x uint32) uint32 {
	const m = 0x00ff00ff
	x = x>>8&m | x&m<<8
	return x>>16 | x<<16
}

// ReverseBytes64 returns x with its bytes in reverse order.
func ReverseBytes64(x uint64) uint64 {
	const m0, m1 = 0x00ff00ff00ff00ff, 0x0000ffff0000ffff
	x = x>>8&m0 | x&m0<<8
	x = x>>16&m1 | x&m1<<16
	return x>>32 | x<<32
}

// Len returns the number of bits needed to represent x; 0 for 0.
func Len(x uint) int {
	if UintSize == 32 {
		return Len32(uint32(x))
	}
	return Len64(uint64(x))
}

// Len8 returns the number of bits needed to represent x; 0 for 0.
func Len8(x uint8) int { return int(len8tab[x]) }

// Len16 returns the number of bits needed to represent x; 0 for 0.
func Len16(x uint16) (n int) {
	if x >= 1<<8 {
		x >>= 8
		n = 8
	}
	return n + int(len8tab[x])
}

// Len32 returns the number of bits needed to represent x; 0 for 0.
func Len32(x uint32) (n int) {
	if x >= 1<<16 {
		x >>= 16
		n = 16
	}
	if x >= 1<<8 {
		x >>= 8
		n += 8
	}
	return n + int(len8tab[x])
}

// Len64 returns the number of bits needed to represent x; 0 for 0.
func Len64(x uint64) (n int) {
	if x >= 1<<32 {
		x >>= 32
		n = 32
	}
	if x >= 1<<16 {
		x >>= 16
		n += 16
	}
	if x >= 1<<8 {
		x >>= 8
		n += 8
	}
	return n + int(len8tab[x])
}

// Add returns x + y + carry and the carry out (carry must be 0 or 1).
func Add(x, y, carry uint) (sum, carryOut uint) {
	if UintSize == 32 {
		s, c := Add32(uint32(x), uint32(y), uint32(carry))
		return uint(s), uint(c)
	}
	s, c := Add64(uint64(x), uint64(y), uint64(carry))
	return uint(s), uint(c)
}

// Add32 returns x + y + carry and the carry out (carry must be 0 or 1).
func Add32(x, y, carry uint32) (sum, carryOut uint32) {
	s := uint64(x) + uint64(y) + uint64(carry)
	return uint32(s), uint32(s >> 32)
}

// Add64 returns x + y + carry and the carry out (carry must be 0 or 1).
func Add64(x, y, carry uint64) (sum, carryOut uint64) {
	sum = x + y + carry
	// A carry out happened if both top bits were set, or either was and
	// the sum's is clear.
	carryOut = ((x & y) | ((x | y) &^ sum)) >> 63
	return sum, carryOut
}

// Sub returns x - y - borrow and the borrow out (borrow must be 0 or 1).
func Sub(x, y, borrow uint) (diff, borrowOut uint) {
	if UintSize == 32 {
		d, b := Sub32(uint32(x), uint32(y), uint32(borrow))
		return uint(d), uint(b)
	}
	d, b := Sub64(uint64(x), uint64(y), uint64(borrow))
	return uint(d), uint(b)
}

// Sub32 returns x - y - borrow and the borrow out (borrow must be 0 or 1).
func Sub32(x, y, borrow uint32) (diff, borrowOut uint32) {
	diff = x - y - borrow
	borrowOut = ((^x & y) | (^(x ^ y) & diff)) >> 31
	return diff, borrowOut
}

// Sub64 returns x - y - borrow and the borrow out (borrow must be 0 or 1).
func Sub64(x, y, borrow uint64) (diff, borrowOut uint64) {
	diff = x - y - borrow
	borrowOut = ((^x & y) | (^(x ^ y) & diff)) >> 63
	return diff, borrowOut
}

// Mul returns the full product of x and y: its high and low halves.
func Mul(x, y uint) (hi, lo uint) {
	if UintSize == 32 {
		h, l := Mul32(uint32(x), uint32(y))
		return uint(h), uint(l)
	}
	h, l := Mul64(uint64(x), uint64(y))
	return uint(h), uint(l)
}

// Mul32 returns the 64-bit product of x and y in two halves.
func Mul32(x, y uint32) (hi, lo uint32) {
	p := uint64(x) * uint64(y)
	return uint32(p >> 32), uint32(p)
}

// Mul64 returns the 128-bit product of x and y in two halves.
func Mul64(x, y uint64) (hi, lo uint64) {
	// Schoolbook multiplication on 32-bit halves.
	const mask32 = 1<<32 - 1
	x0, x1 := x&mask32, x>>32
	y0, y1 := y&mask32, y>>32
	w0 := x0 * y0
	t := x1*y0 + w0>>32
	w1, w2 := t&mask32, t>>32
	w1 += x0 * y1
	hi = x1*y1 + w2 + w1>>32
	lo = x * y
	return hi, lo
}

// Div returns the quotient and remainder of (hi, lo) divided by y. It
// panics if y is 0 (division by zero) or not above hi (the quotient would
// overflow).
func Div(hi, lo, y uint) (quo, rem uint) {
	if UintSize == 32 {
		q, r := Div32(uint32(hi), uint32(lo), uint32(y))
		return uint(q), uint(r)
	}
	q, r := Div64(uint64(hi), uint64(lo), uint64(y))
	return uint(q), uint(r)
}

// Div32 is Div on 32-bit halves.
func Div32(hi, lo, y uint32) (quo, rem uint32) {
	if y != 0 && y <= hi {
		panicOverflow()
	}
	z := uint64(hi)<<32 | uint64(lo)
	// A zero y divides by zero here, with the runtime's panic.
	return uint32(z / uint64(y)), uint32(z % uint64(y))
}

// Div64 is Div on 64-bit halves.
func Div64(hi, lo, y uint64) (quo, rem uint64) {
	if y == 0 {
		return lo / y, 0 // the runtime's division-by-zero panic
	}
	if y <= hi {
		panicOverflow()
	}
	if hi == 0 {
		return lo / y, lo % y
	}
	// Long division of the 128-bit (hi, lo) by the normalized y in 32-bit
	// digits (Hacker's Delight, divlu), two quotient digits.
	s := uint(LeadingZeros64(y))
	y <<= s
	const (
		two32  = 1 << 32
		mask32 = two32 - 1
	)
	yn1, yn0 := y>>32, y&mask32
	un32 := hi<<s | lo>>(64-s)
	un10 := lo << s
	un1, un0 := un10>>32, un10&mask32
	q1 := un32 / yn1
	rhat := un32 - q1*yn1
	for q1 >= two32 || q1*yn0 > two32*rhat+un1 {
		q1--
		rhat += yn1
		if rhat >= two32 {
			break
		}
	}
	un21 := un32*two32 + un1 - q1*y
	q0 := un21 / yn1
	rhat = un21 - q0*yn1
	for q0 >= two32 || q0*yn0 > two32*rhat+un0 {
		q0--
		rhat += yn1
		if rhat >= two32 {
			break
		}
	}
	return q1*two32 + q0, (un21*two32 + un0 - q0*y) >> s
}

// Rem returns the remainder of (hi, lo) divided by y; it panics if y is 0,
// but not when the quotient would overflow.
func Rem(hi, lo, y uint) uint {
	if UintSize == 32 {
		return uint(Rem32(uint32(hi), uint32(lo), uint32(y)))
	}
	return uint(Rem64(uint64(hi), uint64(lo), uint64(y)))
}

// Rem32 is Rem on 32-bit halves.
func Rem32(hi, lo, y uint32) uint32 {
	return uint32((uint64(hi)<<32 | uint64(lo)) % uint64(y))
}

// Rem64 is Rem on 64-bit halves.
func Rem64(hi, lo, y uint64) uint64 {
	// (hi*2^64 + lo) mod y == ((hi mod y)*2^64 + lo) mod y, and hi mod y < y
	// cannot overflow the quotient.
	_, rem := Div64(hi%y, lo, y)
	return rem
}

// panicOverflow panics with the runtime error "integer overflow", as Go's
// Div does for a quotient that does not fit. Native.
func panicOverflow()
