# python.gram: invalid_group (cannot use double starred expression here)
(**a)
