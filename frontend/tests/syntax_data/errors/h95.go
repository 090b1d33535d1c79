package main

func main() {
	var a []int
	for i, v = range a {
	}
	a[0] := 1
}
