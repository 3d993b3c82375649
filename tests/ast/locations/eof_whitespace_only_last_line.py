# the last line holds only spaces
x = 1
   