// fmt calls String/Error on exported fields and elements but not on values reached through unexported fields.
package main

import "fmt"

type Money int

func (m Money) String() string { return fmt.Sprintf("$%d", int(m)) }

type Acct struct {
	Balance Money
	hidden  Money
	List    []Money
	list    []Money
	M       map[Money]Money
	m       map[Money]Money
}

type Wrapper struct {
	inner Acct
	Outer Acct
}

func main() {
	a := Acct{5, 6, []Money{1}, []Money{2}, map[Money]Money{3: 4}, map[Money]Money{5: 6}}
	fmt.Printf("%v\n%+v\n", a, a)
	fmt.Println(Wrapper{a, a})
	fmt.Printf("%d\n", a.list)
}
