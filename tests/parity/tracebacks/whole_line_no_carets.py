# A raise spanning its whole line gets no caret line; a call that is the whole line still does.
def fail():
    raise ValueError("plain raise")


def caller():
    fail()


def main():
    caller()


main()
