// Intended error: passing a string where an int parameter is expected.
package main

import "fmt"

func double(n int) int { return n * 2 }

func main() {
	fmt.Println(double("4"))
}
