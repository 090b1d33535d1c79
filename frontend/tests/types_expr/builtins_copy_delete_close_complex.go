package main

func main() {
	var i int
	var s []int
	_ = copy(s, "abc")
	_ = copy(i, s)
	var bs []byte
	_ = copy(bs, "abc")
	_ = copy(s, []string{})
	delete(s, 1)
	m := map[string]int{}
	delete(m, 1)
	close(i)
	var r <-chan int
	close(r)
	_ = complex(1, "a")
	var f32 float32
	var f64 float64
	_ = complex(f32, f64)
}
