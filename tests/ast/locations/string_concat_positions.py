# ast: an implicitly concatenated string spans all its parts
x = ("a"
     "b"
     'c')
