#!/usr/bin/env bash
# Re-records what pandoc --citeproc prints for every oracle test set, style and locale into Recordings/, with the
# pandoc version and the SHA-256 of the style and of the inputs each was made from. Run it after any change to the
# bibliography's CSL-JSON, to the test sets or to the sample workbook (the oracle tests then say so), and commit
# the recordings with the change; `git diff` shows what citeproc prints differently.
# Needs pandoc (Debian: apt-get install pandoc) and the CSL styles apa.csl and chicago-author-date.csl, in the folder
# BRIEFBUILDER_CSL names or in ../shared/csl beside the repository. The styles are not committed.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
cd "$root"
command -v pandoc >/dev/null || { echo "record-oracle: pandoc is not installed (apt-get install pandoc)." >&2; exit 1; }
dotnet run --project tests/BriefBuilder.Composition.Tests -- record-oracle
