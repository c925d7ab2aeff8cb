#!/usr/bin/env python3
"""What a user would write instead of `verbeter achterstallig`: PyYAML with the libyaml C loader.

    peer_overdue.py --per 2017-09-30 PLAN_OR_FOLDER...

Prints the overdue acties, one per line, ordered like verbeter (most days late first, ties in
plan order): the id alone for one plan, `plan<TAB>id` for several. Same rule as docs/FORMAT.md:
the status is open and the last day of the deadline lies before the peildatum; every deadline
form is resolved (2017-05-31, 2017-05, 2017-Q2, 2017, 31 mei 2017, mei 2017, termijn names,
doorlopend).

PyYAML's SafeLoader follows YAML 1.1: a plain `2017-05-31` arrives as a datetime.date and a plain
`2017` as an int, so both are turned back into deadline forms here.
"""

import argparse
import calendar
import datetime
import os
import re
import sys

import yaml

if not getattr(yaml, "__with_libyaml__", False) or not hasattr(yaml, "CSafeLoader"):
    sys.exit("peer_overdue.py: PyYAML without libyaml (CSafeLoader); install python3-yaml")

OPEN = {"gepland", "in-uitvoering", "in-onderzoek", "uitgesteld"}
MONTHS = {name: i + 1 for i, name in enumerate(
    ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
     "oktober", "november", "december"])}
MONTHS.update({"jan": 1, "feb": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
               "sept": 9, "okt": 10, "nov": 11, "dec": 12})

ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
ISO_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
QUARTER = re.compile(r"^(\d{4})-[Qq]([1-4])$")
YEAR = re.compile(r"^(\d{4})$")
DUTCH_DAY = re.compile(r"^(\d{1,2}) +([A-Za-z]+)\.? +(\d{4})$")
DUTCH_MONTH = re.compile(r"^([A-Za-z]+)\.? +(\d{4})$")


def month_end(year, month):
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def last_day(value, termijnen):
    """The last day of a deadline as PyYAML hands it over; None for doorlopend or unreadable."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return datetime.date(value, 12, 31)
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        if m := ISO_DAY.match(text):
            return datetime.date(int(m[1]), int(m[2]), int(m[3]))
        if m := ISO_MONTH.match(text):
            return month_end(int(m[1]), int(m[2]))
        if m := QUARTER.match(text):
            return month_end(int(m[1]), int(m[2]) * 3)
        if m := YEAR.match(text):
            return datetime.date(int(m[1]), 12, 31)
        if m := DUTCH_DAY.match(text):
            month = MONTHS.get(m[2].lower())
            return datetime.date(int(m[3]), month, int(m[1])) if month else None
        if m := DUTCH_MONTH.match(text):
            month = MONTHS.get(m[1].lower())
            return month_end(int(m[2]), month) if month else None
    except ValueError:
        return None
    if text.lower() == "doorlopend":
        return None
    return termijnen.get(text)


def plan_files(paths):
    for path in paths:
        if os.path.isdir(path):
            for name in sorted(os.listdir(path)):
                if name.endswith((".yaml", ".yml")):
                    yield os.path.join(path, name)
        else:
            yield path


def overdue(path, peildatum):
    with open(path, "rb") as f:
        plan = yaml.load(f, Loader=yaml.CSafeLoader)
    termijnen = {}
    for name, value in (plan.get("termijnen") or {}).items():
        day = last_day(value, {})
        if day:
            termijnen[str(name)] = day
    for punt in plan.get("aandachtspunten") or []:
        for actie in punt.get("acties") or []:
            if str(actie.get("status", "")).strip() not in OPEN:
                continue
            day = last_day(actie.get("deadline"), termijnen)
            if day is not None and day < peildatum:
                yield (peildatum - day).days, path, str(actie["id"])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per", required=True, help="peildatum, JJJJ-MM-DD")
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()
    peildatum = datetime.date.fromisoformat(args.per)
    files = list(plan_files(args.paths))
    rows = [row for path in files for row in overdue(path, peildatum)]
    rows.sort(key=lambda row: -row[0])  # stable: ties keep plan order
    out = sys.stdout
    if len(files) == 1:
        out.write("".join(f"{row[2]}\n" for row in rows))
    else:
        out.write("".join(f"{row[1]}\t{row[2]}\n" for row in rows))


if __name__ == "__main__":
    main()
