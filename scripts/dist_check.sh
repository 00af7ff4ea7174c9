#!/usr/bin/env bash
# Smoke test of a built bundle, as it runs on a PC without Python: the archive from `make dist`
# is unpacked into a temporary folder and every command runs with an empty environment
# (`env -i`: only HOME, a minimal PATH, a UTF-8 locale and the offscreen Qt platform), so
# nothing of the development install (venv, PYTHONPATH, sources) can help it.
#
#   bash scripts/dist_check.sh dist/asn-desktop-<versi>-linux-x86_64.tar.gz
#
# Round trip: central init + demo, print and verify, invite a unit, the unit starts from the
# setup file, packages both ways, fingerprints equal; the GUI stays up 5 s. Exit 0 when all
# pass; the first failing step is named on stderr.
set -euo pipefail

ARCHIVE=${1:?"pemakaian: dist_check.sh ARSIP.tar.gz"}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
tar -xzf "$ARCHIVE" -C "$WORK"
APP=$(find "$WORK" -maxdepth 3 -type f -name asn-desktop -perm -u+x | head -n 1)
[ -n "$APP" ] || { echo "dist-check: asn-desktop tidak ada di $ARCHIVE" >&2; exit 1; }
mkdir -p "$WORK/home" "$WORK/out"
C="$WORK/pusat" U="$WORK/unit"

run() {
  env -i HOME="$WORK/home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    "$APP" "$@"
}
step() { printf '== %s\n' "$*"; }
fail() { echo "dist-check GAGAL: $*" >&2; exit 1; }

step "--version"
run --version | grep -q "^asn-desktop " || fail "--version"

step "pusat: init, demo"
run --data-dir "$C" init --role central --name "BKPSDM Kota Serang" >/dev/null
run --data-dir "$C" demo --employees 50 --seed 5 >/dev/null

step "print dan verify"
run --data-dir "$C" print evaluasi --unit 3673.SETDA --out "$WORK/out/evaluasi" >/dev/null
run --data-dir "$C" print dokumen --unit 3673.SETDA --out "$WORK/out/dokumen" >/dev/null
run --data-dir "$C" print skp --unit 3673.SETDA --out "$WORK/out/skp" >/dev/null
for pdf in "$WORK/out/evaluasi"/*.pdf "$WORK/out/skp"/*.pdf; do
  run --data-dir "$C" verify "$pdf" | grep -q "SAH" || fail "verify $pdf"
  break
done
[ "$(find "$WORK/out" -name '*.pdf' | wc -l)" -ge 3 ] || fail "print: terlalu sedikit PDF"

step "sync: undang unit, unit mulai dari berkas penyiapan"
run --data-dir "$C" sync invite --unit 3673.DINKES --out "$WORK/out/undangan.asnsetup" \
  --json > "$WORK/out/undangan.json"
KODE=$(sed -n 's/.*"kode[^"]*": *"\([^"]*\)".*/\1/p' "$WORK/out/undangan.json" | head -n 1)
SETUP=$(find "$WORK/out" -name '*.asnsetup' | head -n 1)
[ -n "$SETUP" ] || fail "sync invite: tidak ada berkas penyiapan"
if [ -n "$KODE" ]; then
  run --data-dir "$U" init --from "$SETUP" --kode "$KODE" >/dev/null
else
  run --data-dir "$U" init --from "$SETUP" >/dev/null
fi

step "sync: paket unit -> pusat -> unit"
run --data-dir "$U" sync export --out "$WORK/out/dari-unit.asnpkg" >/dev/null
run --data-dir "$C" sync import "$WORK/out/dari-unit.asnpkg" >/dev/null
run --data-dir "$C" sync export --unit 3673.DINKES --out "$WORK/out/dari-pusat.asnpkg" >/dev/null
run --data-dir "$U" sync import "$WORK/out/dari-pusat.asnpkg" >/dev/null
run --data-dir "$U" sync status >/dev/null || fail "sync status di unit"
FP_C=$(run --data-dir "$C" sync fingerprint --unit 3673.DINKES)
FP_U=$(run --data-dir "$U" sync fingerprint --unit 3673.DINKES)
[ "$FP_C" = "$FP_U" ] || fail "sidik data unit berbeda: pusat $FP_C, unit $FP_U"

step "GUI tetap berjalan 5 detik (offscreen)"
set +e
env -i HOME="$WORK/home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
  timeout 5 "$APP" --data-dir "$C" 2> "$WORK/out/gui.err"
rc=$?
set -e
[ "$rc" -eq 124 ] || { cat "$WORK/out/gui.err" >&2; fail "GUI berhenti sendiri (kode $rc)"; }
if grep -q "Traceback" "$WORK/out/gui.err"; then cat "$WORK/out/gui.err" >&2; fail "GUI"; fi

step "install.sh dan uninstall.sh di folder pengguna sementara"
DIR=$(dirname "$APP")
if [ -f "$DIR/install.sh" ]; then
  env -i HOME="$WORK/home" PATH=/usr/bin:/bin LANG=C.UTF-8 bash "$DIR/install.sh" >/dev/null
  [ -f "$WORK/home/.local/share/applications/asn-desktop.desktop" ] || fail "install.sh"
  env -i HOME="$WORK/home" PATH=/usr/bin:/bin LANG=C.UTF-8 \
    "$WORK/home/.local/bin/asn-desktop" --version | grep -q "^asn-desktop " || fail "peluncur"
  env -i HOME="$WORK/home" PATH=/usr/bin:/bin LANG=C.UTF-8 bash "$DIR/uninstall.sh" >/dev/null
  [ ! -e "$WORK/home/.local/share/applications/asn-desktop.desktop" ] || fail "uninstall.sh"
  [ -d "$C" ] || fail "uninstall.sh menghapus data"
fi

echo "dist-check: semua langkah berhasil ($APP)"
