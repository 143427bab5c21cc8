"""pyvm: a Python virtual machine written in Python, running programs as native code through LLVM."""

__version__ = "0.1.0"
