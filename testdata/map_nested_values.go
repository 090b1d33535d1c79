// Proves maps of maps, of slices, of structs and of pointers: elements are copies on read, updates go through re-assignment or pointers, inner maps are shared.
package main

import "fmt"

type Acc struct {
	Name  string
	Total int
	Tags  []string
}

func main() {
	mm := map[string]map[string]int{}
	for _, p := range [][2]string{{"a", "x"}, {"a", "y"}, {"b", "x"}, {"a", "x"}} {
		inner, ok := mm[p[0]]
		if !ok {
			inner = map[string]int{}
			mm[p[0]] = inner
		}
		inner[p[1]]++
	}
	fmt.Println(mm, len(mm["a"]))
	alias := mm["a"]
	alias["z"] = 9
	fmt.Println(mm["a"]["z"])

	ms := map[int][]int{}
	for i := 0; i < 10; i++ {
		ms[i%3] = append(ms[i%3], i)
	}
	fmt.Println(ms)
	ms[0][0] = 100
	fmt.Println(ms[0])

	accs := map[string]Acc{}
	for i, n := range []string{"x", "y", "x", "x"} {
		a := accs[n]
		a.Name = n
		a.Total += i
		a.Tags = append(a.Tags, fmt.Sprint(i))
		accs[n] = a
	}
	fmt.Printf("%v %+v\n", accs, accs["x"])

	ptrs := map[string]*Acc{}
	for i, n := range []string{"p", "q", "p"} {
		if ptrs[n] == nil {
			ptrs[n] = &Acc{Name: n}
		}
		ptrs[n].Total += i
	}
	fmt.Println(*ptrs["p"], *ptrs["q"])

	deep := map[int]map[int]map[int]string{1: {2: {3: "deep"}}}
	fmt.Println(deep[1][2][3], deep[1][5][3] == "", len(deep[9]))

	type Big struct {
		A [30]int
		S string
	}
	bm := map[string]Big{}
	var bg Big
	bg.A[29] = 29
	bg.S = "big"
	bm["k"] = bg
	bg.A[29] = 0
	got := bm["k"]
	fmt.Println(got.A[29], got.S, bm["none"].A[29])

	arrs := map[string][3]int{}
	v := arrs["a"]
	v[1] = 5
	arrs["a"] = v
	fmt.Println(arrs)

	fns := map[string]func(int) int{
		"double": func(x int) int { return x * 2 },
		"square": func(x int) int { return x * x },
	}
	fmt.Println(fns["double"](4), fns["square"](4), fns["none"] == nil)

	chans := map[string]chan int{"c": make(chan int, 1)}
	chans["c"] <- 5
	fmt.Println(<-chans["c"])

	ifs := map[string]any{"i": 1, "s": "str", "m": map[string]int{"in": 1}, "n": nil}
	fmt.Println(ifs)
}
