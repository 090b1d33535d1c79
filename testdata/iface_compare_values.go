// Interface comparison: same dynamic type and value are equal; different types never are; pointers by identity.
package main

import "fmt"

type A struct{ n int }
type B struct{ n int }
type S string

type I interface{}

func main() {
	var x, y any = A{1}, A{1}
	fmt.Println(x == y, x == any(B{1}), x == any(A{2}))
	p := &A{1}
	var q any = p
	fmt.Println(q == any(p), q == any(&A{1}))
	fmt.Println(any(S("a")) == any("a"), any(S("a")) == any(S("a")))
	var e1, e2 error
	fmt.Println(e1 == e2, e1 == nil)
	arr1 := [2]any{1, "a"}
	arr2 := [2]any{1, "a"}
	fmt.Println(arr1 == arr2)
	type st struct {
		v any
		k int
	}
	fmt.Println(st{1, 2} == st{1, 2}, st{1, 2} == st{int64(1), 2})
	var f1 any = 0.0
	var f2 any = -0.0
	nan := 0.0
	nan = nan / nan
	fmt.Println(f1 == f2, any(nan) == any(nan))
	m := map[any]int{}
	m[1] = 1
	m[int8(1)] = 2
	m["1"] = 3
	m[A{1}] = 4
	fmt.Println(len(m), m[1], m[int8(1)], m[A{1}], m[B{1}])
}
