# attribute followed by '(' with keyword: name_or_attr class pattern with bad argument
match x:
    case a.b(c.d=1):
        pass
