// Proves a pointer-receiver method may be called on a nil pointer as long as it does not dereference it.
package main

import "fmt"

type List struct {
	v    int
	next *List
}

func (l *List) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.next.Len()
}

func (l *List) Sum() int {
	if l == nil {
		return 0
	}
	return l.v + l.next.Sum()
}

func main() {
	var l *List
	fmt.Println(l.Len(), l.Sum())
	l = &List{1, &List{2, &List{3, nil}}}
	fmt.Println(l.Len(), l.Sum())
}
