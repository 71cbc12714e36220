"""PyInstaller runtime hook: runs in the bundle before posapp starts.

python-escpos pickles its printer capabilities into a fresh temporary folder on every
start unless ESCPOS_CAPABILITIES_PICKLE_DIR names one. Give it a folder in the user's own
cache: never a shared /tmp one, since that pickle is loaded back (code, not data).
python-escpos 3.1 also calls mkdtemp() while importing even when the variable is set
(`environ.get(NAME, mkdtemp())`), leaving an empty folder in /tmp on every start: that
one call is pointed at the cache folder too."""

import os
import tempfile

_cache = os.environ.get("ESCPOS_CAPABILITIES_PICKLE_DIR", "")
if not _cache:
    import platformdirs

    _cache = os.path.join(platformdirs.user_cache_dir("posapp", appauthor=False), "escpos")
    try:
        os.makedirs(_cache, mode=0o700, exist_ok=True)
        os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"] = _cache
    except OSError:  # a read-only home: python-escpos falls back to a temporary folder
        _cache = ""

if _cache:
    _mkdtemp = tempfile.mkdtemp
    tempfile.mkdtemp = lambda *args, **kwargs: _cache
    try:
        import escpos.capabilities  # noqa: F401 - imported now, with mkdtemp pointed away
    finally:
        tempfile.mkdtemp = _mkdtemp
