// Intended error: referring to an unexported function of another package.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.indexFunc("a", nil, true))
}
