#!/usr/bin/env bash
# The project's one test command. Installs what the tests need when it is missing (poppler-utils and qpdf, which
# the tests reopen PDFs with; the French and Turkish locales and ICU), builds once, and runs every test three
# times: in the machine's locale, then under LC_ALL=fr_FR.UTF-8 (decimal comma, French System.CommandLine
# messages) and LC_ALL=tr_TR.UTF-8 (dotted and dotless i), so no output depends on the machine's culture.
# Prints one "LOCALE: N passed, N failed" line per run, taken from the test results, and ends with the total
# as the plain line "N passed, N failed". Arguments go to every `dotnet test` (e.g. --filter ...).
set -euo pipefail
cd "$(dirname "$0")"

cultures=(fr_FR tr_TR)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
command -v pdftotext >/dev/null || missing+=(poppler-utils)
command -v qpdf >/dev/null || missing+=(qpdf)
for culture in "${cultures[@]}"; do
  [ -e "/usr/share/i18n/locales/$culture" ] || { missing+=(locales); break; }
done
if ! compgen -G '/usr/lib/*/libicuuc.so.*' >/dev/null && ! compgen -G '/usr/lib/libicuuc.so.*' >/dev/null; then
  # .NET takes its cultures from ICU; the package's name carries ICU's version.
  as_root apt-get update -qq
  missing+=("$(apt-cache search --names-only '^libicu[0-9]+$' | cut -d' ' -f1 | sort -V | tail -1)")
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]}..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
available=$(locale -a)
for culture in "${cultures[@]}"; do
  if ! grep -qix "$culture\.utf-\?8" <<<"$available"; then
    echo "Generating the locale $culture.UTF-8..."
    as_root localedef -i "$culture" -f UTF-8 "$culture.UTF-8"
  fi
done

# In invariant mode .NET would ignore LC_ALL and the culture runs would prove nothing.
unset DOTNET_SYSTEM_GLOBALIZATION_INVARIANT

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
status=0
total_passed=0
total_failed=0

# One run: `dotnet test` with its results in their own folder, then its line "NAME: N passed, N failed".
run() {
  local name=$1
  shift
  local code=0
  "$@" --logger "trx" --results-directory "$results/$name" || code=$?
  [ $code -eq 0 ] || status=$code
  local passed=0 failed=0 trx counters p f
  for trx in "$results/$name"/*.trx; do
    [ -e "$trx" ] || continue
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
    p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
    f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
    passed=$((passed + ${p:-0}))
    failed=$((failed + ${f:-0}))
  done
  summaries+=("$name: ${passed} passed, ${failed} failed")
  total_passed=$((total_passed + passed))
  total_failed=$((total_failed + failed))
}

summaries=()
run default dotnet test BriefBuilder.sln "$@"
for culture in "${cultures[@]}"; do
  run "$culture" env LC_ALL="$culture.UTF-8" dotnet test BriefBuilder.sln --no-build "$@"
done

printf '%s\n' "${summaries[@]}"
echo "${total_passed} passed, ${total_failed} failed"
exit $status
