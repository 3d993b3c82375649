print(__debug__)
