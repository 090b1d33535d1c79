// Proves byte and rune are aliases of uint8 and int32, rune literals, and uintptr arithmetic.
package main

import "fmt"

func main() {
	var b byte = 'A'
	var u uint8 = b
	var r rune = 'é'
	var i int32 = r
	fmt.Println(b, u, r, i)
	fmt.Printf("%T %T %T %T\n", b, u, r, i)
	fmt.Println('a'+1, 'z'-'a', string(rune('a'+2)))
	fmt.Println('\n', '\t', '\\', '\'', '\x41', '\101', '\u00e9', '\U0001F600')
	var p uintptr = 0x1000
	p += 0x10
	fmt.Println(p, p*2, p>>4)
	fmt.Printf("%T\n", p)
	var d = 'x' * 2 // untyped rune constant defaults to rune
	fmt.Printf("%T %v\n", d, d)
}
