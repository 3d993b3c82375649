# Methods and attributes of a metaclass are visible on the class, not on instances.
class Meta(type):
    registry = "meta attribute"

    def describe(cls):
        return f"class {cls.__name__}"

    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"

    def __len__(cls):
        return 99

    def __getitem__(cls, k):
        return k * 2


class K(metaclass=Meta):
    pass


print(K.describe(), K.registry, repr(K), len(K), K[21])
print(hasattr(K(), "describe"), type(K) is Meta, isinstance(K, type))
K().describe()
