#!/usr/bin/env bash
# Checks a program compiled ahead of time against the portable build of the same sources: the sample's briefs (every
# template, French and Armenian, a PDF/A snapshot and one with a "New since" section), `check --json`, the exports,
# `verify`, and a starter workbook from `init` must come out byte for byte the same (file names aside). A native program
# keeps only the code it was compiled with, so a path that reflection takes and the compiler did not see would fail
# here rather than in a user's hands.
#   scripts/check-native.sh path/to/native/briefbuilder
set -euo pipefail
cd "$(dirname "$0")/.."
native="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
dotnet build src/BriefBuilder -c Release -v quiet -nologo >/dev/null
portable="dotnet $PWD/src/BriefBuilder/bin/Release/net10.0/briefbuilder.dll"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
trap 'echo "check-native: a command failed (above); the native program is not kept" >&2' ERR

run() {  # run PROGRAM FOLDER: every command the check compares, outputs under FOLDER
  local program="$1" o="$2" w=sources/artsakh-exodus-2023.xlsx
  mkdir -p "$o"
  $program build-all --sources sources -o "$o/all" -q
  for lang in fr hy; do $program build "$w" -t legislative-brief --lang "$lang" -o "$o/$lang" -q; done
  $program build "$w" -t archival-snapshot --pdfa -o "$o/pdfa" -q
  $program build "$w" -t archival-snapshot --as-of 2023-10-01 --since "$o/pdfa/archival-snapshot.pdf" -o "$o/since" -q
  $program check "$w" --json | sed 's/"seconds": [0-9.]*/"seconds": 0/' > "$o/check.json"
  for format in json csv csl-json; do $program export "$w" -f "$format" -o "$o/export-$format" >/dev/null; done
  $program verify "$o/pdfa/archival-snapshot.pdf" | sed "s#$o/##" > "$o/verify.txt"
  $program init "$o/starter.xlsx" >/dev/null
  # The starter's package parts carry the time they were written and names drawn at random (System.IO.Packaging's):
  # its workbook parts (xl/) are compared, by name and content.
  python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); [print(n, z.read(n).hex()) for n in sorted(z.namelist()) if n.startswith("xl/")]' \
    "$o/starter.xlsx" > "$o/starter-contents.txt"
  $program check "$o/starter.xlsx" 2>&1 | sed "s#$o/##" > "$o/starter-check.txt"
  rm "$o/starter.xlsx"
}

run "$portable" "$work/portable"
run "$native" "$work/native"
if diff -r "$work/portable" "$work/native" >&2; then
  echo "check-native: $(find "$work/native" -type f | wc -l) outputs the same as the portable build's"
else
  echo "check-native: the native program's output differs from the portable build's (above)" >&2
  exit 1
fi
