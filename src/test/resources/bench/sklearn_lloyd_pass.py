#!/usr/bin/python3
"""Times scikit-learn's Lloyd iterations from given starting centres: per-pass milliseconds as JSON.
Usage: sklearn_lloyd_pass.py DATA.csv START.csv ITERATIONS [algorithm]"""
import json, sys, time
import numpy as np
import pandas as pd
from sklearn.cluster import KMeans

x = pd.read_csv(sys.argv[1]).to_numpy(dtype=np.float64)
start = np.loadtxt(sys.argv[2], delimiter=",", ndmin=2)
iters = int(sys.argv[3])
algo = sys.argv[4] if len(sys.argv) > 4 else "lloyd"
best = None
for rep in range(3):
    t0 = time.perf_counter()
    km = KMeans(n_clusters=len(start), init=start, n_init=1, max_iter=iters, tol=0, algorithm=algo).fit(x)
    dt = time.perf_counter() - t0
    per = dt / km.n_iter_
    if best is None or per < best["perPassMs"] / 1000:
        best = {"iterations": int(km.n_iter_), "seconds": dt, "perPassMs": per * 1000, "sse": float(km.inertia_)}
print(json.dumps(best))
