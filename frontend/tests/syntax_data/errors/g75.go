package main

func main() {
	x := struct{a int}{a: 1,}
	y := x.
}
