; Inno Setup script: a Windows installer for the one-folder HumasDesk bundle.
; Build the bundle first (see packaging/windows/README.md), then:
;     iscc packaging\windows\humasdesk.iss
; The installer is written to dist\HumasDesk-<version>-setup.exe.

#define AppName "HumasDesk"
#define AppVersion "0.1.0"
#define AppPublisher "The HumasDesk authors"
#define AppExe "humasdesk.exe"
#define Root "..\.."

[Setup]
; A fixed AppId lets a new version upgrade the old one in place.
AppId={{6C1B6B1E-7A3C-4E5B-9B2E-3F1D2A9C4E77}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppPublisherURL=https://humasdesk.id/
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install needs no administrator; an administrator may still install for everyone.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile={#Root}\LICENSE
SetupIconFile={#Root}\packaging\icons\humasdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
OutputDir={#Root}\dist
OutputBaseFilename=HumasDesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes

[Languages]
Name: "id"; MessagesFile: "compiler:Languages\Indonesian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\humasdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Double-clicking a .humasdesk library opens it in HumasDesk.
Root: HKA; Subkey: "Software\Classes\.humasdesk"; ValueType: string; ValueName: ""; ValueData: "HumasDesk.Library"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\HumasDesk.Library"; ValueType: string; ValueName: ""; ValueData: "HumasDesk library"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\HumasDesk.Library\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\HumasDesk.Library\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --library ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
