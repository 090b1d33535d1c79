// Float verbs %b %e %E %f %F %g %G %x %X with precision, flags and special values, for float32 and float64.
package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []any{0.0, 1.0, -1.5, 123456.789, 1e-7, 1e21, float32(0.1), float32(16777216.0), math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1), math.MaxFloat64, math.SmallestNonzeroFloat64}
	for _, v := range vals {
		fmt.Printf("%v|%e|%E|%f|%F|%g|%G|%.3g|%.2f|%8.2e|%+.1f|% g|%#g|%x|%X|%b\n", v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v)
	}
	fmt.Printf("%010.3f|%-10.3f|%+010.2f|%010f\n", -3.14159, 3.14159, 2.5, math.Inf(-1))
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%#.0f %#.0e %#x\n", 3.0, 3.0, 1.0)
	fmt.Printf("%g %g %g %g\n", 100000.0, 1000000.0, 1e20, 1e-4)
	fmt.Printf("%.3x %.0x\n", 3.14159, 1.5)
	fmt.Printf("%v %v %v\n", float32(1)/3, 1.0/3, float32(3.4e38))
	fmt.Printf("%6.2v|%.10v|%.1v\n", 3.14159, 1.0/3, 123.0)
}
