def f[T: [(x := 1) for y in z]](): pass
