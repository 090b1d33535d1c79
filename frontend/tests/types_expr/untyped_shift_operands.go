package main

func main() {
	var s uint = 2
	var x interface{} = 1 << s
	_ = x
	var f float64 = 2
	_ = f + 1<<s
	var i = 1.0 << s
	_ = i
	var j int64 = 1 << s
	_ = j
	_ = 1<<s + 1.5
	var c complex128 = 1 << s
	_ = c
	const k = 'a' + 1.5
	var r rune = 'a' + 1
	_ = r
	var b bool = 1 < 2
	_ = b
	var by byte = 'a'
	_ = by
	_ = string(1 << s)
}
