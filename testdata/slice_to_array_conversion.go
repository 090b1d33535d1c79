// Proves conversion of a slice to an array (Go 1.20) and to an array pointer (Go 1.17): copies vs aliases.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	a := [4]int(s)
	a[0] = 100
	fmt.Println(s, a)
	p := (*[2]int)(s)
	p[1] = 200
	fmt.Println(s, *p)
	b := [2]int(s[2:])
	fmt.Println(b)
	var empty []int
	z := [0]int(empty)
	fmt.Println(z, len(z))
	var np = (*[0]int)(empty)
	fmt.Println(np == nil)
}
