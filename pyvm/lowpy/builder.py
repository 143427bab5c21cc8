"""The IR builder shared by the lowpy compiler and the JIT."""
import llvmlite.ir as ir


class Builder(ir.IRBuilder):
    """llvmlite still checks stores against typed pointees; LLVM 22 has opaque pointers only."""

    def store(self, value, ptr, align=None):
        st = ir.instructions.StoreInstr(self.block, value, ptr)
        st.align = align
        self._insert(st)
        return st

    def store_observable(self, value, ptr):
        """A store that stays a store: monotonic atomic (a plain mov on x86), never kept in a register."""
        st = ir.instructions.StoreAtomicInstr(self.block, value, ptr, "monotonic", 8)
        self._insert(st)
        return st

    def load_observable(self, ptr):
        return self.load_atomic(ptr, "monotonic", 8, typ=ir.IntType(64))

    def join(self, incoming, typ=ir.IntType(64)):
        """A phi of (value, block) pairs, at the current position."""
        phi = self.phi(typ)
        for value, block in incoming:
            phi.add_incoming(value, block)
        return phi
