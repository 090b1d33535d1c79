// %v of floats is strconv's shortest 'g' form with exponent thresholds (-4, 21); float32 shortest for float32.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	fs := []float64{0.1, 0.2, 0.1 + 0.2, 1e20, 1e21, 123456789012345678, 1e-4, 1e-5, 0.000123, 100, 2.5e-300, 5e-324, math.MaxFloat64, 1 / 3.0, -0.0, 1e6, 12345678.9}
	for _, f := range fs {
		fmt.Println(f, strconv.FormatFloat(f, 'g', -1, 64), fmt.Sprint(f) == strconv.FormatFloat(f, 'g', -1, 64))
	}
	f32 := []float32{0.1, 1.0 / 3, 16777217, 3.4028235e38, 1e-45, 7.0e-10}
	for _, f := range f32 {
		fmt.Println(f, float64(f), strconv.FormatFloat(float64(f), 'g', -1, 32))
	}
	fmt.Println([]float64{1, 2.5, 1e100}, map[string]float32{"a": 0.3})
	fmt.Println(complex(0.1, -1e21), complex64(complex(1.0/3, 0)))
	fmt.Println(strconv.FormatFloat(1234.5678, 'e', 3, 64), strconv.FormatFloat(1234.5678, 'f', -1, 32), strconv.FormatFloat(0.000001234, 'G', 2, 64))
}
