// Integer verbs %b %c %d %o %O %q %x %X %U with flags + - # space 0, widths and precisions, on signed and unsigned types.
package main

import "fmt"

func main() {
	vals := []any{0, 42, -42, int8(-128), uint8(255), int64(-1 << 63), uint64(1<<64 - 1), uintptr(4096)}
	verbs := []string{"%b", "%o", "%O", "%d", "%x", "%X", "%#x", "%#o", "%#b", "%+d", "% d", "%08d", "%-8d|", "%8.3d", "%.0d", "%+.3x", "%# x", "%#08x"}
	for _, v := range vals {
		for _, verb := range verbs {
			fmt.Printf(verb+" ", v)
		}
		fmt.Println()
	}
	for _, r := range []any{'A', 0x1F600, -1, 0x110000, int64(0xD800)} {
		fmt.Printf("%c|%q|%U|%#U|%+q|%x\n", r, r, r, r, r, r)
	}
	fmt.Printf("%.0d|%.0d|%5.0d|\n", 0, 1, 0)
	fmt.Printf("%x %X %o\n", -255, -255, -8)
	fmt.Printf("%010.4d|%-010d|%+010d\n", 42, 42, 42)
}
