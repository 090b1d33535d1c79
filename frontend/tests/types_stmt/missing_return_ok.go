// Terminating statements that end functions with results.
package main

func panics() int {
	panic("x")
}

func parenthesizedPanic() int {
	(panic("x"))
}

func infinite() int {
	for {
	}
}

func infiniteWithInnerBreak() int {
	for {
		switch {
		default:
			break
		}
		select {
		default:
			break
		}
		for {
			break
		}
	}
}

func emptyAfterReturn() int {
	return 1
	;
}

func block() int {
	{
		return 1
	}
}

func gotoEnd() int {
L:
	goto L
}

func typeSwitch(x any) int {
	switch x.(type) {
	case int:
		return 1
	default:
		return 2
	}
}

func switchFallthrough(x int) int {
	switch x {
	case 1:
		fallthrough
	default:
		return 1
	}
}

func main() {
	_, _, _, _, _, _, _, _, _ = panics, parenthesizedPanic, infinite, infiniteWithInnerBreak, emptyAfterReturn, block, gotoEnd, typeSwitch, switchFallthrough
}
