// Intended error: an unexpected newline in a call's argument list (missing comma).
package main

import "fmt"

func main() {
	fmt.Println("a",
		"b"
	)
}
