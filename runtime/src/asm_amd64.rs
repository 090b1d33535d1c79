//! Context switches for x86-64 (System V), Go's `asm_amd64.s`.
//!
//! Invariants:
//! - A G that is not running is described by `g.sched.sp` alone: its stack
//!   holds, from `sp` upwards, the callee-saved registers r15, r14, r13, r12,
//!   rbx, rbp and then the return address into the code that switched away
//!   (`mcall`). `gogo` pops them and returns there.
//! - A new G's stack is laid out the same way by `gostartcallfn` (stack.rs),
//!   with the return address `gorun_gostart`, the newg in r12 and the func
//!   value in r13, and rbp = 0, which ends frame-pointer walks.
//! - `mcall` switches to the top of g0's stack (`g0.sched.sp`), so each
//!   switch to g0 starts with an empty g0 stack: code reached through mcall
//!   must never return and must hold nothing that needs dropping when it
//!   calls `gogo`.
//! - `systemstack` and the split-stack switch keep rbp pointing at the frame
//!   on the old stack, so frame-pointer walks cross stacks and segments.
//! - The code that can lie on a stack between a panic and the frame a
//!   recover resumes (`calldefer`, the stack switches) carries CFI
//!   directives, so debuggers and the system unwinder can walk through it.
//! - Nothing else in the crate is architecture-specific.

use crate::runtime2::G;

std::arch::global_asm!(
    // gorun_gogo(sp) -> !: resume the context saved at sp.
    ".globl gorun_gogo",
    ".p2align 4",
    "gorun_gogo:",
    "mov rsp, rdi",
    "pop r15",
    "pop r14",
    "pop r13",
    "pop r12",
    "pop rbx",
    "pop rbp",
    "ret",
    // gorun_mcall_switch(save: *mut usize, g0sp, f, gp): save this context
    // into *save, switch to g0sp and call f(gp), which never returns.
    ".globl gorun_mcall_switch",
    ".p2align 4",
    "gorun_mcall_switch:",
    "push rbp",
    "push rbx",
    "push r12",
    "push r13",
    "push r14",
    "push r15",
    "mov [rdi], rsp",
    "mov rsp, rsi",
    "mov rdi, rcx",
    "xor ebp, ebp",
    "call rdx",
    "ud2",
    // gorun_systemstack_switch(arg, f, sp): call f(arg) on the stack at sp.
    ".globl gorun_systemstack_switch",
    ".p2align 4",
    "gorun_systemstack_switch:",
    ".cfi_startproc",
    "push rbp",
    ".cfi_def_cfa_offset 16",
    ".cfi_offset rbp, -16",
    "mov rbp, rsp",
    ".cfi_def_cfa_register rbp",
    "push rbx",
    ".cfi_offset rbx, -24",
    "push rbx",
    "mov rbx, rsp",
    "mov rsp, rdx",
    "call rsi",
    "mov rsp, rbx",
    "pop rbx",
    "pop rbx",
    "pop rbp",
    ".cfi_def_cfa rsp, 8",
    "ret",
    ".cfi_endproc",
    // gorun_segment_switch(g, f, data, sp): call f(g, data) on the stack at sp.
    ".globl gorun_segment_switch",
    ".p2align 4",
    "gorun_segment_switch:",
    ".cfi_startproc",
    "push rbp",
    ".cfi_def_cfa_offset 16",
    ".cfi_offset rbp, -16",
    "mov rbp, rsp",
    ".cfi_def_cfa_register rbp",
    "push rbx",
    ".cfi_offset rbx, -24",
    "push rbx",
    "mov rbx, rsp",
    "mov rsp, rcx",
    "mov rax, rsi",
    "mov rsi, rdx",
    "call rax",
    "mov rsp, rbx",
    "pop rbx",
    "pop rbx",
    "pop rbp",
    ".cfi_def_cfa rsp, 8",
    "ret",
    ".cfi_endproc",
    // gorun_preempt_check(g): the loop back-edge's slow path, in Cranelift's
    // `preserve_all` convention: gorun_morestack(g, 0) with every register
    // the System V convention lets a callee clobber saved around it (rax,
    // rcx, rdx, rsi, rdi, r8-r11, xmm0-15), so a hot loop keeps its values
    // in registers across the (cold) call. On entry rsp = 8 mod 16; rbp and
    // 9 words of registers make it 0 mod 16 after the 264-byte xmm area.
    ".globl gorun_preempt_check",
    ".p2align 4",
    "gorun_preempt_check:",
    ".cfi_startproc",
    "push rbp",
    ".cfi_def_cfa_offset 16",
    ".cfi_offset rbp, -16",
    "mov rbp, rsp",
    ".cfi_def_cfa_register rbp",
    "push rax",
    "push rcx",
    "push rdx",
    "push rsi",
    "push rdi",
    "push r8",
    "push r9",
    "push r10",
    "push r11",
    "sub rsp, 264",
    "movdqu [rsp], xmm0",
    "movdqu [rsp + 16], xmm1",
    "movdqu [rsp + 32], xmm2",
    "movdqu [rsp + 48], xmm3",
    "movdqu [rsp + 64], xmm4",
    "movdqu [rsp + 80], xmm5",
    "movdqu [rsp + 96], xmm6",
    "movdqu [rsp + 112], xmm7",
    "movdqu [rsp + 128], xmm8",
    "movdqu [rsp + 144], xmm9",
    "movdqu [rsp + 160], xmm10",
    "movdqu [rsp + 176], xmm11",
    "movdqu [rsp + 192], xmm12",
    "movdqu [rsp + 208], xmm13",
    "movdqu [rsp + 224], xmm14",
    "movdqu [rsp + 240], xmm15",
    "xor esi, esi",
    "call {morestack}",
    "movdqu xmm0, [rsp]",
    "movdqu xmm1, [rsp + 16]",
    "movdqu xmm2, [rsp + 32]",
    "movdqu xmm3, [rsp + 48]",
    "movdqu xmm4, [rsp + 64]",
    "movdqu xmm5, [rsp + 80]",
    "movdqu xmm6, [rsp + 96]",
    "movdqu xmm7, [rsp + 112]",
    "movdqu xmm8, [rsp + 128]",
    "movdqu xmm9, [rsp + 144]",
    "movdqu xmm10, [rsp + 160]",
    "movdqu xmm11, [rsp + 176]",
    "movdqu xmm12, [rsp + 192]",
    "movdqu xmm13, [rsp + 208]",
    "movdqu xmm14, [rsp + 224]",
    "movdqu xmm15, [rsp + 240]",
    "add rsp, 264",
    "pop r11",
    "pop r10",
    "pop r9",
    "pop r8",
    "pop rdi",
    "pop rsi",
    "pop rdx",
    "pop rcx",
    "pop rax",
    "pop rbp",
    ".cfi_def_cfa rsp, 8",
    "ret",
    ".cfi_endproc",
    // gorun_gostart: first code of every goroutine: code(newg, fv), then goexit.
    ".globl gorun_gostart",
    ".p2align 4",
    "gorun_gostart:",
    "mov rdi, r12",
    "mov rsi, r13",
    "call qword ptr [r13]",
    "mov rdi, r12",
    "call {goexit}",
    "ud2",
    goexit = sym crate::proc::goexit_from_entry,
    morestack = sym crate::abi::gorun_morestack,
);

std::arch::global_asm!(
    // gorun_calldefer(g, fv, wrapper_fp: *mut usize): calls fv's code as
    // code(g, fv), first storing into *wrapper_fp the frame pointer that
    // code will have (it pushes rbp right below its return address), so
    // recover can tell a call made directly by it.
    ".globl gorun_calldefer",
    ".p2align 4",
    "gorun_calldefer:",
    ".cfi_startproc",
    "push rbp",
    ".cfi_def_cfa_offset 16",
    ".cfi_offset rbp, -16",
    "mov rbp, rsp",
    ".cfi_def_cfa_register rbp",
    "lea rax, [rsp - 16]",
    "mov [rdx], rax",
    "call qword ptr [rsi]",
    "pop rbp",
    ".cfi_def_cfa rsp, 8",
    "ret",
    ".cfi_endproc",
    // gorun_resume(pc, sp, fp, g) -> !: continues a frame at a landing pad
    // with its stack and frame pointers and g as the exception payload.
    ".globl gorun_resume",
    ".p2align 4",
    "gorun_resume:",
    "mov rsp, rsi",
    "mov rbp, rdx",
    "mov rax, rcx",
    "xor edx, edx",
    "jmp rdi",
    // gorun_clobber_all: does nothing. Called in Cranelift's `winch`
    // convention, which lets a callee clobber every register, from the
    // landing pad of each function with defers: so that function's
    // prologue saves every callee-saved register (see gorun_resume).
    ".globl gorun_clobber_all",
    ".p2align 4",
    "gorun_clobber_all:",
    "ret",
    // gorun_catch(buf, f, arg) -> u64: saves its caller's callee-saved
    // registers, stack pointer and return address in buf (8 words: rbx,
    // rbp, r12, r13, r14, r15, rsp after return, return pc), calls
    // f(arg) and returns 0; gorun_catch_resume(buf) makes that same call
    // return 1 instead, from anywhere deeper on the same stack. To the
    // caller both are an ordinary return, registers preserved.
    ".globl gorun_catch",
    ".p2align 4",
    "gorun_catch:",
    ".cfi_startproc",
    "mov [rdi], rbx",
    "mov [rdi + 8], rbp",
    "mov [rdi + 16], r12",
    "mov [rdi + 24], r13",
    "mov [rdi + 32], r14",
    "mov [rdi + 40], r15",
    "lea rax, [rsp + 8]",
    "mov [rdi + 48], rax",
    "mov rax, [rsp]",
    "mov [rdi + 56], rax",
    "sub rsp, 8",
    ".cfi_def_cfa_offset 16",
    "mov rdi, rdx",
    "call rsi",
    "add rsp, 8",
    ".cfi_def_cfa_offset 8",
    "xor eax, eax",
    "ret",
    ".cfi_endproc",
    ".globl gorun_catch_resume",
    ".p2align 4",
    "gorun_catch_resume:",
    "mov rbx, [rdi]",
    "mov rbp, [rdi + 8]",
    "mov r12, [rdi + 16]",
    "mov r13, [rdi + 24]",
    "mov r14, [rdi + 32]",
    "mov r15, [rdi + 40]",
    "mov rsp, [rdi + 48]",
    "mov eax, 1",
    "jmp qword ptr [rdi + 56]",
);

#[allow(improper_ctypes)]
unsafe extern "C" {
    pub fn gorun_gogo(sp: usize) -> !;
    pub fn gorun_mcall_switch(save: *mut usize, g0sp: usize, f: extern "C" fn(*mut G), gp: *mut G);
    pub fn gorun_systemstack_switch(arg: *mut u8, f: extern "C" fn(*mut u8), sp: usize);
    pub fn gorun_segment_switch(
        g: *mut G,
        f: extern "C" fn(*mut G, *mut u8),
        data: *mut u8,
        sp: usize,
    );
    pub fn gorun_gostart();
    pub fn gorun_preempt_check(g: *mut G);
    pub fn gorun_calldefer(g: *mut G, fv: *const crate::runtime2::FuncVal, wrapper_fp: *mut usize);
    pub fn gorun_resume(pc: usize, sp: usize, fp: usize, g: *mut G) -> !;
    pub fn gorun_clobber_all();
    pub fn gorun_catch(buf: *mut [usize; 8], f: extern "C" fn(*mut u8), arg: *mut u8) -> u64;
    pub fn gorun_catch_resume(buf: *const [usize; 8]) -> !;
}

/// The current stack pointer.
#[inline(always)]
pub fn getsp() -> usize {
    let sp: usize;
    unsafe {
        std::arch::asm!("mov {}, rsp", out(reg) sp, options(nomem, nostack, preserves_flags))
    };
    sp
}

/// The current frame pointer.
#[inline(always)]
pub fn getfp() -> usize {
    let fp: usize;
    unsafe {
        std::arch::asm!("mov {}, rbp", out(reg) fp, options(nomem, nostack, preserves_flags))
    };
    fp
}
