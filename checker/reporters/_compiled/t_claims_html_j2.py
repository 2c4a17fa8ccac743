from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_claims.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0_link = l_0_links = missing
    pass
    included_template = environment.get_template('_macros.html.j2', '_claims.html.j2')._get_default_module(context)
    l_0_link = getattr(included_template, 'link', missing)
    if l_0_link is missing:
        l_0_link = undefined(f"the template {included_template.__name__!r} (imported on line 1 in '_claims.html.j2') does not export the requested name 'link'", name='link')
    l_0_links = getattr(included_template, 'links', missing)
    if l_0_links is missing:
        l_0_links = undefined(f"the template {included_template.__name__!r} (imported on line 1 in '_claims.html.j2') does not export the requested name 'links'", name='links')
    context.vars.update({'link': l_0_link, 'links': l_0_links})
    context.exported_vars.difference_update(('link', 'links'))
    yield '<section id="claims" aria-labelledby="claims-h">\n<h2 id="claims-h">Claims</h2>\n'
    for l_1_c in environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'verdicts'):
        _loop_vars = {}
        pass
        yield '<span class="ft" id="claims-v-'
        yield escape(environment.finalize(environment.getattr(l_1_c, 'key')))
        yield '"></span>\n'
    l_1_c = missing
    for l_1_s in environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'severities'):
        _loop_vars = {}
        pass
        yield '<span class="ft" id="claims-s-'
        yield escape(environment.finalize(environment.getattr(l_1_s, 'key')))
        yield '"></span>\n'
    l_1_s = missing
    yield '<nav class="filters" aria-label="Filter claims">\n<ul>\n<li><a href="#claims">All claims</a></li>\n'
    for l_1_c in environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'verdicts'):
        _loop_vars = {}
        pass
        yield '<li><a class="f-v-'
        yield escape(environment.finalize(environment.getattr(l_1_c, 'key')))
        yield '" href="'
        yield escape(environment.finalize(environment.getattr(l_1_c, 'href')))
        yield '">'
        yield escape(environment.finalize(environment.getattr(l_1_c, 'symbol')))
        yield ' '
        yield escape(environment.finalize(environment.getattr(l_1_c, 'key')))
        yield ' ('
        yield escape(environment.finalize(environment.getattr(l_1_c, 'count')))
        yield ')</a></li>\n'
    l_1_c = missing
    for l_1_s in environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'severities'):
        _loop_vars = {}
        pass
        yield '<li><a class="f-s-'
        yield escape(environment.finalize(environment.getattr(l_1_s, 'key')))
        yield '" href="#claims-s-'
        yield escape(environment.finalize(environment.getattr(l_1_s, 'key')))
        yield '">named by '
        yield escape(environment.finalize(environment.getattr(l_1_s, 'key')))
        yield ' findings</a></li>\n'
    l_1_s = missing
    yield '</ul>\n<p>By source: '
    yield escape(environment.finalize(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'source_filters'))))
    yield ' (each source lists its claims).</p>\n</nav>\n<ol class="items">\n'
    for l_1_c in environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'claims'):
        _loop_vars = {}
        pass
        yield '<li class="item claim v-'
        yield escape(environment.finalize(environment.getattr(l_1_c, 'verdict')))
        for l_2_s in environment.getattr(l_1_c, 'severities'):
            _loop_vars = {}
            pass
            yield ' s-'
            yield escape(environment.finalize(l_2_s))
        l_2_s = missing
        yield '" id="'
        yield escape(environment.finalize(environment.getattr(l_1_c, 'anchor')))
        yield '">\n<h3><code>'
        yield escape(environment.finalize(environment.getattr(l_1_c, 'id')))
        yield '</code> <span class="badge v-'
        yield escape(environment.finalize(environment.getattr(l_1_c, 'verdict')))
        yield '">'
        yield escape(environment.finalize(environment.getattr(l_1_c, 'verdict_symbol')))
        yield ' '
        yield escape(environment.finalize(environment.getattr(l_1_c, 'verdict')))
        yield '</span></h3>\n'
        if ((environment.getattr(l_1_c, 'quote_before') or environment.getattr(l_1_c, 'quote_says')) or environment.getattr(l_1_c, 'quote_after')):
            pass
            yield '<blockquote>'
            yield escape(environment.finalize(environment.getattr(l_1_c, 'quote_before')))
            yield '<strong class="says">'
            yield escape(environment.finalize(environment.getattr(l_1_c, 'quote_says')))
            yield '</strong>'
            yield escape(environment.finalize(environment.getattr(l_1_c, 'quote_after')))
            yield '</blockquote>\n'
        yield '<dl>\n<dt>Source</dt><dd>'
        if environment.getattr(environment.getattr(l_1_c, 'source'), 'href'):
            pass
            yield '<a href="'
            yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_c, 'source'), 'href')))
            yield '">'
            yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_c, 'source'), 'text')))
            yield '</a>'
        else:
            pass
            yield '<span>'
            yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_c, 'source'), 'text')))
            yield '</span>'
        yield ' ('
        yield escape(environment.finalize(environment.getattr(l_1_c, 'kind')))
        yield ')'
        if environment.getattr(l_1_c, 'publisher'):
            pass
            yield ', '
            yield escape(environment.finalize(environment.getattr(l_1_c, 'publisher')))
        if environment.getattr(l_1_c, 'published'):
            pass
            yield ', '
            yield escape(environment.finalize(environment.getattr(l_1_c, 'published')))
        yield '</dd>\n<dt>Quantity</dt><dd>'
        if environment.getattr(environment.getattr(l_1_c, 'quantity'), 'href'):
            pass
            yield '<a href="'
            yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_c, 'quantity'), 'href')))
            yield '">'
            yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_c, 'quantity'), 'text')))
            yield '</a>'
        else:
            pass
            yield '<span>'
            yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_c, 'quantity'), 'text')))
            yield '</span>'
        if environment.getattr(l_1_c, 'unit'):
            pass
            yield ' ('
            yield escape(environment.finalize(environment.getattr(l_1_c, 'unit')))
            yield ')'
        yield '</dd>\n'
        if environment.getattr(l_1_c, 'says'):
            pass
            yield '<dt>Says</dt><dd>“'
            yield escape(environment.finalize(environment.getattr(l_1_c, 'says')))
            yield '” → <span class="mono">'
            yield escape(environment.finalize(environment.getattr(l_1_c, 'interval')))
            yield '</span>'
            if environment.getattr(l_1_c, 'set_by_hand'):
                pass
                yield ' <em class="by-hand">set by hand with <code>value:</code>'
                if environment.getattr(l_1_c, 'note'):
                    pass
                    yield ': '
                    yield escape(environment.finalize(environment.getattr(l_1_c, 'note')))
                yield '</em>'
            yield '</dd>'
        if environment.getattr(l_1_c, 'count'):
            pass
            yield '<dt>Counts rows</dt><dd><code>'
            yield escape(environment.finalize(environment.getattr(l_1_c, 'count')))
            yield '</code> → <span class="mono">'
            yield escape(environment.finalize(environment.getattr(l_1_c, 'interval')))
            yield '</span></dd>'
        yield '<dt>Verdict</dt><dd><span class="badge v-'
        yield escape(environment.finalize(environment.getattr(l_1_c, 'verdict')))
        yield '">'
        yield escape(environment.finalize(environment.getattr(l_1_c, 'verdict_symbol')))
        yield ' '
        yield escape(environment.finalize(environment.getattr(l_1_c, 'verdict')))
        yield '</span> '
        yield escape(environment.finalize(environment.getattr(l_1_c, 'verdict_help')))
        yield '</dd>\n<dt>Compared with</dt><dd>'
        yield escape(environment.finalize(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_1_c, 'against'), 'nothing', _loop_vars=_loop_vars)))
        if environment.getattr(l_1_c, 'against_interval'):
            pass
            yield ': <span class="mono">'
            yield escape(environment.finalize(environment.getattr(l_1_c, 'against_interval')))
            yield '</span>'
        yield '</dd>\n<dt>Arithmetic</dt><dd class="mono">'
        yield escape(environment.finalize(environment.getattr(l_1_c, 'arithmetic')))
        yield '</dd>\n'
        if environment.getattr(l_1_c, 'revised_by'):
            pass
            yield '<dt>History</dt><dd>revised by '
            yield escape(environment.finalize(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_c, 'revised_by'), _loop_vars=_loop_vars)))
            yield ': this earlier figure is history, never blamed against its revision</dd>'
        if environment.getattr(l_1_c, 'revises'):
            pass
            yield '<dt>Revises</dt><dd>'
            yield escape(environment.finalize(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_c, 'revises'), _loop_vars=_loop_vars)))
            yield ' (an earlier estimate of the same figure)</dd>'
        if environment.getattr(l_1_c, 'repeats'):
            pass
            yield '<dt>Repeats</dt><dd>'
            yield escape(environment.finalize(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_c, 'repeats'), _loop_vars=_loop_vars)))
            yield " (the cited source's claim; not new evidence)</dd>"
        if environment.getattr(l_1_c, 'findings'):
            pass
            yield '<dt>Findings</dt><dd>'
            yield escape(environment.finalize(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_1_c, 'findings'), _loop_vars=_loop_vars)))
            yield '</dd>'
        yield '<dt>Quote</dt><dd>'
        if environment.getattr(l_1_c, 'count'):
            pass
            yield 'table-derived'
        elif environment.getattr(l_1_c, 'verified'):
            pass
            yield 'verified'
            if environment.getattr(l_1_c, 'line'):
                pass
                yield ', line '
                yield escape(environment.finalize(environment.getattr(l_1_c, 'line')))
                if environment.getattr(l_1_c, 'page'):
                    pass
                    yield ' (page '
                    yield escape(environment.finalize(environment.getattr(l_1_c, 'page')))
                    yield ')'
                yield ' of the snapshot'
        else:
            pass
            yield '<strong>not found in the source</strong>'
        if environment.getattr(l_1_c, 'in_source'):
            pass
            yield ' · '
            yield escape(environment.finalize(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_c, 'in_source'), _loop_vars=_loop_vars)))
        if environment.getattr(l_1_c, 'original'):
            pass
            yield ' · <a href="'
            yield escape(environment.finalize(environment.getattr(l_1_c, 'original')))
            yield '" rel="noopener noreferrer">on the original page</a>'
        yield '</dd>\n'
        if environment.getattr(l_1_c, 'location'):
            pass
            yield '<dt>Defined at</dt><dd><code>'
            yield escape(environment.finalize(environment.getattr(l_1_c, 'location')))
            yield '</code></dd>'
        if (environment.getattr(l_1_c, 'note') and (not environment.getattr(l_1_c, 'set_by_hand'))):
            pass
            yield '<dt>Note</dt><dd>'
            yield escape(environment.finalize(environment.getattr(l_1_c, 'note')))
            yield '</dd>'
        yield '</dl>\n</li>\n'
    l_1_c = missing
    yield '</ol>\n</section>\n'

blocks = {}
debug_info = '1=13&4=23&5=27&7=30&8=34&13=38&14=42&16=53&17=57&20=65&25=67&26=71&27=81&28=89&29=92&32=99&33=123&34=141&35=157&36=165&37=173&38=180&39=182&40=187&41=192&42=197&43=203&44=232&45=237'

# Generated by `python -m checker.reporters._templates` from
# checker/templates/_claims.html.j2: do not edit.
SOURCE_SHA256 = '752f5b4dbd0185bb51e3de99febd252ba74b4127930d9d14bf83687ea95ada35'
JINJA2_VERSION = '3.1.6'
