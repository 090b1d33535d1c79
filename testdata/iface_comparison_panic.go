// Proves interface values compare by dynamic type and value, and comparing interfaces holding slices panics at run time.
package main

import "fmt"

func main() {
	var a, b any = 1, 1
	fmt.Println(a == b, a == any(int64(1)), a == any("1"))
	var c, d any = [2]int{1, 2}, [2]int{1, 2}
	fmt.Println(c == d)
	var e, f any = []int{1}, []int{1}
	fmt.Println("comparing slices inside interfaces...")
	fmt.Println(e == f)
}
