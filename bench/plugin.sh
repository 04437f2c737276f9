#!/usr/bin/env bash
# CareerCms plugin benchmarks (issue 5), Release build on loopback:
#   match-my-skills server time (p50/p95/p99) over the 1,627-career corpus with visitor profiles of 3-12 skills, and
#   over HTTP; sustained path starts per second over HTTP with concurrent clients; kill -9 of the site under
#   path-start load, restart, and a check that every acknowledged start is stored (SQLite and PostgreSQL); warm
#   restart (what the plugin re-indexes at start); publish latency and the catch-up of a node restarted after
#   another node's publishes.
# BASELINE_ART=<artifacts folder of an earlier Release build> also measures publish, catch-up and warm restart with
# that build (the before/after figures of bench/RESULTS.md). Takes about 10-15 minutes.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
OUT=$ROOT/bench/out/plugin
PORT=5293
URL=http://127.0.0.1:$PORT
PLUGIN_DLL=$ART/bin/CareerCms.Plugin.Bench/release/CareerCms.Plugin.Bench.dll
MATCHES=${MATCHES:-2000}
PUBLISHES=${PUBLISHES:-300}
CLIENTS=${CLIENTS:-32}
SECONDS_LOAD=${SECONDS_LOAD:-20}
PG="Host=127.0.0.1;Port=54329;Username=careercms;Password=careercms"
PGADMIN=(env PGPASSWORD=careercms psql -X -q -h 127.0.0.1 -p 54329 -U careercms -d careercms_tests)
DB=careercms_plugin_bench_$$
PG_CREATED=
cleanup() {
    cleanup_pids
    if [[ -n $PG_CREATED ]]; then "${PGADMIN[@]}" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" || true; fi
}
trap cleanup EXIT
trap "exit 130" INT TERM
rm -rf "$OUT" && mkdir -p "$OUT"

apt_install /usr/lib/postgresql/15/bin/postgres postgresql-15 postgresql-client-15
ensure_port_free "$PORT"
machine_info
build_release CareerCms.Bench plugin/CareerCms.Plugin.Bench

# Site settings for the load runs: no practical rate limit (all clients share 127.0.0.1), the plugin's start-up log.
# One node identity for every build (it defaults to the content root, which differs between builds).
LOAD_ENV=(ASPNETCORE_URLS="$URL" CareerCms__PathStarts__PermitLimit=100000 CareerCms__PathStarts__Window=00:00:01 CareerCms__PathStarts__AcceptUnsignedVisitorIds=true CareerCms__Match__PermitLimit=100000 CareerCms__Match__Window=00:00:01
    Logging__LogLevel__CareerCms.Plugin=Information Umbraco__CMS__Global__DatabaseServerMessenger__NodeId=plugin-bench)

# run_site <site folder> <data folder> <log> [VAR=value...]: starts a Release site build on a data folder; sets SITE_PID, MS.
run_site() {
    local site=$1 data=$2 log=$3 start
    shift 3
    start=$(now_ms)
    (cd "$site" && exec env Logging__LogLevel__Default=Warning CareerCms__DataDirectory="$data" "${LOAD_ENV[@]}" "$@" \
        dotnet CareerCms.Web.dll >"$log" 2>&1) &
    SITE_PID=$!
    BENCH_PIDS+=("$SITE_PID")
    wait_http "$URL/umbraco/delivery/api/v2/content/item/software-developer" "$SITE_PID" 600
    MS=$(( $(now_ms) - start ))
}

# prime <site folder> <data folder>: a first start of this node on a data copy (a cold boot for it), until idle.
prime() {
    run_site "$1" "$2" "$2.prime.log"
    wait_idle "$SITE_PID" 300
    stop_pid "$SITE_PID"
}

# warm_restart <site folder> <data folder> <label>: a restart on data whose indexes are built: first answer, idle, re-index log.
warm_restart() {
    local start
    prime "$1" "$2"
    start=$(now_ms)
    run_site "$1" "$2" "$2.warm.log"
    wait_idle "$SITE_PID" 300
    echo "$3: warm restart on the corpus: first answer after ${MS} ms, idle after $(( IDLE_AT_MS - start )) ms; $(grep -o 're-indexed.*at start' "$2.warm.log" || echo 'no re-index line')"
    stop_pid "$SITE_PID"
}

# kill_under_load <label> <verify provider> <verify connection> [VAR=value...]: path-start load; kill -9 mid-run;
# restart; load goes on; kill -9 again after it ends; every acknowledged start must be stored.
kill_under_load() {
    local label=$1 provider=$2 connection=$3 data=$4 client
    shift 4
    rm -f "$OUT/acks-$label.txt"
    run_site "$SITE" "$data" "$data.kill1.log" "$@"
    dotnet "$PLUGIN_DLL" starts "$URL" "$CLIENTS" 25 "$OUT/acks-$label.txt" >"$OUT/kill-$label.txt" &
    client=$!
    sleep 8
    echo "$label: kill -9 of the site after 8 s of load ($(wc -l <"$OUT/acks-$label.txt") starts acknowledged so far)"
    kill -KILL "$SITE_PID"; wait "$SITE_PID" 2>/dev/null || true
    sleep 1
    run_site "$SITE" "$data" "$data.kill2.log" "$@"
    echo "$label: restarted, answering after ${MS} ms"
    wait "$client"
    cat "$OUT/kill-$label.txt"
    kill -KILL "$SITE_PID"; wait "$SITE_PID" 2>/dev/null || true
    echo "$label: kill -9 again after the load; checking the acknowledgements against the stored rows"
    dotnet "$PLUGIN_DLL" verify-starts "$provider" "$connection" "$OUT/acks-$label.txt"
}

echo "==> Corpus (SQLite)"
ensure_imported "$OUT/sqlite"
SQLITE="Data Source=$OUT/sqlite/Umbraco.sqlite.db;Foreign Keys=True;Pooling=True"

echo "==> Match-my-skills, server time (in-process, one thread)"
dotnet "$PLUGIN_DLL" match "$OUT/sqlite" "$MATCHES" "$OUT/profiles.json"

echo "==> Warm restart (SQLite)"
warm_restart "$SITE" "$OUT/sqlite" "this build"

echo "==> HTTP: match-my-skills and sustained path starts (SQLite)"
run_site "$SITE" "$OUT/sqlite" "$OUT/sqlite.load.log"
wait_idle "$SITE_PID" 300
dotnet "$PLUGIN_DLL" match-http "$URL" "$OUT/profiles.json" 8 15
dotnet "$PLUGIN_DLL" starts "$URL" "$CLIENTS" "$SECONDS_LOAD" "$OUT/acks-sustained-sqlite.txt"
echo "site CPU: $(awk '{printf "%.1f s", ($14 + $15) / '"$(getconf CLK_TCK)"'}' "/proc/$SITE_PID/stat") user+system since start; peak RSS $(peak_rss_mib "$SITE_PID") MiB"
stop_pid "$SITE_PID"
dotnet "$PLUGIN_DLL" verify-starts Microsoft.Data.Sqlite "$SQLITE" "$OUT/acks-sustained-sqlite.txt"

echo "==> kill -9 under path-start load (SQLite)"
kill_under_load sqlite Microsoft.Data.Sqlite "$SQLITE" "$OUT/sqlite"

echo "==> PostgreSQL"
"$ROOT/scripts/test-postgres.sh" start >/dev/null
"${PGADMIN[@]}" -c "CREATE DATABASE $DB"
PG_CREATED=1
mkdir -p "$OUT/pg"
PGENV=(ConnectionStrings__umbracoDbDSN="$PG;Database=$DB" ConnectionStrings__umbracoDbDSN_ProviderName=Npgsql)
(cd "$SITE" && env "${PGENV[@]}" CareerCms__DataDirectory="$OUT/pg" Logging__LogLevel__Default=Warning \
    dotnet CareerCms.Web.dll --usync-import "$ROOT/bench/out/corpus" >"$OUT/pg.import.log" 2>&1) || { tail -20 "$OUT/pg.import.log"; exit 1; }
run_site "$SITE" "$OUT/pg" "$OUT/pg.first.log" "${PGENV[@]}"
wait_indexes "$OUT/pg" "$SITE_PID" 600
wait_idle "$SITE_PID" 300
dotnet "$PLUGIN_DLL" starts "$URL" "$CLIENTS" "$SECONDS_LOAD" "$OUT/acks-sustained-pg.txt"
stop_pid "$SITE_PID"
dotnet "$PLUGIN_DLL" verify-starts Npgsql "$PG;Database=$DB" "$OUT/acks-sustained-pg.txt"
kill_under_load pg Npgsql "$PG;Database=$DB" "$OUT/pg" "${PGENV[@]}"

# publish_cpu <artifacts> <label> <data> <count>: republishes <count> random careers in-process (another node); prints
# the latency line and sets CPU_S to the process's user+system CPU seconds (start-up included).
publish_cpu() {
    local out
    out=$(/usr/bin/time -f "cpu %U %S" dotnet "$1/bin/CareerCms.Bench/release/CareerCms.Bench.dll" publish Microsoft.Data.Sqlite \
        "Data Source=$3/Umbraco.sqlite.db;Foreign Keys=True;Pooling=True" "$3" "$4" 2>&1)
    grep '^publish' <<<"$out" | sed "s/^/$2: /"
    CPU_S=$(awk '/^cpu /{print $2 + $3}' <<<"$out")
}

# publish_and_catch_up <artifacts> <label>: publish latency and CPU per publish (a run of $PUBLISHES publishes minus a
# run of one, to take start-up out), then a restart of this node on that data: its first answer waits for it to
# replay the other node's $PUBLISHES journal instructions.
publish_and_catch_up() {
    local art=$1 label=$2 data=$OUT/publish-${2// /-} one many
    ensure_imported "$data"
    prime "$art/bin/CareerCms.Web/release" "$data"
    publish_cpu "$art" "$label (1 publish)" "$data" 1 >/dev/null; one=$CPU_S
    publish_cpu "$art" "$label" "$data" "$PUBLISHES"; many=$CPU_S
    echo "$label: CPU per publish (whole process, $PUBLISHES publishes minus 1): $(awk -v a="$many" -v b="$one" -v n="$PUBLISHES" 'BEGIN{printf "%.1f ms", (a - b) * 1000 / (n - 1)}')"
    run_site "$art/bin/CareerCms.Web/release" "$data" "$data.catchup.log"
    echo "$label: restart after $(( PUBLISHES + 1 )) publishes by another node: first answer after ${MS} ms (journal replayed first)"
    stop_pid "$SITE_PID"
}

echo "==> Publish latency and catch-up (SQLite)"
publish_and_catch_up "$ART" "this build"
if [[ -n ${BASELINE_ART:-} ]]; then
    echo "==> Baseline build ($BASELINE_ART)"
    publish_and_catch_up "$BASELINE_ART" "baseline"
    ensure_imported "$OUT/baseline-sqlite"
    warm_restart "$BASELINE_ART/bin/CareerCms.Web/release" "$OUT/baseline-sqlite" "baseline"
    echo "==> This build again (the machine's load changes between runs)"
    publish_and_catch_up "$ART" "this build (2)"
fi
