"""A workspace is one data folder: its paths, its database and this installation's identity."""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.db.engine import Database, open_database, os_user
from asn_desktop.db.models import Installation, LocalSetting, OrgUnit
from asn_desktop.errors import AsnError, ValidationError
from asn_desktop.paths import Paths, make_private
from asn_desktop.services import jejak_kirim
from asn_desktop.services.authority import InstallationInfo as InstallationInfo
from asn_desktop.services.authority import Pelaku, bind
from asn_desktop.sync import lineage
from asn_desktop.sync.keys import KeysMissing, create_keys, has_keys, missing_message
from asn_desktop.teks import _

ROLES = ("central", "unit")
ROOT_UNIT_KODE = "3673"  # Kode wilayah Kota Serang
ROOT_UNIT_NAMA = "Pemerintah Kota Serang"


class Workspace:
    """An open data folder. Use as a context manager or call ``close()``."""

    def __init__(self, paths: Paths, db: Database, info: InstallationInfo) -> None:
        self.paths = paths
        self.db = db
        self.info = info
        self._closed = False
        self.went_back = False  # opened as a file put back by hand (services/jejak_kirim.py)

    @property
    def is_central(self) -> bool:
        return self.info.is_central

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work acting as this installation and its operator: commits on success,
        rolls back on any error. Every service write needs a session opened here."""
        with self.db.session() as s:
            bind(s, Pelaku(self.info, self.db.context.actor))
            yield s

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A read-only look acting as this installation (for reads that check authority)."""
        with self.db.Session() as s:
            bind(s, Pelaku(self.info, self.db.context.actor))
            yield s

    def get_local(self, key: str, default: str | None = None) -> str | None:
        with self.db.Session() as s:
            row = s.get(LocalSetting, key)
            return row.value if row else default

    def set_local(self, key: str, value: str | None) -> None:
        with self.db.session() as s:
            row = s.get(LocalSetting, key)
            if value is None:
                if row is not None:
                    s.delete(row)
            elif row is None:
                s.add(LocalSetting(key=key, value=value))
            else:
                row.value = value

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            jejak_kirim.record(self)
        self.db.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


OPERATOR_MAX = 120  # Installation.operator is String(120)


def operator(ws: Workspace) -> str | None:
    """The operator name set on this installation (None: the OS user is stamped)."""
    with ws.db.Session() as s:
        inst = s.scalars(select(Installation)).first()
        return inst.operator if inst is not None else None


def set_operator(ws: Workspace, nama: str | None) -> str | None:
    """Name of the person operating this installation, stamped as ``oleh`` in the riwayat and
    as ``actor`` in the change log from now on. Local to this computer (never published); blank
    returns to the OS user name. Returns the stored name."""
    teks = " ".join((nama or "").split()) or None
    if teks is not None and len(teks) < 2:
        raise ValidationError(_("Nama operator terlalu pendek (minimal 2 huruf)."), "operator")
    if teks is not None and len(teks) > OPERATOR_MAX:
        raise ValidationError(_("Nama operator paling banyak {n} karakter.").format(
            n=OPERATOR_MAX), "operator")
    with ws.session() as s:
        inst = s.scalars(select(Installation)).first()
        if inst is None:
            raise AsnError(_("Ruang kerja belum disiapkan. Jalankan 'asn-desktop init'."))
        inst.operator = teks
    ws.db.context.actor = teks or os_user()
    return teks


def _info(inst: Installation) -> InstallationInfo:
    return InstallationInfo(inst.node_id, inst.role, inst.nama, inst.unit_id)


def check_database_url(url: str) -> str:
    """A PostgreSQL address as the data folder may keep it: ``postgresql://USER@HOST:PORT/DB``
    (options after ``?`` allowed), never with a password (libpq reads it from PGPASSWORD,
    ~/.pgpass or a service file)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url.strip())
    except ArgumentError as exc:
        raise AsnError(_("Alamat basis data tidak dapat dibaca: {url}.").format(url=url)) from exc
    if parsed.get_backend_name() != "postgresql":
        raise AsnError(_("Alamat basis data harus diawali 'postgresql://' "
                         "(contoh: postgresql://bkpsdm@server:5432/kinerja)."))
    if parsed.password is not None:
        raise AsnError(_("Jangan tulis kata sandi di alamat basis data: simpan di ~/.pgpass "
                         "(Windows: %APPDATA%\\postgresql\\pgpass.conf) atau PGPASSWORD."))
    if not parsed.database:
        raise AsnError(_("Alamat basis data belum menyebut nama basis data (…/NAMA)."))
    return url.strip()


def database_url(paths: Paths) -> str | None:
    """The PostgreSQL server of a central that keeps its data there, or None (SQLite)."""
    try:
        return paths.database_url.read_text(encoding="utf-8").strip() or None
    except FileNotFoundError:
        return None


def _open_db(paths: Paths) -> Database:
    return open_database(paths.database, backup_dir=paths.backups, url=database_url(paths))


def _has_database(paths: Paths) -> bool:
    return paths.database.exists() or paths.database_url.exists()


def is_initialised(paths: Paths) -> bool:
    if not _has_database(paths):
        return False
    db = _open_db(paths)
    try:
        return db.load_installation() is not None
    finally:
        db.close()


def _folder_not_file(paths: Paths) -> None:
    if paths.data_dir.exists() and not paths.data_dir.is_dir():
        raise AsnError(_("{folder} adalah berkas, bukan folder; pilih folder data yang lain.")
                       .format(folder=paths.data_dir))


def open_workspace(paths: Paths, *, restored: bool = False) -> Workspace:
    """Open an initialised data folder (migrating it first, with a backup). ``restored``: the
    restore command put it back and begins its new incarnation itself, so it is not checked
    for a copy put back by hand (services/jejak_kirim.py)."""
    _folder_not_file(paths)
    if not _has_database(paths):
        raise AsnError(
            _("Folder data {folder} belum berisi ruang kerja. "
              "Jalankan 'asn-desktop init' terlebih dahulu.").format(folder=paths.data_dir)
        )
    make_private(paths.data_dir)  # a folder from before files were private (paths.py)
    db = _open_db(paths)
    inst = db.load_installation()
    if inst is None:
        db.close()
        raise AsnError(_("Ruang kerja belum disiapkan. Jalankan 'asn-desktop init'."))
    if not has_keys(paths.keys):
        # An existing installation never gets new keys (sync/keys.py): say what to do instead.
        db.close()
        raise KeysMissing(missing_message(paths.keys))
    ws = Workspace(paths, db, _info(inst))
    if not restored:
        ws.went_back = jejak_kirim.check(paths, db, inst.node_id)  # put back by hand, older
    return ws


def init_workspace(
    paths: Paths,
    role: str,
    nama: str,
    *,
    unit_kode: str | None = None,
    node_id: str | None = None,
    create_units: bool = True,
    keys: bool = True,
    database: str | None = None,
) -> Workspace:
    """Create this installation. A stand-alone unit also gets its own unit record so it can be
    used for practice before it is enrolled by the central. This is where an installation's
    keys are made (``keys=False``: the caller makes them, as enrolment does in the real folder
    while the database is built in a staging one)."""
    if role not in ROLES:
        raise ValidationError(_("Peran harus 'central' atau 'unit', bukan '{peran}'.").format(
            peran=role), "role")
    nama = nama.strip()
    if not nama:
        raise ValidationError(_("Nama instalasi tidak boleh kosong."), "nama")
    if len(nama) > 200:
        raise ValidationError(_("Nama instalasi paling panjang 200 karakter."), "nama")
    if any(unicodedata.category(ch) == "Cc" for ch in nama):
        raise ValidationError(_("Nama instalasi tidak boleh memuat baris baru atau karakter "
                                "kendali."), "nama")
    _folder_not_file(paths)
    if database is not None:
        if role != "central":
            raise ValidationError(_("Hanya instalasi pusat yang dapat memakai server "
                                    "PostgreSQL; unit memakai berkas SQLite."), "database")
        database = check_database_url(database)
    if paths.database_url.exists():  # bound to a server already
        raise AsnError(_("Folder data {folder} sudah berisi ruang kerja.").format(
            folder=paths.data_dir))
    paths.ensure()
    db = open_database(paths.database, backup_dir=paths.backups, url=database)
    if db.load_installation() is not None:
        db.close()
        raise AsnError(_("Basis data {db} sudah berisi ruang kerja instalasi lain.").format(
            db=database) if database else _("Folder data {folder} sudah berisi ruang kerja."
                                            ).format(folder=paths.data_dir))
    if database is not None:
        paths.database_url.write_text(database + "\n", encoding="utf-8")
    node = node_id or uuid.uuid4().hex
    life = lineage.first()
    with db.session() as s:
        s.add(
            Installation(
                node_id=node, role=role, nama=nama, unit_id=None,
                dibuat=datetime.now().isoformat(timespec="seconds"),
                incarnation=lineage.current(life), lineage=lineage.dump(life),
            )
        )
    db.load_installation()
    if keys:
        create_keys(paths.keys)
    unit_id: str | None = None
    if create_units:
        with db.session() as s:
            root = s.scalars(select(OrgUnit).where(OrgUnit.parent_id.is_(None))).first()
            if root is None:
                root = OrgUnit(kode=ROOT_UNIT_KODE, nama=ROOT_UNIT_NAMA, jenis="PEMKOT")
                s.add(root)
                s.flush()
            if role == "unit":
                unit = OrgUnit(
                    kode=unit_kode or _kode_from_name(nama), nama=nama, jenis="OPD",
                    parent_id=root.id,
                )
                s.add(unit)
                s.flush()
                unit_id = unit.id
                s.get_one(Installation, node).unit_id = unit_id
    info = InstallationInfo(node, role, nama, unit_id)
    ws = Workspace(paths, db, info)
    if keys and role == "central":
        from asn_desktop.services import sertifikat

        sertifikat.siapkan(ws)  # the city's CA and the central's own signing certificate
    return ws


def _kode_from_name(nama: str) -> str:
    words = [w for w in nama.replace("-", " ").split() if w.isalpha()]
    initials = "".join(w[0] for w in words).upper() or "UNIT"
    return f"{ROOT_UNIT_KODE}.{initials}"


def default_db_path(paths: Paths) -> Path:
    return paths.database
