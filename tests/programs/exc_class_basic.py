# User exception classes: raised, caught, their args, str and repr, the class as data.
class AppError(Exception):
    pass


try:
    raise AppError("boom")
except AppError as e:
    print("caught", repr(e), str(e), e.args)
    print(type(e).__name__, type(e) is AppError, e.__class__ is AppError)

print(repr(AppError()), str(AppError()) == "", AppError().args)
print(repr(AppError(1, 2)), str(AppError(1, 2)), AppError(1, 2).args)
print(repr(AppError("a")), str(AppError(3)), str(AppError([1, "x"])))

# raise the class: it is instantiated with no arguments
try:
    raise AppError
except Exception as e:
    print("class raised:", repr(e), e.args)

print(AppError.__name__, AppError.__qualname__, AppError.__module__)
print(AppError.__mro__)
print(AppError.__bases__, AppError.__base__)
print(AppError)
print(isinstance(AppError(), Exception), isinstance(AppError(), BaseException), isinstance(AppError(), ValueError))
print(issubclass(AppError, Exception), issubclass(AppError, (ValueError, AppError)), issubclass(Exception, AppError))


class Warn(BaseException):
    pass


try:
    try:
        raise Warn("not an Exception")
    except Exception:
        print("not here")
except BaseException as e:
    print("BaseException caught", repr(e))
print(Warn.__mro__)
