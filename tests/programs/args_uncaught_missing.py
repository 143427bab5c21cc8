# expect-exit: 1
# expect-stderr: TypeError: connect() missing 2 required positional arguments: 'port' and 'timeout'
# an argument error escapes: the traceback ends at the call, not inside the function
def connect(host, port, timeout, *, retries=3):
    return (host, port, timeout, retries)

def main():
    print(connect("a", 1, 2))
    print(connect("b", retries=0, port=5, timeout=1))
    return connect(host="c")

main()
