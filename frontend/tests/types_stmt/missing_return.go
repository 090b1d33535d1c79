// Functions with results must end in a terminating statement.
package main

func noStatements() int {
}

func ifWithoutElse(x int) int {
	if x > 0 {
		return 1
	}
}

func loopWithBreak() int {
	for {
		break
	}
}

func loopWithCondition(x int) int {
	for x > 0 {
		return 1
	}
}

func rangeLoop(s []int) int {
	for range s {
		return 1
	}
}

func switchWithoutDefault(x int) int {
	switch x {
	case 1:
		return 1
	}
}

func switchWithLabeledBreak(x int) int {
L:
	switch x {
	case 1:
		for {
			break L
		}
	default:
		return 0
	}
}

func selectWithBreak(ch chan int) int {
	select {
	case <-ch:
		break
	}
}

func notPanic() int {
	println("x")
}

func main() {}
