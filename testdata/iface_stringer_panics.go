// A String method that panics is reported inline by fmt; a nil pointer receiver prints <nil>.
package main

import "fmt"

type Bad struct{}

func (Bad) String() string { panic("oops") }

type P struct{ n int }

func (p *P) String() string { return fmt.Sprint("P", p.n) }

type E struct{}

func (*E) Error() string { panic(fmt.Errorf("inner")) }

func main() {
	fmt.Println(Bad{})
	fmt.Printf("[%s] [%d]\n", Bad{}, Bad{})
	var p *P
	fmt.Println(p)
	fmt.Printf("%s|%v\n", p, p)
	var e *E
	fmt.Println(e)
	fmt.Println(&E{})
}
