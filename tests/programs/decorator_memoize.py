# a memoizing decorator over a list of pairs (dicts of any key come later), counting calls
def memoize(f):
    cache_keys = []
    cache_values = []
    def wrapper(n):
        for i in range(len(cache_keys)):
            if cache_keys[i] == n:
                return cache_values[i]
        v = f(n)
        cache_keys.append(n)
        cache_values.append(v)
        return v
    wrapper.cache_keys = cache_keys
    return wrapper

calls = [0]
@memoize
def fib(n):
    calls[0] += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60), calls[0], len(fib.cache_keys))
print(fib.__name__, fib.__qualname__)
