// Intended error: declaring a method on another package's type.
package main

import (
	"fmt"
	"strings"
)

func (b *strings.Builder) Reset2() {}

func main() {
	fmt.Println("x")
}
