"""The HTML report's templates, precompiled (layer 4: output; generated).

``html_page`` is the templates translated into plain Python (`checker.reporters._htmlcode`),
which a run renders the page with while it matches every template; the ``t_*`` modules
are jinja2's code of each template, loaded by
`checker.reporters._templates.PrecompiledLoader` when the page is rendered with jinja2
(only while ``html_page`` is stale), while it matches its template and the installed
jinja2.  All are written by ``python -m checker.reporters._templates``.  Never edit these
files: change the template and regenerate them.
"""
