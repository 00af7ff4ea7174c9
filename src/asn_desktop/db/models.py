"""The data model. Synced tables carry UUID ids and tombstones (see ``Synced``)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    Date,
    Float,
    Index,
    String,
    Text,
    false,
    text,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column

from asn_desktop.db.base import AnyValue, Base, Bytes, Int, Synced

EMPTY = text("''")


# --------------------------------------------------------------------------- master data (central)


class OrgUnit(Synced, Base):
    """Pemerintah Kota Serang → OPD → bidang / UPT / sekolah / kecamatan."""

    __tablename__ = "org_unit"
    __sync_owner__ = "central"

    kode: Mapped[str] = mapped_column(String(40), server_default=EMPTY, index=True)
    nama: Mapped[str] = mapped_column(String(200), server_default=EMPTY)
    jenis: Mapped[str] = mapped_column(String(20), server_default=text("'OPD'"))
    parent_id: Mapped[str | None] = mapped_column(String(32), index=True)
    tempat: Mapped[str] = mapped_column(String(80), server_default=text("'Serang'"))
    alamat: Mapped[str | None] = mapped_column(Text)
    kop_baris: Mapped[str | None] = mapped_column(Text)  # extra letterhead lines, one per line
    logo_png: Mapped[bytes | None] = mapped_column(Bytes)
    frekuensi_evaluasi: Mapped[str | None] = mapped_column(String(12))  # None: follow the year
    urutan: Mapped[int] = mapped_column(Int, server_default=text("0"))
    ditutup: Mapped[date | None] = mapped_column(Date)  # closed from; its history is kept


class Pegawai(Synced, Base):
    """An ASN (PNS or PPPK) and their placement."""

    __tablename__ = "pegawai"
    __sync_owner__ = "central"
    __table_args__ = (
        # on PostgreSQL the same predicate is set by db/pg_schema.py (naming the dialect here
        # would load it at every start)
        Index("ix_pegawai_nip_live", "nip", unique=True, sqlite_where=text("deleted = 0")),
        Index("ix_pegawai_nama", "nama"),
    )

    status: Mapped[str] = mapped_column(String(6), server_default=text("'PNS'"))
    nip: Mapped[str] = mapped_column(String(18), server_default=EMPTY)
    nip_lama: Mapped[str | None] = mapped_column(String(12))
    nama: Mapped[str] = mapped_column(String(120), server_default=EMPTY)
    gelar_depan: Mapped[str | None] = mapped_column(String(40))
    gelar_belakang: Mapped[str | None] = mapped_column(String(60))
    jenis_kelamin: Mapped[str] = mapped_column(String(1), server_default=text("'L'"))
    tanggal_lahir: Mapped[date | None] = mapped_column(Date)
    golongan: Mapped[str] = mapped_column(String(6), server_default=EMPTY)  # "III/a" or "IX"
    jabatan: Mapped[str] = mapped_column(String(200), server_default=EMPTY)
    jenis_jabatan: Mapped[str] = mapped_column(String(30), server_default=text("'PELAKSANA'"))
    unit_id: Mapped[str | None] = mapped_column(String(32), index=True)
    atasan_id: Mapped[str | None] = mapped_column(String(32), index=True)
    pimpinan_unit: Mapped[bool] = mapped_column(Boolean, server_default=false())
    tmt_unit: Mapped[date | None] = mapped_column(Date)  # TMT of the placement (last mutasi)
    aktif: Mapped[bool] = mapped_column(Boolean, server_default=true())
    # why and from when an employee left service (domain.siklus_pegawai.AlasanBerhenti)
    alasan_berhenti: Mapped[str | None] = mapped_column(String(20))
    tanggal_berhenti: Mapped[date | None] = mapped_column(Date)
    email: Mapped[str | None] = mapped_column(String(120))
    telepon: Mapped[str | None] = mapped_column(String(30))


class TahunKinerja(Synced, Base):
    """A performance year and how often it is evaluated by default."""

    __tablename__ = "tahun_kinerja"
    __sync_owner__ = "central"

    tahun: Mapped[int] = mapped_column(Int, server_default=text("0"), index=True)
    frekuensi: Mapped[str] = mapped_column(String(12), server_default=text("'TRIWULANAN'"))
    tanggal_skp: Mapped[date | None] = mapped_column(Date)  # default signing date of SKPs
    dibuka: Mapped[bool] = mapped_column(Boolean, server_default=true())


class Periode(Synced, Base):
    """A periodic evaluation window of a year (kode from ``domain.periods``)."""

    __tablename__ = "periode"
    __sync_owner__ = "central"

    tahun: Mapped[int] = mapped_column(Int, server_default=text("0"), index=True)
    kode: Mapped[str] = mapped_column(String(16), server_default=EMPTY, index=True)
    frekuensi: Mapped[str] = mapped_column(String(12), server_default=text("'TRIWULANAN'"))
    mulai: Mapped[date | None] = mapped_column(Date)
    selesai: Mapped[date | None] = mapped_column(Date)
    batas_evaluasi: Mapped[date | None] = mapped_column(Date)


class Pengaturan(Synced, Base):
    """A setting the central publishes (id = key, value = JSON text)."""

    __tablename__ = "pengaturan"
    __sync_owner__ = "central"

    nilai: Mapped[str] = mapped_column(Text, server_default=text("'null'"))


# ---------------------------------------------------------------------- appraisal data (unit)


class Skp(Synced, Base):
    """Sasaran Kinerja Pegawai: one employee's annual plan."""

    __tablename__ = "skp"
    __table_args__ = (Index("ix_skp_pegawai_tahun", "pegawai_id", "tahun"),)

    pegawai_id: Mapped[str] = mapped_column(String(32), server_default=EMPTY)
    tahun: Mapped[int] = mapped_column(Int, server_default=text("0"))
    pendekatan: Mapped[str] = mapped_column(String(12), server_default=text("'KUANTITATIF'"))
    status: Mapped[str] = mapped_column(String(10), server_default=text("'DRAFT'"))
    penilai_id: Mapped[str | None] = mapped_column(String(32))
    atasan_penilai_id: Mapped[str | None] = mapped_column(String(32))
    identitas_json: Mapped[str | None] = mapped_column(Text)  # snapshot taken on approval
    tanggal_ditetapkan: Mapped[date | None] = mapped_column(Date)
    periode_mulai: Mapped[date | None] = mapped_column(Date)
    periode_selesai: Mapped[date | None] = mapped_column(Date)
    ekspektasi_pelayanan: Mapped[str | None] = mapped_column(Text)
    ekspektasi_akuntabel: Mapped[str | None] = mapped_column(Text)
    ekspektasi_kompeten: Mapped[str | None] = mapped_column(Text)
    ekspektasi_harmonis: Mapped[str | None] = mapped_column(Text)
    ekspektasi_loyal: Mapped[str | None] = mapped_column(Text)
    ekspektasi_adaptif: Mapped[str | None] = mapped_column(Text)
    ekspektasi_kolaboratif: Mapped[str | None] = mapped_column(Text)
    dukungan_sumber_daya: Mapped[str | None] = mapped_column(Text)  # Lampiran, one item per line
    skema_pertanggungjawaban: Mapped[str | None] = mapped_column(Text)
    konsekuensi: Mapped[str | None] = mapped_column(Text)
    catatan: Mapped[str | None] = mapped_column(Text)


class Rhk(Synced, Base):
    """Rencana Hasil Kerja of an SKP; ``rhk_atasan_id`` is the cascade link."""

    __tablename__ = "rhk"

    skp_id: Mapped[str] = mapped_column(String(32), server_default=EMPTY, index=True)
    jenis: Mapped[str] = mapped_column(String(8), server_default=text("'UTAMA'"))
    urutan: Mapped[int] = mapped_column(Int, server_default=text("0"))
    uraian: Mapped[str] = mapped_column(Text, server_default=EMPTY)
    rhk_atasan_id: Mapped[str | None] = mapped_column(String(32), index=True)
    rhk_atasan_teks: Mapped[str | None] = mapped_column(Text)  # provisional, before cascade known
    perspektif: Mapped[str | None] = mapped_column(String(40))  # JPT only


class Indikator(Synced, Base):
    """An indicator (IKI) of an RHK with its target."""

    __tablename__ = "indikator"

    rhk_id: Mapped[str] = mapped_column(String(32), server_default=EMPTY, index=True)
    urutan: Mapped[int] = mapped_column(Int, server_default=text("0"))
    aspek: Mapped[str | None] = mapped_column(String(10))  # kuantitatif only
    uraian: Mapped[str] = mapped_column(Text, server_default=EMPTY)
    target_nilai: Mapped[float | None] = mapped_column(Float)
    target_satuan: Mapped[str | None] = mapped_column(String(60))
    target_narasi: Mapped[str | None] = mapped_column(Text)  # kualitatif, or a range
    perspektif: Mapped[str | None] = mapped_column(String(40))  # JPT only
    # a register the realisasi can be taken from (domain.pelayanan.SumberRealisasi)
    sumber_realisasi: Mapped[str | None] = mapped_column(String(32))


class Evaluasi(Synced, Base):
    """A periodic (or final) evaluation of one SKP."""

    __tablename__ = "evaluasi"
    __table_args__ = (Index("ix_evaluasi_skp_periode", "skp_id", "periode_kode"),)

    skp_id: Mapped[str] = mapped_column(String(32), server_default=EMPTY)
    pegawai_id: Mapped[str] = mapped_column(String(32), server_default=EMPTY, index=True)
    periode_kode: Mapped[str] = mapped_column(String(16), server_default=EMPTY, index=True)
    status: Mapped[str] = mapped_column(String(10), server_default=text("'DRAFT'"))
    rating_hasil_kerja: Mapped[str | None] = mapped_column(String(24))
    rating_perilaku_kerja: Mapped[str | None] = mapped_column(String(24))
    predikat: Mapped[str | None] = mapped_column(String(24))  # always derived from the ratings
    capaian_organisasi: Mapped[str | None] = mapped_column(String(20))
    catatan_rekomendasi: Mapped[str | None] = mapped_column(Text)
    tanggal: Mapped[date | None] = mapped_column(Date)
    identitas_json: Mapped[str | None] = mapped_column(Text)  # snapshot taken on approval
    # the SKP content evaluated (RHK, indicators, expectations), frozen on approval
    isi_json: Mapped[str | None] = mapped_column(Text)
    umpan_balik_pelayanan: Mapped[str | None] = mapped_column(Text)
    umpan_balik_akuntabel: Mapped[str | None] = mapped_column(Text)
    umpan_balik_kompeten: Mapped[str | None] = mapped_column(Text)
    umpan_balik_harmonis: Mapped[str | None] = mapped_column(Text)
    umpan_balik_loyal: Mapped[str | None] = mapped_column(Text)
    umpan_balik_adaptif: Mapped[str | None] = mapped_column(Text)
    umpan_balik_kolaboratif: Mapped[str | None] = mapped_column(Text)


class EvaluasiRhk(Synced, Base):
    """Umpan balik berkelanjutan on one RHK within an evaluation."""

    __tablename__ = "evaluasi_rhk"

    evaluasi_id: Mapped[str] = mapped_column(String(32), server_default=EMPTY, index=True)
    rhk_id: Mapped[str] = mapped_column(String(32), server_default=EMPTY)
    umpan_balik: Mapped[str | None] = mapped_column(Text)


class Realisasi(Synced, Base):
    """Realisasi and bukti dukung of one indicator within an evaluation."""

    __tablename__ = "realisasi"

    evaluasi_id: Mapped[str] = mapped_column(String(32), server_default=EMPTY, index=True)
    indikator_id: Mapped[str] = mapped_column(String(32), server_default=EMPTY)
    realisasi_nilai: Mapped[float | None] = mapped_column(Float)
    realisasi_teks: Mapped[str | None] = mapped_column(Text)
    bukti_dukung: Mapped[str | None] = mapped_column(Text)


class CapaianUnit(Synced, Base):
    """Capaian kinerja organisasi of a unit for one period."""

    __tablename__ = "capaian_unit"

    unit_id: Mapped[str] = mapped_column(String(32), server_default=EMPTY, index=True)
    periode_kode: Mapped[str] = mapped_column(String(16), server_default=EMPTY)
    capaian: Mapped[str] = mapped_column(String(20), server_default=text("'BAIK'"))


class LogHarian(Synced, Base):
    """A daily activity against an RHK."""

    __tablename__ = "log_harian"
    __table_args__ = (Index("ix_log_harian_pegawai_tanggal", "pegawai_id", "tanggal"),)

    pegawai_id: Mapped[str] = mapped_column(String(32), server_default=EMPTY)
    rhk_id: Mapped[str | None] = mapped_column(String(32), index=True)
    tanggal: Mapped[date | None] = mapped_column(Date)
    uraian: Mapped[str] = mapped_column(Text, server_default=EMPTY)
    output_satuan: Mapped[str | None] = mapped_column(String(60))
    kuantitas: Mapped[float | None] = mapped_column(Float)


class UmpanBalik(Synced, Base):
    """Feedback on an employee from the atasan or a rekan kerja."""

    __tablename__ = "umpan_balik"

    pegawai_id: Mapped[str] = mapped_column(String(32), server_default=EMPTY, index=True)
    pemberi_id: Mapped[str | None] = mapped_column(String(32))
    peran: Mapped[str] = mapped_column(String(10), server_default=text("'ATASAN'"))  # or REKAN
    tanggal: Mapped[date | None] = mapped_column(Date)
    periode_kode: Mapped[str | None] = mapped_column(String(16))
    nilai_kode: Mapped[str | None] = mapped_column(String(16))  # BerAKHLAK value, if about one
    rhk_id: Mapped[str | None] = mapped_column(String(32))
    isi: Mapped[str] = mapped_column(Text, server_default=EMPTY)
    forum_id: Mapped[str | None] = mapped_column(String(32))


class ForumEvaluasi(Synced, Base):
    """A forum evaluasi kinerja: a meeting where employees present their results."""

    __tablename__ = "forum_evaluasi"

    unit_id: Mapped[str] = mapped_column(String(32), server_default=EMPTY, index=True)
    tanggal: Mapped[date | None] = mapped_column(Date)
    agenda: Mapped[str] = mapped_column(Text, server_default=EMPTY)
    peserta: Mapped[str | None] = mapped_column(Text)  # one name per line
    pegawai_presentasi_id: Mapped[str | None] = mapped_column(String(32))
    catatan: Mapped[str | None] = mapped_column(Text)


class RiwayatDokumen(Synced, Base):
    """Workflow events of an SKP or evaluation: diajukan, disetujui, dibuka kembali…"""

    __tablename__ = "riwayat_dokumen"

    dokumen: Mapped[str] = mapped_column(String(16), server_default=EMPTY)  # "skp" / "evaluasi"
    dokumen_id: Mapped[str] = mapped_column(String(32), server_default=EMPTY, index=True)
    pegawai_id: Mapped[str] = mapped_column(String(32), server_default=EMPTY)
    aksi: Mapped[str] = mapped_column(String(20), server_default=EMPTY)
    oleh: Mapped[str | None] = mapped_column(String(120))
    alasan: Mapped[str | None] = mapped_column(Text)
    waktu: Mapped[str] = mapped_column(String(32), server_default=EMPTY)


# ----------------------------------------------------------------------- local, never synced


class Installation(Base):
    """This installation: its node id, role and (for a unit) the unit it serves."""

    __tablename__ = "installation"

    node_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    role: Mapped[str] = mapped_column(String(10))  # "central" or "unit"
    nama: Mapped[str] = mapped_column(String(200))
    unit_id: Mapped[str | None] = mapped_column(String(32))
    dibuat: Mapped[str] = mapped_column(String(32))
    operator: Mapped[str | None] = mapped_column(String(120))
    # A new one after each restore from a backup (see sync/lineage.py).
    incarnation: Mapped[str | None] = mapped_column(String(32))
    lineage: Mapped[str | None] = mapped_column(Text)


class ChangeLog(Base):
    """Append-only record of every field written to synced data (also the audit trail).

    Rows are written by triggers only (see ``capture.py``). ``hlc``/``node`` order the change;
    ``base_*`` is the version the writer saw when it overwrote the field (None for a new row).
    """

    __tablename__ = "change_log"
    __table_args__ = (
        Index("ix_change_log_field", "tbl", "row_id", "field", "hlc", "node"),
    )

    seq: Mapped[int] = mapped_column(Int, primary_key=True, autoincrement=True)
    tbl: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[str] = mapped_column(String(32))
    field: Mapped[str] = mapped_column(String(40))
    value: Mapped[object | None] = mapped_column(AnyValue())
    hlc: Mapped[int] = mapped_column(Int)
    node: Mapped[str] = mapped_column(String(32))
    base_hlc: Mapped[int | None] = mapped_column(Int)
    base_node: Mapped[str | None] = mapped_column(String(32))
    actor: Mapped[str | None] = mapped_column(String(120))
    source: Mapped[str | None] = mapped_column(String(64))  # None: local; else the package id


class CaptureSwitch(Base):
    """One row. ``capture = 0`` only while a merge applies already-recorded remote changes."""

    __tablename__ = "capture_switch"

    id: Mapped[int] = mapped_column(Int, primary_key=True)
    capture: Mapped[int] = mapped_column(Int, server_default=text("1"))


class LocalSetting(Base):
    """Settings of this installation only (language, inbox folder, operator name…)."""

    __tablename__ = "local_setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


SYNCED_MODELS: tuple[type[Synced], ...] = (
    OrgUnit,
    Pegawai,
    TahunKinerja,
    Periode,
    Pengaturan,
    Skp,
    Rhk,
    Indikator,
    Evaluasi,
    EvaluasiRhk,
    Realisasi,
    CapaianUnit,
    LogHarian,
    UmpanBalik,
    ForumEvaluasi,
    RiwayatDokumen,
)
SYNCED_TABLES: tuple[str, ...] = tuple(m.__tablename__ for m in SYNCED_MODELS)  # type: ignore[attr-defined]


class Cetakan(Synced, Base):
    """A printed sheet: its verification code, the signed hash of exactly what was printed and
    the values an officer compares with the paper.

    Synced, so the central can verify a sheet printed by any unit."""

    __tablename__ = "cetakan"
    __table_args__ = (Index("ix_cetakan_kode", "kode"),)

    kode: Mapped[str] = mapped_column(String(24), server_default=EMPTY)
    dokumen: Mapped[str] = mapped_column(String(16), server_default=EMPTY)  # skp/evaluasi/dokumen
    record_id: Mapped[str] = mapped_column(String(32), server_default=EMPTY, index=True)
    pegawai_id: Mapped[str] = mapped_column(String(32), server_default=EMPTY)
    content_hash: Mapped[str] = mapped_column(String(64), server_default=EMPTY)
    signature: Mapped[str] = mapped_column(Text, server_default=EMPTY)  # base64 Ed25519
    signer_node: Mapped[str] = mapped_column(String(32), server_default=EMPTY)
    dicetak: Mapped[str] = mapped_column(String(32), server_default=EMPTY)
    # what the sheet printed (services/cetak.py IsiCetakan, JSON), signed with the row; None
    # for rows recorded before revision 0007
    isi_json: Mapped[str | None] = mapped_column(Text)
    # serial (hex) of the certificate the PDF file was signed with; None: printed unsigned
    ttd_pdf: Mapped[str | None] = mapped_column(String(40))


class RiwayatPenempatan(Synced, Base):
    """One placement event of an employee (first placement, mutasi, berhenti, pulih), written
    by the central beside the change itself; read newest first."""

    __tablename__ = "riwayat_penempatan"
    __sync_owner__ = "central"

    pegawai_id: Mapped[str] = mapped_column(String(32), server_default=EMPTY, index=True)
    unit_id: Mapped[str | None] = mapped_column(String(32))
    jabatan: Mapped[str | None] = mapped_column(String(200))
    atasan_id: Mapped[str | None] = mapped_column(String(32))
    tmt: Mapped[date | None] = mapped_column(Date)
    peristiwa: Mapped[str] = mapped_column(String(20), server_default=text("'MUTASI'"))
    catatan: Mapped[str | None] = mapped_column(Text)
    waktu: Mapped[str] = mapped_column(String(32), server_default=EMPTY)  # when recorded


from asn_desktop.db.models_pelayanan import PELAYANAN_MODELS  # noqa: E402

SYNCED_MODELS = (*SYNCED_MODELS, Cetakan, RiwayatPenempatan, *PELAYANAN_MODELS)
SYNCED_TABLES = tuple(m.__tablename__ for m in SYNCED_MODELS)  # type: ignore[attr-defined]


# The sync engine's local bookkeeping tables belong to the same metadata (migrations, checks).
from asn_desktop.db import sync_models as sync_models  # noqa: E402
