// Intended error: ranging over a float64.
package main

import "fmt"

func main() {
	f := 3.0
	for i := range f {
		fmt.Println(i)
	}
}
