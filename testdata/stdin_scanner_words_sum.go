// Proves bufio.Scanner with ScanWords over stdin: parses integers across lines and reports invalid tokens.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Split(bufio.ScanWords)
	sum, count := 0, 0
	var bad []string
	for sc.Scan() {
		n, err := strconv.Atoi(sc.Text())
		if err != nil {
			bad = append(bad, sc.Text())
			continue
		}
		sum += n
		count++
	}
	fmt.Println("count", count, "sum", sum)
	fmt.Printf("bad %q\n", bad)
}
