# CR and CRLF inside triple-quoted strings become \n in the value
s = '''a
bc'''
