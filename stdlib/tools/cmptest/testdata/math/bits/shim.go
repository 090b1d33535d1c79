package bits

import realbits "math/bits"

// panicOverflow raises the reference runtime's overflow error through the
// real package.
func panicOverflow() { realbits.Div32(1, 0, 1) }
