// Print adds spaces only between operands when neither is a string; Println always; Sprint of mixed types.
package main

import (
	"errors"
	"fmt"
)

type S struct{ a int }

func main() {
	fmt.Print(1, 2, "a", "b", 3, 4.5, true, nil, "\n")
	fmt.Print("x", 1, 2, "y", "\n")
	fmt.Print(S{1}, S{2}, "\n")
	fmt.Print(errors.New("e1"), errors.New("e2"), "\n")
	fmt.Print([]int{1}, []int{2}, "\n")
	fmt.Println(1, "a", nil, 2.0, 'x', []string{})
	s := fmt.Sprint("a", 1, 2, "b")
	fmt.Println(s, len(s))
	s = fmt.Sprintln("a", 1)
	fmt.Printf("%q\n", s)
	fmt.Print()
	fmt.Println()
	n, err := fmt.Println("count", 12)
	fmt.Println(n, err)
	fmt.Print(true, false, "\n")
	var np *int
	fmt.Print(np, np, "\n")
}
