# positions after a triple-quoted string spanning lines
x = """a
b
c""" 1
