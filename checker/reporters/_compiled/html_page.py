"""The HTML report's templates as plain Python (layer 4: output; generated).

Written by ``python -m checker.reporters._templates``
(`checker.reporters._htmlcode`) from the templates of ``checker/templates``;
used while ``SOURCES`` matches them.  Never edit this file: change the
template and regenerate it.
"""

from checker.reporters._htmlout import capitalize as _capitalize
from checker.reporters._htmlout import join as _join
from checker.reporters._htmlout import length as _length
from checker.reporters._htmlout import out as _out
from checker.reporters._htmlout import safe as _safe

SOURCES = {
    '_claims.html.j2': '752f5b4dbd0185bb51e3de99febd252ba74b4127930d9d14bf83687ea95ada35',
    '_findings.html.j2': '5c7c1ce2e89667eceb5dbb62c157b1b579d88c319ec264a8726c52f7ae3337e5',
    '_macros.html.j2': 'bf8181f9a30e33e3dbf553da2584483d312bd31aba86099294ca401a66374277',
    '_overview.html.j2': '1509f800f7186d014e335bd131237cda383622299fe5022c113c7a8333510433',
    '_quantities.html.j2': 'd27f1355ba0b538620446379d50c94377457a5021c9334cdacc1a2fb68e01d49',
    '_sources.html.j2': '3a9cda13512b4fd2acf998c87aa26e4b08e15d932bdcb63f4aeb41e0e0188268',
    'report.html.j2': 'a4b819ef469eb03ad6663ac8ad796f8fc958196b48be6af844461663c3ad17ca',
}


def _sequence(items):
    return items if type(items) in (tuple, list) else list(items)


def render(page):
    """Return the HTML of the view model `page`."""
    parts = []
    t_report(page, parts.append)
    return ''.join(parts)


def m_macros_link(a_l):
    _b = []
    w = _b.append
    if a_l.href:
        w('<a href="')
        w(_out(a_l.href))
        w('">')
        w(_out(a_l.text))
        w('</a>')
    else:
        w('<span>')
        w(_out(a_l.text))
        w('</span>')
    return ''.join(_b)


def m_macros_links(a_ls, a_empty='none'):
    _b = []
    w = _b.append
    _seq_5 = _sequence(a_ls)
    _n_3 = len(_seq_5)
    _empty_4 = True
    for _i_2, (v_l_1) in enumerate(_seq_5):
        _empty_4 = False
        if v_l_1.href:
            w('<a href="')
            w(_out(v_l_1.href))
            w('">')
            w(_out(v_l_1.text))
            w('</a>')
        else:
            w('<span>')
            w(_out(v_l_1.text))
            w('</span>')
        if (not (_i_2 == _n_3 - 1)):
            w(', ')
    if _empty_4:
        w('<span class="muted">')
        w(_out(a_empty))
        w('</span>')
    return ''.join(_b)


def m_macros_verdict(a_v, a_symbol):
    _b = []
    w = _b.append
    w('<span class="badge v-')
    w(_out(a_v))
    w('">')
    w(_out(a_symbol))
    w(' ')
    w(_out(a_v))
    w('</span>')
    return ''.join(_b)


def m_macros_severity(a_s):
    _b = []
    w = _b.append
    w('<span class="badge sev sev-')
    w(_out(a_s))
    w('">')
    w(_out(a_s))
    w('</span>')
    return ''.join(_b)


def m_macros_mark(a_m):
    _b = []
    w = _b.append
    w('<path class="mk mk-')
    w(_out(a_m.shape))
    w('" d="')
    w(_out(a_m.path))
    w('"/>')
    if a_m.glyph:
        w('<text class="mk-glyph" x="')
        w(_out(a_m.x))
        w('" y="')
        w(_out(a_m.gy))
        w('" text-anchor="middle">')
        w(_out(a_m.glyph))
        w('</text>')
    return ''.join(_b)


def m_macros_icon(a_m):
    _b = []
    w = _b.append
    w('<svg class="icon" aria-hidden="true" focusable="false" width="20" height="18" viewBox="0 0 20 18">')
    w(m_macros_mark(a_m))
    w('</svg>')
    return ''.join(_b)


def m_macros_message(a_pieces):
    _b = []
    w = _b.append
    for v_p_1 in a_pieces:
        if v_p_1.code:
            w('<code>')
            if v_p_1.href:
                w('<a href="')
                w(_out(v_p_1.href))
                w('">')
                w(_out(v_p_1.text))
                w('</a>')
            else:
                w(_out(v_p_1.text))
            w('</code>')
        else:
            w(_out(v_p_1.text))
    return ''.join(_b)


def m_macros_member(a_m):
    _b = []
    w = _b.append
    w('<li class="member v-')
    w(_out(a_m.verdict))
    w('">\n<p><span class="role role-')
    w(_out(a_m.role))
    w('">')
    w(_out(a_m.role))
    w('</span> ')
    if a_m.claim.href:
        w('<a href="')
        w(_out(a_m.claim.href))
        w('">')
        w(_out(a_m.claim.text))
        w('</a>')
    else:
        w('<span>')
        w(_out(a_m.claim.text))
        w('</span>')
    w(' <span class="badge v-')
    w(_out(a_m.verdict))
    w('">')
    w(_out(a_m.verdict_symbol))
    w(' ')
    w(_out(a_m.verdict))
    w('</span> <span class="muted">from the ')
    w(_out(a_m.kind))
    w('</span> ')
    if a_m.source.href:
        w('<a href="')
        w(_out(a_m.source.href))
        w('">')
        w(_out(a_m.source.text))
        w('</a>')
    else:
        w('<span>')
        w(_out(a_m.source.text))
        w('</span>')
    if a_m.publisher:
        w(', ')
        w(_out(a_m.publisher))
    if a_m.published:
        w(', ')
        w(_out(a_m.published))
    w('</p>\n')
    if ((a_m.quote_before or a_m.quote_says) or a_m.quote_after):
        w('<blockquote>')
        w(_out(a_m.quote_before))
        w('<strong class="says">')
        w(_out(a_m.quote_says))
        w('</strong>')
        w(_out(a_m.quote_after))
        w('</blockquote>\n')
    w('<p>')
    if a_m.says:
        w('says “')
        w(_out(a_m.says))
        w('” → ')
    elif a_m.count:
        w('counts the rows where <code>')
        w(_out(a_m.count))
        w('</code> → ')
    w('<span class="mono">')
    w(_out(a_m.interval))
    w('</span> · ')
    if a_m.where.href:
        w('<a href="')
        w(_out(a_m.where.href))
        w('">')
        w(_out(a_m.where.text))
        w('</a>')
    else:
        w('<span>')
        w(_out(a_m.where.text))
        w('</span>')
    w('</p>\n</li>')
    return ''.join(_b)


def t_macros(page, w):
    pass


def t_overview(page, w):
    w('<section id="overview" aria-labelledby="overview-h">\n<h2 id="overview-h">What disagrees</h2>\n')
    if page.lead:
        w('<ol class="lead">\n')
        for v_l_1 in page.lead:
            w('<li class="lead-item sev-')
            w(_out(v_l_1.severity))
            w('">\n<p>')
            w(m_macros_severity(v_l_1.severity))
            w(' ')
            if v_l_1.card.href:
                w('<a class="lead-link" href="')
                w(_out(v_l_1.card.href))
                w('">')
                w(_out(v_l_1.sentence))
                w('</a>')
            else:
                w(_out(v_l_1.sentence))
            if v_l_1.finding.accepted:
                w(' <span class="badge">accepted by the baseline</span>')
            w('</p>\n<details><summary>Details and arithmetic</summary>\n<p class="message"><code>')
            w(_out(v_l_1.finding.code))
            w('</code> ')
            w(_out(v_l_1.finding.rule))
            w(': ')
            w(m_macros_message(v_l_1.finding.message))
            w('</p>\n')
            if v_l_1.finding.members:
                w('<p class="claims-of">')
                w(_out(('Claims' if (_length(v_l_1.finding.members) > 1) else 'Claim')))
                w(': ')
                _seq_7 = _sequence(v_l_1.finding.members)
                _n_6 = len(_seq_7)
                for _i_5, (v_m_4) in enumerate(_seq_7):
                    w(m_macros_link(v_m_4.claim))
                    w(' (')
                    w(_out(v_m_4.role))
                    w(', <span class="mono">')
                    w(_out(v_m_4.interval))
                    w('</span>, ')
                    w(m_macros_link(v_m_4.where))
                    w(')')
                    if (not (_i_5 == _n_6 - 1)):
                        w('; ')
                w('</p>')
            w('</details>\n</li>\n')
        w('</ol>\n')
        if page.lead_more:
            w('<p class="muted">')
            w(_out(page.lead_more))
            w(' more ')
            w(_out(('discrepancy has its card' if (page.lead_more == 1) else 'discrepancies have their cards')))
            w(' under <a href="#findings">Findings</a>.</p>')
    else:
        w('<p>Nothing disagrees: no error or warning finding about a figure.</p>\n')
    if page.lead_elsewhere:
        w('<p class="note">')
        w(_out(page.lead_elsewhere))
        w(' more ')
        w(_out(('discrepancy is' if (page.lead_elsewhere == 1) else 'discrepancies are')))
        w(' too many for this page and only in audit.json.</p>')
    if page.housekeeping:
        w('<p class="muted housekeeping">')
        w(_out(page.housekeeping))
        w('</p>')
    w('<p class="gate-line"><span class="gate gate-')
    w(_out(page.gate))
    w('" title="')
    w(_out(page.gate_line))
    w('">')
    w(_out(('✗ CI gate failed' if (page.gate == 'fail') else '✓ CI gate passed')))
    w('</span> <span class="muted">')
    w(_out(page.gate_detail))
    w('</span></p>\n<p>')
    _seq_12 = _sequence(page.totals)
    _n_11 = len(_seq_12)
    for _i_10, (v_name_8, v_n_9,) in enumerate(_seq_12):
        w(_out(v_n_9))
        w(' ')
        w(_out(v_name_8))
        if (not (_i_10 == _n_11 - 1)):
            w(' · ')
    w('. Corpus fingerprint <code>')
    w(_out(page.fingerprint[:16]))
    w('</code>.')
    if page.fixed:
        w(' Baseline entries no longer found (fixed): ')
        w(_out(page.fixed))
        w('.')
    if page.expired:
        w(' Expired baseline entries still matched: ')
        w(_out(page.expired))
        w('.')
    w('</p>\n')
    for v_note_13 in page.notes:
        w('<p class="note">')
        w(_out(v_note_13))
        w('</p>\n')
    w('<div class="counts">\n<table>\n<caption>Findings by severity (accepted findings not counted)</caption>\n<thead><tr><th scope="col">Severity</th><th scope="col">Findings</th></tr></thead>\n<tbody>\n')
    for v_c_16 in page.severities:
        w('<tr><th scope="row"><a href="')
        w(_out(v_c_16.href))
        w('">')
        w(_out(v_c_16.key))
        w('</a></th><td class="num">')
        w(_out(v_c_16.count))
        w('</td></tr>\n')
    w('</tbody>\n</table>\n<table>\n<caption>Claims by verdict</caption>\n<thead><tr><th scope="col">Verdict</th><th scope="col">Claims</th></tr></thead>\n<tbody>\n')
    for v_c_19 in page.verdicts:
        w('<tr><th scope="row"><a href="')
        w(_out(v_c_19.href))
        w('">')
        w(_out(v_c_19.symbol))
        w(' ')
        w(_out(v_c_19.key))
        w('</a></th><td class="num">')
        w(_out(v_c_19.count))
        w('</td></tr>\n')
    w('</tbody>\n</table>\n')
    if page.coverage:
        w('<table>\n<caption>Numbers in the snapshots</caption>\n<thead><tr><th scope="col">Source</th><th scope="col">Numbers</th><th scope="col">Claimed</th><th scope="col">Ignored</th><th scope="col">Unclaimed</th></tr></thead>\n<tbody>\n')
        for v_l_22, v_mentions_23, v_claimed_24, v_ignored_25, v_uncovered_26, in page.coverage:
            w('<tr><th scope="row">')
            w(m_macros_link(v_l_22))
            w('</th><td class="num">')
            w(_out(v_mentions_23))
            w('</td><td class="num">')
            w(_out(v_claimed_24))
            w('</td><td class="num">')
            w(_out(v_ignored_25))
            w('</td><td class="num">')
            w(_out(v_uncovered_26))
            w('</td></tr>\n')
        w('</tbody>\n</table>\n')
    w('</div>\n</section>\n')


def t_findings(page, w):
    w('<section id="findings" aria-labelledby="findings-h">\n<h2 id="findings-h">Findings</h2>\n')
    for v_g_1 in page.groups:
        w('<span class="ft" id="findings-only-')
        w(_out(v_g_1.severity))
        w('"></span>\n')
    w('<nav class="filters" aria-label="Filter findings by severity">\n<ul>\n<li><a href="#findings">All</a></li>\n')
    for v_g_4 in page.groups:
        w('<li><a class="f-only-')
        w(_out(v_g_4.severity))
        w('" href="#findings-only-')
        w(_out(v_g_4.severity))
        w('">Only ')
        w(_out(v_g_4.severity))
        w(' (')
        w(_out(v_g_4.total))
        w(')</a></li>\n')
    w('</ul>\n</nav>\n')
    for v_g_7 in page.groups:
        w('<section class="fgroup sev-')
        w(_out(v_g_7.severity))
        w('" id="')
        w(_out(v_g_7.anchor))
        w('" aria-labelledby="')
        w(_out(v_g_7.anchor))
        w('-h">\n<h3 id="')
        w(_out(v_g_7.anchor))
        w('-h">')
        w(_out(_capitalize(v_g_7.severity)))
        w(' (')
        w(_out(v_g_7.total))
        w(')</h3>\n')
        if (not v_g_7.findings):
            w('<p class="muted">None.</p>\n')
        else:
            w('<ol class="items">\n')
            for v_f_10 in v_g_7.findings:
                w('<li class="item finding sev-')
                w(_out(v_f_10.severity))
                w('" id="')
                w(_out(v_f_10.anchor))
                w('">\n<p>')
                w(m_macros_severity(v_f_10.severity))
                w(' <strong><code>')
                w(_out(v_f_10.code))
                w('</code> ')
                w(_out(v_f_10.rule))
                w('</strong>')
                if v_f_10.accepted:
                    w(' <span class="badge">accepted by the baseline</span>')
                w('</p>\n<p class="message">')
                w(m_macros_message(v_f_10.message))
                w('</p>\n<dl>\n<dt>Suspects</dt><dd>')
                w(m_macros_links(v_f_10.suspects))
                w('</dd>\n')
                if (v_f_10.evidence or v_f_10.relations):
                    w('<dt>Minimal conflicting set</dt><dd>')
                    w(m_macros_links(v_f_10.suspects, ''))
                    if (v_f_10.suspects and v_f_10.evidence):
                        w(', ')
                    w(m_macros_links(v_f_10.evidence, ''))
                    _seq_16 = _sequence(v_f_10.relations)
                    _n_15 = len(_seq_16)
                    for _i_14, (v_r_13) in enumerate(_seq_16):
                        if ((v_f_10.suspects or v_f_10.evidence) or (not (_i_14 == 0))):
                            w(', ')
                        w('relation <code>')
                        w(_out(v_r_13[0]))
                        w('</code>')
                        if v_r_13[2]:
                            w(' (')
                            w(_out(v_r_13[2]))
                            w(')')
                    w('</dd>\n')
                if v_f_10.members:
                    w('<dt>')
                    w(_out(('What each says' if (_length(v_f_10.members) > 1) else 'What it says')))
                    w('</dt><dd><ul class="members">\n')
                    for v_m_17 in v_f_10.members:
                        w(m_macros_member(v_m_17))
                        w('\n')
                    w('</ul></dd>\n')
                if v_f_10.repeated_by:
                    w('<dt>Repeated by</dt><dd>')
                    w(m_macros_links(v_f_10.repeated_by))
                    w('</dd>')
                if v_f_10.quantities:
                    w('<dt>Quantities</dt><dd>')
                    w(m_macros_links(v_f_10.quantities))
                    w('</dd>')
                if v_f_10.location:
                    w('<dt>Location</dt><dd><code>')
                    w(_out(v_f_10.location))
                    w('</code></dd>')
                w('<dt>Rule</dt><dd>')
                if v_f_10.help_uri:
                    w('<a href="')
                    w(_out(v_f_10.help_uri))
                    w('">')
                    w(_out(v_f_10.code))
                    w(' documentation</a>')
                w(' <span class="muted mono">fingerprint ')
                w(_out(v_f_10.fingerprint))
                w('</span></dd>\n</dl>\n</li>\n')
            w('</ol>\n')
            if v_g_7.compact:
                w('<p class="muted">The other ')
                w(_out(_length(v_g_7.compact)))
                w(' ')
                w(_out(v_g_7.severity))
                w(' findings, one line each:</p>\n<ol class="compact">\n')
                for v_c_20 in v_g_7.compact:
                    w('<li id="')
                    w(_out(v_c_20.anchor))
                    w('"><code>')
                    w(_out(v_c_20.code))
                    w('</code> ')
                    w(_out(v_c_20.rule))
                    w(' ')
                    w(m_macros_links(v_c_20.suspects, ''))
                    w(': ')
                    w(m_macros_message(v_c_20.message))
                    if v_c_20.location:
                        w(' <code class="muted">')
                        w(_out(v_c_20.location))
                        w('</code>')
                    w('</li>\n')
                w('</ol>\n')
        w('</section>\n')
    w('</section>\n')


def m_quantities_chart(a_q, a_nl, a_sfx, a_cls):
    _b = []
    w = _b.append
    w('<svg class="numberline ')
    w(_out(a_cls))
    w('" role="group" aria-labelledby="')
    w(_out(a_q.anchor))
    w('-svg')
    w(_out(a_sfx))
    w('" aria-describedby="')
    w(_out(a_q.anchor))
    w('-desc')
    w(_out(a_sfx))
    w('" viewBox="0 0 ')
    w(_out(a_nl.width))
    w(' ')
    w(_out(a_nl.height))
    w('" width="')
    w(_out(a_nl.width))
    w('" height="')
    w(_out(a_nl.height))
    w('" xmlns="http://www.w3.org/2000/svg">\n<title id="')
    w(_out(a_q.anchor))
    w('-svg')
    w(_out(a_sfx))
    w('">')
    w(_out(a_nl.title))
    w('</title>\n<desc id="')
    w(_out(a_q.anchor))
    w('-desc')
    w(_out(a_sfx))
    w('">')
    w(_out(a_nl.desc))
    w('</desc>\n')
    if a_nl.band:
        w('<rect class="band" x="')
        w(_out(a_nl.band[0]))
        w('" y="')
        w(_out(a_nl.band[1]))
        w('" width="')
        w(_out(a_nl.band[2]))
        w('" height="')
        w(_out(a_nl.band[3]))
        w('"/>')
    w('<line class="axis" x1="')
    w(_out(a_nl.plot_x1))
    w('" y1="')
    w(_out(a_nl.axis_y))
    w('" x2="')
    w(_out(a_nl.plot_x2))
    w('" y2="')
    w(_out(a_nl.axis_y))
    w('"/>\n')
    for v_t_1 in a_nl.ticks:
        w('<g class="tick"><line class="axis" x1="')
        w(_out(v_t_1.x))
        w('" y1="')
        w(_out(a_nl.axis_y))
        w('" x2="')
        w(_out(v_t_1.x))
        w('" y2="')
        w(_out((a_nl.axis_y + 4)))
        w('"/><text x="')
        w(_out(v_t_1.x))
        w('" y="')
        w(_out((a_nl.axis_y + 16)))
        w('" text-anchor="middle">')
        w(_out(v_t_1.label))
        w('</text></g>\n')
    for v_b_4 in a_nl.bars:
        if v_b_4.href:
            w('<a href="')
            w(_out(v_b_4.href))
            w('">')
        w('<g class="bar-')
        w(_out(v_b_4.verdict))
        w('">\n')
        if v_b_4.band:
            w('<rect class="implied-row" x="')
            w(_out(v_b_4.band[0]))
            w('" y="')
            w(_out(v_b_4.band[1]))
            w('" width="')
            w(_out(v_b_4.band[2]))
            w('" height="')
            w(_out(v_b_4.band[3]))
            w('"/>\n')
        elif ((not v_b_4.empty) and (not v_b_4.point)):
            w('<line class="seg" x1="')
            w(_out(v_b_4.x1))
            w('" y1="')
            w(_out(v_b_4.y))
            w('" x2="')
            w(_out(v_b_4.x2))
            w('" y2="')
            w(_out(v_b_4.y))
            w('"/>\n')
        if (v_b_4.lo == 'ray'):
            w('<polygon class="ray" points="')
            w(_out(v_b_4.arrow_lo))
            w('"/>')
        elif (v_b_4.lo != 'none'):
            w('<circle class="')
            w(_out(v_b_4.lo))
            w('" cx="')
            w(_out(v_b_4.x1))
            w('" cy="')
            w(_out(v_b_4.y))
            w('" r="4"/>')
        if (v_b_4.hi == 'ray'):
            w('<polygon class="ray" points="')
            w(_out(v_b_4.arrow_hi))
            w('"/>')
        elif (v_b_4.hi != 'none'):
            w('<circle class="')
            w(_out(v_b_4.hi))
            w('" cx="')
            w(_out(v_b_4.x2))
            w('" cy="')
            w(_out(v_b_4.y))
            w('" r="4"/>')
        if v_b_4.point:
            w('<path class="mk mk-')
            w(_out(v_b_4.point.shape))
            w('" d="')
            w(_out(v_b_4.point.path))
            w('"/>')
            if v_b_4.point.glyph:
                w('<text class="mk-glyph" x="')
                w(_out(v_b_4.point.x))
                w('" y="')
                w(_out(v_b_4.point.gy))
                w('" text-anchor="middle">')
                w(_out(v_b_4.point.glyph))
                w('</text>')
        w('<path class="mk mk-')
        w(_out(v_b_4.marker.shape))
        w('" d="')
        w(_out(v_b_4.marker.path))
        w('"/>')
        if v_b_4.marker.glyph:
            w('<text class="mk-glyph" x="')
            w(_out(v_b_4.marker.x))
            w('" y="')
            w(_out(v_b_4.marker.gy))
            w('" text-anchor="middle">')
            w(_out(v_b_4.marker.glyph))
            w('</text>')
        w('\n<text x="')
        w(_out(a_nl.label_x))
        w('" y="')
        w(_out((v_b_4.y + a_nl.label_dy)))
        w('">')
        w(_out(v_b_4.label))
        w('</text>\n</g>\n')
        if v_b_4.href:
            w('</a>')
    w('</svg>')
    return ''.join(_b)


def t_quantities(page, w):
    w('<section id="quantities" aria-labelledby="quantities-h">\n<h2 id="quantities-h">Quantities</h2>\n<p>Each number line draws every claim\'s interval on one row. The marker beside each label, and on the line for a single value, names the verdict by its shape; a filled dot is a closed end, a ring an open end, an arrow an unbounded side; the grey band behind the rows is the implied bounds. Conflicting claims are dashed, uncorroborated ones dotted.</p>\n<ul class="legend" aria-label="Key to the number lines">\n')
    for v_m_1, v_text_2, v_kind_3, in page.legend:
        w('<li class="bar-')
        w(_out(v_kind_3))
        w('">')
        w(m_macros_icon(v_m_1))
        w(' ')
        w(_out(v_text_2))
        w('</li>\n')
    w('</ul>\n')
    for v_q_6 in page.quantities:
        w('<section class="item quantity" id="')
        w(_out(v_q_6.anchor))
        w('" aria-labelledby="')
        w(_out(v_q_6.anchor))
        w('-h">\n<h3 id="')
        w(_out(v_q_6.anchor))
        w('-h">')
        w(_out(v_q_6.label))
        w(' <code class="muted">')
        w(_out(v_q_6.id))
        w('</code></h3>\n<p>Unit: ')
        w(_out(v_q_6.unit))
        w('. Implied bounds: <strong>')
        w(_out(v_q_6.implied))
        w('</strong>.')
        if v_q_6.findings:
            w(' Findings: ')
            w(m_macros_links(v_q_6.findings))
            w('.')
        w('</p>\n')
        w(m_quantities_chart(v_q_6, v_q_6.chart, '', 'wide'))
        w('\n')
        w(m_quantities_chart(v_q_6, v_q_6.chart_narrow, '-n', 'narrow'))
        w('\n')
        v_nl_9 = v_q_6.chart
        if v_nl_9.more:
            w('<p class="muted">')
            w(_out(v_nl_9.more))
            w(' more claims are not drawn.</p>')
        if v_q_6.claims:
            w('<table>\n<caption class="muted">Claims on ')
            w(_out(v_q_6.id))
            w('</caption>\n<thead><tr><th scope="col">Claim</th><th scope="col">Interval</th><th scope="col">Verdict</th></tr></thead>\n<tbody>\n')
            for v_l_10, v_v_11, v_iv_12, v_sym_13, in v_q_6.claims:
                w('<tr class="v-')
                w(_out(v_v_11))
                w('"><td>')
                if v_l_10.href:
                    w('<a href="')
                    w(_out(v_l_10.href))
                    w('">')
                    w(_out(v_l_10.text))
                    w('</a>')
                else:
                    w('<span>')
                    w(_out(v_l_10.text))
                    w('</span>')
                w('</td><td class="mono">')
                w(_out(v_iv_12))
                w('</td><td><span class="badge v-')
                w(_out(v_v_11))
                w('">')
                w(_out(v_sym_13))
                w(' ')
                w(_out(v_v_11))
                w('</span></td></tr>\n')
            w('</tbody>\n</table>\n')
        else:
            w('<p class="muted">No claim states ')
            w(_out(v_q_6.id))
            w(': its bounds come from the relations alone.</p>\n')
        if v_q_6.more:
            w('<p class="muted">')
            w(_out(v_q_6.more))
            w(' more claims on this quantity are not listed.</p>')
        w('</section>\n')
    if page.relations:
        w('<h3 id="relations">Relations</h3>\n<ul>\n')
        for v_rid_16, v_kind_17, v_why_18, in page.relations:
            w('<li><code>')
            w(_out(v_rid_16))
            w('</code> (')
            w(_out(v_kind_17))
            w(')')
            if v_why_18:
                w(': ')
                w(_out(v_why_18))
            w('</li>\n')
        w('</ul>\n')
    w('</section>\n')


def t_claims(page, w):
    w('<section id="claims" aria-labelledby="claims-h">\n<h2 id="claims-h">Claims</h2>\n')
    for v_c_1 in page.verdicts:
        w('<span class="ft" id="claims-v-')
        w(_out(v_c_1.key))
        w('"></span>\n')
    for v_s_4 in page.severities:
        w('<span class="ft" id="claims-s-')
        w(_out(v_s_4.key))
        w('"></span>\n')
    w('<nav class="filters" aria-label="Filter claims">\n<ul>\n<li><a href="#claims">All claims</a></li>\n')
    for v_c_7 in page.verdicts:
        w('<li><a class="f-v-')
        w(_out(v_c_7.key))
        w('" href="')
        w(_out(v_c_7.href))
        w('">')
        w(_out(v_c_7.symbol))
        w(' ')
        w(_out(v_c_7.key))
        w(' (')
        w(_out(v_c_7.count))
        w(')</a></li>\n')
    for v_s_10 in page.severities:
        w('<li><a class="f-s-')
        w(_out(v_s_10.key))
        w('" href="#claims-s-')
        w(_out(v_s_10.key))
        w('">named by ')
        w(_out(v_s_10.key))
        w(' findings</a></li>\n')
    w('</ul>\n<p>By source: ')
    w(m_macros_links(page.source_filters))
    w(' (each source lists its claims).</p>\n</nav>\n<ol class="items">\n')
    for v_c_13 in page.claims:
        w('<li class="item claim v-')
        w(_out(v_c_13.verdict))
        for v_s_16 in v_c_13.severities:
            w(' s-')
            w(_out(v_s_16))
        w('" id="')
        w(_out(v_c_13.anchor))
        w('">\n<h3><code>')
        w(_out(v_c_13.id))
        w('</code> <span class="badge v-')
        w(_out(v_c_13.verdict))
        w('">')
        w(_out(v_c_13.verdict_symbol))
        w(' ')
        w(_out(v_c_13.verdict))
        w('</span></h3>\n')
        if ((v_c_13.quote_before or v_c_13.quote_says) or v_c_13.quote_after):
            w('<blockquote>')
            w(_out(v_c_13.quote_before))
            w('<strong class="says">')
            w(_out(v_c_13.quote_says))
            w('</strong>')
            w(_out(v_c_13.quote_after))
            w('</blockquote>\n')
        w('<dl>\n<dt>Source</dt><dd>')
        if v_c_13.source.href:
            w('<a href="')
            w(_out(v_c_13.source.href))
            w('">')
            w(_out(v_c_13.source.text))
            w('</a>')
        else:
            w('<span>')
            w(_out(v_c_13.source.text))
            w('</span>')
        w(' (')
        w(_out(v_c_13.kind))
        w(')')
        if v_c_13.publisher:
            w(', ')
            w(_out(v_c_13.publisher))
        if v_c_13.published:
            w(', ')
            w(_out(v_c_13.published))
        w('</dd>\n<dt>Quantity</dt><dd>')
        if v_c_13.quantity.href:
            w('<a href="')
            w(_out(v_c_13.quantity.href))
            w('">')
            w(_out(v_c_13.quantity.text))
            w('</a>')
        else:
            w('<span>')
            w(_out(v_c_13.quantity.text))
            w('</span>')
        if v_c_13.unit:
            w(' (')
            w(_out(v_c_13.unit))
            w(')')
        w('</dd>\n')
        if v_c_13.says:
            w('<dt>Says</dt><dd>“')
            w(_out(v_c_13.says))
            w('” → <span class="mono">')
            w(_out(v_c_13.interval))
            w('</span>')
            if v_c_13.set_by_hand:
                w(' <em class="by-hand">set by hand with <code>value:</code>')
                if v_c_13.note:
                    w(': ')
                    w(_out(v_c_13.note))
                w('</em>')
            w('</dd>')
        if v_c_13.count:
            w('<dt>Counts rows</dt><dd><code>')
            w(_out(v_c_13.count))
            w('</code> → <span class="mono">')
            w(_out(v_c_13.interval))
            w('</span></dd>')
        w('<dt>Verdict</dt><dd><span class="badge v-')
        w(_out(v_c_13.verdict))
        w('">')
        w(_out(v_c_13.verdict_symbol))
        w(' ')
        w(_out(v_c_13.verdict))
        w('</span> ')
        w(_out(v_c_13.verdict_help))
        w('</dd>\n<dt>Compared with</dt><dd>')
        w(m_macros_links(v_c_13.against, 'nothing'))
        if v_c_13.against_interval:
            w(': <span class="mono">')
            w(_out(v_c_13.against_interval))
            w('</span>')
        w('</dd>\n<dt>Arithmetic</dt><dd class="mono">')
        w(_out(v_c_13.arithmetic))
        w('</dd>\n')
        if v_c_13.revised_by:
            w('<dt>History</dt><dd>revised by ')
            w(m_macros_link(v_c_13.revised_by))
            w(': this earlier figure is history, never blamed against its revision</dd>')
        if v_c_13.revises:
            w('<dt>Revises</dt><dd>')
            w(m_macros_link(v_c_13.revises))
            w(' (an earlier estimate of the same figure)</dd>')
        if v_c_13.repeats:
            w('<dt>Repeats</dt><dd>')
            w(m_macros_link(v_c_13.repeats))
            w(" (the cited source's claim; not new evidence)</dd>")
        if v_c_13.findings:
            w('<dt>Findings</dt><dd>')
            w(m_macros_links(v_c_13.findings))
            w('</dd>')
        w('<dt>Quote</dt><dd>')
        if v_c_13.count:
            w('table-derived')
        elif v_c_13.verified:
            w('verified')
            if v_c_13.line:
                w(', line ')
                w(_out(v_c_13.line))
                if v_c_13.page:
                    w(' (page ')
                    w(_out(v_c_13.page))
                    w(')')
                w(' of the snapshot')
        else:
            w('<strong>not found in the source</strong>')
        if v_c_13.in_source:
            w(' · ')
            w(m_macros_link(v_c_13.in_source))
        if v_c_13.original:
            w(' · <a href="')
            w(_out(v_c_13.original))
            w('" rel="noopener noreferrer">on the original page</a>')
        w('</dd>\n')
        if v_c_13.location:
            w('<dt>Defined at</dt><dd><code>')
            w(_out(v_c_13.location))
            w('</code></dd>')
        if (v_c_13.note and (not v_c_13.set_by_hand)):
            w('<dt>Note</dt><dd>')
            w(_out(v_c_13.note))
            w('</dd>')
        w('</dl>\n</li>\n')
    w('</ol>\n</section>\n')


def t_sources(page, w):
    w('<section id="sources" aria-labelledby="sources-h">\n<h2 id="sources-h">Sources</h2>\n')
    if page.chains:
        w('<h3 id="provenance">Provenance chains</h3>\n<ul>\n')
        for v_chain_1 in page.chains:
            w('<li class="chain">')
            _seq_7 = _sequence(v_chain_1)
            _n_6 = len(_seq_7)
            for _i_5, (v_l_4) in enumerate(_seq_7):
                w(m_macros_link(v_l_4))
                if (not (_i_5 == _n_6 - 1)):
                    w(' → ')
            w('</li>\n')
        w('</ul>\n')
    for v_s_8 in page.sources:
        w('<section class="item source" id="')
        w(_out(v_s_8.anchor))
        w('" aria-labelledby="')
        w(_out(v_s_8.anchor))
        w('-h">\n<h3 id="')
        w(_out(v_s_8.anchor))
        w('-h">')
        w(_out(v_s_8.title))
        w(' <code class="muted">')
        w(_out(v_s_8.id))
        w('</code></h3>\n<dl>\n<dt>Kind</dt><dd>')
        w(_out(v_s_8.kind))
        w('</dd>\n')
        if v_s_8.publisher:
            w('<dt>Publisher</dt><dd>')
            w(_out(v_s_8.publisher))
            w('</dd>')
        if v_s_8.author:
            w('<dt>Author</dt><dd>')
            w(_out(v_s_8.author))
            w('</dd>')
        if v_s_8.published:
            w('<dt>Published</dt><dd>')
            w(_out(v_s_8.published))
            w('</dd>')
        if v_s_8.url_href:
            w('<dt>Original</dt><dd><a href="')
            w(_out(v_s_8.url_href))
            w('" rel="noopener noreferrer">')
            w(_out(v_s_8.url_href))
            w('</a></dd>\n')
        elif v_s_8.url_text:
            w('<dt>Original</dt><dd><code>')
            w(_out(v_s_8.url_text))
            w('</code> <span class="muted">(not an http(s) address: not linked)</span></dd>')
        if v_s_8.file:
            w('<dt>File</dt><dd><code>')
            w(_out(v_s_8.file))
            w('</code></dd>')
        w('<dt>sha256</dt><dd>')
        if v_s_8.sha256:
            w('<code>')
            w(_out(v_s_8.sha256))
            w('</code>')
        else:
            w('<strong>file missing</strong>')
        w('</dd>\n')
        if v_s_8.cites:
            w('<dt>Cites</dt><dd>')
            w(m_macros_links(v_s_8.cites))
            w('</dd>')
        if v_s_8.cited_by:
            w('<dt>Cited by</dt><dd>')
            w(m_macros_links(v_s_8.cited_by))
            w('</dd>')
        if v_s_8.note:
            w('<dt>Note</dt><dd>')
            w(_out(v_s_8.note))
            w('</dd>')
        w('</dl>\n')
        if v_s_8.claims:
            w('<table>\n<caption class="muted">Claims from ')
            w(_out(v_s_8.id))
            w('</caption>\n<thead><tr><th scope="col">Claim</th><th scope="col">Says</th><th scope="col">Verdict</th></tr></thead>\n<tbody>\n')
            for v_l_11, v_v_12, v_says_13, v_sym_14, in v_s_8.claims:
                w('<tr class="v-')
                w(_out(v_v_12))
                w('"><td>')
                if v_l_11.href:
                    w('<a href="')
                    w(_out(v_l_11.href))
                    w('">')
                    w(_out(v_l_11.text))
                    w('</a>')
                else:
                    w('<span>')
                    w(_out(v_l_11.text))
                    w('</span>')
                w('</td><td>')
                w(_out(v_says_13))
                w('</td><td><span class="badge v-')
                w(_out(v_v_12))
                w('">')
                w(_out(v_sym_14))
                w(' ')
                w(_out(v_v_12))
                w('</span></td></tr>\n')
            w('</tbody>\n</table>\n')
        if v_s_8.segments:
            w('<p class="muted">')
            w(_out(('Its section of the shared snapshot' if v_s_8.section else 'Snapshot')))
            w(', every quote highlighted; [n] links to the claim.</p>\n<div class="snapshot">')
            for v_seg_17 in v_s_8.segments:
                for v_m_20 in v_seg_17.refs:
                    if v_m_20.href:
                        w('<a class="qref" id="')
                        w(_out(v_m_20.anchor))
                        w('" href="')
                        w(_out(v_m_20.href))
                        w('" title="claim ')
                        w(_out(v_m_20.claim))
                        w('">[')
                        w(_out(v_m_20.number))
                        w(']</a>')
                    else:
                        w('<span class="qref" id="')
                        w(_out(v_m_20.anchor))
                        w('" title="claim ')
                        w(_out(v_m_20.claim))
                        w('">[')
                        w(_out(v_m_20.number))
                        w(']</span>')
                if v_seg_17.says:
                    w('<mark class="says')
                    w((_out(' multi') if v_seg_17.multi else ''))
                    w('" title="')
                    w(_out(_join(v_seg_17.claims, ', ')))
                    w('">')
                    w(_out(v_seg_17.text))
                    w('</mark>')
                elif v_seg_17.quote:
                    w('<mark class="')
                    w(_out(('multi' if v_seg_17.multi else 'q')))
                    w('" title="')
                    w(_out(_join(v_seg_17.claims, ', ')))
                    w('">')
                    w(_out(v_seg_17.text))
                    w('</mark>')
                else:
                    w(_out(v_seg_17.text))
            w('</div>\n')
            if v_s_8.truncated:
                w('<p class="muted">')
                w(_out(v_s_8.truncated))
                w(' more characters of this text are not shown.</p>')
        elif v_s_8.has_text:
            w('<p class="muted">No text shown.</p>\n')
        w('</section>\n')
    w('</section>\n')


def t_report(page, w):
    w('<!DOCTYPE html>\n<html lang="')
    w(_out(page.language))
    w('">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="')
    w(_out(page.csp))
    w('">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="color-scheme" content="light dark">\n<meta name="referrer" content="no-referrer">\n<meta name="generator" content="claimcheck">\n<link rel="icon" href="data:,">\n<title>')
    w(_out(page.title))
    w('</title>\n')
    if page.summary:
        w('<meta name="description" content="')
        w(_out(page.summary))
        w('">\n')
    if page.canonical:
        w('<link rel="canonical" href="')
        w(_out(page.canonical))
        w('">\n')
    w('<style>')
    w(_out(page.css))
    w('</style>\n')
    if page.claimreview:
        w('<script type="application/ld+json">')
        w(_out(_safe(page.claimreview)))
        w('</script>\n')
    w('</head>\n<body>\n<a class="skip" href="#main">Skip to the report</a>\n<header>\n<h1>')
    w(_out(page.heading))
    w('</h1>\n')
    if page.summary:
        w('<p class="summary">')
        w(_out(page.summary))
        w('</p>\n')
    if page.publisher:
        w('<p class="byline">Published by ')
        w(_out(page.publisher))
        w('. Every figure below links to its source text.</p>\n')
    w('<nav aria-label="Sections">\n<ul>\n<li><a href="#overview">What disagrees</a></li>\n<li><a href="#findings">Findings</a></li>\n<li><a href="#quantities">Quantities</a></li>\n<li><a href="#claims">Claims</a></li>\n<li><a href="#sources">Sources</a></li>\n</ul>\n</nav>\n</header>\n<main id="main" tabindex="-1">\n')
    t_overview(page, w)
    t_findings(page, w)
    t_quantities(page, w)
    t_claims(page, w)
    t_sources(page, w)
    w('</main>\n<footer>\n<p class="muted">Corpus fingerprint (sha256 of every corpus file and snapshot): <code>')
    w(_out(page.fingerprint))
    w('</code>.')
    if page.generated_at:
        w(' Generated at (SOURCE_DATE_EPOCH): <time datetime="')
        w(_out(page.generated_at))
        w('">')
        w(_out(page.generated_at))
        w('</time>.')
    w(' Written by claimcheck; this file loads nothing from the network.</p>\n</footer>\n</body>\n</html>\n')
