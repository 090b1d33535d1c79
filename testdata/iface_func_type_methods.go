// Methods on func types make functions satisfy interfaces (the http.HandlerFunc pattern); chaining middleware.
package main

import (
	"fmt"
	"strings"
)

type Handler interface{ Handle(string) string }

type HandlerFunc func(string) string

func (f HandlerFunc) Handle(s string) string { return f(s) }

func Upper(next Handler) Handler {
	return HandlerFunc(func(s string) string { return strings.ToUpper(next.Handle(s)) })
}

func Exclaim(next Handler) Handler {
	return HandlerFunc(func(s string) string { return next.Handle(s) + "!" })
}

func main() {
	base := HandlerFunc(func(s string) string { return "hello " + s })
	h := Exclaim(Upper(base))
	fmt.Println(h.Handle("gopher"))
	var hs []Handler = []Handler{base, Upper(base), h}
	for _, x := range hs {
		fmt.Println(x.Handle("x"))
	}
	fmt.Printf("%T\n", h)
	m := HandlerFunc.Handle
	fmt.Println(m(base, "y"))
}
