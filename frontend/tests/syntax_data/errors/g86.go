package main

type T struct {
	a, b int
	c string `json:"c"
}
