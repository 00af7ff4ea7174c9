; Inno Setup script for Kinerja ASN Desktop (Windows). Build the PyInstaller folder first,
; then: iscc /DAppVersion=0.1.0 installer\asn-desktop.iss
; Per-user install (no admin rights needed on a school PC); data stays in %LOCALAPPDATA%
; and is never removed by the uninstaller.
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F1E2A55-3C1B-4F7A-9C55-8A2D0B9E7A31}
AppName=Kinerja ASN Desktop
AppVersion={#AppVersion}
AppPublisher=BKPSDM Kota Serang
DefaultDirName={localappdata}\Programs\Kinerja ASN Desktop
DefaultGroupName=Kinerja ASN Desktop
PrivilegesRequired=lowest
OutputBaseFilename=kinerja-asn-desktop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "id"; MessagesFile: "compiler:Languages\Indonesian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\asn-desktop-{#AppVersion}\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Kinerja ASN Desktop"; Filename: "{app}\asn-desktop.exe"
Name: "{userdesktop}\Kinerja ASN Desktop"; Filename: "{app}\asn-desktop.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Buat ikon di desktop"; Flags: unchecked

[Run]
Filename: "{app}\asn-desktop.exe"; Description: "Jalankan Kinerja ASN Desktop"; Flags: nowait postinstall skipifsilent
