// Intended error: fallthrough in a type switch.
package main

import "fmt"

func main() {
	var v any = 1
	switch v.(type) {
	case int:
		fallthrough
	case string:
		fmt.Println("s")
	}
}
