"""suite.py: times BriefBuilder and its peers as whole processes, runs of different commands interleaved.

Each command is run under /usr/bin/time (wall seconds, peak resident memory); a size's commands take turns, run
after run (A B C A B C ...), so a drift in the shared machine's speed falls on all of them alike. Prints a table of
medians and ranges with the ratio of each peer to BriefBuilder's archival snapshot, writes every run to
results.json and draws the scaling plot (plot.py). Called by bench/run, which says what the options mean."""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TEMPLATES = ["handout", "legislative-brief", "archival-snapshot", "annual-report"]


def timed(command, timeout):
    """One run: (wall seconds, peak MiB, exit code, CPU seconds), or None past the timeout."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        try:
            done = subprocess.run(["/usr/bin/time", "-o", report.name, "-f", "%e %M %U %S", *command],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=timeout)
        except subprocess.TimeoutExpired:
            return None
        wall, kib, user, system = report.read().split()[-4:]
        return float(wall), int(kib) / 1024, done.returncode, float(user) + float(system)


def pdf_pages(path):
    if not shutil.which("pdfinfo") or not os.path.exists(path):
        return None
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    return next((int(line.split()[-1]) for line in info.splitlines() if line.startswith("Pages:")), None)


def handout_template(work):
    """The handout over the key statements only, as a large dossier's handout is made: the shipped template with
    `filters: { key-only: true }` added, written into the work folder (the shipped one is not changed). The events
    and their sources stay in, so a large dossier's handout runs past its two pages: overflow is allowed, to time it."""
    path = os.path.join(work, "handout-key.yaml")
    with open(os.path.join(ROOT, "templates", "handout.yaml"), encoding="utf-8") as f:
        text = f.read()
    with open(path, "w", encoding="utf-8") as f:
        f.write(text + "\nfilters: { key-only: true }\nallow-overflow: true\n")
    return path


def cases(tool, workbook, label, work, peers):
    """(name, command, output PDF or None) for one workbook: check, each template, and the peers."""
    out = os.path.join(work, "out", label)
    os.makedirs(out, exist_ok=True)
    result = [("check", [*tool, "check", workbook], None)]
    for template in TEMPLATES:
        name = handout_template(work) if template == "handout" and label != "sample" else template
        result.append((template, [*tool, "build", workbook, "-t", name, "-o", out],
                       os.path.join(out, f"{os.path.splitext(os.path.basename(name))[0]}.pdf")))
    base = os.path.splitext(workbook)[0]
    if "pandoc" in peers:
        result.append(("pandoc+xelatex", ["pandoc", base + ".md", "--pdf-engine=xelatex", "-o", os.path.join(out, "pandoc.pdf")],
                       os.path.join(out, "pandoc.pdf")))
    if "libreoffice" in peers:
        profile = "file://" + os.path.join(work, "lo-profile")
        result.append(("libreoffice", ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                                       "--outdir", out, base + ".csv"], os.path.join(out, os.path.basename(base) + ".pdf")))
    return result


def measure(label, claims, runs, timeout, commands):
    """Runs the commands in turn, `runs` times, and sums up each one's runs."""
    samples = {name: [] for name, _, _ in commands}
    for run in range(runs):
        for name, command, _ in commands:
            sample = timed(command, timeout)
            samples[name].append(sample)
            shown = "timed out" if sample is None else f"{sample[0]:.2f} s, {sample[1]:.0f} MiB, exit {sample[2]}"
            print(f"  {label} run {run + 1}/{runs} {name}: {shown}", file=sys.stderr, flush=True)
    rows = []
    for name, command, output in commands:
        done = [s for s in samples[name] if s is not None]
        row = {"size": label, "claims": claims, "command": name, "argv": command, "runs": len(samples[name]),
               "timed_out": len(samples[name]) - len(done), "exit": sorted({s[2] for s in done})}
        if done:
            walls, peaks = [s[0] for s in done], [s[1] for s in done]
            row.update(wall=statistics.median(walls), wall_min=min(walls), wall_max=max(walls), cpu=statistics.median(s[3] for s in done),
                       peak_mib=statistics.median(peaks), peak_min=min(peaks), peak_max=max(peaks))
        if output and os.path.exists(output):
            row.update(bytes=os.path.getsize(output), pages=pdf_pages(output))
            if row.get("pages"):
                row["kib_per_page"] = row["bytes"] / 1024 / row["pages"]
        rows.append(row)
    return rows


def table(rows):
    lines = ["| claims | command | wall s, median (range) | CPU s | peak MiB, median (range) | pages | KiB/page | x archival |",
             "| ---: | --- | --- | ---: | --- | ---: | ---: | ---: |"]
    for row in rows:
        if "wall" not in row:
            lines.append(f"| {row['size']} | {row['command']} | timed out | | | | | |")
            continue
        archival = next((r for r in rows if r["size"] == row["size"] and r["command"] == "archival-snapshot" and "wall" in r), None)
        ratio = f"{row['wall'] / archival['wall']:.2f}" if archival else ""
        failed = "" if row["exit"] == [0] else f" (exit {','.join(map(str, row['exit']))})"
        per_page = f"{row['kib_per_page']:.1f}" if row.get("kib_per_page") else ""
        cpu = f"{row['cpu']:.2f}" if "cpu" in row else ""
        lines.append(f"| {row['size']} | {row['command']}{failed} | {row['wall']:.2f} ({row['wall_min']:.2f}-{row['wall_max']:.2f}) | {cpu} "
                     f"| {row['peak_mib']:.0f} ({row['peak_min']:.0f}-{row['peak_max']:.0f}) | {row.get('pages') or ''} | {per_page} | {ratio} |")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tool", required=True, help="the command that runs briefbuilder, as one string")
    parser.add_argument("--sizes", default="31,1000,10000,100000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--big-runs", type=int, default=1, help="runs at 100,000 claims and more")
    parser.add_argument("--peers", default="pandoc,libreoffice")
    parser.add_argument("--peer-max", type=int, default=10000, help="largest size the peers are run at")
    parser.add_argument("--timeout", type=int, default=900)
    parser.add_argument("--work", required=True)
    parser.add_argument("--results", required=True)
    args = parser.parse_args()
    tool, peers = args.tool.split(), [p for p in args.peers.split(",") if p]
    rows = []
    sample = os.path.join(ROOT, "sources", "artsakh-exodus-2023.xlsx")
    sample_cases = cases(tool, sample, "sample", args.work, [])
    sample_cases.append(("build-all", [*tool, "build-all", "--sources", os.path.join(ROOT, "sources"), "--out", os.path.join(args.work, "out", "all")], None))
    rows += measure("sample", 31, args.runs, args.timeout, sample_cases)
    for size in [int(s) for s in args.sizes.split(",") if s]:
        workbook = os.path.join(args.work, f"dossier-{size}.xlsx")
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), str(size), args.work], check=True)
        rows += measure(str(size), size, args.big_runs if size >= 100000 else args.runs, args.timeout,
                        cases(tool, workbook, str(size), args.work, peers if size <= args.peer_max else []))
    os.makedirs(args.results, exist_ok=True)
    with open(os.path.join(args.results, "results.json"), "w", encoding="utf-8") as f:
        json.dump({"machine": machine(), "rows": rows}, f, indent=1)
    with open(os.path.join(args.results, "results.md"), "w", encoding="utf-8") as f:
        f.write(table(rows) + "\n")
    subprocess.run([sys.executable, os.path.join(HERE, "plot.py"), os.path.join(args.results, "results.json"),
                    os.path.join(args.results, "scaling.svg")], check=True)
    print(table(rows))


def machine():
    load = open("/proc/loadavg").read().split()[:3] if os.path.exists("/proc/loadavg") else []
    model = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?") \
        if os.path.exists("/proc/cpuinfo") else "?"
    return {"cpus": os.cpu_count(), "cpu": model, "load_at_end": load}


if __name__ == "__main__":
    main()
