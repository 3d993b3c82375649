# lexer.c: the detection line is the last line of the file
s = """
a
b
c
