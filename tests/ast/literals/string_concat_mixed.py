# action_helpers.c _PyPegen_concatenate_strings: implicit concatenation of str, raw and u strings
s = "a" 'b' r'\c' u"d" """e""" '''f'''
