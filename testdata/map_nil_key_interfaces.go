// nil as a map[any] key, nil pointers of different types as distinct keys, and nil error/Stringer interface keys.
package main

import "fmt"

type A struct{}
type B struct{}

func main() {
	m := map[any]string{}
	m[nil] = "nil iface"
	m[(*A)(nil)] = "nil *A"
	m[(*B)(nil)] = "nil *B"
	m[[]int(nil) == nil] = "bool"
	fmt.Println(len(m), m[nil], m[(*A)(nil)], m[(*B)(nil)], m[true])
	var e error
	em := map[error]int{e: 1}
	em[nil]++
	fmt.Println(em[nil], len(em))
	delete(m, nil)
	_, ok := m[nil]
	fmt.Println(ok, len(m))
}
