// Proves Sprintf, Sprint, Sprintln, Errorf, Appendf return strings/errors with the same formatting rules as the printing functions.
package main

import (
	"errors"
	"fmt"
)

func main() {
	s := fmt.Sprintf("%s is %d years old", "Gopher", 15)
	fmt.Println(s, len(s))
	fmt.Printf("%q\n", fmt.Sprint("a", 1, 2, "b", 3.5, "c"))
	fmt.Printf("%q\n", fmt.Sprintln("a", 1, 2))
	fmt.Printf("%q\n", fmt.Sprint())
	pad := fmt.Sprintf("|%-10s|%10s|", "left", "right")
	fmt.Println(pad)
	base := errors.New("not found")
	err := fmt.Errorf("lookup %q: %w", "key", base)
	fmt.Println(err, errors.Is(err, base), errors.Unwrap(err) == base)
	b := fmt.Appendf([]byte("log: "), "%d items", 3)
	fmt.Println(string(b))
	b = fmt.Append(nil, "x", 1)
	b = fmt.Appendln(b, "y")
	fmt.Printf("%q\n", b)
	fmt.Println(fmt.Sprintf("%v", []string{"x"}) == "[x]")
}
