#!/usr/bin/env bash
# Instruction counts of the hot paths (issue 9): the same on a quiet and on a busy machine, so a
# regression shows where wall-clock figures are noise. Prints a Markdown table.
#   bash tests/bench/callgrind.sh BUILD_DIR [STORIES]
set -euo pipefail
dir=$1
stories=${2:-10000}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export QT_QPA_PLATFORM=offscreen
plan=$("$dir/tests/bench_storymap" --generate "$stories" --plans "$dir/plans")
echo "measuring instruction counts under callgrind (a few minutes)…" >&2
run() { # output file, program and arguments
    local file=$1
    shift
    valgrind --tool=callgrind --callgrind-out-file="$file" "$@" >/dev/null 2>>"$out/log" \
        || { cat "$out/log" >&2; exit 1; }
}
run "$out/paths" --collect-atstart=no "$dir/tests/bench_storymap" --callgrind "$plan"
run "$out/start" "$dir/app/valuemap" --quit-after-first-frame
run "$out/emptystart" "$dir/tests/bench_emptyapp"

millions() { awk '/^(summary|totals):/ { printf "%.1f", $2 / 1e6; exit }' "$1"; }
echo
echo "Instructions in millions (callgrind) at $stories stories:"
echo
echo "| hot path | instructions (M) |"
echo "|---|---:|"
for f in $(ls "$out"/paths.* | sort -t. -k2 -n); do
    echo "| $(sed -n 's/^desc: Trigger: Client Request: //p' "$f") | $(millions "$f") |"
done
echo "| cold start of the app to an empty window | $(millions "$out/start") |"
echo "| baseline: an empty Qt widgets app | $(millions "$out/emptystart") |"
