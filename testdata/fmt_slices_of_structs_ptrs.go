// %v/%+v of slices and maps of structs, nested struct pointers (addresses only at depth, so compared as booleans).
package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

type Rec struct {
	ID   int
	Tags map[string]int
	Kids []Rec
}

func main() {
	recs := []Rec{{1, map[string]int{"b": 2, "a": 1}, nil}, {2, nil, []Rec{{3, nil, nil}}}}
	fmt.Printf("%v\n%+v\n", recs, recs)
	n := &Node{1, &Node{2, nil}}
	s := fmt.Sprintf("%v", n)
	fmt.Println(strings.HasPrefix(s, "&{1 0x"), strings.HasSuffix(s, "}"))
	s = fmt.Sprintf("%+v", *n.Next)
	fmt.Println(s)
	fmt.Printf("%v %+v\n", []*Node{nil}, map[string]*Node{"x": nil})
	arr := [2]Rec{}
	fmt.Printf("%v %+v\n", arr, arr[0])
	type pair struct {
		K string
		V any
	}
	fmt.Printf("%v %+v\n", []pair{{"a", 1}, {"b", []int{2}}}, pair{"c", pair{"d", nil}})
}
