// Proves reading standard input line by line with bufio.Scanner, including an empty line, UTF-8 and a last line without newline.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		fmt.Printf("%d: %q (%d bytes) upper=%s\n", n, line, len(line), strings.ToUpper(line))
	}
	if err := sc.Err(); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println("lines:", n)
}
