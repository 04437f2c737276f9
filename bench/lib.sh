# Shared helpers for the bench/*.sh scripts (sourced, not run). Everything lives under bench/out (git-ignored).
# The Release build goes to its own artifacts folder, so it never races a Debug build or test run of src/ or tests/.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ART=$ROOT/bench/out/artifacts
SITE=$ART/bin/CareerCms.Web/release
BENCH_DLL=$ART/bin/CareerCms.Bench/release/CareerCms.Bench.dll
CEILING_DLL=$ART/bin/CareerCms.CeilingServer/release/CareerCms.CeilingServer.dll
BENCH_PIDS=()

now_ms() { date +%s%3N; }

# apt_install <command or path> <package...>: installs the Debian packages when the command is missing.
apt_install() {
    local probe=$1; shift
    if [[ $probe == /* ]]; then [[ -e $probe ]] && return 0; else command -v "$probe" >/dev/null && return 0; fi
    echo "==> apt-get install $*"
    apt-get install -y -q -o Dpkg::Lock::Timeout=300 --no-install-recommends "$@" >/dev/null 2>&1 \
        || { apt-get -qq -o Dpkg::Lock::Timeout=300 update && apt-get install -y -q -o Dpkg::Lock::Timeout=300 --no-install-recommends "$@" >/dev/null; }
}

# ensure_port_free <port>...: fails when something already listens there (it would answer for our server).
ensure_port_free() {
    local port
    for port in "$@"; do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "127.0.0.1:$port is already in use; stop what listens there first" >&2
            return 1
        fi
    done
}

# Release build of the site and the bench tools (CareerCms.Bench references the site).
build_release() {
    echo "==> Release build (artifacts in bench/out/artifacts)"
    local p
    for p in "$@"; do
        dotnet build "$ROOT/bench/$p" -c Release --artifacts-path "$ART" -v q -nologo -clp:ErrorsOnly >/dev/null \
            || { dotnet build "$ROOT/bench/$p" -c Release --artifacts-path "$ART" -v q -nologo -clp:ErrorsOnly; return 1; }
    done
}

# Machine description, for bench/RESULTS.md.
machine_info() {
    echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/{print $2}') GiB RAM, CPU $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
    echo "os: $(. /etc/os-release && echo "$PRETTY_NAME") (kernel $(uname -r)), .NET SDK $(dotnet --version), runtime $(dotnet --list-runtimes | awk '/AspNetCore/{v=$2} END{print v}')"
    echo "source: commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)$([[ -n $(git -C "$ROOT" status --porcelain -- src 2>/dev/null) ]] && echo ' + uncommitted changes under src/')"
    echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
}

# start_site <log> [VAR=value ...]: starts the Release site (content root = its output folder), sets SITE_PID.
# Extra arguments are environment assignments (configuration with __).
start_site() {
    local log=$1; shift
    (cd "$SITE" && exec env Logging__LogLevel__Default=Warning "$@" dotnet CareerCms.Web.dll >"$log" 2>&1) &
    SITE_PID=$!
    BENCH_PIDS+=("$SITE_PID")
}

# wait_http <url> <pid> <timeout s>: polls until the url answers 2xx; fails if the process exits or time runs out.
wait_http() {
    local url=$1 pid=$2 deadline=$(( $(date +%s) + ${3:-300} ))
    until curl -sf -o /dev/null "$url"; do
        kill -0 "$pid" 2>/dev/null || { echo "process $pid exited before $url answered" >&2; return 1; }
        (( $(date +%s) < deadline )) || { echo "timed out waiting for $url" >&2; return 1; }
        sleep 0.02
    done
}

# wait_indexes <data folder> <pid> <timeout s>: waits until the Examine indexes (ExternalIndex, InternalIndex), which
# build in the background after the site already answers, have written their checkpoints (built and caught up).
wait_indexes() {
    local dir=$1/TEMP/ExamineIndexes pid=$2 deadline=$(( $(date +%s) + ${3:-600} ))
    until [[ -f $dir/ExternalIndex.checkpoint.json && -f $dir/InternalIndex.checkpoint.json ]]; do
        kill -0 "$pid" 2>/dev/null || { echo "process $pid exited before its indexes were built" >&2; return 1; }
        (( $(date +%s) < deadline )) || { echo "timed out waiting for the indexes in $dir" >&2; return 1; }
        sleep 0.05
    done
}

# wait_idle <pid> <timeout s>: waits until the process has used under 10% of one core for 1 s (two 0.5 s samples):
# after its first answer the site still works in the background for a while (index checks, catch-up, path counts).
# Sets IDLE_AT_MS to the time (now_ms) the quiet period began.
wait_idle() {
    local pid=$1 deadline=$(( $(date +%s) + ${2:-120} )) hz a b quiet=0 since
    hz=$(getconf CLK_TCK)
    since=$(now_ms)
    while (( quiet < 2 )); do
        kill -0 "$pid" 2>/dev/null || return 1
        (( $(date +%s) < deadline )) || { echo "warning: process $pid still busy after ${2:-120} s" >&2; break; }
        a=$(awk '{print $14 + $15}' "/proc/$pid/stat")
        sleep 0.5
        b=$(awk '{print $14 + $15}' "/proc/$pid/stat")
        if (( (b - a) * 1000 / hz < 50 )); then
            (( quiet == 0 )) && since=$(( $(now_ms) - 500 ))
            quiet=$(( quiet + 1 ))
        else
            quiet=0
        fi
    done
    IDLE_AT_MS=$since
}

# stop_pid <pid>: SIGTERM, then SIGKILL after 15 s; waits for it.
stop_pid() {
    local pid=$1 i
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null || true
}

# Peak resident set size (VmHWM) of a process, in MiB.
peak_rss_mib() { awk '/^VmHWM:/{printf "%.0f", $2/1024}' "/proc/$1/status"; }

# Called from an EXIT trap: stops every process this script started.
cleanup_pids() {
    local pid
    for pid in "${BENCH_PIDS[@]}"; do stop_pid "$pid"; done
}

# The corpus (5,776 nodes: 1,627 careers, their paths and skills) as a uSync folder. Generated afresh on every call
# (a few seconds) and compared with the previous one, so a changed generator invalidates the imported copy below.
ensure_corpus() {
    local folder=$1
    rm -rf "$folder.new"
    dotnet "$BENCH_DLL" corpus "$folder.new"
    if [[ -f $folder/.complete ]] && diff -rq --exclude=.complete "$folder" "$folder.new" >/dev/null; then
        rm -rf "$folder.new"
        echo "corpus: unchanged since the last run ($folder)"
    else
        rm -rf "$folder" && mv "$folder.new" "$folder" && touch "$folder/.complete"
    fi
}

# ensure_imported <dest>: copies into <dest> a SQLite data folder with the corpus imported (--usync-import) and its
# indexes built by one start of the site. The pristine folder (bench/out/corpus-sqlite) is made once and reused.
ensure_imported() {
    local dest=$1 pristine=$ROOT/bench/out/corpus-sqlite corpus=$ROOT/bench/out/corpus pid
    ensure_corpus "$corpus"
    if [[ ! -f $pristine/.ready || $corpus/.complete -nt $pristine/.ready ]]; then
        echo "==> Importing the corpus into $pristine (once) and building its indexes"
        rm -rf "$pristine" && mkdir -p "$pristine"
        (cd "$SITE" && CareerCms__DataDirectory="$pristine" Logging__LogLevel__Default=Warning \
            dotnet CareerCms.Web.dll --usync-import "$corpus" >"$pristine.import.log" 2>&1) || { tail -20 "$pristine.import.log"; return 1; }
        start_site "$pristine.start.log" CareerCms__DataDirectory="$pristine" ASPNETCORE_URLS="http://127.0.0.1:5290"
        pid=$SITE_PID
        wait_http "http://127.0.0.1:5290/umbraco/delivery/api/v2/content/item/software-developer" "$pid" 600
        wait_indexes "$pristine" "$pid" 600
        wait_idle "$pid" 300
        stop_pid "$pid"
        touch "$pristine/.ready"
    fi
    rm -rf "$dest" && mkdir -p "$(dirname "$dest")" && cp -a "$pristine" "$dest"
}
