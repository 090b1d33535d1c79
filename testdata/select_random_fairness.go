// Proves select picks uniformly at random among ready cases: both always-ready cases are chosen a fair share of 10000 times.
package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	var na, nb int
	for i := 0; i < 10000; i++ {
		a <- 1
		b <- 1
		select {
		case <-a:
			na++
			<-b
		case <-b:
			nb++
			<-a
		}
	}
	fmt.Println(na+nb, na > 4000, nb > 4000)
}
