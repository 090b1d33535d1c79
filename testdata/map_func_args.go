// Proves maps are references: passed to, returned from and mutated by functions, stored in structs and closures, compared to nil, and swapped.
package main

import "fmt"

type Registry struct {
	items map[string]int
}

func (r *Registry) Add(k string) { r.items[k]++ }

func (r Registry) Get(k string) int { return r.items[k] }

func newCounter() (map[string]int, func(string)) {
	m := map[string]int{}
	return m, func(s string) { m[s]++ }
}

func fill(m map[int]string, n int) map[int]string {
	if m == nil {
		m = make(map[int]string)
	}
	for i := 0; i < n; i++ {
		m[i] = fmt.Sprint(i)
	}
	return m
}

func reset(m map[int]string) {
	m = map[int]string{}
	m[99] = "lost"
}

func clearAll(m map[int]string) {
	clear(m)
}

func main() {
	r := Registry{items: map[string]int{}}
	r.Add("a")
	r.Add("a")
	cp := r
	cp.Add("b")
	fmt.Println(r.Get("a"), r.Get("b"), len(r.items))

	m, inc := newCounter()
	inc("x")
	inc("x")
	inc("y")
	fmt.Println(m)

	var nm map[int]string
	nm = fill(nm, 3)
	fmt.Println(nm)
	reset(nm)
	fmt.Println(len(nm), nm[99] == "")
	clearAll(nm)
	fmt.Println(len(nm), nm == nil)

	a, b := map[int]int{1: 1}, map[int]int{2: 2}
	a, b = b, a
	fmt.Println(a, b)

	maps := []map[string]int{{"a": 1}, nil, {}}
	for i, mm := range maps {
		fmt.Println(i, mm == nil, len(mm))
	}

	var iface interface{} = m
	if mm, ok := iface.(map[string]int); ok {
		mm["z"] = 26
	}
	fmt.Println(m["z"])
	switch v := iface.(type) {
	case map[string]int:
		fmt.Println("map of", len(v))
	}

	ch := make(chan map[string]int, 1)
	ch <- m
	got := <-ch
	got["via chan"] = 1
	fmt.Println(len(m))
}
