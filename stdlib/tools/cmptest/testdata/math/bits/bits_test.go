package bits_test

import (
	"fmt"
	"math/bits"
	"math/rand"
	"reflect"
	"testing"

	ours "gorunstd/math/bits"
)

func values() []uint64 {
	vs := []uint64{0, 1, 2, 3, 0x80, 0xff, 0x100, 0xffff, 0x10000, 1<<31 - 1, 1 << 31, 1<<32 - 1, 1 << 32, 1<<63 - 1, 1 << 63, 1<<64 - 1}
	for i := 0; i < 64; i++ {
		vs = append(vs, 1<<i, 1<<i-1, ^uint64(1<<i))
	}
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 3000; i++ {
		vs = append(vs, rng.Uint64()>>uint(rng.Intn(64)))
	}
	return vs
}

func panicOf(f func()) (p string) {
	defer func() {
		if r := recover(); r != nil {
			p = fmt.Sprint(r)
			if e, ok := r.(error); ok {
				p = fmt.Sprintf("%T %v", e, e)
			}
		}
	}()
	f()
	return ""
}

func TestAll(t *testing.T) {
	vs := values()
	check := func(name string, x any, a, b any) {
		t.Helper()
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("%s(%v) = %v, want %v", name, x, a, b)
		}
	}
	for _, x := range vs {
		check("LeadingZeros", x, ours.LeadingZeros(uint(x)), bits.LeadingZeros(uint(x)))
		check("LeadingZeros8", x, ours.LeadingZeros8(uint8(x)), bits.LeadingZeros8(uint8(x)))
		check("LeadingZeros16", x, ours.LeadingZeros16(uint16(x)), bits.LeadingZeros16(uint16(x)))
		check("LeadingZeros32", x, ours.LeadingZeros32(uint32(x)), bits.LeadingZeros32(uint32(x)))
		check("LeadingZeros64", x, ours.LeadingZeros64(x), bits.LeadingZeros64(x))
		check("TrailingZeros", x, ours.TrailingZeros(uint(x)), bits.TrailingZeros(uint(x)))
		check("TrailingZeros8", x, ours.TrailingZeros8(uint8(x)), bits.TrailingZeros8(uint8(x)))
		check("TrailingZeros16", x, ours.TrailingZeros16(uint16(x)), bits.TrailingZeros16(uint16(x)))
		check("TrailingZeros32", x, ours.TrailingZeros32(uint32(x)), bits.TrailingZeros32(uint32(x)))
		check("TrailingZeros64", x, ours.TrailingZeros64(x), bits.TrailingZeros64(x))
		check("OnesCount", x, ours.OnesCount(uint(x)), bits.OnesCount(uint(x)))
		check("OnesCount8", x, ours.OnesCount8(uint8(x)), bits.OnesCount8(uint8(x)))
		check("OnesCount16", x, ours.OnesCount16(uint16(x)), bits.OnesCount16(uint16(x)))
		check("OnesCount32", x, ours.OnesCount32(uint32(x)), bits.OnesCount32(uint32(x)))
		check("OnesCount64", x, ours.OnesCount64(x), bits.OnesCount64(x))
		for _, k := range []int{-65, -64, -9, -1, 0, 1, 7, 8, 15, 31, 33, 63, 64, 100} {
			q := [2]any{x, k}
			check("RotateLeft", q, ours.RotateLeft(uint(x), k), bits.RotateLeft(uint(x), k))
			check("RotateLeft8", q, ours.RotateLeft8(uint8(x), k), bits.RotateLeft8(uint8(x), k))
			check("RotateLeft16", q, ours.RotateLeft16(uint16(x), k), bits.RotateLeft16(uint16(x), k))
			check("RotateLeft32", q, ours.RotateLeft32(uint32(x), k), bits.RotateLeft32(uint32(x), k))
			check("RotateLeft64", q, ours.RotateLeft64(x, k), bits.RotateLeft64(x, k))
		}
		check("Reverse", x, ours.Reverse(uint(x)), bits.Reverse(uint(x)))
		check("Reverse8", x, ours.Reverse8(uint8(x)), bits.Reverse8(uint8(x)))
		check("Reverse16", x, ours.Reverse16(uint16(x)), bits.Reverse16(uint16(x)))
		check("Reverse32", x, ours.Reverse32(uint32(x)), bits.Reverse32(uint32(x)))
		check("Reverse64", x, ours.Reverse64(x), bits.Reverse64(x))
		check("ReverseBytes", x, ours.ReverseBytes(uint(x)), bits.ReverseBytes(uint(x)))
		check("ReverseBytes16", x, ours.ReverseBytes16(uint16(x)), bits.ReverseBytes16(uint16(x)))
		check("ReverseBytes32", x, ours.ReverseBytes32(uint32(x)), bits.ReverseBytes32(uint32(x)))
		check("ReverseBytes64", x, ours.ReverseBytes64(x), bits.ReverseBytes64(x))
		check("Len", x, ours.Len(uint(x)), bits.Len(uint(x)))
		check("Len8", x, ours.Len8(uint8(x)), bits.Len8(uint8(x)))
		check("Len16", x, ours.Len16(uint16(x)), bits.Len16(uint16(x)))
		check("Len32", x, ours.Len32(uint32(x)), bits.Len32(uint32(x)))
		check("Len64", x, ours.Len64(x), bits.Len64(x))
	}
	rng := rand.New(rand.NewSource(2))
	for i := 0; i < 20000; i++ {
		x, y, z := vs[rng.Intn(len(vs))], vs[rng.Intn(len(vs))], vs[rng.Intn(len(vs))]
		c := uint64(rng.Intn(2))
		q := [3]any{x, y, c}
		pair := func(a, b any) [2]any { return [2]any{a, b} }
		check("Add", q, pair(ours.Add(uint(x), uint(y), uint(c))), pair(bits.Add(uint(x), uint(y), uint(c))))
		check("Add32", q, pair(ours.Add32(uint32(x), uint32(y), uint32(c))), pair(bits.Add32(uint32(x), uint32(y), uint32(c))))
		check("Add64", q, pair(ours.Add64(x, y, c)), pair(bits.Add64(x, y, c)))
		check("Sub", q, pair(ours.Sub(uint(x), uint(y), uint(c))), pair(bits.Sub(uint(x), uint(y), uint(c))))
		check("Sub32", q, pair(ours.Sub32(uint32(x), uint32(y), uint32(c))), pair(bits.Sub32(uint32(x), uint32(y), uint32(c))))
		check("Sub64", q, pair(ours.Sub64(x, y, c)), pair(bits.Sub64(x, y, c)))
		check("Mul", q, pair(ours.Mul(uint(x), uint(y))), pair(bits.Mul(uint(x), uint(y))))
		check("Mul32", q, pair(ours.Mul32(uint32(x), uint32(y))), pair(bits.Mul32(uint32(x), uint32(y))))
		check("Mul64", q, pair(ours.Mul64(x, y)), pair(bits.Mul64(x, y)))
		if rng.Intn(4) == 0 {
			z = 0
		}
		q = [3]any{x, y, z}
		var r1, r2 [2]any
		p1 := panicOf(func() { r1 = pair(ours.Div64(x, y, z)) })
		p2 := panicOf(func() { r2 = pair(bits.Div64(x, y, z)) })
		check("Div64", q, [2]any{p1, r1}, [2]any{p2, r2})
		p1 = panicOf(func() { r1 = pair(ours.Div32(uint32(x), uint32(y), uint32(z))) })
		p2 = panicOf(func() { r2 = pair(bits.Div32(uint32(x), uint32(y), uint32(z))) })
		check("Div32", q, [2]any{p1, r1}, [2]any{p2, r2})
		p1 = panicOf(func() { r1 = pair(ours.Div(uint(x), uint(y), uint(z))) })
		p2 = panicOf(func() { r2 = pair(bits.Div(uint(x), uint(y), uint(z))) })
		check("Div", q, [2]any{p1, r1}, [2]any{p2, r2})
		var s1, s2 any
		p1 = panicOf(func() { s1 = ours.Rem64(x, y, z) })
		p2 = panicOf(func() { s2 = bits.Rem64(x, y, z) })
		check("Rem64", q, [2]any{p1, s1}, [2]any{p2, s2})
		p1 = panicOf(func() { s1 = ours.Rem32(uint32(x), uint32(y), uint32(z)) })
		p2 = panicOf(func() { s2 = bits.Rem32(uint32(x), uint32(y), uint32(z)) })
		check("Rem32", q, [2]any{p1, s1}, [2]any{p2, s2})
		p1 = panicOf(func() { s1 = ours.Rem(uint(x), uint(y), uint(z)) })
		p2 = panicOf(func() { s2 = bits.Rem(uint(x), uint(y), uint(z)) })
		check("Rem", q, [2]any{p1, s1}, [2]any{p2, s2})
		// Small divisors above hi: the long-division path.
		if z != 0 {
			h := x % z
			p1 = panicOf(func() { r1 = pair(ours.Div64(h, y, z)) })
			p2 = panicOf(func() { r2 = pair(bits.Div64(h, y, z)) })
			check("Div64 small hi", [3]any{h, y, z}, [2]any{p1, r1}, [2]any{p2, r2})
		}
	}
}
