#!/usr/bin/env python3
"""Rebuilds src/Chronicle.Web/wwwroot/world.json, the offline world map of the web UI, from ../shared.

Land is approximated by the 1-degree cells that hold at least one populated place (GeoNames cities1000), widened by
one cell so coasts and sparse interiors read as land; country points are the mledoze/countries reference
coordinates with English names. Output: {"cell": 1, "rows": {lat_index: [[start_col, length], ...]},
"countries": [[alpha2, name, lat, lon], ...]} where row 0 is 90..89 N and column 0 is 180..179 W.

Usage: python3 tools/web-world-map.py [SHARED_DIR]
"""
import json
import math
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared")
GAZ = os.path.join(SHARED, "data", "gazetteer")
OUT = os.path.join(ROOT, "src", "Chronicle.Web", "wwwroot", "world.json")
ROWS, COLS = 180, 360


def main():
    with open(os.path.join(GAZ, "places", "cities1000.json"), encoding="utf-8") as f:
        cities = json.load(f)
    seen = set()
    for city in cities:
        try:
            lat, lon = float(city["lat"]), float(city["lng"])
        except (KeyError, TypeError, ValueError):
            continue
        row = min(ROWS - 1, max(0, int(math.floor(90 - lat))))
        col = min(COLS - 1, max(0, int(math.floor(lon + 180))))
        seen.add((row, col))
    land = set()
    for row, col in seen:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                r = row + dr
                if 0 <= r < ROWS:
                    land.add((r, (col + dc) % COLS))
    rows = {}
    for row in range(ROWS):
        runs, col = [], 0
        while col < COLS:
            if (row, col) in land:
                start = col
                while col < COLS and (row, col) in land:
                    col += 1
                runs.append([start, col - start])
            else:
                col += 1
        if runs:
            rows[str(row)] = runs
    with open(os.path.join(GAZ, "countries", "i18n-iso-countries.en.json"), encoding="utf-8") as f:
        names = json.load(f)["countries"]
    with open(os.path.join(GAZ, "countries", "mledoze-countries.json"), encoding="utf-8") as f:
        countries = json.load(f)
    points = []
    for country in countries:
        code, latlng = country.get("cca2"), country.get("latlng")
        if not code or not latlng or len(latlng) != 2:
            continue
        name = names.get(code)
        if isinstance(name, list):
            name = name[0]
        points.append([code, name or country["name"]["common"], round(latlng[0], 2), round(latlng[1], 2)])
    points.sort()
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump({"cell": 1, "rows": rows, "countries": points}, f, separators=(",", ":"), ensure_ascii=False)
        f.write("\n")
    print(f"{OUT}: {len(land)} land cells, {len(points)} countries, {os.path.getsize(OUT)} bytes")


if __name__ == "__main__":
    main()
