// Proves package-level maps: initialized by literals (also depending on other package variables and functions), by make, nil until assigned, mutated by init and by functions.
package main

import "fmt"

var (
	names   = map[int]string{1: "one", 2: "two", 3: "three"}
	lengths = lengthsOf(names)
	byName  = map[string]int{names[1]: 1, names[2]: 2}
	cache   = make(map[string][]int)
	unset   map[string]bool
	table   = map[string]map[string]int{"outer": {"inner": 42}}
	count   int
)

func lengthsOf(m map[int]string) map[int]int {
	r := map[int]int{}
	for k, v := range m {
		r[k] = len(v)
	}
	return r
}

func init() {
	names[4] = "four"
	cache["init"] = []int{1}
}

func remember(k string, v int) {
	cache[k] = append(cache[k], v)
	count++
}

func main() {
	fmt.Println(names, lengths, byName)
	remember("a", 1)
	remember("a", 2)
	fmt.Println(cache, count)
	fmt.Println(unset == nil, unset["x"], len(unset))
	unset = map[string]bool{"now": true}
	fmt.Println(unset)
	fmt.Println(table["outer"]["inner"])
	table["outer"]["inner"]++
	fmt.Println(table)
}
