// Channels and pointers as map keys compare by identity; func values cannot be keys but may be values.
package main

import "fmt"

type node struct{ name string }

func main() {
	a, b := &node{"a"}, &node{"a"}
	pm := map[*node]int{a: 1, b: 2}
	pm[a]++
	fmt.Println(len(pm), pm[a], pm[b], pm[&node{"a"}])
	c1, c2 := make(chan int), make(chan int)
	cm := map[chan int]string{c1: "one", c2: "two"}
	var ro <-chan int = c1
	fmt.Println(cm[c1], cm[c2], len(cm), ro == c1)
	var nilc chan int
	cm[nilc] = "nil"
	fmt.Println(cm[nil], len(cm))
	ops := map[string]func(int, int) int{
		"add": func(x, y int) int { return x + y },
		"mul": func(x, y int) int { return x * y },
	}
	fmt.Println(ops["add"](3, 4), ops["mul"](3, 4), ops["sub"] == nil)
	im := map[any]int{a: 1, c1: 2}
	fmt.Println(im[a], im[c1], im[b])
}
