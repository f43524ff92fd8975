"""HTTP for the SPARQL store client and the web reader: every request within a total deadline and a size limit.

- :mod:`~kg.net.deadline`: a total deadline per request, however slowly the server answers;
- :mod:`~kg.net.exchange`: one request, retried with back-off while the server is busy, its answer read up to
  a size limit;
- :mod:`~kg.net.addresses`: the addresses a fetch from the web may reach (public ones only, by default).
"""
