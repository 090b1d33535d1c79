package main

func main() {
	x := 5
	switch {
	case x > 3:
		println("big")
	case x > 1
		println("mid")
	}
}
