# the module frame: name <module>, no f_back, found from functions at the end of the chain
import sys
mod = sys._getframe()
print(mod.f_code.co_name, mod.f_back is None)
def find_module():
    f = sys._getframe()
    steps = 0
    while f.f_back is not None:
        f = f.f_back
        steps += 1
    return (f is mod, steps, f.f_code.co_name)
def two():
    return find_module()
print(find_module())
print(two())
print(sys._getframe(0).f_code.co_firstlineno)
def module_lineno():
    return mod.f_lineno
print(module_lineno())
x = module_lineno()
print(x)
