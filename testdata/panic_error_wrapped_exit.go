// panic with an errors.Join value prints its multi-line Error text, indented by the runtime.
package main

import (
	"errors"
	"fmt"
)

func main() {
	fmt.Println("joining")
	panic(errors.Join(errors.New("first problem"), errors.New("second problem")))
}
