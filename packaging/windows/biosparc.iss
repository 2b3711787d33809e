; Inno Setup 6 script: a per-user Windows installer for Biosparc Desktop (no admin rights).
;
; Build the bundle and the installer in one go (needs Inno Setup 6's ISCC on PATH or in
; its default folder):
;     py packaging\build.py --installer
; or, after python packaging\build.py:
;     iscc /DAppVersion=0.1.0 packaging\windows\biosparc.iss
; Output: dist\BiosparcDesktop-VERSION-setup.exe
;
; build.py passes the version from biosparc_desktop.__version__; the default below must
; equal it (tests/packaging checks this).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Biosparc Desktop"
#define AppPublisher "Biosparc"
#define AppExe "BiosparcDesktop.exe"
; Paths are relative to this script's folder.
#define Root "..\.."

[Setup]
; The AppId identifies the installation for updates and uninstall: never change it.
AppId={{EC3A8FE0-83D6-425E-A71F-9CABC5ABD2CC}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright=© {#AppPublisher}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
; Per-user install: %LOCALAPPDATA%\Programs\Biosparc Desktop, no UAC prompt.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=BiosparcDesktop-{#AppVersion}-setup
SetupIconFile={#Root}\resources\icons\biosparc.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Uninstallable=yes
CloseApplications=yes
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the libraries wholesale, so none of an older version's stay behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Root}\dist\BiosparcDesktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#Root}\build\THIRD_PARTY_LICENSES.md"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
; The Start-menu shortcut (per-user Programs folder) and, if chosen, one on the desktop.
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Partners, agreements and follow-ups"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes the program only: the data folder
; (%LOCALAPPDATA%\Biosparc\BiosparcDesktop) with the database and backups is kept.
