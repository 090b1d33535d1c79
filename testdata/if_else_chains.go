// Proves if/else if/else chains, if with init statement and its scope across branches, shadowing in nested ifs.
package main

import (
	"fmt"
	"strconv"
)

func grade(score int) string {
	if score >= 90 {
		return "A"
	} else if score >= 80 {
		return "B"
	} else if score >= 70 {
		return "C"
	} else {
		return "F"
	}
}

func main() {
	for _, s := range []int{95, 85, 75, 10, 90, 80} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for _, in := range []string{"42", "x", "-7"} {
		if n, err := strconv.Atoi(in); err != nil {
			fmt.Println("bad input", in)
		} else if n < 0 {
			fmt.Println("negative", n)
		} else {
			fmt.Println("ok", n)
		}
	}
	x := 1
	if x := 2; x > 1 {
		fmt.Println("inner x", x)
		if x := "three"; len(x) > 0 {
			fmt.Println("innermost x", x)
		}
	}
	fmt.Println("outer x", x)
	if true {
	} else {
		fmt.Println("never")
	}
}
