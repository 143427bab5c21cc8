# env: PYTHONHASHSEED=4294967296
# expect-exit: 1
# expect-stderr: Python runtime state: preinitialized
print("never printed")
