// Proves keys and elements larger than 128 bytes (stored out of line) and elements larger than 1024 bytes (beyond the shared zero value) work for every operation.
package main

import "fmt"

type K struct {
	ID  int
	Pad [20]int
	S   string
}

type V struct {
	Data [20]int
	Name string
}

func main() {
	m := map[K]V{}
	for i := 0; i < 100; i++ {
		var v V
		v.Data[19] = i
		v.Name = fmt.Sprint("v", i)
		m[K{ID: i, S: fmt.Sprint(i)}] = v
	}
	fmt.Println(len(m), m[K{ID: 42, S: "42"}].Data[19], m[K{ID: 42, S: "42"}].Name)
	missing, ok := m[K{ID: 42}]
	fmt.Println(missing.Data[19], missing.Name == "", ok)
	x := m[K{ID: 7, S: "7"}]
	x.Data[0] = 1
	fmt.Println(m[K{ID: 7, S: "7"}].Data[0])
	delete(m, K{ID: 7, S: "7"})
	fmt.Println(len(m))
	sum := 0
	for k, v := range m {
		sum += k.ID + v.Data[19]
	}
	fmt.Println(sum)

	type Huge struct{ A [2000]byte }
	h := map[int]Huge{}
	var hv Huge
	hv.A[1999] = 9
	h[1] = hv
	z, ok := h[2]
	fmt.Println(h[1].A[1999], z.A[1999], ok, h[3].A[0])
	var hn map[string]Huge
	fmt.Println(hn["x"].A[1500])
	h[1] = Huge{}
	fmt.Println(h[1].A[1999])
}
