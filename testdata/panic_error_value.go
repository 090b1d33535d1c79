// panic with an error value prints its Error() text; wrapped errors print the whole chain.
package main

import (
	"errors"
	"fmt"
)

func main() {
	base := errors.New("disk full")
	err := fmt.Errorf("saving %q: %w", "a.txt", base)
	fmt.Println("about to panic")
	panic(err)
}
