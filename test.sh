#!/usr/bin/env bash
# The project's one test command: installs the Debian tools the tests reopen PDFs with
# (poppler-utils, qpdf, pandoc) when they are missing, runs every test, and ends with the
# plain summary line "N passed, N failed" taken from the test results.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v pdftotext >/dev/null || missing+=(poppler-utils)
command -v qpdf >/dev/null || missing+=(qpdf)
command -v pandoc >/dev/null || missing+=(pandoc)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]}..."
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The bibliography oracle formats with the CSL styles in ../shared/csl beside the repository. A clone made
# elsewhere from a local checkout finds them beside the checkout it came from; BRIEFBUILDER_CSL overrides both.
if [ -z "${BRIEFBUILDER_CSL:-}" ] && [ ! -d ../shared/csl ]; then
  origin=$(git config --get remote.origin.url 2>/dev/null || true)
  if [ -n "$origin" ] && [ -d "$origin/../shared/csl" ]; then
    export BRIEFBUILDER_CSL="$(cd "$origin/../shared/csl" && pwd)"
  fi
fi

results=$(mktemp -d)
status=0
dotnet test BriefBuilder.sln --logger "trx" --results-directory "$results" "$@" || status=$?

passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
rm -rf "$results"
echo "${passed} passed, ${failed} failed"
exit $status
