"""llvmlite: LLVM IR -> optimized machine code, as relocatable objects that loader.py places in memory."""
from __future__ import annotations

import llvmlite.binding as llvm

_state = {}


def target_machine(level: int = 3):
    """The host's target machine generating code at an optimization level: 3, or 0 for code that must
    be ready soon more than fast (its instruction selection and register allocation are 7x quicker)."""
    if level not in _state:
        llvm.initialize_native_target()
        llvm.initialize_native_asmprinter()
        target = llvm.Target.from_default_triple()
        # Static relocations and the large code model: objects refer to every symbol and constant by
        # its absolute address (R_X86_64_64), which is what loader.py patches; code and data may then
        # lie anywhere in the address space.
        _state[level] = target.create_target_machine(opt=level, reloc="static", codemodel="large",
                                                     cpu=llvm.get_host_cpu_name(),
                                                     features=llvm.get_host_cpu_features().flatten())
    return _state[level]


def optimize(ir_text: str, *, level: int = 2):
    """Parse, verify and optimize IR (level 0: not at all); returns the llvmlite module."""
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


def emit_object(module, *, level: int = 3) -> bytes:
    return target_machine(level).emit_object(module)


def emit_assembly(module) -> str:
    return target_machine().emit_assembly(module)
