# An exception in a sort key function propagates out of list.sort.
records = [{"n": 2}, {"n": 1}, {}]
records.sort(key=lambda r: r["n"])
