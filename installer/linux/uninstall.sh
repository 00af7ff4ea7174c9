#!/usr/bin/env bash
# Kinerja ASN Desktop: lepas dari akun pengguna ini apa yang dipasang install.sh (pembuka di
# ~/.local/bin, menu, ikon, jenis berkas).
#
#   bash uninstall.sh
#
# Folder data (berkas data, cadangan, kunci, log) TIDAK dihapus; folder aplikasi yang
# diekstrak juga tidak: hapus sendiri bila tidak diperlukan lagi.
set -euo pipefail

NAME=asn-desktop
MARK="# Kinerja ASN Desktop: dibuat oleh install.sh"
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
BIN_DIR=$HOME/.local/bin
# where the application keeps its data (platformdirs' user data folder, or the folder the
# ASN_DESKTOP_DATA_DIR variable names): shown, never touched
DATA_DIR=${ASN_DESKTOP_DATA_DIR:-$DATA_HOME/$NAME}

if [ $# -gt 0 ]; then
  echo "uninstall.sh: tanpa argumen. Pemakaian: bash uninstall.sh" >&2
  exit 1
fi

removed=0
hapus() {
  if [ -e "$1" ] || [ -L "$1" ]; then
    rm -f -- "$1"
    echo "  dihapus: $1"
    removed=$((removed + 1))
  fi
}

echo "Melepas Kinerja ASN Desktop dari pengguna $(id -un)…"
LAUNCHER=$BIN_DIR/$NAME
if [ -e "$LAUNCHER" ] || [ -L "$LAUNCHER" ]; then
  if grep -qF "$MARK" "$LAUNCHER" 2>/dev/null; then
    hapus "$LAUNCHER"
  else
    echo "  dibiarkan: $LAUNCHER (bukan buatan install.sh)"
  fi
fi
hapus "$DATA_HOME/applications/$NAME.desktop"
hapus "$DATA_HOME/mime/packages/$NAME.xml"
n_icons=0
for f in "$DATA_HOME"/icons/hicolor/*/apps/"$NAME".png "$DATA_HOME"/icons/hicolor/*/apps/"$NAME".svg; do
  [ -e "$f" ] || continue
  rm -f -- "$f"
  n_icons=$((n_icons + 1))
done
if [ "$n_icons" -gt 0 ]; then
  echo "  dihapus: $n_icons ikon $NAME dari $DATA_HOME/icons/hicolor"
  removed=$((removed + n_icons))
fi

if command -v update-mime-database >/dev/null 2>&1 && [ -d "$DATA_HOME/mime" ]; then
  update-mime-database "$DATA_HOME/mime" >/dev/null 2>&1 || true
fi
if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$DATA_HOME/applications" ]; then
  update-desktop-database -q "$DATA_HOME/applications" >/dev/null 2>&1 || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -d "$DATA_HOME/icons/hicolor" ]; then
  gtk-update-icon-cache -q -f -t "$DATA_HOME/icons/hicolor" >/dev/null 2>&1 || true
fi

if [ "$removed" -eq 0 ]; then
  echo "Tidak ada yang perlu dilepas: Kinerja ASN Desktop tidak terpasang untuk pengguna ini."
else
  echo "Kinerja ASN Desktop sudah dilepas."
fi
echo "Folder data TIDAK dihapus: $DATA_DIR"
echo "(berkas data, cadangan, kunci dan log tetap ada; pasang lagi aplikasinya untuk memakainya,"
echo " atau hapus folder itu sendiri bila datanya benar-benar tidak diperlukan lagi)."
