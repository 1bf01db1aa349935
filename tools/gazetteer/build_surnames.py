#!/usr/bin/env python3
"""Builds src/Readout/Annotation/Data/surnames.txt: family names from many languages, a weak cue for person names.

Source: the person-name definitions of the npm package @faker-js/faker 10.6.0 (MIT), Latin-script locales only:
    npm pack @faker-js/faker@10.6.0 && tar xzf faker-js-faker-10.6.0.tgz
    node -e "import('./package/dist/index.js').then(f => console.log(JSON.stringify(Object.fromEntries(
      Object.entries(f.allLocales).map(([k, d]) => { const v = d.person?.last_name ?? [];
      return [k, Array.isArray(v) ? v : Object.values(v).flat()]; })))))" > last-names.json
Filtered as the given-name lists are: no ordinary English word (lowercase in Debian's wamerican
/usr/share/dict/words), no shipped place name or first word of one, no shipped organisation name, and no name
already in the given-name lists (a given name is the stronger cue; "Thomas" stays a given name).

usage: build_surnames.py last-names.json > src/Readout/Annotation/Data/surnames.txt
"""
import sys

from build_world_given_names import faker_names, print_generated, words_in


def main():
    known = set()
    for name in ("given-names.txt", "given-names-en.txt", "given-names-world.txt", "given-names-wordlike.txt", "organizations.tsv"):
        known |= words_in(name)
    print_generated("build_surnames.py", faker_names(sys.argv[1], known, min_length=4, separators=("-",)))


if __name__ == "__main__":
    main()
