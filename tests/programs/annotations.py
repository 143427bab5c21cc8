# annotated assignments: with and without a value, recorded in the module's __annotations__ in
# order; attribute and subscript targets evaluated, their annotations evaluated and not recorded;
# inside functions, annotations of locals are never evaluated
import sys
print(__annotations__)
x: int = 1
y: str
z: "a string annotation" = x + 1
print(__annotations__, list(__annotations__))
print(x, z)
try:
    print(y)
except NameError as e:
    print("NameError:", e)
x: float = 2.5
print(__annotations__["x"], x)
calls = []


def note(label):
    calls.append(label)
    return label


items = [0, 0]
items[0]: note("subscript annotation") = 5
note("target")[0:1]: note("slice annotation")
sys.flags_note: note("attribute annotation")
(w): note("parenthesized") = 4
print(items, calls, w)
print("w" in __annotations__, "items" in __annotations__)
count: int = 0
for i in range(3):
    count: int = count + i
print(count, __annotations__["count"])
if count:
    inside_if: list = [1]
print(list(__annotations__))


def local_annotations():
    a: undefined_name = 1
    b: also_undefined
    print(a)
    try:
        print(b)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


local_annotations()
__annotations__["extra"] = bool
print(__annotations__)
