// defer and recover inside init functions and methods on pointer and value receivers.
package main

import "fmt"

var initLog []string

func init() {
	defer func() {
		initLog = append(initLog, fmt.Sprint("init recovered: ", recover()))
	}()
	initLog = append(initLog, "init start")
	var m map[string]int
	m["x"] = 1
}

type Acc struct{ total int }

func (a *Acc) Add(n int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("add %d: %v", n, r)
		}
	}()
	if n < 0 {
		panic("negative")
	}
	a.total += n
	return nil
}

func (a Acc) Report() (s string) {
	defer func() { s = "[" + s + "]" }()
	return fmt.Sprint(a.total)
}

func main() {
	fmt.Println(initLog)
	a := &Acc{}
	fmt.Println(a.Add(3), a.Add(-1), a.Add(4))
	fmt.Println(a.Report())
}
