package sync

import (
	"sync/atomic"
	"unsafe"
)

// WaitGroup waits for a collection of goroutines to finish. state holds the
// counter in its high 32 bits and the number of waiters in its low 32 bits;
// waiters park on sema.
type WaitGroup struct {
	noCopy noCopy
	state  atomic.Uint64
	sema   uint32
}

func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Wait()

// Done decrements the counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Go runs f in a new goroutine counted by wg.
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		f()
	}()
}

// Once runs one function once. done is read on the fast path without the
// lock.
type Once struct {
	_    noCopy
	done atomic.Bool
	m    Mutex
}

func (o *Once) Do(f func())

// OnceFunc returns a function that calls f only the first time it is
// called; if f panicked, every call panics with the same value.
func OnceFunc(f func()) func() {
	var (
		once   Once
		ok     bool
		failed any
	)
	call := func() {
		defer func() {
			if !ok {
				failed = recover()
				panic(failed)
			}
		}()
		f()
		f = nil
		ok = true
	}
	return func() {
		once.Do(call)
		if !ok {
			panic(failed)
		}
	}
}

// OnceValue is OnceFunc for a function with a result, which every call
// returns.
func OnceValue[T any](f func() T) func() T {
	var (
		once   Once
		ok     bool
		failed any
		result T
	)
	call := func() {
		defer func() {
			if !ok {
				failed = recover()
				panic(failed)
			}
		}()
		result = f()
		f = nil
		ok = true
	}
	return func() T {
		once.Do(call)
		if !ok {
			panic(failed)
		}
		return result
	}
}

// OnceValues is OnceValue for a function with two results.
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var (
		once   Once
		ok     bool
		failed any
		r1     T1
		r2     T2
	)
	call := func() {
		defer func() {
			if !ok {
				failed = recover()
				panic(failed)
			}
		}()
		r1, r2 = f()
		f = nil
		ok = true
	}
	return func() (T1, T2) {
		once.Do(call)
		if !ok {
			panic(failed)
		}
		return r1, r2
	}
}

// Cond is a condition variable: goroutines Wait on it for an event that
// another one announces with Signal or Broadcast. L is held while the
// condition is observed or changed.
type Cond struct {
	noCopy  noCopy
	L       Locker
	notify  notifyList
	checker copyChecker
}

// notifyList is the runtime's ticket-based list of waiters (sema.go).
type notifyList struct {
	wait   uint32
	notify uint32
	lock   uintptr
	head   unsafe.Pointer
	tail   unsafe.Pointer
}

// copyChecker holds the Cond's own address to detect copies.
type copyChecker uintptr

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait unlocks c.L, waits for a Signal or Broadcast made after it was
// called, and locks c.L again before returning.
func (c *Cond) Wait() {
	c.checker.check()
	t := runtime_notifyListAdd(&c.notify)
	c.L.Unlock()
	runtime_notifyListWait(&c.notify, t)
	c.L.Lock()
}

// Signal wakes one waiting goroutine, if any.
func (c *Cond) Signal() {
	c.checker.check()
	runtime_notifyListNotifyOne(&c.notify)
}

// Broadcast wakes every waiting goroutine.
func (c *Cond) Broadcast() {
	c.checker.check()
	runtime_notifyListNotifyAll(&c.notify)
}

// check panics if the Cond was copied after first use: the checker holds
// its own address from then on.
func (c *copyChecker) check() {
	if uintptr(*c) != uintptr(unsafe.Pointer(c)) &&
		!atomic.CompareAndSwapUintptr((*uintptr)(c), 0, uintptr(unsafe.Pointer(c))) &&
		uintptr(*c) != uintptr(unsafe.Pointer(c)) {
		panic("sync.Cond is copied")
	}
}

// The runtime's notifyList (natives): Add takes a ticket, Wait parks until
// that ticket is notified, NotifyOne and NotifyAll wake in ticket order.
func runtime_notifyListAdd(l *notifyList) uint32
func runtime_notifyListWait(l *notifyList, t uint32)
func runtime_notifyListNotifyOne(l *notifyList)
func runtime_notifyListNotifyAll(l *notifyList)
