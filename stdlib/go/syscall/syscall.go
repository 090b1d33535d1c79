// Package syscall declares the low-level operating-system interface of
// linux/amd64: system calls, their constants (errno values, signals, flags,
// socket options, ...) and the kernel structures they exchange.
//
// Natives: Syscall, Syscall6, RawSyscall, RawSyscall6 (the raw entry, the
// first two bracketed by the scheduler's entersyscall/exitsyscall so a
// blocking call does not hold up other goroutines), Exit and runtime_envs
// (syscall_linux.go). Everything built on them is written in Go
// (syscall_linux.go), as are the Errno and Signal texts (tables.go,
// generated from the reference Go by tools/syscallgen).
//
// Still without bodies (a program calling them fails to link, naming the
// function): sockets and socket options, netlink, LSF, ptrace, process
// creation (ForkExec, StartProcess, Exec), Mmap/Munmap, the credential
// setters that Go applies to every thread (Setuid, Setgid, ...,
// AllThreadsSyscall), Mount, Reboot, FcntlFlock and the socket control
// messages.
package syscall

import (
	"sync"
)

var ForkLock sync.RWMutex

var Stdin = 0

var Stdout = 1

var Stderr = 2

var SocketDisableIPv6 bool

func FcntlFlock(fd uintptr, cmd int, lk *Flock_t) error

func ForkExec(argv0 string, argv []string, attr *ProcAttr) (pid int, err error)

func StartProcess(argv0 string, argv []string, attr *ProcAttr) (pid int, handle uintptr, err error)

func Exec(argv0 string, argv []string, envv []string) (err error)

func LsfStmt(code int, k int) *SockFilter

func LsfJump(code int, k int, jt int, jf int) *SockFilter

func LsfSocket(ifindex int, proto int) (int, error)

func SetLsfPromisc(name string, m bool) error

func AttachLsf(fd int, i []SockFilter) error

func DetachLsf(fd int) error

func NetlinkRIB(proto int, family int) ([]byte, error)

func ParseNetlinkMessage(b []byte) ([]NetlinkMessage, error)

func ParseNetlinkRouteAttr(m *NetlinkMessage) ([]NetlinkRouteAttr, error)

func UnixCredentials(ucred *Ucred) []byte

func ParseUnixCredentials(m *SocketControlMessage) (*Ucred, error)

func CmsgLen(datalen int) int

func CmsgSpace(datalen int) int

func ParseSocketControlMessage(b []byte) ([]SocketControlMessage, error)

func UnixRights(fds ...int) []byte

func ParseUnixRights(m *SocketControlMessage) ([]int, error)

func Setgroups(gids []int) (err error)

func Accept(fd int) (nfd int, sa Sockaddr, err error)

func Accept4(fd int, flags int) (nfd int, sa Sockaddr, err error)

func Getsockname(fd int) (sa Sockaddr, err error)

func GetsockoptInet4Addr(fd int, level int, opt int) (value [4]byte, err error)

func GetsockoptIPMreq(fd int, level int, opt int) (*IPMreq, error)

func GetsockoptIPMreqn(fd int, level int, opt int) (*IPMreqn, error)

func GetsockoptIPv6Mreq(fd int, level int, opt int) (*IPv6Mreq, error)

func GetsockoptIPv6MTUInfo(fd int, level int, opt int) (*IPv6MTUInfo, error)

func GetsockoptICMPv6Filter(fd int, level int, opt int) (*ICMPv6Filter, error)

func GetsockoptUcred(fd int, level int, opt int) (*Ucred, error)

func SetsockoptIPMreqn(fd int, level int, opt int, mreq *IPMreqn) (err error)

func BindToDevice(fd int, device string) (err error)

func PtracePeekText(pid int, addr uintptr, out []byte) (count int, err error)

func PtracePeekData(pid int, addr uintptr, out []byte) (count int, err error)

func PtracePokeText(pid int, addr uintptr, data []byte) (count int, err error)

func PtracePokeData(pid int, addr uintptr, data []byte) (count int, err error)

func PtraceGetRegs(pid int, regsout *PtraceRegs) (err error)

func PtraceSetRegs(pid int, regs *PtraceRegs) (err error)

func PtraceSetOptions(pid int, options int) (err error)

func PtraceGetEventMsg(pid int) (msg uint, err error)

func PtraceCont(pid int, signal int) (err error)

func PtraceSyscall(pid int, signal int) (err error)

func PtraceSingleStep(pid int) (err error)

func PtraceAttach(pid int) (err error)

func PtraceDetach(pid int) (err error)

func Reboot(cmd int) (err error)

func Mount(source string, target string, fstype string, flags uintptr, data string) (err error)

func AllThreadsSyscall(trap uintptr, a1 uintptr, a2 uintptr, a3 uintptr) (r1 uintptr, r2 uintptr, err Errno)

func AllThreadsSyscall6(trap uintptr, a1 uintptr, a2 uintptr, a3 uintptr, a4 uintptr, a5 uintptr, a6 uintptr) (r1 uintptr, r2 uintptr, err Errno)

func Setegid(egid int) (err error)

func Seteuid(euid int) (err error)

func Setgid(gid int) (err error)

func Setregid(rgid int, egid int) (err error)

func Setresgid(rgid int, egid int, sgid int) (err error)

func Setresuid(ruid int, euid int, suid int) (err error)

func Setreuid(ruid int, euid int) (err error)

func Setuid(uid int) (err error)

func Mmap(fd int, offset int64, length int, prot int, flags int) (data []byte, err error)

func Munmap(b []byte) (err error)

func Bind(fd int, sa Sockaddr) (err error)

func Connect(fd int, sa Sockaddr) (err error)

func Getpeername(fd int) (sa Sockaddr, err error)

func GetsockoptInt(fd int, level int, opt int) (value int, err error)

func Recvfrom(fd int, p []byte, flags int) (n int, from Sockaddr, err error)

func Recvmsg(fd int, p []byte, oob []byte, flags int) (n int, oobn int, recvflags int, from Sockaddr, err error)

func Sendmsg(fd int, p []byte, oob []byte, to Sockaddr, flags int) (err error)

func SendmsgN(fd int, p []byte, oob []byte, to Sockaddr, flags int) (n int, err error)

func Sendto(fd int, p []byte, flags int, to Sockaddr) (err error)

func SetsockoptByte(fd int, level int, opt int, value byte) (err error)

func SetsockoptInt(fd int, level int, opt int, value int) (err error)

func SetsockoptInet4Addr(fd int, level int, opt int, value [4]byte) (err error)

func SetsockoptIPMreq(fd int, level int, opt int, mreq *IPMreq) (err error)

func SetsockoptIPv6Mreq(fd int, level int, opt int, mreq *IPv6Mreq) (err error)

func SetsockoptICMPv6Filter(fd int, level int, opt int, filter *ICMPv6Filter) error

func SetsockoptLinger(fd int, level int, opt int, l *Linger) (err error)

func SetsockoptString(fd int, level int, opt int, s string) (err error)

func SetsockoptTimeval(fd int, level int, opt int, tv *Timeval) (err error)

func Socket(domain int, typ int, proto int) (fd int, err error)

func Socketpair(domain int, typ int, proto int) (fd [2]int, err error)

func Sendfile(outfd int, infd int, offset *int64, count int) (written int, err error)

func Acct(path string) (err error)

func Adjtimex(buf *Timex) (state int, err error)

func Getxattr(path string, attr string, dest []byte) (sz int, err error)

func Klogctl(typ int, buf []byte) (n int, err error)

func Listxattr(path string, dest []byte) (sz int, err error)

func PivotRoot(newroot string, putold string) (err error)

func Removexattr(path string, attr string) (err error)

func Setdomainname(p []byte) (err error)

func Sethostname(p []byte) (err error)

func Settimeofday(tv *Timeval) (err error)

func Setxattr(path string, attr string, data []byte, flags int) (err error)

func Tee(rfd int, wfd int, len int, flags int) (n int64, err error)

func Unmount(target string, flags int) (err error)

func Unshare(flags int) (err error)

func Ioperm(from int, num int, on int) (err error)

func Iopl(level int) (err error)

func Listen(s int, n int) (err error)

func Pause() (err error)

func Select(nfd int, r *FdSet, w *FdSet, e *FdSet, timeout *Timeval) (n int, err error)

func Setfsgid(gid int) (err error)

func Setfsuid(uid int) (err error)

func Shutdown(fd int, how int) (err error)

func Splice(rfd int, roff *int64, wfd int, woff *int64, len int, flags int) (n int64, err error)

func SyncFileRange(fd int, off int64, n int64, flags int) (err error)

func Ustat(dev int, ubuf *Ustat_t) (err error)
