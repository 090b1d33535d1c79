// Proves float keys: NaN never equals itself (each insert adds an entry, lookups and deletes miss), +0 and -0 are one key, and the stored key is updated to the last assigned.
package main

import "fmt"

var zero float64

// signbit reports whether f is negative or -0 (without package math).
func signbit(f float64) bool { return f < 0 || 1/f < 0 }

func main() {
	nan := zero / zero
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	m[nan] = 3
	fmt.Println(len(m))
	_, ok := m[nan]
	fmt.Println(ok)
	delete(m, nan)
	fmt.Println(len(m))
	sum, nans := 0, 0
	for k, v := range m {
		if k != k {
			nans++
		}
		sum += v
	}
	fmt.Println(sum, nans)
	m[1] = 4
	delete(m, 1)
	fmt.Println(len(m))

	z := map[float64]string{}
	negz := -zero
	z[0] = "pos"
	z[negz] = "neg"
	fmt.Println(len(z), z[0], z[negz])
	for k := range z {
		fmt.Println(signbit(k))
	}
	z[0] = "pos again"
	for k, v := range z {
		fmt.Println(signbit(k), v)
	}
	clear(m)
	fmt.Println(len(m))

	f32 := map[float32]int{float32(nan): 1, 1.5: 2}
	f32[float32(negz)] = 3
	f32[0] += 1
	fmt.Println(len(f32), f32[0], f32[1.5])

	c := map[complex128]int{complex(nan, 0): 1, complex(0, 1): 2}
	c[complex(nan, 0)] = 3
	c[complex(negz, 1)] += 10
	fmt.Println(len(c), c[complex(0, 1)])

	type S struct {
		F float64
		N string
	}
	sm := map[S]int{}
	sm[S{negz, "a"}] = 1
	sm[S{0, "a"}]++
	sm[S{nan, "a"}] = 5
	sm[S{nan, "a"}] = 6
	fmt.Println(len(sm), sm[S{0, "a"}])
	arr := map[[2]float64]int{}
	arr[[2]float64{1, nan}] = 1
	arr[[2]float64{1, nan}] = 1
	arr[[2]float64{negz, 1}] = 1
	arr[[2]float64{0, 1}] = 2
	fmt.Println(len(arr), arr[[2]float64{0, 1}])
}
