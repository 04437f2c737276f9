#!/usr/bin/env bash
# Foundation benchmarks (issue 2), Release build on loopback:
#   cold start to the first answered request (first boot with the starter import, then a warm restart;
#   the same on the imported corpus), import time of the 1,627-career corpus, publish latency (median, p99)
#   on SQLite and PostgreSQL (scripts/test-postgres.sh's server, 127.0.0.1:54329).
# Prints the figures; bench/RESULTS.md records them with the machine and date. Takes about 5-10 minutes.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
OUT=$ROOT/bench/out/foundation
CORPUS=$ROOT/bench/out/corpus
PORT=5199
PUBLISHES=${PUBLISHES:-300}
PG="Host=127.0.0.1;Port=54329;Username=careercms;Password=careercms"
PGADMIN=(env PGPASSWORD=careercms psql -X -q -h 127.0.0.1 -p 54329 -U careercms -d careercms_tests)
DB=careercms_bench_$$
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
build_release CareerCms.Bench

# Starts the site on data folder $1, sets MS to the ms until $2 (a delivery API path) answers 200 and READY to the ms
# until the site has finished its start-up work in the background (the Examine indexes built and checkpointed, the
# process idle), so that the next start is a true warm start; stops it again.
# Further arguments are extra environment assignments (the PostgreSQL connection string).
time_to_first_answer() {
    local data=$1 path=$2 start
    shift 2
    MS= READY=
    start=$(now_ms)
    start_site "$data.$(date +%s%N).log" CareerCms__DataDirectory="$data" uSync__Settings__RootFolder="$ROOT/uSync/v17/" \
        ASPNETCORE_URLS="http://127.0.0.1:$PORT" "$@"
    wait_http "http://127.0.0.1:$PORT/umbraco/delivery/api/v2/content/item/$path" "$SITE_PID" 300 || return 1
    MS=$(( $(now_ms) - start ))
    wait_indexes "$data" "$SITE_PID" 600 || return 1
    wait_idle "$SITE_PID" 300
    READY=$(( IDLE_AT_MS - start ))
    stop_pid "$SITE_PID"
}

echo "==> Cold start to first answered request (starter content)"
time_to_first_answer "$OUT/site" mlops-engineer; first=$MS first_ready=$READY
time_to_first_answer "$OUT/site" mlops-engineer; warm=$MS warm_ready=$READY
time_to_first_answer "$OUT/site" mlops-engineer; warm2=$MS warm2_ready=$READY
echo "cold start, first boot (migrations + starter uSync import + index build): ${first} ms to the first answer; idle (background start-up work done) after ${first_ready} ms"
echo "cold start, restart (existing database and indexes): ${warm} ms, again ${warm2} ms to the first answer; idle after ${warm_ready} ms, ${warm2_ready} ms"

echo "==> Corpus"
ensure_corpus "$CORPUS"

import_corpus() {  # $1 provider, $2 connection string, $3 data folder
    local start end
    start=$(now_ms)
    (cd "$SITE" && ConnectionStrings__umbracoDbDSN="$2" ConnectionStrings__umbracoDbDSN_ProviderName="$1" \
        CareerCms__DataDirectory="$3" Logging__LogLevel__Default=Warning \
        dotnet CareerCms.Web.dll --usync-import "$CORPUS" >"$3.import.log" 2>&1) || { tail -20 "$3.import.log"; return 1; }
    end=$(now_ms)
    echo "import of the corpus ($1): $(( end - start )) ms (process start included); $(grep -m1 'uSync import' "$3.import.log"); $(grep -c -E '^  (Create|Update) ' "$3.import.log") item(s) created/updated"
}

echo "==> SQLite"
SQLITE="Data Source=$OUT/sqlite/Umbraco.sqlite.db;Foreign Keys=True;Pooling=True"
mkdir -p "$OUT/sqlite"
import_corpus Microsoft.Data.Sqlite "$SQLITE" "$OUT/sqlite"
time_to_first_answer "$OUT/sqlite" software-developer; corpus_first=$MS corpus_first_ready=$READY
time_to_first_answer "$OUT/sqlite" software-developer; corpus_warm=$MS corpus_warm_ready=$READY
time_to_first_answer "$OUT/sqlite" software-developer; corpus_warm2=$MS corpus_warm2_ready=$READY
echo "cold start on the corpus, first start after the import (index builds): ${corpus_first} ms to the first answer; idle after ${corpus_first_ready} ms"
echo "cold start on the corpus, restart (existing indexes): ${corpus_warm} ms, again ${corpus_warm2} ms to the first answer; idle after ${corpus_warm_ready} ms, ${corpus_warm2_ready} ms"
dotnet "$BENCH_DLL" publish Microsoft.Data.Sqlite "$SQLITE" "$OUT/sqlite" "$PUBLISHES"

echo "==> PostgreSQL"
"$ROOT/scripts/test-postgres.sh" start >/dev/null
"${PGADMIN[@]}" -c "CREATE DATABASE $DB"
PG_CREATED=1
mkdir -p "$OUT/pg"
import_corpus Npgsql "$PG;Database=$DB" "$OUT/pg"
PGENV=(ConnectionStrings__umbracoDbDSN="$PG;Database=$DB" ConnectionStrings__umbracoDbDSN_ProviderName=Npgsql)
time_to_first_answer "$OUT/pg" software-developer "${PGENV[@]}"; pg_first=$MS pg_first_ready=$READY
time_to_first_answer "$OUT/pg" software-developer "${PGENV[@]}"; pg_warm=$MS pg_warm_ready=$READY
echo "cold start on the corpus (PostgreSQL), first start after the import (index builds): ${pg_first} ms to the first answer; idle after ${pg_first_ready} ms"
echo "cold start on the corpus (PostgreSQL), restart (existing indexes): ${pg_warm} ms to the first answer; idle after ${pg_warm_ready} ms"
dotnet "$BENCH_DLL" publish Npgsql "$PG;Database=$DB" "$OUT/pg" "$PUBLISHES"
