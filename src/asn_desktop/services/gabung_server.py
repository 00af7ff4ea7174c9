"""One more staff PC for a central kept on a PostgreSQL server: its empty data folder is bound
to the server's database and given the central's keys from one of the central's backups (sealed
there under the backup's passphrase), so nobody carries the private keys around in clear.
Nothing on the server changes.

The backup must be one made after the central's last key rotation (a rotation says so): its
PDF-signing key must be the one of the central's newest certificate on the server, which an
older backup's (or a forged one's) is not. The app must be the same version as the server's
schema: joining never upgrades the server the other staff PCs share.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from asn_desktop.db.revisi import head_revision
from asn_desktop.errors import AsnError, NotFoundError, ValidationError
from asn_desktop.paths import Paths
from asn_desktop.services import cadangan, cadangan_pg, kunci_cadangan
from asn_desktop.services.workspace import check_database_url, open_workspace
from asn_desktop.sync import pki
from asn_desktop.sync.keys import has_keys, write_keys
from asn_desktop.teks import _


@dataclass(frozen=True)
class JoinResult:
    url: str
    nama: str
    folder: Path

    @property
    def ringkasan(self) -> str:
        return _("Komputer ini tersambung ke pusat '{nama}' di {url}; kunci pusat dipasang di "
                 "folder data {folder}. Semua perintah dan aplikasi pada folder data ini "
                 "memakai server itu.").format(nama=self.nama, url=self.url, folder=self.folder)


def join_server(paths: Paths, url: str, source: Path | str, sandi: str) -> JoinResult:
    """Bind the empty data folder ``paths`` to the central at ``url``, with the keys sealed in
    the central's backup ``source``; every check (the passphrase included) passes before
    anything is written, and a folder that then cannot open the server is left empty again."""
    url = check_database_url(url)
    if paths.database_url.exists() or paths.database.exists() or has_keys(paths.keys):
        raise AsnError(_("Folder data {folder} sudah berisi ruang kerja; sambungkan ke server "
                         "dari folder data yang kosong.").format(folder=paths.data_dir))
    source = Path(source)
    if not source.is_file():
        raise NotFoundError(_("Berkas cadangan {path} tidak ditemukan.").format(path=source))
    cadangan.check_backup_file(source)
    here = cadangan_pg.live_installation(url)
    if here is None or here.role != "central":
        raise AsnError(_("Basis data {url} belum berisi data pusat. Siapkan pusat dulu "
                         "(init --role central --database, pindah-server, atau restore "
                         "--database).").format(url=url))
    sealed = kunci_cadangan.read_sealed(source)
    if sealed is None:
        raise ValidationError(_("Cadangan {berkas} tidak memuat kunci pusat; buat cadangan "
                                "baru di komputer pusat.").format(berkas=source.name), "file")
    if sealed.node != here.node:
        raise AsnError(_("Cadangan {berkas} milik instalasi lain, bukan pusat '{nama}' di "
                         "server itu; tidak ada yang diubah.").format(
                             berkas=source.name, nama=here.nama))
    if not sandi:
        raise cadangan.PassphraseNeeded(_("Memasang kunci pusat dari cadangan {berkas} "
                                          "memerlukan kata sandi cadangannya.").format(
                                              berkas=source.name), "sandi")
    pair = kunci_cadangan.open_sealed(sealed, sandi, source)
    pdf_files = kunci_cadangan.open_pdf_sealed(source, sandi)
    live = cadangan_pg.live_central(url, here.node)
    if live.revision != head_revision():
        # opening would upgrade the server every staff PC shares (or refuse a newer one)
        raise AsnError(_("Server memakai skema {server}, aplikasi di komputer ini skema "
                         "{aplikasi}; pasang versi aplikasi yang sama dengan komputer pusat "
                         "lain dulu. Tidak ada yang diubah.").format(
                             server=live.revision or "-", aplikasi=head_revision()))
    if live.certificates and not pki.key_fits(pdf_files.get(pki.TTD_KEY, b""),
                                              live.certificates[0]):
        raise AsnError(_("Kunci dalam cadangan {berkas} bukan kunci pusat yang berlaku (cadangan "
                         "dari sebelum penggantian kunci terakhir?); buat cadangan baru di "
                         "komputer pusat. Tidak ada yang diubah.").format(berkas=source.name))
    before = set(paths.data_dir.iterdir()) if paths.data_dir.is_dir() else None
    try:
        paths.ensure()
        write_keys(paths.keys, pair)
        if pdf_files:
            kunci_cadangan.write_pdf_files(paths.keys, pdf_files)
        paths.database_url.write_text(url + "\n", encoding="utf-8")
        open_workspace(paths).close()  # the folder opens the server's central
    except BaseException:
        _undo(paths.data_dir, before)
        raise
    return JoinResult(url, here.nama, paths.data_dir)


def _undo(folder: Path, before: set[Path] | None) -> None:
    """Everything the join made in ``folder`` removed again (the folder too, if it made it)."""
    if before is None:
        shutil.rmtree(folder, ignore_errors=True)
        return
    for entry in set(folder.iterdir()) - before:
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
