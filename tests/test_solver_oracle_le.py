"""The oracle's bound tightening (`_solver_wholeprop._le`) is the straightforward one exactly.

`_le` reads the events of the bounds it uses only when a bound tightens (the rare case);
the reference below is the plain form that builds them for every term.  Both run on the
same random states and must leave the same bounds, events and clash.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from checker._solver_wholeprop import _le, _Prop


def _le_reference(state: _Prop, terms: tuple[tuple[int, int], ...], rhs: int,
                  index: int) -> list[int]:
    lo, hi = state.lo, state.hi
    mins = [a * lo[j] if a > 0 and lo[j] is not None else  # type: ignore[operator]
            a * hi[j] if a < 0 and hi[j] is not None else None  # type: ignore[operator]
            for j, a in terms]
    infinite = [k for k, m in enumerate(mins) if m is None]
    if len(infinite) > 1:
        return []
    total = sum(m for m in mins if m is not None)
    ends = [state.lo_ev[j] if a > 0 else state.hi_ev[j] for j, a in terms]
    everything = tuple(e for e in ends if e >= 0)
    changed: list[int] = []
    for k, (j, a) in enumerate(terms):
        if infinite and infinite != [k]:
            continue
        m = mins[k]
        limit = rhs - (total if m is None else total - m)
        used = everything if len(terms) > 16 else \
            tuple(e for i, e in enumerate(ends) if i != k and e >= 0)
        if a > 0:
            new = limit // a
            if hi[j] is not None and new >= hi[j]:  # type: ignore[operator]
                continue
            hi[j] = new
            state.hi_ev[j] = len(state.events)
        else:
            new = -(limit // -a)
            if lo[j] is not None and new <= lo[j]:  # type: ignore[operator]
                continue
            lo[j] = new
            state.lo_ev[j] = len(state.events)
        state.events.append((index, used))
        changed.append(j)
        if lo[j] is not None and hi[j] is not None and lo[j] > hi[j]:  # type: ignore[operator]
            state.clash = (len(state.events) - 1, state.lo_ev[j] if a > 0 else state.hi_ev[j])
            state.clash = tuple(e for e in state.clash if e >= 0)
            return changed
    return changed


_END = st.one_of(st.none(), st.integers(-20, 20))


@st.composite
def _cases(draw: st.DrawFn) -> tuple[_Prop, tuple[tuple[int, int], ...], int]:
    n = draw(st.integers(1, 6))
    lo = draw(st.lists(_END, min_size=n, max_size=n))
    hi = draw(st.lists(_END, min_size=n, max_size=n))
    events_before = draw(st.integers(0, 5))
    ev = st.integers(-1, events_before - 1)
    lo_ev = draw(st.lists(ev, min_size=n, max_size=n))
    hi_ev = draw(st.lists(ev, min_size=n, max_size=n))
    events: list[tuple[int, tuple[int, ...]]] = [(i, ()) for i in range(events_before)]
    # Up to 20 terms (past 16 the events used are shared), a variable possibly repeated.
    terms = tuple(draw(st.lists(
        st.tuples(st.integers(0, n - 1), st.integers(-5, 5).filter(bool)),
        min_size=1, max_size=draw(st.sampled_from([4, 20])))))
    rhs = draw(st.integers(-60, 60))
    return _Prop(lo, hi, lo_ev, hi_ev, events), terms, rhs


def _copy(state: _Prop) -> _Prop:
    return _Prop(list(state.lo), list(state.hi), list(state.lo_ev), list(state.hi_ev),
                 list(state.events), state.clash)


def _fields(state: _Prop) -> tuple[object, ...]:
    return state.lo, state.hi, state.lo_ev, state.hi_ev, state.events, state.clash


@settings(max_examples=1500, deadline=None)
@given(_cases())
def test_le_tightens_as_the_reference_does(case: tuple[_Prop, tuple[tuple[int, int], ...], int]
                                           ) -> None:
    state, terms, rhs = case
    fast, slow = _copy(state), _copy(state)
    assert _le(fast, terms, rhs, 7) == _le_reference(slow, terms, rhs, 7)
    assert _fields(fast) == _fields(slow)
