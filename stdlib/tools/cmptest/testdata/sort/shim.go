package sort

import "reflect"

// The natives of Slice, by reflection.

func sliceLen(x any) int { return reflect.ValueOf(x).Len() }

func swapper(x any) func(i, j int) { return reflect.Swapper(x) }
