// Duplicate cases of constants of every kind, and switches on incomparable values.
package main

type S struct{ s []int }

func dupcases(i any, s string, b bool, r rune, f float64) {
	const c = "x"
	switch s {
	case c, "x":
	}
	switch b {
	case true, true:
	}
	switch r {
	case 'a', 97:
	}
	switch i {
	case int8(1), int16(1), int8(1):
	}
	switch f {
	case 0.1, 0.1, 0.5, 1.0 / 2:
	}
	switch {
	case b, b:
	case 1 == 1, true:
	}
	var x int
	switch {
	case x:
	}
}

func comparable(m map[int]int, fn func(), sl []int) {
	switch m {
	case nil:
	}
	switch fn {
	}
	switch sl {
	}
	switch (S{}) {
	}
}

func main() {}
