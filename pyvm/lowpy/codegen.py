"""Type-checking lowpy function bodies and emitting LLVM IR.

One `UnitCompiler` per LLVM module; one `FunctionCompiler` per function. Every
expression compiles to a `(value, type)` pair; `want` passes the type the
context expects so that integer literals can adapt to it.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass

import llvmlite.ir as ir

from pyvm.lowpy import types as T
from pyvm.lowpy.builder import Builder
from pyvm.lowpy.collecting import expression_may_collect, may_collect
from pyvm.lowpy.declarations import ConstDecl, DescriptorRef, FunctionDecl, GlobalDecl, StaticDecl
from pyvm.lowpy.intrinsics import (
    BIT_COUNTS, CONVERSIONS, FLOAT_BINARY, FLOAT_TESTS, FLOAT_UNARY, INTRINSICS, OVERFLOW,
)
from pyvm.lowpy.program import UnitResult

I1, I8, I32, I64 = ir.IntType(1), ir.IntType(8), ir.IntType(32), ir.IntType(64)
PTR = ir.PointerType()
NULL = ir.Constant(PTR, None)

ROOT_CHAIN = ("gc.roots", "chain")       # head of the root record chain (DESIGN.md 8)
ALLOC = ("gc.heap", "alloc")             # alloc(type: Ptr[Type], size: i64) -> Ptr[Object]
RECORD_HEADER = 2                        # a root record: prev, slot count, slots...


def const_int(t: ir.Type, v: int) -> ir.Constant:
    return ir.Constant(t, v)




class UnitCompiler:
    def __init__(self, program, modules, *, asserts: bool, name: str):
        self.program = program
        self.modules = modules
        self.asserts = asserts
        self.mod = ir.Module(name=name)
        self.values: dict[str, ir.GlobalValue] = {}
        self.strings: dict[bytes, ir.GlobalVariable] = {}
        self.collecting = may_collect(program)
        self.result = UnitResult(ir="", collecting=self.collecting)

    # -- symbols -------------------------------------------------------------------

    def defines(self, module) -> bool:
        return module in self.modules

    def function(self, decl: FunctionDecl) -> ir.Function:
        if decl.symbol in self.values:
            existing = self.values[decl.symbol]
            if decl.extern and existing.function_type != decl.fn_type.signature():
                raise decl.module.error(decl.node, f"extern {decl.name} declared twice with different types")
            return existing
        f = ir.Function(self.mod, decl.fn_type.signature(), name=decl.symbol)
        if decl.inline:
            f.attributes.add("alwaysinline")
        if decl.noinline:
            f.attributes.add("noinline")
        self.values[decl.symbol] = f
        return f

    def c_function(self, name: str, result, params) -> ir.Function:
        if name in self.values:
            return self.values[name]
        f = ir.Function(self.mod, ir.FunctionType(result, params), name=name)
        self.values[name] = f
        return f

    def intrinsic(self, name: str, result, params) -> ir.Function:
        return self.c_function(name, result, params)

    def global_var(self, decl: GlobalDecl) -> ir.GlobalVariable:
        if decl.symbol in self.values:
            return self.values[decl.symbol]
        g = ir.GlobalVariable(self.mod, decl.type.storage(), name=decl.symbol)
        module = self.program.modules[decl.symbol.rsplit(".", 1)[0]]
        if self.defines(module):
            if decl.value is None:
                g.initializer = ir.Constant(decl.type.storage(), None)
            elif isinstance(decl.type, T.FloatType):
                g.initializer = ir.Constant(ir.DoubleType(), float(decl.value))
            elif isinstance(decl.type, (T.IntType, T.WordType, T.BoolType)):
                g.initializer = ir.Constant(decl.type.storage(), int(decl.value))
            else:
                raise module.error(ast.Pass(lineno=decl.line), f"global {decl.name}: only numbers have initial values")
            if decl.type.is_ref:
                self.result.ref_globals.append(decl.symbol)
        self.values[decl.symbol] = g
        return g

    def global_named(self, module_name: str, name: str) -> tuple[ir.GlobalVariable, T.LType]:
        decl = self.program.load(module_name).symbols[name]
        return self.global_var(decl), decl.type

    def cstring(self, text: bytes) -> ir.GlobalVariable:
        if text not in self.strings:
            data = bytearray(text + b"\0")
            g = ir.GlobalVariable(self.mod, ir.ArrayType(I8, len(data)), name=f".str.{len(self.strings)}")
            g.initializer = ir.Constant(ir.ArrayType(I8, len(data)), data)
            g.global_constant = True
            g.linkage = "private"
            self.strings[text] = g
        return self.strings[text]

    # -- descriptors and statics -----------------------------------------------------------

    def descriptor(self, s: T.StructType) -> ir.GlobalVariable:
        symbol = f"{s.qualname}.type"
        if symbol in self.values:
            return self.values[symbol]
        dstruct = self.program.descriptor_struct
        g = ir.GlobalVariable(self.mod, dstruct.literal(), name=symbol)
        self.values[symbol] = g
        module = self.program.modules[s.qualname.rsplit(".", 1)[0]]
        if self.defines(module):
            g.initializer = self.descriptor_value(s, s.python_name, NULL)
        return g

    def descriptor_value(self, s: T.StructType, python_name: str, base) -> ir.Constant:
        dstruct = self.program.descriptor_struct
        trailing = s.trailing
        ref_map = 0
        for f in s.fields:
            if f.type.is_ref:
                ref_map |= 1 << (f.offset // 8)
        known = {
            "type": self.descriptor(dstruct),
            "name": self.cstring(python_name.encode()),
            "base": base,
            "basic_size": trailing.offset if trailing else s.size,
            "item_size": trailing.type.element.size if trailing else 0,
            "length_offset": s.field(s.length_field).offset if s.length_field else 0,
            "ref_map": ref_map,
            "items_are_refs": int(bool(trailing and trailing.type.element.is_ref)),
        }
        return self.struct_constant(dstruct, known)

    def struct_constant(self, s: T.StructType, values: dict) -> ir.Constant:
        items = []
        for f in s.fields:
            v = values.get(f.name)
            st = f.type.storage()
            if v is None:
                items.append(ir.Constant(st, None))
            elif isinstance(v, (ir.GlobalValue, ir.Constant)):
                items.append(v)
            elif isinstance(v, str):
                items.append(self.cstring(v.encode()))
            elif isinstance(v, tuple):
                _, module, node = v
                found = self.program.lookup(module, node.id)
                if not isinstance(found, FunctionDecl):
                    raise module.error(node, f"{node.id} is not a function")
                items.append(self.function(found))
            elif isinstance(f.type, T.FloatType):
                items.append(ir.Constant(st, float(v)))
            else:
                items.append(ir.Constant(st, int(v)))
        return ir.Constant(s.literal(), items)

    def static(self, decl: StaticDecl) -> ir.GlobalVariable:
        if decl.symbol in self.values:
            return self.values[decl.symbol]
        module = self.program.modules[decl.symbol.rsplit(".", 1)[0]]
        if decl.python_name is not None:
            g = ir.GlobalVariable(self.mod, self.program.descriptor_struct.literal(), name=decl.symbol)
            self.values[decl.symbol] = g
            if self.defines(module):
                base = NULL
                if decl.base is not None:
                    base_module, base_node = decl.base
                    found = self.program.lookup(base_module, base_node.id)
                    if isinstance(found, DescriptorRef):
                        base = self.descriptor(found.struct)
                    elif isinstance(found, StaticDecl) and found.python_name is not None:
                        base = self.static(found)
                    else:
                        raise base_module.error(base_node, f"base={base_node.id} is not a type")
                g.initializer = self.descriptor_value(decl.struct, decl.python_name, base)
        else:
            g = ir.GlobalVariable(self.mod, decl.struct.literal(), name=decl.symbol)
            self.values[decl.symbol] = g
            if self.defines(module):
                values = dict(decl.inits)
                if decl.struct.heap:
                    values["type"] = self.descriptor(decl.struct)
                g.initializer = self.struct_constant(decl.struct, values)
        return g

    # -- driving -------------------------------------------------------------------

    def compile(self) -> UnitResult:
        for module in self.modules:
            for decl in list(module.symbols.values()):
                if isinstance(decl, T.StructType) and decl.heap:
                    self.descriptor(decl)
                elif isinstance(decl, StaticDecl):
                    self.static(decl)
                elif isinstance(decl, GlobalDecl):
                    self.global_var(decl)
            for decl in list(module.symbols.values()):
                if isinstance(decl, FunctionDecl) and not decl.extern:
                    FunctionCompiler(self, decl).compile()
                    self.result.functions[decl.symbol] = decl.fn_type
        self.result.ir = str(self.mod)
        return self.result


@dataclass
class Local:
    type: T.LType
    ptr: ir.Value


class FunctionCompiler:
    def __init__(self, unit: UnitCompiler, decl: FunctionDecl):
        self.unit = unit
        self.decl = decl
        self.module = decl.module
        self.program = unit.program
        self.fn = unit.function(decl)
        self.entry = self.fn.append_basic_block("entry")
        self.allocas = Builder(self.entry)
        self.b = Builder(self.fn.append_basic_block("body"))
        self.exit_block = self.fn.append_basic_block("exit")
        self.locals: dict[str, Local] = {}
        self.globals: set[str] = set()
        self.loops: list[tuple] = []
        self.rooted = decl in unit.collecting
        self.record = None
        self.nslots = 0
        self.free_temps: list[int] = []
        self.ret_slot = None if decl.result is T.VOID else self.allocas.alloca(decl.result.llvm(), name="result")

    def error(self, node, message):
        return self.module.error(node, message)

    # -- storage ---------------------------------------------------------------------

    def slot(self) -> ir.Value:
        """A new root slot: its address (the record is sized when the function is done)."""
        if self.record is None:
            self.record = self.allocas.alloca(ir.ArrayType(I64, RECORD_HEADER), name="roots")
        index = self.nslots
        self.nslots += 1
        return self.allocas.gep(self.record, [const_int(I64, RECORD_HEADER + index)], source_etype=I64)

    def declare_local(self, node, name: str, t: T.LType) -> Local:
        if isinstance(t, (T.StructType, T.VoidType, T.ArrayType)):
            raise self.error(node, f"a local cannot hold {t!r}")
        if self.rooted and t.is_ref:
            ptr = self.slot()
        else:
            ptr = self.allocas.alloca(t.llvm(), name=name)
            self.allocas.store(ir.Constant(t.llvm(), None), ptr)   # never read stale stack memory
        local = Local(t, ptr)
        self.locals[name] = local
        return local

    def hold(self, value, t):
        """Keep a reference temporary where the collector updates it."""
        if not (self.rooted and t.is_ref):
            return value, None
        if self.free_temps:
            ptr = self.free_temps.pop()
        else:
            ptr = self.slot()
        self.b.store(value, ptr)
        return value, ptr

    def release(self, value, t, ptr):
        if ptr is None:
            return value
        v = self.b.load(ptr, typ=t.llvm())
        self.b.store(const_int(I64, 0), ptr)
        self.free_temps.append(ptr)
        return v

    def may_collect(self, node) -> bool:
        return self.rooted and expression_may_collect(self.program, self.module, node, self.unit.collecting, self.locals)

    def load(self, ptr, t: T.LType):
        v = self.b.load(ptr, typ=t.storage())
        return self.b.trunc(v, I1) if isinstance(t, T.BoolType) else v

    def store(self, value, ptr, t: T.LType):
        if isinstance(t, T.BoolType):
            value = self.b.zext(value, I8)
        self.b.store(value, ptr)

    # -- function ------------------------------------------------------------------

    def compile(self):
        for (name, t), arg in zip(self.decl.params, self.fn.args):
            arg.name = name
            local = self.declare_local(self.decl.node, name, t)
            self.b.store(arg, local.ptr)
        body = self.decl.node.body
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            body = body[1:]
        self.statements(body)
        if not self.b.block.is_terminated:
            if self.decl.result is T.VOID:
                self.b.branch(self.exit_block)
            else:
                self.fail(f"{self.module.path}:{self.decl.node.lineno}: {self.decl.name} ended without return")
        self.finish()

    def finish(self):
        exit_builder = Builder(self.exit_block)
        chain = None
        if self.record is not None:
            chain, _ = self.unit.global_named(*ROOT_CHAIN)
            self.record.allocated_type = ir.ArrayType(I64, RECORD_HEADER + self.nslots)
            a = self.allocas
            prev = a.load(chain, typ=PTR)
            a.store(a.ptrtoint(prev, I64), a.gep(self.record, [const_int(I64, 0)], source_etype=I64))
            a.store(const_int(I64, self.nslots), a.gep(self.record, [const_int(I64, 1)], source_etype=I64))
            for i in range(self.nslots):
                a.store(const_int(I64, 0), a.gep(self.record, [const_int(I64, RECORD_HEADER + i)], source_etype=I64))
            a.store(self.record, chain)
            back = exit_builder.load(self.record, typ=PTR)
            exit_builder.store(back, chain)
        self.allocas.branch(self.fn.basic_blocks[1])
        if self.ret_slot is None:
            exit_builder.ret_void()
        else:
            exit_builder.ret(exit_builder.load(self.ret_slot, typ=self.decl.result.llvm()))

    def fail(self, message: str):
        """Abort the process with a message on stderr (assertions, impossible states)."""
        text = f"lowpy: {message}\n".encode()
        write = self.unit.c_function("write", I64, [I32, PTR, I64])
        abort = self.unit.c_function("abort", ir.VoidType(), [])
        self.b.call(write, [const_int(I32, 2), self.unit.cstring(text), const_int(I64, len(text))])
        self.b.call(abort, [])
        self.b.unreachable()

    def new_block(self, name):
        return self.fn.append_basic_block(name)

    # -- statements --------------------------------------------------------------------

    def statements(self, body):
        for stmt in body:
            if self.b.block.is_terminated:
                self.b.position_at_end(self.new_block("dead"))
            self.statement(stmt)

    def statement(self, node):
        method = getattr(self, "stmt_" + type(node).__name__, None)
        if method is None:
            raise self.error(node, f"not allowed in lowpy: {type(node).__name__} statement")
        method(node)

    def stmt_Pass(self, node):
        pass

    def stmt_Global(self, node):
        for name in node.names:
            decl = self.module.symbols.get(name)
            if not isinstance(decl, GlobalDecl):
                raise self.error(node, f"{name} is not a global of this module")
            self.globals.add(name)

    def stmt_Expr(self, node):
        if isinstance(node.value, ast.Constant):
            return
        if not isinstance(node.value, ast.Call):
            raise self.error(node, "an expression statement must be a call")
        self.expr(node.value)

    def stmt_Return(self, node):
        want = self.decl.result
        if node.value is None:
            if want is not T.VOID:
                raise self.error(node, f"{self.decl.name} must return {want!r}")
        else:
            if want is T.VOID:
                raise self.error(node, f"{self.decl.name} returns nothing")
            v, t = self.expr(node.value, want)
            self.check(node, t, want, "return")
            self.b.store(v, self.ret_slot)
        self.b.branch(self.exit_block)

    def stmt_Assign(self, node):
        if len(node.targets) != 1:
            raise self.error(node, "assign one target at a time")
        target = node.targets[0]
        if isinstance(target, ast.Tuple):
            self.assign_pair(node, target)
            return
        if self.is_untyped(node.value) and not isinstance(target, ast.Name):
            ptr, tt = self.lvalue(target)        # a literal adapts to the place it goes to
            v, t = self.expr(node.value, tt)
            self.check(target, t, tt, "assign")
            self.store(v, ptr, tt)
            return
        v, t = self.expr(node.value, self.target_type(target))
        self.assign(target, v, t, node.value)

    def stmt_AnnAssign(self, node):
        if not isinstance(node.target, ast.Name):
            raise self.error(node, "annotate only local names")
        t = self.program.resolve_type(self.module, node.annotation)
        name = node.target.id
        if name in self.locals:
            if not T.same(self.locals[name].type, t):
                raise self.error(node, f"{name} is already declared as {self.locals[name].type!r}")
        else:
            self.declare_local(node, name, t)
        if node.value is not None:
            v, vt = self.expr(node.value, t)
            self.assign(node.target, v, vt, node.value)

    def target_type(self, target):
        if isinstance(target, ast.Name):
            if target.id in self.locals:
                return self.locals[target.id].type
            if target.id in self.globals:
                return self.module.symbols[target.id].type
        return None

    def assign(self, target, v, t, value_node):
        if isinstance(target, ast.Name) and target.id not in self.locals and target.id not in self.globals:
            if isinstance(self.program.lookup(self.module, target.id), GlobalDecl):
                raise self.error(target, f"assigning global {target.id} needs `global {target.id}`")
            if t is T.VOID:
                raise self.error(target, "this call returns nothing")
            self.declare_local(target, target.id, t)
        v, held = self.hold(v, t) if self.may_collect(target) else (v, None)
        ptr, tt = self.lvalue(target)
        v = self.release(v, t, held)
        self.check(target, t, tt, "assign")
        self.store(v, ptr, tt)

    def assign_pair(self, node, target):
        call = node.value
        if not (len(target.elts) == 2 and isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
                and call.func.id in OVERFLOW):
            raise self.error(node, "tuple assignment is only for add_ovf/sub_ovf/mul_ovf results")
        pair, t = self.overflow_op(call)
        self.assign(target.elts[0], self.b.extract_value(pair, 0), t, call)
        self.assign(target.elts[1], self.b.extract_value(pair, 1), T.BOOL, call)

    def stmt_AugAssign(self, node):
        rhs_first = self.may_collect(node.value)
        if rhs_first:
            rv, rt = self.expr(node.value, self.target_type(node.target))
        ptr, t = self.lvalue(node.target)
        current = self.load(ptr, t)
        if not rhs_first:
            rv, rt = self.expr(node.value, t)
        v, vt = self.binary(node, node.op, current, t, rv, rt)
        self.check(node, vt, t, "assign")
        self.store(v, ptr, t)

    def stmt_If(self, node):
        cond = self.condition(node.test)
        then_block, else_block, after = self.new_block("then"), self.new_block("else"), self.new_block("endif")
        self.b.cbranch(cond, then_block, else_block)
        self.b.position_at_end(then_block)
        self.statements(node.body)
        if not self.b.block.is_terminated:
            self.b.branch(after)
        self.b.position_at_end(else_block)
        self.statements(node.orelse)
        if not self.b.block.is_terminated:
            self.b.branch(after)
        self.b.position_at_end(after)

    def stmt_While(self, node):
        if node.orelse:
            raise self.error(node, "while ... else is not in lowpy")
        head, body, after = self.new_block("while"), self.new_block("do"), self.new_block("endwhile")
        self.b.branch(head)
        self.b.position_at_end(head)
        self.b.cbranch(self.condition(node.test), body, after)
        self.b.position_at_end(body)
        self.loops.append((head, after))
        self.statements(node.body)
        self.loops.pop()
        if not self.b.block.is_terminated:
            self.b.branch(head)
        self.b.position_at_end(after)

    def stmt_For(self, node):
        it = node.iter
        if node.orelse or not isinstance(node.target, ast.Name):
            raise self.error(node, "lowpy loops are `for NAME in range(...)` without else")
        if not (isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "range" and 1 <= len(it.args) <= 3):
            raise self.error(node, "lowpy loops are `for NAME in range(...)`")
        step = 1
        if len(it.args) == 3:
            step = self.constant(it.args[2])
            if not isinstance(step, int) or step == 0:
                raise self.error(it, "range step must be a non-zero integer constant")
        name = node.target.id
        want = self.locals[name].type if name in self.locals else None
        if len(it.args) == 1:
            stop, t = self.expr(it.args[0], want)
            start = const_int(t.llvm(), 0) if isinstance(t, T.IntType) else None
        else:
            start, t = self.expr(it.args[0], want)
            stop, t2 = self.expr(it.args[1], t)
            self.check(it, t2, t, "range")
        if not isinstance(t, T.IntType):
            raise self.error(it, f"range over {t!r}")
        counter = self.allocas.alloca(t.llvm(), name=f"{name}.next")
        self.b.store(start, counter)
        limit = self.allocas.alloca(t.llvm(), name=f"{name}.stop")
        self.b.store(stop, limit)
        if name not in self.locals:
            self.declare_local(node, name, t)
        self.check(node, t, self.locals[name].type, "loop")
        head, body, step_block, after = (self.new_block(n) for n in ("for", "forbody", "forstep", "endfor"))
        self.b.branch(head)
        self.b.position_at_end(head)
        i = self.b.load(counter)
        op = ("<" if step > 0 else ">")
        cmp = self.b.icmp_signed(op, i, self.b.load(limit)) if t.signed else self.b.icmp_unsigned(op, i, self.b.load(limit))
        self.b.cbranch(cmp, body, after)
        self.b.position_at_end(body)
        self.b.store(i, self.locals[name].ptr)
        self.loops.append((step_block, after))
        self.statements(node.body)
        self.loops.pop()
        if not self.b.block.is_terminated:
            self.b.branch(step_block)
        self.b.position_at_end(step_block)
        self.b.store(self.b.add(self.b.load(counter), const_int(t.llvm(), step)), counter)
        self.b.branch(head)
        self.b.position_at_end(after)

    def stmt_Break(self, node):
        if not self.loops:
            raise self.error(node, "break outside a loop")
        self.b.branch(self.loops[-1][1])

    def stmt_Continue(self, node):
        if not self.loops:
            raise self.error(node, "continue outside a loop")
        self.b.branch(self.loops[-1][0])

    def stmt_Assert(self, node):
        if not self.unit.asserts:
            return
        cond = self.condition(node.test)
        ok, bad = self.new_block("assert.ok"), self.new_block("assert.fail")
        self.b.cbranch(cond, ok, bad)
        self.b.position_at_end(bad)
        message = self.constant(node.msg) if node.msg is not None else ast.unparse(node.test)
        self.fail(f"{self.module.path}:{node.lineno}: assertion failed: {message}")
        self.b.position_at_end(ok)

    # -- places ------------------------------------------------------------------------

    def lvalue(self, node):
        """(address, type) of an assignable place."""
        if isinstance(node, ast.Name):
            if node.id in self.locals:
                local = self.locals[node.id]
                return local.ptr, local.type
            if node.id in self.globals:
                decl = self.module.symbols[node.id]
                return self.unit.global_var(decl), decl.type
            raise self.error(node, f"unknown name {node.id}")
        if isinstance(node, ast.Attribute):
            ptr, f = self.field_address(node)
            if isinstance(f.type, T.ArrayType):
                raise self.error(node, f"cannot assign array field {f.name}")
            return ptr, f.type
        if isinstance(node, ast.Subscript):
            return self.element_address(node)
        raise self.error(node, f"cannot assign to {ast.unparse(node)}")

    def field_address(self, node: ast.Attribute):
        base, bt = self.expr(node.value)
        if not (isinstance(bt, T.PtrType) and isinstance(bt.target, T.StructType)):
            raise self.error(node, f"{ast.unparse(node.value)} is {bt!r}, not a pointer to a struct")
        f = bt.target.field(node.attr)
        if f is None:
            raise self.error(node, f"{bt.target.short} has no field {node.attr}")
        return self.b.gep(base, [const_int(I64, f.offset)], source_etype=I8), f

    def element_address(self, node: ast.Subscript):
        base, bt = self.expr(node.value)
        if not isinstance(bt, T.PtrType) or isinstance(bt.target, (T.VoidType,)):
            raise self.error(node, f"cannot index {bt!r}")
        base, held = self.hold(base, bt) if self.may_collect(node.slice) else (base, None)
        index, it = self.expr(node.slice, T.I64)
        base = self.release(base, bt, held)
        if not isinstance(it, T.IntType):
            raise self.error(node, f"index must be an integer, not {it!r}")
        index = self.widen(index, it)
        target = bt.target
        if isinstance(target, T.StructType):
            offset = self.b.mul(index, const_int(I64, target.size))
            return self.b.gep(base, [offset], source_etype=I8), target
        return self.b.gep(base, [index], source_etype=target.storage()), target

    def widen(self, v, t: T.IntType):
        if t.bits == 64:
            return v
        return self.b.sext(v, I64) if t.signed else self.b.zext(v, I64)

    # -- checks ------------------------------------------------------------------------

    def check(self, node, got, want, what):
        if want is None or T.same(got, want):
            return
        raise self.error(node, f"cannot {what} {got!r} as {want!r}")

    def constant(self, node):
        from pyvm.lowpy.declarations import constant_value
        return constant_value(self.module, node, self.constant_named)

    def constant_named(self, name):
        if name in self.locals:
            return None
        found = self.program.lookup(self.module, name)
        return found.value if isinstance(found, ConstDecl) else None

    def condition(self, node):
        v, t = self.expr(node, T.BOOL)
        return self.truth(node, v, t)

    def truth(self, node, v, t):
        if isinstance(t, T.BoolType):
            return v
        if isinstance(t, (T.IntType, T.WordType)):
            return self.b.icmp_unsigned("!=", v, ir.Constant(v.type, 0))
        if isinstance(t, (T.PtrType, T.FnType)):
            return self.b.icmp_unsigned("!=", v, NULL)
        if isinstance(t, T.FloatType):
            return self.b.fcmp_unordered("!=", v, ir.Constant(ir.DoubleType(), 0.0))
        raise self.error(node, f"{t!r} has no truth value")

    # -- expressions -------------------------------------------------------------------

    def expr(self, node, want=None):
        method = getattr(self, "expr_" + type(node).__name__, None)
        if method is None:
            raise self.error(node, f"not allowed in lowpy: {type(node).__name__} expression")
        return method(node, want)

    def literal(self, node, value, want):
        if isinstance(value, bool):
            return const_int(I1, int(value)), T.BOOL
        if isinstance(value, int):
            if isinstance(want, T.FloatType):
                return ir.Constant(ir.DoubleType(), float(value)), T.F64
            t = want if isinstance(want, T.IntType) else T.I64
            lo = -(1 << (t.bits - 1)) if t.signed else 0
            hi = (1 << (t.bits - 1)) - 1 if t.signed else (1 << t.bits) - 1
            if not lo <= value <= hi:
                raise self.error(node, f"constant {value} does not fit in {t!r}")
            return const_int(t.llvm(), value), t
        if isinstance(value, float):
            return ir.Constant(ir.DoubleType(), value), T.F64
        if isinstance(value, (str, bytes)):
            data = value.encode() if isinstance(value, str) else value
            return self.unit.cstring(data), T.PtrType(T.U8)
        raise self.error(node, f"unsupported constant {value!r}")

    def expr_Constant(self, node, want):
        if node.value is None or node.value is Ellipsis:
            raise self.error(node, f"{node.value!r} is not a lowpy value")
        return self.literal(node, node.value, want)

    def expr_Name(self, node, want):
        name = node.id
        if name in self.locals:
            local = self.locals[name]
            return self.load(local.ptr, local.type), local.type
        found = self.program.lookup(self.module, name)
        if isinstance(found, ConstDecl):
            return self.literal(node, found.value, want)
        if isinstance(found, GlobalDecl):
            return self.load(self.unit.global_var(found), found.type), found.type
        if isinstance(found, StaticDecl):
            return self.unit.static(found), found.type
        if isinstance(found, DescriptorRef):
            return self.unit.descriptor(found.struct), found.type
        if isinstance(found, FunctionDecl):
            return self.unit.function(found), found.fn_type
        if name in ("True", "False"):
            return const_int(I1, int(name == "True")), T.BOOL
        raise self.error(node, f"unknown name {name}")

    def expr_Attribute(self, node, want):
        ptr, f = self.field_address(node)
        if isinstance(f.type, T.ArrayType):
            return ptr, T.PtrType(f.type.element)
        return self.load(ptr, f.type), f.type

    def expr_Subscript(self, node, want):
        ptr, t = self.element_address(node)
        if isinstance(t, T.StructType):
            raise self.error(node, "index a struct pointer with p + i, or take addr(p[i])")
        return self.load(ptr, t), t

    def is_untyped(self, node):
        return self.constant(node) is not None and not isinstance(self.constant(node), str)

    def operands(self, node, left, right, want):
        """Compile two operands, letting an untyped literal side adapt to the other side."""
        if self.is_untyped(left) and not self.is_untyped(right):
            rv, rt = self.expr(right, want)
            lv, lt = self.expr(left, rt)
            return lv, lt, rv, rt
        lv, lt = self.expr(left, want)
        lv, held = self.hold(lv, lt) if self.may_collect(right) else (lv, None)
        rv, rt = self.expr(right, lt if not isinstance(lt, T.PtrType) else T.I64)
        lv = self.release(lv, lt, held)
        return lv, lt, rv, rt

    def expr_BinOp(self, node, want):
        lv, lt, rv, rt = self.operands(node, node.left, node.right, want)
        return self.binary(node, node.op, lv, lt, rv, rt)

    def binary(self, node, op, lv, lt, rv, rt):
        b = self.b
        kind = type(op).__name__
        verb = {"Add": "add", "Sub": "subtract", "Mult": "multiply", "Div": "divide", "FloorDiv": "divide",
                "Mod": "take the modulo of", "LShift": "shift", "RShift": "shift"}.get(kind, "combine")
        # Pointer arithmetic walks arrays; a heap object is not one, and an interior pointer escapes the GC.
        if (isinstance(lt, T.PtrType) and not lt.is_ref and kind in ("Add", "Sub")
                and isinstance(rt, T.IntType)):
            n = self.widen(rv, rt)
            if kind == "Sub":
                n = b.neg(n)
            target = lt.target
            if isinstance(target, T.StructType):
                return b.gep(lv, [b.mul(n, const_int(I64, target.size))], source_etype=I8), lt
            return b.gep(lv, [n], source_etype=target.storage()), lt
        if not T.same(lt, rt) or not isinstance(lt, (T.IntType, T.FloatType, T.BoolType)):
            raise self.error(node, f"cannot {verb} {lt!r} and {rt!r}")
        if isinstance(lt, T.FloatType):
            ops = {"Add": b.fadd, "Sub": b.fsub, "Mult": b.fmul, "Div": b.fdiv, "Mod": b.frem}
            if kind not in ops:
                raise self.error(node, f"operator {kind} is not defined on f64")
            return ops[kind](lv, rv), lt
        if isinstance(lt, T.BoolType) and kind in ("BitAnd", "BitOr", "BitXor"):
            return {"BitAnd": b.and_, "BitOr": b.or_, "BitXor": b.xor}[kind](lv, rv), lt
        if not isinstance(lt, T.IntType):
            raise self.error(node, f"operator {kind} is not defined on {lt!r}")
        simple = {"Add": b.add, "Sub": b.sub, "Mult": b.mul, "BitAnd": b.and_, "BitOr": b.or_, "BitXor": b.xor, "LShift": b.shl}
        if kind in simple:
            if kind == "LShift":
                self.check_shift(node, rv, lt)
            return simple[kind](lv, rv), lt
        if kind == "RShift":
            self.check_shift(node, rv, lt)
            return (b.ashr(lv, rv) if lt.signed else b.lshr(lv, rv)), lt
        if kind in ("FloorDiv", "Mod"):
            return self.divide(node, kind, lv, rv, lt), lt
        raise self.error(node, f"operator {kind} is not defined on {lt!r}")

    def check_shift(self, node, amount, t):
        if not self.unit.asserts:
            return
        bad = self.b.icmp_unsigned(">=", amount, const_int(t.llvm(), t.bits))
        with self.b.if_then(bad, likely=False):
            self.fail(f"{self.module.path}:{node.lineno}: shift amount out of range")
            self.b.position_at_end(self.new_block("unreachable"))

    def divide(self, node, kind, a, d, t: T.IntType):
        b = self.b
        zero = const_int(t.llvm(), 0)
        with b.if_then(b.icmp_unsigned("==", d, zero), likely=False):
            self.fail(f"{self.module.path}:{node.lineno}: integer division by zero")
            b.position_at_end(self.new_block("unreachable"))
        if not t.signed:
            return b.udiv(a, d) if kind == "FloorDiv" else b.urem(a, d)
        minus_one = const_int(t.llvm(), -1)
        is_minus_one = b.icmp_signed("==", d, minus_one)
        safe = b.select(is_minus_one, const_int(t.llvm(), 1), d)
        q, r = b.sdiv(a, safe), b.srem(a, safe)
        # Python's floor semantics: when the remainder's sign differs from the divisor's, adjust.
        adjust = b.and_(b.icmp_signed("!=", r, zero), b.icmp_signed("<", b.xor(r, d), zero))
        if kind == "FloorDiv":
            q = b.select(adjust, b.sub(q, const_int(t.llvm(), 1)), q)
            return b.select(is_minus_one, b.neg(a), q)
        r = b.select(adjust, b.add(r, d), r)
        return b.select(is_minus_one, zero, r)

    def expr_UnaryOp(self, node, want):
        kind = type(node.op).__name__
        if kind == "Not":
            return self.b.not_(self.condition(node.operand)), T.BOOL
        if kind == "USub" and isinstance(node.operand, ast.Constant):
            return self.literal(node, -node.operand.value, want)
        v, t = self.expr(node.operand, want)
        if kind == "USub" and isinstance(t, T.IntType):
            return self.b.neg(v), t
        if kind == "USub" and isinstance(t, T.FloatType):
            return self.b.fneg(v), t
        if kind == "Invert" and isinstance(t, T.IntType):
            return self.b.not_(v), t
        if kind == "UAdd" and isinstance(t, (T.IntType, T.FloatType)):
            return v, t
        raise self.error(node, f"operator {kind} is not defined on {t!r}")

    def expr_BoolOp(self, node, want):
        is_and = isinstance(node.op, ast.And)
        after = self.new_block("bool.end")
        incoming = []
        for i, value in enumerate(node.values):
            cond = self.condition(value)
            incoming.append((cond, self.b.block))
            if i == len(node.values) - 1:
                self.b.branch(after)
            else:
                nxt = self.new_block("bool.next")
                if is_and:
                    self.b.cbranch(cond, nxt, after)
                else:
                    self.b.cbranch(cond, after, nxt)
                self.b.position_at_end(nxt)
        self.b.position_at_end(after)
        phi = self.b.phi(I1)
        for v, block in incoming:
            phi.add_incoming(v, block)
        return phi, T.BOOL

    def expr_IfExp(self, node, want):
        cond = self.condition(node.test)
        yes, no, after = self.new_block("ifexp.then"), self.new_block("ifexp.else"), self.new_block("ifexp.end")
        self.b.cbranch(cond, yes, no)
        self.b.position_at_end(yes)
        v1, t1 = self.expr(node.body, want)
        end1 = self.b.block
        self.b.branch(after)
        self.b.position_at_end(no)
        v2, t2 = self.expr(node.orelse, t1)
        end2 = self.b.block
        self.check(node, t2, t1, "choose")
        self.b.branch(after)
        self.b.position_at_end(after)
        phi = self.b.phi(t1.llvm())
        phi.add_incoming(v1, end1)
        phi.add_incoming(v2, end2)
        return phi, t1

    def expr_Compare(self, node, want):
        if len(node.ops) != 1:
            raise self.error(node, "lowpy has no chained comparisons")
        op = type(node.ops[0]).__name__
        lv, lt, rv, rt = self.operands(node, node.left, node.comparators[0], None)
        symbol = {"Eq": "==", "NotEq": "!=", "Lt": "<", "LtE": "<=", "Gt": ">", "GtE": ">=", "Is": "==", "IsNot": "!="}.get(op)
        if symbol is None or not T.same(lt, rt):
            raise self.error(node, f"cannot compare {lt!r} and {rt!r}")
        b = self.b
        if isinstance(lt, T.FloatType):
            if symbol == "!=":
                return b.fcmp_unordered("!=", lv, rv), T.BOOL
            return b.fcmp_ordered(symbol, lv, rv), T.BOOL
        if isinstance(lt, T.IntType):
            return (b.icmp_signed(symbol, lv, rv) if lt.signed else b.icmp_unsigned(symbol, lv, rv)), T.BOOL
        if isinstance(lt, (T.PtrType, T.FnType)):
            return b.icmp_unsigned(symbol, lv, rv), T.BOOL
        if isinstance(lt, (T.WordType, T.BoolType)) and symbol in ("==", "!="):
            return b.icmp_unsigned(symbol, lv, rv), T.BOOL
        raise self.error(node, f"cannot compare {lt!r} with {symbol}")

    # -- calls -------------------------------------------------------------------------

    def expr_Call(self, node, want):
        f = node.func
        if node.keywords:
            raise self.error(node, "lowpy calls take positional arguments only")
        if isinstance(f, ast.Name) and f.id not in self.locals:
            if f.id in CONVERSIONS:
                return self.conversion(node, f.id)
            if f.id in INTRINSICS and not isinstance(self.program.lookup(self.module, f.id), FunctionDecl):
                return getattr(self, "intrinsic_" + self.intrinsic_kind(f.id))(node, f.id, want)
            found = self.program.lookup(self.module, f.id)
            if isinstance(found, FunctionDecl):
                return self.call(node, self.unit.function(found), found.fn_type, found.name)
            if isinstance(found, T.StructType):
                raise self.error(node, f"allocate {f.id} with new({f.id}) or static({f.id})")
            if found is None and f.id not in ("range",):
                raise self.error(node, f"unknown function {f.id}")
        callee, ct = self.expr(f)
        if not isinstance(ct, T.FnType):
            raise self.error(node, f"{ast.unparse(f)} is {ct!r}, not a function")
        return self.call(node, callee, ct, ast.unparse(f))

    def intrinsic_kind(self, name):
        if name in OVERFLOW:
            return "overflow"
        if name in BIT_COUNTS:
            return "bits"
        if name in FLOAT_UNARY or name in FLOAT_BINARY or name in FLOAT_TESTS:
            return "float"
        return name

    def call(self, node, callee, fn_type: T.FnType, name):
        if len(node.args) != len(fn_type.params):
            raise self.error(node, f"{name}() takes {len(fn_type.params)} arguments, got {len(node.args)}")
        args = []
        for i, (a, pt) in enumerate(zip(node.args, fn_type.params)):
            v, t = self.expr(a, pt)
            self.check(a, t, pt, f"pass argument {i + 1} of {name}():")
            if t.is_ref and any(self.may_collect(later) for later in node.args[i + 1:]):
                args.append(self.hold(v, t) + (t,))
            else:
                args.append((v, None, t))
        values = [self.release(v, t, held) for v, held, t in args]
        if not isinstance(callee, ir.Function):
            fnty = fn_type.signature()
            # llvmlite needs a typed pointer to know the callee's type; LLVM folds the round trip.
            typed = self.b.inttoptr(self.b.ptrtoint(callee, I64), fnty.as_pointer())
            result = self.b.call(typed, values)
        else:
            result = self.b.call(callee, values)
        return (result if fn_type.result is not T.VOID else None), fn_type.result

    def type_arg(self, node):
        return self.program.resolve_type(self.module, node)

    def conversion(self, node, name):
        if len(node.args) != 1:
            raise self.error(node, f"{name}() converts one value")
        to = T.SCALARS[name]
        v, t = self.expr(node.args[0], to)
        b = self.b
        if name == "bool":
            return self.truth(node, v, t), T.BOOL
        if isinstance(t, T.BoolType) and isinstance(to, T.IntType):
            return b.zext(v, to.llvm()), to
        if isinstance(t, T.IntType) and isinstance(to, T.IntType):
            if to.bits == t.bits:
                return v, to
            if to.bits < t.bits:
                return b.trunc(v, to.llvm()), to
            return (b.sext(v, to.llvm()) if t.signed else b.zext(v, to.llvm())), to
        if isinstance(t, T.IntType) and isinstance(to, T.FloatType):
            return (b.sitofp(v, to.llvm()) if t.signed else b.uitofp(v, to.llvm())), to
        if isinstance(t, T.FloatType) and isinstance(to, T.IntType):
            return (b.fptosi(v, to.llvm()) if to.signed else b.fptoui(v, to.llvm())), to
        if isinstance(t, T.FloatType) and isinstance(to, T.FloatType):
            return v, to
        raise self.error(node, f"cannot convert {t!r} to {to!r} (use cast for bit patterns)")

    def intrinsic_cast(self, node, name, want):
        if len(node.args) != 2:
            raise self.error(node, "cast(T, value)")
        to = self.type_arg(node.args[0])
        v, t = self.expr(node.args[1], to if isinstance(to, T.IntType) else T.I64)
        b = self.b
        word_like = (T.WordType, T.IntType)
        if to.size != 8 or t.size != 8:
            raise self.error(node, f"cast reinterprets 8-byte values, not {t!r} as {to!r}")
        if isinstance(to, (T.PtrType, T.FnType)):
            if isinstance(t, word_like):
                return b.inttoptr(v, PTR), to
            if isinstance(t, (T.PtrType, T.FnType)):
                return v, to
        elif isinstance(to, word_like):
            if isinstance(t, (T.PtrType, T.FnType)):
                return b.ptrtoint(v, I64), to
            if isinstance(t, word_like):
                return v, to
            if isinstance(t, T.FloatType):
                return b.bitcast(v, I64), to
        elif isinstance(to, T.FloatType) and isinstance(t, word_like):
            return b.bitcast(v, ir.DoubleType()), to
        raise self.error(node, f"cannot cast {t!r} to {to!r}")

    def intrinsic_sizeof(self, node, name, want):
        t = self.type_arg(node.args[0])
        return const_int(I64, t.size), T.I64

    def intrinsic_null(self, node, name, want):
        return NULL, T.PtrType(self.type_arg(node.args[0]))

    def intrinsic_addr(self, node, name, want):
        target = node.args[0]
        if isinstance(target, ast.Attribute):
            ptr, f = self.field_address(target)
            t = f.type.element if isinstance(f.type, T.ArrayType) else f.type
            return ptr, T.PtrType(t)
        ptr, t = self.lvalue(target)
        return ptr, T.PtrType(t)

    def heap_struct_arg(self, node):
        s = self.type_arg(node)
        if not isinstance(s, T.StructType) or not s.heap:
            raise self.error(node, f"{ast.unparse(node)} is not a heap struct")
        return s

    def intrinsic_type_of(self, node, name, want):
        s = self.heap_struct_arg(node.args[0])
        return self.unit.descriptor(s), T.PtrType(self.program.descriptor_struct)

    def intrinsic_new(self, node, name, want):
        s = self.heap_struct_arg(node.args[0])
        trailing = s.trailing
        b = self.b
        if trailing is None:
            if len(node.args) != 1:
                raise self.error(node, f"{s.short} has no variable part: new({s.short})")
            size = const_int(I64, s.size)
            count = None
        else:
            if len(node.args) != 2:
                raise self.error(node, f"new({s.short}, n): {s.short} has a variable part")
            count, ct = self.expr(node.args[1], T.I64)
            self.check(node, ct, T.I64, "use as item count")
            item = trailing.type.element.size
            size = b.add(const_int(I64, trailing.offset), b.mul(count, const_int(I64, item)))
            # A negative or absurd count must not wrap into a small size: ask for -1 bytes (MemoryError).
            too_many = b.icmp_unsigned(">", count, const_int(I64, (1 << 60) // max(item, 1)))
            size = b.select(too_many, const_int(I64, -1), size)
        decl = self.program.load(ALLOC[0]).symbols[ALLOC[1]]
        p = b.call(self.unit.function(decl), [self.unit.descriptor(s), size])
        if count is not None and s.length_field is not None:
            with b.if_then(b.icmp_unsigned("!=", p, NULL)):
                f = s.field(s.length_field)
                b.store(count, b.gep(p, [const_int(I64, f.offset)], source_etype=I8))
        return p, T.PtrType(s)

    def overflow_op(self, node):
        lv, lt, rv, rt = self.operands(node, node.args[0], node.args[1], None)
        if not (isinstance(lt, T.IntType) and T.same(lt, rt)):
            raise self.error(node, f"{node.func.id} takes two integers of one type, not {lt!r} and {rt!r}")
        op = OVERFLOW[node.func.id]
        sign = "s" if lt.signed else "u"
        pair = ir.LiteralStructType([lt.llvm(), I1])
        f = self.unit.intrinsic(f"llvm.{sign}{op}.with.overflow.i{lt.bits}", pair, [lt.llvm(), lt.llvm()])
        return self.b.call(f, [lv, rv]), lt

    def intrinsic_overflow(self, node, name, want):
        raise self.error(node, f"{name}() gives two results: `value, overflowed = {name}(a, b)`")

    def intrinsic_bits(self, node, name, want):
        v, t = self.expr(node.args[0], want)
        if not isinstance(t, T.IntType):
            raise self.error(node, f"{name}() takes an integer")
        op = BIT_COUNTS[name]
        if op == "ctpop":
            f = self.unit.intrinsic(f"llvm.ctpop.i{t.bits}", t.llvm(), [t.llvm()])
            return self.b.call(f, [v]), t
        f = self.unit.intrinsic(f"llvm.{op}.i{t.bits}", t.llvm(), [t.llvm(), I1])
        return self.b.call(f, [v, const_int(I1, 0)]), t

    def intrinsic_float(self, node, name, want):
        D = ir.DoubleType()
        args = []
        for a in node.args:
            v, t = self.expr(a, T.F64)
            self.check(a, t, T.F64, f"pass to {name}():")
            args.append(v)
        b = self.b
        if name in FLOAT_TESTS:
            x = args[0]
            if name == "isnan":
                return b.fcmp_unordered("uno", x, x), T.BOOL
            fabs = self.unit.intrinsic("llvm.fabs.f64", D, [D])
            inf = ir.Constant(D, float("inf"))
            if name == "isinf":
                return b.fcmp_ordered("==", b.call(fabs, [x]), inf), T.BOOL
            return b.fcmp_ordered("<", b.call(fabs, [x]), inf), T.BOOL
        if name == "fmod":
            return b.frem(args[0], args[1]), T.F64
        f = self.unit.intrinsic(f"llvm.{name}.f64", D, [D] * len(args))
        return b.call(f, args), T.F64

    def intrinsic_min(self, node, name, want):
        lv, lt, rv, rt = self.operands(node, node.args[0], node.args[1], want)
        if not T.same(lt, rt) or not isinstance(lt, (T.IntType, T.FloatType)):
            raise self.error(node, f"{name}() takes two numbers of one type")
        symbol = "<" if name == "min" else ">"
        if isinstance(lt, T.FloatType):
            cond = self.b.fcmp_ordered(symbol, lv, rv)
        elif lt.signed:
            cond = self.b.icmp_signed(symbol, lv, rv)
        else:
            cond = self.b.icmp_unsigned(symbol, lv, rv)
        return self.b.select(cond, lv, rv), lt

    intrinsic_max = intrinsic_min

    def intrinsic_abs(self, node, name, want):
        v, t = self.expr(node.args[0], want)
        if isinstance(t, T.FloatType):
            D = ir.DoubleType()
            return self.b.call(self.unit.intrinsic("llvm.fabs.f64", D, [D]), [v]), t
        if isinstance(t, T.IntType) and t.signed:
            neg = self.b.icmp_signed("<", v, const_int(t.llvm(), 0))
            return self.b.select(neg, self.b.neg(v), v), t
        raise self.error(node, f"abs() of {t!r}")

    def intrinsic_unreachable(self, node, name, want):
        self.fail(f"{self.module.path}:{node.lineno}: unreachable code reached")
        self.b.position_at_end(self.new_block("dead"))
        return None, T.VOID
