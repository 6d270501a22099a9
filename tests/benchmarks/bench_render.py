#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Map rendering benchmark: `ricochet render` against Graphviz's `sfdp` command on the DOT that
ricochet exports, in one run, on the same graph. Not part of CTest; run it with
`cmake --build build --target bench_render`.

Usage: bench_render.py RICOCHET GRAPH PHARMA WORK_DIR [--repeat 3] [--sfdp sfdp] [--seed 1]
                       [--threads T] [--no-phases] [--no-pharma] [--no-copy] [--json FILE]

GRAPH is the 10,000-vertex edge list written by gen_render_graph.py; PHARMA the pharma-fr dataset
folder. Every output goes to WORK_DIR.
1. Not timed: `ricochet export GRAPH --format dot -o render-map.dot`, the DOT ricochet hands
   Graphviz for its own layout (same attributes: overlap=prism, splines=false, sizes, colours,
   labels; no positions).
2. Timed, --repeat times each, in rotating order within each repetition (so that no command
   always runs first): `sfdp -Tsvg render-map.dot -o render-sfdp.svg` and
   `ricochet render GRAPH -o render-ricochet.svg --seed S`. Both read their input and write the
   SVG; ricochet also computes its measures (communities, scores, centralities) and draws a second
   pass with the legend and caption. Wall time (median and each run) and CPU time (user + system
   of the child, from wait4's rusage: the machine is shared and wall times are noisy). Goal:
   ricochet's median wall time <= 1.2 x sfdp's. The CPU-time ratio is reported next to it.
   Both SVGs must hold the graph's vertices (`class="node"` groups; ricochet's has one more, its
   legend) and the same number of arcs, so that both drew the same graph. The vertex centres of
   the two drawings are compared too: when they agree, ricochet's in-process sfdp did the same
   layout work as the command (same initial positions), so the times compare like with like.
3. Phases of ricochet, in the same repetitions (unless --no-phases): `export --format dot`
   (reading + every measure an export carries + the DOT text, no layout) and `export --format
   gexf` (the same plus the sfdp layout, no picture); the layout is about gexf - dot. `render`
   computes only the measures its picture needs, so render - layout is no estimate of its
   non-layout part (and the noise of a shared machine is larger than that part): see the README
   for a perf breakdown.
4. pharma-fr: `ricochet render PHARMA -o pharma.svg` and `-o pharma.png`, --repeat times each.
   Goal: <= 15 s each (median wall time).
The binary is copied into WORK_DIR first (unless --no-copy), so that every run measures the same
build even if ricochet is relinked meanwhile. Prints PASS or MISS per goal; exits 0 either way
(benchmarks inform), non-zero only when a command fails or the drawings disagree."""
import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

SFDP_GOAL = 1.2  # ricochet / sfdp, median wall times
PHARMA_GOAL = 15.0  # seconds


def log(text):
    print(text, flush=True)


class Run:
    def __init__(self, wall, user, system, max_rss_kb):
        self.wall, self.user, self.system, self.max_rss_kb = wall, user, system, max_rss_kb

    @property
    def cpu(self):
        return self.user + self.system


def run(command, env=None, attempts=3):
    """Runs command, returns a Run (wall, CPU of the child from wait4). Retries a command that
    cannot start or fails (e.g. a binary being relinked) up to `attempts` times."""
    for attempt in range(1, attempts + 1):
        try:
            start = time.perf_counter()
            process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            stderr = process.stderr.read()
            _, status, usage = os.wait4(process.pid, 0)
            wall = time.perf_counter() - start
            process.returncode = os.waitstatus_to_exitcode(status)
            process.stderr.close()
        except OSError as error:
            message, code = str(error), None
        else:
            if process.returncode == 0:
                return Run(wall, usage.ru_utime, usage.ru_stime, usage.ru_maxrss)
            message, code = stderr.decode(errors="replace").strip(), process.returncode
        log(f"  attempt {attempt} failed (exit {code}): {' '.join(command)}: {message[-500:]}")
        if attempt < attempts:
            time.sleep(10)
    sys.exit(f"bench_render: giving up on {' '.join(command)}")


def count(path, needle):
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read().count(needle)


def centres(path):
    """Vertex name -> centre of its disc, from a Graphviz SVG (`<title>v12</title>` then the
    first ellipse of that node group)."""
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    found = {}
    for match in re.finditer(r'class="node">\s*<title>([^<]*)</title>.*?<ellipse [^>]*cx="([-0-9.]+)" cy="([-0-9.]+)"',
                             text, re.S):
        found[match.group(1)] = (float(match.group(2)), float(match.group(3)))
    return found


def edge_list_size(path):
    vertices, pairs = set(), set()
    with open(path) as f:
        for line in f:
            fields = line.split()
            if not fields or fields[0].startswith("#"):
                continue
            vertices.update(fields[:2])
            if fields[0] != fields[1]:
                pairs.add((fields[0], fields[1]))
    return len(vertices), len(pairs)


def seconds(value):
    return f"{value:.2f} s"


def median(runs, key):
    return statistics.median(getattr(r, key) for r in runs)


def best(runs):
    return min(r.wall for r in runs)


def describe(runs):
    return ", ".join(f"{r.wall:.2f}" for r in runs)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ricochet")
    parser.add_argument("graph")
    parser.add_argument("pharma")
    parser.add_argument("work_dir")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sfdp", default="sfdp")
    parser.add_argument("--seed", type=int, default=1, help="ricochet's --seed (layout and communities)")
    parser.add_argument("--threads", type=int, help="OMP_NUM_THREADS for ricochet (default: OpenMP's own)")
    parser.add_argument("--no-phases", action="store_true")
    parser.add_argument("--no-pharma", action="store_true")
    parser.add_argument("--no-copy", action="store_true", help="run RICOCHET in place instead of a copy")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()

    os.makedirs(args.work_dir, exist_ok=True)
    work = lambda name: os.path.join(args.work_dir, name)  # noqa: E731
    sfdp = shutil.which(args.sfdp)
    if sfdp is None:
        sys.exit(f"bench_render: {args.sfdp} not found (Debian: apt-get install graphviz)")
    ricochet = args.ricochet
    if not args.no_copy:
        ricochet = work("ricochet-bench")
        for attempt in range(3):
            shutil.copy2(args.ricochet, ricochet)
            if subprocess.run([ricochet, "render", "--help"], capture_output=True).returncode == 0:
                break
            time.sleep(10)  # caught mid-link: copy again
        else:
            sys.exit(f"bench_render: {args.ricochet} does not run")
    env = dict(os.environ)
    if args.threads:
        env["OMP_NUM_THREADS"] = str(args.threads)
    version = subprocess.run([sfdp, "-V"], capture_output=True, text=True).stderr.strip()
    n, pairs = edge_list_size(args.graph)
    log(f"ricochet: {args.ricochet} (built {time.strftime('%Y-%m-%d %H:%M', time.localtime(os.path.getmtime(args.ricochet)))})")
    log(f"sfdp: {sfdp} ({version})")
    log(f"graph: {args.graph}: {n} vertices, {pairs} arc pairs; {os.cpu_count()} cores, "
        f"OMP_NUM_THREADS={env.get('OMP_NUM_THREADS', 'unset')}, load average {os.getloadavg()[0]:.2f}")
    results = {"date": time.strftime("%Y-%m-%d"), "vertices": n, "arc_pairs": pairs, "sfdp_version": version,
               "omp_num_threads": env.get("OMP_NUM_THREADS")}

    # 1. The DOT, once, not timed.
    dot = work("render-map.dot")
    run([ricochet, "export", args.graph, "--format", "dot", "--seed", str(args.seed), "-o", dot], env)
    log(f"DOT: {dot} ({os.path.getsize(dot)} bytes, {count(dot, ' -> ')} arcs)")

    # 2. sfdp vs ricochet render, alternating.
    sfdp_svg, ricochet_svg = work("render-sfdp.svg"), work("render-ricochet.svg")
    sfdp_command = [sfdp, "-Tsvg", dot, "-o", sfdp_svg]
    ricochet_command = [ricochet, "render", args.graph, "--seed", str(args.seed), "-o", ricochet_svg]
    dot_command = [ricochet, "export", args.graph, "--format", "dot", "--seed", str(args.seed),
                   "-o", work("render-phase.dot")]
    gexf_command = [ricochet, "export", args.graph, "--format", "gexf", "--seed", str(args.seed),
                    "-o", work("render-phase.gexf")]
    sfdp_runs, ricochet_runs, phases = [], [], {}
    commands = [("sfdp", sfdp_command, sfdp_runs, None), ("ricochet", ricochet_command, ricochet_runs, env)]
    if not args.no_phases:
        phases = {"dot": [], "gexf": []}
        commands += [("export dot", dot_command, phases["dot"], env), ("export gexf", gexf_command, phases["gexf"], env)]
    for i in range(args.repeat):
        for name, command, runs, command_env in commands[i % len(commands):] + commands[:i % len(commands)]:
            r = run(command, command_env)
            runs.append(r)
            log(f"  run {i + 1}: {name:11} wall {seconds(r.wall)}, user {seconds(r.user)}, sys {seconds(r.system)}, "
                f"max RSS {r.max_rss_kb / 1024:.0f} MiB")
    drawn = {}
    for name, svg in (("sfdp", sfdp_svg), ("ricochet", ricochet_svg)):
        drawn[name] = (count(svg, 'class="node"'), count(svg, 'class="edge"'), os.path.getsize(svg))
        log(f"{name} SVG: {svg}: {drawn[name][0]} node groups, {drawn[name][1]} edge groups, {drawn[name][2]} bytes")
    same_graph = drawn["sfdp"][0] == n and drawn["ricochet"][0] == n + 1 and drawn["sfdp"][1] == drawn["ricochet"][1]
    log(f"same graph drawn: {'yes' if same_graph else 'NO'} (expected {n} node groups, {n} + 1 legend for ricochet, "
        f"equal edge groups)")
    ours, theirs = centres(ricochet_svg), centres(sfdp_svg)
    common = [name for name in theirs if name in ours]
    shift = max((max(abs(ours[k][0] - theirs[k][0]), abs(ours[k][1] - theirs[k][1])) for k in common), default=None)
    same_layout = bool(common) and len(common) == n and shift is not None and shift <= 0.05  # rounding to 0.01 pt
    log(f"same layout: {'yes' if same_layout else 'no'} ({len(common)} vertices in both drawings, largest difference "
        f"of their centres {'n/a' if shift is None else f'{shift:.2f}'} pt)")

    # 4. pharma-fr.
    pharma_runs = {}
    if not args.no_pharma:
        for fmt in ("svg", "png"):
            pharma_runs[fmt] = []
            for i in range(args.repeat):
                r = run([ricochet, "render", args.pharma, "-o", work(f"render-pharma.{fmt}")], env)
                pharma_runs[fmt].append(r)
                log(f"  run {i + 1}: pharma-fr {fmt} wall {seconds(r.wall)}, user {seconds(r.user)}, sys {seconds(r.system)}")

    # The table.
    s_wall, r_wall = median(sfdp_runs, "wall"), median(ricochet_runs, "wall")
    s_cpu, r_cpu = median(sfdp_runs, "cpu"), median(ricochet_runs, "cpu")
    ratio, cpu_ratio = r_wall / s_wall, r_cpu / s_cpu
    s_best, r_best = best(sfdp_runs), best(ricochet_runs)
    log("")
    log("| measure | median wall | best wall | runs (wall) | median CPU (user + sys) | "
        "ratio to sfdp (median wall / best wall / median CPU) | goal | result |")
    log("| --- | --- | --- | --- | --- | --- | --- | --- |")
    log(f"| sfdp -Tsvg ({n} vertices) | {seconds(s_wall)} | {seconds(s_best)} | {describe(sfdp_runs)} | "
        f"{seconds(s_cpu)} | | | |")
    log(f"| ricochet render ({n} vertices) | {seconds(r_wall)} | {seconds(r_best)} | {describe(ricochet_runs)} | "
        f"{seconds(r_cpu)} | {ratio:.2f} / {r_best / s_best:.2f} / {cpu_ratio:.2f} | <= {SFDP_GOAL} | "
        f"{'PASS' if ratio <= SFDP_GOAL else 'MISS'} |")
    if phases:
        d_wall, g_wall = median(phases["dot"], "wall"), median(phases["gexf"], "wall")
        d_cpu, g_cpu = median(phases["dot"], "cpu"), median(phases["gexf"], "cpu")
        d_best, g_best = best(phases["dot"]), best(phases["gexf"])
        log(f"| ricochet export dot: read + measures | {seconds(d_wall)} | {seconds(d_best)} | "
            f"{describe(phases['dot'])} | {seconds(d_cpu)} | "
            f"{d_wall / s_wall:.2f} / {d_best / s_best:.2f} / {d_cpu / s_cpu:.2f} | | |")
        log(f"| ricochet export gexf: + layout | {seconds(g_wall)} | {seconds(g_best)} | "
            f"{describe(phases['gexf'])} | {seconds(g_cpu)} | "
            f"{g_wall / s_wall:.2f} / {g_best / s_best:.2f} / {g_cpu / s_cpu:.2f} | | |")
        layout_wall, layout_best, layout_cpu = g_wall - d_wall, g_best - d_best, g_cpu - d_cpu
        log(f"| layout (gexf - dot) | {seconds(layout_wall)} | {seconds(layout_best)} | | {seconds(layout_cpu)} | "
            f"{layout_wall / s_wall:.2f} / {layout_best / s_best:.2f} / {layout_cpu / s_cpu:.2f} | | |")
    for fmt, runs in pharma_runs.items():
        wall = median(runs, "wall")
        log(f"| ricochet render pharma-fr -o pharma.{fmt} | {seconds(wall)} | {seconds(best(runs))} | "
            f"{describe(runs)} | {seconds(median(runs, 'cpu'))} | | <= {PHARMA_GOAL:.0f} s | "
            f"{'PASS' if wall <= PHARMA_GOAL else 'MISS'} |")
    paired = [r.wall / f.wall for r, f in zip(ricochet_runs, sfdp_runs)]
    log(f"ricochet / sfdp in each repetition: {', '.join(f'{x:.2f}' for x in paired)}; "
        f"median {statistics.median(paired):.2f}")
    log("(best = fastest run: on a shared machine the noise only adds time, so the best runs show the "
        "cost of the work itself; the goal is judged on the medians)")

    if args.json:
        runs_of = lambda runs: [vars(r) for r in runs]  # noqa: E731
        results.update({"sfdp": runs_of(sfdp_runs), "ricochet": runs_of(ricochet_runs), "ratio_wall": ratio,
                        "ratio_cpu": cpu_ratio, "ratio_best": r_best / s_best, "ratios_paired": paired,
                        "phases": {k: runs_of(v) for k, v in phases.items()},
                        "pharma": {k: runs_of(v) for k, v in pharma_runs.items()}, "drawn": drawn,
                        "same_graph": same_graph, "same_layout": same_layout})
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)
    return 0 if same_graph else 1


if __name__ == "__main__":
    sys.exit(main())
