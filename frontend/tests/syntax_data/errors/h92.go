package main

func main() {
	fmt.Printf("%%d\n", 1))
}
