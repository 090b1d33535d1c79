// Intended error: a for loop with a break is not a terminating statement.
package main

import "fmt"

func f() int {
	for {
		break
	}
}

func main() {
	fmt.Println(f())
}
