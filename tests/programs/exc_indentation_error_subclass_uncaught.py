# expect-exit: 1
# expect-stderr: LayoutError: block not closed
# A subclass of IndentationError, uncaught: its qualified name, and CPython's file-and-caret lines.
class LayoutError(IndentationError):
    pass


raise LayoutError("block not closed", ("/srv/templates/page.tpl", 12, 3, "  {% if x %}\n"))
