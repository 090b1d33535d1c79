// Proves fmt.Fprintln/Fprintf/Fprint to os.Stdout and os.Stderr go to the right streams, and return byte counts.
package main

import (
	"fmt"
	"os"
)

func main() {
	n, err := fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Println(n, err)
	n, err = fmt.Fprintln(os.Stderr, "to stderr", 2)
	fmt.Println(n, err)
	fmt.Fprintf(os.Stderr, "formatted %d%%\n", 50)
	fmt.Fprint(os.Stderr, "no newline", 3, 4, "\n")
	fmt.Fprint(os.Stdout, "a", "b", 1, 2, true, "\n")
	os.Stdout.WriteString("direct write\n")
	os.Stderr.Write([]byte("direct stderr\n"))
}
