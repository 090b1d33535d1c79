package main

type T struct {
	X int
	p *T
}

func (t T) M() int   { return t.X }
func (t *T) P() bool { return t != nil }

func pair() (int, string) { return 1, "" }

var s uint = 2
var a int64 = 1 + 2
var b = 1.5 * 2
var d int32 = 1 << s
var e = len("abc")
var m map[string]int
var f, ok = m["k"]
var g interface{} = 1
var h = []byte("x")
var j uint8 = 'a'
var k = 1 == 1.0
var l float32 = 0.1
var t T
var n = t.X + t.M()
var o = t.p.P
var q = T.M
var r = (*T).P
var u, w = pair()
var x = [...]string{"a", 2: "b"}
var y = &T{X: 1}
var z = x[1:]
var c = complex(1, 2.5)
var ch = make(chan int)
var v, okv = <-ch
var i any = 1 << s
var mx = max(1, 2.5, float64(s))
