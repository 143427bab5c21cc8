# An expression evaluator in ordinary style over a list-based stack and a str-based token class.
class Token(str):
    @property
    def is_number(self):
        return self.replace(".", "", 1).isdigit()

    @property
    def precedence(self):
        return {"+": 1, "-": 1, "*": 2, "/": 2}.get(self, 0)


class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1] if self else None

    def __repr__(self):
        return "Stack" + super().__repr__()


def tokenize(text):
    out = []
    number = ""
    for ch in text:
        if ch.isdigit() or ch == ".":
            number += ch
            continue
        if number:
            out.append(Token(number))
            number = ""
        if ch in "+-*/()":
            out.append(Token(ch))
    if number:
        out.append(Token(number))
    return out


def to_rpn(tokens):
    output, ops = [], Stack()
    for t in tokens:
        if t.is_number:
            output.append(t)
        elif t == "(":
            ops.push(t)
        elif t == ")":
            while ops.peek() != "(":
                output.append(ops.pop())
            ops.pop()
        else:
            while ops and ops.peek() != "(" and ops.peek().precedence >= t.precedence:
                output.append(ops.pop())
            ops.push(t)
    while ops:
        output.append(ops.pop())
    return output


def evaluate(rpn):
    stack = Stack()
    for t in rpn:
        if t.is_number:
            stack.push(float(t))
        else:
            b, a = stack.pop(), stack.pop()
            stack.push({"+": a + b, "-": a - b, "*": a * b, "/": a / b}[t])
    return stack


for expr in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 1.5", "2 * (3 + 4) * 5"]:
    tokens = tokenize(expr)
    rpn = to_rpn(tokens)
    print(expr, "=>", " ".join(rpn), "=", evaluate(rpn), [type(t).__name__ for t in rpn][:2])
