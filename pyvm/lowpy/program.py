"""A lowpy program: modules loaded and declared together, compiled unit by unit.

A *unit* is the set of modules whose code goes into one LLVM module (the
runtime is one unit; a test's lowpy module is another, linked against it).
Symbols of other modules are declared, not defined, in a unit.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

from pyvm.lowpy import types as T
from pyvm.lowpy.declarations import (
    LANG_MODULE, ConstDecl, DescriptorRef, FunctionDecl, GlobalDecl, ModuleDecl, StaticDecl,
    FUNCTION_DECORATORS, constant_value, decorator_names, display_path, module_name_of, path_of_module,
)
from pyvm.lowpy.errors import LowpyError


class Program:
    def __init__(self):
        self.modules: dict[str, ModuleDecl] = {}
        self._pending_statics: list = []
        self.descriptor_struct: T.StructType | None = None    # the `Type` struct
        self.object_struct: T.StructType | None = None        # the heap root `Object`

    # -- loading -----------------------------------------------------------------

    def load(self, name: str) -> ModuleDecl:
        """Load pyvm.<name> (and what it imports) from the package."""
        if name in self.modules:
            return self.modules[name]
        path = path_of_module(name)
        if not path.exists():
            raise LowpyError(display_path(path), 0, f"no lowpy module pyvm.{name}")
        return self.add_source(name, path.read_text(), display_path(path))

    def add_source(self, name: str, source: str, path: str) -> ModuleDecl:
        try:
            tree = ast.parse(source, filename=path)
        except SyntaxError as e:
            raise LowpyError(path, e.lineno or 0, f"syntax error: {e.msg}") from None
        module = ModuleDecl(name, path, tree)
        self.modules[name] = module
        self._scan(module)
        for target, _, line in list(module.imports.values()):
            if target not in self.modules:
                try:
                    self.load(target)
                except LowpyError as e:
                    raise LowpyError(module.path, line, e.message) from None
        return module

    def _scan(self, module: ModuleDecl):
        """First pass: names of structs and functions, imports."""
        for node in module.tree.body:
            if isinstance(node, ast.ImportFrom):
                if node.module == LANG_MODULE:
                    continue
                if not (node.module or "").startswith("pyvm."):
                    raise module.error(node, f"lowpy modules import only from pyvm modules, not {node.module}")
                for alias in node.names:
                    if alias.name == "*":
                        raise module.error(node, "import * is only for pyvm.lowpy.lang")
                    module.imports[alias.asname or alias.name] = (module_name_of(node.module), alias.name, node.lineno)
            elif isinstance(node, ast.ClassDef):
                self._declare_struct_name(module, node)
            elif isinstance(node, ast.FunctionDef):
                decorators = decorator_names(node)
                unknown = [d for d in decorators if d not in FUNCTION_DECORATORS]
                if unknown:
                    raise module.error(node, f"unknown decorator @{unknown[0]}")
                symbol = node.name if "extern" in decorators else f"{module.name}.{node.name}"
                module.symbols[node.name] = FunctionDecl(
                    node.name, symbol, module, node, extern="extern" in decorators,
                    inline="inline" in decorators, noinline="noinline" in decorators,
                    collects="collects" in decorators)
            elif isinstance(node, (ast.Assign, ast.AnnAssign)):
                pass   # declared once every name is known
            elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
                pass   # docstring
            elif isinstance(node, (ast.Import,)):
                raise module.error(node, "use `from pyvm... import name` in lowpy")
            else:
                raise module.error(node, f"not allowed at module level in lowpy: {type(node).__name__}")

    def _declare_struct_name(self, module, node: ast.ClassDef):
        keywords = {}
        for k in node.keywords:
            if not isinstance(k.value, ast.Constant):
                raise module.error(node, f"class keyword {k.arg} must be a constant")
            keywords[k.arg] = k.value.value
        unknown = set(keywords) - {"heap", "descriptor", "name", "length"}
        if unknown:
            raise module.error(node, f"unknown class keyword {sorted(unknown)[0]}")
        s = T.StructType(f"{module.name}.{node.name}", node.name, module.path, node.lineno,
                         heap=bool(keywords.get("heap")), descriptor=bool(keywords.get("descriptor")),
                         python_name=keywords.get("name", node.name), length_field=keywords.get("length"))
        module.symbols[node.name] = s

    # -- names -------------------------------------------------------------------

    def lookup(self, module: ModuleDecl, name: str):
        if name in module.symbols:
            return module.symbols[name]
        if name in module.imports:
            target, symbol, line = module.imports[name]
            other = self.modules[target]
            if symbol not in other.symbols and symbol not in other.imports:
                raise LowpyError(module.path, line, f"pyvm.{target} has no name {symbol}")
            return self.lookup(other, symbol)
        return None

    def resolve_type(self, module: ModuleDecl, node) -> T.LType:
        if node is None:
            return T.VOID
        if isinstance(node, ast.Constant) and node.value is None:
            return T.VOID
        if isinstance(node, ast.Name):
            if node.id in T.SCALARS:
                return T.SCALARS[node.id]
            found = self.lookup(module, node.id)
            if isinstance(found, T.StructType):
                return found
            raise module.error(node, f"unknown type {node.id}")
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
            kind = node.value.id
            args = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
            if kind == "Ptr" and len(args) == 1:
                return T.PtrType(self.resolve_type(module, args[0]))
            if kind == "Array" and len(args) in (1, 2):
                element = self.resolve_type(module, args[0])
                if isinstance(element, (T.StructType, T.VoidType)):
                    raise module.error(node, "arrays hold numbers, Words or pointers")
                length = None
                if len(args) == 2:
                    length = constant_value(module, args[1], lambda n: self._constant(module, n))
                    if not isinstance(length, int) or length < 0:
                        raise module.error(node, "an array length must be a non-negative constant")
                return T.ArrayType(element, length)
            if kind == "Fn" and len(args) == 2 and isinstance(args[0], ast.List):
                params = tuple(self.resolve_type(module, a) for a in args[0].elts)
                return T.FnType(params, self.resolve_type(module, args[1]))
        raise module.error(node, f"not a lowpy type: {ast.unparse(node)}")

    def _constant(self, module, name):
        found = self.lookup(module, name)
        return found.value if isinstance(found, ConstDecl) else None

    # -- declaring ---------------------------------------------------------------

    def declare(self):
        """Second pass over every loaded module: constants, layouts, globals and statics, signatures."""
        for module in list(self.modules.values()):
            self._declare_constants(module)
        for module in list(self.modules.values()):
            for node in module.tree.body:
                if isinstance(node, ast.ClassDef):
                    self._layout(module, module.symbols[node.name], node)
        for module in list(self.modules.values()):
            self._declare_values(module)
        for module in list(self.modules.values()):
            for decl in module.symbols.values():
                if isinstance(decl, FunctionDecl):
                    self._declare_signature(module, decl)

    def _layout(self, module, s: T.StructType, node: ast.ClassDef, visiting=()):
        if s.laid_out:
            return
        if s in visiting:
            raise module.error(node, f"struct {s.short} derives from itself")
        bases = node.bases
        if len(bases) != 1 or not isinstance(bases[0], ast.Name):
            raise module.error(node, "a struct derives from Struct or from one other struct")
        if bases[0].id != "Struct":
            base = self.lookup(module, bases[0].id)
            if not isinstance(base, T.StructType):
                raise module.error(node, f"unknown struct {bases[0].id}")
            base_module = self.modules[base.qualname.rsplit(".", 1)[0]]
            base_node = next(n for n in base_module.tree.body if isinstance(n, ast.ClassDef) and n.name == base.short)
            self._layout(base_module, base, base_node, visiting + (s,))
            if base.trailing is not None:
                raise module.error(node, f"cannot derive from {base.short}: it ends in a variable-length array")
            s.base = base
            s.heap = s.heap or base.heap
        if s.heap and s.base is None:
            self.object_struct = s
        if s.descriptor:
            self.descriptor_struct = s
        declared = []
        for item in node.body:
            if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name) and item.value is None:
                declared.append((item.target.id, self.resolve_type(module, item.annotation)))
            elif isinstance(item, ast.Pass) or (isinstance(item, ast.Expr) and isinstance(item.value, ast.Constant)):
                continue
            else:
                raise module.error(item, "a struct body holds only `name: type` fields")
        for i, (name, t) in enumerate(declared):
            if isinstance(t, (T.StructType, T.VoidType)):
                raise module.error(node, f"field {name}: structs are held through Ptr[...]")
            if isinstance(t, T.ArrayType) and t.length is None and i != len(declared) - 1:
                raise module.error(node, f"field {name}: a variable-length array must be the last field")
        s.layout(declared)
        if s.length_field is not None:
            f = s.field(s.length_field)
            if f is None or f.type != T.I64 or s.trailing is None:
                raise module.error(node, f"length={s.length_field!r} must name an i64 field of a struct with a trailing Array")

    def _declare_constants(self, module: ModuleDecl):
        """Plain constants first: array lengths in struct fields may name them."""
        for _ in range(len(module.tree.body)):          # constants may refer to later ones
            progress = False
            for node in module.tree.body:
                if (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                        and node.targets[0].id not in module.symbols):
                    v = constant_value(module, node.value, lambda n: self._constant(module, n))
                    if v is not None:
                        module.symbols[node.targets[0].id] = ConstDecl(node.targets[0].id, v)
                        progress = True
            if not progress:
                return

    def _declare_values(self, module: ModuleDecl):
        for node in module.tree.body:
            if isinstance(node, ast.AnnAssign):
                if not isinstance(node.target, ast.Name):
                    raise module.error(node, "a global is declared as `name: type = constant`")
                t = self.resolve_type(module, node.annotation)
                value = None
                if node.value is not None and not _is_zero_cast(node.value):
                    value = constant_value(module, node.value, lambda n: self._constant(module, n))
                    if value is None:
                        raise module.error(node, "a global's initial value must be a constant")
                name = node.target.id
                module.symbols[name] = GlobalDecl(name, f"{module.name}.{name}", t, value, node.lineno)
            elif isinstance(node, ast.Assign):
                if len(node.targets) != 1 or not isinstance(node.targets[0], ast.Name):
                    raise module.error(node, "a module-level assignment names one constant")
                name = node.targets[0].id
                if not isinstance(module.symbols.get(name), ConstDecl):
                    module.symbols[name] = self._declare_assigned(module, name, node.value)

    def _declare_assigned(self, module, name, value):
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Name):
            kind = value.func.id
            if kind in ("static", "static_type", "type_of"):
                if not value.args or not isinstance(value.args[0], ast.Name):
                    raise module.error(value, f"{kind}() takes a struct first")
                s = self.lookup(module, value.args[0].id)
                if not isinstance(s, T.StructType):
                    raise module.error(value, f"{kind}(): unknown struct {value.args[0].id}")
                if kind != "static" and not s.heap:
                    raise module.error(value, f"{kind}(): {s.short} is not a heap struct")
                if kind == "type_of":
                    return DescriptorRef(name, s, self.descriptor_struct)
                decl = StaticDecl(name, f"{module.name}.{name}", s, value.lineno, descriptor_struct=self.descriptor_struct)
                if kind == "static_type":
                    if len(value.args) != 2 or not isinstance(value.args[1], ast.Constant):
                        raise module.error(value, 'static_type(Struct, "Name", base=TYPE)')
                    decl.python_name = value.args[1].value
                    for k in value.keywords:
                        if k.arg != "base" or not isinstance(k.value, ast.Name):
                            raise module.error(value, "static_type() takes only base=NAME")
                        decl.base = (module, k.value)
                else:
                    for k in value.keywords:
                        f = s.field(k.arg)
                        if f is None:
                            raise module.error(value, f"{s.short} has no field {k.arg}")
                        v = constant_value(module, k.value, lambda n: self._constant(module, n))
                        if v is None and isinstance(k.value, ast.Name):
                            v = ("function", module, k.value)      # resolved when the static is emitted
                        if not isinstance(v, (int, float, str, tuple)):
                            raise module.error(value, f"static(): field {k.arg} needs a constant or a function name")
                        decl.inits[k.arg] = v
                return decl
        v = constant_value(module, value, lambda n: self._constant(module, n))
        if v is None:
            raise module.error(value, f"{name}: module-level values are constants, static(...), static_type(...) or type_of(...)")
        return ConstDecl(name, v)

    def _declare_signature(self, module, decl: FunctionDecl):
        node = decl.node
        a = node.args
        if a.vararg or a.kwarg or a.kwonlyargs or a.defaults or a.posonlyargs:
            raise module.error(node, "lowpy functions take plain positional parameters")
        for p in a.args:
            if p.annotation is None:
                raise module.error(p, f"parameter {p.arg} needs a type")
            t = self.resolve_type(module, p.annotation)
            if isinstance(t, (T.StructType, T.VoidType, T.ArrayType)):
                raise module.error(p, f"parameter {p.arg}: pass structs as Ptr[...]")
            decl.params.append((p.arg, t))
        decl.result = self.resolve_type(module, node.returns)
        if isinstance(decl.result, (T.StructType, T.ArrayType)):
            raise module.error(node, "return structs as Ptr[...]")

    # -- queries -------------------------------------------------------------------

    def functions(self):
        for module in self.modules.values():
            for decl in module.symbols.values():
                if isinstance(decl, FunctionDecl):
                    yield decl

    def heap_structs(self, module: ModuleDecl):
        return [s for s in module.symbols.values() if isinstance(s, T.StructType) and s.heap]

    def find_function(self, qualified: str) -> FunctionDecl:
        module_name, _, name = qualified.rpartition(".")
        decl = self.modules[module_name].symbols.get(name) if module_name in self.modules else None
        if not isinstance(decl, FunctionDecl):
            raise KeyError(f"no lowpy function {qualified}")
        return decl


def _is_zero_cast(node) -> bool:
    """`cast(Word, 0)` or `null(T)` as a global's initial value: zero."""
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("cast", "null")
            and (node.func.id == "null" or (len(node.args) == 2 and isinstance(node.args[1], ast.Constant) and node.args[1].value == 0)))


@dataclass
class UnitResult:
    """What compiling a unit produced: LLVM IR text and what the loader needs to know."""
    ir: str
    functions: dict = field(default_factory=dict)     # symbol -> FnType
    ref_globals: list = field(default_factory=list)   # symbols of globals the collector must trace
    collecting: set = field(default_factory=set)      # FunctionDecls that may collect


def compile_unit(program: Program, module_names: list[str], *, asserts: bool = True, name: str = "unit") -> UnitResult:
    from pyvm.lowpy.codegen import UnitCompiler
    return UnitCompiler(program, [program.modules[m] for m in module_names], asserts=asserts, name=name).compile()
