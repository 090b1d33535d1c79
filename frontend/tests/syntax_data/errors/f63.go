package main

func main() {
	var x = []int{1, 2, 3}
	for i, v := range x
	{
	}
}
