# __class_getitem__ makes Class[args] work without a metaclass.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


print(Box[int], Box["x"], Box[1, 2])
print(list[int], dict[str, list[int]], tuple[int, ...])
alias = list[int]
print(alias.__origin__, alias.__args__, alias([1, 2]), type(alias).__name__)
print(isinstance([], list), list[int] == list[int])
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)


class Plain:
    pass


Plain[int]
