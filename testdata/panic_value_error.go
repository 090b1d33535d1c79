// Proves panic with an error value prints the error's message.
package main

import (
	"errors"
	"fmt"
)

func main() {
	err := errors.New("disk full")
	fmt.Println("writing")
	panic(fmt.Errorf("save failed: %w", err))
}
