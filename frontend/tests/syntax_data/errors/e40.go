package main

func (a, b T) m() {}
func () n() {}
