from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_macros.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_link = l_0_links = l_0_verdict = l_0_severity = l_0_mark = l_0_icon = l_0_message = l_0_member = missing
    pass
    def macro(l_1_l):
        t_1 = []
        if l_1_l is missing:
            l_1_l = undefined("parameter 'l' was not provided", name='l')
        pass
        if environment.getattr(l_1_l, 'href'):
            pass
            t_1.extend((
                '<a href="',
                escape(environment.finalize(environment.getattr(l_1_l, 'href'))),
                '">',
                escape(environment.finalize(environment.getattr(l_1_l, 'text'))),
                '</a>',
            ))
        else:
            pass
            t_1.extend((
                '<span>',
                escape(environment.finalize(environment.getattr(l_1_l, 'text'))),
                '</span>',
            ))
        return concat(t_1)
    context.exported_vars.add('link')
    context.vars['link'] = l_0_link = Macro(environment, macro, 'link', ('l',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_ls, l_1_empty):
        t_2 = []
        if l_1_ls is missing:
            l_1_ls = undefined("parameter 'ls' was not provided", name='ls')
        if l_1_empty is missing:
            l_1_empty = 'none'
        pass
        l_2_loop = missing
        t_3 = 1
        for l_2_l, l_2_loop in LoopContext(l_1_ls, undefined):
            _loop_vars = {}
            pass
            if environment.getattr(l_2_l, 'href'):
                pass
                t_2.extend((
                    '<a href="',
                    escape(environment.finalize(environment.getattr(l_2_l, 'href'))),
                    '">',
                    escape(environment.finalize(environment.getattr(l_2_l, 'text'))),
                    '</a>',
                ))
            else:
                pass
                t_2.extend((
                    '<span>',
                    escape(environment.finalize(environment.getattr(l_2_l, 'text'))),
                    '</span>',
                ))
            if (not environment.getattr(l_2_loop, 'last')):
                pass
                t_2.append(
                    ', ',
                )
            t_3 = 0
        l_2_loop = l_2_l = missing
        if t_3:
            pass
            t_2.extend((
                '<span class="muted">',
                escape(environment.finalize(l_1_empty)),
                '</span>',
            ))
        return concat(t_2)
    context.exported_vars.add('links')
    context.vars['links'] = l_0_links = Macro(environment, macro, 'links', ('ls', 'empty'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_v, l_1_symbol):
        t_4 = []
        if l_1_v is missing:
            l_1_v = undefined("parameter 'v' was not provided", name='v')
        if l_1_symbol is missing:
            l_1_symbol = undefined("parameter 'symbol' was not provided", name='symbol')
        pass
        t_4.extend((
            '<span class="badge v-',
            escape(environment.finalize(l_1_v)),
            '">',
            escape(environment.finalize(l_1_symbol)),
            ' ',
            escape(environment.finalize(l_1_v)),
            '</span>',
        ))
        return concat(t_4)
    context.exported_vars.add('verdict')
    context.vars['verdict'] = l_0_verdict = Macro(environment, macro, 'verdict', ('v', 'symbol'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_s):
        t_5 = []
        if l_1_s is missing:
            l_1_s = undefined("parameter 's' was not provided", name='s')
        pass
        t_5.extend((
            '<span class="badge sev sev-',
            escape(environment.finalize(l_1_s)),
            '">',
            escape(environment.finalize(l_1_s)),
            '</span>',
        ))
        return concat(t_5)
    context.exported_vars.add('severity')
    context.vars['severity'] = l_0_severity = Macro(environment, macro, 'severity', ('s',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_m):
        t_6 = []
        if l_1_m is missing:
            l_1_m = undefined("parameter 'm' was not provided", name='m')
        pass
        t_6.extend((
            '<path class="mk mk-',
            escape(environment.finalize(environment.getattr(l_1_m, 'shape'))),
            '" d="',
            escape(environment.finalize(environment.getattr(l_1_m, 'path'))),
            '"/>',
        ))
        if environment.getattr(l_1_m, 'glyph'):
            pass
            t_6.extend((
                '<text class="mk-glyph" x="',
                escape(environment.finalize(environment.getattr(l_1_m, 'x'))),
                '" y="',
                escape(environment.finalize(environment.getattr(l_1_m, 'gy'))),
                '" text-anchor="middle">',
                escape(environment.finalize(environment.getattr(l_1_m, 'glyph'))),
                '</text>',
            ))
        return concat(t_6)
    context.exported_vars.add('mark')
    context.vars['mark'] = l_0_mark = Macro(environment, macro, 'mark', ('m',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_m):
        t_7 = []
        if l_1_m is missing:
            l_1_m = undefined("parameter 'm' was not provided", name='m')
        pass
        t_7.extend((
            '<svg class="icon" aria-hidden="true" focusable="false" width="20" height="18" viewBox="0 0 20 18">',
            escape(environment.finalize(context.call((undefined(name='mark') if l_0_mark is missing else l_0_mark), l_1_m))),
            '</svg>',
        ))
        return concat(t_7)
    context.exported_vars.add('icon')
    context.vars['icon'] = l_0_icon = Macro(environment, macro, 'icon', ('m',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_pieces):
        t_8 = []
        if l_1_pieces is missing:
            l_1_pieces = undefined("parameter 'pieces' was not provided", name='pieces')
        pass
        for l_2_p in l_1_pieces:
            _loop_vars = {}
            pass
            if environment.getattr(l_2_p, 'code'):
                pass
                t_8.append(
                    '<code>',
                )
                if environment.getattr(l_2_p, 'href'):
                    pass
                    t_8.extend((
                        '<a href="',
                        escape(environment.finalize(environment.getattr(l_2_p, 'href'))),
                        '">',
                        escape(environment.finalize(environment.getattr(l_2_p, 'text'))),
                        '</a>',
                    ))
                else:
                    pass
                    t_8.append(
                        escape(environment.finalize(environment.getattr(l_2_p, 'text'))),
                    )
                t_8.append(
                    '</code>',
                )
            else:
                pass
                t_8.append(
                    escape(environment.finalize(environment.getattr(l_2_p, 'text'))),
                )
        l_2_p = missing
        return concat(t_8)
    context.exported_vars.add('message')
    context.vars['message'] = l_0_message = Macro(environment, macro, 'message', ('pieces',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_m):
        t_9 = []
        if l_1_m is missing:
            l_1_m = undefined("parameter 'm' was not provided", name='m')
        pass
        t_9.extend((
            '<li class="member v-',
            escape(environment.finalize(environment.getattr(l_1_m, 'verdict'))),
            '">\n<p><span class="role role-',
            escape(environment.finalize(environment.getattr(l_1_m, 'role'))),
            '">',
            escape(environment.finalize(environment.getattr(l_1_m, 'role'))),
            '</span> ',
        ))
        if environment.getattr(environment.getattr(l_1_m, 'claim'), 'href'):
            pass
            t_9.extend((
                '<a href="',
                escape(environment.finalize(environment.getattr(environment.getattr(l_1_m, 'claim'), 'href'))),
                '">',
                escape(environment.finalize(environment.getattr(environment.getattr(l_1_m, 'claim'), 'text'))),
                '</a>',
            ))
        else:
            pass
            t_9.extend((
                '<span>',
                escape(environment.finalize(environment.getattr(environment.getattr(l_1_m, 'claim'), 'text'))),
                '</span>',
            ))
        t_9.extend((
            ' <span class="badge v-',
            escape(environment.finalize(environment.getattr(l_1_m, 'verdict'))),
            '">',
            escape(environment.finalize(environment.getattr(l_1_m, 'verdict_symbol'))),
            ' ',
            escape(environment.finalize(environment.getattr(l_1_m, 'verdict'))),
            '</span> <span class="muted">from the ',
            escape(environment.finalize(environment.getattr(l_1_m, 'kind'))),
            '</span> ',
        ))
        if environment.getattr(environment.getattr(l_1_m, 'source'), 'href'):
            pass
            t_9.extend((
                '<a href="',
                escape(environment.finalize(environment.getattr(environment.getattr(l_1_m, 'source'), 'href'))),
                '">',
                escape(environment.finalize(environment.getattr(environment.getattr(l_1_m, 'source'), 'text'))),
                '</a>',
            ))
        else:
            pass
            t_9.extend((
                '<span>',
                escape(environment.finalize(environment.getattr(environment.getattr(l_1_m, 'source'), 'text'))),
                '</span>',
            ))
        if environment.getattr(l_1_m, 'publisher'):
            pass
            t_9.extend((
                ', ',
                escape(environment.finalize(environment.getattr(l_1_m, 'publisher'))),
            ))
        if environment.getattr(l_1_m, 'published'):
            pass
            t_9.extend((
                ', ',
                escape(environment.finalize(environment.getattr(l_1_m, 'published'))),
            ))
        t_9.append(
            '</p>\n',
        )
        if ((environment.getattr(l_1_m, 'quote_before') or environment.getattr(l_1_m, 'quote_says')) or environment.getattr(l_1_m, 'quote_after')):
            pass
            t_9.extend((
                '<blockquote>',
                escape(environment.finalize(environment.getattr(l_1_m, 'quote_before'))),
                '<strong class="says">',
                escape(environment.finalize(environment.getattr(l_1_m, 'quote_says'))),
                '</strong>',
                escape(environment.finalize(environment.getattr(l_1_m, 'quote_after'))),
                '</blockquote>\n',
            ))
        t_9.append(
            '<p>',
        )
        if environment.getattr(l_1_m, 'says'):
            pass
            t_9.extend((
                'says “',
                escape(environment.finalize(environment.getattr(l_1_m, 'says'))),
                '” → ',
            ))
        elif environment.getattr(l_1_m, 'count'):
            pass
            t_9.extend((
                'counts the rows where <code>',
                escape(environment.finalize(environment.getattr(l_1_m, 'count'))),
                '</code> → ',
            ))
        t_9.extend((
            '<span class="mono">',
            escape(environment.finalize(environment.getattr(l_1_m, 'interval'))),
            '</span> · ',
        ))
        if environment.getattr(environment.getattr(l_1_m, 'where'), 'href'):
            pass
            t_9.extend((
                '<a href="',
                escape(environment.finalize(environment.getattr(environment.getattr(l_1_m, 'where'), 'href'))),
                '">',
                escape(environment.finalize(environment.getattr(environment.getattr(l_1_m, 'where'), 'text'))),
                '</a>',
            ))
        else:
            pass
            t_9.extend((
                '<span>',
                escape(environment.finalize(environment.getattr(environment.getattr(l_1_m, 'where'), 'text'))),
                '</span>',
            ))
        t_9.append(
            '</p>\n</li>',
        )
        return concat(t_9)
    context.exported_vars.add('member')
    context.vars['member'] = l_0_member = Macro(environment, macro, 'member', ('m',), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '2=12&3=17&7=36&8=45&10=81&11=90&13=100&14=107&16=115&17=122&19=141&20=148&22=154&23=159&27=193&28=200&29=202&30=265&31=269&33=279'

# Generated by `python -m checker.reporters._templates` from
# checker/templates/_macros.html.j2: do not edit.
SOURCE_SHA256 = 'bf8181f9a30e33e3dbf553da2584483d312bd31aba86099294ca401a66374277'
JINJA2_VERSION = '3.1.6'
