package main

func main() {
	x := “quoted”
}
