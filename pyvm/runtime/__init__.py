"""pyvm's runtime: the object model and builtins, written in lowpy (docs/lowpy.md).

Every module here except this one is lowpy source, compiled to native code by
pyvm/lowpy and loaded by pyvm/native; CPython never imports them.
"""
