# Python 2 exec statement.
exec "print(1)"
