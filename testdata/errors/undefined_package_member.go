// Intended error: a name the imported package does not export.
package main

import "fmt"

func main() {
	fmt.Printx("hi")
}
