"""pyvm's register bytecode: the instruction table (`opcodes`), code objects (`code`), the disassembler (`dis`)."""
