package main

func main() {
	var s chan<- int
	var r <-chan int
	var c chan int
	_ = <-s
	r <- 1
	var i int
	_ = <-i
	i <- 1
	c <- "a"
	v, ok := <-c
	_, _ = v, ok
	var sc chan<- int = c
	var rc <-chan int = c
	_, _ = sc, rc
	var bad chan int = r
	_ = bad
}
