// Proves scanning an empty standard input yields no lines and no error.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	n := 0
	for sc.Scan() {
		n++
	}
	fmt.Println("lines:", n, "err:", sc.Err())
}
