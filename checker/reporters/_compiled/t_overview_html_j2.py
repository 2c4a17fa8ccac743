from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_overview.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0_link = l_0_message = l_0_severity = l_0_verdict = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    included_template = environment.get_template('_macros.html.j2', '_overview.html.j2')._get_default_module(context)
    l_0_link = getattr(included_template, 'link', missing)
    if l_0_link is missing:
        l_0_link = undefined(f"the template {included_template.__name__!r} (imported on line 1 in '_overview.html.j2') does not export the requested name 'link'", name='link')
    l_0_message = getattr(included_template, 'message', missing)
    if l_0_message is missing:
        l_0_message = undefined(f"the template {included_template.__name__!r} (imported on line 1 in '_overview.html.j2') does not export the requested name 'message'", name='message')
    l_0_severity = getattr(included_template, 'severity', missing)
    if l_0_severity is missing:
        l_0_severity = undefined(f"the template {included_template.__name__!r} (imported on line 1 in '_overview.html.j2') does not export the requested name 'severity'", name='severity')
    l_0_verdict = getattr(included_template, 'verdict', missing)
    if l_0_verdict is missing:
        l_0_verdict = undefined(f"the template {included_template.__name__!r} (imported on line 1 in '_overview.html.j2') does not export the requested name 'verdict'", name='verdict')
    context.vars.update({'link': l_0_link, 'message': l_0_message, 'severity': l_0_severity, 'verdict': l_0_verdict})
    context.exported_vars.difference_update(('link', 'message', 'severity', 'verdict'))
    yield '<section id="overview" aria-labelledby="overview-h">\n<h2 id="overview-h">What disagrees</h2>\n'
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'lead'):
        pass
        yield '<ol class="lead">\n'
        l_1_loop = missing
        for l_1_l, l_1_loop in LoopContext(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'lead'), undefined):
            _loop_vars = {}
            pass
            yield '<li class="lead-item sev-'
            yield escape(environment.finalize(environment.getattr(l_1_l, 'severity')))
            yield '">\n<p>'
            yield escape(environment.finalize(context.call((undefined(name='severity') if l_0_severity is missing else l_0_severity), environment.getattr(l_1_l, 'severity'), _loop_vars=_loop_vars)))
            yield ' '
            if environment.getattr(environment.getattr(l_1_l, 'card'), 'href'):
                pass
                yield '<a class="lead-link" href="'
                yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_l, 'card'), 'href')))
                yield '">'
                yield escape(environment.finalize(environment.getattr(l_1_l, 'sentence')))
                yield '</a>'
            else:
                pass
                yield escape(environment.finalize(environment.getattr(l_1_l, 'sentence')))
            if environment.getattr(environment.getattr(l_1_l, 'finding'), 'accepted'):
                pass
                yield ' <span class="badge">accepted by the baseline</span>'
            yield '</p>\n<details><summary>Details and arithmetic</summary>\n<p class="message"><code>'
            yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_l, 'finding'), 'code')))
            yield '</code> '
            yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_l, 'finding'), 'rule')))
            yield ': '
            yield escape(environment.finalize(context.call((undefined(name='message') if l_0_message is missing else l_0_message), environment.getattr(environment.getattr(l_1_l, 'finding'), 'message'), _loop_vars=_loop_vars)))
            yield '</p>\n'
            if environment.getattr(environment.getattr(l_1_l, 'finding'), 'members'):
                pass
                yield '<p class="claims-of">'
                yield escape(environment.finalize(('Claims' if (t_1(environment.getattr(environment.getattr(l_1_l, 'finding'), 'members')) > 1) else 'Claim')))
                yield ': '
                l_2_loop = missing
                for l_2_m, l_2_loop in LoopContext(environment.getattr(environment.getattr(l_1_l, 'finding'), 'members'), undefined):
                    _loop_vars = {}
                    pass
                    yield escape(environment.finalize(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_2_m, 'claim'), _loop_vars=_loop_vars)))
                    yield ' ('
                    yield escape(environment.finalize(environment.getattr(l_2_m, 'role')))
                    yield ', <span class="mono">'
                    yield escape(environment.finalize(environment.getattr(l_2_m, 'interval')))
                    yield '</span>, '
                    yield escape(environment.finalize(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_2_m, 'where'), _loop_vars=_loop_vars)))
                    yield ')'
                    if (not environment.getattr(l_2_loop, 'last')):
                        pass
                        yield '; '
                l_2_loop = l_2_m = missing
                yield '</p>'
            yield '</details>\n</li>\n'
        l_1_loop = l_1_l = missing
        yield '</ol>\n'
        if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'lead_more'):
            pass
            yield '<p class="muted">'
            yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'lead_more')))
            yield ' more '
            yield escape(environment.finalize(('discrepancy has its card' if (environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'lead_more') == 1) else 'discrepancies have their cards')))
            yield ' under <a href="#findings">Findings</a>.</p>'
    else:
        pass
        yield '<p>Nothing disagrees: no error or warning finding about a figure.</p>\n'
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'lead_elsewhere'):
        pass
        yield '<p class="note">'
        yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'lead_elsewhere')))
        yield ' more '
        yield escape(environment.finalize(('discrepancy is' if (environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'lead_elsewhere') == 1) else 'discrepancies are')))
        yield ' too many for this page and only in audit.json.</p>'
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'housekeeping'):
        pass
        yield '<p class="muted housekeeping">'
        yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'housekeeping')))
        yield '</p>'
    yield '<p class="gate-line"><span class="gate gate-'
    yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'gate')))
    yield '" title="'
    yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'gate_line')))
    yield '">'
    yield escape(environment.finalize(('✗ CI gate failed' if (environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'gate') == 'fail') else '✓ CI gate passed')))
    yield '</span> <span class="muted">'
    yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'gate_detail')))
    yield '</span></p>\n<p>'
    l_1_loop = missing
    for (l_1_name, l_1_n), l_1_loop in LoopContext(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'totals'), undefined):
        _loop_vars = {}
        pass
        yield escape(environment.finalize(l_1_n))
        yield ' '
        yield escape(environment.finalize(l_1_name))
        if (not environment.getattr(l_1_loop, 'last')):
            pass
            yield ' · '
    l_1_loop = l_1_name = l_1_n = missing
    yield '. Corpus fingerprint <code>'
    yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'fingerprint')[:16]))
    yield '</code>.'
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'fixed'):
        pass
        yield ' Baseline entries no longer found (fixed): '
        yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'fixed')))
        yield '.'
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'expired'):
        pass
        yield ' Expired baseline entries still matched: '
        yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'expired')))
        yield '.'
    yield '</p>\n'
    for l_1_note in environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'notes'):
        _loop_vars = {}
        pass
        yield '<p class="note">'
        yield escape(environment.finalize(l_1_note))
        yield '</p>\n'
    l_1_note = missing
    yield '<div class="counts">\n<table>\n<caption>Findings by severity (accepted findings not counted)</caption>\n<thead><tr><th scope="col">Severity</th><th scope="col">Findings</th></tr></thead>\n<tbody>\n'
    for l_1_c in environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'severities'):
        _loop_vars = {}
        pass
        yield '<tr><th scope="row"><a href="'
        yield escape(environment.finalize(environment.getattr(l_1_c, 'href')))
        yield '">'
        yield escape(environment.finalize(environment.getattr(l_1_c, 'key')))
        yield '</a></th><td class="num">'
        yield escape(environment.finalize(environment.getattr(l_1_c, 'count')))
        yield '</td></tr>\n'
    l_1_c = missing
    yield '</tbody>\n</table>\n<table>\n<caption>Claims by verdict</caption>\n<thead><tr><th scope="col">Verdict</th><th scope="col">Claims</th></tr></thead>\n<tbody>\n'
    for l_1_c in environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'verdicts'):
        _loop_vars = {}
        pass
        yield '<tr><th scope="row"><a href="'
        yield escape(environment.finalize(environment.getattr(l_1_c, 'href')))
        yield '">'
        yield escape(environment.finalize(environment.getattr(l_1_c, 'symbol')))
        yield ' '
        yield escape(environment.finalize(environment.getattr(l_1_c, 'key')))
        yield '</a></th><td class="num">'
        yield escape(environment.finalize(environment.getattr(l_1_c, 'count')))
        yield '</td></tr>\n'
    l_1_c = missing
    yield '</tbody>\n</table>\n'
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'coverage'):
        pass
        yield '<table>\n<caption>Numbers in the snapshots</caption>\n<thead><tr><th scope="col">Source</th><th scope="col">Numbers</th><th scope="col">Claimed</th><th scope="col">Ignored</th><th scope="col">Unclaimed</th></tr></thead>\n<tbody>\n'
        for (l_1_l, l_1_mentions, l_1_claimed, l_1_ignored, l_1_uncovered) in environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'coverage'):
            _loop_vars = {}
            pass
            yield '<tr><th scope="row">'
            yield escape(environment.finalize(context.call((undefined(name='link') if l_0_link is missing else l_0_link), l_1_l, _loop_vars=_loop_vars)))
            yield '</th><td class="num">'
            yield escape(environment.finalize(l_1_mentions))
            yield '</td><td class="num">'
            yield escape(environment.finalize(l_1_claimed))
            yield '</td><td class="num">'
            yield escape(environment.finalize(l_1_ignored))
            yield '</td><td class="num">'
            yield escape(environment.finalize(l_1_uncovered))
            yield '</td></tr>\n'
        l_1_l = l_1_mentions = l_1_claimed = l_1_ignored = l_1_uncovered = missing
        yield '</tbody>\n</table>\n'
    yield '</div>\n</section>\n'

blocks = {}
debug_info = '1=19&4=35&6=39&7=43&8=45&10=61&11=67&16=92&20=102&21=109&22=115&23=124&24=148&25=152&32=156&33=160&41=168&42=172&46=182&51=185&52=189'

# Generated by `python -m checker.reporters._templates` from
# checker/templates/_overview.html.j2: do not edit.
SOURCE_SHA256 = '1509f800f7186d014e335bd131237cda383622299fe5022c113c7a8333510433'
JINJA2_VERSION = '3.1.6'
