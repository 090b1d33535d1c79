// Proves goto: backward jumps forming a loop, forward jumps skipping code, and jumping out of nested blocks.
package main

import "fmt"

func main() {
	i := 0
loop:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto loop
	}
	fmt.Println()

	n := 0
	for {
		for {
			n++
			if n == 7 {
				goto done
			}
		}
	}
done:
	fmt.Println("escaped at", n)

	x := 3
	if x > 2 {
		goto skip
	}
	fmt.Println("skipped")
skip:
	fmt.Println("after skip")

	// collatz with goto
	c, steps := 27, 0
again:
	if c != 1 {
		if c%2 == 0 {
			c /= 2
		} else {
			c = 3*c + 1
		}
		steps++
		goto again
	}
	fmt.Println("collatz(27) steps:", steps)
}
