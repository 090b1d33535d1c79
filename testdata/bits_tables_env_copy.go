// math/bits' tables are literals and syscall copies the environment when
// first used: lengths, trailing zeros and the Setenv family still agree
// with Go.

package main

import (
	"fmt"
	"math/bits"
	"os"
)

func main() {
	s := 0
	for x := 0; x < 256; x++ {
		s = s*31 + bits.Len8(uint8(x))
	}
	for i := 0; i < 64; i++ {
		s = s*31 + bits.TrailingZeros64(1<<i) + bits.TrailingZeros64(3<<i|1<<63)
	}
	fmt.Println(s, bits.Len64(1<<40), bits.LeadingZeros32(5))
	fmt.Println(os.Getenv("HOME") != "", len(os.Environ()) > 0)
	os.Setenv("GORUN_X", "1")
	os.Unsetenv("HOME")
	fmt.Println(os.Getenv("GORUN_X"), os.Getenv("HOME"))
	os.Clearenv()
	fmt.Println(len(os.Environ()))
}
