# f_lineno of a frame left through a finally clause: the clause's last line, as CPython 3.11 shows it
# (the traceback entry keeps the line that raised); a handler's cleanup keeps the raising line
import sys
frames = []


def caller_line():
    return sys._getframe(1).f_lineno


def raises_through_finally():
    frames.append(sys._getframe())
    try:
        1 / 0
    finally:
        x = 1
        y = 2


def returns_through_finally():
    frames.append(sys._getframe())
    try:
        return 5
    finally:
        x = 1
        y = 2


def nested_finally():
    frames.append(sys._getframe())
    try:
        try:
            raise ValueError("inner")
        finally:
            x = 1
    finally:
        y = 2
        z = 3


def no_clause_matches():
    frames.append(sys._getframe())
    try:
        raise KeyError("k")
    except (TypeError,
            IndexError):
        pass


def raises_in_handler():
    frames.append(sys._getframe())
    try:
        raise ValueError
    except ValueError:
        x = 1
        raise KeyError("in handler")


def returns_from_handler_through_finally():
    frames.append(sys._getframe())
    try:
        try:
            raise ValueError
        except ValueError:
            return 7
    finally:
        x = 1
        y = 2


def calls_in_finally():
    try:
        return caller_line()
    finally:
        x = caller_line()
        print("in finally, line", x)


def run(f):
    frames.clear()
    try:
        print("returned", f())
    except Exception as e:
        tb = e.__traceback__.tb_next
        print(tb.tb_frame.f_code.co_name, type(e).__name__, "tb_lineno", tb.tb_lineno, "f_lineno", tb.tb_frame.f_lineno)
    if frames:
        print("  kept frame at line", frames[0].f_lineno - frames[0].f_code.co_firstlineno)


run(raises_through_finally)
run(returns_through_finally)
run(nested_finally)
run(no_clause_matches)
run(raises_in_handler)
run(returns_from_handler_through_finally)
run(calls_in_finally)
