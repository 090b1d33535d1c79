// Proves slices share backing arrays: appends within capacity are visible through other slices; growth detaches them.
package main

import "fmt"

func main() {
	base := make([]int, 3, 6)
	a := append(base, 1)
	b := append(base, 2) // overwrites a[3]
	fmt.Println(a, b, base, len(base), cap(base))
	a[0] = 9
	fmt.Println(base[0], b[0])
	c := append(a, 10, 11, 12) // exceeds cap 6: new array
	c[1] = 7
	fmt.Println(a[1], c[1], len(c))
	s := []int{1, 2, 3, 4, 5}
	t := s[1:3]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 100)
	fmt.Println(s)
	u := s[1:3:3]
	u = append(u, 200)
	fmt.Println(s, u)
	// modifying through a sub-slice
	sub := s[2:]
	sub[0] = -1
	fmt.Println(s)
	// self-append
	x := []int{1, 2}
	x = append(x, x...)
	x = append(x[:1], x[2:]...) // delete element 1
	fmt.Println(x, len(x))
}
