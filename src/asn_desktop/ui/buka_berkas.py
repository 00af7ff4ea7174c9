"""A file opened from outside the application: a double-click in the file manager or Explorer
runs ``asn-desktop FILE`` (installer/linux/asn-desktop.desktop, installer/asn-desktop.iss).

- a sync package (.asnpkg): the Sinkronisasi page with the package ready to be received; it is
  imported only when the person chooses "Terima paket ini". On a computer not set up yet, once
  the first-start wizard has made the workspace.
- a setup file (.asnsetup): the first-start wizard's unit page with the file filled in (as
  ``init --from FILE``); the person types the registration code. On a computer already set up
  the file has no use: said so.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from asn_desktop.sync.container import EXT_PACKAGE, EXT_SETUP
from asn_desktop.ui import messages

PAKET, PENYIAPAN = "paket", "penyiapan"


def jenis(path: Path | str) -> str | None:
    """PAKET, PENYIAPAN or None, from the file's extension (any case: FAT flash drives)."""
    suffix = Path(path).suffix.lower()
    return {EXT_PACKAGE: PAKET, EXT_SETUP: PENYIAPAN}.get(suffix)


def siapkan_paket(window: object, path: Path) -> None:
    """The main window on Sinkronisasi, with ``path`` ready to be received."""
    from asn_desktop.ui.main_window import MainWindow
    from asn_desktop.ui.pages.sinkronisasi import SinkronisasiPage

    assert isinstance(window, MainWindow)
    window.go("sinkronisasi")
    page = window.page("sinkronisasi")
    assert isinstance(page, SinkronisasiPage)
    page.siapkan_paket(path)


def buka(path: Path | str, holder: Mapping[str, object]) -> None:
    """Route ``path`` to what run_gui opened: ``holder["window"]`` (the main window) or
    ``holder["wizard"]`` (the first-start wizard; its main window is put in ``holder["window"]``
    when the workspace is ready, before the wizard's later listeners run)."""
    from asn_desktop.ui.dialogs.wizard import FirstStartWizard

    path = Path(path).absolute()
    kind = jenis(path)
    window = holder.get("window")
    wizard = holder.get("wizard")
    if kind == PAKET:
        if window is not None:
            siapkan_paket(window, path)
        elif isinstance(wizard, FirstStartWizard):
            messages.info(wizard, QCoreApplication.translate(
                "buka_berkas", "Komputer ini belum disiapkan. Selesaikan persiapan awal dulu; "
                "sesudahnya paket {0} siap diterima di halaman Sinkronisasi.").format(path.name))

            def ready(_ws: object) -> None:
                new = holder.get("window")
                if new is not None:
                    siapkan_paket(new, path)

            wizard.workspace_ready.connect(ready)
    elif kind == PENYIAPAN:
        if isinstance(wizard, FirstStartWizard) and window is None:
            wizard.pakai_berkas_penyiapan(path)
        elif window is not None:
            from asn_desktop.services import ruang_latihan
            from asn_desktop.services.workspace import is_initialised
            from asn_desktop.ui.main_window import MainWindow

            assert isinstance(window, MainWindow)
            real = ruang_latihan.data_sungguhan(window.ctx.ws.paths)
            if window.latihan and not is_initialised(real):
                messages.info(window, QCoreApplication.translate(
                    "buka_berkas", "Yang terbuka sekarang ruang latihan, dan data sungguhan "
                    "komputer ini belum disiapkan. Pilih \"Kembali ke data sungguhan\" di menu "
                    "Berkas, lalu pilih paket penyiapan {0} pada persiapan awal.")
                    .format(path.name))
                return
            messages.info(window, QCoreApplication.translate(
                "buka_berkas", "Komputer ini sudah disiapkan, jadi paket penyiapan {0} tidak "
                "dipakai. Paket penyiapan hanya dibuka pada komputer unit yang baru, saat "
                "persiapan awal.").format(path.name))
