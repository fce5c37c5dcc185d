#!/usr/bin/env python3
"""Lists the real English words the spelling corrector would otherwise read as a vocabulary word
("smart" -> start, "yeah" -> year), for nlp/src/main/resources/dev/fbcli/nlp/parse/words/protected.txt.

usage: nlp/scripts/protected-words.py [/usr/share/dict/words] > protected-new.txt  (from the repository root;
it reads words/vocabulary.txt)

It mirrors the rules of dev.fbcli.nlp.parse.Speller (keep them in step): a lower-case word of 3+
letters, optimal-string-alignment distance 1 (2 from 7 letters on), same first letter or the first
two swapped, a 3- or 4-letter word only by swapping two neighbours or typing a letter twice (or,
for 4, by one letter more or less). Typos that are also words but are meant as the vocabulary word here ("minuets") are kept
out by EXCEPT.
"""
import re
import sys

EXCEPT = {"minuets", "minuet"}


def osa(a, b):
    la, lb = len(a), len(b)
    d = [[0] * (lb + 1) for _ in range(la + 1)]
    for i in range(la + 1):
        d[i][0] = i
    for j in range(lb + 1):
        d[0][j] = j
    for i in range(1, la + 1):
        for j in range(1, lb + 1):
            c = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + c)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[la][lb]


def swap(a, b):
    if len(a) != len(b):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def doubled(a, b):
    return len(a) == len(b) + 1 and any(a[i] == a[i - 1] and a[:i] + a[i + 1:] == b for i in range(1, len(a)))


def allowed(w, t):
    if w == t:
        return False
    if not (w[0] == t[0] or (len(w) > 1 and len(t) > 1 and w[0] == t[1] and w[1] == t[0])):
        return False
    d = osa(w, t)
    if len(w) == 3 or len(t) == 3 or (len(t) == 4 and len(w) == 4):
        return swap(w, t) or doubled(w, t)
    return d <= (2 if len(w) >= 7 else 1)


def main():
    words = "nlp/src/main/resources/dev/fbcli/nlp/parse/words/"
    vocab = [l.strip() for name in ("vocabulary.txt", "services.txt") for l in open(words + name)
             if l.strip() and not l.startswith("#")]
    vs = set(vocab)
    words = sorted({l.strip() for l in open(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/dict/words")
                    if re.fullmatch(r"[a-z]{3,}", l.strip())})
    for w in words:
        if w in vs or w in EXCEPT:
            continue
        hits = [t for t in vocab if abs(len(t) - len(w)) <= 2 and allowed(w, t)]
        if hits:
            print(w)


if __name__ == "__main__":
    main()
