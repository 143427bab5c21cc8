# uncaught error raised inside a handler: both tracebacks with "During handling of the above exception"
# expect-exit: 1
# expect-stderr: ZeroDivisionError: division by zero
def load(items):
    return items[3]
def safe_load(items):
    fallback = 0
    try:
        return load(items)
    except IndexError:
        print("load failed, using fallback")
        return len(items) / fallback
print(safe_load([1, 2, 3, 4]))
print(safe_load([1, 2]))
