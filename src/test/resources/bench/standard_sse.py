"""Default sweep versus the best known SSE on the standard iris, wine and breast-cancer data (z-scored, k = 2..10).

Run from the checkout after `mvn -q -DskipTests package`, with the anchors environment:
    python=$(../shared/bench/anchors-venv.sh) && $python src/test/resources/bench/standard_sse.py [seed ...]
Prints, per seed, how many of the 27 (data set, k) pairs reach scikit-learn's best of 2,000 k-means++
initialisations, and how many reach the lowest SSE any run found (scikit-learn's or Archetype's, any seed).
"""
import json, subprocess, sys, tempfile, os
import numpy as np
from sklearn import datasets
from sklearn.cluster import KMeans
from sklearn.preprocessing import StandardScaler

seeds = sys.argv[1:] or ["0", "1", "42", "7", "123"]
jar = os.environ.get("ARCHETYPE_JAR", "target/archetype.jar")
tmp = tempfile.mkdtemp()
sk, ours = {}, {}
for name, load in [("iris", datasets.load_iris), ("wine", datasets.load_wine), ("breast_cancer", datasets.load_breast_cancer)]:
    x = load().data
    path = os.path.join(tmp, name + ".csv")
    np.savetxt(path, x, delimiter=",", header=",".join(f"f{i}" for i in range(x.shape[1])), comments="")
    z = StandardScaler().fit_transform(x)  # population std, as Archetype's z-score
    sk[name] = {k: min(KMeans(k, n_init=1000, random_state=r).fit(z).inertia_ for r in range(2)) for k in range(2, 11)}
    for s in seeds:
        out = subprocess.run(["java", "-jar", jar, "sweep", path, "--k", "2..10", "--json", "--seed", s],
                             check=True, capture_output=True, text=True).stdout
        for r in json.loads(out)["results"]:
            ours[(s, name, r["k"])] = r["sse"]
lowest = {(n, k): min([sk[n][k]] + [ours[(s, n, k)] for s in seeds]) for n in sk for k in sk[n]}
for s in seeds:
    vs_sk = sum(ours[(s, n, k)] <= sk[n][k] * (1 + 1e-9) for n in sk for k in sk[n])
    misses = [f"{n} k={k} {ours[(s, n, k)]:.4f} vs {lowest[(n, k)]:.4f}" for n in sk for k in sk[n]
              if ours[(s, n, k)] > lowest[(n, k)] * (1 + 1e-9)]
    print(f"seed {s}: scikit-learn's best at {vs_sk}/27, the lowest known at {27 - len(misses)}/27  {'; '.join(misses)}")
