// Intended error: package main without a main function.
package main

import "fmt"

func helper() {
	fmt.Println("x")
}
