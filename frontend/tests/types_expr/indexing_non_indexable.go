package main

func main() {
	var n int
	_ = n[0]
	m := map[string]int{}
	_ = m[1]
	var sl []int
	_ = sl["x"]
	var a [3]int
	_ = a[1<<70]
	var p *[4]int
	_ = p[4]
	_ = p[1:5]
	_ = n[1:2]
	_ = sl[:]
	var i interface{}
	_ = i[0]
	_ = m["a"]
	_ = "abc"[1]
}
