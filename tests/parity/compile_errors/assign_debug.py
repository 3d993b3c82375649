# Assignment to __debug__.
if __debug__:
    print("debug")
__debug__ = False
