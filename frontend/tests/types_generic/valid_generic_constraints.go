// Constraints that mention their own type parameters (F-bounded),
// constraints with methods and type terms, comparable, and type
// parameters used as type arguments inside generic bodies.
package main

type Lesser[T any] interface{ Less(T) bool }

func Min[T Lesser[T]](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x.Less(m) {
			m = x
		}
	}
	return m
}

type Age int

func (a Age) Less(b Age) bool { return a < b }

type Cloner[T any] interface {
	~[]byte | ~string
	Clone() T
}

type Buf []byte

func (b Buf) Clone() Buf { return append(Buf(nil), b...) }

func CloneAll[T Cloner[T]](xs []T) []T {
	r := make([]T, len(xs))
	for i, x := range xs {
		r[i] = x.Clone()
	}
	return r
}

type Set[T comparable] map[T]struct{}

func Union[T comparable](a, b Set[T]) Set[T] {
	r := Set[T]{}
	for k := range a {
		r[k] = struct{}{}
	}
	for k := range b {
		r[k] = struct{}{}
	}
	return r
}

func Dedup[T comparable](xs []T) []T {
	seen := Set[T]{}
	var r []T
	for _, x := range xs {
		if _, ok := seen[x]; !ok {
			seen[x] = struct{}{}
			r = append(r, x)
		}
	}
	return r
}

type Entry[K comparable, V any] struct {
	Key K
	Val V
}

func Entries[K comparable, V any](m map[K]V) []Entry[K, V] {
	var r []Entry[K, V]
	for k, v := range m {
		r = append(r, Entry[K, V]{k, v})
	}
	return r
}

type PtrTo[T any] interface {
	*T
	Reset()
}

type Conf struct{ n int }

func (c *Conf) Reset() { c.n = 0 }

func ResetAll[T any, P PtrTo[T]](xs []T) {
	for i := range xs {
		P(&xs[i]).Reset()
	}
}

type Iface interface{ M() }

type impl int

func (impl) M() {}

func Eq[T comparable](a, b T) bool { return a == b }

type Getter[T any] interface{ Get() T }

// T is inferred from G's methods, through G's generic bound.
func Extract[G Getter[T], T any](g G) T { return g.Get() }

type box struct{}

func (box) Get() int { return 1 }

func main() {
	_ = Min[Age](3, 1, 2)
	_ = Min(Age(3), Age(1))
	_ = CloneAll([]Buf{{1}})
	_ = Union(Set[string]{}, Set[string]{"a": {}})
	_ = Dedup([]float64{1, 1})
	es := Entries(map[string]bool{"x": true})
	_ = es[0].Key + "y"
	cs := []Conf{{1}}
	ResetAll[Conf](cs)
	ResetAll(cs)
	var i Iface = impl(1)
	_ = Eq(i, i)
	_ = Eq[any](1, "x")
	_ = Extract(box{}) + 1
}
