"""Exception hierarchy with messages fit to show a user (Bahasa Indonesia)."""

from __future__ import annotations

import errno
import sqlite3


class AsnError(Exception):
    """Base for every error the application reports to a person instead of a traceback."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(AsnError):
    """Input that breaks a rule; ``field`` names the input at fault when there is one."""

    def __init__(self, message: str, field: str | None = None, kode: str | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.kode = kode


class NotFoundError(AsnError):
    """A record named by the user does not exist (or was deleted)."""


class LockedError(AsnError):
    """The document is approved and locked; it must be reopened explicitly."""


class PermissionError_(AsnError):
    """This installation's role may not perform the action (e.g. master data on a unit)."""


class SchemaTooNewError(AsnError):
    """The data file was written by a newer version of the application."""


class PackageRejected(AsnError):
    """A sync package was refused as a whole; ``reason`` is a short machine code."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


_OS_ALASAN = {
    errno.ENOENT: "berkas atau folder tidak ditemukan",
    errno.EISDIR: "yang dipilih adalah folder, bukan berkas",
    errno.ENOTDIR: "salah satu bagian jalurnya bukan folder",
    errno.EACCES: "tidak ada izin untuk membukanya",
    errno.EPERM: "tidak ada izin untuk membukanya",
    errno.EROFS: "disk atau foldernya hanya-baca",
    errno.ENOSPC: "disk penuh",
    errno.EBUSY: "sedang dipakai program lain",
    errno.ENAMETOOLONG: "nama atau jalurnya terlalu panjang",
    errno.EEXIST: "sudah ada berkas dengan nama itu",
    errno.EINVAL: "nama atau jalurnya tidak sah",
    errno.EDQUOT: "kuota disk habis",
    errno.EIO: "disk tidak dapat dibaca atau ditulis (kesalahan perangkat)",
    errno.EMFILE: "terlalu banyak berkas terbuka",
}


def os_reason(exc: OSError) -> str:
    """Why the operating system refused a file, in Indonesian (its own text is English)."""
    known = _OS_ALASAN.get(exc.errno or -1)
    if known:
        return known
    if exc.errno:
        return f"sistem menolaknya (kode {errno.errorcode.get(exc.errno, exc.errno)})"
    return "sistem menolaknya"


def storage_problem(exc: BaseException) -> str | None:
    """A person's words for a failure of the disk or the data file (full disk, file in use,
    read-only, damaged), or None when ``exc`` is something else. The transaction that met it
    was rolled back, so the message can say that nothing changed."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    full = "Disk penuh: ruang kosong tidak cukup untuk menyimpan. Tidak ada yang berubah; " \
           "kosongkan sebagian ruang disk lalu ulangi."
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return full
        return f"Gagal membaca atau menulis berkas: {os_reason(exc)}."
    if not isinstance(getattr(exc, "orig", exc), sqlite3.Error):
        return None
    if "disk is full" in text:
        return full
    if "locked" in text or "busy" in text:
        return ("Berkas data sedang dipakai program lain (mis. aplikasi ini terbuka dua kali). "
                "Tidak ada yang berubah; coba lagi sebentar.")
    if "readonly" in text or "read-only" in text:
        return ("Berkas data tidak dapat ditulis (hanya-baca atau tanpa izin). Tidak ada yang "
                "berubah; periksa izin folder data.")
    if "malformed" in text or "not a database" in text or "disk i/o" in text:
        return ("Berkas data rusak atau tidak dapat dibaca. Pulihkan dari salinan di folder "
                "cadangan, atau hubungi admin BKPSDM.")
    return None


class Cancelled(AsnError):
    """The person cancelled a long operation; nothing was changed."""

    def __init__(self, message: str = "Dibatalkan; tidak ada yang berubah.") -> None:
        super().__init__(message)
