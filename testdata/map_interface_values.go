// Maps with interface values hold mixed dynamic types; comma-ok and type switches recover them.
package main

import (
	"fmt"
	"sort"
)

func main() {
	cfg := map[string]any{
		"name":  "gorun",
		"port":  8080,
		"debug": true,
		"ratio": 0.75,
		"tags":  []string{"a", "b"},
		"sub":   map[string]any{"x": 1},
		"none":  nil,
	}
	keys := make([]string, 0, len(cfg))
	for k := range cfg {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		switch v := cfg[k].(type) {
		case string:
			fmt.Println(k, "string", v)
		case int:
			fmt.Println(k, "int", v+1)
		case bool:
			fmt.Println(k, "bool", !v)
		case nil:
			fmt.Println(k, "nil")
		default:
			fmt.Printf("%s %T %v\n", k, v, v)
		}
	}
	v, ok := cfg["none"]
	fmt.Println(v, ok)
	v, ok = cfg["missing"]
	fmt.Println(v, ok)
	fmt.Println(cfg)
}
