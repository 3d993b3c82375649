# Warning categories are exceptions: hierarchy and raising them directly.
for w in (Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning, RuntimeWarning,
          FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning):
    print(w.__name__, w.__base__.__name__, issubclass(w, Exception))
raise DeprecationWarning("raised as an exception")
