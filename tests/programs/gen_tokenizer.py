# A generator-based tokenizer and a recursive-descent evaluator pulling tokens from it, and a
# state machine written as a generator receiving characters with send().
def tokens(text):
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            yield "num", int(text[i:j])
            i = j
        elif ch in "+-*/()":
            yield "op", ch
            i += 1
        else:
            raise ValueError("bad character %r at %d" % (ch, i))
    yield "end", None


class Parser:
    def __init__(self, text):
        self.tokens = tokens(text)
        self.current = next(self.tokens)

    def advance(self):
        self.current = next(self.tokens)

    def expr(self):
        value = self.term()
        while self.current in (("op", "+"), ("op", "-")):
            op = self.current[1]
            self.advance()
            value = value + self.term() if op == "+" else value - self.term()
        return value

    def term(self):
        value = self.factor()
        while self.current in (("op", "*"), ("op", "/")):
            op = self.current[1]
            self.advance()
            value = value * self.factor() if op == "*" else value // self.factor()
        return value

    def factor(self):
        kind, value = self.current
        self.advance()
        if kind == "num":
            return value
        if value == "(":
            inner = self.expr()
            self.advance()
            return inner
        if value == "-":
            return -self.factor()
        raise ValueError("unexpected %r" % (value,))


for text in ["1 + 2 * 3", "(1 + 2) * 3", "2 * (3 + 4) - -5", "100 / 7 / 2"]:
    print(text, "=", Parser(text).expr())
try:
    Parser("1 + x").expr()
except ValueError as e:
    print("ValueError:", e)


def words():
    word = ""
    found = []
    while True:
        ch = yield found
        found = []
        if ch is None or not ch.isalpha():
            if word:
                found.append(word)
            word = ""
        else:
            word += ch


w = words()
next(w)
out = []
for ch in "hi there, gen!":
    out.extend(w.send(ch))
out.extend(w.send(None))
print(out)
