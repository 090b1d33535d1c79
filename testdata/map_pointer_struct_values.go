// Maps of pointers to structs: updates through pointers are visible; struct values are copies; counters by key.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Stat struct {
	Count int
	Words []string
}

func main() {
	text := "the cat and the dog and the bird"
	byPtr := map[string]*Stat{}
	byVal := map[string]Stat{}
	for i, w := range strings.Fields(text) {
		if byPtr[w] == nil {
			byPtr[w] = &Stat{}
		}
		byPtr[w].Count++
		byPtr[w].Words = append(byPtr[w].Words, fmt.Sprint(i))
		s := byVal[w]
		s.Count++
		byVal[w] = s
	}
	keys := make([]string, 0, len(byPtr))
	for k := range byPtr {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, byPtr[k].Count, byVal[k].Count, byPtr[k].Words)
	}
	fmt.Println(len(byPtr), byVal["the"])
	fmt.Printf("%v\n", byVal)
}
