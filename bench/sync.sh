#!/usr/bin/env bash
# Incremental `fb sync` against a full one (issue 17), on the demo account and on a big one.
#
#   bench/sync.sh [rounds] [scale]      e.g. bench/sync.sh 7 1   (scale 0.1 for a quick try)
#
# Starts two `fb sandbox serve` processes on 127.0.0.1, each with its own FB_HOME: the demo account
# as it is, and the same account given, through the API (curl), 10,000 clients and 2,000 projects
# (times `scale`; bench/scale.sh's names, no time entries or invoices: a sync does not read them).
# Every client and project is then dated 30 days back in the database (sqlite3), as on an account in
# use, where few records changed since yesterday. Then, `rounds` times on each account: `fb sync --full`, and `fb sync` after one client and one
# project were renamed (untimed, through the API), so the incremental sync has changes to merge.
# Prints the median wall time of each. Needs bash, curl, jq, sqlite3, GNU date; nothing leaves 127.0.0.1; the
# temporary homes are removed at the end (BENCH_KEEP=1 keeps them).
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${1:-5}
SCALE=${2:-1}
CLIENTS=$(awk "BEGIN{print int(10000*$SCALE)}")
PROJECTS=$(awk "BEGIN{print int(2000*$SCALE)}")
TOKEN=bench-token
ACCT=/accounting/account/NWS77
BIZ=770001
WORK=$(mktemp -d "${TMPDIR:-/tmp}/fb-sync.XXXXXX")
PIDS=()

cleanup() {
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    if [[ -z "${BENCH_KEEP:-}" ]]; then rm -rf "$WORK"; else echo "kept $WORK" >&2; fi
}
trap cleanup EXIT

serve() {
    local home="$WORK/$1"
    mkdir -p "$home"
    FB_HOME="$home" ./fb sandbox serve --token "$TOKEN" >"$home/serve.log" 2>&1 &
    PIDS+=($!)
    for _ in $(seq 1 600); do
        if grep -q "at http" "$home/serve.log" 2>/dev/null; then break; fi
        sleep 0.2
    done
    local url
    url=$(grep -o 'at http://127\.0\.0\.1:[0-9]*' "$home/serve.log" | head -1 | cut -c4-)
    [[ -n "$url" ]] || { cat "$home/serve.log" >&2; echo "sandbox $1 did not start" >&2; exit 1; }
    printf -v "URL_$1" '%s' "$url"
}

post_all() {
    local url=$1 bodies=$2 cfg="$WORK/curl.cfg" first=1
    : >"$cfg"
    while IFS= read -r body; do
        ((first)) || echo "next" >>"$cfg"
        first=0
        printf 'url = "%s"\nheader = "Authorization: Bearer %s"\nheader = "Content-Type: application/json"\ndata = "%s"\noutput = "/dev/null"\n' \
            "$url" "$TOKEN" "${body//\"/\\\"}" >>"$cfg"
    done <"$bodies"
    curl -sS --fail --no-progress-meter --parallel --parallel-max 4 -K "$cfg"
}

WORDS_A=(Amber Blue Bright Cedar Copper Crimson Delta Eastern Golden Granite Harbor Iron Juniper Lunar Maple Northern
    Oak Pacific Quiet Rapid Silver Summit True Violet Western)
WORDS_B=(Arrow Bay Bridge Brook Canyon Crest Field Forge Grove Hill Lake Leaf Line Mill Peak Pine Point Ridge River
    Rock Stone Tower Valley Wave Wood)
WORDS_C=(Labs Studio Group Partners Inc LLC Co Design Media Works Systems Digital Consulting Foods Health Ventures)

name_of() {
    local i=$1 n
    n="${WORDS_A[i % 25]} ${WORDS_B[(i / 25) % 25]} ${WORDS_C[(i / 625) % 16]}"
    ((i >= 10000)) && n="$n $((i / 10000))"
    echo "$n"
}

seed() {
    local base="$URL_big" i bodies="$WORK/bodies.txt"
    echo "seeding $CLIENTS clients, $PROJECTS projects ..." >&2
    : >"$bodies"
    for ((i = 0; i < CLIENTS; i++)); do
        printf '{"client":{"organization":"%s","fname":"Contact%d","email":"c%d@example.com"}}\n' \
            "$(name_of "$i")" "$i" "$i" >>"$bodies"
    done
    post_all "$base$ACCT/users/clients" "$bodies"
    : >"$bodies"
    for ((i = 0; i < PROJECTS; i++)); do
        printf '{"project":{"title":"Project %s %d","client_id":%d,"project_type":"hourly_rate"}}\n' \
            "${WORDS_B[i % 25]}" "$i" $((101 + (i * 7) % 8)) >>"$bodies"
    done
    post_all "$base/projects/business/$BIZ/project" "$bodies"
}

# `backdate NAME`: every client and project of account NAME last written 30 days ago
backdate() {
    local eastern utc
    eastern=$(TZ=US/Eastern date -d '30 days ago' '+%Y-%m-%d %H:%M:%S')
    utc=$(date -u -d '30 days ago' '+%Y-%m-%dT%H:%M:%S')
    sqlite3 "$WORK/$1/data/sandbox/sandbox.db" ".timeout 20000" \
        "UPDATE records SET doc = json_set(doc, '\$.updated', '$eastern') WHERE kind = 'client';" \
        "UPDATE records SET doc = json_set(doc, '\$.updated_at', '$utc') WHERE kind = 'project';" >/dev/null
}

fb_at() {
    local name=$1 url
    shift
    url="URL_$name"
    if ! FB_HOME="$WORK/$name" FRESHBOOKS_API_URL="${!url}" FRESHBOOKS_TOKEN="$TOKEN" ./fb "$@" \
        >"$WORK/$name/last.out" 2>"$WORK/$name/last.err"; then
        echo "fb $* failed on the $name account:" >&2
        cat "$WORK/$name/last.err" >&2
        exit 1
    fi
}

# `change NAME ROUND`: renames client 101 and project 201 (untimed)
change() {
    local url="URL_$1"
    curl -sS --fail -o /dev/null -X PUT -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" \
        -d "{\"client\":{\"organization\":\"Acme Corp $2\"}}" "${!url}$ACCT/users/clients/101"
    curl -sS --fail -o /dev/null -X PUT -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" \
        -d "{\"project\":{\"title\":\"Website Redesign $2\"}}" "${!url}/projects/business/$BIZ/project/201"
}

millis() { echo $(($(date +%s%N) / 1000000)); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
secs() { awk "BEGIN{printf \"%.2f\", $1/1000}"; }

./fb --version >/dev/null # builds on first use, outside the timings
export FB_NO_BUILD=1
serve demo
serve big
seed
backdate demo
backdate big
fb_at demo sync --full
fb_at big sync --full

declare -A FULL=([demo]="" [big]="") INCR=([demo]="" [big]="")
echo "timing $ROUNDS rounds ..." >&2
for ((r = 0; r < ROUNDS; r++)); do
    for name in demo big; do
        t0=$(millis); fb_at "$name" sync --full; t1=$(millis)
        FULL[$name]+="$((t1 - t0)) "
        change "$name" "$r"
        t0=$(millis); fb_at "$name" --json sync; t1=$(millis)
        grep -q '"mode" : "incremental"' "$WORK/$name/last.out" || { cat "$WORK/$name/last.out" >&2; exit 1; }
        grep -q "Acme Corp $r" "$WORK/$name/cache/$(ls "$WORK/$name/cache")/clients.txt" || { echo "rename not synced" >&2; exit 1; }
        INCR[$name]+="$((t1 - t0)) "
    done
done
echo "| account | \`fb sync --full\` | \`fb sync\` (incremental, 1 client and 1 project renamed) |"
echo "|---|---:|---:|"
for name in demo big; do
    f=$(tr ' ' '\n' <<<"${FULL[$name]}" | grep . | median)
    i=$(tr ' ' '\n' <<<"${INCR[$name]}" | grep . | median)
    echo "| $name | $(secs "$f") s | $(secs "$i") s |"
done
