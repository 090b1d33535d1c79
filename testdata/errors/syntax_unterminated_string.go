// Intended error: a string literal cut by a newline.
package main

import "fmt"

func main() {
	fmt.Println("abc)
}
