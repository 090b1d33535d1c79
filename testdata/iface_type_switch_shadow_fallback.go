// Type switch variable scoping: per-clause types, the interface type in multi-type and default clauses, and reuse of the outer name.
package main

import "fmt"

type Animal interface{ Sound() string }
type Cat struct{}
type Cow struct{ loud bool }

func (Cat) Sound() string { return "meow" }
func (c *Cow) Sound() string {
	if c.loud {
		return "MOO"
	}
	return "moo"
}

func describe(a Animal) string {
	switch a := a.(type) {
	case Cat:
		return "cat " + a.Sound()
	case *Cow:
		a.loud = true
		return "cow " + a.Sound()
	case nil:
		return fmt.Sprintf("nil %T", a)
	default:
		return fmt.Sprintf("other %T", a)
	}
}

type Dog struct{}

func (Dog) Sound() string { return "woof" }

func main() {
	cow := &Cow{}
	for _, a := range []Animal{Cat{}, cow, nil, Dog{}} {
		fmt.Println(describe(a))
	}
	fmt.Println(cow.loud)
	var x any = 3
	switch v := x.(type) {
	case int, string:
		fmt.Printf("%T %v\n", v, v)
	}
	switch x.(type) {
	case fmt.Stringer, error:
		fmt.Println("no")
	default:
		fmt.Println("plain int")
	}
}
