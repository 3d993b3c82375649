# A misspelled keyword: CPython 3.14 suggests the keyword.
count = 0
whille count < 3:
    count += 1
