"""Public-service registers of a unit (owned by the unit, synced like appraisal data): its
service catalogue, the daily service register, complaints with their history, and IKM surveys."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Float, Index, String, Text, true
from sqlalchemy import text as sql
from sqlalchemy.orm import Mapped, mapped_column

from asn_desktop.db.base import Base, Int, Synced

EMPTY = sql("''")


class Layanan(Synced, Base):
    """A jenis layanan of a unit with its standar pelayanan."""

    __tablename__ = "layanan"

    unit_id: Mapped[str] = mapped_column(String(32), server_default=EMPTY, index=True)
    kode: Mapped[str] = mapped_column(String(20), server_default=EMPTY)
    nama: Mapped[str] = mapped_column(String(200), server_default=EMPTY)
    standar: Mapped[float] = mapped_column(Float, server_default=sql("1"))
    satuan_standar: Mapped[str] = mapped_column(String(12), server_default=sql("'HARI_KERJA'"))
    aktif: Mapped[bool] = mapped_column(Boolean, server_default=true())
    urutan: Mapped[int] = mapped_column(Int, server_default=sql("0"))


class LayananHarian(Synced, Base):
    """One service on one day. The id is derived from (layanan, tanggal), so two writers of
    the same day meet on one row instead of counting it twice."""

    __tablename__ = "layanan_harian"
    __table_args__ = (Index("ix_layanan_harian_unit_tanggal", "unit_id", "tanggal"),)

    unit_id: Mapped[str] = mapped_column(String(32), server_default=EMPTY)
    layanan_id: Mapped[str] = mapped_column(String(32), server_default=EMPTY, index=True)
    tanggal: Mapped[date | None] = mapped_column(Date)
    masuk: Mapped[int] = mapped_column(Int, server_default=sql("0"))
    selesai: Mapped[int] = mapped_column(Int, server_default=sql("0"))
    tepat_waktu: Mapped[int] = mapped_column(Int, server_default=sql("0"))
    backlog: Mapped[int] = mapped_column(Int, server_default=sql("0"))
    alasan_backlog: Mapped[str | None] = mapped_column(Text)


class Pengaduan(Synced, Base):
    """A complaint (pengaduan) about a unit's service."""

    __tablename__ = "pengaduan"
    __table_args__ = (Index("ix_pengaduan_unit_tanggal", "unit_id", "tanggal"),)

    unit_id: Mapped[str] = mapped_column(String(32), server_default=EMPTY)
    nomor: Mapped[str] = mapped_column(String(40), server_default=EMPTY, index=True)
    tanggal: Mapped[date | None] = mapped_column(Date)
    kanal: Mapped[str] = mapped_column(String(12), server_default=sql("'LANGSUNG'"))
    pelapor: Mapped[str | None] = mapped_column(String(120))
    kontak: Mapped[str | None] = mapped_column(String(120))
    layanan_id: Mapped[str | None] = mapped_column(String(32))
    kategori: Mapped[str] = mapped_column(String(16), server_default=sql("'NORMATIF'"))
    uraian: Mapped[str] = mapped_column(Text, server_default=EMPTY)
    pic_id: Mapped[str | None] = mapped_column(String(32), index=True)
    status: Mapped[str] = mapped_column(String(16), server_default=sql("'DITERIMA'"))
    batas: Mapped[date | None] = mapped_column(Date)  # the tier's deadline in hari kerja
    tanggal_respons: Mapped[date | None] = mapped_column(Date)  # first response (verified)
    tanggal_selesai: Mapped[date | None] = mapped_column(Date)
    tanggapan: Mapped[str | None] = mapped_column(Text)
    bukti: Mapped[str | None] = mapped_column(Text)


class RiwayatPengaduan(Synced, Base):
    """Workflow events of a complaint."""

    __tablename__ = "riwayat_pengaduan"

    pengaduan_id: Mapped[str] = mapped_column(String(32), server_default=EMPTY, index=True)
    aksi: Mapped[str] = mapped_column(String(20), server_default=EMPTY)
    oleh: Mapped[str | None] = mapped_column(String(120))
    alasan: Mapped[str | None] = mapped_column(Text)
    waktu: Mapped[str] = mapped_column(String(32), server_default=EMPTY)


class SurveiIkm(Synced, Base):
    """A Survei Kepuasan Masyarakat of a unit for one period: the nine unsur's mean scores."""

    __tablename__ = "survei_ikm"

    unit_id: Mapped[str] = mapped_column(String(32), server_default=EMPTY, index=True)
    periode_kode: Mapped[str] = mapped_column(String(16), server_default=EMPTY)
    responden: Mapped[int] = mapped_column(Int, server_default=sql("0"))
    u1: Mapped[float] = mapped_column(Float, server_default=sql("1"))
    u2: Mapped[float] = mapped_column(Float, server_default=sql("1"))
    u3: Mapped[float] = mapped_column(Float, server_default=sql("1"))
    u4: Mapped[float] = mapped_column(Float, server_default=sql("1"))
    u5: Mapped[float] = mapped_column(Float, server_default=sql("1"))
    u6: Mapped[float] = mapped_column(Float, server_default=sql("1"))
    u7: Mapped[float] = mapped_column(Float, server_default=sql("1"))
    u8: Mapped[float] = mapped_column(Float, server_default=sql("1"))
    u9: Mapped[float] = mapped_column(Float, server_default=sql("1"))
    catatan: Mapped[str | None] = mapped_column(Text)


UNSUR_KOLOM = ("u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9")
PELAYANAN_MODELS = (Layanan, LayananHarian, Pengaduan, RiwayatPengaduan, SurveiIkm)
