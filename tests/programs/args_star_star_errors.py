# **x of something not a mapping, repeated keywords, keys that are not strings
def f(**k):
    return k
calls = [lambda: f(**5), lambda: f(a=1, **[1]), lambda: f(a=1, **dict(a=2)), lambda: f(**dict(a=1), **dict(a=2)),
         lambda: f(**dict(a=1), a=2), lambda: f(**dict([(1, 2)])), lambda: print(**dict([(1, 2)])),
         lambda: print(1, **dict(sep=""), sep=""), lambda: f(**dict([(1, 2)]), **dict([(1, 3)])),
         lambda: (lambda a: a)(**None)]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
