// The benchmarks game's mandelbrot, 2000×2000, as a checksum of the bitmap: float loops and bytes.
package main

import "fmt"

func main() {
	const n = 2000
	const iter = 50
	sum := 0
	row := make([]byte, (n+7)/8)
	for y := 0; y < n; y++ {
		ci := 2*float64(y)/n - 1
		for i := range row {
			row[i] = 0
		}
		for x := 0; x < n; x++ {
			cr := 2*float64(x)/n - 1.5
			zr, zi := 0.0, 0.0
			in := true
			for k := 0; k < iter; k++ {
				zr, zi = zr*zr-zi*zi+cr, 2*zr*zi+ci
				if zr*zr+zi*zi > 4 {
					in = false
					break
				}
			}
			if in {
				row[x/8] |= 0x80 >> uint(x%8)
			}
		}
		for _, b := range row {
			sum = (sum*31 + int(b)) % 1000000007
		}
	}
	fmt.Println(sum)
}
