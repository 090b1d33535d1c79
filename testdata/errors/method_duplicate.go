// Intended error: two methods with the same name on one type.
package main

import "fmt"

type T struct{}

func (T) M() int { return 1 }

func (T) M() int { return 2 }

func main() {
	fmt.Println(T{}.M())
}
