# bytes subclasses.
class Blob(bytes):
    def hexed(self):
        return self.hex()


b = Blob(b"\x01\x02ab")
print(b, repr(b), len(b), b[0], b[2:], type(b[2:]).__name__, b.hexed(), b.upper(), b == b"\x01\x02ab", b"ab" in b)
print(b + b"c", b"c" + b, type(b + b"c").__name__, list(b), hash(b) == hash(b"\x01\x02ab"), Blob(3), Blob([65, 66]))
print(b.decode("latin-1"), isinstance(b, bytes), type(b).__name__, Blob(), bytes(b), type(bytes(b)).__name__)
