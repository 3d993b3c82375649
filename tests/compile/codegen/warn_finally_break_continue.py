for x in y:
    try:
        pass
    finally:
        break
for x in y:
    try:
        pass
    finally:
        continue
