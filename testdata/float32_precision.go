// Proves float32 arithmetic rounds to single precision at every step, unlike float64.
package main

import "fmt"

func main() {
	var a32, b32 float32 = 0.1, 0.2
	var a64, b64 float64 = 0.1, 0.2
	fmt.Println(a32+b32, a64+b64, a32+b32 == 0.3, a64+b64 == 0.3)
	var s32 float32
	var s64 float64
	for i := 0; i < 10; i++ {
		s32 += 0.1
		s64 += 0.1
	}
	fmt.Println(s32, s64)
	var big32 float32 = 16777216
	fmt.Println(big32+1, big32+2)
	var x float32 = 1.0 / 3.0
	fmt.Println(x, float64(x), x*3)
	fmt.Printf("%.10f %.10f\n", x, 1.0/3.0)
	var h float32 = 1e-45
	fmt.Println(h, h/2)
	var f float32 = 123456.789
	fmt.Println(f, f*f)
}
