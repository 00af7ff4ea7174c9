"""Ajukan semua / Setujui semua: one step for every listed employee's document that is ready
for it, confirmed first, with the ones that could not move named afterwards."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMenu, QWidget

from asn_desktop.services.langkah_massal import HasilMassal
from asn_desktop.services.status_kerja import StatusKerja
from asn_desktop.services.workflow import TRANSISI, Langkah
from asn_desktop.ui import messages
from asn_desktop.ui.context import AppContext
from asn_desktop.ui.ops import Op
from asn_desktop.ui.widgets.common import MenuButton, named
from asn_desktop.ui.widgets.pegawai_list import PegawaiList

BATAS_NAMA = 8


class MassalButton(MenuButton):
    """``run(doc_ids, step)`` makes the operation; ``dokumen`` names the document kind."""

    def __init__(self, ctx: AppContext, page: QWidget, people: PegawaiList, dokumen: str,
                 run: Callable[[list[str], Langkah], Op[HasilMassal]]) -> None:
        super().__init__()
        named(self, "tindakan_massal")
        self.ctx, self.page, self.people, self.dokumen, self._run = ctx, page, people, dokumen, run
        self.setText(self.tr("Tindakan massal"))
        menu = QMenu(self)
        self.act_ajukan = menu.addAction(self.tr("Ajukan semua yang berstatus konsep…"))
        self.act_ajukan.triggered.connect(lambda: self.jalankan(Langkah.AJUKAN))
        self.act_setujui = menu.addAction(self.tr("Setujui semua yang diajukan…"))
        self.act_setujui.triggered.connect(lambda: self.jalankan(Langkah.SETUJUI))
        self.setMenu(menu)
        self.setToolTip(self.tr("Untuk semua pegawai yang cocok dengan pencarian dan saringan "
                                "daftar di sebelah kiri."))

    def jalankan(self, step: Langkah) -> None:
        dirty = getattr(self.page, "is_dirty", lambda: False)()
        if dirty:
            messages.info(self, self.tr("Simpan atau batalkan perubahan yang sedang dibuka "
                                        "terlebih dahulu."))
            return
        status = StatusKerja(TRANSISI[step].dari.value)  # the workflow table says where from
        docs = self.people.dokumen_di_daftar(status)
        if step is Langkah.AJUKAN:
            question = self.tr("Ajukan {0} {1} berstatus konsep dari daftar ini?")
            none = self.tr("Tidak ada {0} berstatus konsep pada daftar ini.")
        else:
            question = self.tr("Setujui {0} {1} yang diajukan dari daftar ini? Dokumen yang "
                               "disetujui terkunci.")
            none = self.tr("Tidak ada {0} yang diajukan pada daftar ini.")
        if not docs:
            messages.info(self, none.format(self.dokumen))
            return
        names = "\n".join(n for _d, n in docs[:BATAS_NAMA])
        if len(docs) > BATAS_NAMA:
            names += "\n" + self.tr("… dan {0} lainnya").format(len(docs) - BATAS_NAMA)
        if not messages.confirm(self, question.format(len(docs), self.dokumen), details=names):
            return
        by_id = dict(docs)
        self._run([d for d, _n in docs], step).success(
            lambda hasil: self._report(hasil, step, by_id)).run(self.ctx, self)

    def _report(self, hasil: HasilMassal, step: Langkah, names: dict[str, str]) -> None:
        done = self.tr("diajukan") if step is Langkah.AJUKAN else self.tr("disetujui")
        text = self.tr("{0} {1} {2}.").format(len(hasil.berhasil), self.dokumen, done)
        if not hasil.gagal:
            messages.info(self, text)
            return
        text += " " + self.tr("{0} belum dapat {1}; rinciannya di bawah.").format(
            len(hasil.gagal), done)
        details = "\n".join(f"{names.get(d, d)}: {why}" for d, why in hasil.gagal)
        messages.warning(self, text, details=details)
