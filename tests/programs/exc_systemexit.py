# SystemExit is a BaseException: not caught by `except Exception`; code and args; finally runs
# expect-exit: 3
import sys
try:
    sys.exit(7)
except SystemExit as e:
    print("caught SystemExit", e.code, e.args, isinstance(e, Exception))
try:
    sys.exit("text code")
except BaseException as e:
    print("code:", e.code, type(e).__name__)
try:
    sys.exit()
except SystemExit as e:
    print("no-arg code:", e.code, e.args)
try:
    raise SystemExit(2, "extra")
except SystemExit as e:
    print("two args code:", e.code)
def quit_later():
    try:
        try:
            sys.exit(3)
        except Exception:
            print("never: SystemExit is not an Exception")
    finally:
        print("finally before exit")
quit_later()
print("not reached")
