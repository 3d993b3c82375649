# ast: kind='u' comes from the first string only
a = u"x" "y"
b = "x" u"y"
