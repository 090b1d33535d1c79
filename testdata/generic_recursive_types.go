// Recursive generic types: a generic binary tree with a comparator and in-order iteration.
package main

import (
	"cmp"
	"fmt"
	"strings"
)

type Tree[T any] struct {
	cmp  func(a, b T) int
	root *node[T]
}

type node[T any] struct {
	v           T
	left, right *node[T]
}

func New[T cmp.Ordered]() *Tree[T] { return &Tree[T]{cmp: cmp.Compare[T]} }

func (t *Tree[T]) Insert(v T) {
	p := &t.root
	for *p != nil {
		if t.cmp(v, (*p).v) < 0 {
			p = &(*p).left
		} else {
			p = &(*p).right
		}
	}
	*p = &node[T]{v: v}
}

func (n *node[T]) walk(f func(T)) {
	if n == nil {
		return
	}
	n.left.walk(f)
	f(n.v)
	n.right.walk(f)
}

func (t *Tree[T]) String() string {
	var sb strings.Builder
	t.root.walk(func(v T) { fmt.Fprint(&sb, v, " ") })
	return strings.TrimSpace(sb.String())
}

func main() {
	t := New[int]()
	for _, v := range []int{5, 3, 8, 1, 4, 9, 7} {
		t.Insert(v)
	}
	fmt.Println(t)
	s := New[string]()
	for _, v := range strings.Fields("pear apple fig banana") {
		s.Insert(v)
	}
	fmt.Println(s.String())
	fmt.Println(cmp.Compare(1.5, 2), cmp.Less("b", "a"), min(3, 1, 2), max("a", "b"))
}
