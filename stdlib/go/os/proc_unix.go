package os

import (
	"errors"
	"io/fs"
	"syscall"
	"time"
)

// Exit ends the program at once with the given status: deferred calls do
// not run. Status 0 means success.
func Exit(code int) { syscall.Exit(code) }

// --- the environment -------------------------------------------------------------

// Getenv returns the value of the environment variable key, or "" if it is
// not set.
func Getenv(key string) string {
	v, _ := syscall.Getenv(key)
	return v
}

// LookupEnv returns the value of key and whether it is set.
func LookupEnv(key string) (string, bool) { return syscall.Getenv(key) }

func Setenv(key string, value string) error {
	if err := syscall.Setenv(key, value); err != nil {
		return NewSyscallError("setenv", err)
	}
	return nil
}

func Unsetenv(key string) error { return syscall.Unsetenv(key) }

func Clearenv() { syscall.Clearenv() }

// Environ returns a copy of the environment as "key=value" strings.
func Environ() []string { return syscall.Environ() }

// ExpandEnv replaces $var and ${var} in s with the variables' values.
func ExpandEnv(s string) string { return Expand(s, Getenv) }

// Expand replaces $var and ${var} in s by mapping(var). Names are shell
// names: letters, digits and underscores, or one special character (one
// of *#$@!?- or a digit). "$" before anything else stays; a bad "${...}"
// is removed.
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	i := 0
	for j := 0; j < len(s); j++ {
		if s[j] == '$' && j+1 < len(s) {
			if buf == nil {
				buf = make([]byte, 0, 2*len(s))
			}
			buf = append(buf, s[i:j]...)
			name, w := shellName(s[j+1:])
			if name == "" && w > 0 {
				// Bad syntax: dropped.
			} else if name == "" {
				buf = append(buf, s[j])
			} else {
				buf = append(buf, mapping(name)...)
			}
			j += w
			i = j + 1
		}
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[i:]
}

func isShellSpecialVar(c uint8) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

func isAlphaNum(c uint8) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// shellName returns the name after a "$" and the bytes it takes.
func shellName(s string) (string, int) {
	if s[0] == '{' {
		if len(s) > 2 && isShellSpecialVar(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2 // "${}"
				}
				return s[1:i], i + 1
			}
		}
		return "", 1 // "${" without "}"
	}
	if isShellSpecialVar(s[0]) {
		return s[0:1], 1
	}
	var i int
	for i = 0; i < len(s) && isAlphaNum(s[i]); i++ {
	}
	return s[:i], i
}

// --- errors ------------------------------------------------------------------------

func (e *SyscallError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// IsExist reports whether err says that a file already exists.
func IsExist(err error) bool { return underlyingErrorIs(err, ErrExist) }

// IsNotExist reports whether err says that a file does not exist.
func IsNotExist(err error) bool { return underlyingErrorIs(err, ErrNotExist) }

// IsPermission reports whether err says that permission is denied.
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

// IsTimeout reports whether err says that time ran out.
func IsTimeout(err error) bool {
	terr, ok := underlyingError(err).(interface{ Timeout() bool })
	return ok && terr.Timeout()
}

// underlyingErrorIs unwraps only this package's error types, not all
// errors: these functions predate errors.Is.
func underlyingErrorIs(err, target error) bool {
	err = underlyingError(err)
	if err == target {
		return true
	}
	e, ok := err.(syscall.Errno)
	return ok && e.Is(target)
}

func underlyingError(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	if le, ok := err.(*LinkError); ok {
		return le.Err
	}
	if se, ok := err.(*SyscallError); ok {
		return se.Err
	}
	return err
}

// --- processes ----------------------------------------------------------------------

// Process states (Process.state).
const (
	statusOK       = 0
	statusDone     = 1
	statusReleased = 2
)

// FindProcess returns a Process for pid; on Unix it always succeeds, and
// whether the process exists shows in later calls.
func FindProcess(pid int) (*Process, error) {
	return &Process{Pid: pid}, nil
}

func (p *Process) Release() error {
	p.state.Store(statusReleased)
	p.Pid = -1
	return nil
}

func (p *Process) Kill() error { return p.Signal(Kill) }

// Signal sends sig (a syscall.Signal) to the process.
func (p *Process) Signal(sig Signal) error {
	if p.Pid == -1 {
		return errors.New("os: process already released")
	}
	if p.Pid == 0 {
		return errors.New("os: process not initialized")
	}
	if p.state.Load() == statusDone {
		return ErrProcessDone
	}
	s, ok := sig.(syscall.Signal)
	if !ok {
		return errors.New("os: unsupported signal type")
	}
	if e := syscall.Kill(p.Pid, s); e != nil {
		if e == syscall.ESRCH {
			return ErrProcessDone
		}
		return NewSyscallError("kill", e)
	}
	return nil
}

// Wait waits for the process (a child of this one) to exit.
func (p *Process) Wait() (*ProcessState, error) {
	if p.Pid == -1 {
		return nil, syscall.EINVAL
	}
	var status syscall.WaitStatus
	var rusage syscall.Rusage
	var pid1 int
	var e error
	for {
		pid1, e = syscall.Wait4(p.Pid, &status, 0, &rusage)
		if e != syscall.EINTR {
			break
		}
	}
	if e != nil {
		return nil, NewSyscallError("wait", e)
	}
	p.state.Store(statusDone)
	return &ProcessState{pid: pid1, status: status, rusage: &rusage}, nil
}

func (p *Process) WithHandle(f func(handle uintptr)) error { return ErrNoHandle }

func (p *ProcessState) UserTime() time.Duration {
	return time.Duration(p.rusage.Utime.Nano()) * time.Nanosecond
}

func (p *ProcessState) SystemTime() time.Duration {
	return time.Duration(p.rusage.Stime.Nano()) * time.Nanosecond
}

func (p *ProcessState) Exited() bool  { return p.status.Exited() }
func (p *ProcessState) Success() bool { return p.status.ExitStatus() == 0 }
func (p *ProcessState) Sys() any      { return p.status }
func (p *ProcessState) SysUsage() any { return p.rusage }
func (p *ProcessState) Pid() int      { return p.pid }

// ExitCode is the exit status, or -1 if the process did not exit (or p is
// nil).
func (p *ProcessState) ExitCode() int {
	if p == nil {
		return -1
	}
	return p.status.ExitStatus()
}

func (p *ProcessState) String() string {
	if p == nil {
		return "<nil>"
	}
	status := p.status
	res := ""
	switch {
	case status.Exited():
		res = "exit status " + itoa(status.ExitStatus())
	case status.Signaled():
		res = "signal: " + status.Signal().String()
	case status.Stopped():
		res = "stop signal: " + status.StopSignal().String()
		if status.StopSignal() == syscall.SIGTRAP && status.TrapCause() != 0 {
			res += " (trap " + itoa(status.TrapCause()) + ")"
		}
	case status.Continued():
		res = "continued"
	}
	if status.CoreDump() {
		res += " (core dumped)"
	}
	return res
}

func Getgroups() ([]int, error) {
	gids, e := syscall.Getgroups()
	return gids, NewSyscallError("getgroups", e)
}
