package errors

import "reflect"

// The natives, by reflection.

func isComparable(x any) bool { return reflect.TypeOf(x).Comparable() }

var errorType = reflect.TypeOf((*error)(nil)).Elem()

func targetKind(target any) int {
	v := reflect.ValueOf(target)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return targetNotPointer
	}
	if e := v.Type().Elem(); e.Kind() != reflect.Interface && !e.Implements(errorType) {
		return targetBadElem
	}
	return targetOK
}

func assign(target any, err error) bool {
	v := reflect.ValueOf(target)
	if reflect.TypeOf(err).AssignableTo(v.Type().Elem()) {
		v.Elem().Set(reflect.ValueOf(err))
		return true
	}
	return false
}
