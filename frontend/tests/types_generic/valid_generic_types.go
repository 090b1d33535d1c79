// Generic types with methods, recursive generic types, generic aliases.
package main

type List[T any] struct {
	next *List[T]
	val  T
}

func (l *List[T]) Push(v T) *List[T] { return &List[T]{next: l, val: v} }

func (l *List[T]) Len() int {
	n := 0
	for e := l; e != nil; e = e.next {
		n++
	}
	return n
}

func (l *List[T]) Each(f func(T)) {
	for e := l; e != nil; e = e.next {
		f(e.val)
	}
}

type Pair[K, V comparable] struct {
	Key K
	Val V
}

func (p Pair[K, V]) Swap() Pair[V, K] { return Pair[V, K]{p.Val, p.Key} }

type Tree[T interface{ ~int | ~string }] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }

type Vec[T any] = []T
type IntList = List[int]
type PairOf[V comparable] = Pair[string, V]

type Stack[T any] struct{ items Vec[T] }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Node[T any] interface {
	Children() []Node[T]
	Value() T
}

type leaf[T any] struct{ v T }

func (l leaf[T]) Children() []Node[T] { return nil }
func (l leaf[T]) Value() T            { return l.v }

func main() {
	var l *List[int]
	l = l.Push(1).Push(2)
	var il *IntList = l
	_ = il.Len()
	l.Each(func(x int) { println(x) })

	p := Pair[string, int]{"a", 1}
	q := p.Swap()
	var _ Pair[int, string] = q
	var po PairOf[int] = p
	_ = po

	var t *Tree[string]
	t = t.Insert("b").Insert("a")
	_ = t.Left.Val

	s := Set[string]{}
	s.Add("x")
	_ = s.Has("x")

	var v Vec[int] = []int{1, 2}
	_ = v

	var st Stack[float64]
	st.Push(1.5)
	x, ok := st.Pop()
	_, _ = x, ok

	var n Node[int] = leaf[int]{3}
	_ = n.Value() + 1
	_ = len(n.Children())
}
