# warnings are printed even when a later error aborts the parse
x = "\d"
y = (
