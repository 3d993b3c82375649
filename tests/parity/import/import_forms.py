# Import statement forms: aliases, parenthesised from-imports, dotted names binding the top package.
import fx_plain as p, fx_star
from fx_plain import (attribute,
                      timeout as t,)
import fx_pkg.sibling
print(p.attribute, attribute, t, fx_star.public_a, fx_pkg.sibling.shared, "sibling" in dir(fx_pkg))
from fx_pkg import sibling as sib, top_value
print(sib.shared, top_value)
print(p.timout)
