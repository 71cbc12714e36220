# Windows: build the PyInstaller bundle and the Inno Setup installer.
# Needs Python 3.11 (the `py` launcher) and Inno Setup 6 (`iscc` on PATH).
# Output: installer\dist\posapp\ (the bundle) and installer\dist\posapp-<version>-setup.exe
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
if (-not (Test-Path .venv-win\Scripts\python.exe)) { py -3.11 -m venv .venv-win }
.venv-win\Scripts\python -m pip install -q -e ".[installer,windows,usb,serial]"
# The build imports python-escpos, which otherwise leaves a temporary folder behind.
$env:ESCPOS_CAPABILITIES_PICKLE_DIR = Join-Path (Get-Location) "installer\build\escpos-cache"
New-Item -ItemType Directory -Force $env:ESCPOS_CAPABILITIES_PICKLE_DIR | Out-Null
$env:PYTHONPATH = (Get-Location).Path
.venv-win\Scripts\python -m PyInstaller --noconfirm --clean --log-level WARN `
    --distpath installer\dist --workpath installer\build\work installer\posapp.spec
$version = (Select-String -Path posapp\__init__.py -Pattern '__version__ = "(.*)"').Matches[0].Groups[1].Value
& installer\dist\posapp\posapp.exe --version
iscc "/DAppVersion=$version" installer\windows\posapp.iss
