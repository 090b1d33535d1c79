// Package server is a sample of ordinary Go, for robustness tests.
package server

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

// ErrClosed is returned after Close.
var ErrClosed = errors.New("server: closed")

type Handler interface {
	Serve(req *Request) (*Response, error)
}

type HandlerFunc func(*Request) (*Response, error)

func (f HandlerFunc) Serve(r *Request) (*Response, error) { return f(r) }

type Request struct {
	Path    string
	Headers map[string][]string
	Body    []byte `json:"body,omitempty"`
}

type Response struct {
	Status int
	Body   strings.Builder
}

type Server struct {
	mu       sync.Mutex
	routes   map[string]Handler
	closed   bool
	requests chan *Request
	done     chan struct{}
	stats    [4]uint64
}

func New(n int) *Server {
	s := &Server{
		routes:   make(map[string]Handler),
		requests: make(chan *Request, n),
		done:     make(chan struct{}),
	}
	go s.loop()
	return s
}

func (s *Server) Handle(path string, h Handler) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.routes[path] = h
}

func (s *Server) loop() {
	ticker := time.NewTicker(10 * time.Millisecond)
	defer ticker.Stop()
	for {
		select {
		case r, ok := <-s.requests:
			if !ok {
				close(s.done)
				return
			}
			s.dispatch(r)
		case <-ticker.C:
			s.stats[0]++
		}
	}
}

func (s *Server) dispatch(r *Request) {
	s.mu.Lock()
	h, ok := s.routes[r.Path]
	s.mu.Unlock()
	if !ok {
		fmt.Printf("no route for %q\n", r.Path)
		return
	}
	resp, err := h.Serve(r)
	switch {
	case err != nil:
		s.stats[1]++
	case resp.Status >= 500:
		s.stats[2]++
	default:
		s.stats[3] += uint64(len(resp.Body.String()))
	}
}

func (s *Server) Routes() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	keys := make([]string, 0, len(s.routes))
	for k := range s.routes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func Sum[T ~int | ~uint64 | ~float64](xs ...T) (total T) {
	for _, x := range xs {
		total += x
	}
	return
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func Collect[K comparable, V any](m map[K]V, keep func(K, V) bool) []Pair[K, V] {
	var out []Pair[K, V]
	for k, v := range m {
		if keep != nil && !keep(k, v) {
			continue
		}
		out = append(out, Pair[K, V]{k, v})
	}
	return out
}

func (s *Server) Close() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return ErrClosed
	}
	s.closed = true
	s.mu.Unlock()
	close(s.requests)
	<-s.done
	return nil
}

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprint("int ", x)
	case []byte:
		return string(x[:min(len(x), 8):len(x)])
	case func() error:
		return "func"
	}
	return "other"
}
