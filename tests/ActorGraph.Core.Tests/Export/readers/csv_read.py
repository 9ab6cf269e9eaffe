"""Reads Gephi CSV tables (a zip with nodes.csv and edges.csv) with pandas, every cell as text, and prints them as JSON."""
import json
import sys
import zipfile

import pandas as pd

with zipfile.ZipFile(sys.argv[1]) as z:
    tables = {name: pd.read_csv(z.open(name), dtype=str, keep_default_na=False, encoding="utf-8") for name in ("nodes.csv", "edges.csv")}
json.dump({
    "reader": f"pandas {pd.__version__}",
    "files": sorted(zipfile.ZipFile(sys.argv[1]).namelist()),
    "nodes": tables["nodes.csv"].to_dict(orient="records"),
    "edges": tables["edges.csv"].to_dict(orient="records"),
    "nodeColumns": list(tables["nodes.csv"].columns),
    "edgeColumns": list(tables["edges.csv"].columns),
}, sys.stdout, ensure_ascii=False)
