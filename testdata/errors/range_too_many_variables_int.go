// Intended error: two iteration variables ranging over an int.
package main

import "fmt"

func main() {
	for i, j := range 10 {
		fmt.Println(i, j)
	}
}
