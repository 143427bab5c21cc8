# A word-frequency program in ordinary style: Counter-like and defaultdict-like dict subclasses.
class Counter(dict):
    def __init__(self, iterable=()):
        super().__init__()
        self.update_from(iterable)

    def __missing__(self, key):
        return 0

    def update_from(self, iterable):
        for item in iterable:
            self[item] += 1

    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))
        return items if n is None else items[:n]

    def __add__(self, other):
        result = Counter()
        for k in set(self) | set(other):
            result[k] = self[k] + other[k]
        return result

    def total(self):
        return sum(self.values())


class Grouping(dict):
    def __missing__(self, key):
        self[key] = group = []
        return group


text = """it was the best of times it was the worst of times it was the age of wisdom
it was the age of foolishness it was the epoch of belief it was the epoch of incredulity"""
lines = text.splitlines()
counts = [Counter(line.split()) for line in lines]
both = counts[0] + counts[1]
print(both.most_common(4), both.total(), both["zebra"], len(both), type(both).__name__)
by_length = Grouping()
for word in sorted(both):
    by_length[len(word)].append(word)
for length in sorted(by_length):
    print(length, by_length[length])
print(Counter("mississippi").most_common(), Counter() == {}, Counter("ab") == {"a": 1, "b": 1})
