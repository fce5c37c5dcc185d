#!/usr/bin/env bash
# Scale benchmark (issue 17): a big account against the demo, paired in one run.
#
#   bench/scale.sh [rounds] [scale]      e.g. bench/scale.sh 5 1   (scale 0.1 for a quick try)
#
# Starts two `fb sandbox serve` processes on 127.0.0.1, each with its own FB_HOME: the demo account
# as it is, and the same account given, through the API (curl), 10,000 clients, 2,000 projects,
# 20,000 time entries over the last 11 months and 5,000 invoices (times `scale`). Then runs the
# issue's commands with the fb launcher against each server (FRESHBOOKS_API_URL), alternating demo
# and big, `rounds` times, and prints a Markdown table: the median wall time of each on each account
# and their ratio. Needs bash, curl, jq, GNU date and sort; builds fb on first use. Nothing leaves
# 127.0.0.1, and the temporary homes are removed at the end (BENCH_KEEP=1 keeps them).
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${1:-5}
SCALE=${2:-1}
CLIENTS=$(awk "BEGIN{print int(10000*$SCALE)}")
PROJECTS=$(awk "BEGIN{print int(2000*$SCALE)}")
ENTRIES=$(awk "BEGIN{print int(20000*$SCALE)}")
INVOICES=$(awk "BEGIN{print int(5000*$SCALE)}")
TOKEN=bench-token
ACCT=/accounting/account/NWS77
BIZ=770001
WORK=$(mktemp -d "${TMPDIR:-/tmp}/fb-scale.XXXXXX")
PIDS=()

cleanup() {
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    if [[ -z "${BENCH_KEEP:-}" ]]; then rm -rf "$WORK"; else echo "kept $WORK" >&2; fi
}
trap cleanup EXIT

# `serve NAME` starts a sandbox for FB_HOME=$WORK/NAME and sets URL_<NAME>
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

# `post_all URL FILE`: POSTs every JSON body of FILE (one a line) to URL, 4 at a time
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

# `ids URL JQ`: every id of a list, page by page (JQ: where the page's ids are)
ids() {
    local url=$1 filter=$2 page=1 got
    while :; do
        got=$(curl -sS --fail -H "Authorization: Bearer $TOKEN" "$url?per_page=100&page=$page" | jq -r "$filter")
        [[ -n "$got" ]] || break
        echo "$got"
        page=$((page + 1))
    done
}

WORDS_A=(Amber Blue Bright Cedar Copper Crimson Delta Eastern Golden Granite Harbor Iron Juniper Lunar Maple Northern
    Oak Pacific Quiet Rapid Silver Summit True Violet Western)
WORDS_B=(Arrow Bay Bridge Brook Canyon Crest Field Forge Grove Hill Lake Leaf Line Mill Peak Pine Point Ridge River
    Rock Stone Tower Valley Wave Wood)
WORDS_C=(Labs Studio Group Partners Inc LLC Co Design Media Works Systems Digital Consulting Foods Health Ventures)

# the name of seeded client i
name_of() {
    local i=$1 n
    n="${WORDS_A[i % 25]} ${WORDS_B[(i / 25) % 25]} ${WORDS_C[(i / 625) % 16]}"
    ((i >= 10000)) && n="$n $((i / 10000))"
    echo "$n"
}

seed() {
    local base="$URL_big" n i bodies="$WORK/bodies.txt"
    echo "seeding $CLIENTS clients, $PROJECTS projects, $ENTRIES time entries, $INVOICES invoices ..." >&2
    : >"$bodies"
    for ((i = 0; i < CLIENTS; i++)); do
        n=$(name_of "$i")
        printf '{"client":{"organization":"%s","fname":"Contact%d","email":"c%d@example.com"}}\n' "$n" "$i" "$i" >>"$bodies"
    done
    post_all "$base$ACCT/users/clients" "$bodies"
    mapfile -t CLIENT_IDS < <(ids "$base$ACCT/users/clients" '.response.result.clients[].id')
    : >"$bodies"
    for ((i = 0; i < PROJECTS; i++)); do
        printf '{"project":{"title":"Project %s %d","client_id":%s,"project_type":"hourly_rate"}}\n' \
            "${WORDS_B[i % 25]}" "$i" "${CLIENT_IDS[(i * 7) % ${#CLIENT_IDS[@]}]}" >>"$bodies"
    done
    post_all "$base/projects/business/$BIZ/project" "$bodies"
    mapfile -t PROJECT_IDS < <(ids "$base/projects/business/$BIZ/projects" '.projects[].id')
    : >"$bodies"
    local now day
    now=$(date -u +%s)
    for ((i = 0; i < ENTRIES; i++)); do
        day=$((now - ((i * 7919) % 330) * 86400 - 3600 * (i % 8)))
        printf '{"time_entry":{"started_at":"%s","duration":%d,"project_id":%s,"note":"Work %d","is_logged":true}}\n' \
            "$(date -u -d "@$day" +%Y-%m-%dT%H:%M:%SZ)" $((900 + (i % 16) * 900)) \
            "${PROJECT_IDS[(i * 13) % ${#PROJECT_IDS[@]}]}" "$i" >>"$bodies"
    done
    post_all "$base/timetracking/business/$BIZ/time_entries" "$bodies"
    : >"$bodies"
    for ((i = 0; i < INVOICES; i++)); do
        day=$((now - ((i * 31) % 330) * 86400))
        printf '{"invoice":{"customerid":%s,"create_date":"%s","due_offset_days":30,"lines":[{"name":"Design","qty":3,"unit_cost":{"amount":"150.00","code":"USD"}}]}}\n' \
            "${CLIENT_IDS[(i * 3) % ${#CLIENT_IDS[@]}]}" "$(date -u -d "@$day" +%Y-%m-%d)" >>"$bodies"
    done
    post_all "$base$ACCT/invoices/invoices" "$bodies"
    echo "seeded: ${#CLIENT_IDS[@]} clients, ${#PROJECT_IDS[@]} projects" >&2
}

# `fb_at NAME ARGS...`: fb against sandbox NAME, output discarded; fails loudly on a non-zero exit
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

millis() { echo $(($(date +%s%N) / 1000000)); }

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# `measure LABEL PREPARE -- ARGS...`: times `fb ARGS` on both accounts, alternating, ROUNDS times
# (PREPARE, a function name or "none", runs before each timed command, untimed)
ROWS=()
measure() {
    local label=$1 prepare=$2 name t0 t1
    shift 3
    local -A times=([demo]="" [big]="")
    for ((r = 0; r < ROUNDS; r++)); do
        for name in demo big; do
            [[ "$prepare" == none ]] || "$prepare" "$name"
            t0=$(millis)
            fb_at "$name" "$@"
            t1=$(millis)
            times[$name]+="$((t1 - t0)) "
        done
    done
    local d b
    d=$(tr ' ' '\n' <<<"${times[demo]}" | grep . | median)
    b=$(tr ' ' '\n' <<<"${times[big]}" | grep . | median)
    ROWS+=("| $label | $(awk "BEGIN{printf \"%.2f\", $d/1000}") s | $(awk "BEGIN{printf \"%.2f\", $b/1000}") s | $(awk "BEGIN{printf \"%.1f×\", $b/$d}") |")
    echo "${ROWS[-1]}" >&2
}

batch_file() {
    local f="$WORK/batch-$1-$2.txt" i name
    : >"$f"
    for ((i = 0; i < $2; i++)); do
        if [[ $1 == big ]]; then
            name=$(name_of $(((i * 37) % CLIENTS)))
        else
            name=$( ((i % 2)) && echo "Acme Corp" || echo "Umbrella Health")
        fi
        echo "log $((1 + i % 4))h of design on $name - batch line $i" >>"$f"
    done
    echo "$f"
}

./fb --version >/dev/null # builds on first use, outside the timings
export FB_NO_BUILD=1       # and never again while the servers run from the jars
serve demo
serve big
seed
fb_at demo sync
fb_at big sync
[[ -z "${BENCH_SEED_ONLY:-}" ]] || exit 0

FROM=$(date -u -d '330 days ago' +%Y-%m-%d)
BIG_CLIENT=$(name_of $((CLIENTS / 2)))
echo "timing $ROUNDS rounds (demo | big) ..." >&2
# the same phrase on each account, naming one of its own clients
measure_phrase() {
    local name r t0 t1
    local -A times=([demo]="" [big]="")
    for ((r = 0; r < ROUNDS; r++)); do
        for name in demo big; do
            local client="Umbrella Health"
            [[ $name == big ]] && client="$BIG_CLIENT"
            t0=$(millis)
            fb_at "$name" --yes --dry-run "log 2h of design on $client"
            t1=$(millis)
            times[$name]+="$((t1 - t0)) "
        done
    done
    local d b
    d=$(tr ' ' '\n' <<<"${times[demo]}" | grep . | median)
    b=$(tr ' ' '\n' <<<"${times[big]}" | grep . | median)
    ROWS+=("| a phrase naming a client, warm name cache (\`--dry-run\`) | $(awk "BEGIN{printf \"%.2f\", $d/1000}") s | $(awk "BEGIN{printf \"%.2f\", $b/1000}") s | $(awk "BEGIN{printf \"%.1f×\", $b/$d}") |")
    echo "${ROWS[-1]}" >&2
}
measure_phrase
measure "\`fb sync\`" none -- sync
measure "\`client list\`" none -- client list
measure "\`time list --team --from\` 11 months ago" none -- time list --team --from "$FROM"
measure "\`time report --by project --team --from\` 11 months ago" none -- time report --by project --team --from "$FROM"
measure "\`invoice list --status unpaid\`" none -- invoice list --status unpaid

# a 100-line dry-run batch, each account naming its own clients
measure_batch() {
    local lines=$1 label=$2 name r t0 t1 f
    local -A times=([demo]="" [big]="")
    for ((r = 0; r < ROUNDS; r++)); do
        for name in demo big; do
            f=$(batch_file "$name" "$lines")
            t0=$(millis)
            fb_at "$name" --dry-run batch "$f"
            t1=$(millis)
            times[$name]+="$((t1 - t0)) "
        done
    done
    local d b
    d=$(tr ' ' '\n' <<<"${times[demo]}" | grep . | median)
    b=$(tr ' ' '\n' <<<"${times[big]}" | grep . | median)
    ROWS+=("| $label | $(awk "BEGIN{printf \"%.2f\", $d/1000}") s | $(awk "BEGIN{printf \"%.2f\", $b/1000}") s | $(awk "BEGIN{printf \"%.1f×\", $b/$d}") |")
    echo "${ROWS[-1]}" >&2
}
measure_batch 100 "a 100-line \`--dry-run\` batch (time logged on clients)"
if [[ -n "${BENCH_BATCH_1000:-}" ]]; then
    measure_batch 1000 "a 1,000-line \`--dry-run\` batch"
fi

echo
echo "scale $SCALE: $CLIENTS clients, $PROJECTS projects, $ENTRIES time entries, $INVOICES invoices;" \
    "median of $ROUNDS, demo and big alternating; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| command | demo | big | big / demo |"
echo "|---|---|---|---|"
printf '%s\n' "${ROWS[@]}"
