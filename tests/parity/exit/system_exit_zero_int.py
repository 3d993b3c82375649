# SystemExit(0) from deep inside calls: exit code 0 and finally blocks run.
def deep():
    try:
        raise SystemExit(0)
    finally:
        print("finally in deep")


try:
    deep()
finally:
    print("finally at top")
