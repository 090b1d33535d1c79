package math

import (
	"os"
	"strings"
)

// hasFMA reads the CPU's flags as Go's internal/cpu sees them (AVX and
// FMA3).
func hasFMA() bool {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return false
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "flags") {
			f := " " + line + " "
			return strings.Contains(f, " avx ") && strings.Contains(f, " fma ")
		}
	}
	return false
}
