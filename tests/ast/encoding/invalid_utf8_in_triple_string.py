# invalid UTF-8 on the second line of a triple-quoted string
x = '''
ÿ'''
