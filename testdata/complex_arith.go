// Proves complex64/complex128 construction, real/imag, arithmetic, comparison and printing.
package main

import (
	"fmt"
	"math"
)

func main() {
	a := complex(1, 2)
	b := 3 - 4i
	fmt.Println(a, b, a+b, a-b, a*b, a/b)
	fmt.Println(real(a), imag(a), a == complex(1, 2), a != b)
	var c64 complex64 = complex64(a)
	fmt.Printf("%T %T %v\n", a, c64, c64*c64)
	var r32, i32 float32 = 1.5, -2.5
	c := complex(r32, i32)
	fmt.Printf("%T %v %v %v\n", c, c, real(c), imag(c))
	fmt.Println(1i*1i, 2i, complex(0, 0))
	const k = 2i * 2i
	fmt.Println(k, real(k))
	fmt.Printf("%.2f %g %e\n", a, b, a)
	var z complex128
	fmt.Println(z, a/z)
	fmt.Println(complex(math.Inf(1), math.NaN()))
	// conjugate and magnitude
	conj := complex(real(b), -imag(b))
	fmt.Println(conj, math.Sqrt(real(b*conj)))
}
