package main

func f() (int, string {
	return 0, ""
}
