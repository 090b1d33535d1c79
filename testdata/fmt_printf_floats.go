// Proves float verbs: %e %E %f %F %g %G %x %v with width, precision and flags, on float32 and float64, including special values.
package main

import (
	"fmt"
	"math"
)

func main() {
	for _, f := range []float64{0, 1, -1.5, 3.14159265, 1234567.891, 1e-7, 1e21, 2.0 / 3} {
		fmt.Printf("[%v] [%e] [%E] [%f] [%.2f] [%8.3f] [%-8.1f] [%+.1f] [%g] [%G] [%.3g] [%010.3f]\n",
			f, f, f, f, f, f, f, f, f, f, f, f)
	}
	var f32 float32 = 0.1
	fmt.Printf("%v %g %.10f %v\n", f32, f32, f32, float64(f32))
	fmt.Printf("%f %v %e %5.1f|%-6v|\n", math.Inf(1), math.Inf(-1), math.NaN(), math.NaN(), math.Inf(1))
	fmt.Printf("%+f %08.2f %x %X\n", math.Inf(1), -3.5, 1.0, 0.5)
	fmt.Printf("%#g %#.3g %#v\n", 1.0, 2.0, 3.0)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%6.3v|%.1e|%g|%g\n", math.Pi, 123456.0, 1e6, 1e-5)
	fmt.Printf("%v %v %v\n", 100000000.0, 123456789.0, 0.000001234)
}
