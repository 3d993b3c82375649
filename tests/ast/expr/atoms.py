# python.gram: atom
x
True
False
None
...
1
"s"
(a)
[a]
{a}
