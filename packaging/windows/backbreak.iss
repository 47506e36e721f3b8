; Inno Setup script for backbreak (per-user install, no administrator rights).
; Build the one-folder bundle first:  pyinstaller packaging/pyinstaller/backbreak.spec
; then:                              iscc packaging\windows\backbreak.iss

#define AppName "backbreak"
#define AppVersion "0.1.0"

[Setup]
AppId={{6C0F6F0E-5B7B-4C3A-9B1D-2D7C1C0B8E41}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=The backbreak developers
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
OutputBaseFilename=backbreak-{#AppVersion}-setup
OutputDir=..\..\dist
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\backbreak.exe
SetupIconFile=backbreak.ico
LicenseFile=..\..\LICENSE

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "ptbr"; MessagesFile: "compiler:Languages\BrazilianPortuguese.isl"
Name: "ja"; MessagesFile: "compiler:Languages\Japanese.isl"

[Tasks]
Name: "startatlogin"; Description: "Start backbreak when I log in"; Flags: unchecked

[Files]
; backbreak-selftest.exe exists only in bundles built with BACKBREAK_BUNDLE_SELFTEST=1: never ship it.
Source: "..\..\dist\backbreak\*"; DestDir: "{app}"; Excludes: "backbreak-selftest.exe"; \
  Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\backbreak.exe"
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"

[Registry]
; The same value the app writes itself when "Start at login" is switched on in its settings.
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; \
  ValueName: "backbreak"; ValueData: """{app}\backbreak.exe"""; Tasks: startatlogin; \
  Flags: uninsdeletevalue

[Run]
Filename: "{app}\backbreak.exe"; Description: "Start backbreak now"; Flags: nowait postinstall skipifsilent

[UninstallRun]
Filename: "{app}\backbreak.exe"; Parameters: "quit"; Flags: runhidden skipifdoesntexist; RunOnceId: "QuitBackbreak"
