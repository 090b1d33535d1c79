package maps_test

import (
	"maps"
	"math"
	"math/rand"
	"reflect"
	"slices"
	"testing"

	ours "gorunstd/maps"
)

func TestMaps(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for trial := 0; trial < 2000; trial++ {
		m1, m2 := map[int]float64{}, map[int]float64{}
		for i := rng.Intn(8); i > 0; i-- {
			k := rng.Intn(10)
			v := float64(rng.Intn(3))
			if rng.Intn(10) == 0 {
				v = math.NaN()
			}
			m1[k] = v
			if rng.Intn(5) != 0 {
				m2[k] = v
			}
		}
		if trial%7 == 0 {
			m1 = nil
		}
		check := func(name string, a, b any) {
			if !reflect.DeepEqual(a, b) {
				t.Fatalf("%s(%v, %v) = %v, want %v", name, m1, m2, a, b)
			}
		}
		check("Equal", ours.Equal(m1, m2), maps.Equal(m1, m2))
		eq := func(a, b float64) bool { return a == b || a != a && b != b }
		check("EqualFunc", ours.EqualFunc(m1, m2, eq), maps.EqualFunc(m1, m2, eq))
		c1, c2 := ours.Clone(m1), maps.Clone(m1)
		check("Clone nil", c1 == nil, c2 == nil)
		check("Clone len", len(c1), len(c2))
		d1, d2 := maps.Clone(m2), maps.Clone(m2)
		if d1 == nil {
			d1, d2 = map[int]float64{}, map[int]float64{}
		}
		ours.Copy(d1, m1)
		maps.Copy(d2, m1)
		check("Copy", len(d1), len(d2))
		ours.DeleteFunc(d1, func(k int, v float64) bool { return k%2 == 0 })
		maps.DeleteFunc(d2, func(k int, v float64) bool { return k%2 == 0 })
		check("DeleteFunc", slices.Sorted(ours.Keys(d1)), slices.Sorted(maps.Keys(d2)))
		check("Keys", slices.Sorted(ours.Keys(m1)), slices.Sorted(maps.Keys(m1)))
		check("Values", len(slices.Collect(ours.Values(m1))), len(slices.Collect(maps.Values(m1))))
		n := 0
		for range ours.All(m1) {
			n++
			if n == 2 {
				break
			}
		}
		check("All early stop", n, min(len(m1), 2))
		col := ours.Collect(maps.All(m2))
		check("Collect", len(col), len(m2))
		ins := map[int]float64{99: 1}
		ours.Insert(ins, maps.All(m2))
		check("Insert", len(ins), len(m2)+1)
	}
}
