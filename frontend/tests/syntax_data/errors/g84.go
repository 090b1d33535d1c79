package main

var x = map[string]int{"a" 1}
