"""The lowpy module runtime.builtin_table, made of the list of builtins (bytecode/opcodes.py,
BUILTINS) when the runtime is built: load_builtin, the `builtins` module object's lookup, and the
symbol of each builtin's object (the runtime's metadata, for the JIT's LOAD_BUILTIN)."""
from __future__ import annotations

import ast

from pyvm.bytecode.opcodes import BUILTINS, BUILTIN_CONSTANTS, BUILTIN_FUNCTIONS, BUILTIN_TYPES, EXCEPTIONS

MODULE = "runtime.builtin_table"
PATH = "<the builtins of pyvm/bytecode/opcodes.py>"


def runtime_objects(modules: dict) -> dict[str, tuple[str, str, str, str]]:
    """Each builtin -> (lowpy module, the name imported from it, the lowpy expression of the object,
    its symbol), found in the loaded lowpy modules (name -> ModuleDecl): a function's static in
    runtime/builtins.py, a constant's static, the heap struct or static_type whose Python name it is."""
    found = {name: ("runtime.builtins", name.upper(), name.upper(), f"runtime.builtins.{name.upper()}")
             for name in BUILTIN_FUNCTIONS}
    for name, symbol in BUILTIN_CONSTANTS.items():
        module, _, static = symbol.rpartition(".")
        found[name] = (module, static, static, symbol)
    for module in modules.values():
        for node in module.tree.body:
            if isinstance(node, ast.ClassDef):
                s = module.symbols.get(node.name)
                if getattr(s, "python_name", None) in BUILTIN_TYPES | EXCEPTIONS:
                    found.setdefault(s.python_name, (module.name, node.name, f"type_of({node.name})",
                                                     f"{module.name}.{node.name}.type"))
            elif (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
                  and getattr(node.value.func, "id", None) == "static_type"):
                name = node.value.args[1].value
                if name in BUILTIN_TYPES | EXCEPTIONS:
                    target = node.targets[0].id
                    found.setdefault(name, (module.name, target, target, f"{module.name}.{target}"))
    missing = BUILTINS - found.keys()
    if missing:
        raise LookupError(f"opcodes.BUILTINS: no runtime object for {', '.join(sorted(missing))}")
    return found


def source(modules: dict) -> str:
    """The lowpy module MODULE: load_builtin over the list, which init() gives the builtins module
    object to look its attributes up with."""
    objects = runtime_objects(modules)
    imports: dict[str, set] = {"runtime.builtins": {"name_is"}, "runtime.sysmodule": {"set_builtin_lookup"}}
    lines = ["def load_builtin(name: Word) -> Word:",
             '    """The builtin called name, or the null Word with nothing raised."""']
    for name in sorted(objects):
        module, imported, expression, _ = objects[name]
        imports.setdefault(module, set()).add(imported)
        lines += [f'    if name_is(name, "{name}"):', f"        return cast(Word, {expression})"]
    lines += ["    return cast(Word, 0)", "", "", "def init() -> None:", "    set_builtin_lookup(load_builtin)"]
    head = ['"""Generated from the list of builtins of pyvm/bytecode/opcodes.py when the runtime is built."""',
            "from pyvm.lowpy.lang import *"]
    head += [f"from pyvm.{module} import {', '.join(sorted(names))}" for module, names in sorted(imports.items())]
    return "\n".join(head + ["", ""] + lines) + "\n"
