"""Backups made on purpose, and putting one back.

A data file put back from a backup reuses sequence numbers its peers have already acknowledged,
so a restore begins a new incarnation (sync/lineage.py): the peers then re-send what it lost,
and it receives back its own changes from between the backup and the restore that they hold.

A backup carries this installation's private keys too, sealed under a passphrase the
administrator sets (services/kunci_cadangan.py), so that a data file put onto a new PC still
signs, opens its packages and verifies its printed sheets.

A central on a PostgreSQL server is backed up and put back the same way, with the same
incarnation rules; its backup holds a dump of the server's database (services/cadangan_pg.py).
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from asn_desktop.db import pg_engine
from asn_desktop.db.engine import copy_sqlite, read_only_uri
from asn_desktop.db.revisi import head_revision, known_revisions
from asn_desktop.errors import AsnError, NotFoundError, SchemaTooNewError, ValidationError
from asn_desktop.paths import Paths
from asn_desktop.services import cadangan_pg, kunci_cadangan
from asn_desktop.services.workspace import (
    Workspace,
    check_database_url,
    database_url,
    open_workspace,
)
from asn_desktop.sync import lineage
from asn_desktop.sync.keys import (
    KeyPair,
    KeysMissing,
    has_keys,
    load_keys,
    write_keys,
)
from asn_desktop.sync.scope import raw
from asn_desktop.teks import _

BEFORE_RESTORE = "sebelum-pulih"
SANDI_MIN = 10


class PassphraseNeeded(ValidationError):
    """The restore must put keys back, and no passphrase was given."""


def check_sandi(sandi: str) -> str:
    if len(sandi) < SANDI_MIN:
        raise ValidationError(_("Kata sandi cadangan minimal {n} karakter.").format(
            n=SANDI_MIN), "sandi")
    return sandi


def _keys_here_match(paths: Paths, sealed: kunci_cadangan.Sealed) -> bool:
    if not has_keys(paths.keys):
        return False
    try:
        pair = load_keys(paths.keys)
    except AsnError:
        return False  # a half or damaged pair: the backup's keys replace it
    # the keys here are the backup's, or replaced them by rotation since (the backup is older
    # than the keys: putting the old keys back would cut this installation off its peers)
    return ((pair.sign_public, pair.box_public) == (sealed.sign_pub, sealed.box_pub)
            or sealed.sign_pub in pair.retired_sign)


def needs_passphrase(paths: Paths, source: Path | str) -> bool:
    """Whether restoring ``source`` must put keys back (so asks for the backup's passphrase):
    the data folder has no keys, or not the backup's."""
    source = Path(source)
    if not source.is_file():
        raise NotFoundError(_("Berkas cadangan {path} tidak ditemukan.").format(path=source))
    check_backup_file(source)
    sealed = kunci_cadangan.read_sealed(source)
    return sealed is not None and (not _keys_here_match(paths, sealed)
                                   or _pdf_keys_missing(paths, source))


def _pdf_keys_missing(paths: Paths, source: Path) -> bool:
    """The backup seals PDF-signing keys and this folder has lost its own (kunci/pdf)."""
    from asn_desktop.sync import pki

    d = pki.folder(paths.keys)
    if not kunci_cadangan.has_pdf_sealed(source):
        return False
    central = kunci_cadangan.backup_role(source) == "central"
    return not (d / pki.TTD_KEY).exists() or (central and not (d / pki.CA_KEY).exists())


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int

    @property
    def ringkasan(self) -> str:
        return _("Cadangan ditulis: {path} ({ukuran} MB).").format(
            path=self.path, ukuran=f"{self.size / 1_048_576:.1f}")


def backup(ws: Workspace, out: Path | str, sandi: str) -> BackupResult:
    """A consistent copy of the data (while it is in use: the data file, or a dump of the
    central's PostgreSQL database) with this installation's keys sealed under ``sandi``,
    written atomically."""
    check_sandi(sandi)
    pair = load_keys(ws.paths.keys)
    out = Path(out)
    if out.is_dir() or not out.suffix:
        out.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        out = out / f"kinerja-cadangan-{stamp}.sqlite"
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    tmp.unlink(missing_ok=True)
    try:
        if ws.db.url is not None:
            _dump_into(ws.db.url, tmp, cadangan_pg.Installation(ws.info.node_id, ws.info.nama,
                                                                ws.info.role), pair)
        else:
            ws.db.backup_to(tmp)
        kunci_cadangan.seal_into(tmp, ws.info.node_id, pair, sandi)
        kunci_cadangan.seal_pdf_into(tmp, ws.paths.keys, sandi)
        check_backup_file(tmp)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return BackupResult(out, out.stat().st_size)


@dataclass(frozen=True)
class RestoreResult:
    path: Path
    nama: str
    perubahan_terakhir: int
    sebelumnya: Path | None  # the data file as it was, kept in cadangan/
    kunci_dipulihkan: bool = False  # the keys were put back into kunci/ from the backup

    @property
    def ringkasan(self) -> str:
        kept = (" " + _("Data sebelumnya disimpan di {path}.").format(path=self.sebelumnya)
                if self.sebelumnya else "")
        if self.kunci_dipulihkan:
            kept += " " + _("Kunci instalasi dipulihkan dari cadangan.")
        return _("Ruang kerja '{nama}' dipulihkan dari {path} (perubahan terakhir "
                 "#{perubahan}).{disimpan} Pada pertukaran paket berikutnya, instalasi lain "
                 "mengirim ulang apa yang hilang dan menerima kembali apa yang belum mereka "
                 "miliki.").format(nama=self.nama, path=self.path,
                                   perubahan=self.perubahan_terakhir, disimpan=kept)


def _open_ro(path: Path, *, live: bool = False) -> sqlite3.Connection:
    """Read-only, leaving no -wal/-shm beside a backup (``immutable``); the live data file
    is read through its log."""
    try:
        return sqlite3.connect(read_only_uri(path, immutable=not live), uri=True)
    except sqlite3.Error as exc:
        raise ValidationError(_("Berkas {nama} tidak dapat dibuka.").format(nama=path.name),
                              "file") from exc


def _installation_of(path: Path, *, live: bool = False) -> tuple[str, str]:
    """(node id, name) of the installation a data file belongs to; refuses anything else."""
    conn = _open_ro(path, live=live)
    try:
        row = conn.execute("SELECT node_id, nama FROM installation LIMIT 1").fetchone()
    except sqlite3.DatabaseError as exc:
        raise ValidationError(_("Berkas {nama} bukan cadangan data Kinerja ASN.").format(
            nama=path.name), "file") from exc
    finally:
        conn.close()
    if row is None:
        raise ValidationError(_("Berkas {nama} tidak berisi ruang kerja.").format(
            nama=path.name), "file")
    return str(row[0]), str(row[1])


def check_backup_file(path: Path) -> None:
    """A backup file SQLite can read whole; anything else is refused."""
    conn = _open_ro(path)
    try:
        ok = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise ValidationError(_("Berkas {nama} bukan berkas data Kinerja ASN, atau "
                                "rusak.").format(nama=path.name), "file") from exc
    finally:
        conn.close()
    if ok != "ok":
        raise ValidationError(_("Berkas {nama} rusak ({hasil}).").format(nama=path.name,
                                                                          hasil=ok), "file")


def _dump_into(url: str, out: Path, inst: cadangan_pg.Installation, signer: KeyPair) -> None:
    with tempfile.TemporaryDirectory(prefix="asn-cadangan-", ignore_cleanup_errors=True) as folder:
        dump = pg_engine.dump(url, Path(folder) / "basis-data.dump")
        cadangan_pg.write_envelope(dump, out, inst, signer)


def _same_installation(source: Path, node: str, nama: str, here: str, here_nama: str) -> None:
    if here == node:
        return
    if nama != here_nama:
        raise AsnError(_("Cadangan {berkas} milik instalasi lain ('{nama}'), bukan "
                         "'{di_sini}'; tidak dipulihkan.").format(
                             berkas=source.name, nama=nama, di_sini=here_nama))
    raise AsnError(_("Cadangan {berkas} milik instalasi lain ('{nama}' dengan kode "
                     "instalasi {kode}, bukan {kode_sini} di sini); tidak "
                     "dipulihkan.").format(berkas=source.name, nama=nama,
                                           kode=node[:8], kode_sini=here[:8]))


def _keys_to_put_back(paths: Paths, source: Path, node: str,
                      sandi: str | None) -> tuple[KeyPair | None, dict[str, bytes]]:
    """The keys a restore must write (the backup's, when the folder lacks them), opened
    before anything changes."""
    sealed = kunci_cadangan.read_sealed(source)
    if sealed is None:
        if not has_keys(paths.keys):
            raise KeysMissing(
                _("Cadangan {berkas} dibuat sebelum kunci ikut dicadangkan, dan folder data "
                  "tidak memiliki kunci ({folder}); tidak dipulihkan. Salin kembali folder "
                  "kunci/ dari komputer lama, atau hubungi BKPSDM.").format(
                      berkas=source.name, folder=paths.keys))
        return None, {}
    if not _keys_here_match(paths, sealed):
        if sealed.node != node:
            raise ValidationError(_("Kunci dalam cadangan {berkas} rusak.").format(
                berkas=source.name), "file")
        if not sandi:
            raise PassphraseNeeded(_("Memulihkan kunci dari cadangan {berkas} memerlukan "
                                     "kata sandi cadangannya.").format(berkas=source.name),
                                   "sandi")
        return (kunci_cadangan.open_sealed(sealed, sandi, source),
                kunci_cadangan.open_pdf_sealed(source, sandi))
    if _pdf_keys_missing(paths, source):
        if not sandi:
            raise PassphraseNeeded(_("Memulihkan kunci tanda tangan PDF dari cadangan {berkas} "
                                     "memerlukan kata sandi cadangannya.").format(
                                         berkas=source.name), "sandi")
        present = kunci_cadangan.pdf_files_here(paths.keys)
        # only what was lost; nothing here is overwritten
        return None, {k: v for k, v in kunci_cadangan.open_pdf_sealed(source, sandi).items()
                      if k not in present}
    return None, {}


def restore(paths: Paths, source: Path | str, sandi: str | None = None, *,
            database: str | None = None) -> RestoreResult:
    """Put a backup of this installation back in place (the app must be closed elsewhere).
    The data as it was is kept in ``cadangan/`` first. When the data folder has no keys,
    or not the backup's, the keys sealed in the backup are put back, opened with ``sandi``;
    every check (and the passphrase) passes before anything changes.

    A central on a PostgreSQL server is put back into its database; ``database`` names the
    server's database for a data folder that holds no workspace yet (a new PC or server)."""
    url = database_url(paths)
    if database is not None:
        database = check_database_url(database)
        if url is not None and url != database:
            raise AsnError(_("Folder data {folder} sudah memakai basis data {url}.").format(
                folder=paths.data_dir, url=url))
        if paths.database.exists():
            raise AsnError(_("Folder data {folder} sudah berisi berkas data SQLite; pilih "
                             "folder data yang kosong.").format(folder=paths.data_dir))
    source = Path(source)
    if not source.is_file():
        raise NotFoundError(_("Berkas cadangan {path} tidak ditemukan.").format(path=source))
    check_backup_file(source)
    if url is not None or database is not None:
        return _restore_pg(paths, source, sandi, url or str(database), bind=url is None)
    if cadangan_pg.is_envelope(source):
        raise AsnError(_("Cadangan {berkas} berasal dari pusat yang memakai server PostgreSQL: "
                         "pulihkan di folder data pusat itu, atau di folder data kosong dengan "
                         "--database ALAMAT; tidak ada yang diubah.").format(berkas=source.name))
    node, nama = _installation_of(source)
    if paths.database.exists():
        here, here_nama = _installation_of(paths.database, live=True)
        _same_installation(source, node, nama, here, here_nama)
    pair, pdf_files = _keys_to_put_back(paths, source, node, sandi)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    before: Path | None = None
    if paths.database.exists():
        paths.backups.mkdir(parents=True, exist_ok=True)
        before = paths.backups / f"{paths.database.stem}-{stamp}-{BEFORE_RESTORE}.sqlite"
        copy_sqlite(paths.database, before)
    paths.ensure()
    tmp = paths.database.with_name(paths.database.name + ".pulih")
    tmp.unlink(missing_ok=True)
    try:
        copy_sqlite(source, tmp)
        kunci_cadangan.drop_sealed(tmp)
        for suffix in ("-wal", "-shm"):  # a stale log would be replayed over the restored file
            Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
        os.replace(tmp, paths.database)
    finally:
        tmp.unlink(missing_ok=True)
    return _finish(paths, source, before, pair, pdf_files, stamp)


def _restore_pg(paths: Paths, source: Path, sandi: str | None, url: str, *,
                bind: bool) -> RestoreResult:
    """The PostgreSQL side of ``restore``: the dump goes back in one transaction, after a
    dump of what the database holds now (itself a backup ``restore`` can put back)."""
    if not cadangan_pg.is_envelope(source):
        raise AsnError(_("Berkas {berkas} adalah cadangan berkas SQLite, bukan cadangan pusat "
                         "pada server PostgreSQL; tidak ada yang diubah.").format(
                             berkas=source.name))
    inst = cadangan_pg.envelope_installation(source)
    here = cadangan_pg.live_installation(url)
    if here is not None:
        _same_installation(source, inst.node, inst.nama, here.node, here.nama)
    pair, pdf_files = _keys_to_put_back(paths, source, inst.node, sandi)
    trusted = pair or load_keys(paths.keys)  # the keys the folder holds after the restore
    with tempfile.TemporaryDirectory(prefix="asn-pulih-", ignore_cleanup_errors=True) as folder:
        dump = Path(folder) / "basis-data.dump"
        cadangan_pg.extract_dump(source, dump, inst.node, trusted)
        held = cadangan_pg.dump_installation(dump, source)
        if (held.node, held.role) != (inst.node, inst.role):
            raise ValidationError(_("Berkas cadangan {nama} rusak atau tidak lengkap.").format(
                nama=source.name), "file")
        revision = cadangan_pg.dump_revision(dump, source)
        if revision not in known_revisions():
            raise SchemaTooNewError(_("Cadangan {berkas} dibuat oleh versi aplikasi yang lebih "
                                      "baru (skema {skema}). Perbarui aplikasi; tidak ada yang "
                                      "diubah.").format(berkas=source.name, skema=revision))
        if revision != head_revision():
            # the dump puts its own schema back; a newer one's extra tables would stay behind
            raise AsnError(_("Cadangan {berkas} berskema lama ({skema}); pulihkan dengan versi "
                             "aplikasi yang membuatnya, lalu perbarui aplikasi. Tidak ada yang "
                             "diubah.").format(berkas=source.name, skema=revision))
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        paths.ensure()
        before: Path | None = None
        if here is not None:
            before = (paths.backups
                      / f"{pg_engine.database_name(url)}-{stamp}-{BEFORE_RESTORE}.sqlite")
            _dump_into(url, before, here, trusted)
        cadangan_pg.restore_dump(url, dump)
    if bind:
        paths.database_url.write_text(url + "\n", encoding="utf-8")
    return _finish(paths, source, before, pair, pdf_files, stamp)


def _finish(paths: Paths, source: Path, before: Path | None, pair: KeyPair | None,
            pdf_files: dict[str, bytes], stamp: str) -> RestoreResult:
    """Keys back in place, then a new incarnation (sync/lineage.py)."""
    if pair is not None:
        if has_keys(paths.keys):  # another pair: kept aside, never lost
            paths.backups.mkdir(parents=True, exist_ok=True)
            os.replace(paths.keys, paths.backups / f"kunci-{stamp}-{BEFORE_RESTORE}")
        write_keys(paths.keys, pair)
    if pdf_files:
        kunci_cadangan.write_pdf_files(paths.keys, pdf_files)
    ws = open_workspace(paths, restored=True)  # migrates an older backup first
    try:
        with ws.session() as s:
            d = raw(s)
            seq = lineage.max_seq(d)
            hlc = int(d.execute("SELECT COALESCE(MAX(hlc), 0) FROM change_log").fetchone()[0])
            lineage.begin(d, seq, hlc, ws.db.context.clock.now())
        return RestoreResult(source, ws.info.nama, seq, before, pair is not None)
    finally:
        ws.close()
