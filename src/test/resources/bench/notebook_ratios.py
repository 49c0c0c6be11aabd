"""Archetype against the notebook (pandas 3 + scikit-learn 1.9, polars), whole process, same machine, same run.

JOBS=inspect,cluster (default all three) runs only those jobs. Run from the checkout after `mvn -q -DskipTests package`:
    python=$(../shared/bench/anchors-venv.sh)
    java -cp target/classes:target/test-classes dev.archetype.bench.CustomerCsvGenerator /tmp/customers_1m.csv 1000000
    $python src/test/resources/bench/notebook_ratios.py /tmp/customers_1m.csv
Times inspect, cluster --k 8 --restarts 10 and sweep --k 1..10 --restarts 3 (all indices) against their notebook
equivalents from ../shared/bench, each as a whole process under /usr/bin/time (wall seconds; peak RSS of the process
and any child JVM together, sampled every 50 ms), and prints
the ratios (Archetype / baseline; below 1 is faster or smaller) and both SSEs.
"""
import json, os, subprocess, sys, tempfile, time

data = sys.argv[1]
features = sys.argv[2] if len(sys.argv) > 2 else "age,income,spend_fresh,spend_milk,spend_grocery,visits,discount_rate,churned"
jar = os.environ.get("ARCHETYPE_JAR", "target/archetype.jar")
bench = os.environ.get("ANCHORS", "../shared/bench")
py = sys.executable


def tree_rss_kb(root):
    """Resident memory of root's descendants together, in kB (Linux /proc): a command on a large file runs in a child
    JVM, and /usr/bin/time reports the largest single process, not the sum."""
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        try:
            if pid != root:
                with open(f"/proc/{pid}/status") as f:
                    total += next(int(l.split()[1]) for l in f if l.startswith("VmRSS:"))
            for tid in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{tid}/children") as f:
                    stack += [int(c) for c in f.read().split()]
        except (OSError, StopIteration):
            pass
    return total


def timed(cmd):
    """Runs cmd under /usr/bin/time; returns (wall seconds, peak RSS in MB of the process tree, stdout)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        p = subprocess.Popen(["/usr/bin/time", "-f", "TIME %e %M"] + cmd, stdout=out, stderr=err, text=True)
        peak = 0
        while p.poll() is None:
            peak = max(peak, tree_rss_kb(p.pid))
            time.sleep(0.05)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if p.returncode != 0:
        sys.exit("failed: " + " ".join(cmd) + "\n" + stderr[-2000:])
    line = [l for l in stderr.splitlines() if l.startswith("TIME ")][-1].split()
    return float(line[1]), max(int(line[2]), peak) / 1024, stdout


def row(job, ours, base, name):
    print(f"{job:<34} {ours[0]:8.2f} s {ours[1]:7.0f} MB | {name:<22} {base[0]:8.2f} s {base[1]:7.0f} MB | "
          f"time {ours[0] / base[0]:5.2f}×  memory {ours[1] / base[1]:5.2f}×")


print(f"{'job':<34} {'Archetype':>20} | {'baseline':<22} {'':>20} | ratios")
jobs = os.environ.get("JOBS", "inspect,cluster,sweep").split(",")
if "inspect" in jobs:
  ours = timed(["java", "-jar", jar, "inspect", data])
  row("inspect", ours, timed([py, f"{bench}/notebook_inspect.py", data, "pandas"]), "pandas read+counts")
  row("inspect", ours, timed([py, f"{bench}/notebook_inspect.py", data, "polars"]), "polars read+counts")

if "cluster" in jobs:
  ours = timed(["java", "-jar", jar, "cluster", data, "--k", "8", "--restarts", "10", "--missing", "drop",
                "--features", features, "--json"])
  base = timed([py, f"{bench}/notebook_cluster.py", data, features, "8", "10"])
  row("cluster --k 8 --restarts 10", ours, base, "pandas + KMeans")
  print(f"{'':<34} SSE {json.loads(ours[2])['sse']:.1f} against scikit-learn {json.loads(base[2])['sse']:.1f}")

if "sweep" in jobs:
  ours = timed(["java", "-jar", jar, "sweep", data, "--k", "1..10", "--restarts", "3", "--missing", "drop",
                "--features", features, "--json"])
  base = timed([py, f"{bench}/sklearn_sweep.py", data, "--features", features, "--k", "1..10", "--restarts", "3"])
  row("sweep --k 1..10 --restarts 3", ours, base, "scikit-learn + metrics")
