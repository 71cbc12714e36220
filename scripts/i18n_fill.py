"""Write translations from a Python dict file (FR = {source: target}) into posapp_fr.ts:
each given source gets its text and loses "unfinished". For bulk first passes; afterwards
edit the .ts (Qt Linguist, or by hand) and run scripts/i18n_update.py.

    python scripts/i18n_fill.py fr my_translations.py
"""

from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from posapp.i18n import catalogue_path  # noqa: E402


def main(lang: str, dict_file: str) -> None:
    table = next(v for k, v in runpy.run_path(dict_file).items() if k.isupper())
    path = catalogue_path(lang)
    tree = ET.parse(path)
    done = 0
    for msg in tree.iter("message"):
        src = msg.findtext("source") or ""
        node = msg.find("translation")
        if src in table and node is not None:
            node.text = table[src]
            node.attrib.pop("type", None)
            done += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    "utf-8")
    print(f"{lang}: {done} translations written")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
