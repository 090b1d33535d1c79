// Local variables must be used; a type switch binding must be used in some clause.
package main

func simple() {
	x := 1
	var y, z int
	z = 2
	_ = z
}

func nested(c bool) {
	if v := 1; c {
		w := 2
		_ = func() {
			inner := 3
		}
	}
}

func assignedOnly() {
	a := 1
	a = 2
	b := 0
	b++
	c := []int{}
	c[0] = 1
}

func typeSwitch(x any) {
	switch t := x.(type) {
	case int:
	case string:
	}
	switch u := x.(type) {
	case int:
		_ = u
	case string:
	}
}

func ranges(s []int) {
	for i, v := range s {
		_ = i
	}
	for k := range s {
	}
}

func params(p int) (r int) {
	return
}

func main() {}
