// Proves exit codes are passed through modulo 256 as the OS does: os.Exit(255) gives 255, and stderr output is preserved.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "fatal: giving up")
	fmt.Println("stdout line")
	os.Exit(255)
}
