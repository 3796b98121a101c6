#!/usr/bin/env bash
# Writes the manual page docs/man/resolint.1 from the command definitions, with swift-argument-parser's
# generate-manual plugin (DocsTests checks that it names every option). Read it with
# `man -l docs/man/resolint.1`.
set -euo pipefail
cd "$(dirname "$0")/.."
swift package --allow-writing-to-package-directory generate-manual --configuration debug \
    --date "$(git log -1 --format=%cs)" --output-directory docs/man
