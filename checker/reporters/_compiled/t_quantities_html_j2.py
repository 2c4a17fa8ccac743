from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_quantities.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0_icon = l_0_links = l_0_chart = missing
    pass
    included_template = environment.get_template('_macros.html.j2', '_quantities.html.j2')._get_default_module(context)
    l_0_icon = getattr(included_template, 'icon', missing)
    if l_0_icon is missing:
        l_0_icon = undefined(f"the template {included_template.__name__!r} (imported on line 1 in '_quantities.html.j2') does not export the requested name 'icon'", name='icon')
    l_0_links = getattr(included_template, 'links', missing)
    if l_0_links is missing:
        l_0_links = undefined(f"the template {included_template.__name__!r} (imported on line 1 in '_quantities.html.j2') does not export the requested name 'links'", name='links')
    context.vars.update({'icon': l_0_icon, 'links': l_0_links})
    context.exported_vars.difference_update(('icon', 'links'))
    def macro(l_1_q, l_1_nl, l_1_sfx, l_1_cls):
        t_1 = []
        if l_1_q is missing:
            l_1_q = undefined("parameter 'q' was not provided", name='q')
        if l_1_nl is missing:
            l_1_nl = undefined("parameter 'nl' was not provided", name='nl')
        if l_1_sfx is missing:
            l_1_sfx = undefined("parameter 'sfx' was not provided", name='sfx')
        if l_1_cls is missing:
            l_1_cls = undefined("parameter 'cls' was not provided", name='cls')
        pass
        t_1.extend((
            '<svg class="numberline ',
            escape(environment.finalize(l_1_cls)),
            '" role="group" aria-labelledby="',
            escape(environment.finalize(environment.getattr(l_1_q, 'anchor'))),
            '-svg',
            escape(environment.finalize(l_1_sfx)),
            '" aria-describedby="',
            escape(environment.finalize(environment.getattr(l_1_q, 'anchor'))),
            '-desc',
            escape(environment.finalize(l_1_sfx)),
            '" viewBox="0 0 ',
            escape(environment.finalize(environment.getattr(l_1_nl, 'width'))),
            ' ',
            escape(environment.finalize(environment.getattr(l_1_nl, 'height'))),
            '" width="',
            escape(environment.finalize(environment.getattr(l_1_nl, 'width'))),
            '" height="',
            escape(environment.finalize(environment.getattr(l_1_nl, 'height'))),
            '" xmlns="http://www.w3.org/2000/svg">\n<title id="',
            escape(environment.finalize(environment.getattr(l_1_q, 'anchor'))),
            '-svg',
            escape(environment.finalize(l_1_sfx)),
            '">',
            escape(environment.finalize(environment.getattr(l_1_nl, 'title'))),
            '</title>\n<desc id="',
            escape(environment.finalize(environment.getattr(l_1_q, 'anchor'))),
            '-desc',
            escape(environment.finalize(l_1_sfx)),
            '">',
            escape(environment.finalize(environment.getattr(l_1_nl, 'desc'))),
            '</desc>\n',
        ))
        if environment.getattr(l_1_nl, 'band'):
            pass
            t_1.extend((
                '<rect class="band" x="',
                escape(environment.finalize(environment.getitem(environment.getattr(l_1_nl, 'band'), 0))),
                '" y="',
                escape(environment.finalize(environment.getitem(environment.getattr(l_1_nl, 'band'), 1))),
                '" width="',
                escape(environment.finalize(environment.getitem(environment.getattr(l_1_nl, 'band'), 2))),
                '" height="',
                escape(environment.finalize(environment.getitem(environment.getattr(l_1_nl, 'band'), 3))),
                '"/>',
            ))
        t_1.extend((
            '<line class="axis" x1="',
            escape(environment.finalize(environment.getattr(l_1_nl, 'plot_x1'))),
            '" y1="',
            escape(environment.finalize(environment.getattr(l_1_nl, 'axis_y'))),
            '" x2="',
            escape(environment.finalize(environment.getattr(l_1_nl, 'plot_x2'))),
            '" y2="',
            escape(environment.finalize(environment.getattr(l_1_nl, 'axis_y'))),
            '"/>\n',
        ))
        for l_2_t in environment.getattr(l_1_nl, 'ticks'):
            _loop_vars = {}
            pass
            t_1.extend((
                '<g class="tick"><line class="axis" x1="',
                escape(environment.finalize(environment.getattr(l_2_t, 'x'))),
                '" y1="',
                escape(environment.finalize(environment.getattr(l_1_nl, 'axis_y'))),
                '" x2="',
                escape(environment.finalize(environment.getattr(l_2_t, 'x'))),
                '" y2="',
                escape(environment.finalize((environment.getattr(l_1_nl, 'axis_y') + 4))),
                '"/><text x="',
                escape(environment.finalize(environment.getattr(l_2_t, 'x'))),
                '" y="',
                escape(environment.finalize((environment.getattr(l_1_nl, 'axis_y') + 16))),
                '" text-anchor="middle">',
                escape(environment.finalize(environment.getattr(l_2_t, 'label'))),
                '</text></g>\n',
            ))
        l_2_t = missing
        for l_2_b in environment.getattr(l_1_nl, 'bars'):
            _loop_vars = {}
            pass
            if environment.getattr(l_2_b, 'href'):
                pass
                t_1.extend((
                    '<a href="',
                    escape(environment.finalize(environment.getattr(l_2_b, 'href'))),
                    '">',
                ))
            t_1.extend((
                '<g class="bar-',
                escape(environment.finalize(environment.getattr(l_2_b, 'verdict'))),
                '">\n',
            ))
            if environment.getattr(l_2_b, 'band'):
                pass
                t_1.extend((
                    '<rect class="implied-row" x="',
                    escape(environment.finalize(environment.getitem(environment.getattr(l_2_b, 'band'), 0))),
                    '" y="',
                    escape(environment.finalize(environment.getitem(environment.getattr(l_2_b, 'band'), 1))),
                    '" width="',
                    escape(environment.finalize(environment.getitem(environment.getattr(l_2_b, 'band'), 2))),
                    '" height="',
                    escape(environment.finalize(environment.getitem(environment.getattr(l_2_b, 'band'), 3))),
                    '"/>\n',
                ))
            elif ((not environment.getattr(l_2_b, 'empty')) and (not environment.getattr(l_2_b, 'point'))):
                pass
                t_1.extend((
                    '<line class="seg" x1="',
                    escape(environment.finalize(environment.getattr(l_2_b, 'x1'))),
                    '" y1="',
                    escape(environment.finalize(environment.getattr(l_2_b, 'y'))),
                    '" x2="',
                    escape(environment.finalize(environment.getattr(l_2_b, 'x2'))),
                    '" y2="',
                    escape(environment.finalize(environment.getattr(l_2_b, 'y'))),
                    '"/>\n',
                ))
            if (environment.getattr(l_2_b, 'lo') == 'ray'):
                pass
                t_1.extend((
                    '<polygon class="ray" points="',
                    escape(environment.finalize(environment.getattr(l_2_b, 'arrow_lo'))),
                    '"/>',
                ))
            elif (environment.getattr(l_2_b, 'lo') != 'none'):
                pass
                t_1.extend((
                    '<circle class="',
                    escape(environment.finalize(environment.getattr(l_2_b, 'lo'))),
                    '" cx="',
                    escape(environment.finalize(environment.getattr(l_2_b, 'x1'))),
                    '" cy="',
                    escape(environment.finalize(environment.getattr(l_2_b, 'y'))),
                    '" r="4"/>',
                ))
            if (environment.getattr(l_2_b, 'hi') == 'ray'):
                pass
                t_1.extend((
                    '<polygon class="ray" points="',
                    escape(environment.finalize(environment.getattr(l_2_b, 'arrow_hi'))),
                    '"/>',
                ))
            elif (environment.getattr(l_2_b, 'hi') != 'none'):
                pass
                t_1.extend((
                    '<circle class="',
                    escape(environment.finalize(environment.getattr(l_2_b, 'hi'))),
                    '" cx="',
                    escape(environment.finalize(environment.getattr(l_2_b, 'x2'))),
                    '" cy="',
                    escape(environment.finalize(environment.getattr(l_2_b, 'y'))),
                    '" r="4"/>',
                ))
            if environment.getattr(l_2_b, 'point'):
                pass
                t_1.extend((
                    '<path class="mk mk-',
                    escape(environment.finalize(environment.getattr(environment.getattr(l_2_b, 'point'), 'shape'))),
                    '" d="',
                    escape(environment.finalize(environment.getattr(environment.getattr(l_2_b, 'point'), 'path'))),
                    '"/>',
                ))
                if environment.getattr(environment.getattr(l_2_b, 'point'), 'glyph'):
                    pass
                    t_1.extend((
                        '<text class="mk-glyph" x="',
                        escape(environment.finalize(environment.getattr(environment.getattr(l_2_b, 'point'), 'x'))),
                        '" y="',
                        escape(environment.finalize(environment.getattr(environment.getattr(l_2_b, 'point'), 'gy'))),
                        '" text-anchor="middle">',
                        escape(environment.finalize(environment.getattr(environment.getattr(l_2_b, 'point'), 'glyph'))),
                        '</text>',
                    ))
            t_1.extend((
                '<path class="mk mk-',
                escape(environment.finalize(environment.getattr(environment.getattr(l_2_b, 'marker'), 'shape'))),
                '" d="',
                escape(environment.finalize(environment.getattr(environment.getattr(l_2_b, 'marker'), 'path'))),
                '"/>',
            ))
            if environment.getattr(environment.getattr(l_2_b, 'marker'), 'glyph'):
                pass
                t_1.extend((
                    '<text class="mk-glyph" x="',
                    escape(environment.finalize(environment.getattr(environment.getattr(l_2_b, 'marker'), 'x'))),
                    '" y="',
                    escape(environment.finalize(environment.getattr(environment.getattr(l_2_b, 'marker'), 'gy'))),
                    '" text-anchor="middle">',
                    escape(environment.finalize(environment.getattr(environment.getattr(l_2_b, 'marker'), 'glyph'))),
                    '</text>',
                ))
            t_1.extend((
                '\n<text x="',
                escape(environment.finalize(environment.getattr(l_1_nl, 'label_x'))),
                '" y="',
                escape(environment.finalize((environment.getattr(l_2_b, 'y') + environment.getattr(l_1_nl, 'label_dy')))),
                '">',
                escape(environment.finalize(environment.getattr(l_2_b, 'label'))),
                '</text>\n</g>\n',
            ))
            if environment.getattr(l_2_b, 'href'):
                pass
                t_1.append(
                    '</a>',
                )
        l_2_b = missing
        t_1.append(
            '</svg>',
        )
        return concat(t_1)
    context.exported_vars.add('chart')
    context.vars['chart'] = l_0_chart = Macro(environment, macro, 'chart', ('q', 'nl', 'sfx', 'cls'), False, False, False, context.eval_ctx.autoescape)
    yield '<section id="quantities" aria-labelledby="quantities-h">\n<h2 id="quantities-h">Quantities</h2>\n<p>Each number line draws every claim\'s interval on one row. The marker beside each label, and on the line for a single value, names the verdict by its shape; a filled dot is a closed end, a ring an open end, an arrow an unbounded side; the grey band behind the rows is the implied bounds. Conflicting claims are dashed, uncorroborated ones dotted.</p>\n<ul class="legend" aria-label="Key to the number lines">\n'
    for (l_1_m, l_1_text, l_1_kind) in environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'legend'):
        _loop_vars = {}
        pass
        yield '<li class="bar-'
        yield escape(environment.finalize(l_1_kind))
        yield '">'
        yield escape(environment.finalize(context.call((undefined(name='icon') if l_0_icon is missing else l_0_icon), l_1_m, _loop_vars=_loop_vars)))
        yield ' '
        yield escape(environment.finalize(l_1_text))
        yield '</li>\n'
    l_1_m = l_1_text = l_1_kind = missing
    yield '</ul>\n'
    for l_1_q in environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'quantities'):
        l_1_nl = missing
        _loop_vars = {}
        pass
        yield '<section class="item quantity" id="'
        yield escape(environment.finalize(environment.getattr(l_1_q, 'anchor')))
        yield '" aria-labelledby="'
        yield escape(environment.finalize(environment.getattr(l_1_q, 'anchor')))
        yield '-h">\n<h3 id="'
        yield escape(environment.finalize(environment.getattr(l_1_q, 'anchor')))
        yield '-h">'
        yield escape(environment.finalize(environment.getattr(l_1_q, 'label')))
        yield ' <code class="muted">'
        yield escape(environment.finalize(environment.getattr(l_1_q, 'id')))
        yield '</code></h3>\n<p>Unit: '
        yield escape(environment.finalize(environment.getattr(l_1_q, 'unit')))
        yield '. Implied bounds: <strong>'
        yield escape(environment.finalize(environment.getattr(l_1_q, 'implied')))
        yield '</strong>.'
        if environment.getattr(l_1_q, 'findings'):
            pass
            yield ' Findings: '
            yield escape(environment.finalize(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_1_q, 'findings'), _loop_vars=_loop_vars)))
            yield '.'
        yield '</p>\n'
        yield escape(environment.finalize(context.call((undefined(name='chart') if l_0_chart is missing else l_0_chart), l_1_q, environment.getattr(l_1_q, 'chart'), '', 'wide', _loop_vars=_loop_vars)))
        yield '\n'
        yield escape(environment.finalize(context.call((undefined(name='chart') if l_0_chart is missing else l_0_chart), l_1_q, environment.getattr(l_1_q, 'chart_narrow'), '-n', 'narrow', _loop_vars=_loop_vars)))
        yield '\n'
        l_1_nl = environment.getattr(l_1_q, 'chart')
        _loop_vars['nl'] = l_1_nl
        if environment.getattr((undefined(name='nl') if l_1_nl is missing else l_1_nl), 'more'):
            pass
            yield '<p class="muted">'
            yield escape(environment.finalize(environment.getattr((undefined(name='nl') if l_1_nl is missing else l_1_nl), 'more')))
            yield ' more claims are not drawn.</p>'
        if environment.getattr(l_1_q, 'claims'):
            pass
            yield '<table>\n<caption class="muted">Claims on '
            yield escape(environment.finalize(environment.getattr(l_1_q, 'id')))
            yield '</caption>\n<thead><tr><th scope="col">Claim</th><th scope="col">Interval</th><th scope="col">Verdict</th></tr></thead>\n<tbody>\n'
            for (l_2_l, l_2_v, l_2_iv, l_2_sym) in environment.getattr(l_1_q, 'claims'):
                _loop_vars = {}
                pass
                yield '<tr class="v-'
                yield escape(environment.finalize(l_2_v))
                yield '"><td>'
                if environment.getattr(l_2_l, 'href'):
                    pass
                    yield '<a href="'
                    yield escape(environment.finalize(environment.getattr(l_2_l, 'href')))
                    yield '">'
                    yield escape(environment.finalize(environment.getattr(l_2_l, 'text')))
                    yield '</a>'
                else:
                    pass
                    yield '<span>'
                    yield escape(environment.finalize(environment.getattr(l_2_l, 'text')))
                    yield '</span>'
                yield '</td><td class="mono">'
                yield escape(environment.finalize(l_2_iv))
                yield '</td><td><span class="badge v-'
                yield escape(environment.finalize(l_2_v))
                yield '">'
                yield escape(environment.finalize(l_2_sym))
                yield ' '
                yield escape(environment.finalize(l_2_v))
                yield '</span></td></tr>\n'
            l_2_l = l_2_v = l_2_iv = l_2_sym = missing
            yield '</tbody>\n</table>\n'
        else:
            pass
            yield '<p class="muted">No claim states '
            yield escape(environment.finalize(environment.getattr(l_1_q, 'id')))
            yield ': its bounds come from the relations alone.</p>\n'
        if environment.getattr(l_1_q, 'more'):
            pass
            yield '<p class="muted">'
            yield escape(environment.finalize(environment.getattr(l_1_q, 'more')))
            yield ' more claims on this quantity are not listed.</p>'
        yield '</section>\n'
    l_1_q = l_1_nl = missing
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'relations'):
        pass
        yield '<h3 id="relations">Relations</h3>\n<ul>\n'
        for (l_1_rid, l_1_kind, l_1_why) in environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'relations'):
            _loop_vars = {}
            pass
            yield '<li><code>'
            yield escape(environment.finalize(l_1_rid))
            yield '</code> ('
            yield escape(environment.finalize(l_1_kind))
            yield ')'
            if l_1_why:
                pass
                yield ': '
                yield escape(environment.finalize(l_1_why))
            yield '</li>\n'
        l_1_rid = l_1_kind = l_1_why = missing
        yield '</ul>\n'
    yield '</section>\n'

blocks = {}
debug_info = '1=13&2=22&3=35&4=53&5=59&6=66&7=81&8=90&9=95&11=111&12=114&13=123&14=126&15=139&17=152&18=170&21=188&22=210&23=228&25=235&33=248&34=252&37=260&38=265&39=269&40=275&41=285&42=287&43=289&44=291&45=296&47=299&50=301&52=305&57=333&59=335&62=342&65=345&66=349'

# Generated by `python -m checker.reporters._templates` from
# checker/templates/_quantities.html.j2: do not edit.
SOURCE_SHA256 = 'd27f1355ba0b538620446379d50c94377457a5021c9334cdacc1a2fb68e01d49'
JINJA2_VERSION = '3.1.6'
