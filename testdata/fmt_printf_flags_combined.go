// Proves combinations of flags: + with space, - overriding 0, # with o/x/X/q/e/g, 0 padding of negative numbers and of strings.
package main

import "fmt"

func main() {
	fmt.Printf("[%+ d] [% +d] [%-05d] [%0-5d]\n", 5, 5, 5, 5)
	fmt.Printf("[%#o] [%#x] [%#X] [%#8x] [%#-8x] [%#08x]\n", 8, 255, 255, 255, 255, 255)
	fmt.Printf("[%05d] [%+05d] [%05.1f] [%+.3e] [%#.0f] [%#e]\n", -42, 42, -2.5, 12345.678, 3.0, 1.0)
	fmt.Printf("[%x] [%X] [%#x]\n", -1, int8(-128), uint8(128))
	fmt.Printf("[%08.3d] [%+08d] [% 08d]\n", 7, 7, 7)
	fmt.Printf("[%-+6d] [%- 6d] [%6.2f%%]\n", 3, 3, 99.5)
	fmt.Printf("[%3c] [%-3c] [%03d]\n", 'x', 'y', 7)
	fmt.Printf("[% d] [% d] [%+d] [%+d]\n", 0, -0, 0, -1)
}
