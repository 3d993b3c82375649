# Fixture: imported relatively by fx_pkg.sub.
print("fx_pkg.sibling running")
shared = "shared from sibling"
