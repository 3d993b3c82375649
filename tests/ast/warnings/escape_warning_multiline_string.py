# string_parser.c: a warning inside a triple-quoted string names the line of the bad escape
x = 1
y = """first
second \d
third"""
