# send()-driven coroutines: a running average, a priming decorator, a pipeline of coroutines
# (producer -> filter -> sink), close() to get a final report, and a coroutine that returns.
def primed(func):
    def start(*args, **kwargs):
        co = func(*args, **kwargs)
        next(co)
        return co
    return start


@primed
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = averager()
print([avg.send(v) for v in (10, 20, 5, 1.5)])


@primed
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)


@primed
def collector(results):
    try:
        while True:
            results.append((yield))
    finally:
        results.append("closed")


found = []
sink = collector(found)
filt = grep("py", sink)
for line in ["python", "ruby", "pypy", "c"]:
    filt.send(line)
filt.close()
sink.close()
print(found)


def summarize():
    total = 0
    n = 0
    while True:
        value = yield
        if value is None:
            return total, n
        total += value
        n += 1


def delegator(results):
    while True:
        result = yield from summarize()
        results.append(result)


results = []
d = delegator(results)
next(d)
for batch in ([1, 2, 3], [10], []):
    for v in batch:
        d.send(v)
    d.send(None)
print(results)
s = summarize()
next(s)
s.send(4)
try:
    s.send(None)
except StopIteration as e:
    print("returned", e.value)
