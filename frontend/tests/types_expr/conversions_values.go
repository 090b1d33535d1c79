package main

type MyInt int

func main() {
	var s []int
	_ = [2]int(s)
	_ = (*[2]int)(s)
	_ = [2]string(s)
	var f float64
	_ = int(f)
	_ = string(rune(65))
	var p *int
	_ = uintptr(p)
	_ = MyInt(f)
	var x interface{} = 1
	_ = int(x)
	_ = interface{}(1)
	_ = float64("1")
	_ = complex64(1 + 2i)
	_ = int(1 + 2i)
	_ = uint(-1)
}
