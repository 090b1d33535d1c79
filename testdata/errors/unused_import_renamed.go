// Intended error: a renamed import that is never used.
package main

import (
	"fmt"
	str "strings"
)

func main() {
	fmt.Println("hi")
}
