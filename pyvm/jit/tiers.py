"""Tiers (docs/tiers.md): code runs first in the baseline interpreter (pyvm/baseline), and moves to
LLVM's code when it is hot: after `tier_up_after` calls and turns of its loops, counted by the
interpreter in `Code.heat`. A call then goes to the compiled entries; a loop still running in the
interpreter goes on in a compiled version of its function that starts at the loop's header with the
interpreter's registers (on-stack replacement). Compiled code already in the disk cache is taken at
the first call.

PYVM_TIER chooses: tiered (the default), baseline (the interpreter only), optimized (compiled at the
first call, as before tiers existed; also what --frames=heap uses, which compares frame layouts of
compiled code), random (each code object tiers up after a random count, 1 to 2 * tier_up_after, from
PYVM_TIER_SEED: CI runs the conformance programs this way too, to find where the tiers disagree).
"""
from __future__ import annotations

import ctypes
import os

from pyvm import switches
from pyvm.native import loader

HOOK = ctypes.CFUNCTYPE(ctypes.c_int64, ctypes.c_void_p, ctypes.c_int64)
FIRST_CALL, HOT = -2, -1
COLD = -(1 << 62)               # baseline.interpreter.COLD: heat that never reaches a tier-up
PER_INSTRUCTION = 50


class Tiers:
    def __init__(self, jit):
        self.jit = jit
        self.mode = "optimized" if jit.frames == "heap" else switches.tier()
        self.after = switches.tier_up_after()
        self.random = None
        if self.mode == "random":
            import random               # (2 ms of start-up that only this mode needs)
            self.random = random.Random(os.environ.get("PYVM_TIER_SEED", "0"))
        self.interpret = loader.address("baseline.interpreter.interpret")
        self.run_module_entry = loader.address("baseline.interpreter.run_module")
        self.tier_ups = 0
        self.osr = 0
        self._hook = HOOK(self._tier_up)
        ctypes.c_void_p.from_address(loader.address("baseline.interpreter.tier_up_hook")).value = \
            ctypes.cast(self._hook, ctypes.c_void_p).value
        after = 0 if self.mode == "baseline" else self.after
        ctypes.c_int64.from_address(loader.address("baseline.interpreter.tier_up_after")).value = after

    @property
    def interpreting(self) -> bool:
        return self.mode != "optimized"

    def loaded(self, image) -> None:
        """A code object's first entry: the interpreter, unless code is compiled at its first call.
        Longer code waits longer: LLVM's time grows with it (about 1 ms an instruction on top of 100
        ms), so it moves up after PER_INSTRUCTION heat per instruction, if that is more. A generator's
        or a coroutine's code keeps the interpreter's generic entry (calling it makes a generator) and
        counts its resumptions: once hot (at its first one when optimized), it gets a compiled resume
        entry. An async generator's code stays in the interpreter in every mode (docs/generators.md)."""
        if image.code.interpreted_only:
            image.set_generic(self.interpret)
            image.set_heat(COLD)
        elif image.code.suspends or self.interpreting:
            image.set_generic(self.interpret)
            if not self.interpreting:
                image.set_heat(self.after)
            elif self.random is not None:
                image.set_heat(-self.random.randrange(2 * self.after))
            else:
                image.set_heat(self.after - max(self.after, PER_INSTRUCTION * len(image.code.instructions)))

    def run_module(self, image) -> int:
        """Run a module's code in the interpreter; its result Word (0 when an exception is pending)."""
        top = image.codes[0]
        self.encode(top)
        from pyvm.jit import run_on_big_stack
        entry = ctypes.CFUNCTYPE(ctypes.c_int64, ctypes.c_void_p)(self.run_module_entry)
        return run_on_big_stack(lambda: entry(top.code_struct))

    def encode(self, image) -> None:
        image.encode(lambda name: loader.address(self.jit.builtin_symbol(name)))

    def _tier_up(self, code_struct, where) -> int:
        """baseline.interpreter.tier_up_hook (called from native code: a failure here ends the process,
        as compile_or_exit does)."""
        jit = self.jit
        image = jit.images[code_struct]
        if where == FIRST_CALL:
            return jit.or_exit(image, lambda: self.first_call(image))
        if where == HOT:
            jit.compile_or_exit(image)
            self.tier_ups += 1
            return 1
        entry = jit.compile_or_exit(image, osr=where)
        ctypes.c_void_p.from_address(loader.address("baseline.interpreter.osr_entry")).value = entry
        self.osr += 1
        return 1

    def first_call(self, image) -> int:
        self.encode(image)
        return int(self.mode == "tiered" and not image.code.interpreted_only and self.jit.load_cached(image))

    def report(self, images) -> str:
        """The mode; of the code objects that ran, how many only in the interpreter, how many (in
        part, at least a loop) in code compiled by LLVM in this run or loaded from the cache."""
        ran = {"interpreter": 0, "LLVM": 0, "cache": 0}
        for image in images:
            if image.origin or image.encoded:
                ran[image.origin or "interpreter"] += 1
        return (f"tiers: {self.mode}, {self.tier_ups} tier-ups, {self.osr} loops moved to compiled code; code "
                f"run: {ran['interpreter']} only interpreted, {ran['LLVM']} compiled, {ran['cache']} from the cache")
