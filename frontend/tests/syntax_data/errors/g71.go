package main

func Map[T any, U any](xs []T, f func(T) U []U {
	return nil
}
