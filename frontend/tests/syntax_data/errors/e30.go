package main

func f(a int, string) {}
func g(a, b int, []int) {}
