# python.gram: func_type_comment, TYPE_COMMENT (ast.parse without type_comments: plain comments)
def f(a,  # type: int
      b,  # type: str
      ):
    # type: (...) -> None
    pass
x = 1  # type: int
for i in y:  # type: int
    pass
with a as b:  # type: int
    pass
