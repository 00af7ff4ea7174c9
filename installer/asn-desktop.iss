; Inno Setup script for Kinerja ASN Desktop (Windows). Build the PyInstaller folder first
; (pyinstaller installer\asn_desktop.spec -> dist\asn-desktop-<versi>\), then:
;
;   iscc /DAppVersion=0.1.0 installer\asn-desktop.iss   -> dist\kinerja-asn-desktop-0.1.0-setup.exe
;
; Per user, no administrator rights (an office or school PC): the program goes to
; %LOCALAPPDATA%\Programs\Kinerja ASN Desktop, the Start menu entry and the .asnpkg/.asnsetup
; file types to the user's own registry (HKCU\Software\Classes). The data folder,
; %LOCALAPPDATA%\asn-desktop (platformdirs' user data folder; the practice workspace beside it,
; asn-desktop-latihan), is never written or removed by the installer or the uninstaller.
; installer\README.md has the steps and how to test the result.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Kinerja ASN Desktop"
#define BundleDir "..\dist\asn-desktop-" + AppVersion
; The spec builds asn-desktop.exe (console: the command line) and, on Windows, "Kinerja ASN.exe"
; without a console window, which the Start menu and double-clicked files start. An older spec
; with only asn-desktop.exe still builds an installer.
#if FileExists(AddBackslash(SourcePath) + BundleDir + "\Kinerja ASN.exe")
  #define GuiExe "Kinerja ASN.exe"
#else
  #define GuiExe "asn-desktop.exe"
#endif
; The installer's own pages in Bahasa Indonesia when Inno Setup's Indonesian translation (an
; unofficial one, not installed with Inno Setup) is beside this script or in the compiler's
; Languages folder; in English otherwise.
#if FileExists(AddBackslash(SourcePath) + "Indonesian.isl")
  #define IndonesianIsl AddBackslash(SourcePath) + "Indonesian.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Indonesian.isl")
  #define IndonesianIsl "compiler:Languages\Indonesian.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\Indonesian.isl")
  #define IndonesianIsl "compiler:Languages\Unofficial\Indonesian.isl"
#endif

[Setup]
AppId={{6F1E2A55-3C1B-4F7A-9C55-8A2D0B9E7A31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=BKPSDM Kota Serang
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SetupIconFile=..\resources\icons\asn-desktop.ico
UninstallDisplayIcon={app}\asn-desktop.ico
UninstallDisplayName={#AppName}
OutputDir=..\dist
OutputBaseFilename=kinerja-asn-desktop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
#ifdef IndonesianIsl
Name: "id"; MessagesFile: "{#IndonesianIsl}"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
; English first (the fallback for any language), Bahasa Indonesia when the installer has it
en.JenisPaket=Kinerja ASN sync package
en.JenisPenyiapan=Kinerja ASN unit setup file
en.IkonDesktop=Create a desktop icon
en.Jalankan=Start {#AppName}
en.Keterangan=Performance management of civil servants, offline
en.DataTetap=The data folder was not removed:%n%1%n%nIt holds the data file, backups, keys and logs. Install the application again to use it, or delete the folder yourself if the data is truly no longer needed.
#ifdef IndonesianIsl
id.JenisPaket=Paket sinkronisasi Kinerja ASN
id.JenisPenyiapan=Berkas penyiapan unit Kinerja ASN
id.IkonDesktop=Buat ikon di desktop
id.Jalankan=Jalankan {#AppName}
id.Keterangan=Pengelolaan kinerja ASN tanpa internet
id.DataTetap=Folder data tidak dihapus:%n%1%n%nIsinya berkas data, cadangan, kunci dan log. Pasang lagi aplikasinya untuk memakainya, atau hapus folder itu sendiri bila datanya benar-benar tidak diperlukan lagi.
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:IkonDesktop}"; Flags: unchecked

[InstallDelete]
; an update: the previous version's libraries go first (only inside the program folder)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion
Source: "..\resources\icons\asn-desktop.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; IconFilename: "{app}\asn-desktop.ico"; Comment: "{cm:Keterangan}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; IconFilename: "{app}\asn-desktop.ico"; Comment: "{cm:Keterangan}"; Tasks: desktopicon

[Registry]
; .asnpkg: a sync package; double-click opens the Sinkronisasi page with it ready to receive.
; The ProgID keys are ours alone (removed on uninstall); of the extension's key only our values.
Root: HKCU; Subkey: "Software\Classes\.asnpkg"; ValueType: string; ValueName: ""; ValueData: "KinerjaASN.Paket"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.asnpkg\OpenWithProgids"; ValueType: string; ValueName: "KinerjaASN.Paket"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\KinerjaASN.Paket"; ValueType: string; ValueName: ""; ValueData: "{cm:JenisPaket}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\KinerjaASN.Paket\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\asn-desktop.ico,0"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\KinerjaASN.Paket\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"" ""%1"""; Flags: uninsdeletekey
; .asnsetup: a unit's setup file; double-click opens the first-start wizard with it filled in.
Root: HKCU; Subkey: "Software\Classes\.asnsetup"; ValueType: string; ValueName: ""; ValueData: "KinerjaASN.Penyiapan"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.asnsetup\OpenWithProgids"; ValueType: string; ValueName: "KinerjaASN.Penyiapan"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\KinerjaASN.Penyiapan"; ValueType: string; ValueName: ""; ValueData: "{cm:JenisPenyiapan}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\KinerjaASN.Penyiapan\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\asn-desktop.ico,0"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\KinerjaASN.Penyiapan\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"" ""%1"""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:Jalankan}"; Flags: nowait postinstall skipifsilent

[Code]
// After uninstalling: say where the data stays (never removed: see the top of this file).
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('DataTetap'), [ExpandConstant('{localappdata}\asn-desktop')]),
      mbInformation, MB_OK);
end;
