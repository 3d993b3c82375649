# vim: set fileencoding=latin-1 :
# vim-style cookie
x = 'é'
