# An exception whose __str__ raises is printed as <exception str() failed>.
class Broken(Exception):
    def __str__(self):
        raise RuntimeError("no str for you")


print("before")
raise Broken("payload")
