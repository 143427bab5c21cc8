# expect-exit: 1
# expect-stderr: ZeroDivisionError: division by zero
# an error inside a lambda: the traceback names <lambda>
inv = lambda x: 1 / x
print(inv(4))
call_twice = lambda f, v: f(f(v))
print(call_twice(inv, 2))
call_twice(inv, 0)
