"""llvmlite: LLVM IR -> optimized machine code, in one process-wide execution engine."""
from __future__ import annotations

import llvmlite.binding as llvm

_state = {}


def target_machine():
    if "tm" not in _state:
        llvm.initialize_native_target()
        llvm.initialize_native_asmprinter()
        target = llvm.Target.from_default_triple()
        # Static relocations: with PIC, MCJIT resolved GOT-relative constant-pool addresses wrongly
        # once several objects were loaded into one engine (vectorized code read wrong constants).
        _state["tm"] = target.create_target_machine(opt=3, reloc="static", codemodel="jitdefault",
                                                    cpu=llvm.get_host_cpu_name(),
                                                    features=llvm.get_host_cpu_features().flatten())
    return _state["tm"]


def engine():
    """The execution engine every unit of this process is loaded into."""
    if "ee" not in _state:
        tm = target_machine()
        _state["ee"] = llvm.create_mcjit_compiler(llvm.parse_assembly(""), tm)
    return _state["ee"]


def optimize(ir_text: str, *, level: int = 2):
    """Parse, verify and optimize IR; returns the llvmlite module."""
    tm = target_machine()
    module = llvm.parse_assembly(ir_text)
    module.triple = tm.triple
    module.data_layout = str(tm.target_data)
    module.verify()
    if level:
        pto = llvm.create_pipeline_tuning_options(speed_level=level)
        pb = llvm.create_pass_builder(tm, pto)
        pb.getModulePassManager().run(module, pb)
    return module


def emit_object(module) -> bytes:
    return target_machine().emit_object(module)


def emit_assembly(module) -> str:
    return target_machine().emit_assembly(module)


def load_object(data: bytes) -> None:
    ee = engine()
    ee.add_object_file(llvm.ObjectFileRef.from_data(data))
    ee.finalize_object()


def load_module(module) -> None:
    ee = engine()
    ee.add_module(module)
    ee.finalize_object()


def address(symbol: str) -> int:
    ee = engine()
    a = ee.get_function_address(symbol)
    if not a:
        a = ee.get_global_value_address(symbol)
    if not a:
        raise KeyError(f"no native symbol {symbol}")
    return a
