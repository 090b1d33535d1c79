// %g and %G with precision: shortest forms, exponent switch points, trailing zeros with #, and float32 rounding.
package main

import "fmt"

func main() {
	vals := []float64{123456789, 0.000012345, 1, 10, 1e5, 1e6, 123.456, 0.1, 1.0 / 3, 2.5e-10}
	for _, v := range vals {
		fmt.Printf("%g|%.3g|%.10g|%#g|%#.3g|%G|%.1G|%e|%.0e\n", v, v, v, v, v, v, v, v, v)
	}
	fmt.Printf("%g %g %.3g\n", float32(0.1), float32(1e10), float32(2.0/3))
	fmt.Printf("%v %v %v\n", float32(1e-7), float32(123456789), float32(0.3)+float32(0.6))
	fmt.Printf("%.20f\n%.17g\n", 0.1, 0.1)
	fmt.Printf("%5.1f|%-7.2g|%+.2e|% .3f\n", 9.96, 1234.0, -0.000123, 1.0)
}
