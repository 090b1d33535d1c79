// Method values and expressions through embedded interfaces and pointers, bound at evaluation, compared by result.
package main

import "fmt"

type Speaker interface{ Speak() string }

type Dog struct{ name string }

func (d *Dog) Speak() string { return d.name + ": woof" }

type Pet struct {
	Speaker
	Age int
}

func main() {
	d := &Dog{"rex"}
	p := Pet{d, 3}
	f := p.Speak
	d.name = "max"
	fmt.Println(f())
	p.Speaker = &Dog{"other"}
	fmt.Println(f(), p.Speak())
	g := Speaker.Speak
	fmt.Println(g(p), g(d))
	h := (*Dog).Speak
	fmt.Println(h(d))
	fs := map[string]func() string{"p": p.Speak, "d": d.Speak}
	fmt.Println(fs["p"](), fs["d"]())
}
