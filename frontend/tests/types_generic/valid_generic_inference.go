// Inference subtleties: defined types win over literals, directed
// channels, interface inference, generic function arguments, untyped
// constants mixing kinds, nil arguments, core types of constraints.
package main

type IntSlice []int

func First[T any](a, b T) T { return a }

func Send[T any](a, b chan<- T) {}

func Recv[T any](c <-chan T) T { return <-c }

type Reader interface{ Read() int }

type file struct{}

func (file) Read() int { return 0 }

func Use[T interface{ Read() int }](r T) int { return r.Read() }

func Apply[T, U any](xs []T, f func(T) U) []U { return nil }

func Identity[T any](x T) T { return x }

func Double[T ~int | ~float64](x T) T { return x * 2 }

func Max[T ~int | ~float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func PtrOrNil[T any](p *T, def T) T {
	if p == nil {
		return def
	}
	return *p
}

func Len[S ~[]E | ~string, E any](s S) int { return len(s) }

type Getter[T any] interface{ Get() T }

type intGetter struct{}

func (intGetter) Get() int { return 1 }

func GetAll[T any](gs ...Getter[T]) []T { return nil }

func FromGetter[T any](g Getter[T]) T { return g.Get() }

type List[T any] []T

func (l List[T]) Map(f func(T) T) List[T] { return l }

func Pipe[T any](x T, fs ...func(T) T) T {
	for _, f := range fs {
		x = f(x)
	}
	return x
}

func Swap[A, B any](a A, b B) (B, A) { return b, a }

func Keys[K comparable, V any](m map[K]V) []K { return nil }

func Iface[T any](x interface{ M() T }) T { var z T; return z }

type impl struct{}

func (impl) M() string { return "" }

func main() {
	var s IntSlice
	r := First(s, []int{1})
	var _ IntSlice = r
	r2 := First([]int{1}, s)
	var _ IntSlice = r2

	c := make(chan int)
	var sc chan<- int = c
	Send(c, sc)
	_ = Recv(c) + 1

	_ = Use(file{})

	_ = Apply([]int{1}, Identity[int])
	strs := Apply([]int{1}, func(i int) string { return "" })
	_ = strs[0] + ""
	ids := Apply([]string{"a"}, Identity)
	_ = ids[0] + "x"

	_ = Double(2)
	_ = Max(1, 2.5) + 0.5
	var f32 float64 = Max(2.5, 1)
	_ = f32

	_ = PtrOrNil(nil, 3)
	_ = Len[string, byte]("abc") + Len[[]byte, byte]([]byte("x"))

	_ = FromGetter[int](intGetter{})
	var g Getter[int] = intGetter{}
	_ = FromGetter(g) + 1

	l := List[int]{1}
	_ = l.Map(func(x int) int { return x + 1 })
	_ = Pipe(3, Double[int], func(x int) int { return x })

	b, a := Swap(1, "s")
	_ = b + "x"
	_ = a + 1
	_ = Keys(map[float64]bool{})
	_ = Iface(impl{}) + "x"
}
