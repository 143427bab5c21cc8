# close() throws GeneratorExit at the await: finally clauses run, through the chain; a coroutine
# that goes on awaiting after it is a RuntimeError.
class Suspend:
    def __await__(self):
        yield "x"


async def inner():
    try:
        await Suspend()
    finally:
        print("inner finally")


async def outer():
    try:
        await inner()
    finally:
        print("outer finally")


c = outer()
c.send(None)
print(c.close())
print(c.cr_frame, c.cr_suspended)


async def stubborn():
    try:
        await Suspend()
    except GeneratorExit:
        print("caught GeneratorExit")
        await Suspend()


c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()


async def returns_on_exit():
    try:
        await Suspend()
    except GeneratorExit:
        return 5


c = returns_on_exit()
c.send(None)
print(c.close())


async def raises_on_exit():
    try:
        await Suspend()
    except GeneratorExit:
        raise ValueError("from close")


c = raises_on_exit()
c.send(None)
try:
    c.close()
except ValueError as e:
    print("ValueError:", e, type(e.__context__).__name__)
