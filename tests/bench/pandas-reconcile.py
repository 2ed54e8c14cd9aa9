#!/usr/bin/python3
"""Baseline (c) of the reconciliation benchmark: read_csv, then merge on e-mail, then on login."""
import sys

import pandas as pd

tool = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
directory = pd.read_csv(sys.argv[2], dtype=str, keep_default_na=False)
tool["e"] = tool["email"].str.strip().str.lower()
directory["e"] = directory["mail"].str.strip().str.lower()
by_email = tool.merge(directory[["e", "id"]], on="e", how="left")
unmatched = by_email[by_email["id"].isna()].drop(columns=["id"])
unmatched["l"] = unmatched["e"].str.split("@").str[0]
directory["l"] = directory["e"].str.split("@").str[0]
by_login = unmatched.merge(directory[["l", "id"]], on="l", how="left")
print(int(by_email["id"].notna().sum()), int(by_login["id"].notna().sum()))
