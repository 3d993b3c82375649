# python.gram: invalid_dotted_as_name (cannot use function call as import target)
import a as f()
