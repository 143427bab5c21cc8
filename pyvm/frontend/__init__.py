"""The Python front end: source -> `ast` and `symtable` -> register bytecode (pyvm/bytecode)."""
