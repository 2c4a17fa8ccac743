"""Byte-deterministic outputs across runs and hash seeds (tests of layer 4: output)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_reporters_fixture import build_result

from checker.reporters import REPORTERS, render_to_string

REPO = Path(__file__).resolve().parent.parent
TESTS = Path(__file__).resolve().parent

_SCRIPT = """
import hashlib, sys
sys.path[:0] = [{repo!r}, {tests!r}]
from test_reporters_fixture import build_result
from checker.reporters import REPORTERS, render_to_string
results = [build_result()]
if {corpus!r}:
    import os
    os.chdir({repo!r})
    from checker.pipeline import audit
    from checker.config import Config
    results.append(audit("claims", Config()))
for result in results:
    for name in sorted(REPORTERS):
        text = render_to_string(REPORTERS[name], result)
        print(name, hashlib.sha256(text.encode()).hexdigest())
"""


@pytest.mark.parametrize("name", sorted(REPORTERS))
def test_render_twice_is_identical(name: str) -> None:
    """Rendering the same result twice gives the same bytes."""
    assert render_to_string(REPORTERS[name], build_result()) == render_to_string(
        REPORTERS[name], build_result())


def test_outputs_do_not_depend_on_hash_seed() -> None:
    """Every format of the fixture and of the bundled corpus is the same under any seed."""
    script = _SCRIPT.format(repo=str(REPO), tests=str(TESTS), corpus=True)
    outputs = []
    for seed in ("0", "1", "12345"):
        env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
        env["PYTHONHASHSEED"] = seed
        done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                              text=True, timeout=300, check=False)
        assert done.returncode == 0, done.stderr[-2000:]
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1] == outputs[2]
    assert len(outputs[0].splitlines()) == 2 * len(REPORTERS)


def test_no_absolute_paths_or_timestamps(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without SOURCE_DATE_EPOCH no output names a time; none names the machine's paths."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    result = build_result(root=str(REPO / "claims"))
    for name, reporter in REPORTERS.items():
        text = render_to_string(reporter, result)
        assert str(REPO) not in text, name
        assert "generated_at" not in text.lower() and "Generated at" not in text, name
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    html = render_to_string(REPORTERS["html"], result)
    assert html.count("1970-01-01T00:00:00Z") == 2  # the one <time> element
    digest = hashlib.sha256(html.encode()).hexdigest()
    assert digest == hashlib.sha256(render_to_string(REPORTERS["html"], result).encode()
                                    ).hexdigest()
