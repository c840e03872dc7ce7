; Inno Setup script: a Windows installer for the one-folder PyInstaller build.
;
; On Windows, from the repository root:
;   .venv\Scripts\pyinstaller --noconfirm packaging\crm-desktop.spec
;   iscc packaging\windows\crm-desktop.iss
; Output: dist\crm-desktop-0.1.0-setup.exe. Installs per user by default (no admin
; rights needed); the dialog offers an install for all users.

#define AppName "crm-desktop"
#define AppVersion "0.1.0"
#define AppPublisher "crm-desktop"
#define AppExe "crm-desktop.exe"

[Setup]
; Never change AppId: Windows uses it to find the installed version to upgrade.
AppId={{6F3C2B1E-8D4A-4C7B-9E2F-1A5D7C9B3E40}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=crm-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Uninstalling never touches the user's CRM files (they live in %LOCALAPPDATA%\crm-desktop).

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "italian"; MessagesFile: "compiler:Languages\Italian.isl"
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; Everything PyInstaller put in the one folder, resources\ included.
Source: "..\..\dist\crm-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
; Check the installation works before offering to start it (exit code 0 = works).
Filename: "{app}\{#AppExe}"; Parameters: "--self-test"; StatusMsg: "Checking the installation..."; Flags: runhidden waituntilterminated
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
