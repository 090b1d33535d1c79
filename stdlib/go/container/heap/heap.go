// Package heap provides heap operations on any type that implements
// heap.Interface: a min-heap by Less, stored as a binary tree in an array
// (the children of i are 2i+1 and 2i+2).
//
// Every body is here, in plain Go; the calls to Less and Swap are Go's.
package heap

import "sort"

// Interface is a collection usable as a heap: sortable by index, with
// Push and Pop at the end (Push(x) adds x as element Len(); Pop removes
// and returns element Len()-1).
type Interface interface {
	sort.Interface
	Push(x any)
	Pop() any
}

// Init establishes the heap order of h.
func Init(h Interface) {
	n := h.Len()
	for i := n/2 - 1; i >= 0; i-- {
		down(h, i, n)
	}
}

// Push adds x to the heap.
func Push(h Interface, x any) {
	h.Push(x)
	up(h, h.Len()-1)
}

// Pop removes and returns the least element (by Less).
func Pop(h Interface) any {
	n := h.Len() - 1
	h.Swap(0, n)
	down(h, 0, n)
	return h.Pop()
}

// Remove removes and returns element i.
func Remove(h Interface, i int) any {
	n := h.Len() - 1
	if n != i {
		h.Swap(i, n)
		if !down(h, i, n) {
			up(h, i)
		}
	}
	return h.Pop()
}

// Fix re-establishes the heap order after element i changed.
func Fix(h Interface, i int) {
	if !down(h, i, h.Len()) {
		up(h, i)
	}
}

// up moves element j up while it is less than its parent.
func up(h Interface, j int) {
	for {
		i := (j - 1) / 2 // the parent (0 for 0)
		if i == j || !h.Less(j, i) {
			break
		}
		h.Swap(i, j)
		j = i
	}
}

// down moves element i0 down, among the first n, while a child is less;
// it reports whether it moved.
func down(h Interface, i0, n int) bool {
	i := i0
	for {
		j1 := 2*i + 1
		if j1 >= n || j1 < 0 { // j1 < 0 after overflow
			break
		}
		j := j1
		if j2 := j1 + 1; j2 < n && h.Less(j2, j1) {
			j = j2
		}
		if !h.Less(j, i) {
			break
		}
		h.Swap(i, j)
		i = j
	}
	return i > i0
}
