# the warning for an escape on the last line of a multi-line f-string names line 5, past the end of the file: no source line is printed
x = f"""a
{y}
\d"""
