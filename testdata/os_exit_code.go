// Proves os.Exit(3) ends the program at once with that exit code, after stdout written so far.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("before exit")
	os.Exit(3)
	fmt.Println("not reached")
}
