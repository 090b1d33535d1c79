// GoStringer is used only by %#v; Error beats String; nil error operands print %!s(<nil>) or <nil>.
package main

import (
	"errors"
	"fmt"
)

type G struct{ n int }

func (g G) GoString() string { return fmt.Sprintf("G(%d)", g.n) }
func (g G) String() string   { return "g-string" }

type P struct{ n int }

func (p *P) GoString() string { return "ptrGo" }

func main() {
	fmt.Printf("%v %s %#v %+v\n", G{1}, G{2}, G{3}, G{4})
	fmt.Printf("%#v %#v\n", []G{{5}}, map[string]G{"k": {6}})
	fmt.Printf("%#v %#v\n", P{1}, &P{2})
	var err error
	fmt.Printf("%s|%v|%d|%q\n", err, err, err, err)
	fmt.Println(err, []error{nil, errors.New("x")})
	err = errors.New("boom")
	fmt.Printf("%s|%v|%q|%x|%10s|%-6v|\n", err, err, err, err, err, err)
	fmt.Printf("%#v\n", struct{ E error }{nil})
}
