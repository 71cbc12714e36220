; Inno Setup 6 script: the Windows installer for posapp, made from the PyInstaller bundle.
; Build on Windows with build.ps1 beside this file (it builds the bundle, then runs
; `iscc /DAppVersion=<version> posapp.iss`). It cannot be built on the Linux CI machine.
; Installs to Program Files; the terminal's journal, settings and logs stay in the user's
; data folder (%LOCALAPPDATA%\posapp), so uninstalling or upgrading keeps them.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F1B7C52-3D2A-4E0B-9C61-5A0F2C7E9B14}
AppName=posapp
AppVersion={#AppVersion}
AppVerName=posapp {#AppVersion}
AppPublisher=posapp team
DefaultDirName={autopf}\posapp
DefaultGroupName=posapp
DisableProgramGroupPage=yes
OutputDir=..\dist
OutputBaseFilename=posapp-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\posapp.ico
UninstallDisplayIcon={app}\posapp-counter.exe
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "A desktop shortcut"; Flags: unchecked
Name: "kiosk"; Description: "Open the counter full screen when anyone logs in (kiosk)"; Flags: unchecked
Name: "addtopath"; Description: "Add the posapp command to PATH (for technicians)"; Flags: unchecked

[Files]
Source: "..\dist\posapp\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\posapp counter"; Filename: "{app}\posapp-counter.exe"; Parameters: "gui"
Name: "{group}\posapp demo"; Filename: "{app}\posapp-counter.exe"; Parameters: "demo"
Name: "{autodesktop}\posapp counter"; Filename: "{app}\posapp-counter.exe"; Parameters: "gui"; Tasks: desktopicon
Name: "{commonstartup}\posapp counter (kiosk)"; Filename: "{app}\posapp-counter.exe"; Parameters: "gui --kiosk"; Tasks: kiosk

[Registry]
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; \
    ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; \
    Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\posapp-counter.exe"; Parameters: "gui"; \
    Description: "Open the counter now (a new terminal starts with the setup wizard)"; \
    Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Path: string;
begin
  if not RegQueryStringValue(HKLM, 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment',
                             'Path', Path) then
    Result := True
  else
    Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Path) + ';') = 0;
end;
