xyz = f"""a
{b}""" \r
