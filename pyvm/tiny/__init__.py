"""The paper's tiny language (DESIGN.md, "The tiny language of the paper"; docs/tiny.md).

- assembler.py    text -> Program (located TinyErrors)
- interpreter.py  the reference interpreter: frames in a list, one dispatch loop
- lowering.py     Program -> pyvm CodeObjects, which pyvm's JIT runs
- command.py      `pyvm tiny [--interp | --frames=heap | --dis] FILE [INT...]`

The run-time support of the JIT route is lowpy: pyvm/runtime/tinyobj.py.
"""
from __future__ import annotations

import re

_ARGS = re.compile(r"#\s*args:((?:\s+-?[0-9]+)*)\s*$")


def default_args(text: str) -> list[int]:
    """The workload an example names in a `# args: N ...` comment (examples/tiny), or []."""
    for line in text.splitlines():
        m = _ARGS.match(line.strip())
        if m:
            return [int(w) for w in m.group(1).split()]
    return []
