# CRLF line endings: offsets and values as with LF
def f(a,
      b):
    return (a +
            b)
s = '''x
y'''
