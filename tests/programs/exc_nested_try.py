# nested try statements: unmatched inner handlers pass the error outward, inner finally runs first
def nested(kind):
    try:
        try:
            if kind == "value":
                int("q")
            if kind == "index":
                [1][2]
            if kind == "type":
                len(3)
            print("no error")
        except ValueError:
            print("inner caught ValueError")
        finally:
            print("inner finally")
        print("after inner try")
    except IndexError as e:
        print("outer caught", e)
    else:
        print("outer else")
    finally:
        print("outer finally")
for k in ("none", "value", "index"):
    print("--", k)
    nested(k)
print("-- type")
try:
    nested("type")
except TypeError as e:
    print("top level caught", e)
