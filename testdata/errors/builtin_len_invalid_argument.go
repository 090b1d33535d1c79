// Intended error: len applied to an int.
package main

import "fmt"

func main() {
	fmt.Println(len(5))
}
