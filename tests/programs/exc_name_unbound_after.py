# the name bound by `except E as e` is deleted when the handler ends (module level -> NameError)
# expect-exit: 1
# expect-stderr: NameError: name 'err' is not defined
err = "before"
print(err)
try:
    raise ValueError("inside")
except ValueError as err:
    print("in handler:", err)
print("handler finished")
print(err)
