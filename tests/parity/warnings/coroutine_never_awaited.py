# A coroutine object dropped without being awaited: RuntimeWarning when it is collected.
async def job():
    return 1


def main():
    c = job()
    print(type(c).__name__)
    del c
    print("after del")


main()
