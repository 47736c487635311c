#!/usr/bin/env bash
# The self-contained program for one runtime, as the release ships it and the benchmarks time it:
#   scripts/publish.sh RID OUT [more dotnet publish arguments for a ReadyToRun program...]
# For this machine's own runtime it is compiled ahead of time (Native AOT: nothing to load or compile at start; it
# needs clang and zlib1g-dev, installed with apt when missing) and then checked against the portable build by
# scripts/check-native.sh before it is kept. For another runtime, or where the native toolchain cannot be had, it is
# composite ReadyToRun (src/BriefBuilder/BriefBuilder.csproj says why each). A native program is one file already, so
# the arguments after OUT (a single file, say) are for the ReadyToRun one.
set -euo pipefail
cd "$(dirname "$0")/.."
rid="$1"; out="$2"; shift 2

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
native_tools() {
  command -v clang >/dev/null && [ -e /usr/include/zlib.h ] && return 0
  command -v apt-get >/dev/null || return 1
  as_root apt-get update -qq >/dev/null 2>&1 || return 1
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang zlib1g-dev >/dev/null 2>&1
}

host=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
rm -rf "$out"
if [ "$rid" = "$host" ] && native_tools; then
  # For the runtime's default instruction set: a native program cannot fall back, as the composite image does, to
  # compiling at start on a processor without the instructions it assumes (AVX2 for x86-64-v3); it would not start.
  dotnet publish src/BriefBuilder -c Release -r "$rid" --self-contained true -p:PackAsTool=false -p:PublishAot=true \
    -o "$out" -v quiet -nologo
  rm -f "$out"/*.dbg "$out"/*.pdb
  scripts/check-native.sh "$out/briefbuilder"
else
  [ "$rid" = "$host" ] && echo "publish: clang or zlib1g-dev is missing and cannot be installed: composite ReadyToRun instead of a native program" >&2
  dotnet publish src/BriefBuilder -c Release -r "$rid" --self-contained true -p:PackAsTool=false -o "$out" -v quiet -nologo "$@"
fi
