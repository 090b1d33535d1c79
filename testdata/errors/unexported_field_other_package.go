// Intended error: referring to an unexported field of another package's type.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	fmt.Println(sb.buf)
}
