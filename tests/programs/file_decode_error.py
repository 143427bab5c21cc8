# UnicodeDecodeError as CPython's, with its position and reason; other codecs and error handlers.
BASE = '/tmp/pyvm-test-file_decode_error-' + __file__.replace('/', '_')
P = BASE + '.txt'
with open(P, 'wb') as f:
    f.write(b'caf\xc3\xa9\xe9!\n\xc3')
print(open(P, 'rb').read())
print(repr(open(P, encoding='latin-1').read()))
print(repr(open(P, encoding='utf-8', errors='replace').read()))
for encoding in ('utf-8', 'UTF8', 'ascii'):
    try:
        open(P, encoding=encoding).read()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
with open(P, 'w', encoding='utf-8') as f:
    print(f.encoding, f.write('naïve ☃ 😀\n'))
with open(P, encoding='utf-8') as f:
    print(f.read(7), f.tell(), repr(f.read()))
with open(P, 'rb') as f:
    print(f.read())
with open(P, 'w') as f:
    pass
