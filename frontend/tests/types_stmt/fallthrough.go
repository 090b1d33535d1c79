// fallthrough must end a non-final case of an expression switch.
package main

func final(x int) {
	switch x {
	case 1:
		fallthrough
	case 2:
		fallthrough
	}
}

func notLast(x int) {
	switch x {
	case 1:
		fallthrough
		println()
	case 2:
	}
}

func nested(x int) {
	switch x {
	case 1:
		{
			fallthrough
		}
	case 2:
	}
}

func typeSwitch(x any) {
	switch x.(type) {
	case int:
		fallthrough
	case string:
	}
}

func inSelect(ch chan int) {
	select {
	case <-ch:
		fallthrough
	default:
	}
}

func labeledAndTrailingEmpty(x int) {
	switch x {
	case 1:
	L:
		fallthrough
	case 2:
		goto L
	case 3:
		fallthrough
		;
	case 4:
	}
}

func main() {}
