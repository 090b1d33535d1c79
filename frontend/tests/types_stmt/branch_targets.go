// Labeled break and continue must name an enclosing for, switch or select.
package main

func badTargets(x int) {
B:
	if x > 0 {
		break B
	}
C:
	switch x {
	case 1:
		continue C
	}
	for {
		break Later
	}
Later:
	for {
		continue Nope
	}
}

func validTargets(ch chan int) {
S:
	select {
	case <-ch:
		break S
	}
F:
	for range 3 {
		switch {
		default:
			continue F
		}
	}
}

func main() {}
