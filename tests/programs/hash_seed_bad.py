# env: PYTHONHASHSEED=12x
# expect-exit: 1
# expect-stderr: Python runtime state: preinitialized
# A PYTHONHASHSEED that is neither "random" nor an integer in [0; 4294967295] stops before running
print("never printed")
