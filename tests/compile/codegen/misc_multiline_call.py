x = f(
    a,
    b,
)
y = (a.
     b.
     c())
