package main

import (
	"fmt"
	"strings"
)

func main() {
	_ = strings.indexFunc
	_ = strings.Foo
	_ = strings.builder{}
	_ = strings.Builder{buf: nil}
	_ = strings.Builder{nil, nil}
	var b strings.Builder
	_ = b.buf
	_ = b.Writestring
	_ = strings.Builder{addr: nil, Foo: 1}
	fmt.Println(strings.ToUpper("a"), b.Len())
}
