#!/usr/bin/env bash
# Builds the release binary as it is shipped, and prints its path (.build/release/resolint):
#   --static-swift-stdlib  the Swift runtime and Foundation linked in: one file that runs on another
#                          Linux machine of the same architecture with only the C and C++ libraries,
#                          and starts without loading and relocating the Swift libraries (~4 ms a run);
#   -disable-concrete-type-metadata-mangled-name-accessors
#                          generic types (every Codable rule and language type) are instantiated by
#                          direct calls instead of from mangled names, which made the runtime search all
#                          its conformance records once per type: a fifth of linting one draft.
# --path-only prints the path without building; other arguments go to `swift build` (--build-path …).
set -euo pipefail
cd "$(dirname "$0")/.."
build=1
if [ "${1:-}" = --path-only ]; then build=0; shift; fi
flags=(-c release --static-swift-stdlib -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors "$@")
if [ "$build" = 1 ]; then swift build "${flags[@]}" >&2; fi
echo "$(swift build "${flags[@]}" --show-bin-path)/resolint"
