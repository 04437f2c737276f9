#!/usr/bin/env bash
# Backoffice list view (issue 6), Release build on loopback, SQLite with the 1,627-career corpus: signs in through the
# management API (administrator created unattended from Umbraco:CMS:Unattended:*, antiforgery header from the
# UMB-XSRF-TOKEN cookie) and times, request by request, the tree root and children and the collection (list) view of
# the Careers folder: median, p95, p99 over COUNT sequential requests.
#   COUNT=50 bench/backoffice.sh
# About 1-2 minutes (plus about 2 minutes the first time, for the corpus and its import).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
COUNT=${COUNT:-50}
(( COUNT >= 1 && COUNT <= 1000 )) || { echo "keep 1 <= COUNT <= 1000" >&2; exit 2; }
OUT=$ROOT/bench/out/backoffice
PORT=5203
EMAIL=bench-admin@example.com
PASSWORD=bench-admin-password-1
trap cleanup_pids EXIT
trap "exit 130" INT TERM
rm -rf "$OUT" && mkdir -p "$OUT"

machine_info
build_release CareerCms.Bench
ensure_imported "$OUT/data"

echo "==> Starting the site (Release, SQLite, corpus; administrator created unattended)"
started=$(now_ms)
start_site "$OUT/site.log" CareerCms__DataDirectory="$OUT/data" ASPNETCORE_URLS="http://127.0.0.1:$PORT" \
    Umbraco__CMS__Unattended__InstallUnattended=true Umbraco__CMS__Unattended__UnattendedUserName="Bench Admin" \
    Umbraco__CMS__Unattended__UnattendedUserEmail="$EMAIL" Umbraco__CMS__Unattended__UnattendedUserPassword="$PASSWORD"
wait_http "http://127.0.0.1:$PORT/umbraco/management/api/v1/server/status" "$SITE_PID" 300
answered=$(( $(now_ms) - started ))
wait_idle "$SITE_PID" 180
echo "site answered after $answered ms, went idle after $(( IDLE_AT_MS - started )) ms"

echo "==> Management API timings"
dotnet "$BENCH_DLL" backoffice "http://127.0.0.1:$PORT" "$EMAIL" "$PASSWORD" "$COUNT"
echo "site peak RSS (VmHWM): $(peak_rss_mib "$SITE_PID") MiB"
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
