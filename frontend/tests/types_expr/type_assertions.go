package main

type I interface{ M() }
type T struct{}

func (*T) M() {}

type J interface{ N() }

func main() {
	var i int
	_ = i.(int)
	var x I
	_ = x.(T)
	_ = x.(*T)
	_ = x.(J)
	_ = x.(string)
	var e interface{}
	_, ok := e.(int)
	_ = ok
	v, ok2, z := e.(int)
	_, _, _ = v, ok2, z
}
