pass
1
'doc?'
x
