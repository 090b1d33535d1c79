// Type switches: guards, duplicate and impossible cases, clause variables.
package main

type I interface{ M() }

type T struct{}

func (T) M() {}

type U struct{}

func guards[P any](p P, n int, i I) {
	switch p.(type) {
	}
	switch n.(type) {
	}
	switch _ := i.(type) {
	}
}

func cases(i I, e any) {
	switch i.(type) {
	case T, *T:
	case T:
	case nil, nil:
	case U:
	}
	switch v := e.(type) {
	case int:
		var n int = v
		_ = n
	case int8, int16:
		var n int = v
		_ = n
	case nil:
		var n int = v
		_ = n
	default:
		var n int = v
		_ = n
	}
}

func main() {}
