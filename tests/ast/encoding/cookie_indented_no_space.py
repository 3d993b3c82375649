  #coding=latin-1
# indented cookie without spaces
x = 'é'
