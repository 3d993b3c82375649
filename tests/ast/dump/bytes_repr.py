# ast.dump: repr of bytes constants
x = (b"", b"\x00\xff", b"'", b'"', b"'\"", b"\\", b"\t\n\r", b"\x7f")
