// math's Sqrt, Floor, Ceil, Trunc, Abs, Copysign, the float bit conversions and math/bits' counts and rotations (compiled as instructions) agree with Go on edge cases, also called through func values.
package main

import (
	"fmt"
	"math"
	"math/bits"
)

func main() {
	for _, x := range []float64{-2.5, -0.0, 0, 0.5, 1.5, 2, math.Inf(1), math.Inf(-1), math.NaN(), 1e300, -1e-300, 4503599627370497.5} {
		fmt.Println(x, math.Sqrt(x), math.Floor(x), math.Ceil(x), math.Trunc(x), math.Abs(x), math.Copysign(3, x), math.Float64bits(x), math.Float64frombits(math.Float64bits(x)))
		f := float32(x)
		fmt.Println(math.Float32bits(f), math.Float32frombits(math.Float32bits(f)))
	}
	for _, u := range []uint64{0, 1, 2, 3, 1 << 63, 0xffffffffffffffff, 0x00f0} {
		fmt.Println(bits.LeadingZeros64(u), bits.TrailingZeros64(u), bits.OnesCount64(u), bits.Len64(u), bits.RotateLeft64(u, 3), bits.RotateLeft64(u, -3), bits.RotateLeft64(u, 67), bits.RotateLeft64(u, -70))
	}
	f := math.Sqrt
	fmt.Println(f(2))
}
