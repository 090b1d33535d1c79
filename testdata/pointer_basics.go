// Proves pointers: &, *, new, pointers to locals outliving the call, pointer to pointer, automatic dereference of struct pointers, pointer equality.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func newInt(v int) *int {
	x := v
	return &x // escapes
}

func swap(a, b *int) { *a, *b = *b, *a }

func main() {
	x := 1
	p := &x
	*p = 2
	fmt.Println(x, *p, p == &x)
	q := newInt(5)
	r := newInt(5)
	fmt.Println(*q, *r, q == r, *q == *r)
	a, b := 3, 4
	swap(&a, &b)
	fmt.Println(a, b)
	pp := &p
	**pp = 10
	fmt.Println(x)
	n := new(int)
	fmt.Println(*n)
	var head *Node
	for i := 3; i > 0; i-- {
		head = &Node{Val: i, Next: head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	arr := [3]int{1, 2, 3}
	ep := &arr[1]
	*ep = 20
	fmt.Println(arr)
	s := []int{1, 2}
	sp := &s[0]
	s = append(s, 3, 4, 5) // reallocates; sp still points to the old array
	*sp = 100
	fmt.Println(s[0], *sp)
	var nilp *int
	fmt.Println(nilp == nil)
	st := &Node{Val: 1}
	st.Val++
	(*st).Val++
	fmt.Println(st.Val)
}
