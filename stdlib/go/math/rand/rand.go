// Package rand declares pseudo-random number generation (the Go 1 API):
// Source, Rand, the top-level functions on a shared source, and Zipf.
//
// Missing bodies: all, for a later issue; a body must reproduce Go's
// generator exactly, since seeded programs print its numbers. Rand keeps
// Go's fields.
package rand

type Zipf struct {
	r            *Rand
	imax         float64
	v            float64
	q            float64
	s            float64
	oneminusQ    float64
	oneminusQinv float64
	hxm          float64
	hx0minusHxm  float64
}

func (z *Zipf) Uint64() uint64

func NewZipf(r *Rand, s float64, v float64, imax uint64) *Zipf

type Source interface {
	Int63() int64
	Seed(seed int64)
}

type Source64 interface {
	Source
	Uint64() uint64
}

func NewSource(seed int64) Source

type Rand struct {
	src     Source
	s64     Source64
	readVal int64
	readPos int8
}

func (r *Rand) ExpFloat64() float64

func (r *Rand) NormFloat64() float64

func (r *Rand) Seed(seed int64)

func (r *Rand) Int63() int64

func (r *Rand) Uint32() uint32

func (r *Rand) Uint64() uint64

func (r *Rand) Int31() int32

func (r *Rand) Int() int

func (r *Rand) Int63n(n int64) int64

func (r *Rand) Int31n(n int32) int32

func (r *Rand) Intn(n int) int

func (r *Rand) Float64() float64

func (r *Rand) Float32() float32

func (r *Rand) Perm(n int) []int

func (r *Rand) Shuffle(n int, swap func(i int, j int))

func (r *Rand) Read(p []byte) (n int, err error)

func New(src Source) *Rand

func Seed(seed int64)

func Int63() int64

func Uint32() uint32

func Uint64() uint64

func Int31() int32

func Int() int

func Int63n(n int64) int64

func Int31n(n int32) int32

func Intn(n int) int

func Float64() float64

func Float32() float32

func Perm(n int) []int

func Shuffle(n int, swap func(i int, j int))

func Read(p []byte) (n int, err error)

func NormFloat64() float64

func ExpFloat64() float64
