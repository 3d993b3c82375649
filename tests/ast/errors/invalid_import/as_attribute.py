# python.gram: invalid_dotted_as_name (cannot use attribute as import target)
import a as b.c
