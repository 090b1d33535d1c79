// Proves os.Args holds the program name then each argument verbatim (spaces, empty strings, unicode, dashes).
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	fmt.Println("argc:", len(os.Args))
	fmt.Println("program name non-empty:", os.Args[0] != "")
	for i, a := range os.Args[1:] {
		fmt.Printf("%d: %q\n", i+1, a)
	}
	sum := 0
	for _, a := range os.Args[1:] {
		if n, err := strconv.Atoi(a); err == nil {
			sum += n
		}
	}
	fmt.Println("sum of numeric args:", sum)
}
