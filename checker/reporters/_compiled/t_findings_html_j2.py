from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_findings.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0_link = l_0_links = l_0_member = l_0_message = l_0_severity = missing
    try:
        t_1 = environment.filters['capitalize']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capitalize' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    included_template = environment.get_template('_macros.html.j2', '_findings.html.j2')._get_default_module(context)
    l_0_link = getattr(included_template, 'link', missing)
    if l_0_link is missing:
        l_0_link = undefined(f"the template {included_template.__name__!r} (imported on line 1 in '_findings.html.j2') does not export the requested name 'link'", name='link')
    l_0_links = getattr(included_template, 'links', missing)
    if l_0_links is missing:
        l_0_links = undefined(f"the template {included_template.__name__!r} (imported on line 1 in '_findings.html.j2') does not export the requested name 'links'", name='links')
    l_0_member = getattr(included_template, 'member', missing)
    if l_0_member is missing:
        l_0_member = undefined(f"the template {included_template.__name__!r} (imported on line 1 in '_findings.html.j2') does not export the requested name 'member'", name='member')
    l_0_message = getattr(included_template, 'message', missing)
    if l_0_message is missing:
        l_0_message = undefined(f"the template {included_template.__name__!r} (imported on line 1 in '_findings.html.j2') does not export the requested name 'message'", name='message')
    l_0_severity = getattr(included_template, 'severity', missing)
    if l_0_severity is missing:
        l_0_severity = undefined(f"the template {included_template.__name__!r} (imported on line 1 in '_findings.html.j2') does not export the requested name 'severity'", name='severity')
    context.vars.update({'link': l_0_link, 'links': l_0_links, 'member': l_0_member, 'message': l_0_message, 'severity': l_0_severity})
    context.exported_vars.difference_update(('link', 'links', 'member', 'message', 'severity'))
    yield '<section id="findings" aria-labelledby="findings-h">\n<h2 id="findings-h">Findings</h2>\n'
    for l_1_g in environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'groups'):
        _loop_vars = {}
        pass
        yield '<span class="ft" id="findings-only-'
        yield escape(environment.finalize(environment.getattr(l_1_g, 'severity')))
        yield '"></span>\n'
    l_1_g = missing
    yield '<nav class="filters" aria-label="Filter findings by severity">\n<ul>\n<li><a href="#findings">All</a></li>\n'
    for l_1_g in environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'groups'):
        _loop_vars = {}
        pass
        yield '<li><a class="f-only-'
        yield escape(environment.finalize(environment.getattr(l_1_g, 'severity')))
        yield '" href="#findings-only-'
        yield escape(environment.finalize(environment.getattr(l_1_g, 'severity')))
        yield '">Only '
        yield escape(environment.finalize(environment.getattr(l_1_g, 'severity')))
        yield ' ('
        yield escape(environment.finalize(environment.getattr(l_1_g, 'total')))
        yield ')</a></li>\n'
    l_1_g = missing
    yield '</ul>\n</nav>\n'
    l_1_loop = missing
    for l_1_g, l_1_loop in LoopContext(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'groups'), undefined):
        _loop_vars = {}
        pass
        yield '<section class="fgroup sev-'
        yield escape(environment.finalize(environment.getattr(l_1_g, 'severity')))
        yield '" id="'
        yield escape(environment.finalize(environment.getattr(l_1_g, 'anchor')))
        yield '" aria-labelledby="'
        yield escape(environment.finalize(environment.getattr(l_1_g, 'anchor')))
        yield '-h">\n<h3 id="'
        yield escape(environment.finalize(environment.getattr(l_1_g, 'anchor')))
        yield '-h">'
        yield escape(environment.finalize(t_1(environment.getattr(l_1_g, 'severity'))))
        yield ' ('
        yield escape(environment.finalize(environment.getattr(l_1_g, 'total')))
        yield ')</h3>\n'
        if (not environment.getattr(l_1_g, 'findings')):
            pass
            yield '<p class="muted">None.</p>\n'
        else:
            pass
            yield '<ol class="items">\n'
            l_2_loop = missing
            for l_2_f, l_2_loop in LoopContext(environment.getattr(l_1_g, 'findings'), undefined):
                _loop_vars = {}
                pass
                yield '<li class="item finding sev-'
                yield escape(environment.finalize(environment.getattr(l_2_f, 'severity')))
                yield '" id="'
                yield escape(environment.finalize(environment.getattr(l_2_f, 'anchor')))
                yield '">\n<p>'
                yield escape(environment.finalize(context.call((undefined(name='severity') if l_0_severity is missing else l_0_severity), environment.getattr(l_2_f, 'severity'), _loop_vars=_loop_vars)))
                yield ' <strong><code>'
                yield escape(environment.finalize(environment.getattr(l_2_f, 'code')))
                yield '</code> '
                yield escape(environment.finalize(environment.getattr(l_2_f, 'rule')))
                yield '</strong>'
                if environment.getattr(l_2_f, 'accepted'):
                    pass
                    yield ' <span class="badge">accepted by the baseline</span>'
                yield '</p>\n<p class="message">'
                yield escape(environment.finalize(context.call((undefined(name='message') if l_0_message is missing else l_0_message), environment.getattr(l_2_f, 'message'), _loop_vars=_loop_vars)))
                yield '</p>\n<dl>\n<dt>Suspects</dt><dd>'
                yield escape(environment.finalize(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_2_f, 'suspects'), _loop_vars=_loop_vars)))
                yield '</dd>\n'
                if (environment.getattr(l_2_f, 'evidence') or environment.getattr(l_2_f, 'relations')):
                    pass
                    yield '<dt>Minimal conflicting set</dt><dd>'
                    yield escape(environment.finalize(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_2_f, 'suspects'), '', _loop_vars=_loop_vars)))
                    if (environment.getattr(l_2_f, 'suspects') and environment.getattr(l_2_f, 'evidence')):
                        pass
                        yield ', '
                    yield escape(environment.finalize(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_2_f, 'evidence'), '', _loop_vars=_loop_vars)))
                    l_3_loop = missing
                    for l_3_r, l_3_loop in LoopContext(environment.getattr(l_2_f, 'relations'), undefined):
                        _loop_vars = {}
                        pass
                        if ((environment.getattr(l_2_f, 'suspects') or environment.getattr(l_2_f, 'evidence')) or (not environment.getattr(l_3_loop, 'first'))):
                            pass
                            yield ', '
                        yield 'relation <code>'
                        yield escape(environment.finalize(environment.getitem(l_3_r, 0)))
                        yield '</code>'
                        if environment.getitem(l_3_r, 2):
                            pass
                            yield ' ('
                            yield escape(environment.finalize(environment.getitem(l_3_r, 2)))
                            yield ')'
                    l_3_loop = l_3_r = missing
                    yield '</dd>\n'
                if environment.getattr(l_2_f, 'members'):
                    pass
                    yield '<dt>'
                    yield escape(environment.finalize(('What each says' if (t_2(environment.getattr(l_2_f, 'members')) > 1) else 'What it says')))
                    yield '</dt><dd><ul class="members">\n'
                    for l_3_m in environment.getattr(l_2_f, 'members'):
                        _loop_vars = {}
                        pass
                        yield escape(environment.finalize(context.call((undefined(name='member') if l_0_member is missing else l_0_member), l_3_m, _loop_vars=_loop_vars)))
                        yield '\n'
                    l_3_m = missing
                    yield '</ul></dd>\n'
                if environment.getattr(l_2_f, 'repeated_by'):
                    pass
                    yield '<dt>Repeated by</dt><dd>'
                    yield escape(environment.finalize(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_2_f, 'repeated_by'), _loop_vars=_loop_vars)))
                    yield '</dd>'
                if environment.getattr(l_2_f, 'quantities'):
                    pass
                    yield '<dt>Quantities</dt><dd>'
                    yield escape(environment.finalize(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_2_f, 'quantities'), _loop_vars=_loop_vars)))
                    yield '</dd>'
                if environment.getattr(l_2_f, 'location'):
                    pass
                    yield '<dt>Location</dt><dd><code>'
                    yield escape(environment.finalize(environment.getattr(l_2_f, 'location')))
                    yield '</code></dd>'
                yield '<dt>Rule</dt><dd>'
                if environment.getattr(l_2_f, 'help_uri'):
                    pass
                    yield '<a href="'
                    yield escape(environment.finalize(environment.getattr(l_2_f, 'help_uri')))
                    yield '">'
                    yield escape(environment.finalize(environment.getattr(l_2_f, 'code')))
                    yield ' documentation</a>'
                yield ' <span class="muted mono">fingerprint '
                yield escape(environment.finalize(environment.getattr(l_2_f, 'fingerprint')))
                yield '</span></dd>\n</dl>\n</li>\n'
            l_2_loop = l_2_f = missing
            yield '</ol>\n'
            if environment.getattr(l_1_g, 'compact'):
                pass
                yield '<p class="muted">The other '
                yield escape(environment.finalize(t_2(environment.getattr(l_1_g, 'compact'))))
                yield ' '
                yield escape(environment.finalize(environment.getattr(l_1_g, 'severity')))
                yield ' findings, one line each:</p>\n<ol class="compact">\n'
                for l_2_c in environment.getattr(l_1_g, 'compact'):
                    _loop_vars = {}
                    pass
                    yield '<li id="'
                    yield escape(environment.finalize(environment.getattr(l_2_c, 'anchor')))
                    yield '"><code>'
                    yield escape(environment.finalize(environment.getattr(l_2_c, 'code')))
                    yield '</code> '
                    yield escape(environment.finalize(environment.getattr(l_2_c, 'rule')))
                    yield ' '
                    yield escape(environment.finalize(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_2_c, 'suspects'), '', _loop_vars=_loop_vars)))
                    yield ': '
                    yield escape(environment.finalize(context.call((undefined(name='message') if l_0_message is missing else l_0_message), environment.getattr(l_2_c, 'message'), _loop_vars=_loop_vars)))
                    if environment.getattr(l_2_c, 'location'):
                        pass
                        yield ' <code class="muted">'
                        yield escape(environment.finalize(environment.getattr(l_2_c, 'location')))
                        yield '</code>'
                    yield '</li>\n'
                l_2_c = missing
                yield '</ol>\n'
        yield '</section>\n'
    l_1_loop = l_1_g = missing
    yield '</section>\n'

blocks = {}
debug_info = '1=25&4=44&5=48&10=52&11=56&15=67&16=71&17=77&18=83&22=90&23=94&24=98&25=108&27=110&28=112&29=115&31=137&32=140&33=142&34=145&38=149&39=154&40=159&41=165&46=177&47=180&49=184&50=188'

# Generated by `python -m checker.reporters._templates` from
# checker/templates/_findings.html.j2: do not edit.
SOURCE_SHA256 = '5c7c1ce2e89667eceb5dbb62c157b1b579d88c319ec264a8726c52f7ae3337e5'
JINJA2_VERSION = '3.1.6'
