#!/usr/bin/env bash
# Release archives a user without the .NET SDK can run: for each runtime identifier given (default: linux-x64,
# linux-arm64, linux-musl-x64, win-x64, osx-x64, osx-arm64, all of which the SDK cross-builds from Linux), a
# self-contained single-file `briefbuilder` with the shipped templates beside it, as
# out/release/briefbuilder-VERSION-RID.tar.gz (.zip for Windows), and SHA256SUMS over them.
#   scripts/release.sh                 # every runtime above
#   scripts/release.sh linux-x64       # just this one
set -euo pipefail
cd "$(dirname "$0")/.."

rids=("$@")
[ ${#rids[@]} -gt 0 ] || rids=(linux-x64 linux-arm64 linux-musl-x64 win-x64 osx-x64 osx-arm64)
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props)
release=out/release
mkdir -p "$release"

for rid in "${rids[@]}"; do
  name="briefbuilder-$version-$rid"
  staging="$release/$name"
  rm -rf "$staging"
  echo "Publishing $name..."
  # The program for this machine's own runtime is compiled ahead of time and checked against the portable build; the
  # others are composite ReadyToRun (scripts/publish.sh). A ReadyToRun program is one file, not compressed: the archive
  # is, and a compressed single file is inflated at every start (`check` on the sample took 0.53 CPU s and 173 MiB
  # instead of 0.25 s and 91 MiB).
  scripts/publish.sh "$rid" "$staging" -p:PublishSingleFile=true -p:IncludeNativeLibrariesForSelfExtract=true -p:DebugType=none
  cp README.md "$staging/"
  if [[ $rid == win-* ]]; then
    (cd "$release" && rm -f "$name.zip" && zip -qr "$name.zip" "$name")
  else
    # Sorted names, fixed owner and times: the same publish gives the same archive.
    tar --sort=name --owner=0 --group=0 --numeric-owner --mtime='@0' -C "$release" -czf "$release/$name.tar.gz" "$name"
  fi
  rm -rf "$staging"
done

(cd "$release" && sha256sum briefbuilder-"$version"-*.* > SHA256SUMS)
echo "Archives in $release:"
cat "$release/SHA256SUMS"
