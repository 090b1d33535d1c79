// Proves map literals with elided key and element types: struct, array, pointer and nested map literals as keys and elements.
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	byPoint := map[Point]string{{1, 2}: "a", {3, 4}: "b", {}: "origin"}
	fmt.Println(byPoint[Point{1, 2}], byPoint[Point{3, 4}], byPoint[Point{}], len(byPoint))

	arr := map[[2]string]int{{"a", "b"}: 1, {"c"}: 2}
	fmt.Println(arr[[2]string{"a", "b"}], arr[[2]string{"c", ""}], arr)

	ptrs := map[string]*Point{"p": {5, 6}, "q": {Y: 7}}
	fmt.Println(*ptrs["p"], *ptrs["q"])

	nested := map[string]map[string]int{"x": {"a": 1}, "y": {"b": 2, "c": 3}, "z": {}}
	fmt.Println(nested, len(nested["y"]), len(nested["z"]), nested["w"] == nil)

	slices := map[int][]Point{1: {{1, 1}, {2, 2}}, 2: nil}
	fmt.Println(slices, len(slices[1]), slices[2] == nil)

	big := map[int]string{0: "a", 1: "b", 2: "c", 3: "d", 4: "e", 5: "f", 6: "g", 7: "h", 8: "i", 9: "j", 10: "k"}
	fmt.Println(len(big), big)

	const k = "const"
	mixed := map[interface{}]int{1: 1, "one": 2, 1.5: 3, Point{1, 1}: 4, [2]int{1, 2}: 5, k: 6, true: 7}
	fmt.Println(len(mixed), mixed[1], mixed["one"], mixed[1.5], mixed[Point{1, 1}], mixed[[2]int{1, 2}], mixed["const"], mixed[true], mixed[int64(1)])

	empty := map[string]int{}
	fmt.Println(empty, len(empty), empty == nil)
}
