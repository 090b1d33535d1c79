// Recovering an error panic and panicking with a wrapped error: Go reports the first as [recovered] and the second below it.
package main

import (
	"errors"
	"fmt"
)

func main() {
	defer func() {
		r := recover()
		panic(fmt.Errorf("wrapped: %w", r.(error)))
	}()
	panic(errors.New("inner failure"))
}
