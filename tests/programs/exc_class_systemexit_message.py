# expect-exit: 1
# expect-stderr: fatal: disk full
class Fatal(SystemExit):
    pass


def main():
    raise Fatal("fatal: disk full")


main()
