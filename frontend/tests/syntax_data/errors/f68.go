package main

func f(a int, b ...int, c int) {}
func g() (...int) { return nil }
