package math

// The Bessel functions: their bodies (fdlibm's e_j0.c, e_j1.c, e_jn.c) are
// still to be written in Go; until then, natives.

func J0(x float64) float64

func J1(x float64) float64

func Jn(n int, x float64) float64

func Y0(x float64) float64

func Y1(x float64) float64

func Yn(n int, x float64) float64
