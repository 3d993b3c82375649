# operator: function forms of operators, itemgetter, attrgetter, methodcaller, index.
import operator as op
print(op.add(1, 2), op.mul("a", 3), op.truediv(7, 2), op.floordiv(7, 2), op.neg(5), op.not_(0), op.truth([]))
print(op.itemgetter(1)([1, 2]), op.itemgetter(0, 2)("abc"), op.attrgetter("real")(3j), op.methodcaller("upper")("x"))
print(op.index(5), op.concat([1], [2]), op.contains("abc", "b"), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"))
print(op.lt(1, 2), op.eq("a", "a"), op.is_(None, None), op.is_none(None), op.length_hint([1, 2, 3]), op.call(len, "ab"))
print(sorted([(1, "b"), (0, "z")], key=op.itemgetter(1)), op.iadd([1], [2]), op.getitem({"k": 9}, "k"))
op.index(1.5)
