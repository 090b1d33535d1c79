package p

type I interface {
	M[P any](x P)
	T[int]
	N()
}
