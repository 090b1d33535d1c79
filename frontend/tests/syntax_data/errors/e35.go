package main

func main() {
	{
}
