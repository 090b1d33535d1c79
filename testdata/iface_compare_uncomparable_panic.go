// Comparing two interfaces holding the same uncomparable dynamic type panics with Go's message.
package main

import "fmt"

func main() {
	var a any = []int{1}
	var b any = "x"
	fmt.Println(a == b)
	var c any = map[string]int{}
	fmt.Println(c == nil)
	var d any = []int{1}
	fmt.Println(a == d)
}
