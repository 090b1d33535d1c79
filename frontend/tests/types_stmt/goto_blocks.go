// goto may not jump into a block or over a variable declaration.
package main

func intoIf(x int) {
	goto Inside
	if x > 0 {
	Inside:
		println()
	}
}

func intoElse(x int) {
	goto Else
	if x > 0 {
	} else {
	Else:
		println()
	}
}

func intoCase(x int) {
	goto Case
	switch x {
	case 1:
	Case:
		println()
	}
}

func intoLoop() {
	goto Body
	for {
	Body:
	}
}

func overShortDecl() {
	goto After
	a, b := 1, 2
	_, _ = a, b
After:
}

func overVar() {
	goto After
	var c = 3
	_ = c
After:
}

func outOfBlockOk(x int) {
	if x > 0 {
		goto Out
	}
	v := 1
	_ = v
Out:
	{
		goto Out
	}
}

func backwardOverDeclOk() {
	v := 1
Back:
	w := v
	if w > 10 {
		goto Back
	}
}

func main() {}
