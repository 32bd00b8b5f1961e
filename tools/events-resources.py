#!/usr/bin/env python3
"""Rebuild the compact lookup tables embedded in src/Chronicle.Events/Resources from ../shared.

usage: python3 tools/events-resources.py [SHARED_DIR]   (default: ../shared relative to the repository root)

Writes:
  actors.tsv     phrase<TAB>code<TAB>kind   kind: C country name, D demonym, K capital (metonym for the
                 government), N named person, O organisation or armed group, A agent noun (role code only)
  countries.tsv  iso3<TAB>iso2<TAB>fips<TAB>name     (for GDELT geography columns)
  tone.tsv       word<TAB>valence                     (AFINN-165 score, else VADER mean rounded; -5..+5)
"""
import csv, json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared")
OUT = os.path.join(ROOT, "src", "Chronicle.Events", "Resources")
D = lambda *p: os.path.join(SHARED, "data", *p)

def norm(s):
    s = s.replace("_", " ").replace("’", "'").strip().lower()
    s = re.sub(r"\s+", " ", s)
    return s

def coder_words(s):
    """The phrase as the actor coder reads it (Chronicle.Events TextScan): words of letters and digits, joined inside by
    ' - . before a letter or digit; a final dot kept only on short dotted forms ("U.S."); other characters dropped."""
    words, i, n = [], 0, len(s)
    while i < n:
        if not s[i].isalnum():
            i += 1
            continue
        start = i
        while i < n and (s[i].isalnum() or (s[i] in "'\u2019-." and i + 1 < n and s[i + 1].isalnum())):
            i += 1
        if i < n and s[i] == "." and i - start <= 4 and "." in s[start:i]:
            i += 1
        words.append(s[start:i])
    return " ".join(words)

actors = {}  # phrase -> (code, kind); first writer wins by priority order below
def put(phrase, code, kind, override=False):
    p = norm(phrase)
    if len(p) < 2 or not code or "\t" in p:
        return
    if override or p not in actors:
        actors[p] = (code, kind)

# --- countries: ISO codes, FIPS, names, capitals (GeoNames CC BY 4.0; i18n-iso-countries MIT; text_to_CAMEO MIT)
iso2to3, countries, population = {}, [], {}
with open(D("gazetteer", "countries", "geonames-countryInfo.tsv"), encoding="utf-8") as f:
    for row in csv.reader(f, delimiter="\t"):
        if not row or row[0].startswith("#") or len(row) < 6:
            continue
        iso2, iso3, fips, name, capital = row[0], row[1], row[3], row[4], row[5]
        iso2to3[iso2] = iso3
        population[iso3] = int(row[7]) if len(row) > 7 and row[7].isdigit() else 0
        countries.append((iso3, iso2, fips, name))
        put(name, iso3, "C")
        if capital and capital.lower() not in ("", "n/a"):
            put(capital, iso3 + "GOV", "K")
with open(D("cameo", "text_to_cameo", "countrynames.txt"), encoding="utf-8") as f:
    for line in f:
        parts = line.rstrip("\n").split("\t")
        if len(parts) >= 2 and re.fullmatch(r"[A-Z]{3}", parts[1]) and parts[1] != "---":
            put(parts[0], parts[1], "C")
names = json.load(open(D("gazetteer", "countries", "i18n-iso-countries.en.json"), encoding="utf-8"))["countries"]
for iso2, v in names.items():
    iso3 = iso2to3.get(iso2)
    if not iso3:
        continue
    for n in (v if isinstance(v, list) else [v]):
        if len(n) > 3 or n.isupper():
            put(n.replace(".", "") if n.isupper() or "." in n else n, iso3, "C")
nat = json.load(open(D("gazetteer", "countries", "i18n-nationality.en.json"), encoding="utf-8"))["nationalities"]
for iso2, adj in nat.items():
    iso3 = iso2to3.get(iso2)
    if iso3 and adj:
        put(adj, iso3, "D")

# --- PETRARCH-2 dictionaries (MIT): international organisations, militant groups, agents
def petrarch_blocks(path):
    """Yields (names, code) for each entry: undated code preferred, else the open-ended or latest dated one."""
    names, codes = [], []
    def flush():
        if names and codes:
            undated = [c for c in codes if " " not in c]
            after = [c.split()[0] for c in codes if ">" in c]
            code = (undated or after or [codes[-1].split()[0]])[0]
            yield names[:], code
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.split("#", 1)[0].rstrip()
            if not line.strip():
                continue
            found = re.findall(r"\[([^\]]+)\]", line)
            text = re.sub(r"\[[^\]]*\]", "", line).strip()
            if raw[0] not in " \t+" and text:
                yield from flush()
                names, codes = [text.rstrip("_")], []
            elif text.startswith("+"):
                names.append(text[1:].rstrip("_"))
            codes.extend(c.strip() for c in found)
        yield from flush()

for names_, code in petrarch_blocks(D("cameo", "petrarch2", "Phoenix.International.actors.txt")):
    if code.startswith(("IGO", "NGO", "IMG")):
        for n in names_:
            put(n, code, "O")
for names_, code in petrarch_blocks(D("cameo", "petrarch2", "Phoenix.MilNonState.actors.txt")):
    for n in names_:
        if "(" not in n and len(n) > 3:
            put(n, code, "O")
macros = {}
with open(D("cameo", "petrarch2", "Phoenix.agents.txt"), encoding="utf-8", errors="replace") as f:
    for raw in f:
        line = raw.split("#", 1)[0].strip()
        m = re.match(r"(![A-Z]+!)\s*=\s*(.*)", line)
        if m:
            macros[m.group(1)] = [x.strip() for x in m.group(2).split(",")]
            continue
        m = re.match(r"([^\[]+?)\s*\[~([A-Z]+)\]", line)
        if not m:
            continue
        phrase, code = m.group(1).strip(), m.group(2)
        plurals = re.findall(r"\{([^}]*)\}", phrase)
        phrase = re.sub(r"\s*\{[^}]*\}", "", phrase).strip()
        forms = [phrase] + [x.strip() for x in ",".join(plurals).split(",") if x.strip()]
        for mac, vals in macros.items():
            if mac in phrase:
                forms = [x.replace(mac, v) for x in forms for v in vals]
        for p in forms:
            if "!" not in p:
                put(p.rstrip("_"), code, "A")

# --- people (Wikidata, CC0): current heads of state/government and current office-holders
with open(D("actors", "heads_of_state_government_wikidata_2022.csv"), encoding="utf-8") as f:
    cn = {norm(n): c for n, (c, k) in actors.items() if k == "C"}
    # Wikidata's country labels ("Kingdom of Denmark", "East Timor", "The Bahamas") through mledoze's names and spellings.
    for c in json.load(open(D("gazetteer", "countries", "mledoze-countries.json"), encoding="utf-8")):
        for n in [c["name"]["common"], c["name"]["official"], *c.get("altSpellings", [])]:
            cn.setdefault(norm(n), c["cca3"])
    def country_of(label):
        n = norm(label)
        for article in ("", "the ", "kingdom of the ", "kingdom of ", "republic of "):
            if n.startswith(article) and n[len(article):] in cn:
                return cn[n[len(article):]]
        return None
    # A surname alone stands for a leader only when no other leader bears it, no leader has it as a given name and
    # it is no common given name among office-holders ("Martin", "Jesus"), and a former leader's only when no current office-holder bears it ("Guterres": East Timor's former
    # president, the UN Secretary-General).
    def surname(person):
        words = [norm(w) for w in person.split()]
        return words[-1].removeprefix("al-").removeprefix("el-") if len(words) > 1 else None
    given, bearers, current = set(), {}, {}
    for r in csv.DictReader(f):
        given.add(norm(r["officeholderLabel"].split()[0]) if r["officeholderLabel"] else "")
        bearers.setdefault(surname(r["officeholderLabel"]), set()).add(r["officeholder"])
    with open(D("actors", "officials_current_2022.csv"), encoding="utf-8") as g:
        for r in csv.DictReader(g):
            current.setdefault(surname(r["person"]), set()).add(r["person_wikidata"])
    # Given names borne by at least two office-holders since 2000 are common ones.
    firsts = {}
    with open(D("actors", "officials_since2000.csv"), encoding="utf-8") as g:
        for person in {r["person"] for r in csv.DictReader(g)}:
            if " " in person:
                first = norm(person.split()[0])
                firsts[first] = firsts.get(first, 0) + 1
    given |= {w for w, n in firsts.items() if n >= 2}
    ambiguous_surnames = given | {w for w, people in bearers.items() if len(people) > 1}
    f.seek(0)
    # One person may lead several states (the President of France is also co-prince of Andorra; one monarch reigns
    # over fifteen realms): office held now before office left, then the most populous state, speaks for them.
    leaders = sorted(csv.DictReader(f), key=lambda r: (r["end_year"] != "", -population.get(country_of(r["country"]) or "", 0)))
    for row in leaders:
        iso3 = country_of(row["country"])
        name = row["officeholderLabel"]
        if iso3 and name and not name.startswith("Q"):
            put(name, iso3 + "GOV", "N")
            put(coder_words(name), iso3 + "GOV", "N")  # "David A. Granger", 'Philip "Brave" Davis' as the coder reads them
            # News names leaders by surname alone ("Assad", "Erdoğan"); matched only when capitalised.
            last = name.split()[-1]
            for prefix in ("al-", "el-"):
                if last.lower().startswith(prefix):
                    last = last[len(prefix):]
            taken = row["end_year"] != "" and bool(current.get(norm(last), set()) - {row["officeholder"]})
            if len(name.split()) > 1 and len(last) > 3 and norm(last) not in ambiguous_surnames and not taken:
                put(last, iso3 + "GOV", "N")
with open(D("actors", "officials_current_2022.csv"), encoding="utf-8") as f:
    for row in csv.DictReader(f):
        iso3 = iso2to3.get(row["country_iso2"])
        pos = row["position"].lower()
        role = "MIL" if "defen" in pos and "minister" not in pos else ("JUD" if "court" in pos or "justice" in pos and "minister" not in pos else "GOV")
        code = (iso3 + role) if iso3 else ("IGO" if row["country_iso2"] == "INTL" else None)
        if code and row["person"] and not row["person"].startswith("Q"):
            put(row["person"], code, "N")

# --- armed groups (UCDP actor list 22.1): formally organised non-state groups as rebels of their country
with open(D("actors", "armed_actors_ucdp_v22.1.csv"), encoding="utf-8") as f:
    cn = {norm(n): c for n, (c, k) in actors.items() if k == "C"}
    for row in csv.DictReader(f):
        if row["Org"] != "1":
            continue
        loc = norm(row.get("Location", "").split(",")[0])
        iso3 = cn.get(loc, "---")
        for n in {row["NameData"], row["NameOrigFullEng"]}:
            if n and n != "n/a" and len(n) > 3:
                put(n, iso3 + "REB", "O")

os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "actors.tsv"), "w", encoding="utf-8", newline="\n") as f:
    f.write("# phrase\tcode\tkind — generated by tools/events-resources.py; see docs/DATA.md\n")
    for p in sorted(actors):
        f.write(f"{p}\t{actors[p][0]}\t{actors[p][1]}\n")
with open(os.path.join(OUT, "countries.tsv"), "w", encoding="utf-8", newline="\n") as f:
    f.write("# iso3\tiso2\tfips\tname — generated by tools/events-resources.py (GeoNames countryInfo, CC BY 4.0)\n")
    for iso3, iso2, fips, name in sorted(countries):
        f.write(f"{iso3}\t{iso2}\t{fips}\t{name}\n")

# --- tone (AFINN-165 Apache-2.0, VADER MIT): one valence per single word
tone = {}
with open(D("lexicons", "afinn", "AFINN-en-165.txt"), encoding="utf-8") as f:
    for line in f:
        w, s = line.rstrip("\n").rsplit("\t", 1)
        if " " not in w and int(s) != 0:
            tone[w] = int(s)
with open(D("lexicons", "vader", "vader_lexicon.txt"), encoding="utf-8", errors="replace") as f:
    for line in f:
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 2 or not re.fullmatch(r"[a-z][a-z'-]*", parts[0]) or parts[0] in tone:
            continue
        v = round(float(parts[1]) * 5 / 4)
        if v != 0:
            tone[parts[0]] = v
with open(os.path.join(OUT, "tone.tsv"), "w", encoding="utf-8", newline="\n") as f:
    f.write("# word\tvalence — generated by tools/events-resources.py (AFINN-165 Apache-2.0, VADER MIT)\n")
    for w in sorted(tone):
        f.write(f"{w}\t{tone[w]}\n")
print(f"actors {len(actors)}, countries {len(countries)}, tone {len(tone)}")
