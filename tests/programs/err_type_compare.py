# ordering an int against a str: "'<' not supported between instances of 'int' and 'str'"
# expect-exit: 1
# expect-stderr: TypeError: '<' not supported between instances of 'int' and 'str'
print(1 == "1", 1 != "1")
print(1 < 2.5, 2 < 3 < 4)
print(1 < "2")
