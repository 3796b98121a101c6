#!/usr/bin/env bash
# The fidelity benchmark: how resolint reads the United Nations' own AKN4UN markup of its resolutions
# (../shared/corpus/akn) rendered as text in both layouts, and the issued drafts of ../shared/corpus/en-drafts.
#   Scripts/fidelity.sh [--details DIR] [--layout authored|pdftotext] [--corpus DIR]
# --details DIR writes, per layout and language, every disagreement and error by file.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product Fidelity >/dev/null
echo "commit $(git rev-parse --short HEAD), $(date -u +%Y-%m-%d)"
exec .build/release/Fidelity "$@"
