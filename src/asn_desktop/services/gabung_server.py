"""One more staff PC for a central kept on a PostgreSQL server: its empty data folder is bound
to the server's database and given the central's keys from one of the central's backups (sealed
there under the backup's passphrase), so nobody carries the private keys around in clear.
Nothing on the server changes.

The backup must be one made after the central's last key rotation (a rotation says so): an
older one holds keys the units no longer take.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from asn_desktop.errors import AsnError, NotFoundError, ValidationError
from asn_desktop.paths import Paths
from asn_desktop.services import cadangan, cadangan_pg, kunci_cadangan
from asn_desktop.services.workspace import check_database_url, open_workspace
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
    paths.ensure()
    try:
        write_keys(paths.keys, pair)
        if pdf_files:
            kunci_cadangan.write_pdf_files(paths.keys, pdf_files)
        paths.database_url.write_text(url + "\n", encoding="utf-8")
        open_workspace(paths).close()  # the folder opens the server's central
    except BaseException:
        paths.database_url.unlink(missing_ok=True)
        shutil.rmtree(paths.keys, ignore_errors=True)
        raise
    return JoinResult(url, here.nama, paths.data_dir)
