// Labeled breaks make loops, switches and selects non-terminating.
package main

func breakOuterLoop() int {
outer:
	for {
		for {
			break outer
		}
	}
}

func breakLoopFromSwitch(x int) int {
outer:
	for {
		switch x {
		case 1:
			break outer
		}
	}
}

func closureBreakDoesNotCount() int {
outer:
	for {
		func() {
			for {
				break
			}
		}()
		continue outer
	}
}

func breakSelect(ch chan int) int {
L:
	select {
	case <-ch:
		for {
			break L
		}
	}
}

func innerSwitchBreakOk(x int) int {
	for {
		switch x {
		case 1:
			break
		}
	}
}

func gotoAfterBlockOk(x int) {
	if x > 0 {
		goto L
	}
	{
		y := 1
		_ = y
	}
L:
	for {
		goto L
	}
}

func gotoIntoBlock() {
	goto L
	{
	L:
	}
	goto L
}

func blankLabel() {
_:
	for {
	}
}

func main() {}
