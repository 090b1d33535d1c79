// Comparing structs, arrays and switch cases holding interfaces with uncomparable dynamic values panics with Go's message.
package main

import "fmt"

type S struct {
	A int
	V any
}

func try(name string, f func() bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	fmt.Println(name, f())
}

func main() {
	try("struct diff A", func() bool { return S{1, []int{1}} == S{2, []int{1}} })
	try("struct same A", func() bool { return S{1, []int{1}} == S{1, []int{1}} })
	try("array", func() bool { return [2]any{1, map[int]int{}} == [2]any{1, map[int]int{}} })
	try("array first differs", func() bool { return [2]any{1, map[int]int{}} == [2]any{2, map[int]int{}} })
	try("switch", func() bool {
		var x any = []string{"a"}
		switch x {
		case 1:
			return false
		case "a":
			return false
		}
		return true
	})
	try("switch match type", func() bool {
		var x any = []string{"a"}
		var y any = []string{"a"}
		switch x {
		case y:
			return true
		}
		return false
	})
	try("array type mismatch later", func() bool { return [2]any{[]int{}, 1} == [2]any{[]int{}, "x"} })
	try("big array", func() bool {
		var a, b [1000]any
		a[999], b[999] = []int{}, []int{}
		return a == b
	})
	try("big array differs early", func() bool {
		var a, b [1000]any
		a[0], b[0] = 1, 2
		a[999], b[999] = []int{}, []int{}
		return a == b
	})
	type T struct {
		A [3]string
		B any
		C int
	}
	try("nested struct", func() bool { return T{[3]string{"x"}, []int{}, 1} == T{[3]string{"y"}, []int{}, 1} })
	try("via interface", func() bool {
		var x, y any = T{[3]string{"x"}, []int{}, 1}, T{[3]string{"y"}, []int{}, 1}
		return x == y
	})
	var big1, big2 [100000]int
	big2[99999] = 1
	fmt.Println(big1 == big2, big1 == [100000]int{})
	try("func in iface", func() bool {
		var f any = main
		return f == f
	})
}
