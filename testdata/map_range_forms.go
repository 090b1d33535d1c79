// Proves every form of range over a map: key only, key and value, neither, assignment to existing variables and fields, labeled break and continue, ranging over a map expression evaluated once.
package main

import "fmt"

type Rec struct {
	K string
	V int
}

func get(calls *int) map[string]int {
	*calls++
	return map[string]int{"a": 1, "b": 2, "c": 3}
}

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
	keys := map[string]bool{}
	for k := range m {
		keys[k] = true
	}
	fmt.Println(keys)

	total := 0
	for _, v := range m {
		total += v
	}
	fmt.Println(total)

	n := 0
	for range m {
		n++
	}
	fmt.Println(n)

	var k string
	var v int
	sumk := ""
	for k, v = range m {
		if v == 4 {
			sumk = k
		}
	}
	fmt.Println(sumk, len(k) == 1, v > 0)

	var r Rec
	for r.K, r.V = range map[string]int{"only": 42} {
	}
	fmt.Println(r)

	arr := [2]int{}
	for arr[0], arr[1] = range map[int]int{7: 8} {
	}
	fmt.Println(arr)

	calls := 0
	cnt := 0
	for range get(&calls) {
		cnt++
	}
	fmt.Println(calls, cnt)

	pairs := 0
outer:
	for k1 := range m {
		for k2 := range m {
			if k1 == k2 {
				continue
			}
			if m[k1]+m[k2] == 7 {
				pairs++
				continue outer
			}
		}
	}
	found := false
search:
	for k1 := range m {
		for k2 := range m {
			if m[k1]*m[k2] == 12 {
				found = true
				break search
			}
		}
	}
	fmt.Println(pairs, found)

	evens := 0
	for _, v := range m {
		if v%2 == 1 {
			continue
		}
		evens++
	}
	fmt.Println(evens)

	var closures []func() string
	for k, v := range map[string]int{"x": 1} {
		closures = append(closures, func() string { return fmt.Sprint(k, v) })
	}
	fmt.Println(closures[0]())

	type M map[string]bool
	named := M{"n": true}
	for k, v := range named {
		fmt.Println(k, v)
	}
}
