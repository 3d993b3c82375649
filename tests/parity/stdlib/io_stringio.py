# io: StringIO and BytesIO reading, writing, seeking, and closed-file errors.
import io
s = io.StringIO("line1\nline2\n")
print(s.readline(), s.read(), s.tell(), s.seek(0), s.readlines())
s.write("appended")
print(repr(s.getvalue()))
b = io.BytesIO()
b.write(b"abc")
b.seek(1)
print(b.read(), b.getvalue(), b.getbuffer().nbytes)
t = io.TextIOWrapper(io.BytesIO("é\n".encode()), encoding="utf-8")
print(repr(t.read()))
s.close()
s.read()
