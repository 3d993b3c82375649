# cannot use starred expression here (lone starred assignment target)
*a = 1
