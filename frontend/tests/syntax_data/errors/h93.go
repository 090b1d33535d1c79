package main

func main() {
	if x := f(); x != nil {
		return
	}}
