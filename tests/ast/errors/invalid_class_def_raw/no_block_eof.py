# python.gram: invalid_class_def_raw (block missing at end of file)
class C(Base):
