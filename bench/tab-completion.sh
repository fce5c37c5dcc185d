#!/usr/bin/env bash
# TAB completion on a big account (issue 17: "completion on a 10,000-name cache answers a TAB in
# <= 20 ms"). Writes a name cache of N generated client names (and N/5 projects) under a temporary
# FB_HOME, sources `fb completion bash`, and times the completion function for a few lines, as bash
# calls it on TAB: median of R calls each, in microseconds. Nothing goes to the network.
# The cache holds, as fb writes it, each list quoted for bash too (clients.quoted.txt...), which the
# script reads for an empty word; BENCH_NO_QUOTED=1 leaves those out.
# usage: bench/tab-completion.sh [names=10000] [rounds=21]   (from the repository root; python3)
# BENCH_BEFORE=FILE: also times FILE (an older `fb completion bash`), alternating with the current
# script in each round, and says whether both offered the same words.
set -euo pipefail
n=${1:-10000}
rounds=${2:-21}
root=$(cd "$(dirname "$0")/.." && pwd)
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/cache/default"
python3 - "$n" "$home/cache/default" <<'PY'
import random, sys
n, out = int(sys.argv[1]), sys.argv[2]
random.seed(7)
w = ['Oak', 'Grove', 'Labs', 'River', 'Stone', 'North', 'Blue', 'Harbor', 'Studio', 'Pine', 'Peak',
     'Bright', 'Water', 'Iron', 'Cedar', 'Maple', 'Summit', 'Field', 'Works', 'Group']
names = set()
while len(names) < n:
    names.add(' '.join(random.choice(w) for _ in range(random.randint(1, 3))) + ' ' + str(random.randint(1, 999)))
names = sorted(names)
open(out + '/clients.txt', 'w').write('\n'.join(names) + '\n')
open(out + '/projects.txt', 'w').write('\n'.join(random.sample(names, n // 5)) + '\n')
PY
# beside each list, the names quoted for bash as fb writes them when it writes the cache (NameCache;
# BashQuoteIT checks them against bash's printf %q byte for byte); BENCH_NO_QUOTED=1 leaves them out
if [[ -z ${BENCH_NO_QUOTED:-} ]]; then
  for f in clients projects; do
    mapfile -t names < "$home/cache/default/$f.txt"
    printf '%q\n' "${names[@]}" > "$home/cache/default/$f.quoted.txt"
  done
fi
"$root/fb" completion bash > "$home/fb.bash"
before=
if [[ -n ${BENCH_BEFORE:-} ]]; then cp "$BENCH_BEFORE" "$home/before.bash"; before=$home/before.bash; fi
FB_HOME=$home bash -c '
after=$1/fb.bash rounds=$2 before=$3
tab() { COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMP_LINE="${COMP_WORDS[*]}"
  COMP_POINT=${#COMP_LINE}; COMPREPLY=(); _fb; }
# microseconds: $EPOCHREALTIME (bash 5) costs no fork; date(1) adds one to each measure
now() { if [ -n "${EPOCHREALTIME:-}" ]; then local t=${EPOCHREALTIME/[.,]/}; echo $((10#$t)); else echo $(($(date +%s%N) / 1000)); fi; }
median() { printf "%s\n" "$@" | sort -n | sed -n "$(($# / 2 + 1))p"; }
least() { printf "%s\n" "$@" | sort -n | head -1; }
source "$after"
for line in "fb invoice li" "fb invoice list --client Oak" "fb invoice list --client '\''Blue Harbor'\''" \
    "fb time log --project Pine" "fb invoice list --client '\'''\''"; do
  eval "set -- $line"
  times=() old=()
  for ((i = 0; i < rounds; i++)); do
    if [ -n "$before" ]; then
      source "$before"; s=$(now); tab "$@"; e=$(now); old+=($((e - s))); was=("${COMPREPLY[@]}")
      source "$after"
    fi
    s=$(now); tab "$@"; e=$(now); times+=($((e - s)))
  done
  if [ -n "$before" ]; then
    same="DIFFERENT words"
    [ ${#was[@]} -eq ${#COMPREPLY[@]} ] && [ "${was[*]}" = "${COMPREPLY[*]}" ] && same="same words"
    printf "%-45s %6d candidates, median %7d us, min %7d (before: %7d us, min %7d; %s)\n" "$line" \
      "${#COMPREPLY[@]}" "$(median "${times[@]}")" "$(least "${times[@]}")" "$(median "${old[@]}")" \
      "$(least "${old[@]}")" "$same"
  else
    printf "%-45s %6d candidates, median %7d us, min %7d\n" "$line" "${#COMPREPLY[@]}" "$(median "${times[@]}")" \
      "$(least "${times[@]}")"
  fi
done' _ "$home" "$rounds" "$before"
