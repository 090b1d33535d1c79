// Intended error: a raw string literal never terminated.
package main

import "fmt"

func main() {
	fmt.Println(`abc)
}
