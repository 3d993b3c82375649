# An exception raised by __exit__ while another propagates: both are shown, chained.
class Resource:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        print("exit sees", et.__name__)
        raise OSError("close failed")


with Resource():
    raise KeyError("in body")
