// Function literals have their own labels and unused variables; scopes of statements.
package main

func closures() {
L:
	for {
		f := func() {
		L:
			for {
				break L
			}
			goto M
		M:
		}
		f()
		break L
	}
	g := func() int {
		x := 1
		return 0
	}
	_ = g
}

func typeSwitchUsedInClosure(e any) {
	switch v := e.(type) {
	case int:
		func() { _ = v }()
	}
}

func shadowedSecondResult() (a, b int) {
	{
		b := 2
		_ = b
		return
	}
}

func statementScopes(x int) {
	if v := 1; x > 0 {
		v := 2
		_ = v
	} else if w := v; w > 0 {
	} else {
		_ = w
	}
	switch s := 1; s {
	}
	switch t := 2; {
	}
	for i := 0; i < 3; i++ {
		i := "shadow"
		_ = i
	}
	switch y := x; {
	case y > 0:
		y := 1
	}
}

func main() {}
