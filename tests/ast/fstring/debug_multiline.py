# action_helpers.c: debug text keeps newlines inside the braces
f"""{
x
=}"""
