package main

func main() {
	switch x {
	case 1 println()
	}
}
