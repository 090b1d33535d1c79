// Constraint satisfaction through type terms: missing types, a missing ~,
// core types and methods during inference, pointer terms.
package main

type MyInt int
type C interface{ MyInt | ~float64 }
type D interface{ int | float64 }
type E interface { C; M() }

func f[T C](x T) {}
func g[T D](x T) {}
func h[T interface{ ~[]int }](x T) {}
func e[T E](x T) {}
func k[T interface{ *int }](x T) {}

type MyF float64
func (MyF) M() {}
type MyF2 float64

func main() {
	f("s")
	g(MyInt(1))
	f(2)
	var p *int
	h(p)
	e(MyF(1))
	e(MyF2(1))
	k(p)
	k[*MyInt](nil)
}
