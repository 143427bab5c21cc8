# a module-level annotation naming an undefined name is evaluated, and fails
# expect-exit: 1
# expect-stderr: NameError: name 'Undefined' is not defined
ok: int = 1
print(__annotations__)
later: Undefined = 2
