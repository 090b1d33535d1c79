// Package iter declares the iterator function types and the pull adapters.
//
// Pull and Pull2 run the iterator on a coroutine (Go's runtime/coro.go is
// the model): newcoro(f) makes a suspended coroutine that runs f on its
// first switch; coroswitch passes control to the other side and returns
// when control comes back; when f returns, control goes back to the side
// that last switched in. Here a coroutine is a goroutine that hands control
// back and forth over two unbuffered channels, so exactly one side runs at
// a time; Go's runtime switches on the same thread instead, which no
// program can tell apart except through NumGoroutine.
package iter

// Seq is an iterator over single values: it calls yield for each one and
// stops early when yield returns false.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over pairs of values.
type Seq2[K, V any] func(yield func(K, V) bool)

// coro is a coroutine. Invariant: inside is true exactly while f's side has
// control; only the side with control reads or writes the fields, and the
// channel operations that pass control order those accesses.
type coro struct {
	f       func(*coro)
	started bool
	inside  bool
	done    bool
	resume  chan struct{} // caller -> coroutine
	yield   chan struct{} // coroutine -> caller
}

func newcoro(f func(*coro)) *coro {
	return &coro{f: f, resume: make(chan struct{}), yield: make(chan struct{})}
}

func coroswitch(c *coro) {
	if c.inside {
		// The coroutine hands control back and waits for the next switch.
		c.inside = false
		c.yield <- struct{}{}
		<-c.resume
		return
	}
	if c.done {
		panic("coroswitch on exited coro")
	}
	c.inside = true
	if !c.started {
		c.started = true
		go func() {
			c.f(c)
			c.inside, c.done = false, true
			c.yield <- struct{}{}
		}()
	} else {
		c.resume <- struct{}{}
	}
	<-c.yield
}

// Pull turns the push iterator seq into a pull iterator: each call of next
// returns the next value and true, or the zero value and false once seq is
// done; stop ends the iteration early. A panic in seq is passed on to the
// caller of next or stop.
func Pull[V any](seq Seq[V]) (next func() (V, bool), stop func()) {
	var (
		v         V
		ok        bool
		done      bool // seq has returned or stop was called
		yieldNext bool // next is waiting for a value from yield
		seqDone   bool // seq has returned
		panicked  bool
		panicVal  any
	)
	c := newcoro(func(c *coro) {
		defer func() {
			if p := recover(); p != nil {
				panicked, panicVal = true, p
			}
			done, seqDone = true, true
		}()
		if done {
			return
		}
		yield := func(x V) bool {
			if done {
				return false
			}
			if !yieldNext {
				panic("iter.Pull: yield called again before next")
			}
			yieldNext = false
			v, ok = x, true
			coroswitch(c)
			return !done
		}
		seq(yield)
		var zero V
		v, ok = zero, false
	})
	rethrow := func() {
		if panicked {
			panicked = false
			panic(panicVal)
		}
	}
	next = func() (V, bool) {
		if done {
			var zero V
			return zero, false
		}
		if yieldNext {
			panic("iter.Pull: next called again before yield")
		}
		yieldNext = true
		coroswitch(c)
		rethrow()
		return v, ok
	}
	stop = func() {
		if !done {
			done = true
			if !seqDone {
				coroswitch(c)
			}
			rethrow()
		}
	}
	return next, stop
}

// Pull2 is Pull for iterators over pairs.
func Pull2[K, V any](seq Seq2[K, V]) (next func() (K, V, bool), stop func()) {
	var (
		k         K
		v         V
		ok        bool
		done      bool
		yieldNext bool
		seqDone   bool
		panicked  bool
		panicVal  any
	)
	c := newcoro(func(c *coro) {
		defer func() {
			if p := recover(); p != nil {
				panicked, panicVal = true, p
			}
			done, seqDone = true, true
		}()
		if done {
			return
		}
		yield := func(x K, y V) bool {
			if done {
				return false
			}
			if !yieldNext {
				panic("iter.Pull2: yield called again before next")
			}
			yieldNext = false
			k, v, ok = x, y, true
			coroswitch(c)
			return !done
		}
		seq(yield)
		var zk K
		var zv V
		k, v, ok = zk, zv, false
	})
	rethrow := func() {
		if panicked {
			panicked = false
			panic(panicVal)
		}
	}
	next = func() (K, V, bool) {
		if done {
			var zk K
			var zv V
			return zk, zv, false
		}
		if yieldNext {
			panic("iter.Pull2: next called again before yield")
		}
		yieldNext = true
		coroswitch(c)
		rethrow()
		return k, v, ok
	}
	stop = func() {
		if !done {
			done = true
			if !seqDone {
				coroswitch(c)
			}
			rethrow()
		}
	}
	return next, stop
}
