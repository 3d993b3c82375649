# Carets under a source line with wide (East Asian) and combining characters.
def 计算(值):
    结果 = {"一": 1}
    return 结果["二"] + 值


print("前")
计算(1)
