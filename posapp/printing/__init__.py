"""Receipts: a small model, a layout for the printer's width, ESC/POS bytes, devices.

python-escpos writes a capabilities pickle into a temp dir on every import unless
ESCPOS_CAPABILITIES_PICKLE_DIR is set; point it at our cache once, before any import.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

CACHE_DIR = Path(os.environ.get("POSAPP_CACHE") or
                 platformdirs.user_cache_dir("posapp", appauthor=False))
CACHE_DIR.mkdir(parents=True, exist_ok=True)
if "ESCPOS_CAPABILITIES_PICKLE_DIR" not in os.environ:
    (CACHE_DIR / "escpos").mkdir(parents=True, exist_ok=True)
    os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"] = str(CACHE_DIR / "escpos")
