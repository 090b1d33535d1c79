package main

func main() {
	var i int
	_ = len(i)
	_ = cap(map[int]int{})
	_ = make(int)
	_ = make([]int)
	_ = make([]int, 1, 2, 3)
	_ = make([]int, 3, 2)
	_ = make(map[int]int, -1)
	_ = append(i, 1)
	_ = append(nil, 1)
	_ = append([]int{}, "a")
}
