#!/usr/bin/env python3
"""Reliability of the parser's confidence: for each confidence bucket, how many frames and what
share of them are right. At 0.8 or more fb acts without asking, so that bucket must be right
at least 99 % of the time.

usage: nlp/tools/reliability.py SET.jsonl [SET.jsonl ...] [--today 2026-11-24] [--cmd 'fb parse ...']
       (run from the repository root; default command: ./fb parse --json --today DATE -)

A frame is right under the rules of docs/intents.md, "How a frame is scored". Prints a Markdown
table (the one in docs/BENCHMARKS.md) and the wrong frames at 0.8 or more.
"""
import argparse
import json
import re
import shlex
import subprocess
import sys
from decimal import Decimal, InvalidOperation

BUCKETS = [(0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01)]


def norm(v):
    if not isinstance(v, str):
        return None
    s = v.lower().strip().replace("\u2019", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w\s@.+-]", " ", s).strip(" .")
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r"^(the|a|an) ", "", s)
    return re.sub(r"\s+(project|client)$", "", s).strip()


def dec(v):
    try:
        return Decimal(str(v.get("amount") if isinstance(v, dict) else v))
    except (InvalidOperation, TypeError, ValueError):
        return None


def money_eq(exp, got):
    a, b = dec(exp), dec(got)
    if a is None or b is None or abs(a - b) > Decimal("0.005"):
        return False
    if isinstance(exp, dict) and exp.get("currency"):
        return isinstance(got, dict) and (got.get("currency") or "").upper() == exp["currency"].upper()
    return True


def total_of(slots):
    if slots.get("total") is not None:
        return dec(slots["total"])
    t = Decimal(0)
    for line in slots.get("lines") or []:
        q = dec(line.get("quantity") if line.get("quantity") is not None else 1)
        u = dec(line.get("unit_cost"))
        if q is None or u is None:
            return None
        t += q * u
    return t


def slot_eq(key, exp, got):
    if key == "target":
        return any(norm(exp) is not None and norm(exp) == norm(got.get(k)) for k in ("target", "project", "client"))
    if key == "total":
        t = total_of(got)
        return t is not None and abs(t - dec(exp)) <= Decimal("0.005")
    if key == "lines":
        g = got.get("lines") or []
        if not g:
            return False
        e, g = exp[0], g[0]
        if "description" in e and norm(e["description"]) not in (norm(g.get("description")) or ""):
            return False
        if "quantity" in e and dec(g.get("quantity")) != dec(e["quantity"]):
            return False
        return "unit_cost" not in e or money_eq(e["unit_cost"], g.get("unit_cost"))
    v = got.get(key)
    if isinstance(exp, dict) or key in ("amount", "min_amount", "rate", "fixed_price", "budget_amount", "new_amount"):
        return money_eq(exp, v)
    if isinstance(exp, bool) or isinstance(v, bool):
        return exp == v
    if isinstance(exp, (int, float)):
        return dec(v) is not None and dec(v) == dec(exp)
    if key == "invoice":
        return str(v).lstrip("#0") == str(exp).lstrip("#0")
    if key in ("date", "date_from", "date_to", "due_date", "start_time", "currency", "status", "which", "email"):
        return isinstance(v, str) and v.lower() == str(exp).lower()
    return norm(exp) is not None and norm(exp) == norm(v)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--today", default="2026-11-24")
    ap.add_argument("--cmd")
    args = ap.parse_args()
    cases = []
    for path in args.sets:
        cases += [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    cmd = shlex.split(args.cmd) if args.cmd else ["./fb", "parse", "--json", "--today", args.today, "-"]
    out = subprocess.run(cmd, input="".join(c["text"].replace("\n", " ") + "\n" for c in cases),
                         capture_output=True, text=True, timeout=600).stdout.splitlines()
    if len(out) != len(cases):
        sys.exit(f"{len(out)} frames for {len(cases)} phrases")
    rows = [[0, 0] for _ in BUCKETS]
    confident_wrong = []
    for c, line in zip(cases, out):
        fr = json.loads(line)
        slots = fr.get("slots") or {}
        right = fr.get("intent") == c["intent"] and all(slot_eq(k, v, slots) for k, v in (c.get("slots") or {}).items())
        conf = fr.get("confidence") or 0.0
        for i, (lo, hi) in enumerate(BUCKETS):
            if lo <= conf < hi:
                rows[i][0] += 1
                rows[i][1] += right
        if conf >= 0.8 and not right:
            confident_wrong.append((c["text"], fr.get("intent"), conf))
    print(f"| confidence | frames | right | share right |")
    print(f"|---|---:|---:|---:|")
    for (lo, hi), (n, ok) in zip(BUCKETS, rows):
        label = f"{lo:.1f}–{min(hi, 1.0):.1f}" + (")" if hi <= 1.0 else "]")
        share = f"{ok / n:.3f}" if n else "–"
        print(f"| [{label} | {n} | {ok} | {share} |")
    acting = sum(r[0] for r, (lo, _) in zip(rows, BUCKETS) if lo >= 0.8)
    acting_ok = sum(r[1] for r, (lo, _) in zip(rows, BUCKETS) if lo >= 0.8)
    print(f"\nframes at >= 0.8: {acting}, right {acting_ok} ({acting_ok / max(acting, 1):.3f}); "
          f"{len(cases)} phrases")
    for text, intent, conf in confident_wrong:
        print(f"  wrong at {conf:.2f}: {text!r} -> {intent}")
    return 0 if acting_ok >= 0.99 * acting else 1


if __name__ == "__main__":
    sys.exit(main())
