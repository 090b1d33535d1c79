// Map values that are large structs are copied on read; modification requires reassignment.
package main

import "fmt"

type Big struct {
	Arr  [20]int
	Name string
}

func main() {
	m := map[int]Big{}
	for i := 0; i < 50; i++ {
		var b Big
		for j := range b.Arr {
			b.Arr[j] = i * j
		}
		b.Name = fmt.Sprint("n", i)
		m[i] = b
	}
	b := m[7]
	b.Arr[0] = 999
	fmt.Println(m[7].Arr[0], m[7].Arr[19], m[7].Name)
	b2 := m[7]
	b2.Name = "changed"
	m[7] = b2
	fmt.Println(m[7].Name, len(m))
	ptrs := map[string]*Big{"a": {Name: "pa"}}
	ptrs["a"].Arr[3] = 3
	ptrs["a"].Name += "!"
	fmt.Println(ptrs["a"].Arr[3], ptrs["a"].Name)
	total := 0
	for _, v := range m {
		total += v.Arr[1]
	}
	fmt.Println(total)
}
