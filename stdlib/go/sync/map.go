package sync

import "unsafe"

// Map is a map safe for concurrent use, keyed and valued by any. Its
// contents belong to the runtime's implementation; the fields give it the
// size of Go's (a hash-trie map: init flag and lock, root, hash and equality
// functions, seed).
type Map struct {
	_ noCopy
	m hashTrieMap
}

type hashTrieMap struct {
	inited   uint32
	initMu   Mutex
	root     unsafe.Pointer
	keyHash  unsafe.Pointer
	valEqual unsafe.Pointer
	seed     uintptr
}

func (m *Map) Load(key any) (value any, ok bool)
func (m *Map) Store(key, value any)
func (m *Map) Clear()
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool)
func (m *Map) LoadAndDelete(key any) (value any, loaded bool)
func (m *Map) Delete(key any)
func (m *Map) Swap(key, value any) (previous any, loaded bool)
func (m *Map) CompareAndSwap(key, old, new any) (swapped bool)
func (m *Map) CompareAndDelete(key, old any) (deleted bool)
func (m *Map) Range(f func(key, value any) bool)

// Pool is a set of temporary objects that may be reused; New, if set, makes
// one when the pool is empty. local and victim are the per-P pools of this
// and the previous GC cycle.
type Pool struct {
	noCopy noCopy

	local     unsafe.Pointer
	localSize uintptr

	victim     unsafe.Pointer
	victimSize uintptr

	New func() any
}

func (p *Pool) Put(x any)
func (p *Pool) Get() any
