#!/usr/bin/env bash
# Kinerja ASN Desktop: pasang untuk pengguna ini saja, tanpa hak administrator (sudo).
#
#   bash install.sh            dari folder aplikasi yang sudah diekstrak (asn-desktop-<versi>/)
#   bash install.sh FOLDER     FOLDER: folder aplikasi (berisi program asn-desktop)
#
# Yang dipasang, hanya di folder pengguna:
#   ~/.local/bin/asn-desktop                                  pembuka program di FOLDER
#   ~/.local/share/applications/asn-desktop.desktop           menu aplikasi, klik ganda berkas
#   ~/.local/share/icons/hicolor/<ukuran>/apps/asn-desktop.*  ikon
#   ~/.local/share/mime/packages/asn-desktop.xml              jenis berkas .asnpkg, .asnsetup
# (~/.local/share mengikuti XDG_DATA_HOME bila diatur.) Folder data aplikasi tidak disentuh.
# Pasang ulang dari folder versi baru untuk memperbarui; uninstall.sh untuk melepas.
set -euo pipefail

NAME=asn-desktop
MARK="# Kinerja ASN Desktop: dibuat oleh install.sh"
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
BIN_DIR=$HOME/.local/bin

gagal() {
  echo "install.sh: $*" >&2
  exit 1
}

# -- where the application is -------------------------------------------------------------------
if [ $# -gt 1 ]; then
  gagal "terlalu banyak argumen. Pemakaian: bash install.sh [FOLDER-APLIKASI]"
fi
if [ $# -eq 1 ]; then
  [ -d "$1" ] || gagal "folder tidak ditemukan: $1"
  BUNDLE=$(cd "$1" && pwd)
elif [ -f "$HERE/$NAME" ]; then
  BUNDLE=$HERE
elif [ -f "$HERE/../$NAME" ]; then
  BUNDLE=$(cd "$HERE/.." && pwd)
else
  gagal "program $NAME tidak ditemukan di samping skrip ini. Jalankan skrip dari folder aplikasi yang sudah diekstrak, atau sebutkan foldernya: bash install.sh FOLDER"
fi
EXE=$BUNDLE/$NAME
[ -f "$EXE" ] || gagal "program $NAME tidak ditemukan di $BUNDLE"
[ -x "$EXE" ] || chmod u+x "$EXE" 2>/dev/null || gagal "program $EXE tidak dapat dijalankan"

DESKTOP_SRC=$HERE/$NAME.desktop
MIME_SRC=$HERE/$NAME-mime.xml
for f in "$DESKTOP_SRC" "$MIME_SRC"; do
  [ -f "$f" ] || gagal "berkas tidak ditemukan: $f"
done

# The icons: in the bundle (PyInstaller puts the package's data under _internal/), else beside
# this script, else the repository's resources/ (when run from a source checkout).
ICONS=""
for d in "$BUNDLE/_internal/asn_desktop/resources/icons/hicolor" \
         "$BUNDLE/asn_desktop/resources/icons/hicolor" \
         "$HERE/icons/hicolor" \
         "$HERE/../../src/asn_desktop/resources/icons/hicolor" \
         "$HERE/../../resources/icons/hicolor"; do
  if [ -f "$d/48x48/apps/$NAME.png" ]; then
    ICONS=$d
    break
  fi
done
[ -n "$ICONS" ] || gagal "ikon aplikasi tidak ditemukan di $BUNDLE"

if [ "$(id -u)" = "0" ]; then
  echo "Catatan: dijalankan sebagai root; aplikasi hanya terpasang untuk pengguna root."
  echo "Untuk pengguna biasa, jalankan skrip ini tanpa sudo."
fi

# -- the launcher in ~/.local/bin ------------------------------------------------------------------
mkdir -p "$BIN_DIR" "$DATA_HOME/applications" "$DATA_HOME/mime/packages"
LAUNCHER=$BIN_DIR/$NAME
if [ -e "$LAUNCHER" ] && ! grep -qF "$MARK" "$LAUNCHER" 2>/dev/null; then
  gagal "$LAUNCHER sudah ada dan bukan buatan skrip ini; pindahkan dulu berkas itu, lalu ulangi."
fi
quoted_exe=$(printf "%s" "$EXE" | sed "s/'/'\\\\''/g")
tmp=$(mktemp "$BIN_DIR/.$NAME.XXXXXX")
{
  echo "#!/bin/sh"
  echo "$MARK"
  echo "exec '$quoted_exe' \"\$@\""
} > "$tmp"
chmod 755 "$tmp"
mv -f "$tmp" "$LAUNCHER"

# -- menu entry (Exec with the launcher's full path: ~/.local/bin may not be in PATH yet) -------
desktop_exec() {
  # the Desktop Entry spec: quote a path with reserved characters, escape " ` $ \ inside the
  # quotes, then double every backslash (string escaping of the file format)
  case $1 in
    *[!A-Za-z0-9/._+-]*)
      local q
      q=$(printf "%s" "$1" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g')
      printf '"%s"' "$q"
      ;;
    *) printf "%s" "$1" ;;
  esac
}
exec_path=$(desktop_exec "$LAUNCHER" | sed 's/[&|\\]/\\&/g')
sed "s|^Exec=$NAME |Exec=$exec_path |" "$DESKTOP_SRC" > "$DATA_HOME/applications/$NAME.desktop"
chmod 644 "$DATA_HOME/applications/$NAME.desktop"

# -- icons and file types --------------------------------------------------------------------------
n_icons=0
for f in "$ICONS"/*/apps/"$NAME".png "$ICONS"/*/apps/"$NAME".svg; do
  [ -f "$f" ] || continue
  size=$(basename "$(dirname "$(dirname "$f")")")
  mkdir -p "$DATA_HOME/icons/hicolor/$size/apps"
  cp -f "$f" "$DATA_HOME/icons/hicolor/$size/apps/"
  chmod 644 "$DATA_HOME/icons/hicolor/$size/apps/$(basename "$f")"
  n_icons=$((n_icons + 1))
done
cp -f "$MIME_SRC" "$DATA_HOME/mime/packages/$NAME.xml"
chmod 644 "$DATA_HOME/mime/packages/$NAME.xml"

# -- the desktop's caches (each tool only where it is installed; none is required) ---------------
if command -v update-mime-database >/dev/null 2>&1; then
  update-mime-database "$DATA_HOME/mime" >/dev/null 2>&1 || true
fi
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q "$DATA_HOME/applications" >/dev/null 2>&1 || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
  gtk-update-icon-cache -q -f -t "$DATA_HOME/icons/hicolor" >/dev/null 2>&1 || true
fi

echo "Kinerja ASN Desktop terpasang untuk pengguna $(id -un)."
echo "  Program      : $EXE"
echo "  Pembuka      : $LAUNCHER"
echo "  Menu         : $DATA_HOME/applications/$NAME.desktop"
echo "  Ikon         : $n_icons berkas di $DATA_HOME/icons/hicolor"
echo "  Jenis berkas : .asnpkg (paket sinkronisasi), .asnsetup (berkas penyiapan unit)"
echo "Buka dari menu aplikasi (Kantor), atau klik ganda berkas .asnpkg / .asnsetup."
case ":${PATH:-}:" in
  *":$BIN_DIR:"*) ;;
  *) echo "Catatan: $BIN_DIR belum ada di PATH; menu aplikasi tetap berfungsi. Untuk perintah baris, keluar lalu masuk lagi ke desktop, atau jalankan $LAUNCHER." ;;
esac
echo "Jangan memindahkan atau menghapus folder $BUNDLE: menu dan pembuka menunjuk ke sana."
