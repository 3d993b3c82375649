# python.gram: import_name, dotted_as_names, dotted_as_name, dotted_name
import a
import a.b.c
import a as b, c.d as e
import a.b, c
