package main

func main() {
	x.(type)
}
