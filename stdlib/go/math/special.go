package math

// The special functions: bodies still to be written (erf, gamma and the
// Bessel functions); until then, natives.

func Erf(x float64) float64

func Erfc(x float64) float64

func Erfinv(x float64) float64

func Erfcinv(x float64) float64

func Gamma(x float64) float64

func Lgamma(x float64) (lgamma float64, sign int)

func J0(x float64) float64

func J1(x float64) float64

func Jn(n int, x float64) float64

func Y0(x float64) float64

func Y1(x float64) float64

func Yn(n int, x float64) float64
