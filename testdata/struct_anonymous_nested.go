// Anonymous structs: literals, comparison and assignment between identical anonymous types, slices of them, and fmt.
package main

import "fmt"

type Named struct {
	A int
	B string
}

func main() {
	p := struct {
		A int
		B string
	}{1, "x"}
	var n Named = p
	fmt.Println(n, p == struct {
		A int
		B string
	}{1, "x"})
	pts := []struct{ X, Y int }{{1, 2}, {3, 4}}
	for _, pt := range pts {
		fmt.Print(pt.X+pt.Y, " ")
	}
	fmt.Println()
	cfg := struct {
		Host string
		Port int
		Opts struct{ Debug bool }
	}{Host: "h", Port: 80}
	cfg.Opts.Debug = true
	fmt.Printf("%v %+v\n", cfg, cfg)
	fmt.Printf("%T\n", cfg)
	m := map[string]struct{ N int }{"a": {1}}
	fmt.Println(m)
	var e struct{}
	fmt.Println(e == struct{}{}, fmt.Sprintf("%#v", e))
	f := func(s struct{ V []int }) int { return len(s.V) }
	fmt.Println(f(struct{ V []int }{[]int{1, 2}}))
}
