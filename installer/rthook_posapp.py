"""PyInstaller runtime hook: runs in the bundle before posapp starts.

python-escpos pickles its printer capabilities into a fresh temporary folder on every
start unless ESCPOS_CAPABILITIES_PICKLE_DIR names one. Give it a folder in the user's own
cache: never a shared /tmp one, since that pickle is loaded back (code, not data)."""

import os

if not os.environ.get("ESCPOS_CAPABILITIES_PICKLE_DIR"):
    import platformdirs

    _cache = os.path.join(platformdirs.user_cache_dir("posapp", appauthor=False), "escpos")
    try:
        os.makedirs(_cache, mode=0o700, exist_ok=True)
        os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"] = _cache
    except OSError:  # a read-only home: python-escpos falls back to a temporary folder
        pass
