#!/usr/bin/env bash
# Latency of `resolint lsp`: after a one-character change in a draft of about 50 KB, how long the
# server takes to lint the new version again, measured inside the server process (--log-timings:
# from taking the text off the queue to having the diagnostics ready), and as the client sees it
# (from sending didChange to receiving publishDiagnostics, with --debounce 0). A benchmark, not a test.
#
#   Scripts/lsp-latency.sh [--binary PATH] [--draft FILE] [--changes N]
#
# Default binary: the release build (Scripts/build-release.sh builds it). Default draft: the issued
# draft of ../shared/corpus/en-drafts closest to 50 KB, else Examples' committee report (34 KB).
set -euo pipefail
cd "$(dirname "$0")/.."
binary="" draft="" changes=60
while [ $# -gt 0 ]; do
  case "$1" in
    --binary) binary="$2"; shift 2 ;;
    --draft) draft="$2"; shift 2 ;;
    --changes) changes="$2"; shift 2 ;;
    *) echo "usage: $0 [--binary PATH] [--draft FILE] [--changes N]" >&2; exit 2 ;;
  esac
done
[ -n "$binary" ] || binary="$(Scripts/build-release.sh)"
if [ -z "$draft" ]; then
  corpus=../shared/corpus/en-drafts
  if [ -d "$corpus" ]; then
    draft="$(for f in "$corpus"/*.txt; do echo "$(( $(wc -c < "$f") - 51200 )) $f"; done | sed 's/^-//' | sort -n | head -1 | cut -d' ' -f2-)"
  else
    draft=Examples/ga77-c1-report-item94.txt
  fi
fi
echo "binary: $binary"
echo "draft:  $draft ($(wc -c < "$draft") bytes)"

python3 - "$binary" "$draft" "$changes" <<'PY'
import json, os, re, statistics, subprocess, sys, time
binary, draft, changes = sys.argv[1], os.path.abspath(sys.argv[2]), int(sys.argv[3])
server = subprocess.Popen([binary, "lsp", "--debounce", "0", "--log-timings"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)

def send(message):
    body = json.dumps(dict(message, jsonrpc="2.0")).encode()
    server.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    server.stdin.flush()

def receive():
    header = b""
    while not header.endswith(b"\r\n\r\n"):
        byte = server.stdout.read(1)
        if not byte: sys.exit("the server stopped")
        header += byte
    length = int(re.search(rb"Content-Length: *(\d+)", header).group(1))
    return json.loads(server.stdout.read(length))

timings = {}
def until_published(version):
    while True:
        m = receive()
        if m.get("method") == "window/logMessage":
            found = re.search(r"version (\d+) in ([\d.]+) ms", m["params"]["message"])
            if found: timings[int(found.group(1))] = float(found.group(2))
        if m.get("method") == "textDocument/publishDiagnostics" and m["params"].get("version") == version:
            return m["params"]["diagnostics"]

text = open(draft, encoding="utf-8").read()
uri = "file://" + draft
send({"id": 1, "method": "initialize", "params": {"capabilities": {}}})
receive()
send({"method": "initialized", "params": {}})
started = time.perf_counter()
send({"method": "textDocument/didOpen", "params": {"textDocument": {"uri": uri, "languageId": "plaintext", "version": 1, "text": text}}})
first = until_published(1)
print(f"open: {len(first)} diagnostics, {(time.perf_counter() - started) * 1000:.1f} ms as the client sees it")

# One character typed and deleted, alternately, in the middle line of the draft.
lines = text.split("\n")
line = len(lines) // 2
column = len(lines[line].encode("utf-16-le")) // 2
round_trips = []
for version in range(2, changes + 2):
    if version % 2 == 0:
        change = {"range": {"start": {"line": line, "character": column}, "end": {"line": line, "character": column}}, "text": "x"}
    else:
        change = {"range": {"start": {"line": line, "character": column}, "end": {"line": line, "character": column + 1}}, "text": ""}
    sent = time.perf_counter()
    send({"method": "textDocument/didChange", "params": {"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]}})
    until_published(version)
    round_trips.append((time.perf_counter() - sent) * 1000)

send({"id": 2, "method": "shutdown"})
send({"method": "exit"})
server.wait(timeout=10)

inside = [timings[v] for v in range(2, changes + 2) if v in timings]
def summary(values):
    values = sorted(values)
    return (f"median {statistics.median(values):.2f} ms, p90 {values[int(len(values) * 0.9) - 1]:.2f} ms, "
            f"min {values[0]:.2f} ms, max {values[-1]:.2f} ms")
print(f"{changes} one-character changes:")
print(f"  in the server process (lint of the new version): {summary(inside)}")
print(f"  as the client sees it (didChange to publishDiagnostics): {summary(round_trips)}")
PY
