# past 16 pairs, CPython 3.11 adds each pair as it is evaluated: the pairs after an unhashable key never run
# expect-exit: 1
# expect-stderr: TypeError: unhashable type: 'dict'
def value(v):
    print('value', v)
    return v
d = {0: value(0), 1: value(1), 2: value(2), 3: value(3), 4: value(4), 5: value(5), 6: value(6), 7: value(7),
     8: value(8), 9: value(9), 10: value(10), 11: value(11), 12: value(12), 13: value(13), 14: value(14),
     15: value(15), {}: value(16), 17: value(17)}
