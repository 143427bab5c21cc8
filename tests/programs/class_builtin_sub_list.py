# A list subclass: the builtin's behaviour, plus attributes and methods of its own.
class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1]

    @property
    def top(self):
        return self[-1] if self else None


s = Stack()
print(s, len(s), bool(s), s.top, type(s).__name__, isinstance(s, list), type(s) is Stack)
s.push(3).push(1).push(2)
print(s, len(s), bool(s), s.peek(), s.top, s[0], s[-1], s[1:], type(s[1:]).__name__)
s.name = "stack"
print(s.name, s.__dict__, vars(s))
print(3 in s, 7 in s, list(s), sorted(s), min(s), max(s), sum(s), list(reversed(s)))
for i, x in enumerate(s):
    print(i, x, end="; ")
print()
s.sort()
print(s, s.index(2), s.count(1), s.pop(), s)
s.extend([5, 6])
s.insert(0, 9)
s.remove(5)
print(s, s + [0], [0] + s, type(s + [0]).__name__, s * 2, 2 * s, type(s * 2).__name__)
before = id(s)
s += [7]
s *= 2
print(s, type(s).__name__, id(s) == before)
s[0] = 100
s[1:3] = ["a", "b", "c"]
del s[-1]
del s[0]
print(s, s == ["a", "b", "c", 6, 7, 1, 3, 6], s != [], s < ["b"], [] < s)
s.clear()
print(s, len(s), not s)
print(repr(Stack([1, [2, "x"]])), str(Stack((1, 2))), f"{Stack('ab')}", "%s" % Stack([1]))
print(Stack([3, 1, 2]) == Stack([3, 1, 2]), Stack([1]) == [1], [1] == Stack([1]), Stack([1]) is Stack([1]))
print(list.__len__(Stack([1, 2])), list.append, len.__name__)
x = Stack([1, 2])
x.append(x)
print(x)
print(Stack(range(3)), Stack("abc"), Stack({1: 2}), Stack(x for x in (4, 5)))
