// Method expressions whose receiver type is a struct or interface type
// literal parse and work as any method expression: interface{ M() }.M takes
// the interface value first, struct{ T }.M takes the struct.
package main

import "fmt"

type counter struct{ n int }

func (c counter) Get() int             { return c.n }
func (c *counter) Add(k int)           { c.n += k }
func (c counter) Label(p string) string { return p + fmt.Sprint(c.n) }

type wrapped struct{ counter }

func main() {
	get := interface{ Get() int }.Get
	fmt.Println(get(counter{3}))
	fmt.Println(interface{ Label(string) string }.Label(counter{4}, "n="))
	interface{ Label(string) string }.Label(counter{0}, "discarded")
	fmt.Println(struct{ counter }.Get(struct{ counter }{counter{5}}))
	add := (*struct{ counter }).Add
	w := &struct{ counter }{counter{1}}
	add(w, 10)
	fmt.Println(w.n)
	var x interface{ Get() int } = wrapped{counter{7}}
	fmt.Println(interface{ Get() int }.Get(x))
}
