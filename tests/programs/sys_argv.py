# sys.argv: the harness passes no arguments
import sys
print(len(sys.argv))
print(sys.argv[1:])
args = sys.argv[1:]
print(len(args), len(args) == 0)
for a in sys.argv[1:]:
    print("arg", a)
