// Constraint interfaces embedding others, generic interfaces with type parameters, and methods via constraint.
package main

import "fmt"

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

type Container[T any] interface {
	Put(T)
	All() []T
}

type Bag[T Ordered] struct{ items []T }

func (b *Bag[T]) Put(v T)  { b.items = append(b.items, v) }
func (b *Bag[T]) All() []T { return b.items }

func Fill[T Ordered, C Container[T]](c C, vs ...T) C {
	for _, v := range vs {
		c.Put(v)
	}
	return c
}

func MaxOf[T Ordered](c Container[T]) T {
	all := c.All()
	m := all[0]
	for _, v := range all[1:] {
		if v > m {
			m = v
		}
	}
	return m
}

type Named interface {
	comparable
	Name() string
}

type User struct{ N string }

func (u User) Name() string { return u.N }

func Dedup[T Named](xs []T) []string {
	seen := map[T]bool{}
	var out []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x.Name())
		}
	}
	return out
}

func main() {
	b := Fill(&Bag[int]{}, 3, 9, 2)
	fmt.Println(b.All(), MaxOf[int](b))
	s := Fill(&Bag[string]{}, "pear", "apple")
	fmt.Println(MaxOf[string](s))
	fmt.Println(Dedup([]User{{"a"}, {"b"}, {"a"}}))
}
