# a starred item in a display that is not iterable
# expect-exit: 1
# expect-stderr: TypeError: Value after * must be an iterable, not int
count = 3
values = [*range(count)]
print(values)
values = [0, *count]
