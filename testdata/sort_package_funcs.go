// Proves the sort package: Ints, Strings, Float64s, Slice, SliceStable (stability), Search, SearchInts.
package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
}

func main() {
	ints := []int{3, -1, 4, 1, 5, 9, 2, 6}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"pear", "Apple", "fig", "apple"}
	sort.Strings(strs)
	fmt.Println(strs)
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl)
	people := []person{{"Ann", 30}, {"Bob", 25}, {"Cid", 30}, {"Dan", 25}, {"Eve", 35}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	sort.Slice(ints, func(i, j int) bool { return ints[i] > ints[j] })
	fmt.Println(ints)
	sorted := []int{1, 3, 5, 7, 9}
	fmt.Println(sort.SearchInts(sorted, 5), sort.SearchInts(sorted, 6), sort.SearchInts(sorted, 100))
	i := sort.Search(100, func(n int) bool { return n*n >= 50 })
	fmt.Println(i)
}
