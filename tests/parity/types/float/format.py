# Float format specs: fixed, exponent, general, percent, alternate, grouping, z flag.
x = 1234.5678
print(f"{x:.2f} {x:.0f} {x:#.0f} {x:e} {x:.3E} {x:g} {x:.3g} {x:G} {x:%} {x:.1%}")
print(f"{x:,.2f} {x:_.3f} {x:>12.1f}| {x:<12.1f}| {x:^12.1f}| {x:012.2f} {-x:+.1f}")
print(f"{1e-5:g} {1e16:g} {1.0:g} {0.0001:g} {123456789.0:g} {1.5:#g} {2.0:n}")
print(f"{-0.0:.1f} {-0.0:z.1f} {-0.001:z.1f} {0.5:.0f} {1.5:.0f} {2.5:.0f}")
print(f"{float('inf'):f} {float('-inf'):F} {float('nan'):e} {float('nan'):G} {float('inf'):+}")
print(format(1.0), format(1e100), format(0.1, ".20f"), format(1/3, ".17g"), format(5e-324, ".3e"))
print("%.3f %e %g %5.1f %-8.2f| %+.2e" % (x, x, x, x, x, x))
print(f"{x:10}|{x:<10}|{1e20:f}")
