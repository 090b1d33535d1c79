// Complex arithmetic edge cases: division by zero, infinities, NaN comparisons, conversions and constants.
package main

import (
	"fmt"
	"math"
)

func main() {
	var zero complex128
	one := complex(1, 0)
	fmt.Println(one/zero, zero/zero)
	inf := complex(math.Inf(1), 0)
	fmt.Println(inf*one, inf*complex(0, 1), one/inf)
	n := complex(math.NaN(), 0)
	fmt.Println(n == n, n != n)
	const c = 2i * 2i
	fmt.Println(c, real(c))
	var x float64 = real(c)
	fmt.Println(x)
	c64 := complex64(1e20 + 1e20i)
	fmt.Println(c64*c64, complex128(c64))
	a, b := 1+2i, 3-4i
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Printf("%.3f\n", a/b)
	fmt.Println(real(a*b) == 11, imag(a*b))
	z := complex(3, 4)
	z *= z
	z -= 1
	fmt.Println(z)
}
