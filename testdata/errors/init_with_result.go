// Intended error: func init declared with a result.
package main

import "fmt"

func init() int { return 0 }

func main() {
	fmt.Println("x")
}
