// complex64/128 with strconv.FormatComplex/ParseComplex and fmt verbs; real/imag of constants and conversions.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	c := complex(1.5, -2.25)
	fmt.Println(strconv.FormatComplex(c, 'f', 2, 128), strconv.FormatComplex(c, 'g', -1, 64))
	p, err := strconv.ParseComplex("(3+4i)", 128)
	fmt.Println(p, err)
	p, err = strconv.ParseComplex("2i", 64)
	fmt.Println(p, err)
	_, err = strconv.ParseComplex("1+", 128)
	fmt.Println(err)
	const k = 3 + 0i
	var f float64 = real(k)
	var i int = int(imag(2i * 2i))
	fmt.Println(f, i)
	c64 := complex64(c)
	fmt.Printf("%v %.1f %T\n", c64, c64, c64)
	fmt.Printf("%8.2f|%-12.1e|\n", c, c)
	fmt.Println(c == complex(1.5, -2.25), c != 0)
}
