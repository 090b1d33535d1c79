package main

type I interface {
	M() int
	N(x int
}
