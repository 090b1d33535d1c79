// Proves os.Exit(0) exits successfully without running the rest of main.
package main

import (
	"fmt"
	"os"
)

func main() {
	for i := 0; ; i++ {
		fmt.Println("iteration", i)
		if i == 2 {
			os.Exit(0)
		}
	}
}
