package main

type T struct{ a int }
type U struct{ a int }
type V struct{ b int }
type MyInt int

func main() {
	_ = string(1.5)
	_ = int("a")
	_ = []int("x")
	_ = T(U{})
	_ = T(V{})
	_ = int8(1000)
	_ = float32(1e300)
	_ = string(rune(65))
	_ = string(65)
	_ = MyInt(1.5)
	var f float64
	_ = int(f)
	_ = []byte("x")
	_ = []rune("x")
	var s []int
	_ = [2]int(s)
	_ = (*[2]int)(s)
	_ = bool(1)
	_ = int()
	_ = int(1, 2)
}
