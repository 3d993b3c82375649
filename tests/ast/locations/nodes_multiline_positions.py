# ast: start/end positions of multi-line statements and expressions
def f(
    a,
    b,
):
    return (
        a
        + b
    )
class C(
    Base,
):
    pass
