# python.gram: else_block after for (&&':')
for x in y:
    pass
else
    pass
