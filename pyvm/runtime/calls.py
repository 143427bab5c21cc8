"""Binding a call's arguments to a Python function's parameters, and call sites with * and **.

`call_bound` is the general call of a Python function, as CPython 3.11's
initialize_locals binds it: positional arguments, keywords, *args (a tuple),
**kwargs (a dict in the order the keywords came), defaults and keyword-only
defaults, with CPython's TypeError messages (which name the function by its
qualified name). The bound parameters lie in a root area outside the heap
(gc.roots.area_push), which the code's generic entry reads whole
(`generic(slots, nparams, f)`).

A call site with `*seq` or `**mapping` builds a list of its positional
arguments (`LIST_EXTEND`) and a dict of its keywords (`BUILD_KWARGS`,
`DICT_MERGE`), then `CALL_EX` spreads them out again as `call_object` takes
them.
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.builtinsub import unwrap, plain_dict
from pyvm.gc.roots import area_push, area_pop
from pyvm.runtime.object import Type, has_type
from pyvm.runtime.errors import pending, raise_memory_error, raise_message, raise_text, raise_with_str, message, decimal_text, TYPE_ERROR
from pyvm.runtime.strobj import Str, str_from_cstr, str_concat, str_repr
from pyvm.runtime.tupleobj import Tuple, tuple_new, tuple_from_items
from pyvm.runtime.listobj import List
from pyvm.runtime.dictobj import (DICT_TYPE, dict_new, dict_len, dict_next, dict_key_at, dict_value_at, dict_set, dict_contains,
                                  mapping_keys, dict_merge_mapping)
from pyvm.runtime.ops import (type_name, type_of_value, is_str, is_iterable, str_of, list_extend, tuple_from_iterable,
                              tuple_from_list, TUPLE_TYPE, LIST_TYPE, TYPE_TYPE, BUILTIN_TYPE)
from pyvm.runtime.builtins import BuiltinFunction, kw_count, kw_name, name_is
from pyvm.runtime.function import Code, Function, call_object, ensure_compiled, CO_VARARGS, CO_VARKEYWORDS


def call_bound(f: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """f(*args) for a Python function f, any parameters, any arguments; args lies in a root area."""
    code = cast(Ptr[Function], f).code
    slots = area_push(code.nparams)
    if not slots:
        return raise_memory_error()
    result = cast(Word, 0)
    if bind_arguments(f, args, n, kwnames, slots) and ensure_compiled(code) != 0:
        result = code.generic(slots, code.nparams, f)
    area_pop(slots)
    return result


def bind_arguments(f: Word, args: Ptr[Word], n: i64, kwnames: Word, slots: Ptr[Word]) -> bool:
    """Fill slots (zeroed, one per parameter register) from the arguments; False after raising
    CPython's TypeError. In CPython's order: positional arguments, *args, keywords, then the checks
    of positional count, missing positional parameters (defaults), missing keyword-only ones."""
    code = cast(Ptr[Function], f).code
    nkw = kw_count(kwnames)
    npos = n - nkw
    total = code.argcount + code.kwonlyargcount
    varargs = (code.flags & CO_VARARGS) != 0
    kwdict: i64 = -1                  # the slot of **kwargs
    if code.flags & CO_VARKEYWORDS:
        kwdict = total + (1 if varargs else 0)
        d = dict_new()
        if not d:
            return False
        slots[kwdict] = d
    taken = min(npos, code.argcount)
    for j in range(taken):
        slots[j] = args[j]
    if varargs:
        rest = tuple_from_items(args + taken, npos - taken)
        if not rest:
            return False
        slots[total] = rest
    for k in range(nkw):
        key = kw_name(kwnames, k)
        j = parameter_named(code, key)
        if j < 0:
            if kwdict < 0:
                if code.posonlyargcount > 0 and positional_only_as_keyword(code, kwnames):
                    return False
                raise_message(TYPE_ERROR, code.qualname, "() got an unexpected keyword argument '", "", key, "'", "",
                              "", "")
                return False
            if not dict_set(slots[kwdict], key, args[npos + k]):
                return False
        elif slots[j]:
            raise_message(TYPE_ERROR, code.qualname, "() got multiple values for argument '", "", key, "'", "", "", "")
            return False
        else:
            slots[j] = args[npos + k]
    if npos > code.argcount and not varargs:
        too_many_positional(f, npos, slots)
        return False
    if npos < code.argcount:
        defaults = cast(Ptr[Function], f).defaults
        ndefaults: i64 = 0
        if defaults:
            ndefaults = cast(Ptr[Tuple], defaults).size
        required = code.argcount - ndefaults
        if count_missing(slots, npos, required) > 0:
            missing_arguments(code, slots, 0, required, "positional")
            return False
        for i in range(max(npos - required, 0), ndefaults):
            if not slots[required + i]:
                slots[required + i] = cast(Ptr[Tuple], cast(Ptr[Function], f).defaults).items[i]
    if code.kwonlyargcount > 0:
        kwdefaults = cast(Ptr[Function], f).kwdefaults
        for i in range(code.argcount, total):
            if not slots[i] and kwdefaults:
                slots[i] = keyword_default(kwdefaults, code.varnames[i])
        if count_missing(slots, code.argcount, total) > 0:
            missing_arguments(code, slots, code.argcount, total, "keyword-only")
            return False
    return True


def parameter_named(code: Ptr[Code], key: Word) -> i64:
    """The register of the parameter a keyword may name (positional-only ones may not), or -1."""
    if not is_str(key):
        return -1
    for j in range(code.posonlyargcount, code.argcount + code.kwonlyargcount):
        if name_is(key, code.varnames[j]):
            return j
    return -1


def keyword_default(kwdefaults: Word, name: Ptr[u8]) -> Word:
    """The keyword-only default of the parameter called name, or 0 (kwdefaults: a dict of str keys, or
    0). Compiled code calls it too, for a call that leaves the parameter out."""
    if not kwdefaults or not has_type(kwdefaults, DICT_TYPE):
        return cast(Word, 0)
    i = dict_next(kwdefaults, 0)
    while i >= 0:
        key = dict_key_at(kwdefaults, i)
        if is_str(key) and name_is(key, name):
            return dict_value_at(kwdefaults, i)
        i = dict_next(kwdefaults, i + 1)
    return cast(Word, 0)


def count_missing(slots: Ptr[Word], start: i64, end: i64) -> i64:
    missing: i64 = 0
    for i in range(start, end):
        if not slots[i]:
            missing += 1
    return missing


# -- CPython's messages ---------------------------------------------------------------------------

def cat(s: Word, text: Ptr[u8]) -> Word:
    """s + text; the null Word stays null (after MemoryError)."""
    if not s:
        return s
    t = str_from_cstr(text)
    if not t:
        return t
    return str_concat(s, t)


def cat_str(s: Word, t: Word) -> Word:
    if not s or not t:
        return cast(Word, 0)
    return str_concat(s, t)


def raise_type_error(text: Word) -> bool:
    """TypeError(text) for a message built here; False."""
    if not text:
        raise_memory_error()
    else:
        raise_with_str(TYPE_ERROR, text)
    return False


def too_many_positional(f: Word, given: i64, slots: Ptr[Word]) -> bool:
    """f() takes 2 positional arguments but 3 were given; ... but 3 positional arguments (and 1
    keyword-only argument) were given."""
    code = cast(Ptr[Function], f).code
    kwonly_given: i64 = 0
    for i in range(code.argcount, code.argcount + code.kwonlyargcount):
        if slots[i]:
            kwonly_given += 1
    defaults = cast(Ptr[Function], f).defaults
    text = str_from_cstr(code.qualname)
    if defaults and cast(Ptr[Tuple], defaults).size > 0:
        text = cat(cat(cat(cat(text, "() takes from "), decimal_text(0, code.argcount - cast(Ptr[Tuple], defaults).size)),
                       " to "), decimal_text(1, code.argcount))
        text = cat(text, " positional arguments but ")
    else:
        text = cat(cat(cat(text, "() takes "), decimal_text(0, code.argcount)),
                   " positional argument but " if code.argcount == 1 else " positional arguments but ")
    text = cat(text, decimal_text(0, given))
    if kwonly_given > 0:
        text = cat(cat(cat(text, " positional argument (and " if given == 1 else " positional arguments (and "),
                       decimal_text(0, kwonly_given)),
                   " keyword-only argument)" if kwonly_given == 1 else " keyword-only arguments)")
    return raise_type_error(cat(text, " was given" if given == 1 and kwonly_given == 0 else " were given"))


def missing_arguments(code: Ptr[Code], slots: Ptr[Word], start: i64, end: i64, kind: Ptr[u8]) -> bool:
    """f() missing 1 required positional argument: 'a'; ... arguments: 'a' and 'b'; 'a', 'b', and 'c'."""
    missing = count_missing(slots, start, end)
    text = cat(cat(cat(cat(str_from_cstr(code.qualname), "() missing "), decimal_text(0, missing)), " required "), kind)
    text = cat(text, " argument: " if missing == 1 else " arguments: ")
    listed: i64 = 0
    for i in range(start, end):
        if slots[i]:
            continue
        text = cat_str(text, str_repr(str_from_cstr(code.varnames[i])))
        listed += 1
        if listed < missing - 1:
            text = cat(text, ", ")
        elif listed == missing - 1:
            text = cat(text, ", and " if missing > 2 else " and ")
    return raise_type_error(text)


def positional_only_as_keyword(code: Ptr[Code], kwnames: Word) -> bool:
    """f() got some positional-only arguments passed as keyword arguments: 'a, b' (True after raising
    it, False when no keyword names a positional-only parameter)."""
    text = cast(Word, 0)
    for j in range(code.posonlyargcount):
        for k in range(kw_count(kwnames)):
            key = kw_name(kwnames, k)
            if is_str(key) and name_is(key, code.varnames[j]):
                if not text:
                    text = cat(str_from_cstr(code.qualname),
                               "() got some positional-only arguments passed as keyword arguments: '")
                else:
                    text = cat(text, ", ")
                text = cat_str(text, key)
    if not text:
        return False
    raise_type_error(cat(text, "'"))
    return True


# -- call sites with * and ** ---------------------------------------------------------------------

def function_str(f: Word) -> Word:
    """How CPython's messages about a call name the callable (_PyObject_FunctionStr): __main__.f(),
    print(), list.sort(), int(), and str() of anything else."""
    t = type_of_value(f)
    if t == type_of(Function):
        return cat(cat(str_from_cstr("__main__."), cast(Ptr[Function], f).code.qualname), "()")
    if t == BUILTIN_TYPE:
        bf = cast(Ptr[BuiltinFunction], f)
        if bf.bound_self:
            return cat(cat(cat(str_from_cstr(type_name(bf.bound_self)), "."), bf.name), "()")
        return cat(str_from_cstr(bf.name), "()")
    if t == TYPE_TYPE:
        return cat(str_from_cstr(cast(Ptr[Type], f).name), "()")
    return str_of(f)


def build_kwargs(names: Word, values: Ptr[Word], n: i64) -> Word:
    """BUILD_KWARGS: a dict of the names (a tuple of str) to values[0:n], which lie in a root area."""
    d = dict_new()
    if not d:
        return d
    for i in range(n):
        if not dict_set(d, cast(Ptr[Tuple], names).items[i], values[i]):
            return cast(Word, 0)
    return d


def dict_merge_star(d: Word, mapping: Word, f: Word) -> bool:
    """DICT_MERGE: the dict of a call's keywords updated by **mapping, refusing keys it has; False
    after raising CPython's TypeError, which names the function called f."""
    mapping = plain_dict(mapping)
    if not has_type(mapping, DICT_TYPE):
        keys = mapping_keys(mapping)              # another mapping: its items, read into a dict first
        if not keys:
            if pending:
                return False
            return raise_type_error(cat(cat(function_str(f), " argument after ** must be a mapping, not "),
                                        type_name(mapping)))
        items = dict_new()
        if not items or not dict_merge_mapping(items, mapping, keys):
            return False
        mapping = items
    i = dict_next(mapping, 0)
    while i >= 0:
        key = dict_key_at(mapping, i)
        found = dict_contains(d, key)
        if found < 0:
            return False
        if found > 0:
            return raise_type_error(cat(cat_str(cat(function_str(f), " got multiple values for keyword argument '"),
                                                str_of(key)), "'"))
        if not dict_set(d, key, dict_value_at(mapping, i)):
            return False
        i = dict_next(mapping, i + 1)
    return True


def call_ex(f: Word, positional: Word, keywords: Word) -> Word:
    """CALL_EX: f(*positional, **keywords): positional a tuple, a list or any iterable, keywords a dict
    or None."""
    t = type_of_value(positional)
    if t == LIST_TYPE:
        positional = tuple_from_list(positional)
    elif t != TUPLE_TYPE:
        if not is_iterable(positional):
            raise_type_error(cat(cat(function_str(f), " argument after * must be an iterable, not "),
                                 type_name(positional)))
            return cast(Word, 0)
        positional = tuple_from_iterable(positional)
    if not positional:
        return positional
    npos = cast(Ptr[Tuple], positional).size
    nkw: i64 = 0
    kwnames = cast(Word, 0)
    if has_type(keywords, DICT_TYPE) and dict_len(keywords) > 0:
        nkw = dict_len(keywords)
        kwnames = tuple_new(nkw)
        if not kwnames:
            return kwnames
        i = dict_next(keywords, 0)
        for k in range(nkw):
            key = unwrap(dict_key_at(keywords, i))       # a str subclass's value
            if not is_str(key):
                return raise_text(TYPE_ERROR, "keywords must be strings", "", "", "", "")
            cast(Ptr[Tuple], kwnames).items[k] = key
            i = dict_next(keywords, i + 1)
    area = area_push(npos + nkw)
    if not area:
        return raise_memory_error()
    for i in range(npos):
        area[i] = cast(Ptr[Tuple], positional).items[i]
    if nkw > 0:                           # keywords is a dict (it may be None)
        j = dict_next(keywords, 0)
        for k in range(nkw):
            area[npos + k] = dict_value_at(keywords, j)
            j = dict_next(keywords, j + 1)
    result = call_object(f, area, npos + nkw, kwnames)
    area_pop(area)
    return result
