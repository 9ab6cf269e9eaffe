#!/usr/bin/env python3
"""Removes machine-specific details from executed notebooks before they are committed: the service URL (a random
port), temporary folders and home directories in outputs, and execution timestamps."""
import re
import sys

import nbformat

PATTERNS = [
    (re.compile(r"http://127\.0\.0\.1:\d+"), "http://localhost:5000"),
    (re.compile(r"/tmp/[\w.\-/]+"), "<tmp>"),
    (re.compile(r"/(?:home|root|work)/[\w.\-/]+"), "<path>"),
]


def clean(text):
    for pattern, replacement in PATTERNS:
        text = pattern.sub(replacement, text)
    return text


for path in sys.argv[1:]:
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        cell.get("metadata", {}).pop("execution", None)
        for output in cell.get("outputs", []):
            if "text" in output:
                output["text"] = clean(output["text"])
            for key, value in output.get("data", {}).items():
                if key.startswith("text/") and isinstance(value, str):
                    output["data"][key] = clean(value)
    nbformat.write(nb, path)
