# printf-style str % args: every conversion, flags, width and precision, * arguments, the dict form
print("%s %r %a" % ("é", "é", "é"))
print("%d %i %u" % (42, -42, 3.99))
print("%o %x %X %#o %#x %#X" % (8, 255, 255, 8, 255, 255))
print("%e %E %f %F %g %G" % (1234.5678, 1234.5678, 1234.5678, 1e300 * 1e10, 1e-5, 1e20))
print("%c%c%c" % (72, "i", 0x1F600))
print("100%% %s" % "done")
print("[%5d] [%-5d] [%05d] [%+d] [% d] [%+05d] [%-+5d]" % (42, 42, -42, 5, 5, 5, 5))
print("[%.3d] [%8.3d] [%#08x] [%#-8x] [%-08x]" % (7, -7, 255, 255, 255))
print("[%10.4f] [%-10.2e] [%010.3f] [%+.0f] [%#.0f] [% g] [%#g]" % (3.14159, 31415.9, -3.14159, 2.5, 2.0, 1.5, 1.0))
print("[%5.1s] [%-6s] [%.2r] [%5c]" % ("abc", "ab", "abc", "z"))
print("[%*d] [%-*d] [%.*f] [%*.*f]" % (6, 1, 6, 2, 2, 3.14159, 9, 3, 2.71828))
print("[%*d]" % (-6, 1))
print("%(name)s is %(age)d, %(name)r" % dict(name="Ann", age=41))
print("%(a)s %(a)s" % dict(a=1))
print("%s" % [1, 2], "%s" % (1,), "%s" % ((1, 2),), "abc" % [1], "abc" % dict(), "%s" % dict(a=1))
print("%d %s" % (True, False), "%x" % -255, "%o" % -8, "%ld %hd %Lf" % (1, 2, 3.5))
print("%s" % 10 ** 30, "%d" % 10 ** 30, "%x" % 2 ** 70, "%.0f" % 0.5, "%.0f" % 1.5, "%.2f" % 2.675)
x = "%s-%s"
x %= ("a", "b")
print(x)
for fmt, args in [("%d", "x"), ("%x", 1.5), ("%o", 1.0), ("%f", "x"), ("%c", "ab"), ("%c", 1.5), ("%c", -1),
                  ("%c", 2 ** 70), ("%y", 1), ("abc%é", 1), ("%", ()), ("%(a", dict()), ("%(a)s", 1),
                  ("%*d", ("a", 1)), ("%s %s", 1), ("%s", (1, 2)), ("abc", 5), ("abc", "x"), ("%d", 1e400),
                  ("%d", float("nan")), ("%*d", (2 ** 63, 1)), ("%.*f", (2 ** 31, 1.0)), ("%f", 10 ** 400),
                  ("%(a)s %s", dict(a=1)), ("%(b)s", dict(a=1)), ("%(0)s", [1]), ("%s %", (1,)), ("%.", 1),
                  ("%d", None), ("%s %s", (1,))]:
    try:
        print(repr(fmt % args))
    except TypeError as e:
        print(fmt, "TypeError:", e)
    except ValueError as e:
        print(fmt, "ValueError:", e)
    except OverflowError as e:
        print(fmt, "OverflowError:", e)
    except KeyError as e:
        print(fmt, "KeyError:", e)
