// Unification failures: structure, named against literal types, channel
// directions, interfaces, generic function arguments.
package main

type List[T any] []T

type Tree[T any] struct{ left, right *Tree[T] }

func Two[A, B any](a A, b B, c map[A]B) {}

func SameList[T any](a, b List[T]) {}

func Chans[T any](a chan T, b chan T) {}

func Ptr[T any](p *T, q []T) {}

func TreeVal[T any](t *Tree[T]) T { var z T; return z }

func Fn[A, B any](f func(A) B, a A) B { return f(a) }

type I interface{ M() int }

type J interface{ M() string }

func Iface[T any](x interface{ M() T }) T { var z T; return z }

type impl struct{}

func (impl) M() string { return "" }

func main() {
	Two(1, "a", map[string]int{})
	SameList(List[int]{}, List[string]{})
	var c chan int
	var rc <-chan int
	Chans(c, rc)
	var i int
	Ptr(&i, []string{})
	TreeVal(&List[int]{})
	Fn(func(s string) int { return 0 }, 3)
	var j J
	_ = Iface[int](j)
}
