// Proves sort.Slice and sort.SliceStable swap elements of every size (bytes,
// ints, strings, pointers, multi-word structs, arrays) and panic as Go does
// for a value that is not a slice.
package main

import (
	"fmt"
	"sort"
)

type rec struct {
	name string
	age  int
	tags [3]byte
}

func main() {
	b := []byte("gorun sorts")
	sort.Slice(b, func(i, j int) bool { return b[i] < b[j] })
	fmt.Printf("%q\n", b)

	ints := []int{5, -1, 3, 9, 0, 2}
	sort.Slice(ints, func(i, j int) bool { return ints[i] > ints[j] })
	fmt.Println(ints, sort.SliceIsSorted(ints, func(i, j int) bool { return ints[i] > ints[j] }))

	words := []string{"pear", "fig", "apple", "kiwi", "banana"}
	sort.Slice(words, func(i, j int) bool { return len(words[i]) < len(words[j]) || len(words[i]) == len(words[j]) && words[i] < words[j] })
	fmt.Println(words)

	x, y, z := 3, 1, 2
	ptrs := []*int{&x, &y, &z}
	sort.Slice(ptrs, func(i, j int) bool { return *ptrs[i] < *ptrs[j] })
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])

	recs := []rec{{"Eve", 35, [3]byte{1}}, {"Bob", 25, [3]byte{2}}, {"Ann", 30, [3]byte{3}}, {"Dan", 25, [3]byte{4}}, {"Cid", 30, [3]byte{5}}}
	sort.SliceStable(recs, func(i, j int) bool { return recs[i].age < recs[j].age })
	fmt.Println(recs)

	arrs := [][4]int16{{3, 0, 0, 1}, {1, 2, 3, 4}, {2, 9, 9, 9}}
	sort.Slice(arrs, func(i, j int) bool { return arrs[i][0] < arrs[j][0] })
	fmt.Println(arrs)

	var empty []float64
	sort.Slice(empty, func(i, j int) bool { return false })
	one := []int{7}
	sort.Slice(one, func(i, j int) bool { return false })
	fmt.Println(empty, one)

	defer func() { fmt.Println("recovered:", recover()) }()
	sort.Slice(42, func(i, j int) bool { return false })
}
