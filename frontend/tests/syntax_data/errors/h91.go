package main

func main() {
	x := []string{
		"a",
		"b"
	}
	_ = x
}
