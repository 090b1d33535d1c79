// Instances of instances, mutually recursive generic types, embedding,
// method values and expressions of instances, constraint type inference,
// interfaces with type parameters, generic methods through embedding.
package main

type Option[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Option[T] { return Option[T]{v, true} }
func None[T any]() Option[T]     { return Option[T]{} }

func (o Option[T]) Get() (T, bool) { return o.val, o.ok }

func (o Option[T]) OrElse(d T) T {
	if o.ok {
		return o.val
	}
	return d
}

type Graph[N comparable, E any] struct {
	nodes map[N]*Vertex[N, E]
}

type Vertex[N comparable, E any] struct {
	id    N
	edges []Edge[N, E]
	g     *Graph[N, E]
}

type Edge[N comparable, E any] struct {
	to   *Vertex[N, E]
	data E
}

func (g *Graph[N, E]) Add(id N) *Vertex[N, E] {
	if g.nodes == nil {
		g.nodes = map[N]*Vertex[N, E]{}
	}
	v := &Vertex[N, E]{id: id, g: g}
	g.nodes[id] = v
	return v
}

func (v *Vertex[N, E]) Connect(w *Vertex[N, E], d E) {
	v.edges = append(v.edges, Edge[N, E]{to: w, data: d})
}

type Base[T any] struct{ items []T }

func (b *Base[T]) Add(x T)   { b.items = append(b.items, x) }
func (b Base[T]) Count() int { return len(b.items) }

type Named[T any] struct {
	Base[T]
	name string
}

type Container[T any] interface {
	Add(T)
	Count() int
}

func Fill[T any, C Container[T]](c C, xs ...T) C {
	for _, x := range xs {
		c.Add(x)
	}
	return c
}

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

func SortedInsert[S ~[]E, E Ordered](s S, v E) S {
	i := 0
	for i < len(s) && s[i] < v {
		i++
	}
	s = append(s, v)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

type Celsius float64
type Temps []Celsius

func Index[E comparable](s []E, v E) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}

type Matrix[T interface{ ~int | ~float64 }] [][]T

func (m Matrix[T]) At(i, j int) T { return m[i][j] }

func Zero[T any]() (z T) { return }

type Fn[A, B any] func(A) B

func Compose[A, B, C any](f Fn[A, B], g Fn[B, C]) Fn[A, C] {
	return func(a A) C { return g(f(a)) }
}

type Number interface{ ~int | ~float64 }

func Scale[S ~[]E, E Number](s S, c E) S {
	r := make(S, len(s))
	for i, x := range s {
		r[i] = x * c
	}
	return r
}

type Point []int

func (p Point) String() string { return "p" }

func Chan[T any](c chan T) <-chan T { return c }

func Deref[P interface{ *E }, E any](p P) E { return *p }

func main() {
	o := Some(3)
	_ = o.OrElse(4)
	v, ok := o.Get()
	_, _ = v, ok
	n := None[string]()
	_ = n.OrElse("x")
	get := o.Get
	_, _ = get()
	orElse := Option[int].OrElse
	_ = orElse(o, 5)

	var g Graph[string, float64]
	a := g.Add("a")
	b := g.Add("b")
	a.Connect(b, 1.5)
	_ = a.edges[0].to.edges
	_ = a.g.nodes["b"].id

	var nm Named[int]
	nm.Add(1)
	_ = nm.Count()
	nm.Base.Add(2)
	p := Fill[int](&Base[int]{}, 1, 2, 3)
	_ = p.Count()

	ts := SortedInsert(Temps{1, 3}, 2)
	var _ Temps = ts
	_ = Index(ts, 3)
	_ = Index([]string{"a"}, "a")

	m := Matrix[float64]{{1, 2}}
	_ = m.At(0, 1) + 1.0

	_ = Zero[Option[Option[int]]]().val.ok

	f := Compose(func(i int) string { return "s" }, func(s string) bool { return s == "" })
	_ = f(1)

	s := Scale(Point{1, 2}, 2)
	_ = s.String()

	c := make(chan int)
	var rc <-chan int = Chan(c)
	_ = rc

	x := 5
	_ = Deref(&x) + 1
}
