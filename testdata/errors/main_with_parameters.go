// Intended error: func main declared with a parameter.
package main

import "fmt"

func main(args []string) {
	fmt.Println(args)
}
