#!/usr/bin/env python3
"""Deterministic generator of verbeterplannen for the benchmark (bench/run).

Writes, under bench/data/ (or --out):
  plan-N.yaml      one plan with N acties, for each requested N (about 5 acties per aandachtspunt)
  provincie/       400 plans of 50 acties each (a province's folder), with --folder

The plans use every deadline form of docs/FORMAT.md (2017-05-31, 2017-05, 2017-Q2, "2017",
31 mei 2017, mei 2017, termijn names, doorlopend), every status, comments on their own line and
after values, `>` / `>-` / `|` block scalars, single- and double-quoted scalars and a `historie: |`
block on most acties. Text lengths are chosen so that 100 000 acties make about 90 MB. Every plan
passes `verbeter check` without a fout (warnings are allowed but none are generated on purpose).

The output depends only on the seed and N: the same command writes the same bytes.
"""

import argparse
import os
import random
import sys

WORDS = (
    "de het een en van in op met voor door bij naar als dat die wordt worden is zijn niet ook meer "
    "gezin gezinnen kinderen ouder ouders jeugdige hulpverlening ondersteuning zorg wijkteam wijkcoach "
    "professionals medewerkers casusregie veiligheid risico risicotaxatie leefgebieden probleemanalyse "
    "ondersteuningsplan dossier dossiers verslaglegging werkwijze methodiek afspraken samenwerking "
    "ketenpartners veilig thuis huisarts onderwijs leerplicht gemeente college raad inspectie toezicht "
    "kwaliteit evaluatie monitoring rapportage beleid uitvoering implementatie borging scholing training "
    "intervisie werkinstructie protocol signalering escalatie regie overdracht inzet maatwerk voorziening "
    "wijkteams integraal structureel tijdig volledig zorgvuldig expliciet periodiek jaarlijks actueel "
    "vastgesteld afgestemd besproken geborgd uitgewerkt opgesteld getoetst gecontroleerd aangepast "
    "verbeterd ingericht opgenomen vastgelegd geëvalueerd geïmplementeerd coördinatie één plan "
    "aandachtspunt bevinding maatregel doelstelling resultaat cliënt cliënten gesprekken huisbezoek "
    "multidisciplinair overleg casuïstiek deskundigheid vakmanschap kwaliteitskader privacy"
).split()

TITLES = (
    "Problematiek onvoldoende in beeld gebracht", "Niet structureel uitvragen van alle leefgebieden",
    "Risicoanalyse ontbreekt of is onvolledig", "Geen eenduidige werkwijze bij escalatie",
    "Samenwerking met ketenpartners niet geborgd", "Ondersteuningsplan niet actueel",
    "Onvoldoende regie op de hulpverlening", "Veiligheid van kinderen niet expliciet gewogen",
    "Evaluatie van de ondersteuning ontbreekt", "Deskundigheid van professionals versterken",
)

EIGENAREN = (
    "teamleider sociale wijkteams", "peoplemanager Sociale Wijkteams (DNO)", "beleidsadviseur Jeugd",
    "afdelingsmanager Sociaal Domein", "kwaliteitsmedewerker", "coördinator Veilig Thuis",
    "manager bedrijfsvoering", "teamleider team Jeugd", "projectleider transformatie",
)

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]
DAYS_IN = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

STATUSES = ["gepland", "in-uitvoering", "in-onderzoek", "uitgesteld", "gerealiseerd", "geborgd",
            "niet-haalbaar", "vervallen"]

TERMIJNEN = [("korte termijn", "2017-06-30"), ("middellange termijn", "2017-12-31"),
             ("lange termijn", "2019-01-01")]

WIDTH = 92  # wrap column of block scalars


def sentence(rng, low, high):
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


def paragraph(rng, length):
    """Running text of about `length` characters, in sentences."""
    parts, total = [], 0
    while total < length:
        s = sentence(rng, 6, 16)
        parts.append(s)
        total += len(s) + 1
    return " ".join(parts)


def wrapped(text, indent):
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(indent) + len(line) + 1 + len(word) > WIDTH:
            lines.append(indent + line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(indent + line)
    return lines


def plain_safe(text):
    """A short text as a plain scalar when that is unambiguous, else double-quoted."""
    if any(c in text for c in ":#'\"") or text[0] in "-?[]{}!&*|>%@`,":
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return text


def deadline_text(rng, index):
    """Every deadline form, in turn, with dates spread over 2016-2019 (peildatum 2017-09-30 is in
    the middle, so some are overdue and some are not)."""
    year = rng.choice([2016, 2017, 2017, 2017, 2018, 2019])
    month = rng.randint(1, 12)
    day = rng.randint(1, DAYS_IN[month - 1])
    form = index % 9
    if form == 0:
        return f"{year}-{month:02d}-{day:02d}"
    if form == 1:
        return f"{year}-{month:02d}"
    if form == 2:
        return f"{year}-Q{rng.randint(1, 4)}"
    if form == 3:
        return f'"{year}"'
    if form == 4:
        return f"{day} {MONTHS[month - 1]} {year}"
    if form == 5:
        return f"{MONTHS[month - 1]} {year}"
    if form == 6:
        return TERMIJNEN[rng.randrange(3)][0]
    if form == 7:
        return "doorlopend"
    return f"'{year}-{month:02d}-{day:02d}'"


def write_actie(out, rng, actie_id, index):
    status = STATUSES[(index * 5 + rng.randrange(3)) % len(STATUSES)]
    deadline = deadline_text(rng, index)
    if index % 11 == 0:
        out.append("      # overgenomen uit de raadsbrief; eigenaar toegewezen door de opdrachtgever")
    out.append(f"      - id: {actie_id}")
    out.append(f"        doel: {sentence(rng, 4, 9)[:-1]}")
    if index % 3 == 0:
        out.append("        actie: |")
        for _ in range(rng.randint(1, 3)):
            out.extend(wrapped(sentence(rng, 8, 18), "          "))
    else:
        out.append("        actie: >-" if index % 3 == 1 else "        actie: >")
        out.extend(wrapped(paragraph(rng, rng.randint(70, 160)), "          "))
    if index % 4 == 0:
        out.append("        implementatie: 'Is uitgevoerd; zie ''verslag'' van de stuurgroep.'")
    elif index % 4 == 1:
        out.append('        implementatie: "Wordt uitgevoerd: ' + sentence(rng, 4, 9) + '"')
    else:
        out.append(f"        implementatie: {sentence(rng, 5, 10)}")
    if status in ("gerealiseerd", "geborgd") or index % 2 == 0:
        out.append("        borging: >-")
        out.extend(wrapped(paragraph(rng, rng.randint(50, 120)), "          "))
    out.append(f"        eigenaar: {EIGENAREN[rng.randrange(len(EIGENAREN))]}")
    comment = "   # uiterste datum volgens de brief" if index % 7 == 0 else ""
    out.append(f"        deadline: {deadline}{comment}")
    out.append(f"        status: {status}" + ("  # stand september" if index % 13 == 0 else ""))
    if index % 5 == 0:
        out.append(f"        kosten: binnen bestaand budget, circa {rng.randint(1, 90) * 1000} euro per jaar")
    if index % 6 == 0:
        out.append(f"        bron: Raadsbrief april 2017, tabel Verbeterplan, rij {index + 1}")
    if index % 10 != 9:
        out.append("        historie: |")
        start = rng.randint(1, 9)
        out.append(f"          2016-{start:02d}-{rng.randint(10, 28)} gepland: {sentence(rng, 2, 5)}")
        if index % 4 == 0:
            plain = deadline.strip("\"'")
            out.append(f"          2016-{start + 1:02d}-05 deadline {plain}: bijgesteld in de stuurgroep")
        out.append(f"          2017-0{rng.randint(1, 4)}-{rng.randint(10, 28)} {status}: {sentence(rng, 3, 7)}")


def write_plan(path, n, seed, gemeente):
    rng = random.Random(seed)
    out = [
        f"# Verbeterplan {gemeente}, gegenereerd voor de benchmark (bench/generate.py, seed {seed})",
        f"gemeente: {gemeente}",
        f'titel: "Verbeterplan: aandachtspunten, actie en maatregelen ({n} acties)"',
        "rapport:",
        f'  titel: "Toezicht wijkteams: Zorg en Ondersteuning aan kwetsbare gezinnen in {gemeente}"',
        "  door: Toezicht Sociaal Domein/Samenwerkend Toezicht Jeugd (TSD/STJ)",
        "  datum: 2017-03                      # \"Utrecht, maart 2017\"",
        "  reactie-voor: 1 mei 2017",
        "  vervolgonderzoek: 2018-Q2",
        "vastgesteld: 2017-04-11",
        "opdrachtgever: sectordirecteur Samenleving",
        "opdrachtnemer: teamleider team Jeugd",
        "toelichting: >",
    ]
    out.extend(wrapped(paragraph(rng, 600), "  "))
    out += [
        "college:",
        "  onderwerp: Inspectierapport sociale wijkteams",
        "  behandeldatum: 18 april 2017",
        "  portefeuillehouder: C. van Wijk-Jongedijk",
        "  hoofdopgave: Transformatie werk en zorg",
        "  besluit: |",
        "    1 De raad te informeren over het rapport en onze reactie op de bevindingen.",
        "    2 De raadsbrief na openbaarmaking van het rapport te plaatsen op Ibabs.",
        "termijnen:",
    ]
    out += [f"  {name}: {day}" for name, day in TERMIJNEN]
    out += ["", "aandachtspunten:"]
    actie_index = 0
    punt = 0
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        while actie_index < n:
            punt += 1
            out.append("")
            risk = punt % 4 == 0
            out.append(f'  - id: "{punt:02d}"' if risk else f"  - id: A{punt}")
            out.append(f"    titel: {TITLES[rng.randrange(len(TITLES))]}")
            if punt % 8 == 1:
                out.append("    # rapport §3.3.1 Bevindingen inspecties")
            if risk:
                out.append(f"    risico: {sentence(rng, 8, 16)}")
                out.append("    uitwerking: >-")
                out.extend(wrapped(paragraph(rng, 250), "      "))
            else:
                out.append("    bevinding: >-")
                out.extend(wrapped(paragraph(rng, rng.randint(150, 350)), "      "))
            if punt % 25 == 0 and punt > 1:
                # Den Helder's "Zie 01": answered by another point's measures, no acties of its own.
                out.append(f"    zie: A{punt - 1}" if (punt - 1) % 4 else f'    zie: "{punt - 1:02d}"')
                continue
            out.append("    acties:")
            count = min(rng.choice([3, 4, 5, 5, 6, 7]), n - actie_index)
            for k in range(count):
                # A risk's acties are numbered like the risk ("04.2"): quoted, or YAML reads a number.
                actie_id = f'"{punt:02d}.{k + 1}"' if risk else f"A{punt}.{k + 1}"
                write_actie(out, rng, actie_id, actie_index)
                actie_index += 1
            if len(out) > 20000:
                f.write("\n".join(out) + "\n")
                out = []
        f.write("\n".join(out) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[50, 1000, 10000, 100000, 1000000],
                        help="numbers of acties, one plan each")
    parser.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "data"))
    parser.add_argument("--folder", action="store_true", help="also write provincie/: 400 plans of 50 acties")
    parser.add_argument("--seed", type=int, default=2017)
    parser.add_argument("--force", action="store_true", help="rewrite files that exist")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for n in args.sizes:
        path = os.path.join(args.out, f"plan-{n}.yaml")
        if args.force or not os.path.exists(path):
            write_plan(path + ".tmp", n, args.seed * 1_000_003 + n, "Benchmarkstad")
            os.replace(path + ".tmp", path)
            print(f"{path}: {os.path.getsize(path)} bytes", file=sys.stderr)
    if args.folder:
        folder = os.path.join(args.out, "provincie")
        os.makedirs(folder, exist_ok=True)
        for i in range(400):
            path = os.path.join(folder, f"gemeente{i + 1:03d}-2017.yaml")
            if args.force or not os.path.exists(path):
                write_plan(path, 50, args.seed * 7919 + i, f"Gemeente {i + 1:03d}")


if __name__ == "__main__":
    main()
