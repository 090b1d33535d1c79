// Complex numbers under %v %g %e %f %.2f %+v with widths, and complex64 precision.
package main

import (
	"fmt"
	"math"
)

func main() {
	cs := []complex128{0, 1 + 2i, -1.5 - 0.5i, complex(math.Inf(1), math.NaN()), complex(1e21, 1e-7), complex(0, math.Copysign(0, -1))}
	for _, c := range cs {
		fmt.Printf("%v|%g|%.2f|%e|%+.1f|%8.1f|%#v\n", c, c, c, c, c, c, c)
	}
	var c64 complex64 = complex(float32(1)/3, 2)
	fmt.Println(c64, real(c64), imag(c64))
	fmt.Printf("%T %T\n", c64, real(c64))
	a := 3 + 4i
	fmt.Println(math.Hypot(real(a), imag(a)), a*a, a/(1+1i), complex(real(a), -imag(a)), a == complex(3, 4))
	fmt.Printf("%x %d\n", 1+2i, 1+2i)
	var z complex128
	fmt.Println(1/z, z/z)
}
