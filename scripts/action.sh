#!/usr/bin/env bash
# The GitHub Action's audit step (action.yml runs it; tests/test_integration.py runs it
# locally).  Runs `claimcheck audit` with the HTML, JSON, SARIF, JUnit and Markdown reports
# in one folder, appends the Markdown summary to the job summary ($GITHUB_STEP_SUMMARY),
# names the report files in the step outputs ($GITHUB_OUTPUT), and exits with the audit's
# status: 0 gate passed, 1 gate failed, 2 could not run.
#
# Environment (every variable optional):
#   INPUT_CORPUS      corpus folder (default: [tool.claimcheck] corpus, else claims/)
#   INPUT_FAIL_ON     error | warning | info | never
#   INPUT_BASELINE    baseline file
#   INPUT_OUTPUT_DIR  folder for the reports (default: claimcheck-report)
#   INPUT_ARGS        more options for `claimcheck audit`, split on whitespace
#   CLAIMCHECK        the command to run (default: claimcheck), e.g. "python -m checker"
set -uo pipefail

out="${INPUT_OUTPUT_DIR:-claimcheck-report}"
mkdir -p "$out" || exit 2
sarif="$out/claimcheck.sarif"
markdown="$out/summary.md"
junit="$out/junit.xml"
html="$out/index.html"
json="$out/audit.json"
# No stale report from an earlier run may pass for this one's.
rm -f "$sarif" "$markdown" "$junit" "$html" "$json"

read -r -a cmd <<< "${CLAIMCHECK:-claimcheck}"
args=(audit)
if [ -n "${INPUT_CORPUS:-}" ]; then args+=("$INPUT_CORPUS"); fi
args+=(--out "$out" --sarif "$sarif" --markdown "$markdown" --junit "$junit")
if [ -n "${INPUT_FAIL_ON:-}" ]; then args+=(--fail-on "$INPUT_FAIL_ON"); fi
if [ -n "${INPUT_BASELINE:-}" ]; then args+=(--baseline "$INPUT_BASELINE"); fi
if [ -n "${INPUT_ARGS:-}" ]; then
  read -r -a extra <<< "$INPUT_ARGS"
  args+=("${extra[@]}")
fi

"${cmd[@]}" "${args[@]}"
status=$?

summary="${GITHUB_STEP_SUMMARY:-}"
if [ -n "$summary" ]; then
  if [ -f "$markdown" ]; then
    cat "$markdown" >> "$summary"
  else
    printf '## claimcheck: could not run (exit status %s)\n\nSee the step log for the error.\n' \
      "$status" >> "$summary"
  fi
fi

if [ -n "${GITHUB_OUTPUT:-}" ]; then
  {
    echo "status=$status"
    for name in sarif markdown junit html json; do
      file="${!name}"
      if [ -f "$file" ]; then echo "$name=$file"; else echo "$name="; fi
    done
  } >> "$GITHUB_OUTPUT"
fi

exit "$status"
