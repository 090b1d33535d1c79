// Proves constraints with core types: arithmetic on ~int|~float64, range over T whose core type is a slice, map, string or channel, len/cap/make/new on T, and comparable ==.
package main

import "fmt"

type Number interface {
	~int | ~int32 | ~float64 | ~uint8
}

type Score int

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Mean[T ~int | ~float64](xs []T) float64 {
	return float64(Sum(xs...)) / float64(len(xs))
}

func Scale[S ~[]E, E Number](s S, k E) S {
	out := make(S, len(s), cap(s)+2)
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

func Runes[S ~string](s S) (n int) {
	for range s {
		n++
	}
	return n
}

func Drain[C ~chan E, E any](c C) []E {
	var out []E
	for v := range c {
		out = append(out, v)
	}
	return out
}

func Count[T comparable](xs []T, x T) int {
	n := 0
	for _, y := range xs {
		if y == x {
			n++
		}
	}
	return n
}

func NewOf[T any](v T) *T {
	p := new(T)
	*p = v
	return p
}

func MakeSlice[S ~[]E, E any](n int, v E) S {
	s := make(S, n)
	for i := range s {
		s[i] = v
	}
	return s
}

type Ints []int
type Str string
type key struct{ a, b int }

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Shift[T ~int | ~uint8](x T, n int) T { return x<<n | x>>1 }

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[Score](4, 5), Sum[uint8](200, 100))
	fmt.Println(Mean([]int{1, 2, 4}), Mean([]float64{0.5, 1}))
	s := Scale(Ints{1, 2, 3}, 10)
	fmt.Printf("%v %T %d %d\n", s, s, len(s), cap(s))
	fmt.Println(Runes(Str("héllo")), Runes("abc"))
	c := make(chan string, 3)
	c <- "x"
	c <- "y"
	close(c)
	fmt.Println(Drain(c))
	fmt.Println(Count([]string{"a", "b", "a"}, "a"), Count([]key{{1, 2}, {1, 2}, {2, 1}}, key{1, 2}))
	var e1, e2 any = 1, "1"
	fmt.Println(Count([]any{e1, e2, 1}, e1))
	p := NewOf(Str("v"))
	fmt.Println(*p, *NewOf(3.5))
	fmt.Println(MakeSlice[Ints](3, 7), len(MakeSlice[[]key](2, key{1, 1})))
	fmt.Println(Max(3, 7), Max(2.5, -1), Max("abc", "abd"))
	fmt.Println(Shift(3, 2), Shift[uint8](200, 1))
}
