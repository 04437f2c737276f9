#!/usr/bin/env bash
# Search benchmark: builds bench/search/CareerCms.Search.Bench in Release, runs it against the occupations corpus
# (1,627 careers) and a generated corpus (default 100,000 documents), and replaces the "## Search" section of
# bench/RESULTS.md with the measured figures (the file is created if absent; other sections are kept).
#
#   bench/search/run.sh [--large 100000] [--queries 400] [--probes 20]
#
# Set CAREERCMS_BENCH_PROFILE=1 to also print where a rebuild spends its time. Run on a quiet machine: the figures
# are wall-clock times of a single process.
set -euo pipefail
REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PROJECT=$REPO_ROOT/bench/search/CareerCms.Search.Bench/CareerCms.Search.Bench.csproj
RESULTS=$REPO_ROOT/bench/RESULTS.md
SECTION=$(mktemp)
trap 'rm -f "$SECTION"' EXIT

dotnet build "$PROJECT" -c Release --nologo -v quiet
dotnet "$REPO_ROOT/bench/search/CareerCms.Search.Bench/bin/Release/net10.0/CareerCms.Search.Bench.dll" "$@" --out "$SECTION"

python3 - "$RESULTS" "$SECTION" <<'PY'
import pathlib, re, sys
results, section = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]).read_text()
text = results.read_text() if results.exists() else "# Benchmark results\n"
# Replace an earlier "## Search" section (up to the next "## " heading), else append.
pattern = re.compile(r"^## Search\n.*?(?=^## |\Z)", re.S | re.M)
text = pattern.sub(lambda _: section.rstrip() + "\n\n", text) if pattern.search(text) else text.rstrip() + "\n\n" + section.rstrip() + "\n"
results.write_text(text)
print(f"Wrote the Search section of {results}")
PY
