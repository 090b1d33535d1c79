// %t and %v on booleans, wrong verbs on bool, and every verb applied to a nil interface, nil pointer, nil slice and nil map.
package main

import "fmt"

func main() {
	fmt.Printf("%t %v %5t %-6t| %d %s %q\n", true, false, true, false, true, false, true)
	var p *int
	var s []string
	var m map[int]bool
	var f func()
	var e error
	fmt.Printf("%v %d %s %x %t %q\n", nil, nil, nil, nil, nil, nil)
	fmt.Printf("%v %+v %#v %T %d %x\n", p, p, p, p, p, p)
	fmt.Printf("%v %+v %#v %T %d %q\n", s, s, s, s, s, s)
	fmt.Printf("%v %+v %#v %T %d\n", m, m, m, m, m)
	fmt.Printf("%v %#v %T %t\n", f == nil, e, e, e)
	fmt.Printf("%s %v %d\n", e, []error{nil}, []*int{nil})
	fmt.Printf("%#v %#v\n", []any{nil}, map[string]any{"k": nil})
}
