// Proves copy: returns min(len) elements, handles overlapping ranges like memmove, and copies from a string into []byte.
package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	big := make([]int, 8)
	n = copy(big, src)
	fmt.Println(n, big)
	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	n = copy(s[2:], s) // overlap, shift right
	fmt.Println(n, s)
	s = []int{0, 1, 2, 3, 4, 5, 6, 7}
	n = copy(s, s[3:]) // overlap, shift left
	fmt.Println(n, s)
	b := make([]byte, 4)
	n = copy(b, "héllo")
	fmt.Println(n, b, string(b[:n]))
	var nilSlice []int
	fmt.Println(copy(nilSlice, src), copy(src, nilSlice), src)
	arr := [4]string{"a", "b", "c", "d"}
	n = copy(arr[1:], []string{"X", "Y", "Z", "W"})
	fmt.Println(n, arr)
}
