// A struct key whose interface field holds a slice cannot be hashed: the unrecovered panic names the dynamic type.
package main

import "fmt"

type Key struct {
	Name string
	Val  any
}

func main() {
	m := map[Key]int{}
	m[Key{"ok", 1}] = 1
	fmt.Println(len(m))
	m[Key{"bad", []int{1}}] = 2
}
