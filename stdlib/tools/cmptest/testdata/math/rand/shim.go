package rand

import (
	v2 "math/rand/v2"
	"os"
	"strings"
)

// The natives, over the reference runtime.

func runtimeRand() uint64 { return v2.Uint64() }

func godebug(name string) string {
	for _, kv := range strings.Split(os.Getenv("GODEBUG"), ",") {
		if k, v, ok := strings.Cut(kv, "="); ok && k == name {
			return v
		}
	}
	return ""
}
