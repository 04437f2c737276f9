#!/usr/bin/env bash
# Delivery API load test (issue 3), Release build on loopback, SQLite with the 1,627-career corpus imported:
# req/s, p50/p99 latency (wrk --latency) and peak RSS (VmHWM) of the site for list, filter+sort, item by path and
# item by id, next to the same figures for bench/CareerCms.CeilingServer answering precomputed copies of the same
# responses (same byte size), in the same run.
#   DURATION=20 WARMUP=5 CONNECTIONS=32 THREADS=2 bench/delivery-api.sh
#   OUTPUT_CACHE=true bench/delivery-api.sh      the same with Umbraco:CMS:DeliveryApi:OutputCache:Enabled
#   TRACE=true bench/delivery-api.sh             also records a dotnet-trace (sampled thread time) of the site during
#                                                each scenario into bench/out/delivery/traces and prints where its CPU
#                                                went (needs ~/.dotnet/tools/dotnet-trace; figures of a traced run are
#                                                not comparable with untraced ones)
# The list request has no sort, so its items come in index order, which varies between runs (its body size too).
# The corpus and its imported SQLite data folder (indexes built) are made once under bench/out and copied per run. About 4-5 minutes
# (plus about 2 minutes the first time, for the corpus and its import).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-5}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
OUTPUT_CACHE=${OUTPUT_CACHE:-false}
TRACE=${TRACE:-false}
DOTNET_TRACE=${DOTNET_TRACE:-$HOME/.dotnet/tools/dotnet-trace}
(( DURATION <= 60 && WARMUP <= 30 && CONNECTIONS <= 256 )) || { echo "keep DURATION <= 60, WARMUP <= 30, CONNECTIONS <= 256" >&2; exit 2; }
OUT=$ROOT/bench/out/delivery
DATA=$OUT/data
SITE_PORT=5201
CEILING_PORT=5202
trap cleanup_pids EXIT
trap "exit 130" INT TERM
rm -rf "$OUT" && mkdir -p "$OUT/bodies" "$OUT/traces"
[[ $TRACE != true || -x $DOTNET_TRACE ]] || { echo "TRACE=true needs dotnet-trace at $DOTNET_TRACE (set DOTNET_TRACE)" >&2; exit 2; }

apt_install wrk wrk
ensure_port_free "$SITE_PORT" "$CEILING_PORT" 5290
machine_info
echo "wrk: $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2), $THREADS threads, $CONNECTIONS connections, ${WARMUP} s warm-up + ${DURATION} s per scenario; output cache: $OUTPUT_CACHE"
build_release CareerCms.Bench CareerCms.CeilingServer

ensure_imported "$DATA"

echo "==> Starting the site (Release, SQLite, corpus imported and indexed: a warm start)"
BASE=http://127.0.0.1:$SITE_PORT/umbraco/delivery/api/v2
started=$(now_ms)
start_site "$OUT/site.log" CareerCms__DataDirectory="$DATA" ASPNETCORE_URLS="http://127.0.0.1:$SITE_PORT" \
    Umbraco__CMS__DeliveryApi__OutputCache__Enabled="$OUTPUT_CACHE"
wait_http "$BASE/content/item/software-developer" "$SITE_PID" 300
answered=$(( $(now_ms) - started ))
wait_idle "$SITE_PID" 180
echo "site answered after $answered ms, went idle after $(( IDLE_AT_MS - started )) ms (start-up work in the background); RSS then: $(awk '/^VmRSS:/{printf "%.0f", $2/1024}' /proc/$SITE_PID/status) MiB"

ID=$(curl -sf "$BASE/content/item/software-developer" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
declare -A URLS=(
    [list]="/content?fetch=children:/&take=10"
    [filter-sort]="/content?filter=contentType:career&filter=name:engineer&sort=name:asc&take=10"
    [item-by-path]="/content/item/software-developer"
    [item-by-id]="/content/item/$ID"
)
SCENARIOS=(list filter-sort item-by-path item-by-id)
for s in "${SCENARIOS[@]}"; do
    code=$(curl -s -o "$OUT/bodies/$s.json" -w '%{http_code}' "$BASE${URLS[$s]}")
    [[ $code == 200 ]] || { echo "$s: HTTP $code for ${URLS[$s]}" >&2; head -c 400 "$OUT/bodies/$s.json" >&2; exit 1; }
    echo "$s: GET /umbraco/delivery/api/v2${URLS[$s]} -> $(stat -c %s "$OUT/bodies/$s.json") bytes, total $(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d.get("total","-"))' "$OUT/bodies/$s.json")"
done

echo "==> Starting the ceiling server"
dotnet "$CEILING_DLL" "$OUT/bodies" --urls "http://127.0.0.1:$CEILING_PORT" >"$OUT/ceiling.log" 2>&1 &
CEILING_PID=$!
BENCH_PIDS+=("$CEILING_PID")
wait_http "http://127.0.0.1:$CEILING_PORT/list" "$CEILING_PID" 60
for s in "${SCENARIOS[@]}"; do
    cmp -s <(curl -sf "http://127.0.0.1:$CEILING_PORT/$s") "$OUT/bodies/$s.json" || { echo "ceiling body differs for $s" >&2; exit 1; }
done

to_ms() {  # wrk's 1.23us / 4.56ms / 1.2s -> ms
    awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

declare -A PEAK=()
note_peak() { local v; v=$(peak_rss_mib "$1"); (( v > ${PEAK[$1]:-0} )) && PEAK[$1]=$v; return 0; }

CLK_TCK=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }   # utime + stime of the process, all threads

# run_wrk <label> <pid> <url>: warm-up, reset the process's peak RSS, measure; appends one row to $OUT/rows.
# CPU ms/req = the server process's own CPU time during the measured run / requests answered: unlike req/s and
# latency it hardly depends on what else the 2 cores are doing (wrk itself, other processes).
# trace_scenario <pid> <name>: samples the process's threads for DURATION-2 s, then prints the share of the samples
# spent running (not waiting) under the endpoint in the busiest Delivery API and search frames.
trace_scenario() {
    local pid=$1 name=$2 secs=$(( DURATION > 4 ? DURATION - 2 : 2 ))
    sleep 1
    "$DOTNET_TRACE" collect -p "$pid" --profile dotnet-sampled-thread-time --duration "00:00:00:$(printf '%02d' "$secs")" \
        --format Speedscope -o "$OUT/traces/$name.nettrace" >/dev/null 2>&1 || { echo "dotnet-trace failed for $name" >&2; return 0; }
    python3 - "$OUT/traces/$name.speedscope.json" "$name" <<'PY' >"$OUT/traces/$name.txt"
import collections, json, re, sys
data = json.load(open(sys.argv[1]))
frames = [f["name"] for f in data["shared"]["frames"]]
inclusive, total = collections.Counter(), 0.0
def add(stack, weight):
    global total
    names = [frames[i] for i in stack]
    if not names or names[-1] != "CPU_TIME" or not any("EndpointMiddleware" in n for n in names):
        return
    total += weight
    for name in set(names[:-1]):
        inclusive[name] += weight
for profile in data["profiles"]:
    stack, last = [], None
    for event in profile.get("events", []):
        if last is not None and stack:
            add(list(stack), event["at"] - last)
        last = event["at"]
        if event["type"] == "O":
            stack.append(event["frame"])
        elif stack:
            stack.pop()
print(f"{sys.argv[2]}: share of the endpoint's running samples")
for name, weight in inclusive.most_common(400):
    if re.search(r"!CareerCms\.(Web\.DeliveryApi|Web\.Careers|Search)\.|Lucene\.Net!.*(VisitDocument|Determinize|IndexSearcher\.Search\()|PollGC|JsonObject\.WriteTo", name):
        short = re.sub(r"\(.*", "", name.split("!")[-1])
        print(f"{100 * weight / max(total, 1):5.1f}%  {short}")
PY
}

run_wrk() {
    local label=$1 pid=$2 url=$3 log=$OUT/wrk-${1// /-}.txt rps p50 p99 errors ticks requests cpu
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 10s "$url" >/dev/null
    note_peak "$pid"
    echo 5 >"/proc/$pid/clear_refs"   # resets VmHWM to the current RSS: the peak below is this scenario's
    ticks=$(cpu_ticks "$pid")
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency "$url" >"$log" &
    local wrk_pid=$!
    if [[ $TRACE == true && $label == *site ]]; then
        trace_scenario "$pid" "${label% site}"
    fi
    wait "$wrk_pid"
    ticks=$(( $(cpu_ticks "$pid") - ticks ))
    note_peak "$pid"
    requests=$(awk '/requests in/{print $1}' "$log")
    cpu=$(awk -v t="$ticks" -v hz="$CLK_TCK" -v n="$requests" 'BEGIN { printf (n > 0 ? "%.2f" : "-"), t * 1000 / hz / n }')
    rps=$(awk '/^Requests\/sec:/{printf "%.0f", $2}' "$log")
    p50=$(to_ms "$(awk '$1=="50%"{print $2}' "$log")")
    p99=$(to_ms "$(awk '$1=="99%"{print $2}' "$log")")
    errors=$(awk '/Non-2xx or 3xx responses:/{n+=$NF} /Socket errors:/{gsub(",", ""); n+=$4+$6+$8+$10} END{print n+0}' "$log")
    printf '| %-22s | %8s | %8s | %8s | %10s | %7s | %6s |\n' "$label" "$rps" "$p50" "$p99" "$cpu" "$(peak_rss_mib "$pid")" "$errors" | tee -a "$OUT/rows"
}

echo "==> Load ($THREADS threads, $CONNECTIONS connections, ${DURATION} s each after ${WARMUP} s warm-up)"
printf '| %-22s | %8s | %8s | %8s | %10s | %7s | %6s |\n' "scenario" "req/s" "p50 ms" "p99 ms" "CPU ms/req" "RSS MiB" "errors"
echo "|------------------------|---------:|---------:|---------:|-----------:|--------:|-------:|"
for s in "${SCENARIOS[@]}"; do
    run_wrk "$s site" "$SITE_PID" "$BASE${URLS[$s]}"
    run_wrk "$s ceiling" "$CEILING_PID" "http://127.0.0.1:$CEILING_PORT/$s"
done
if [[ $TRACE == true ]]; then
    for s in "${SCENARIOS[@]}"; do head -25 "$OUT/traces/$s.txt" 2>/dev/null || true; done
fi
echo "peak RSS over the whole run (VmHWM; the table's column is each scenario's own peak): site ${PEAK[$SITE_PID]} MiB, ceiling ${PEAK[$CEILING_PID]} MiB"
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
