# sys._getframe(k) is the same object as k steps along f_back; frames compare by identity
import sys
def innermost():
    me = sys._getframe()
    k = 0
    f = me
    out = []
    while f is not None:
        out.append((k, f is sys._getframe(k), f.f_code.co_name))
        f = f.f_back
        k += 1
    return out
def mid():
    return innermost()
def top():
    return mid()
for row in top():
    print(row)
def same_frame_twice():
    return sys._getframe() is sys._getframe(), sys._getframe(1) is sys._getframe(1)
print(same_frame_twice())
def fresh():
    return sys._getframe()
a = fresh()
b = fresh()
print(a is b, a.f_back is b.f_back)
