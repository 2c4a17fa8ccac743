from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'report.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    try:
        t_1 = environment.filters['safe']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'safe' found.")
    pass
    yield '<!DOCTYPE html>\n<html lang="'
    yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'language')))
    yield '">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="'
    yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'csp')))
    yield '">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="color-scheme" content="light dark">\n<meta name="referrer" content="no-referrer">\n<meta name="generator" content="claimcheck">\n<link rel="icon" href="data:,">\n<title>'
    yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title')))
    yield '</title>\n'
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'summary'):
        pass
        yield '<meta name="description" content="'
        yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'summary')))
        yield '">\n'
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'canonical'):
        pass
        yield '<link rel="canonical" href="'
        yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'canonical')))
        yield '">\n'
    yield '<style>'
    yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'css')))
    yield '</style>\n'
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'claimreview'):
        pass
        yield '<script type="application/ld+json">'
        yield escape(environment.finalize(t_1(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'claimreview'))))
        yield '</script>\n'
    yield '</head>\n<body>\n<a class="skip" href="#main">Skip to the report</a>\n<header>\n<h1>'
    yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'heading')))
    yield '</h1>\n'
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'summary'):
        pass
        yield '<p class="summary">'
        yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'summary')))
        yield '</p>\n'
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'publisher'):
        pass
        yield '<p class="byline">Published by '
        yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'publisher')))
        yield '. Every figure below links to its source text.</p>\n'
    yield '<nav aria-label="Sections">\n<ul>\n<li><a href="#overview">What disagrees</a></li>\n<li><a href="#findings">Findings</a></li>\n<li><a href="#quantities">Quantities</a></li>\n<li><a href="#claims">Claims</a></li>\n<li><a href="#sources">Sources</a></li>\n</ul>\n</nav>\n</header>\n<main id="main" tabindex="-1">\n'
    template = environment.get_template('_overview.html.j2', 'report.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    template = environment.get_template('_findings.html.j2', 'report.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    template = environment.get_template('_quantities.html.j2', 'report.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    template = environment.get_template('_claims.html.j2', 'report.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    template = environment.get_template('_sources.html.j2', 'report.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '</main>\n<footer>\n<p class="muted">Corpus fingerprint (sha256 of every corpus file and snapshot): <code>'
    yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'fingerprint')))
    yield '</code>.'
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'generated_at'):
        pass
        yield ' Generated at (SOURCE_DATE_EPOCH): <time datetime="'
        yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'generated_at')))
        yield '">'
        yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'generated_at')))
        yield '</time>.'
    yield ' Written by claimcheck; this file loads nothing from the network.</p>\n</footer>\n</body>\n</html>\n'

blocks = {}
debug_info = '2=19&5=21&11=23&12=25&14=30&16=36&17=38&23=44&24=46&26=51&39=57&40=63&41=69&42=75&43=81&46=88'

# Generated by `python -m checker.reporters._templates` from
# checker/templates/report.html.j2: do not edit.
SOURCE_SHA256 = 'a4b819ef469eb03ad6663ac8ad796f8fc958196b48be6af844461663c3ad17ca'
JINJA2_VERSION = '3.1.6'
