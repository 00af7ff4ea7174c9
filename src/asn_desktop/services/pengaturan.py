"""Settings the central publishes to every installation (``Pengaturan`` rows: id = key, nilai =
JSON). Every key is declared once in ``SETTINGS`` with its default and its validator."""

from __future__ import annotations

import base64
import copy
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from asn_desktop.db.models import Pengaturan
from asn_desktop.domain.organisasi import (
    DEFAULT_GUIDANCE,
    CapaianOrganisasi,
    DistributionRule,
    guidance_from_json,
    guidance_to_json,
)
from asn_desktop.domain.pelayanan import (
    BATAS_BAWAAN,
    INTERVAL_IKM_BAWAAN,
    KATEGORI_LABELS,
    Kategori,
)
from asn_desktop.domain.periods import Frekuensi
from asn_desktop.domain.unit_kerja import MAX_LOGO_BYTES, kop_melebar, masalah_png
from asn_desktop.errors import ValidationError
from asn_desktop.services.authority import require_master
from asn_desktop.services.orgs import JENIS_UNIT
from asn_desktop.teks import N_, _

INSTANSI = "instansi_nama"
TEMPAT = "tempat"
PANDUAN_DISTRIBUSI = "panduan_distribusi"
FREKUENSI_DEFAULT = "frekuensi_default"
JENIS_UNIT_MANDIRI = "jenis_unit_mandiri"
KEPALA_DAERAH = "kepala_daerah"
HARI_LIBUR = "hari_libur"
BATAS_PENGADUAN = "batas_pengaduan"
INTERVAL_IKM = "interval_ikm"
LAMBANG = "lambang_dokumen"
KOP_SURAT = "kop_surat"


def _teks(nama: str) -> Callable[[Any], Any]:
    """A required text setting; ``nama`` is marked with N_ and translated when it is shown."""
    def check(value: Any) -> Any:
        if not isinstance(value, str) or not value.strip():
            raise ValidationError(_("{nama} wajib diisi.").format(nama=_(nama)), "nilai")
        return " ".join(value.split())

    return check


def _panduan(value: Any) -> Any:
    guidance_from_json(json.dumps(value))  # raises ValidationError with the reason
    return value


def _frekuensi(value: Any) -> Any:
    try:
        return Frekuensi(value).value
    except ValueError:
        pilihan = ", ".join(f.value for f in Frekuensi)
        raise ValidationError(_("Frekuensi penilaian harus salah satu dari {pilihan}.").format(
            pilihan=pilihan), "nilai") from None


def _jenis_unit(value: Any) -> Any:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValidationError(_("Jenis unit mandiri harus berupa daftar kode jenis unit."),
                              "nilai")
    asing = [v for v in value if v not in JENIS_UNIT]
    if asing:
        raise ValidationError(_("Jenis unit tidak dikenal: {jenis}.").format(
            jenis=", ".join(asing)), "nilai")
    return sorted(set(value))


def _kepala_daerah(value: Any) -> Any:
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise ValidationError(_("Kepala daerah harus berisi nama, jabatan dan NIP (teks)."),
                              "nilai")
    asing = set(value) - {"nama", "jabatan", "nip"}
    if asing:
        raise ValidationError(_("Kunci tidak dikenal: {kunci}.").format(
            kunci=", ".join(sorted(asing))), "nilai")
    out = {k: " ".join(str(value.get(k, "")).split()) for k in ("nama", "jabatan", "nip")}
    if out["nama"] and not out["jabatan"]:
        raise ValidationError(_("Jabatan kepala daerah wajib diisi."), "nilai")
    return out


def _hari_libur(value: Any) -> Any:
    """A list of {"tanggal": "YYYY-MM-DD", "keterangan": "..."}, sorted, one per date."""
    if not isinstance(value, list):
        raise ValidationError(_("Hari libur harus berupa daftar tanggal."), "nilai")
    out: dict[str, str] = {}
    for item in value:
        if isinstance(item, str):
            item = {"tanggal": item}
        if not isinstance(item, dict) or not isinstance(item.get("tanggal"), str):
            raise ValidationError(_("Setiap hari libur memerlukan tanggal (TTTT-BB-HH)."),
                                  "nilai")
        try:
            tanggal = date.fromisoformat(item["tanggal"].strip())
        except ValueError:
            raise ValidationError(_("Tanggal libur {tanggal} tidak sah (TTTT-BB-HH).").format(
                tanggal=item["tanggal"]), "nilai") from None
        out[tanggal.isoformat()] = " ".join(str(item.get("keterangan") or "").split())
    return [{"tanggal": k, "keterangan": v} for k, v in sorted(out.items())]


def _batas_pengaduan(value: Any) -> Any:
    if not isinstance(value, dict):
        raise ValidationError(_("Batas waktu pengaduan harus berisi hari kerja per kategori."),
                              "nilai")
    out = {}
    for k in Kategori:
        v = value.get(k.value, BATAS_BAWAAN[k.value])
        if type(v) is not int or not 0 < v <= 365:
            raise ValidationError(_("Batas waktu kategori {kategori} harus antara 1 dan 365 hari "
                                    "kerja.").format(kategori=_(KATEGORI_LABELS[k])), "nilai")
        out[k.value] = v
    asing = set(value) - set(out)
    if asing:
        raise ValidationError(_("Kategori pengaduan tidak dikenal: {kategori}.").format(
            kategori=", ".join(sorted(map(str, asing)))), "nilai")
    return out


def _interval_ikm(value: Any) -> Any:
    if not isinstance(value, dict) or set(value) != set(INTERVAL_IKM_BAWAAN):
        raise ValidationError(_("Interval IKM harus berisi batas bawah mutu A, B, C dan D."),
                              "nilai")
    out = {}
    for k in sorted(value):
        v = value[k]
        if isinstance(v, bool) or not isinstance(v, int | float) or not 25 <= v <= 100:
            raise ValidationError(_("Batas bawah mutu {mutu} harus antara 25 dan 100.").format(
                mutu=k), "nilai")
        out[k] = float(v)
    if not out["A"] > out["B"] > out["C"] > out["D"]:
        raise ValidationError(_("Batas bawah mutu harus menurun dari A ke D."), "nilai")
    return out


def _kop_surat(value: Any) -> Any:
    """A lambang-like image is fine for the Dokumen; a kop surat must span the page."""
    value = _gambar(value)
    if value and not kop_melebar(base64.b64decode(value)):
        raise ValidationError(_("Kop surat harus gambar melebar: lebarnya sedikitnya dua kali "
                                "tingginya."), "nilai")
    return value


def _gambar(value: Any) -> Any:
    """"" (none) or a PNG as base64 text."""
    if value == "":
        return ""
    if not isinstance(value, str):
        raise ValidationError(_("Gambar harus berupa berkas PNG."), "nilai")
    try:
        png = base64.b64decode(value.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise ValidationError(_("Gambar tidak terbaca (bukan base64)."), "nilai") from None
    if len(png) > MAX_LOGO_BYTES:
        raise ValidationError(_("Berkas gambar paling besar {n} KB.").format(
            n=MAX_LOGO_BYTES // 1024), "nilai")
    masalah = masalah_png(png)
    if masalah:
        raise ValidationError(_(masalah), "nilai")
    return value


@dataclass(frozen=True)
class SettingDef:
    key: str
    label: str  # marked with N_, translated where shown (list_settings)
    default: Any  # JSON-compatible
    validate: Callable[[Any], Any]  # returns the normalised value or raises ValidationError
    keterangan: str = ""  # as label


SETTINGS: dict[str, SettingDef] = {
    d.key: d
    for d in (
        SettingDef(INSTANSI, N_("Nama instansi"), "PEMERINTAH KOTA SERANG",
                   _teks(N_("Nama instansi")),
                   N_("Baris instansi pada kepala lembar SKP dan evaluasi.")),
        SettingDef(TEMPAT, N_("Tempat penandatanganan"), "Serang", _teks(N_("Tempat")),
                   N_("Tempat di atas tanda tangan pejabat penilai.")),
        SettingDef(PANDUAN_DISTRIBUSI, N_("Panduan pola distribusi predikat"),
                   json.loads(guidance_to_json(DEFAULT_GUIDANCE)), _panduan,
                   N_("Batas persentase per capaian organisasi; pelanggaran hanya peringatan.")),
        SettingDef(FREKUENSI_DEFAULT, N_("Frekuensi evaluasi bawaan"),
                   Frekuensi.TRIWULANAN.value, _frekuensi,
                   N_("Dipakai bila tahun kinerja belum menetapkan frekuensinya.")),
        SettingDef(JENIS_UNIT_MANDIRI, N_("Jenis unit kerja mandiri"), ["KECAMATAN", "OPD"],
                   _jenis_unit,
                   N_("Pimpinan unit berjenis ini memakai format SKP JPT dan pimpinan unit kerja "
                      "mandiri.")),
        SettingDef(KEPALA_DAERAH, N_("Kepala daerah (pejabat penilai tertinggi)"),
                   {"nama": "", "jabatan": "Wali Kota Serang", "nip": ""}, _kepala_daerah,
                   N_("Pejabat penilai pegawai yang tidak memiliki atasan (mis. Sekda, kepala "
                      "perangkat daerah); tanpa NIP dicetak '-'. Kosongkan nama bila tidak "
                      "dipakai.")),
        SettingDef(HARI_LIBUR, N_("Hari libur (libur nasional dan cuti bersama)"), [],
                   _hari_libur,
                   N_("Hari yang tidak dihitung sebagai hari kerja pada batas waktu "
                      "pengaduan.")),
        SettingDef(BATAS_PENGADUAN, N_("Batas waktu pengaduan (hari kerja per kategori)"),
                   dict(BATAS_BAWAAN), _batas_pengaduan,
                   N_("Standar SIPPN: ringan 2, normatif 5, tidak berkadar pengawasan 14, "
                      "berkadar pengawasan 60 hari kerja.")),
        SettingDef(INTERVAL_IKM, N_("Interval mutu IKM (batas bawah)"),
                   dict(INTERVAL_IKM_BAWAAN), _interval_ikm,
                   N_("Nilai bawaan menurut interval konversi IKM PermenPANRB 14/2017; "
                      "cocokkan dengan salinan peraturan yang dipegang BKPSDM dan ubah bila "
                      "berbeda.")),
        SettingDef(LAMBANG, N_("Lambang pada Dokumen Evaluasi (Garuda)"), "", _gambar,
                   N_("Gambar PNG di atas judul Dokumen Evaluasi Kinerja Pegawai. Kosong: tidak "
                      "ada gambar.")),
        SettingDef(KOP_SURAT, N_("Kop surat pada SKP dan Evaluasi"), "", _kop_surat,
                   N_("Gambar PNG selebar halaman (lambang daerah, nama dan alamat instansi). "
                      "Unit dapat memakai kop sendiri di halaman Organisasi. Kosong: tanpa "
                      "kop, seperti format Lampiran.")),
    )
}


def check_settings(defs: Mapping[str, SettingDef] = SETTINGS) -> list[str]:
    """Problems in the declaration table: a key without a valid default, or a mismatched key."""
    problems: list[str] = []
    for key, d in defs.items():
        if key != d.key:
            problems.append(f"{key}: kunci tidak sama dengan deklarasinya ({d.key})")
        if len(key) > 32:
            problems.append(f"{key}: kunci lebih dari 32 karakter")
        if d.default is None:
            problems.append(f"{key}: tidak punya nilai bawaan")
            continue
        try:
            d.validate(d.default)
        except ValidationError as exc:
            problems.append(f"{key}: nilai bawaan tidak sah ({exc.message})")
    return problems


def _def(key: str) -> SettingDef:
    try:
        return SETTINGS[key]
    except KeyError:
        raise ValidationError(_("Pengaturan '{key}' tidak dikenal.").format(key=key),
                              "key") from None


_MEMO = "pengaturan"  # Session.info key: values read in this session, by setting


def _memo(s: Session) -> dict[str, Any]:
    memo: dict[str, Any] = s.info.setdefault(_MEMO, {})
    return memo


def get_setting(s: Session, key: str) -> Any:
    """The published value, or the declared default when unset or unreadable (a fresh copy:
    callers may modify it). Read once per session: printing a unit or approving in bulk asks
    for the same few settings for every sheet; set_setting/reset_setting forget the value."""
    memo = _memo(s)
    if key not in memo:
        memo[key] = _read_setting(s, key)
    return copy.deepcopy(memo[key])


def _read_setting(s: Session, key: str) -> Any:
    d = _def(key)
    row = s.get(Pengaturan, key)
    if row is None or row.deleted:
        return copy.deepcopy(d.default)
    try:
        return d.validate(json.loads(row.nilai))
    except (ValueError, ValidationError):
        return copy.deepcopy(d.default)


def set_setting(s: Session, key: str, value: Any) -> Any:
    """Validate and publish; returns the stored (normalised) value."""
    require_master(s)
    d = _def(key)
    _memo(s).pop(key, None)
    value = d.validate(copy.deepcopy(value))
    nilai = json.dumps(value, ensure_ascii=False, sort_keys=True)
    row = s.get(Pengaturan, key)
    if row is None:
        s.add(Pengaturan(id=key, nilai=nilai))
    else:
        if row.nilai != nilai:
            row.nilai = nilai
        if row.deleted:
            row.deleted = False
    s.flush()
    return value


def set_settings(s: Session, values: Mapping[str, Any]) -> None:
    """Several settings at once (one form, one transaction); a refusal names its setting in
    ``ValidationError.field``."""
    for key, value in values.items():
        try:
            set_setting(s, key, value)
        except ValidationError as exc:
            raise ValidationError(exc.message, key, exc.kode) from None


def reset_setting(s: Session, key: str) -> None:
    """Back to the declared default (tombstones the published row)."""
    require_master(s)
    _def(key)
    _memo(s).pop(key, None)
    row = s.get(Pengaturan, key)
    if row is not None and not row.deleted:
        row.deleted = True
        s.flush()


@dataclass(frozen=True)
class SettingView:
    key: str
    label: str
    keterangan: str
    nilai: Any
    bawaan: bool


def list_settings(s: Session) -> list[SettingView]:
    out = []
    for d in SETTINGS.values():
        row = s.get(Pengaturan, d.key)
        out.append(SettingView(d.key, _(d.label), _(d.keterangan) if d.keterangan else "",
                               get_setting(s, d.key), row is None or row.deleted))
    return out


# -- typed accessors -------------------------------------------------------------------------------


def instansi(s: Session) -> str:
    return str(get_setting(s, INSTANSI))


def tempat(s: Session) -> str:
    return str(get_setting(s, TEMPAT))


def panduan_distribusi(s: Session) -> dict[CapaianOrganisasi, tuple[DistributionRule, ...]]:
    return guidance_from_json(json.dumps(get_setting(s, PANDUAN_DISTRIBUSI)))


def frekuensi_default(s: Session) -> Frekuensi:
    return Frekuensi(get_setting(s, FREKUENSI_DEFAULT))


def kepala_daerah(s: Session) -> dict[str, str] | None:
    """{"nama", "jabatan", "nip"} of the kepala daerah, or None when no name is set."""
    value: dict[str, str] = get_setting(s, KEPALA_DAERAH)
    return value if value.get("nama") else None


def jenis_unit_mandiri(s: Session) -> frozenset[str]:
    value: Sequence[str] = get_setting(s, JENIS_UNIT_MANDIRI)
    return frozenset(value)


def hari_libur(s: Session) -> frozenset[date]:
    return frozenset(date.fromisoformat(d["tanggal"]) for d in get_setting(s, HARI_LIBUR))


def batas_pengaduan(s: Session) -> dict[str, int]:
    value: dict[str, int] = get_setting(s, BATAS_PENGADUAN)
    return value


def gambar(s: Session, key: str) -> bytes | None:
    """The PNG of an image setting (LAMBANG, KOP_SURAT), or None when none is set."""
    value = get_setting(s, key)
    return base64.b64decode(value) if value else None


def set_gambar(s: Session, key: str, png: bytes | None) -> None:
    """Publish the image of ``key`` (None removes it)."""
    if png is None:
        reset_setting(s, key)
    else:
        set_setting(s, key, base64.b64encode(png).decode("ascii"))


def interval_ikm(s: Session) -> dict[str, float]:
    value: dict[str, float] = get_setting(s, INTERVAL_IKM)
    return value
