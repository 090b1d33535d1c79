// Expression switches: duplicate constant cases, defaults, case types.
package main

type MyInt int

func dups(x int, s string, i any) {
	switch x {
	case 1, 2, 1:
	case 1 + 1:
	case 3:
	}
	switch s {
	case "a", "b":
	case "a":
	}
	switch i {
	case 1, MyInt(1), 1.0:
	case 1:
	}
	switch x {
	case 0.1 * 10, 1:
	}
}

func defaults(x int) {
	switch x {
	default:
	case 1:
	default:
	}
}

func mismatch(x int, f func()) {
	switch x {
	case "a":
	}
	switch {
	case 1:
	}
	switch f {
	}
}

func main() {}
