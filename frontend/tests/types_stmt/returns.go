// Return statements: named results shadowed at the return.
package main

func shadowed() (x int, err error) {
	{
		x := 1
		_ = x
		return
	}
}

func shadowedByType() (T int) {
	type T struct{}
	return
}

func blankOk() (_ int) {
	return
}

func explicitOk() (x int) {
	{
		x := 2
		return x
	}
}

func main() {}
