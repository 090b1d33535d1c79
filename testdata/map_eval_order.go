// Proves evaluation order around map assignments as gc orders it: calls on the right of m[k] op= f() run before m[k] is read, the place is evaluated before the value, a nil-map write panics after both, and m[k] /= 0 panics before inserting k.
package main

import "fmt"

var m = map[string]int{}

func f() int {
	m["a"] = 100
	return 1
}

func key(s string) string {
	fmt.Println("key", s)
	return s
}

func val(v int) int {
	fmt.Println("val", v)
	return v
}

func main() {
	m["a"] += f()
	fmt.Println(m)
	m[key("b")] = val(len(m))
	fmt.Println(m)
	var nm map[string]int
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		nm[key("x")] = val(1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		nm[key("y")] += val(2)
	}()
	x := map[int]int{}
	i := 0
	x[i], i = 10, 5
	fmt.Println(x, i)
	a := map[int]int{1: 10, 2: 20}
	a[1], a[2] = a[2], a[1]
	fmt.Println(a)
	m2 := map[string][]int{}
	m2["s"] = append(m2["s"], len(m2))
	fmt.Println(m2)
	cnt := map[string]int{}
	cnt["n"] = len(cnt) + 10
	fmt.Println(cnt)
	zero := 0
	d := map[string]int{}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		d["div"] /= zero
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		d["mod"] %= zero
	}()
	fmt.Println(len(d))
}
