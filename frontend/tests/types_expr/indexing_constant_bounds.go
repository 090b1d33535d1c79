package main

func main() {
	var a [3]int
	_ = a[3]
	_ = a[-1]
	_ = a[1.5]
	_ = "abc"[5]
	const s = "hello"
	_ = s[1:10]
	var sl []int
	_ = sl[2:1]
	_ = sl[1:2:1]
	_ = s[1:2:3]
	_ = [3]int{}[:]
	var n int
	_ = n[0]
	m := map[string]int{}
	_ = m[1]
	_ = sl["x"]
	_ = a[1<<70]
}
