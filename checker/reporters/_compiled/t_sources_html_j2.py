from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_sources.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0_link = l_0_links = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    pass
    included_template = environment.get_template('_macros.html.j2', '_sources.html.j2')._get_default_module(context)
    l_0_link = getattr(included_template, 'link', missing)
    if l_0_link is missing:
        l_0_link = undefined(f"the template {included_template.__name__!r} (imported on line 1 in '_sources.html.j2') does not export the requested name 'link'", name='link')
    l_0_links = getattr(included_template, 'links', missing)
    if l_0_links is missing:
        l_0_links = undefined(f"the template {included_template.__name__!r} (imported on line 1 in '_sources.html.j2') does not export the requested name 'links'", name='links')
    context.vars.update({'link': l_0_link, 'links': l_0_links})
    context.exported_vars.difference_update(('link', 'links'))
    yield '<section id="sources" aria-labelledby="sources-h">\n<h2 id="sources-h">Sources</h2>\n'
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'chains'):
        pass
        yield '<h3 id="provenance">Provenance chains</h3>\n<ul>\n'
        l_1_loop = missing
        for l_1_chain, l_1_loop in LoopContext(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'chains'), undefined):
            _loop_vars = {}
            pass
            yield '<li class="chain">'
            l_2_loop = missing
            for l_2_l, l_2_loop in LoopContext(l_1_chain, undefined):
                _loop_vars = {}
                pass
                yield escape(environment.finalize(context.call((undefined(name='link') if l_0_link is missing else l_0_link), l_2_l, _loop_vars=_loop_vars)))
                if (not environment.getattr(l_2_loop, 'last')):
                    pass
                    yield ' → '
            l_2_loop = l_2_l = missing
            yield '</li>\n'
        l_1_loop = l_1_chain = missing
        yield '</ul>\n'
    for l_1_s in environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'sources'):
        _loop_vars = {}
        pass
        yield '<section class="item source" id="'
        yield escape(environment.finalize(environment.getattr(l_1_s, 'anchor')))
        yield '" aria-labelledby="'
        yield escape(environment.finalize(environment.getattr(l_1_s, 'anchor')))
        yield '-h">\n<h3 id="'
        yield escape(environment.finalize(environment.getattr(l_1_s, 'anchor')))
        yield '-h">'
        yield escape(environment.finalize(environment.getattr(l_1_s, 'title')))
        yield ' <code class="muted">'
        yield escape(environment.finalize(environment.getattr(l_1_s, 'id')))
        yield '</code></h3>\n<dl>\n<dt>Kind</dt><dd>'
        yield escape(environment.finalize(environment.getattr(l_1_s, 'kind')))
        yield '</dd>\n'
        if environment.getattr(l_1_s, 'publisher'):
            pass
            yield '<dt>Publisher</dt><dd>'
            yield escape(environment.finalize(environment.getattr(l_1_s, 'publisher')))
            yield '</dd>'
        if environment.getattr(l_1_s, 'author'):
            pass
            yield '<dt>Author</dt><dd>'
            yield escape(environment.finalize(environment.getattr(l_1_s, 'author')))
            yield '</dd>'
        if environment.getattr(l_1_s, 'published'):
            pass
            yield '<dt>Published</dt><dd>'
            yield escape(environment.finalize(environment.getattr(l_1_s, 'published')))
            yield '</dd>'
        if environment.getattr(l_1_s, 'url_href'):
            pass
            yield '<dt>Original</dt><dd><a href="'
            yield escape(environment.finalize(environment.getattr(l_1_s, 'url_href')))
            yield '" rel="noopener noreferrer">'
            yield escape(environment.finalize(environment.getattr(l_1_s, 'url_href')))
            yield '</a></dd>\n'
        elif environment.getattr(l_1_s, 'url_text'):
            pass
            yield '<dt>Original</dt><dd><code>'
            yield escape(environment.finalize(environment.getattr(l_1_s, 'url_text')))
            yield '</code> <span class="muted">(not an http(s) address: not linked)</span></dd>'
        if environment.getattr(l_1_s, 'file'):
            pass
            yield '<dt>File</dt><dd><code>'
            yield escape(environment.finalize(environment.getattr(l_1_s, 'file')))
            yield '</code></dd>'
        yield '<dt>sha256</dt><dd>'
        if environment.getattr(l_1_s, 'sha256'):
            pass
            yield '<code>'
            yield escape(environment.finalize(environment.getattr(l_1_s, 'sha256')))
            yield '</code>'
        else:
            pass
            yield '<strong>file missing</strong>'
        yield '</dd>\n'
        if environment.getattr(l_1_s, 'cites'):
            pass
            yield '<dt>Cites</dt><dd>'
            yield escape(environment.finalize(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_1_s, 'cites'), _loop_vars=_loop_vars)))
            yield '</dd>'
        if environment.getattr(l_1_s, 'cited_by'):
            pass
            yield '<dt>Cited by</dt><dd>'
            yield escape(environment.finalize(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_1_s, 'cited_by'), _loop_vars=_loop_vars)))
            yield '</dd>'
        if environment.getattr(l_1_s, 'note'):
            pass
            yield '<dt>Note</dt><dd>'
            yield escape(environment.finalize(environment.getattr(l_1_s, 'note')))
            yield '</dd>'
        yield '</dl>\n'
        if environment.getattr(l_1_s, 'claims'):
            pass
            yield '<table>\n<caption class="muted">Claims from '
            yield escape(environment.finalize(environment.getattr(l_1_s, 'id')))
            yield '</caption>\n<thead><tr><th scope="col">Claim</th><th scope="col">Says</th><th scope="col">Verdict</th></tr></thead>\n<tbody>\n'
            for (l_2_l, l_2_v, l_2_says, l_2_sym) in environment.getattr(l_1_s, 'claims'):
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
                yield '</td><td>'
                yield escape(environment.finalize(l_2_says))
                yield '</td><td><span class="badge v-'
                yield escape(environment.finalize(l_2_v))
                yield '">'
                yield escape(environment.finalize(l_2_sym))
                yield ' '
                yield escape(environment.finalize(l_2_v))
                yield '</span></td></tr>\n'
            l_2_l = l_2_v = l_2_says = l_2_sym = missing
            yield '</tbody>\n</table>\n'
        if environment.getattr(l_1_s, 'segments'):
            pass
            yield '<p class="muted">'
            yield escape(environment.finalize(('Its section of the shared snapshot' if environment.getattr(l_1_s, 'section') else 'Snapshot')))
            yield ', every quote highlighted; [n] links to the claim.</p>\n<div class="snapshot">'
            for l_2_seg in environment.getattr(l_1_s, 'segments'):
                _loop_vars = {}
                pass
                for l_3_m in environment.getattr(l_2_seg, 'refs'):
                    _loop_vars = {}
                    pass
                    if environment.getattr(l_3_m, 'href'):
                        pass
                        yield '<a class="qref" id="'
                        yield escape(environment.finalize(environment.getattr(l_3_m, 'anchor')))
                        yield '" href="'
                        yield escape(environment.finalize(environment.getattr(l_3_m, 'href')))
                        yield '" title="claim '
                        yield escape(environment.finalize(environment.getattr(l_3_m, 'claim')))
                        yield '">['
                        yield escape(environment.finalize(environment.getattr(l_3_m, 'number')))
                        yield ']</a>'
                    else:
                        pass
                        yield '<span class="qref" id="'
                        yield escape(environment.finalize(environment.getattr(l_3_m, 'anchor')))
                        yield '" title="claim '
                        yield escape(environment.finalize(environment.getattr(l_3_m, 'claim')))
                        yield '">['
                        yield escape(environment.finalize(environment.getattr(l_3_m, 'number')))
                        yield ']</span>'
                l_3_m = missing
                if environment.getattr(l_2_seg, 'says'):
                    pass
                    yield '<mark class="says'
                    yield escape(environment.finalize((' multi' if environment.getattr(l_2_seg, 'multi') else cond_expr_undefined("the inline if-expression on line 42 in '_sources.html.j2' evaluated to false and no else section was defined."))))
                    yield '" title="'
                    yield escape(environment.finalize(t_1(context.eval_ctx, environment.getattr(l_2_seg, 'claims'), ', ')))
                    yield '">'
                    yield escape(environment.finalize(environment.getattr(l_2_seg, 'text')))
                    yield '</mark>'
                elif environment.getattr(l_2_seg, 'quote'):
                    pass
                    yield '<mark class="'
                    yield escape(environment.finalize(('multi' if environment.getattr(l_2_seg, 'multi') else 'q')))
                    yield '" title="'
                    yield escape(environment.finalize(t_1(context.eval_ctx, environment.getattr(l_2_seg, 'claims'), ', ')))
                    yield '">'
                    yield escape(environment.finalize(environment.getattr(l_2_seg, 'text')))
                    yield '</mark>'
                else:
                    pass
                    yield escape(environment.finalize(environment.getattr(l_2_seg, 'text')))
            l_2_seg = missing
            yield '</div>\n'
            if environment.getattr(l_1_s, 'truncated'):
                pass
                yield '<p class="muted">'
                yield escape(environment.finalize(environment.getattr(l_1_s, 'truncated')))
                yield ' more characters of this text are not shown.</p>'
        elif environment.getattr(l_1_s, 'has_text'):
            pass
            yield '<p class="muted">No text shown.</p>\n'
        yield '</section>\n'
    l_1_s = missing
    yield '</section>\n'

blocks = {}
debug_info = '1=19&4=29&7=33&8=38&12=49&13=53&14=57&16=63&17=65&18=70&19=75&20=80&21=87&22=92&23=98&24=107&25=112&26=117&28=123&30=126&33=128&35=132&40=157&41=160&42=162&43=212&44=217'

# Generated by `python -m checker.reporters._templates` from
# checker/templates/_sources.html.j2: do not edit.
SOURCE_SHA256 = '3a9cda13512b4fd2acf998c87aa26e4b08e15d932bdcb63f4aeb41e0e0188268'
JINJA2_VERSION = '3.1.6'
