from pyvm.lowpy.tests.conftest import lowpy, rt   # noqa: F401  (shared fixtures)
