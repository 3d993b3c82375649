# python.gram: primary (left recursion over a long chain)
a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z(1)[2].a.b().c[3:4]
