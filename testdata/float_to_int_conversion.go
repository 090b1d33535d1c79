// Proves float-to-int conversion truncates toward zero for in-range values, and int-to-float rounding.
package main

import "fmt"

func main() {
	fs := []float64{0, 0.4, 0.5, 0.9999, 1.5, 2.5, -0.5, -1.5, -2.7, 1e10, -1e10, 123456789.987, 9007199254740993}
	for _, f := range fs {
		fmt.Println(f, int(f), int64(f), int64(f/1e3), uint8(int(f)&0xff))
	}
	var f32 float32 = 16777217 // not exactly representable
	fmt.Println(f32, int32(f32))
	u := []float64{0.9, 255.99, 1e3}
	for _, f := range u {
		fmt.Println(uint(f), uint16(f), uint8(f/4))
	}
	// int to float: rounding to nearest even
	var big int64 = 1<<53 + 1
	fmt.Println(float64(big) == float64(1<<53), float32(int32(16777217)))
	var ui uint64 = 1<<64 - 1
	fmt.Println(float64(ui), float32(ui))
	// float64 to float32 rounding
	var d = 0.1
	fmt.Println(float32(d), float64(float32(d)))
}
