#!/usr/bin/env python3
"""Sum up the TRX files that `dotnet test` wrote and give the verdict.

usage: trx-summary.py RESULTS_DIR [DOTNET_TEST_EXIT_CODE]

Prints per-project counts and the failed tests, then, alone on the last line,
`N passed, N failed, N skipped` (the line CI reads). Exits non-zero if a test
failed, if `dotnet test` itself failed (build error, crashed or hung test
host), or if no test ran at all (a broken discovery must not look green).
"""
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
PASSED = {"Passed", "PassedButRunAborted", "Warning"}
SKIPPED = {"NotExecuted", "Inconclusive", "NotRunnable", "Pending", "Disconnected"}
# Any other outcome (Failed, Error, Timeout, Aborted, ...) counts as failed.


def first_line(text):
    text = (text or "").strip()
    return text.splitlines()[0] if text else ""


def unfinished_tests(root, results_dir):
    """Tests that were running when the test host crashed or was killed for
    hanging (--blame-hang-timeout): the blame collector's Sequence_*.xml,
    attached to the TRX, lists them with Completed="False"."""
    found = []
    for a in root.iterfind(".//t:UriAttachment/t:A", NS):
        name = os.path.basename(a.get("href", ""))
        if not (name.startswith("Sequence_") and name.endswith(".xml")):
            continue
        for seq in glob.glob(os.path.join(results_dir, "**", name), recursive=True)[:1]:
            for t in ET.parse(seq).getroot().iter("Test"):
                if t.get("Completed") == "False":
                    found.append((t.get("Name", "?"), t.get("Source", "")))
    return found


def summarize(path, results_dir):
    """Return (project, passed, failed, skipped, failures)."""
    root = ET.parse(path).getroot()
    # Test id -> assembly path (TestMethod/@codeBase keeps the file name's case).
    assembly = {}
    for u in root.iterfind(".//t:UnitTest", NS):
        method = u.find("t:TestMethod", NS)
        assembly[u.get("id")] = (method.get("codeBase") if method is not None else None) or u.get("storage", "")
    sources = []
    passed = failed = skipped = 0
    failures = []
    for r in root.iterfind(".//t:Results/t:UnitTestResult", NS):
        sources.append(assembly.get(r.get("testId"), ""))
        outcome = r.get("outcome", "")
        if outcome in PASSED:
            passed += 1
        elif outcome in SKIPPED:
            skipped += 1
        else:
            failed += 1
            msg = r.findtext(".//t:ErrorInfo/t:Message", default="", namespaces=NS)
            failures.append((outcome, r.get("testName", "?"), first_line(msg)))
    # An aborted run (crashed or hung test host) has no result for the test
    # that brought it down: count that test as failed, so the totals say so.
    # (RunInfo "Error" entries also hold mere stderr lines, hence the filter.)
    aborts = [first_line(i.findtext("t:Text", default="", namespaces=NS))
              for i in root.iterfind(".//t:RunInfos/t:RunInfo", NS) if i.get("outcome") == "Error"]
    aborts = [a for a in aborts if "aborted" in a.lower()]
    unfinished = unfinished_tests(root, results_dir)
    if aborts or unfinished:
        sources += [src for _, src in unfinished]
        for name, _ in unfinished or [("(no test was running)", "")]:
            failed += 1
            failures.append(("ABORTED", name, "; ".join(aborts) or "test host crashed or hung"))
    project = next((os.path.splitext(os.path.basename(s))[0] for s in sources if s), None)
    if project is None:  # no results at all: xunit still logged which assembly it scanned
        stdout = root.findtext(".//t:ResultSummary/t:Output/t:StdOut", default="", namespaces=NS)
        m = re.search(r"Discovering: (\S+)", stdout)
        project = m.group(1) if m else os.path.basename(path)
    return project, passed, failed, skipped, failures


def main():
    results_dir = sys.argv[1]
    dotnet_rc = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    total_p = total_f = total_s = 0
    problems = []
    runs = []
    for path in glob.glob(os.path.join(results_dir, "**", "*.trx"), recursive=True):
        try:
            runs.append(summarize(path, results_dir))
        except ET.ParseError as e:  # e.g. written by a run that was killed
            problems.append(f"unreadable TRX file {path}: {e}")
    for project, p, f, s, failures in sorted(runs, key=lambda r: r[0]):
        total_p, total_f, total_s = total_p + p, total_f + f, total_s + s
        print(f"  {project}: {p} passed, {f} failed, {s} skipped")
        for outcome, name, msg in failures:
            print(f"    {outcome.upper()}: {name}" + (f" -- {msg}" if msg else ""))
    if dotnet_rc != 0:
        problems.append(f"dotnet test exited with code {dotnet_rc} (failed tests, build error, or a crashed/hung test host)")
    if total_p + total_f == 0:  # nothing found, or everything skipped
        problems.append("no test ran")
    for p in problems:
        print(f"  FAILURE: {p}")
    print(f"{total_p} passed, {total_f} failed, {total_s} skipped", flush=True)
    return 1 if problems or total_f else 0


if __name__ == "__main__":
    sys.exit(main())
