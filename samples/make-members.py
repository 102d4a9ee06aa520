#!/usr/bin/env python3
"""Writes members.csv: 3,000 fake members of a fictional shop, with a few bad rows on purpose.

The numbers are random 199-prefixed mobiles drawn with a fixed seed; they belong to nobody we know of and
are only ever sent to the local sandbox. Regenerate with: python3 samples/make-members.py
"""
import random

random.seed(20261126)
rows = ["phone,code,name,joined"]
used = set()
for i in range(3000):
    while True:
        phone = "199" + "".join(random.choice("0123456789") for _ in range(8))
        if phone not in used:
            used.add(phone)
            break
    shown = phone
    if i % 50 == 7:
        shown = "+86 " + phone[:3] + " " + phone[3:7] + " " + phone[7:]   # normalised by the importer
    if i % 77 == 3:
        shown = phone[:3] + "-" + phone[3:7] + "-" + phone[7:]
    rows.append(f'{shown},,"Member {i:04d}",2025-{1 + i % 12:02d}-{1 + i % 28:02d}')
bad = [
    '12345,,"Too short",2025-01-01',
    '2380013800a,,"Not a mobile",2025-01-01',
    ',,"No phone",2025-01-01',
    f'{rows[10].split(",")[0]},,"Same phone as line 11",2025-01-01',
    f'19900000001,{"9" * 33},"Code longer than 32",2025-01-01',
]
for offset, row in zip((120, 940, 1777, 2500, 2999), bad):
    rows.insert(offset, row)
with open("members.csv", "w", encoding="utf-8", newline="") as out:
    out.write("\r\n".join(rows) + "\r\n")
