package main

type T struct {
	name string
}

func (t *T) Ptr()  {}
func (t T) Value() {}

type A struct{ X int }
type B struct{ X int }
type C struct {
	A
	B
}

func get() T { return T{} }

func main() {
	var t T
	_ = t.Name
	_ = t.nope
	t.Ptr()
	get().Ptr()
	_ = T.Ptr
	_ = (*T).Value
	var c C
	_ = c.X
	var p *interface{}
	_ = p.foo
	_ = T.name
	var ip *int
	_ = ip.x
}
