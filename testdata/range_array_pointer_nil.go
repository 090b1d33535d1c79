// Ranging over a nil *[N]T: the index-only loop runs N times without
// touching the array (so does one whose value is blank); a loop that reads
// the values panics with a nil dereference before its first iteration,
// even when N is 0.
package main

import "fmt"

type grid [4]int

func try(name string, f func()) {
	defer func() {
		fmt.Println(name+":", recover())
	}()
	f()
}

func main() {
	var p *grid
	n := 0
	for i := range p {
		n += i
	}
	fmt.Println("index-only sum:", n)
	for i, _ := range p {
		n += i
	}
	fmt.Println("blank value sum:", n)
	try("values of a nil *[4]int", func() {
		for i, v := range p {
			fmt.Println("unreachable", i, v)
		}
	})
	try("values of a nil *[0]string", func() {
		var empty *[0]string
		for _, s := range empty {
			fmt.Println("unreachable", s)
		}
	})
	try("keys of a nil *[0]string", func() {
		var empty *[0]string
		for range empty {
			fmt.Println("unreachable")
		}
	})
}
