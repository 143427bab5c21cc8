# reversed() of user classes: __reversed__, else __len__ and __getitem__ backwards
def attempt(label, f):
    try:
        print(label, '->', f())
    except (TypeError, ValueError, KeyError, IndexError, OverflowError, MemoryError, AttributeError) as e:
        print(label, '->', type(e).__name__, e)


class P:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 10


class Q:
    def __reversed__(self):
        return iter('zy')


class R(P):
    __reversed__ = None


class S:
    def __getitem__(self, i):
        return i


print(list(reversed(P())), list(reversed(Q())), type(reversed(P())).__name__)
attempt('reversed(R())', lambda: reversed(R()))
attempt('reversed(S())', lambda: reversed(S()))
attempt('reversed(object())', lambda: reversed(object()))
