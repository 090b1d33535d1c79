// Identity and method sets of instances: instances written apart are
// identical, implement interfaces through their instantiated methods,
// and compare as their underlying types allow.
package main

type Stringer interface{ String() string }

type Box[T any] struct{ v T }

func (b Box[T]) String() string { return "box" }
func (b *Box[T]) Set(v T)       { b.v = v }

type Setter[T any] interface{ Set(T) }

type Wrapper[T any] struct {
	*Box[T]
	extra int
}

type Key[T comparable] struct{ k T }

type Cache[K comparable, V any] struct {
	m map[Key[K]]V
}

func NewCache[K comparable, V any]() *Cache[K, V] {
	return &Cache[K, V]{m: map[Key[K]]V{}}
}

func (c *Cache[K, V]) Put(k K, v V) { c.m[Key[K]{k}] = v }

func (c *Cache[K, V]) Get(k K) (V, bool) {
	v, ok := c.m[Key[K]{k}]
	return v, ok
}

type Ints = Box[int]
type Bytes = Box[[]byte]

func takesBox(b Box[int]) {}

func generic[T any](x T) Box[T] { return Box[T]{x} }

func main() {
	var a Box[int]
	var b Ints = a
	a = b
	takesBox(b)
	var s Stringer = a
	_ = s
	var ps Stringer = &a
	_ = ps
	var st Setter[int] = &a
	st.Set(1)
	var _ Setter[int] = &b

	var x Box[[]uint8]
	var y Bytes = x
	_ = y
	var z Box[struct{ f int }]
	var w Box[struct{ f int }] = z
	_ = w == z

	var wr Wrapper[string]
	wr.Box = &Box[string]{}
	wr.Set("x")
	_ = wr.String()
	var _ Setter[string] = wr

	c := NewCache[string, float64]()
	c.Put("a", 1)
	v, ok := c.Get("a")
	_, _ = v+1, ok

	g := generic(3)
	takesBox(g)
	var gp *Box[int] = &g
	gp.Set(4)
	_ = Box[int]{} == g
}
