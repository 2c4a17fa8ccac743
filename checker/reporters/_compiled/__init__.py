"""The HTML report's templates, precompiled by jinja2 (layer 4: output; generated).

One module per template of ``checker/templates``, written by
``python -m checker.reporters._templates`` and loaded by
`checker.reporters._templates.PrecompiledLoader` only while it matches its template and the
installed jinja2.  Never edit these files: change the template and regenerate them.
"""
