// Intended error: a switch case of a different type than the tag.
package main

import "fmt"

func main() {
	x := 1
	switch x {
	case "one":
		fmt.Println(x)
	}
}
