"""Register bytecode -> LLVM IR for one code object (DESIGN.md 8, 10).

Python registers live in allocas, which LLVM promotes to machine registers.
The frame record on the native stack -- `[prev, n | FRAME_FLAG, code, lasti,
frame, r0, r1, ...]`, linked into the root chain -- receives the registers
only around runtime calls that may collect ("frame synchronization"), and
they are reloaded afterwards because the collector may have moved what they
point to. `frame` stays 0 unless a frame object was asked for
(runtime/frameobj.py); then returning hands the locals over to it.

An instruction that fails stores its index and goes to a landing: the
registers are written to the record, a traceback entry is added, and the
exception goes to the handler the exception table names, or out of the
function. Small-int arithmetic, comparisons, truth tests, list and tuple indexing
and same-arity calls of Python functions run inline; everything else calls
the runtime. Innermost loops that run on small ints are compiled a second
time, without calls or frame stores (pyvm/jit/loops.py, emit_loop_version).
Small module functions called in loops are compiled into their callers,
behind a guard on the callee's code (passes.calls_to_inline, inline_copy).
"""
from __future__ import annotations

import llvmlite.ir as ir

from pyvm.bytecode.code import CodeObject
from pyvm.bytecode.opcodes import BINARY_OPS, BUILTINS, COMPARE_OPS, UNARY_OPS, is_cpython_builtin
from pyvm.jit import STACK_FLOOR
from pyvm.jit import passes
from pyvm.jit.analysis import (INLINE_LIST_METHODS, LIST, LIST_METHODS, SMALL, SMALL_MAX, SMALL_MIN, TUPLE, Seq, read,
                               written)
from pyvm.jit.loops import BOOL, SmallIntLoop
from pyvm.lowpy.builder import Builder

I1, I8, I32, I64 = ir.IntType(1), ir.IntType(8), ir.IntType(32), ir.IntType(64)
PTR = ir.PointerType()
FRAME_FLAG = 1 << 62
HEADER = 5                         # prev, slot count, code, lasti, frame object
LOOK_BACK = 64                     # instructions written_later looks at

# Runtime symbols the generated code refers to.
NONE, TRUE, FALSE = "runtime.object.NONE", "runtime.object.TRUE", "runtime.object.FALSE"
FUNCTION_TYPE, LIST_TYPE = "runtime.function.Function.type", "runtime.listobj.List.type"
TUPLE_TYPE, STR_TYPE = "runtime.tupleobj.Tuple.type", "runtime.strobj.Str.type"
FLOAT_TYPE, BARE = "runtime.floatobj.Float.type", "runtime.frameobj.BARE"
DOUBLE = ir.DoubleType()
FLOAT_ARITHMETIC = {"+": "fadd", "-": "fsub", "*": "fmul", "/": "fdiv"}
FLOAT_COMPARE = {"<": "<", "<=": "<=", "==": "==", ">": ">", ">=": ">="}
LEN = "runtime.builtins.LEN"
DEPTH, LIMIT = "runtime.function.depth", "runtime.sysmodule.recursion_limit"
CHAIN, PENDING, HANDLING = "gc.roots.chain", "runtime.errors.pending", "runtime.errors.handling"
YIELD_PC, YIELD_TARGET = "baseline.interpreter.yield_pc", "baseline.interpreter.yield_target"
RESUMER_HANDLING, CALLERS = "baseline.interpreter.resumer_handling", 1     # (interpreter.CALLERS)
DELEGATE_RETURNED = "baseline.generators.delegate_returned"
LASTI, FRAME = 3, 4                # record slots
KIND_DESCRIPTORS = {LIST: LIST_TYPE, TUPLE: TUPLE_TYPE}

_LLVM_TYPES = {"Word": I64, "i64": I64, "u64": I64, "i32": I32, "u32": I32, "i16": ir.IntType(16),
               "u16": ir.IntType(16), "i8": I8, "u8": I8, "bool": I1, "f64": ir.DoubleType(), "None": ir.VoidType()}


def llvm_type(name: str) -> ir.Type:
    return _LLVM_TYPES.get(name, PTR)


def c(v: int, t=I64) -> ir.Constant:
    return ir.Constant(t, v)


class FunctionCodegen:
    def __init__(self, jit, code: CodeObject, image, caller: FunctionCodegen | None = None):
        """caller: the code generator of a function this code is inlined into, whose module it shares."""
        self.jit = jit
        self.rt = jit.rt
        self.code = code
        self.image = image                     # addresses of this code's constants, names, Code struct
        self.bare = {}                         # float_registers: register -> its double while it holds BARE
        if caller is None:
            self.module = ir.Module(name=f"py.{image.symbol}")
            self.declared = {}
            self.strings = {}
        else:
            self.module, self.declared, self.strings = caller.module, caller.declared, caller.strings
        # Calls are inlined one level deep, and not into the naive baseline of --frames=heap.
        self.caller = caller
        self.binding = jit.frames == "virtual"
        self.inlining = caller is None and self.binding
        self.osr = None
        self.resuming = False                  # a generator's resume entry (build_resume)
        self.inline_copies = {}                # id(callee code) -> its code generator, sharing this module
        self.inlined = {}                      # CALL index -> the code compiled inline there (analyse)
        self.bindings = {}                     # CALL index -> (the code it most likely calls, its binding)

    # -- helpers -------------------------------------------------------------------------

    def runtime(self, symbol: str) -> ir.Function:
        if symbol not in self.declared:
            params, result = self.rt.meta["functions"][symbol]
            fnty = ir.FunctionType(llvm_type(result), [llvm_type(p) for p in params])
            self.declared[symbol] = ir.Function(self.module, fnty, name=symbol)
        return self.declared[symbol]

    def intrinsic(self, name, result, params):
        if name not in self.declared:
            self.declared[name] = ir.Function(self.module, ir.FunctionType(result, params), name=name)
        return self.declared[name]

    def cstring(self, text: str):
        if text not in self.strings:
            data = bytearray(text.encode() + b"\0")
            g = ir.GlobalVariable(self.module, ir.ArrayType(I8, len(data)), name=f".s{len(self.strings)}")
            g.initializer = ir.Constant(ir.ArrayType(I8, len(data)), data)
            g.global_constant = True
            g.linkage = "private"
            self.strings[text] = g
        return self.strings[text]

    def symbol(self, name: str) -> ir.GlobalVariable:
        """An external global resolved when the code is loaded: runtime symbols, or the
        module's data registered by the JIT. No address is baked in, so the code can be cached."""
        if name not in self.declared:
            self.declared[name] = ir.GlobalVariable(self.module, I64, name=name)
        return self.declared[name]

    def word_of(self, name: str):
        """The address of a symbol as a constant Word (static objects, type descriptors)."""
        return self.symbol(name).ptrtoint(I64)

    def at(self, name: str, offset: int = 0):
        g = self.symbol(name)
        return g if offset == 0 else self.b.gep(g, [c(offset)], source_etype=I8)

    def load_at(self, name: str, offset: int = 0):
        return self.b.load(self.at(name, offset), typ=I64)

    def field(self, obj, struct: str, name: str, typ=I64):
        offset = self.rt.offset(struct, name)
        return self.b.load(self.b.inttoptr(self.b.add(obj, c(offset)), PTR), typ=typ)

    def reg(self, i: int):
        if self.heap_frames:
            return self.b.load_observable(self.heap_register(i))
        return self.b.load(self.regs[i], typ=I64)

    def set_reg(self, i: int, v):
        if self.heap_frames:
            self.b.store_observable(v, self.heap_register(i))
            return
        self.b.store(v, self.regs[i])
        if i < self.named and self.loop is None:      # a small-int loop stores its locals when it leaves
            # Write-through: the record always holds the program's own locals, so that frames,
            # tracebacks and f_locals see them without the registers being carried to every call.
            self.b.store(v, self.slot_address(i))

    def heap_register(self, i: int):
        """--frames=heap: register i lives in a heap tuple, found again at every access (it may move).
        The accesses are observable memory operations, as in an interpreter whose frames a debugger
        may read at any instruction: LLVM may not keep them in machine registers."""
        array = self.b.load_observable(self.slot_address(self.code.nregs))
        return self.b.inttoptr(self.b.add(array, c(self.tuple_items + 8 * i)), PTR)

    def slot_address(self, i: int):
        return self.b.gep(self.record, [c(HEADER + i)], source_etype=I64)

    def sync_out(self, index: int):
        """Make the frame record complete for a call made by instruction index: the instruction, and
        the scratch registers the call reads from the record or that are read after it (the
        locals are there already: set_reg writes them through)."""
        self.store_lasti(index)
        self.store_registers(self.carried_out[index])

    def sync_in(self, index: int):
        """After a call that may have collected: reload what is read later (the collector may have
        moved it) and what the call wrote into the record."""
        self.load_registers(self.carried_in[index])

    def store_lasti(self, index: int):
        self.b.store(c((index << 1) | 1), self.b.gep(self.record, [c(LASTI)], source_etype=I64))

    def store_registers(self, registers):
        for i in sorted(registers):
            if i >= self.named or self.heap_frames:
                self.b.store(self.reg(i), self.slot_address(i))

    def load_registers(self, registers):
        for i in sorted(registers):
            self.set_reg(i, self.b.load(self.slot_address(i), typ=I64))

    def call(self, index: int, symbol: str, *args, frame=False):
        """Call the runtime. Around calls that may collect, or that get pointers into the
        frame record (frame=True), synchronize the frame. In a small-int loop's version, leave it
        instead: the generic code of the instruction runs again and calls (the code emitted after
        this, up to the instruction's next block, is unreachable)."""
        if self.loop is not None:
            b = self.b
            b.branch(self.leave_loop(self.generic_start(index)))
            b.position_at_end(self.fast.append_basic_block("unreached"))
            result = self.runtime(symbol).function_type.return_type
            return None if isinstance(result, ir.VoidType) else ir.Constant(result, ir.Undefined)
        sync = frame or symbol in self.jit.collecting
        if sync:
            self.sync_out(index)
        result = self.b.call(self.runtime(symbol), list(args))
        if sync:
            self.sync_in(index)
        return result

    def check_word(self, v):
        """A null Word means an exception is pending: leave through the error exit."""
        ok = self.b.append_basic_block("ok")
        self.b.cbranch(self.b.icmp_unsigned("==", v, c(0)), self.error_block, ok)
        self.b.position_at_end(ok)
        return v

    def bool_word(self, cond):
        return self.b.select(cond, self.word_of(TRUE), self.word_of(FALSE))

    def kind(self, register):
        """What the bytecode analysis knows register holds at the current instruction (analysis.known_kinds)."""
        return None if register is None else self.kinds[self.current].get(register)

    def is_small(self, v, register=None):
        kind = self.kind(register)
        if kind == BOOL:
            return c(0, I1)
        if kind == SMALL or isinstance(kind, Seq):
            return c(int(kind == SMALL), I1)
        return self.b.icmp_unsigned("!=", self.b.and_(v, c(1)), c(0))

    def both_small(self, a, b, registers=(None, None)):
        if self.kind(registers[0]) == SMALL or self.kind(registers[1]) == SMALL:
            return self.b.and_(self.is_small(a, registers[0]), self.is_small(b, registers[1]))
        return self.b.icmp_unsigned("!=", self.b.and_(self.b.and_(a, b), c(1)), c(0))

    def short_and(self, cond, then):
        """cond and then(): `then` emits its test only where cond holds (it may load through v)."""
        b = self.b
        test, done = b.append_basic_block("andtest"), b.append_basic_block("anddone")
        start = b.block
        b.cbranch(cond, test, done)
        b.position_at_end(test)
        second = then()
        test_end = b.block
        b.branch(done)
        b.position_at_end(done)
        return b.join([(c(0, I1), start), (second, test_end)], I1)

    def is_object_of(self, v, descriptor: str, register=None):
        """v is a heap or static object whose header is the descriptor. A register the bytecode
        analysis knows the kind of (a list, a tuple, a small int: analysis.known_kinds) needs no test. v is never 0: reads of a
        register that may be unbound are guarded by CHECK_BOUND."""
        b = self.b
        kind = self.kind(register)
        if isinstance(kind, Seq) or kind == SMALL:
            return c(int(kind != SMALL and KIND_DESCRIPTORS[kind.tag] == descriptor), I1)
        pointer = b.icmp_unsigned("==", b.and_(v, c(7)), c(0))
        return self.short_and(pointer, lambda: b.icmp_unsigned("==", b.load(b.inttoptr(v, PTR), typ=I64),
                                                                 self.word_of(descriptor)))

    def fast_or_slow(self, cond, fast, slow):
        """Emit `fast()` when cond holds, else `slow()`; both return an i64; returns the phi."""
        def checked(slow_block):
            fast_block = self.b.append_basic_block("fast")
            self.b.cbranch(cond, fast_block, slow_block)
            self.b.position_at_end(fast_block)
            return fast()
        return self.fast_unless(checked, slow)

    def fast_unless(self, fast, slow):
        """Emit `fast(slow_block)`, which branches to slow_block where its checks fail, and `slow()` there;
        both return an i64; returns the phi."""
        b = self.b
        slow_block, done = b.append_basic_block("slow"), b.append_basic_block("join")
        fv = fast(slow_block)
        fast_end = b.block
        b.branch(done)
        b.position_at_end(slow_block)
        sv = slow()
        slow_end = b.block
        b.branch(done)
        b.position_at_end(done)
        return b.join([(fv, fast_end), (sv, slow_end)])

    # -- the function ----------------------------------------------------------------------

    def build(self) -> str:
        """The module of this code's two entries: `fast`, then `generic` calling it."""
        self.build_fast(f"{self.image.symbol}.fast")
        self.build_generic()
        return str(self.module)

    def build_osr(self, header: int) -> str:
        """The module of an entry `osr(f, record)` that goes on from a loop's header with the registers
        of the interpreter's frame record, which it takes over (on-stack replacement, docs/tiers.md)."""
        self.build_fast(f"{self.image.symbol}.osr{header}", osr=header)
        return str(self.module)

    def build_resume(self) -> str:
        """The module of a generator's code compiled: `resume(f, record, point)` runs its frame on from a
        resume point in the frame record the interpreter's `resume` pushed and filled (it stays the
        frame's record: nothing is linked or counted here), as `execute` would from that instruction.
        A yield stores the live registers into the record, sets `yield_pc` and `yield_target` as
        `execute` does and returns the value; a return or an exception returns as `execute` does,
        and `resume` finishes the generator (docs/generators.md)."""
        self.resuming = True
        self.build_fast(f"{self.image.symbol}.resume")
        return str(self.module)

    def resume_points(self) -> list:
        """Where `resume` may go on: the start, after each YIELD_VALUE, at and after each YIELD_FROM
        (resumed, it sends on; a throw its delegate answered goes past it), each handler (a throw)."""
        points = {0} | {handler for start, end, handler, register in self.code.exception_table}
        for index, ins in enumerate(self.code.instructions):
            if ins[0] == "YIELD_VALUE":
                points.add(index + 1)
            elif ins[0] == "YIELD_FROM":
                points |= {index, index + 1}
        return sorted(points)

    def build_fast(self, name: str, osr: int | None = None):
        code = self.code
        n = code.nparams
        self.osr = osr
        if self.resuming:
            fnty = ir.FunctionType(I64, [I64, PTR, I64])     # the function, the interpreter's record, the point
        elif osr is None:
            fnty = ir.FunctionType(I64, [I64] * (n + 1))     # the function called (its closure), then the parameters
        else:
            fnty = ir.FunctionType(I64, [I64, PTR])          # the function called, the interpreter's record
        self.fast = ir.Function(self.module, fnty, name=name)
        self.function = self.fast.args[0]
        entry = self.fast.append_basic_block("entry")
        self.b = b = Builder(entry)
        self.heap_frames = self.jit.frames == "heap" and not self.resuming   # (resume uses the interpreter's record)
        self.tuple_items = self.rt.offset("runtime.tupleobj.Tuple", "items")
        extra = 1 if self.heap_frames else 0          # the slot holding the heap frame's register array
        self.regs = [b.alloca(I64, name=f"r{i}") for i in range(code.nregs)]
        self.named = len(code.varnames)          # registers 0..named-1 are the program's locals
        self.analyse()
        for r in sorted(self.float_registers):
            self.bare[r] = b.alloca(DOUBLE, name=f"double{r}")
        self.blocks = [self.fast.append_basic_block(f"i{i}") for i in range(len(code.instructions))]
        self.raise_sites = {}
        self.landings = {}
        self.current = None                  # the prologue: no instruction yet, no handler
        self.handlers = code.handlers()
        if self.resuming:
            self.record = self.fast.args[1]
            self.enter_at_resume_point()
        else:
            self.push_frame(osr, extra)

        self.fused = set()
        self.loop_versions = {}              # header -> [{index: block}] of its version's copies (loop.copies)
        self.generic_entries = {}            # header -> where its generic code starts, past the guard
        for index, ins in enumerate(code.instructions):
            self.current = index
            b.position_at_end(self.blocks[index])
            if index in self.small_int_loops:
                self.guard_loop(self.small_int_loops[index])
            self.emit(index, ins)
        for loop in self.small_int_loops.values():
            self.emit_loop_version(loop)

        if not self.resuming:
            b.position_at_end(self.overflow_block)
            b.call(self.runtime("runtime.function.recursion_error"), [])
            b.ret(c(0))
        for block, value, index in self.returns:
            b.position_at_end(block)
            self.leave(value, index)

    def push_frame(self, osr: int | None, extra: int):
        """The entry of `fast` (or `osr`): its frame record on the native stack, linked into the chain
        one level deeper (or RecursionError), the parameters (or the interpreter's registers) in it."""
        code, b, n = self.code, self.b, self.code.nparams
        # The record, then the shadow area of the locals' bare doubles (set_double), which the
        # collector does not scan: record[1] counts the slots before it.
        shadow = self.named if any(r < self.named for r in self.bare) else 0
        self.record = b.alloca(ir.ArrayType(I64, HEADER + code.nregs + extra + shadow), name="frame")
        if osr is None:
            params = list(self.fast.args[1:]) + [c(0)] * (code.nregs - n)
        else:
            source = self.fast.args[1]
            params = [b.load(b.gep(source, [c(HEADER + i)], source_etype=I64), typ=I64) for i in range(code.nregs)]
        for i in range(code.nregs):
            b.store(params[i], self.regs[i])
        self.overflow_block = self.fast.append_basic_block("too_deep")
        # recursion depth (DESIGN.md: RecursionError, never a crash)
        depth = self.load_at(DEPTH)
        limit = self.load_at(LIMIT)
        start = b.append_basic_block("start")
        # Too deep by the recursion limit, or by the native stack whatever the limit is set to.
        native_too_deep = b.icmp_unsigned("<", b.ptrtoint(self.record, I64), self.load_at(STACK_FLOOR))
        b.cbranch(b.or_(b.icmp_signed(">=", depth, limit), native_too_deep), self.overflow_block, start)
        b.position_at_end(start)
        b.store(b.add(depth, c(1)), self.at(DEPTH))
        chain = self.at(CHAIN)
        slot = lambda i: b.gep(self.record, [c(i)], source_etype=I64)
        b.store(b.load(chain, typ=I64), slot(0))
        b.store(c((HEADER - 2 + code.nregs + extra) | FRAME_FLAG), slot(1))
        b.store(self.word_of(self.image.data("code")), slot(2))
        b.store(c(1), slot(LASTI))
        b.store(c(0), slot(FRAME))
        for i in range(code.nregs + extra):
            b.store(params[i] if i < code.nregs and not self.heap_frames else c(0), slot(HEADER + i))
        b.store(self.record, chain)
        if osr is not None:
            b.call(self.runtime("runtime.frameobj.frame_moved"), [source, self.record])
        if self.heap_frames:
            # The naive frame of an interpreter: a heap array of registers, allocated by every call.
            for i in range(n):
                b.store(params[i], slot(HEADER + i))
            array = b.call(self.runtime("runtime.tupleobj.tuple_new"), [c(code.nregs)])
            b.store(array, slot(HEADER + code.nregs))
            self.check_word(array)
            for i in range(n):
                self.set_reg(i, b.load(slot(HEADER + i), typ=I64))
        b.branch(self.blocks[osr or 0])

    def enter_at_resume_point(self):
        """The entry of `resume`: to the resume point's instruction, with the registers live there loaded
        from the record (every slot of which holds a value the collector keeps up to date)."""
        b = self.b
        points = self.resume_points()
        switch = b.switch(self.fast.args[2], self.fast.append_basic_block("unreached"))
        for point in points:
            block = self.fast.append_basic_block(f"resume{point}")
            switch.add_case(c(point), block)
            b.position_at_end(block)
            for i in sorted(self.live_in[point]):
                b.store(b.load(self.slot_address(i), typ=I64), self.regs[i])
            b.branch(self.blocks[point])
        b.position_at_end(switch.default)
        b.unreachable()

    def analyse(self):
        """The facts of the JIT's passes (passes.py) this code is compiled from."""
        code = self.code
        facts = passes.run(code, self.jit.global_functions(code.module), self.heap_frames, self.inlining)
        self.bound, self.jump_targets, self.reads = facts["bound"], facts["targets"], facts["reads"]
        self.builtin_in, self.unit_step_ranges, self.kinds = facts["builtins"], facts["unit_step_ranges"], facts["kinds"]
        self.small_int_loops = facts.get("small_int_loops", {})
        self.float_registers = facts.get("float_registers", frozenset())
        self.bindings, self.inlined = facts.get("bindings", {}), facts.get("inlined", {})
        if self.heap_frames:
            everything = frozenset(range(code.nregs))
            self.live_in = [everything] * len(code.instructions)
            self.carried_out = self.carried_in = self.live_in
            return
        self.live_in, live_out = facts["liveness"]
        self.carried_out = [live_out[i] | read(ins) for i, ins in enumerate(code.instructions)]
        self.carried_in = [live_out[i] | written(ins) for i, ins in enumerate(code.instructions)]

    def emit(self, index: int, ins):
        b = self.b
        if index in self.fused:
            b.unreachable()          # emitted together with the comparison before it
            return
        getattr(self, "op_" + ins[0])(index, *ins[1:])
        if not b.block.is_terminated:
            b.branch(self.blocks[index + 1])

    # -- small-int loops (pyvm/jit/loops.py) ------------------------------------------------------

    loop = None                              # the SmallIntLoop whose version is being emitted

    def guard_loop(self, loop: SmallIntLoop):
        """At a small-int loop's header, from before the loop and from its generic code alike: into
        its version when the guarded registers hold small ints, else on to the generic code. (A loop
        whose version failed comes back to it: failing costs a few stores, next to the runtime call
        the generic code makes instead.)"""
        b = self.b
        self.loop_versions[loop.header] = [{i: self.fast.append_basic_block(f"small{i}" + "'" * k)
                                            for i in range(loop.header, loop.end + 1)} for k in range(loop.copies)]
        generic = self.generic_entries[loop.header] = self.fast.append_basic_block(f"generic{loop.header}")
        tags = c(1)
        for r in sorted(loop.guard):
            tags = b.and_(tags, self.reg(r))
        b.cbranch(b.icmp_unsigned("!=", tags, c(0)), self.loop_versions[loop.header][0][loop.header], generic)
        b.position_at_end(generic)

    def emit_loop_version(self, loop: SmallIntLoop):
        """The loop again, with what the guard and the loop's kinds (loops.py) tell, calling nothing:
        its jumps stay in the version or leave the loop, its runtime calls leave the version."""
        generic_blocks, generic_kinds = self.blocks, self.kinds
        self.loop = loop
        self.kinds = list(generic_kinds)
        self.kinds[loop.header:loop.end + 1] = [loop.kinds.get(i, {}) for i in range(loop.header, loop.end + 1)]
        self.unreached = self.fast.append_basic_block("unreached")
        Builder(self.unreached).unreachable()
        copies = self.loop_versions[loop.header]
        exits = {}
        for k, version in enumerate(copies):
            self.blocks = LoopBlocks(self, loop.header, version, copies[(k + 1) % len(copies)][loop.header],
                                     generic_blocks, exits)
            for index in range(loop.header, loop.end + 1):
                self.current = index
                self.b.position_at_end(version[index])
                ins = self.code.instructions[index]
                if index not in loop.kinds:
                    self.b.unreachable()                 # no way there from the loop's header
                elif ins[0] == "RETURN":
                    self.b.branch(self.leave_loop(generic_blocks[index]))
                else:
                    self.emit(index, ins)
        self.loop, self.blocks, self.kinds = None, generic_blocks, generic_kinds

    def generic_start(self, index: int):
        """Where the generic code of instruction index starts (past the guard, at a loop's header)."""
        return self.generic_entries.get(index, self.blocks.generic[index])

    def leave_loop(self, target):
        """The block out of the current loop's version to target (one for each target): the locals
        it wrote reach the record."""
        if target in self.blocks.exits:
            return self.blocks.exits[target]
        b = self.b
        here = b.block
        block = self.blocks.exits[target] = self.fast.append_basic_block("leaveloop")
        b.position_at_end(block)
        for r in sorted(self.loop.stores):
            b.store(self.reg(r), self.slot_address(r))
        b.branch(target)
        b.position_at_end(here)
        return block

    def handler_live(self, handler):
        """The registers an exception handler reads before writing (none when leaving the function)."""
        if handler is None:
            return frozenset(range(self.code.nregs)) if self.heap_frames else frozenset()
        label, register = handler
        return self.live_in[label] - {register}

    def leave(self, value, index):
        """Return value: a frame object that was asked for takes over the locals first. index: the
        RETURN instruction, or None when an exception leaves (its index is in the record already). A
        generator's resume entry returns to the interpreter's `resume`, which finishes the frame."""
        b = self.b
        if self.resuming:
            if index is not None:
                self.store_lasti(index)
            b.ret(value)
            return
        looked_at, left = b.append_basic_block("detach"), b.append_basic_block("leave")
        start = b.block
        b.cbranch(b.icmp_unsigned("!=", b.load(b.gep(self.record, [c(FRAME)], source_etype=I64), typ=I64), c(0)),
                  looked_at, left)
        b.position_at_end(looked_at)
        if index is not None:
            self.store_lasti(index)
        if self.heap_frames:
            self.store_registers(range(self.code.nregs))
        kept = b.call(self.runtime("runtime.frameobj.frame_detach"), [self.record, value])
        b.branch(left)
        b.position_at_end(left)
        value = b.join([(value, start), (kept, looked_at)])
        b.store(b.load(b.gep(self.record, [c(0)], source_etype=I64), typ=PTR), self.at(CHAIN))
        b.store(b.sub(self.load_at(DEPTH), c(1)), self.at(DEPTH))
        b.ret(value)

    # -- exceptions ------------------------------------------------------------------------------

    @property
    def error_block(self):
        """Where the current instruction goes when it fails: it records its index, then lands. (In a
        small-int loop's version, failing code follows a call, which leaves the version: unreachable.)"""
        if self.loop is not None:
            return self.unreached
        index = self.current
        if index not in self.raise_sites:
            block = self.fast.append_basic_block(f"raise{index}")
            self.raise_sites[index] = block
            here = self.b.block
            self.b.position_at_end(block)
            self.store_lasti(index or 0)
            self.b.branch(self.landing(None if index is None else self.handlers[index], traceback=True))
            self.b.position_at_end(here)
        return self.raise_sites[index]

    def landing(self, handler, traceback: bool):
        """The block an exception takes to handler (None: out of the function). With traceback, the
        frame is synchronized and gets its traceback entry first (a re-raise adds none). NotSupported
        passes every handler by."""
        key = (handler, traceback)
        if key in self.landings:
            return self.landings[key]
        b = self.b
        here = b.block
        block = self.fast.append_basic_block("landing")
        self.landings[key] = block
        b.position_at_end(block)
        if traceback:
            needed = self.handler_live(handler)
            self.store_registers(needed)
            b.call(self.runtime("runtime.frameobj.traceback_here"), [self.record])
            self.load_registers(needed)
            b.branch(self.landing(handler, traceback=False))
        elif handler is None:
            self.leave(c(0), None)
        else:
            label, register = handler
            enter = self.fast.append_basic_block("enter_handler")
            b.cbranch(b.call(self.runtime("runtime.errors.pending_is_catchable"), []), enter,
                      self.landing(None, traceback=False))
            b.position_at_end(enter)
            self.set_reg(register, b.load(self.at(PENDING), typ=I64))
            b.store(c(0), self.at(PENDING))
            b.branch(self.blocks[label])
        b.position_at_end(here)
        return block

    def reraise_to_handler(self):
        """The block passing on the pending exception without a new traceback entry."""
        return self.landing(self.handlers[self.current], traceback=False)

    def op_RAISE(self, index, r):
        self.call(index, "runtime.exceptions.do_raise", self.reg(r), c(0), c(0))
        self.b.branch(self.error_block)

    def op_RAISE_FROM(self, index, r, cause):
        self.call(index, "runtime.exceptions.do_raise", self.reg(r), self.reg(cause), c(1))
        self.b.branch(self.error_block)

    def op_RAISE_ACTIVE(self, index):
        again = self.call(index, "runtime.errors.reraise_active")
        self.b.cbranch(self.b.icmp_signed("==", again, c(1)), self.reraise_to_handler(), self.error_block)

    def op_RERAISE(self, index, r, keep_lasti):
        if not keep_lasti:                  # the frame leaves from here, as CPython's f_lineno shows
            self.store_lasti(index)
        elif keep_lasti == 2:
            self.call(index, "runtime.frameobj.lasti_of_raise", self.record, self.reg(r))
        self.b.store(self.reg(r), self.at(PENDING))
        self.b.branch(self.reraise_to_handler())

    def op_PUSH_EXC_INFO(self, index, dst, r):
        b = self.b
        exc = self.reg(r)
        saved = b.load(self.at(HANDLING), typ=I64)
        if self.resuming:               # as the interpreter: its resumer's, whoever resumes it next
            saved = b.select(b.icmp_unsigned("==", saved, self.load_at(RESUMER_HANDLING)), c(CALLERS), saved)
        self.set_reg(dst, saved)
        b.store(exc, self.at(HANDLING))

    def op_POP_EXC_INFO(self, index, r):
        b = self.b
        saved = self.reg(r)
        if self.resuming:
            saved = b.select(b.icmp_unsigned("==", saved, c(CALLERS)), self.load_at(RESUMER_HANDLING), saved)
        b.store(saved, self.at(HANDLING))

    def op_CHECK_EXC_MATCH(self, index, dst, exc, cls):
        b = self.b
        r = self.call(index, "runtime.exceptions.exception_matches", self.reg(exc), self.reg(cls))
        ok = b.append_basic_block("matched")
        b.cbranch(b.icmp_signed("<", r, c(0)), self.error_block, ok)
        b.position_at_end(ok)
        self.set_reg(dst, self.bool_word(b.icmp_signed("!=", r, c(0))))

    def op_BEFORE_WITH(self, index, regs, mgr):
        self.succeeded(self.call(index, "runtime.dunders.with_enter", self.reg(mgr), self.slot_address(regs[0]),
                                 frame=True))

    def op_WITH_EXCEPT_START(self, index, dst, exit, exc):
        self.set_reg(dst, self.check_word(self.call(index, "runtime.dunders.with_exit_exception", self.reg(exit),
                                                    self.reg(exc))))

    def op_UNBIND(self, index, r, name):
        self.set_reg(r, c(0))

    def op_UNBIND_GLOBAL(self, index, slot):
        self.global_delete(index, slot, check=False)

    # -- del, slices as targets, starred unpacking and displays, the namespaces -------------------

    def succeeded(self, ok):
        """Go on where a runtime call returned True, else to the error exit."""
        good = self.b.append_basic_block("ok")
        self.b.cbranch(ok, good, self.error_block)
        self.b.position_at_end(good)

    def global_delete(self, index, slot, check: bool):
        self.succeeded(self.call(index, "runtime.namespace.global_delete", self.at(self.image.data("namespace")), c(slot),
                                 c(int(check), I1)))

    def op_DELETE_GLOBAL(self, index, slot):
        self.global_delete(index, slot, check=True)

    def op_DEL_ITEM(self, index, obj, idx):
        self.succeeded(self.call(index, "runtime.ops.delitem", self.reg(obj), self.reg(idx)))

    def op_DEL_SLICE(self, index, obj, parts):
        first, _ = parts
        self.succeeded(self.call(index, "runtime.slices.delslice", self.reg(obj), *(self.reg(first + i) for i in range(3))))

    def op_SET_SLICE(self, index, obj, parts, value):
        first, _ = parts
        self.succeeded(self.call(index, "runtime.slices.setslice", self.reg(obj), *(self.reg(first + i) for i in range(3)),
                                 self.reg(value)))

    def op_DEL_ATTR(self, index, obj, name):
        self.succeeded(self.call(index, "runtime.ops.del_attr", self.reg(obj), self.name_word(name)))

    def op_UNPACK_EX(self, index, regs, src, star):
        first, n = regs
        self.succeeded(self.call(index, "runtime.ops.unpack_ex", self.reg(src), c(n), c(star), self.slot_address(first),
                                 frame=True))

    def op_LIST_EXTEND(self, index, items, iterable):
        self.succeeded(self.call(index, "runtime.ops.list_extend_star", self.reg(items), self.reg(iterable)))

    def op_GLOBALS(self, index, dst):
        self.set_reg(dst, self.check_word(self.call(index, "runtime.namespace.module_namespace",
                                                    self.at(self.image.data("namespace")))))

    def op_LOCALS(self, index, dst):
        # frame=True: the record must hold every register (with --frames=heap too)
        self.set_reg(dst, self.check_word(self.call(index, "runtime.frameobj.record_locals", self.record, frame=True)))

    returns = ()

    def build_generic(self):
        """generic(args, n, f): the caller checked the arity; missing positional parameters come from f's
        defaults. The parameters after the positional ones are always given (bound by runtime/calls.py)."""
        code = self.code
        g = ir.Function(self.module, ir.FunctionType(I64, [PTR, I64, I64]), name=f"{self.image.symbol}.generic")
        b = Builder(g.append_basic_block("entry"))
        args, n, function = g.args
        defaults = b.load(b.inttoptr(b.add(function, c(self.rt.offset("runtime.function.Function", "defaults"))), PTR),
                          typ=I64)
        items = self.rt.offset("runtime.tupleobj.Tuple", "items")
        size = self.rt.offset("runtime.tupleobj.Tuple", "size")
        values = []
        for i in range(code.argcount):
            given, default, join = (g.append_basic_block(f"{kind}{i}") for kind in ("given", "default", "arg"))
            b.cbranch(b.icmp_signed("<", c(i), n), given, default)
            b.position_at_end(given)
            v1 = b.load(b.gep(args, [c(i)], source_etype=I64), typ=I64)
            b.branch(join)
            b.position_at_end(default)
            ndefaults = b.load(b.inttoptr(b.add(defaults, c(size)), PTR), typ=I64)
            at = b.sub(ndefaults, c(code.argcount - i))
            v2 = b.load(b.inttoptr(b.add(b.add(defaults, c(items)), b.mul(at, c(8))), PTR), typ=I64)
            b.branch(join)
            b.position_at_end(join)
            values.append(b.join([(v1, given), (v2, default)]))
        for i in range(code.argcount, code.nparams):
            values.append(b.load(b.gep(args, [c(i)], source_etype=I64), typ=I64))
        b.ret(b.call(self.fast, [function] + values))

    # -- instructions ------------------------------------------------------------------------

    def op_LOAD_CONST(self, index, dst, k):
        self.set_reg(dst, self.const_word(k))

    def const_word(self, k):
        value = self.code.consts[k]
        if type(value) is int and SMALL_MIN <= value <= SMALL_MAX:
            return c((value << 1) | 1)
        if value is None:
            return self.word_of(NONE)
        if value is True or value is False:
            return self.word_of(TRUE if value else FALSE)
        return self.load_at(self.image.data("consts"), 8 * k)

    def op_MOVE(self, index, dst, src):
        if src in self.bare:                 # float_registers: then dst is one too
            self.set_double(dst, self.bare_double(src))
        self.set_reg(dst, self.reg(src))

    def op_LOAD_GLOBAL(self, index, dst, slot):
        """The module global, or while it is unbound the builtin of that name (a module may bind a
        builtin's name, after its first uses or in code that never runs), or NameError."""
        v = self.load_at(self.image.data("globals"), 8 * slot)
        name = self.code.module.global_names[slot]
        b = self.b
        bound = b.block
        missing, ok = b.append_basic_block("unbound"), b.append_basic_block("bound")
        b.cbranch(b.icmp_unsigned("==", v, c(0)), missing, ok)
        b.position_at_end(missing)
        if name in BUILTINS:
            builtin = self.word_of(self.jit.builtin_symbol(name))
            unbound = b.block
            b.branch(ok)
            b.position_at_end(ok)
            v = b.join([(v, bound), (builtin, unbound)])
        else:
            self.call(index, "runtime.function.builtin_not_supported" if is_cpython_builtin(name)
                      else "runtime.function.name_error", self.cstring(name))
            b.branch(self.error_block)
            b.position_at_end(ok)
        self.set_reg(dst, v)

    def op_STORE_GLOBAL(self, index, slot, src):
        """A plain store, unless the slot is unbound (its binding is stamped) or the module's namespace
        dict exists (it gets the value too): runtime/namespace.py."""
        b = self.b
        v = self.reg(src)
        slots = self.image.data("globals")
        usual = b.and_(b.icmp_unsigned("!=", self.load_at(slots, 8 * slot), c(0)),
                       b.icmp_unsigned("==", self.load_at(slots, 8 * len(self.code.module.global_names)), c(0)))
        store, slow, done = (b.append_basic_block(n) for n in ("store", "storeslow", "stored"))
        b.cbranch(usual, store, slow)
        b.position_at_end(store)
        b.store(v, self.at(slots, 8 * slot))
        b.branch(done)
        b.position_at_end(slow)
        self.succeeded(self.call(index, "runtime.namespace.global_store", self.at(self.image.data("namespace")), c(slot), v))
        b.branch(done)
        b.position_at_end(done)

    def op_LOAD_BUILTIN(self, index, dst, name):
        self.set_reg(dst, self.word_of(self.jit.builtin_symbol(self.code.names[name])))

    def op_CHECK_BOUND(self, index, r, name):
        if r in self.bound[index]:
            return
        b = self.b
        missing, ok = b.append_basic_block("unbound"), b.append_basic_block("bound")
        b.cbranch(b.icmp_unsigned("==", self.reg(r), c(0)), missing, ok)
        b.position_at_end(missing)
        self.call(index, "runtime.function.unbound_local_error", self.cstring(self.code.names[name]))
        b.branch(self.error_block)
        b.position_at_end(ok)

    def op_BINARY(self, index, dst, op, a, b_):
        self.arithmetic(index, "runtime.ops.binary_op", dst, op, a, b_)

    def op_INPLACE(self, index, dst, op, a, b_):
        self.arithmetic(index, "runtime.ops.inplace_op", dst, op, a, b_)

    def binary(self, index, symbol, op, x, y, registers=(None, None), slow=None):
        b = self.b
        sym = BINARY_OPS[op]
        slow = slow or (lambda: self.check_word(self.call(index, symbol, c(op), x, y)))
        small = self.both_small(x, y, registers)
        if sym in ("+", "-", "*"):
            name = {"+": "sadd", "-": "ssub", "*": "smul"}[sym]
            f = self.intrinsic(f"llvm.{name}.with.overflow.i64", ir.LiteralStructType([I64, I1]), [I64, I64])
            ok = b.append_basic_block("smallop")
            fast_block, slow_block, done = b.append_basic_block("fast"), b.append_basic_block("slow"), b.append_basic_block("join")
            b.cbranch(small, ok, slow_block)
            b.position_at_end(ok)
            # Tagged words are 2n+1: one operand loses its tag bit first. For + it is the one written
            # longer ago, so that a value carried around a loop (fib's b = a + b) waits for one add, not two.
            if sym == "+" and self.written_later(index, registers[1], registers[0]):
                pair = b.call(f, [b.sub(x, c(1)), y])
            elif sym in "+-":
                pair = b.call(f, [x, b.sub(y, c(1))])
            else:
                pair = b.call(f, [b.ashr(x, c(1)), b.sub(y, c(1))])
            value = b.extract_value(pair, 0)
            if sym == "*":
                value = b.add(value, c(1))
            b.cbranch(b.extract_value(pair, 1), slow_block, fast_block)
            b.position_at_end(fast_block)
            b.branch(done)
            b.position_at_end(slow_block)
            sv = slow()
            slow_end = b.block
            b.branch(done)
            b.position_at_end(done)
            return b.join([(value, fast_block), (sv, slow_end)])
        if sym in ("&", "|", "^"):
            fast = {"&": lambda: b.and_(x, y), "|": lambda: b.or_(x, y), "^": lambda: b.or_(b.xor(x, y), c(1))}[sym]
            return self.fast_or_slow(small, fast, slow)
        if sym in ("//", "%"):
            xv, yv = b.ashr(x, c(1)), b.ashr(y, c(1))
            usable = b.and_(small, b.and_(b.icmp_signed("!=", yv, c(0)), b.icmp_signed("!=", yv, c(-1))))

            def fast():
                safe = yv            # only reached when yv is neither 0 nor -1: a constant divisor stays visible
                q, r = b.sdiv(xv, safe), b.srem(xv, safe)
                adjust = b.and_(b.icmp_signed("!=", r, c(0)), b.icmp_signed("<", b.xor(r, safe), c(0)))
                if sym == "//":
                    v = b.select(adjust, b.sub(q, c(1)), q)
                else:
                    v = b.select(adjust, b.add(r, safe), r)
                return b.or_(b.shl(v, c(1)), c(1))
            return self.fast_or_slow(usable, fast, slow)
        if sym == ">>":
            yv = b.ashr(y, c(1))
            usable = b.and_(small, b.icmp_signed(">=", yv, c(0)))
            return self.fast_or_slow(usable, lambda: b.or_(b.ashr(x, b.select(b.icmp_signed(">", yv, c(63)), c(63), yv)), c(1)), slow)
        if sym == "<<":
            yv = b.ashr(y, c(1))
            xv = b.ashr(x, c(1))
            in_range = b.and_(small, b.and_(b.icmp_signed(">=", yv, c(0)), b.icmp_signed("<", yv, c(62))))
            shift = b.select(in_range, yv, c(0))
            shifted = b.shl(xv, shift)
            fits = b.and_(b.icmp_signed("==", b.ashr(shifted, shift), xv),
                          b.and_(b.icmp_signed(">=", shifted, c(SMALL_MIN)), b.icmp_signed("<=", shifted, c(SMALL_MAX))))
            return self.fast_or_slow(b.and_(in_range, fits), lambda: b.or_(b.shl(shifted, c(1)), c(1)), slow)
        return slow()

    # -- floats: + - * / and comparisons done here, results kept as bare doubles where they can be ----

    def float_operand(self, r):
        """(is a small int, is a float, its double) for register r: a float object, or a bare double
        (float_registers: the Word is the mark BARE), or a small int (converted to the nearest double,
        as CPython's float arithmetic converts an int). The double means something where one holds."""
        b = self.b
        w = self.reg(r)
        small = self.is_small(w, r)
        if r in self.bare:
            is_bare = b.icmp_unsigned("==", w, self.word_of(BARE))
            boxed = self.short_and(b.not_(is_bare), lambda: self.is_object_of(w, FLOAT_TYPE, r))
        else:
            is_bare, boxed = c(0, I1), self.is_object_of(w, FLOAT_TYPE, r)
        start, from_float, done = b.block, b.append_basic_block("floatvalue"), b.append_basic_block("double")
        converted = b.sitofp(b.ashr(w, c(1)), DOUBLE)
        b.cbranch(boxed, from_float, done)
        b.position_at_end(from_float)
        loaded = self.field(w, "runtime.floatobj.Float", "value", DOUBLE)
        b.branch(done)
        b.position_at_end(done)
        d = b.join([(converted, start), (loaded, from_float)], DOUBLE)
        if r in self.bare:
            d = b.select(is_bare, b.load(self.bare[r], typ=DOUBLE), d)
        return small, b.or_(boxed, is_bare), d

    def float_result(self, index, dst, d):
        """The Word of a float result bound for register dst: the mark BARE where dst may keep the
        bare double (float_registers), else a new float."""
        if dst in self.bare:
            self.set_double(dst, d)
            return self.word_of(BARE)
        return self.check_word(self.call(index, "runtime.floatobj.float_new", d))

    def any_bare(self, registers):
        """An i1: one of the registers holds a bare double now."""
        flag = c(0, I1)
        for r in registers:
            if r in self.bare:
                flag = self.b.or_(flag, self.b.icmp_unsigned("==", self.reg(r), self.word_of(BARE)))
        return flag

    def bare_double(self, r):
        return self.b.load(self.bare[r], typ=DOUBLE) if r in self.bare else ir.Constant(DOUBLE, 0.0)

    def set_double(self, r, d):
        """Keep d as register r's bare double; a local's also goes to the record's shadow area, where
        frame objects find it (frameobj.BARE)."""
        self.b.store(d, self.bare[r])
        if r < self.named:
            self.b.store(d, self.b.gep(self.record, [c(HEADER + self.code.nregs + r)], source_etype=I64))

    def float_or(self, index, a, b_, exact, compute, slow, true_division=False):
        """compute(x, y) on doubles when both operands are floats (or bare) or one is a small int (exact:
        only one a double holds exactly, for comparisons), not both small ints (unless true_division:
        two a double holds exactly, whose quotient IEEE division rounds as CPython's int / int does);
        otherwise slow(), or, when an operand is a bare double, `runtime.ops.bare_operands` boxes them first."""
        b = self.b
        xs, xf, xd = self.float_operand(a)
        ys, yf, yd = self.float_operand(b_)

        def fits(register):                             # |v| <= 2**53: the double is exact
            v = b.ashr(self.reg(register), c(1))
            return b.icmp_unsigned("<=", b.add(v, c(1 << 53)), c(1 << 54))

        def operand_ok(small, is_float, register):
            if not exact:
                return b.or_(small, is_float)
            return b.or_(b.and_(small, fits(register)), is_float)
        both_small = b.and_(xs, ys)
        if true_division:
            both_small = b.and_(both_small, b.not_(b.and_(fits(a), fits(b_))))
        usable = b.and_(b.and_(operand_ok(xs, xf, a), operand_ok(ys, yf, b_)), b.not_(both_small))

        def fast(slow_block):
            go = b.append_basic_block("floatop")
            b.cbranch(usable, go, slow_block)
            b.position_at_end(go)
            return compute(xd, yd, slow_block)

        def boxed_slow():
            if not ({a, b_} & self.bare.keys()):
                return slow(self.reg(a), self.reg(b_))
            return self.fast_or_slow(self.any_bare((a, b_)), lambda: self.check_word(self.call(
                index, "runtime.ops.bare_operands", c(self.code.instructions[index][2]), c(int(exact)),
                c(int(self.code.instructions[index][0] == "INPLACE")),
                self.reg(a), self.bare_double(a), self.reg(b_), self.bare_double(b_))),
                lambda: slow(self.reg(a), self.reg(b_)))
        return self.fast_unless(fast, boxed_slow)

    def arithmetic(self, index, symbol, dst, op, a, b_):
        """BINARY and INPLACE: small ints in binary(), then floats done here (a bare double left in dst
        where float_registers allows), the rest in the runtime."""
        sym = BINARY_OPS[op]
        if sym not in FLOAT_ARITHMETIC:
            self.set_reg(dst, self.binary(index, symbol, op, self.reg(a), self.reg(b_), (a, b_)))
            return
        b = self.b

        def compute(x, y, slow_block):
            if sym == "/":
                divide = b.append_basic_block("floatdiv")
                b.cbranch(b.fcmp_ordered("==", y, ir.Constant(DOUBLE, 0.0)), slow_block, divide)
                b.position_at_end(divide)
            return self.float_result(index, dst, getattr(b, FLOAT_ARITHMETIC[sym])(x, y))

        # Small ints first, as for the other operators (binary); floats where that fails; then the runtime.
        generic = lambda x, y: self.check_word(self.call(index, symbol, c(op), x, y))
        floats = lambda: self.float_or(index, a, b_, False, compute, generic, sym == "/")
        self.set_reg(dst, self.binary(index, symbol, op, self.reg(a), self.reg(b_), (a, b_), floats))

    def op_COMPARE(self, index, dst, op, a, b_):
        b = self.b
        sym = COMPARE_OPS[op]
        if sym in ("is", "is not"):
            self.set_reg(dst, self.bool_word(b.icmp_unsigned("==" if sym == "is" else "!=", self.reg(a), self.reg(b_))))
            return
        slow = lambda x, y: self.check_word(self.call(index, "runtime.ops.compare_op", c(op), x, y))
        if sym not in FLOAT_COMPARE and sym != "!=":
            self.set_reg(dst, slow(self.reg(a), self.reg(b_)))
            return

        def compute(x, y, slow_block):       # ordered: False with a NaN, but != is True with one
            if sym == "!=":
                return self.bool_word(b.fcmp_unordered("!=", x, y))
            return self.bool_word(b.fcmp_ordered(FLOAT_COMPARE[sym], x, y))
        generic = lambda: self.float_or(index, a, b_, True, compute, slow)
        x, y = self.reg(a), self.reg(b_)
        jump = self.fusable_jump(index, dst)
        if jump is None:
            fast = lambda: self.bool_word(b.icmp_signed(sym, x, y))
            self.set_reg(dst, self.fast_or_slow(self.both_small(x, y, (a, b_)), fast, generic))
            return
        # COMPARE + JUMP_IF_*: on small ints, branch on the machine comparison itself.
        kind, label = jump
        when_true, when_false = ((self.blocks[index + 2], self.blocks[label]) if kind == "JUMP_IF_FALSE"
                                 else (self.blocks[label], self.blocks[index + 2]))
        fast_block, slow_block = b.append_basic_block("cmpfast"), b.append_basic_block("cmpslow")
        b.cbranch(self.both_small(x, y, (a, b_)), fast_block, slow_block)
        b.position_at_end(fast_block)
        cond = b.icmp_signed(sym, x, y)
        kept = self.reads[dst] > 1           # someone besides the jump reads the result (chained comparisons)
        if kept:
            self.set_reg(dst, self.bool_word(cond))
        b.cbranch(cond, when_true, when_false)
        b.position_at_end(slow_block)
        r = generic()
        if kept:
            self.set_reg(dst, r)
        b.cbranch(self.truth(index, r), when_true, when_false)

    def written_later(self, index: int, r, q) -> bool:
        """Whether register r was written after register q, looking back at most LOOK_BACK instructions
        from instruction index (round the loop, in a small-int loop's version). Looking further made
        compiling a function of thousands of `+` quadratic."""
        if r is None or q is None or r == q:
            return False
        first = self.loop.header if self.loop is not None else 0
        back = list(range(index - 1, max(first, index - LOOK_BACK) - 1, -1))
        if self.loop is not None:
            back += range(self.loop.end, index - 1, -1)
        for i in back[:LOOK_BACK]:
            regs = written(self.code.instructions[i])
            if r in regs or q in regs:
                return r in regs and q not in regs
        return False

    def op_UNARY(self, index, dst, op, a):
        b = self.b
        x = self.reg(a)
        sym = UNARY_OPS[op]
        slow = lambda: self.check_word(self.call(index, "runtime.ops.unary_op", c(op), x))
        if sym == "not":
            self.set_reg(dst, self.bool_word(b.not_(self.truth(index, x, a))))
        elif sym == "-":
            usable = b.and_(b.icmp_unsigned("!=", b.and_(x, c(1)), c(0)), b.icmp_signed("!=", x, c((SMALL_MIN << 1) | 1)))
            self.set_reg(dst, self.fast_or_slow(usable, lambda: b.sub(c(2), x), lambda: self.float_negative(index, dst, a, slow)))
        elif sym == "~":
            small = b.icmp_unsigned("!=", b.and_(x, c(1)), c(0))
            self.set_reg(dst, self.fast_or_slow(small, lambda: b.xor(x, c(-2)), slow))
        else:
            self.set_reg(dst, slow())

    def float_negative(self, index, dst, a, slow):
        """-x for a float (or a bare double): left bare where float_registers allows, else a new float;
        anything else in the runtime (a bare double is a float: it never gets there)."""
        b = self.b
        _, is_float, d = self.float_operand(a)

        def negate():
            return self.float_result(index, dst, b.fneg(d))
        return self.fast_or_slow(is_float, negate, slow)

    def fusable_jump(self, index, dst):
        """(kind, label) when the next instruction only branches on this comparison's result."""
        ins = self.code.instructions
        if index + 1 >= len(ins) or index + 1 in self.jump_targets:
            return None
        following = ins[index + 1]
        if following[0] in ("JUMP_IF_FALSE", "JUMP_IF_TRUE") and following[1] == dst:
            self.fused.add(index + 1)
            return following[0], following[2]
        return None

    def truth(self, index, v, register=None):
        """An i1: v's truth value (CPython's rules), leaving through the error exit if that fails."""
        b = self.b
        kind = self.kind(register)
        if kind == BOOL:
            return b.icmp_unsigned("==", v, self.word_of(TRUE))
        if kind == SMALL:
            return b.icmp_unsigned("!=", v, c(1))
        j = self.jit
        true, false, none = self.word_of(TRUE), self.word_of(FALSE), self.word_of(NONE)
        simple = b.or_(b.or_(b.icmp_unsigned("==", v, true), b.icmp_unsigned("==", v, false)),
                       b.or_(b.icmp_unsigned("==", v, none), b.icmp_unsigned("!=", b.and_(v, c(1)), c(0))))

        def fast():
            small_true = b.and_(b.icmp_unsigned("!=", b.and_(v, c(1)), c(0)), b.icmp_unsigned("!=", v, c(1)))
            return b.zext(b.or_(b.icmp_unsigned("==", v, true), small_true), I64)

        def slow():
            r = self.call(index, "runtime.ops.truthy", v)
            bad, good = b.append_basic_block("truthfail"), b.append_basic_block("truthok")
            b.cbranch(b.icmp_signed("<", r, c(0)), bad, good)
            b.position_at_end(bad)
            b.branch(self.error_block)
            b.position_at_end(good)
            return r
        return b.icmp_unsigned("!=", self.fast_or_slow(simple, fast, slow), c(0))

    def op_JUMP(self, index, label):
        self.b.branch(self.blocks[label])

    def op_JUMP_IF_FALSE(self, index, r, label):
        self.b.cbranch(self.truth(index, self.reg(r), r), self.blocks[index + 1], self.blocks[label])

    def op_JUMP_IF_TRUE(self, index, r, label):
        self.b.cbranch(self.truth(index, self.reg(r), r), self.blocks[label], self.blocks[index + 1])

    def op_RETURN(self, index, r):
        self.returns = list(self.returns) + [(self.b.append_basic_block("return"), self.reg(r), index)]
        self.b.branch(self.returns[-1][0])

    def op_CALL(self, index, dst, f, regs):
        if self.builtin_in.get(index, {}).get(f) == "len" and regs[1] == 1:
            self.set_reg(dst, self.inline_len(index, regs[0]))
            return
        self.set_reg(dst, self.call_value(index, self.reg(f), regs, 0))

    def inline_len(self, index, r):
        """len() of a list, tuple or str read from its size field; anything else through the runtime."""
        b = self.b
        v = self.reg(r)
        done, slow_block = b.append_basic_block("lendone"), b.append_basic_block("lenslow")
        incoming = []
        for struct, descriptor, size_field in (("runtime.listobj.List", LIST_TYPE, "size"),
                                               ("runtime.tupleobj.Tuple", TUPLE_TYPE, "size"),
                                               ("runtime.strobj.Str", STR_TYPE, "length")):
            this, other = b.append_basic_block("lenof"), b.append_basic_block("lennot")
            b.cbranch(self.is_object_of(v, descriptor, r), this, other)
            b.position_at_end(this)
            incoming.append((b.or_(b.shl(self.field(v, struct, size_field), c(1)), c(1)), b.block))
            b.branch(done)
            b.position_at_end(other)
        b.branch(slow_block)
        b.position_at_end(slow_block)
        r = self.check_word(self.call(index, "runtime.ops.length", v))
        incoming.append((r, b.block))
        b.branch(done)
        b.position_at_end(done)
        return b.join(incoming)

    def op_CALL_KW(self, index, dst, f, regs, k):
        self.set_reg(dst, self.call_value(index, self.reg(f), regs, self.const_word(k)))

    def call_value(self, index, f, regs, kwnames, slow_call=None):
        b = self.b
        first, n = regs
        slow_call = slow_call or (lambda: self.call(index, "runtime.function.call_object", f, self.slot_address(first),
                                                    c(n), kwnames if kwnames else c(0), frame=True))
        code_of = lambda: self.field(f, "runtime.function.Function", "code")
        if kwnames:
            called = slow_call
        else:
            called = lambda: self.direct_call(index, f, [self.reg(first + i) for i in range(n)], slow_call)
        binding, callee = self.bindings.get(index), self.inlined.get(index)
        if binding is None:
            return self.check_word(called())
        # The function the call most likely makes: its code is the guard (the same code is the same
        # function body, whichever function object holds it), and the call binds its parameters as
        # worked out here. Compiled into this one (inline_copy), or its fast entry called.
        target, plan = binding
        code_struct = self.jit.image_of(target).data("code")
        same = self.short_and(self.is_object_of(f, FUNCTION_TYPE),
                              lambda: b.icmp_unsigned("==", code_of(), self.word_of(code_struct)))
        entry = self.inline_copy(callee).fast if callee is not None else self.recursive_entry(target)
        return self.check_word(self.fast_or_slow(same, lambda: self.bound_call(index, f, first, target, plan, entry,
                                                                               called), called))

    def direct_call(self, index, f, values, slow):
        """f(*values): f's fast entry called directly when f is a Python function of that arity, already
        compiled; else slow()."""
        b = self.b
        n = len(values)
        code_field = lambda name: self.field(self.field(f, "runtime.function.Function", "code"),
                                             "runtime.function.Code", name)
        ready = self.short_and(self.is_object_of(f, FUNCTION_TYPE),
                               lambda: b.and_(b.icmp_signed("==", code_field("fast_arity"), c(n)),
                                              b.icmp_unsigned("!=", code_field("fast"), c(0))))
        return self.fast_or_slow(ready, lambda: self.call_fast(index, b.inttoptr(
            code_field("fast"), ir.FunctionType(I64, [I64] * (n + 1)).as_pointer()), f, values), slow)

    def recursive_entry(self, target: CodeObject):
        """The entry a call of target, known when compiled, calls directly when target is the function
        being compiled, or this is its copy (calls_to_inline); else None: the callee's Code gives it."""
        outer = self.caller or self
        return outer.fast if target is outer.code and outer.osr is None else None

    def call_fast(self, index, entry, f, values):
        self.sync_out(index)
        result = self.b.call(entry, [f] + values)
        self.sync_in(index)
        return result

    def bound_call(self, index, f, first, target: CodeObject, plan: list, entry, slow):
        """Call target's fast entry (entry, or the one its Code holds once compiled) with the arguments
        in registers first.. as plan binds them (analysis.static_binding), the parameters left out
        taken from f's defaults tuple and keyword-only defaults; slow() when they lack one (they may
        have been replaced) or target is not compiled yet."""
        return self.fast_unless(lambda fallback: self.bound_fast_call(index, f, first, target, plan, entry, fallback),
                                slow)

    def bound_fast_call(self, index, f, first, target: CodeObject, plan: list, entry, fallback):
        b = self.b

        def require(cond):
            ok = b.append_basic_block("boundok")
            b.cbranch(cond, ok, fallback)
            b.position_at_end(ok)
        values = [None if k is None else self.reg(first + k) for k in plan]
        left_out = [i for i, k in enumerate(plan) if k is None and i < target.argcount]
        if left_out:
            defaults = self.field(f, "runtime.function.Function", "defaults")
            require(b.icmp_unsigned("!=", defaults, c(0)))
            size = self.field(defaults, "runtime.tupleobj.Tuple", "size")
            require(b.icmp_signed(">=", size, c(target.argcount - left_out[0])))
            for i in left_out:
                at = b.add(b.shl(b.add(size, c(i - target.argcount)), c(3)), c(self.tuple_items))
                values[i] = b.load(b.inttoptr(b.add(defaults, at), PTR), typ=I64)
        for i in range(target.argcount, len(plan)):
            if plan[i] is None:
                values[i] = self.call(index, "runtime.calls.keyword_default",
                                      self.field(f, "runtime.function.Function", "kwdefaults"),
                                      self.cstring(target.varnames[i]))
                require(b.icmp_unsigned("!=", values[i], c(0)))
        if entry is None:
            fast = self.load_at(self.jit.image_of(target).data("code"), self.jit.offset("runtime.function.Code", "fast"))
            require(b.icmp_unsigned("!=", fast, c(0)))
            entry = b.inttoptr(fast, ir.FunctionType(I64, [I64] * (len(plan) + 1)).as_pointer())
        return self.call_fast(index, entry, f, values)

    # -- calls with * and ** (runtime/calls.py) ------------------------------------------------

    def check_true(self, ok):
        """A runtime call's False result means an exception is pending: leave through the error exit."""
        good = self.b.append_basic_block("ok")
        self.b.cbranch(ok, good, self.error_block)
        self.b.position_at_end(good)

    def op_BUILD_KWARGS(self, index, dst, regs, k):
        first, n = regs
        self.set_reg(dst, self.check_word(self.call(index, "runtime.calls.build_kwargs", self.const_word(k),
                                                    self.slot_address(first), c(n), frame=True)))

    def op_DICT_MERGE(self, index, d, mapping, f):
        self.succeeded(self.call(index, "runtime.calls.dict_merge_star", self.reg(d), self.reg(mapping), self.reg(f)))

    def op_CALL_EX(self, index, dst, f, positional, keywords):
        self.set_reg(dst, self.check_word(self.call(index, "runtime.calls.call_ex", self.reg(f), self.reg(positional),
                                                    self.reg(keywords))))

    def inline_copy(self, callee: CodeObject) -> FunctionCodegen:
        """The callee's fast entry built into this module, private to it, for LLVM to inline."""
        if id(callee) not in self.inline_copies:
            copy = FunctionCodegen(self.jit, callee, self.jit.image_of(callee), caller=self)
            copy.build_fast(f"{copy.image.symbol}.inlined")
            copy.fast.linkage = "internal"
            copy.fast.attributes.add("alwaysinline")
            self.inline_copies[id(callee)] = copy
        return self.inline_copies[id(callee)]

    # -- the tiny language (pyvm/tiny) --------------------------------------------------------

    def op_TINY_ADD(self, index, dst, a, b_):
        x, y = self.reg(a), self.reg(b_)
        slow = lambda: self.check_word(self.call(index, "runtime.tinyobj.tiny_add", x, y))
        self.set_reg(dst, self.binary(index, None, BINARY_OPS.index("+"), x, y, (a, b_), slow))

    def op_TINY_CALL(self, index, dst, f, x):
        fv, xv = self.reg(f), self.reg(x)
        slow = lambda: self.call(index, "runtime.tinyobj.tiny_call", fv, xv)
        self.set_reg(dst, self.call_value(index, fv, (x, 1), 0, slow))

    def op_TINY_PRINT(self, index, r):
        self.check_word(self.call(index, "runtime.tinyobj.tiny_print", self.reg(r)))

    def op_INTROSPECT(self, index, dst, r):
        # The one place where the frame must be complete: the register is chosen at run time.
        v = self.call(index, "runtime.frames.introspect", self.record, self.reg(r), c(len(self.code.varnames)),
                      frame=True)
        self.set_reg(dst, self.check_word(v))

    def op_CLOSE_ITER(self, index, it, callee):
        self.succeeded(self.call(index, "baseline.generators.close_loop_iterator", self.reg(it), self.reg(callee),
                                 frame=True))

    def op_YIELD_VALUE(self, index, dst, r):
        self.suspend(index, self.live_in[index + 1] - {dst}, index + 1, dst, self.reg(r))

    def op_YIELD_FROM(self, index, dst, it, sent):
        b = self.b
        # (frame=True: what the yield from reads is in the record, kept up to date, should it suspend)
        v = self.check_word(self.call(index, "baseline.generators.delegate_send", self.reg(it), self.reg(sent),
                                      frame=True))
        suspended, done = b.append_basic_block("delegate_yielded"), b.append_basic_block("delegate_returned")
        b.cbranch(b.load(self.at(DELEGATE_RETURNED), typ=I1), done, suspended)
        b.position_at_end(suspended)
        self.suspend(index, (), index, sent, v)        # resumed, it sends the value in `sent` on
        b.position_at_end(done)
        self.set_reg(dst, v)

    def op_GET_AWAITABLE(self, index, dst, r, where):
        self.set_reg(dst, self.check_word(self.call(index, "baseline.coroutines.get_awaitable", self.reg(r), c(where))))

    def op_BEFORE_ASYNC_WITH(self, index, regs, mgr):
        self.succeeded(self.call(index, "runtime.dunders.context_enter", self.reg(mgr), self.slot_address(regs[0]),
                                 c(1, I1), frame=True))

    def op_GET_AITER(self, index, dst, r):
        self.set_reg(dst, self.check_word(self.call(index, "baseline.coroutines.get_aiter", self.reg(r))))

    def op_GET_ANEXT(self, index, dst, r):
        self.set_reg(dst, self.check_word(self.call(index, "baseline.coroutines.get_anext", self.reg(r))))

    def suspend(self, index, registers, point, target, value):
        """A yield: the record gets the registers live at the resume point (the locals are there, written
        through), `execute`'s globals where it goes on and the register the value sent lands in."""
        b = self.b
        if self.caller is not None or not self.resuming:
            # Generator code is compiled only as a resume entry (never inline, never `fast`).
            raise AssertionError(f"{self.code.qualname}: a yield outside a generator's resume entry")
        self.store_lasti(index)
        self.store_registers(registers)
        b.store(c(point), self.at(YIELD_PC))
        b.store(c(target), self.at(YIELD_TARGET))
        b.ret(value)

    def name_word(self, k):
        return self.load_at(self.image.data("names"), 8 * k)

    def op_FORMAT_VALUE(self, index, dst, value, conversion, spec):
        first, n = spec
        self.set_reg(dst, self.check_word(self.call(index, "runtime.formatting.format_conversion", self.reg(value),
                                                    c(conversion), self.reg(first) if n else c(0))))

    def op_BUILD_STRING(self, index, dst, regs):
        first, n = regs
        self.set_reg(dst, self.check_word(self.call(index, "runtime.formatting.build_string", self.slot_address(first),
                                                    c(n), frame=True)))

    # -- class bodies: names in the namespace dict in register 0 ----------------------------------

    def namespace_load(self, index, dst, name):
        """dst = the name from the namespace; a block where it was not there, and the block after."""
        b = self.b
        self.set_reg(dst, self.call(index, "runtime.classobj.namespace_load", self.reg(0), self.name_word(name)))
        missing, done = b.append_basic_block("not_in_namespace"), b.append_basic_block("loaded")
        b.cbranch(b.icmp_unsigned("==", self.reg(dst), c(0)), missing, done)
        b.position_at_end(missing)
        return done

    def op_LOAD_NAME(self, index, dst, name, slot):
        done = self.namespace_load(index, dst, name)
        self.op_LOAD_GLOBAL(index, dst, slot)
        self.b.branch(done)
        self.b.position_at_end(done)

    def op_STORE_NAME(self, index, name, src):
        self.succeeded(self.call(index, "runtime.dictobj.dict_set", self.reg(0), self.name_word(name), self.reg(src)))

    def op_DELETE_NAME(self, index, name):
        self.succeeded(self.call(index, "runtime.classobj.namespace_delete", self.reg(0), self.name_word(name),
                                 self.cstring(self.code.names[name])))

    def op_LOAD_CLASSDEREF(self, index, dst, cell, name):
        b = self.b
        done = self.namespace_load(index, dst, name)
        self.op_LOAD_DEREF(index, dst, cell, name)
        b.branch(done)
        b.position_at_end(done)

    def op_CHECK_METHOD(self, index, obj, name):
        """Nothing to do for append and pop of a list, or when the method cache holds obj's class and
        map; any other lookup goes through the runtime."""
        b = self.b
        o = self.reg(obj)
        if self.code.names[name] in LIST_METHODS:
            done, lookup = b.append_basic_block("hasmethod"), b.append_basic_block("lookup")
            b.cbranch(self.is_object_of(o, LIST_TYPE, obj), done, lookup)
            b.position_at_end(lookup)
        else:
            done = None
        hit, _, cache = self.cache_hit(index, o)
        slow, found = b.append_basic_block("checkslow"), b.append_basic_block("checked")
        b.cbranch(hit, found, slow)
        b.position_at_end(slow)
        self.succeeded(self.call(index, "runtime.attrcache.cached_check_method", o, cache))
        b.branch(found)
        b.position_at_end(found)
        if done is not None:
            b.branch(done)
            b.position_at_end(done)

    def op_CALL_METHOD(self, index, dst, obj, name, regs):
        first, n = regs
        method = self.code.names[name]
        if (method, n) in INLINE_LIST_METHODS:
            self.set_reg(dst, self.list_method(index, method, obj, name, regs))
            return
        self.set_reg(dst, self.method_call(index, self.reg(obj), regs))

    def method_call(self, index, o, regs):
        """o.name(*regs): the function the method cache holds for o's class and map called directly,
        with o first (its fast entry, when compiled and of that arity); else through the runtime."""
        first, n = regs
        hit, word, cache = self.cache_hit(index, o)
        slow = lambda: self.call(index, "runtime.attrcache.cached_call_method", o, self.slot_address(first), c(n), cache,
                                 frame=True)
        return self.check_word(self.fast_or_slow(hit, lambda: self.direct_call(
            index, word(2), [o] + [self.reg(first + i) for i in range(n)], slow), slow))

    def list_parts(self, o):
        """A list's size, its array's capacity, the address of its size and a function giving the
        address of item k."""
        b = self.b
        items = self.field(o, "runtime.listobj.List", "items")
        size = self.field(o, "runtime.listobj.List", "size")
        has_array = b.icmp_unsigned("!=", items, c(0))
        capacity = b.select(has_array, b.load(b.inttoptr(b.add(b.select(has_array, items, self.word_of(NONE)),
                                                                c(self.jit.offset("runtime.listobj.WordArray", "capacity"))),
                                                          PTR), typ=I64), c(0))
        slot = lambda k: b.inttoptr(b.add(b.add(items, c(self.jit.offset("runtime.listobj.WordArray", "items"))),
                                          b.mul(k, c(8))), PTR)
        size_address = b.inttoptr(b.add(o, c(self.rt.offset("runtime.listobj.List", "size"))), PTR)
        return size, capacity, size_address, slot

    def op_LIST_APPEND(self, index, lst, item):
        """A list comprehension's append: its list (made by BUILD_LIST, seen by nothing else) gets the
        item inline while its array has room, else through listobj.list_append."""
        b = self.b
        o = self.reg(lst)
        size, capacity, size_address, slot = self.list_parts(o)
        inline, call, done = (b.append_basic_block(n) for n in ("appendinline", "appendcall", "appended"))
        b.cbranch(b.icmp_signed("<", size, capacity), inline, call)
        b.position_at_end(inline)
        b.store(self.reg(item), slot(size))
        b.store(b.add(size, c(1)), size_address)
        b.branch(done)
        b.position_at_end(call)
        b.cbranch(self.call(index, "runtime.listobj.list_append", o, self.reg(item)), done, self.error_block)
        b.position_at_end(done)

    def op_BUILD_MAP(self, index, dst, regs):
        first, n = regs
        self.set_reg(dst, self.check_word(self.call(index, "runtime.dictobj.dict_from_pairs", self.slot_address(first),
                                                    c(n), frame=True)))

    def op_MAP_ADD(self, index, d, key, value):
        self.succeeded(self.call(index, "runtime.dictobj.dict_set", self.reg(d), self.reg(key), self.reg(value)))

    def op_DICT_UPDATE(self, index, d, mapping):
        self.succeeded(self.call(index, "runtime.dictobj.dict_update_display", self.reg(d), self.reg(mapping)))

    def op_BUILD_SET(self, index, dst, regs):
        first, n = regs
        self.set_reg(dst, self.check_word(self.call(index, "runtime.setobj.set_from_items", self.slot_address(first),
                                                    c(n), frame=True)))

    def op_SET_ADD(self, index, s, item):
        self.succeeded(self.call(index, "runtime.setobj.set_add_key", self.reg(s), self.reg(item)))

    def op_SET_UPDATE(self, index, s, iterable):
        self.succeeded(self.call(index, "runtime.setobj.set_update_display", self.reg(s), self.reg(iterable)))

    def list_method(self, index, method, obj, name, regs):
        """list.append(x) and list.pop() called directly on lists; other receivers look the name up."""
        b = self.b
        o = self.reg(obj)
        first, n = regs
        this, other, done = b.append_basic_block("listmethod"), b.append_basic_block("method"), b.append_basic_block("called")
        b.cbranch(self.is_object_of(o, LIST_TYPE, obj), this, other)
        b.position_at_end(this)
        # Inline when the item array needs no resizing (listobj.list_append / list_pop), else call.
        size, capacity, size_address, slot = self.list_parts(o)
        inline, call = b.append_basic_block("inlinemethod"), b.append_basic_block("callmethod")
        if method == "append":
            b.cbranch(b.icmp_signed("<", size, capacity), inline, call)
            b.position_at_end(inline)
            b.store(self.reg(first), slot(size))
            b.store(b.add(size, c(1)), size_address)
            inline_value, inline_end = self.word_of(NONE), b.block
            b.branch(done)
            b.position_at_end(call)
            ok = self.call(index, "runtime.listobj.list_append", o, self.reg(first))
            appended = b.append_basic_block("appended")
            b.cbranch(ok, appended, self.error_block)
            b.position_at_end(appended)
            fast = self.word_of(NONE)
        else:
            last = b.sub(size, c(1))
            # listobj.list_resize keeps the array (KEEP_SMALL_ARRAY = 16 slots, a quarter full)
            keeps = b.or_(b.icmp_signed(">=", last, b.ashr(capacity, c(2))), b.icmp_signed("<=", capacity, c(16)))
            no_shrink = b.and_(b.icmp_signed(">", size, c(0)), keeps)
            b.cbranch(no_shrink, inline, call)
            b.position_at_end(inline)
            item = b.load(slot(last), typ=I64)
            b.store(c(0), slot(last))
            b.store(last, size_address)
            inline_value, inline_end = item, b.block
            b.branch(done)
            b.position_at_end(call)
            fast = self.check_word(self.call(index, "runtime.listobj.list_pop", o, c(-1)))
        fast_end = b.block
        b.branch(done)
        b.position_at_end(other)
        slow = self.method_call(index, o, regs)
        slow_end = b.block
        b.branch(done)
        b.position_at_end(done)
        return b.join([(inline_value, inline_end), (fast, fast_end), (slow, slow_end)])

    # -- attribute caches (runtime/attrcache.py): compiled code tests the first entry -------------

    def cache_hit(self, index, o):
        """For the attribute instruction index on object o: an i1, o matches an entry of its cache (a
        pointer, of a user class with that version tag, with that map); word(k), a function loading
        the matching entry's Word k; and the cache's address. The first entry is tested inline, the
        others by `attrcache.find_entry`, which never collects (no registers to store around it): a
        site that sees several classes (a base class's method called on instances of its
        subclasses) finds its entry without the generic lookup."""
        b = self.b
        symbol, offset = self.image.data("caches"), self.image.cache_offset(index)
        cache = self.at(symbol, offset)
        version = lambda: b.icmp_unsigned("==", self.field(self.field(o, "runtime.object.Object", "type"),
                                                           "runtime.object.Type", "version"), self.load_at(symbol, offset))
        same_map = lambda: b.icmp_unsigned("==", self.field(o, "runtime.classobj.Instance", "map"),
                                           self.load_at(symbol, offset + 8))
        first = self.short_and(b.icmp_unsigned("==", b.and_(o, c(1)), c(0)), lambda: self.short_and(version(), same_map))
        if self.jit.count_hits:
            counter = self.at("runtime.attrcache.inline_hits")
            b.store(b.add(b.load(counter, typ=I64), b.zext(first, I64)), counter)
        entry = self.fast_or_slow(first, lambda: b.ptrtoint(cache, I64),
                                  lambda: b.ptrtoint(self.call(index, "runtime.attrcache.find_entry", cache, o), I64))
        word = lambda k: b.load(b.inttoptr(b.add(entry, c(8 * k)), PTR), typ=I64)
        return b.icmp_unsigned("!=", entry, c(0)), word, cache

    def op_GET_ATTR(self, index, dst, obj, name):
        """The slot the cache's first entry gives, or through the runtime."""
        b = self.b
        o = self.reg(obj)
        hit, word, cache = self.cache_hit(index, o)
        self.set_reg(dst, self.fast_or_slow(
            hit, lambda: b.load(b.inttoptr(b.add(o, word(2)), PTR), typ=I64),
            lambda: self.check_word(self.call(index, "runtime.attrcache.cached_get_attr", o, cache))))

    def op_SET_ATTR(self, index, obj, name, value):
        """The value into the slot the cache's first entry gives, and the entry's map (a transition
        when the store adds the attribute); else through the runtime."""
        b = self.b
        o, v = self.reg(obj), self.reg(value)
        hit, word, cache = self.cache_hit(index, o)
        fast, slow, done = (b.append_basic_block(n) for n in ("storecached", "storeslow", "stored"))
        b.cbranch(hit, fast, slow)
        b.position_at_end(fast)
        b.store(v, b.inttoptr(b.add(o, word(2)), PTR))
        b.store(word(3), b.inttoptr(b.add(o, c(self.rt.offset("runtime.classobj.Instance", "map"))), PTR))
        b.branch(done)
        b.position_at_end(slow)
        self.succeeded(self.call(index, "runtime.attrcache.cached_set_attr", o, v, cache))
        b.branch(done)
        b.position_at_end(done)

    def op_IMPORT(self, index, dst, name):
        self.set_reg(dst, self.check_word(self.call(index, "runtime.ops.import_module", self.name_word(name))))

    def op_BUILD_TUPLE(self, index, dst, regs):
        first, n = regs
        self.set_reg(dst, self.check_word(self.call(index, "runtime.tupleobj.tuple_from_items", self.slot_address(first), c(n),
                                                    frame=True)))

    def op_BUILD_LIST(self, index, dst, regs):
        first, n = regs
        self.set_reg(dst, self.check_word(self.call(index, "runtime.listobj.list_from_items", self.slot_address(first), c(n),
                                                    frame=True)))

    def op_GET_ITEM(self, index, dst, obj, idx):
        """Lists and tuples indexed by a small int inline; everything else through the runtime."""
        b = self.b
        o, i = self.reg(obj), self.reg(idx)
        small_index = self.is_small(i, idx)
        done, slow_block = b.append_basic_block("gotten"), b.append_basic_block("getslow")
        incoming = []
        for struct, descriptor, size_field, items in (
                ("runtime.listobj.List", LIST_TYPE, "size", None),
                ("runtime.tupleobj.Tuple", TUPLE_TYPE, "size", self.tuple_items)):
            this, other = b.append_basic_block("seqget"), b.append_basic_block("notseq")
            b.cbranch(b.and_(small_index, self.is_object_of(o, descriptor, obj)), this, other)
            b.position_at_end(this)
            size = self.field(o, struct, size_field)
            k = b.ashr(i, c(1))
            k = b.select(b.icmp_signed("<", k, c(0)), b.add(k, size), k)
            inside = b.and_(b.icmp_signed(">=", k, c(0)), b.icmp_signed("<", k, size))
            load_block = b.append_basic_block("seqload")
            b.cbranch(inside, load_block, slow_block)
            b.position_at_end(load_block)
            if items is None:       # a list's items live in a separate array
                base = b.add(self.field(o, struct, "items"), c(self.jit.offset("runtime.listobj.WordArray", "items")))
            else:
                base = b.add(o, c(items))
            incoming.append((b.load(b.inttoptr(b.add(base, b.mul(k, c(8))), PTR), typ=I64), b.block))
            b.branch(done)
            b.position_at_end(other)
        b.branch(slow_block)
        b.position_at_end(slow_block)
        incoming.append((self.check_word(self.call(index, "runtime.ops.getitem", o, i)), None))
        incoming[-1] = (incoming[-1][0], b.block)
        b.branch(done)
        b.position_at_end(done)
        self.set_reg(dst, b.join(incoming))

    def op_SET_ITEM(self, index, obj, idx, value):
        b = self.b
        o, i, v = self.reg(obj), self.reg(idx), self.reg(value)
        j = self.jit
        small_index = self.is_small(i, idx)
        is_list = self.is_object_of(o, LIST_TYPE, obj)
        fast_block, slow_block, done = b.append_basic_block("listset"), b.append_basic_block("setslow"), b.append_basic_block("set")
        b.cbranch(b.and_(small_index, is_list), fast_block, slow_block)
        b.position_at_end(fast_block)
        size = self.field(o, "runtime.listobj.List", "size")
        k = b.ashr(i, c(1))
        k = b.select(b.icmp_signed("<", k, c(0)), b.add(k, size), k)
        inside = b.and_(b.icmp_signed(">=", k, c(0)), b.icmp_signed("<", k, size))
        store_block = b.append_basic_block("liststore")
        b.cbranch(inside, store_block, slow_block)
        b.position_at_end(store_block)
        array = self.field(o, "runtime.listobj.List", "items")
        b.store(v, b.inttoptr(b.add(b.add(array, c(j.offset("runtime.listobj.WordArray", "items"))), b.mul(k, c(8))), PTR))
        b.branch(done)
        b.position_at_end(slow_block)
        self.succeeded(self.call(index, "runtime.ops.setitem", o, i, v))
        b.branch(done)
        b.position_at_end(done)

    def op_GET_SLICE(self, index, dst, obj, parts):
        first, _ = parts
        v = self.call(index, "runtime.slices.getslice", self.reg(obj), self.reg(first), self.reg(first + 1),
                      self.reg(first + 2))
        self.set_reg(dst, self.check_word(v))

    def op_UNPACK(self, index, regs, src):
        """A tuple or list of exactly n items inline, read straight into the registers; anything else,
        and the errors, through the runtime (which writes the items into the frame record)."""
        first, n = regs
        b = self.b
        v = self.reg(src)
        done, slow_block = b.append_basic_block("unpacked"), b.append_basic_block("unpackslow")
        for struct, descriptor, items in (("runtime.listobj.List", LIST_TYPE, None),
                                          ("runtime.tupleobj.Tuple", TUPLE_TYPE, self.tuple_items)):
            this, other = b.append_basic_block("unpackseq"), b.append_basic_block("notseq")
            b.cbranch(self.is_object_of(v, descriptor, src), this, other)
            b.position_at_end(this)
            load_block = b.append_basic_block("unpackload")
            b.cbranch(b.icmp_signed("==", self.field(v, struct, "size"), c(n)), load_block, slow_block)
            b.position_at_end(load_block)
            if items is None:       # a list's items live in a separate array
                base = b.add(self.field(v, struct, "items"), c(self.jit.offset("runtime.listobj.WordArray", "items")))
            else:
                base = b.add(v, c(items))
            values = [b.load(b.inttoptr(b.add(base, c(8 * i)), PTR), typ=I64) for i in range(n)]
            for i, value in enumerate(values):
                self.set_reg(first + i, value)
            b.branch(done)
            b.position_at_end(other)
        b.branch(slow_block)
        b.position_at_end(slow_block)
        self.succeeded(self.call(index, "runtime.ops.unpack", v, c(n), self.slot_address(first), frame=True))
        b.branch(done)
        b.position_at_end(done)

    def op_GET_ITER(self, index, dst, src):
        self.set_reg(dst, self.check_word(self.call(index, "runtime.ops.get_iter", self.reg(src))))

    def op_FOR_ITER(self, index, dst, it, label):
        b = self.b
        o = self.reg(it)
        v = self.fast_unless(lambda slow: self.sequence_next(o, slow),
                             lambda: self.call(index, "runtime.ops.iter_next", o))
        got, empty = b.append_basic_block("item"), b.append_basic_block("noitem")
        b.cbranch(b.icmp_unsigned("!=", v, c(0)), got, empty)
        b.position_at_end(empty)
        pending = self.load_at(PENDING)
        b.cbranch(b.icmp_unsigned("!=", pending, c(0)), self.error_block, self.blocks[label])
        b.position_at_end(got)
        self.set_reg(dst, v)

    def sequence_next(self, it, slow):
        """The next item of a list's or a tuple's iterator with items left (iterobj.seq_iter_next),
        inline; branches to slow for any other iterator, and to end the loop."""
        b = self.b
        known = b.append_basic_block("seqiter")
        b.cbranch(b.icmp_unsigned("==", b.and_(it, c(7)), c(0)), known, slow)
        b.position_at_end(known)
        kind = b.load(b.inttoptr(it, PTR), typ=I64)
        seq = self.field(it, "runtime.iterobj.SeqIterator", "seq")
        i = self.field(it, "runtime.iterobj.SeqIterator", "index")
        index_address = b.inttoptr(b.add(it, c(self.rt.offset("runtime.iterobj.SeqIterator", "index"))), PTR)
        done = b.append_basic_block("seqitem")
        incoming = []
        for descriptor, struct in (("runtime.iterobj.SeqIterator.type", "runtime.listobj.List"),
                                   ("runtime.iterobj.TUPLE_ITERATOR", "runtime.tupleobj.Tuple")):
            this, other, has = (b.append_basic_block(n) for n in ("seqkind", "seqother", "seqhas"))
            # An exhausted iterator's seq is 0: the runtime ends the loop.
            b.cbranch(b.and_(b.icmp_unsigned("==", kind, self.word_of(descriptor)), b.icmp_unsigned("!=", seq, c(0))),
                      this, other)
            b.position_at_end(this)
            b.cbranch(b.icmp_signed("<", i, self.field(seq, struct, "size")), has, slow)
            b.position_at_end(has)
            if struct == "runtime.listobj.List":
                items = b.add(self.field(seq, struct, "items"), c(self.jit.offset("runtime.listobj.WordArray", "items")))
            else:
                items = b.add(seq, c(self.tuple_items))
            item = b.load(b.inttoptr(b.add(items, b.shl(i, c(3))), PTR), typ=I64)
            b.store(b.add(i, c(1)), index_address)
            incoming.append((item, b.block))
            b.branch(done)
            b.position_at_end(other)
        b.branch(slow)
        b.position_at_end(done)
        return b.join(incoming)

    def op_RANGE_START(self, index, state, args):
        """Small-int arguments set up the loop inline; anything else (big ints, __index__, errors)
        goes through runtime.function.range_start."""
        b = self.b
        first, n = args
        values = [self.reg(first + i) for i in range(n)]
        small = c(1, I1)
        for v in values:
            small = b.and_(small, b.icmp_unsigned("!=", b.and_(v, c(1)), c(0)))
        if n == 3:
            small = b.and_(small, b.icmp_unsigned("!=", values[2], c(1)))      # step 0 raises in the runtime
        counter, stop, step = values if n == 3 else ([c(1)] * (2 - n) + values + [c(3)])
        inline, slow, good = b.append_basic_block("rangeinline"), b.append_basic_block("rangecall"), b.append_basic_block("ranged")
        b.cbranch(small, inline, slow)
        b.position_at_end(inline)
        for i, v in enumerate((counter, stop, step)):
            self.set_reg(state[0] + i, v)
        b.branch(good)
        b.position_at_end(slow)
        ok = self.call(index, "runtime.function.range_start", self.slot_address(first), c(n), self.slot_address(state[0]),
                       frame=True)
        b.cbranch(ok, good, self.error_block)
        b.position_at_end(good)

    def op_RANGE_NEXT(self, index, dst, state, label):
        b = self.b
        counter, stop, step = state[0], state[0] + 1, state[0] + 2
        i, end, s = self.reg(counter), self.reg(stop), self.reg(step)
        fast_block, slow_block, body, done = (b.append_basic_block(n) for n in ("rangefast", "rangeslow", "rangebody", "rangedone"))
        advance = b.append_basic_block("rangeadvance")
        if counter in self.unit_step_ranges:
            # range(stop) and range(start, stop): the step is the small int 1 exactly when the counter
            # and the stop are small (runtime range_start), and counting up by 1 from below a small
            # stop cannot overflow. The step does not change in the loop: LLVM may test it once.
            b.cbranch(self.is_small(s, step), fast_block, slow_block)
            b.position_at_end(fast_block)
            b.cbranch(b.icmp_signed("<", i, end), advance, self.blocks[label])
            b.position_at_end(advance)
            self.set_reg(dst, i)
            self.set_reg(counter, b.add(i, c(2)))
            b.branch(done)
        else:
            b.cbranch(b.and_(self.both_small(i, end, (counter, stop)), self.is_small(s, step)), fast_block, slow_block)
            b.position_at_end(fast_block)
            up = b.icmp_signed(">", s, c(1))
            more = b.select(up, b.icmp_signed("<", i, end), b.icmp_signed(">", i, end))
            b.cbranch(more, advance, self.blocks[label])
            b.position_at_end(advance)
            f = self.intrinsic("llvm.sadd.with.overflow.i64", ir.LiteralStructType([I64, I1]), [I64, I64])
            pair = b.call(f, [i, b.sub(s, c(1))])
            step_ok = b.append_basic_block("rangestep")
            b.cbranch(b.extract_value(pair, 1), slow_block, step_ok)
            b.position_at_end(step_ok)
            self.set_reg(dst, i)
            self.set_reg(counter, b.extract_value(pair, 0))
            b.branch(done)
        b.position_at_end(slow_block)
        more = self.call(index, "runtime.function.range_next", self.slot_address(counter), self.slot_address(dst), frame=True)
        bad = b.append_basic_block("rangefail")
        b.cbranch(b.icmp_signed("<", more, c(0)), bad, body)
        b.position_at_end(bad)
        b.branch(self.error_block)
        b.position_at_end(body)
        b.cbranch(b.icmp_signed("==", more, c(0)), self.blocks[label], done)
        b.position_at_end(done)

    def op_MAKE_FUNCTION(self, index, dst, k, regs):
        first, n = regs
        code_struct = self.jit.image_of(self.code.consts[k]).data("code")
        self.set_reg(dst, self.check_word(self.call(index, "runtime.function.make_function", self.at(code_struct),
                                                    self.slot_address(first), c(n), frame=True)))

    # -- variables nested functions share (cells) ---------------------------------------------

    def op_MAKE_CELL(self, index, dst, r):
        self.set_reg(dst, self.check_word(self.call(index, "runtime.function.cell_new", self.reg(r))))

    def op_COPY_FREE_VARS(self, index, regs):
        first, n = regs
        # self.function holds until the first collection moves it: COPY_FREE_VARS comes first (compiler.enter)
        closure = self.field(self.function, "runtime.function.Function", "closure")
        for i in range(n):
            self.set_reg(first + i, self.b.load(self.b.inttoptr(self.b.add(closure, c(self.tuple_items + 8 * i)), PTR),
                                                typ=I64))

    def cell_contents(self, r):
        return self.b.inttoptr(self.b.add(self.reg(r), c(self.rt.offset("runtime.function.Cell", "contents"))), PTR)

    def op_LOAD_DEREF(self, index, dst, r, name):
        b = self.b
        v = b.load(self.cell_contents(r), typ=I64)
        missing, ok = b.append_basic_block("unbound"), b.append_basic_block("bound")
        b.cbranch(b.icmp_unsigned("==", v, c(0)), missing, ok)
        b.position_at_end(missing)
        self.unbound_variable(index, r, name)
        b.position_at_end(ok)
        self.set_reg(dst, v)

    def unbound_variable(self, index, r, name):
        """UnboundLocalError for the code's own variable, NameError for its closure's."""
        free = self.code.varnames[r] in self.code.freevars
        self.call(index, "runtime.function.unbound_free_error" if free else "runtime.function.unbound_local_error",
                  self.cstring(self.code.names[name]))
        self.b.branch(self.error_block)

    def op_STORE_DEREF(self, index, r, src):
        self.b.store(self.reg(src), self.cell_contents(r))

    def op_DELETE_DEREF(self, index, r, name):
        b = self.b
        missing, ok = b.append_basic_block("unbound"), b.append_basic_block("bound")
        b.cbranch(b.icmp_unsigned("==", b.load(self.cell_contents(r), typ=I64), c(0)), missing, ok)
        b.position_at_end(missing)
        self.unbound_variable(index, r, name)
        b.position_at_end(ok)
        b.store(c(0), self.cell_contents(r))


class LoopBlocks:
    """blocks[index] while a copy of a small-int loop's version is emitted: the copy's own block inside
    the loop, the next copy's header for a jump back to the header, a way out of the version
    (leave_loop) to the generic code outside it."""

    def __init__(self, codegen: FunctionCodegen, header: int, version: dict, next_header, generic: list, exits: dict):
        self.codegen, self.header, self.version, self.next_header = codegen, header, version, next_header
        self.generic = generic
        self.exits = exits                   # generic block -> the way out of the version to it

    def __getitem__(self, index: int):
        if index == self.header:
            return self.next_header
        if index in self.version:
            return self.version[index]
        return self.codegen.leave_loop(self.generic[index])
