"""SKP: choose employee and year, write the plan (RHK, cascade, indicators, perilaku, lampiran),
and move it through draft → diajukan → disetujui; "Buka kembali" is the only way back.

The editor's widgets are in skp_editor.py (their names are importable from here)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.dokumen import Status
from asn_desktop.domain.jabatan import (
    FormVariant,
    JenisRhk,
    Pendekatan,
)
from asn_desktop.errors import ValidationError
from asn_desktop.services import identitas as ident
from asn_desktop.services import skp as svc
from asn_desktop.services.pegawai import PegawaiRow
from asn_desktop.services.status_kerja import JenisKerja
from asn_desktop.services.workflow import Langkah
from asn_desktop.ui import context as c
from asn_desktop.ui import messages
from asn_desktop.ui.i18n import label
from asn_desktop.ui.ops import Op
from asn_desktop.ui.ops import skp as ops
from asn_desktop.ui.pages.base import Page
from asn_desktop.ui.pages.skp_editor import ID_ROLE as ID_ROLE
from asn_desktop.ui.pages.skp_editor import KIND_ROLE as KIND_ROLE
from asn_desktop.ui.pages.skp_editor import STATUS_COLORS as STATUS_COLORS
from asn_desktop.ui.pages.skp_editor import CreatePanel as CreatePanel
from asn_desktop.ui.pages.skp_editor import HasilKerjaTab as HasilKerjaTab
from asn_desktop.ui.pages.skp_editor import SkpEditor as SkpEditor
from asn_desktop.ui.pages.skp_editor import status_chip as status_chip
from asn_desktop.ui.widgets.common import heading, hint, named
from asn_desktop.ui.widgets.massal import MassalButton
from asn_desktop.ui.widgets.pegawai_list import PegawaiList, TampilkanStatus, tombol_langkah


class SkpPage(Page):
    key = "skp"

    def __init__(self, ctx: c.AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.watch(c.SKP, c.PEGAWAI, c.SYNC)
        self.view: svc.SkpView | None = None
        self.pegawai: PegawaiRow | None = None
        self.options: list[svc.CascadeOption] = []
        self.atasan_has_skp = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Sasaran Kinerja Pegawai"), 15))
        top.addStretch(1)
        self._top = top
        top.addWidget(QLabel(self.tr("Tahun:")))
        self.tahun = named(QSpinBox(), "tahun")
        self.tahun.setRange(2020, 2100)
        self.tahun.setValue(date.today().year)
        self.tahun.valueChanged.connect(self._tahun_changed)
        top.addWidget(self.tahun)
        lay.addLayout(top)
        split = QSplitter()
        self.list = PegawaiList(ctx, compact=True, kerja=JenisKerja.SKP)
        self.list.set_kerja(self.tahun.value())
        self.massal = MassalButton(ctx, self, self.list, self.tr("SKP"), ops.langkah_banyak)
        self._top.insertWidget(2, tombol_langkah(self.list))
        self._top.insertWidget(3, self.massal)
        self.list.selected.connect(self._pegawai_selected)
        split.addWidget(self.list)
        self.stack = QStackedWidget()
        self.empty = hint(self.tr("Pilih pegawai di sebelah kiri untuk membuka SKP-nya."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.create_panel = CreatePanel(self)
        self.editor = SkpEditor(self)
        # on a short screen the editor scrolls instead of making the window taller than it
        self.editor_area = QScrollArea()
        self.editor_area.setWidgetResizable(True)
        self.editor_area.setFrameShape(QFrame.Shape.NoFrame)
        self.editor_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.editor_area.setWidget(self.editor)
        for w in (self.empty, self.create_panel, self.editor_area):
            self.stack.addWidget(w)
        split.addWidget(self.stack)
        split.setSizes([self.list.preferred_width(), 900])
        split.setStretchFactor(1, 1)
        lay.addWidget(split, 1)
        self.editor.connect_to(self)

    def title(self) -> str:
        return self.tr("SKP")

    # -- loading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        super().refresh()
        current = self.list.current()
        self.list.reload()
        if current is None or not self.list.select_id(current.id):
            self.list.select_first()
        self._load()

    def _tahun_changed(self, tahun: int) -> None:
        self.list.set_kerja(tahun)
        self._load()

    def activate(self, arg: Any = None) -> None:
        super().activate(arg)
        if isinstance(arg, str):
            self.list.show_id(arg)
        elif isinstance(arg, TampilkanStatus):  # from a Beranda card: this year's list
            self.tahun.setValue(date.today().year)
            self.list.show_status(arg.status)

    def _pegawai_selected(self, row: PegawaiRow | None) -> None:
        if row is not None and self.pegawai is not None and row.id == self.pegawai.id:
            return
        before = self.pegawai
        if not self.may_leave(self.tr("SKP {0}").format(before.nama if before else ""),
                              self.list, before.id if before else None):
            return
        self.pegawai = row
        self._load()

    def _load(self, keep: tuple[str, str] | None = None) -> None:
        row = self.pegawai
        if row is None:
            self.stack.setCurrentWidget(self.empty)
            self.view = None
            return
        tahun = self.tahun.value()

        def read(s):  # type: ignore[no-untyped-def]
            found = svc.skp_for(s, row.id, tahun)
            if found is None:
                return None, [], (None, None), None
            view = svc.get_skp(s, found.id)
            return (view, svc.cascade_options(s, found.id), svc.cascade_source(s, found.id),
                    svc.masalah_pengajuan(s, found.id))

        view, options, (_penilai, atasan_skp), problems = self.ctx.read(read)
        self.view = view
        if view is None:
            self.stack.setCurrentWidget(self.create_panel)
            self.create_panel.show_for(row, tahun, self._variant_text(row))
            return
        self.options = options
        self.atasan_has_skp = atasan_skp is not None
        self.stack.setCurrentWidget(self.editor_area)
        self._show(view, problems, keep)

    def _variant_text(self, row: PegawaiRow) -> str:
        # one rule (services.identitas): a unit head of a unit kerja mandiri uses JPT too
        if self.ctx.read(lambda s: ident.form_variant_of(s, row.id)) is FormVariant.JPT:
            return self.tr("Format SKP JPT: RHK dengan perspektif, tanpa kolom RHK pimpinan "
                           "yang diintervensi.")
        return self.tr("Format SKP JA/JF: setiap RHK dihubungkan ke RHK pimpinan yang "
                       "diintervensi.")

    def _show(self, v: svc.SkpView, problems: list[str],
              keep: tuple[str, str] | None = None) -> None:
        e = self.editor
        locked = v.terkunci
        p = v.identitas.pegawai
        penilai = v.identitas.penilai
        variant = (self.tr("Format JPT") if v.form.variant is FormVariant.JPT
                   else self.tr("Format JA/JF"))
        pendekatan = label("Kuantitatif" if v.pendekatan == Pendekatan.KUANTITATIF.value
                           else "Kualitatif")
        e.who.setText(
            f"<b style='font-size:12pt'>{escape(p.nama)}</b> &nbsp; "
            f"{status_chip(v.status, label(v.status_label))}<br>"
            f"{escape(p.jabatan)} · {escape(p.unit_kerja)}<br>"
            + self.tr("SKP {0} · {1} · pendekatan {2}").format(
                v.tahun, variant, pendekatan.lower())
        )
        e.lock_banner.setVisible(locked)
        e.problems.setVisible(bool(problems) and not locked)
        if problems:
            e.problems.setText(self.tr("Belum dapat diajukan:") + "<br>" +
                               "<br>".join(f"• {x}" for x in problems[:6]))
        e.workflow.show_for(v.status)
        draft = v.status == Status.DRAFT
        e.btn_hapus.setVisible(draft)
        e.pendekatan.setCurrentIndex(max(e.pendekatan.findData(v.pendekatan), 0))
        e.pendekatan.setEnabled(draft)
        e.pendekatan.setToolTip("" if draft else self.tr(
            "Pendekatan hanya dapat diubah selama SKP berstatus konsep."))
        lo, hi = QDate(v.tahun, 1, 1), QDate(v.tahun, 12, 31)
        for d, value in ((e.periode_mulai, v.periode_mulai),
                         (e.periode_selesai, v.periode_selesai)):
            d.setDateRange(lo, hi)
            d.setDate(QDate(value.year, value.month, value.day))
            d.setEnabled(not locked)
        e.btn_periode.setEnabled(not locked)
        e.penilai.setText(self._signer_text(
            penilai, v.penilai_id is not None, self.tr("— (belum dapat ditentukan)"),
            self.tr("{0} — {1} (bawaan)")))
        e.penilai.setToolTip(self.tr("Bawaan: atasan langsung pegawai."))
        e.btn_penilai.setEnabled(not locked)
        e.btn_penilai_bawaan.setEnabled(not locked and v.penilai_id is not None)
        e.atasan_penilai.setText(self._signer_text(
            v.identitas.atasan_penilai, v.atasan_penilai_id is not None,
            self.tr("— (tidak ada)"), self.tr("{0} — {1} (bawaan)")))
        e.atasan_penilai.setToolTip(self.tr("Bawaan: atasan langsung pejabat penilai."))
        e.btn_atasan_penilai.setEnabled(not locked and penilai is not None)
        e.btn_atasan_bawaan.setEnabled(not locked and v.atasan_penilai_id is not None)
        h = e.hasil
        for b in (h.add_utama, h.add_tambahan, h.add_ind, h.up, h.down, h.delete):
            b.setEnabled(not locked)
        self._fill_tree(v, keep)
        e.perilaku.load(v.perilaku, locked)
        e.lampiran.load(v.lampiran, locked)
        e.riwayat.load(v.riwayat)
        e.matriks.load(self.ctx.read(lambda s: svc.matriks_peran_hasil(s, v.pegawai_id,
                                                                        v.tahun)))

    def _fill_tree(self, v: svc.SkpView, keep: tuple[str, str] | None) -> None:
        tree = self.editor.hasil.tree
        tree.blockSignals(True)
        tree.clear()
        select: QTreeWidgetItem | None = None
        for jenis, rhks, title in ((JenisRhk.UTAMA, v.utama, self.tr("A. UTAMA")),
                                   (JenisRhk.TAMBAHAN, v.tambahan, self.tr("B. TAMBAHAN"))):
            group = QTreeWidgetItem(tree, [title])
            group.setData(0, KIND_ROLE, "group")
            group.setData(0, ID_ROLE, jenis.value)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            for r in rhks:
                item = QTreeWidgetItem(group, [f"{r.nomor}. {r.uraian}"])
                item.setData(0, KIND_ROLE, "rhk")
                item.setData(0, ID_ROLE, r.id)
                item.setToolTip(0, r.uraian)
                if keep == ("rhk", r.id):
                    select = item
                if v.form.has_rhk_pimpinan:
                    link = r.rhk_atasan_teks or self.tr("(RHK pimpinan belum dipilih)")
                    mark = self.tr(" (sementara)") if r.rhk_atasan_sementara else ""
                    cascade = QTreeWidgetItem(item, ["↳ " + link + mark])
                    cascade.setData(0, KIND_ROLE, "rhk")
                    cascade.setData(0, ID_ROLE, r.id)
                    cascade.setToolTip(0, self.tr("RHK pimpinan yang diintervensi: {0}")
                                       .format(link))
                    cascade.setForeground(0, Qt.GlobalColor.darkBlue if r.rhk_atasan_id
                                          else Qt.GlobalColor.darkYellow)
                    f = cascade.font(0)
                    f.setItalic(True)
                    cascade.setFont(0, f)
                for i in r.indikator:
                    aspek = f"[{label(i.aspek)}] " if i.aspek else ""
                    child = QTreeWidgetItem(item, [f"{aspek}{i.uraian}", i.target_teks])
                    child.setData(0, KIND_ROLE, "indikator")
                    child.setData(0, ID_ROLE, i.id)
                    child.setToolTip(0, i.uraian)
                    if keep == ("indikator", i.id):
                        select = child
        tree.expandAll()
        tree.blockSignals(False)
        if select is not None:
            tree.setCurrentItem(select)
        else:
            self.editor.hasil.forms.setCurrentWidget(self.editor.hasil.empty)

    # -- tree selection and forms ----------------------------------------------------------------

    def _tree_changed(self, current: QTreeWidgetItem | None,
                      previous: QTreeWidgetItem | None) -> None:
        h = self.editor.hasil
        if previous is not None and (h.rhk_form.is_dirty() or h.ind_form.is_dirty()):
            answer = messages.ask_unsaved(self)
            if answer == "cancel":
                h.tree.blockSignals(True)
                h.tree.setCurrentItem(previous)
                h.tree.blockSignals(False)
                return
            if answer == "save":
                self.save()
                return
        self._open_item(current)

    def _open_item(self, item: QTreeWidgetItem | None) -> None:
        self.editor.hasil.open_item(item, self.view, self.options, self.atasan_has_skp)

    def _selected_rhk(self) -> svc.RhkView | None:
        return self.editor.hasil.selected_rhk(self.view)

    def new_rhk(self, jenis: JenisRhk) -> None:
        v = self.view
        if v is None or v.terkunci:
            return
        h = self.editor.hasil
        h.tree.blockSignals(True)
        # PySide6's stubs omit None here; Qt takes nullptr to clear the current item.
        h.tree.setCurrentItem(None)  # type: ignore[call-overload]
        h.tree.blockSignals(False)
        h.rhk_form.load(v.form, None, jenis, self.options, self.atasan_has_skp, False)
        h.forms.setCurrentWidget(h.rhk_form)
        self.editor.tabs.setCurrentWidget(h)
        h.rhk_form.uraian.setFocus()

    def new_indikator(self) -> None:
        v = self.view
        rhk = self._selected_rhk()
        if v is None or v.terkunci:
            return
        if rhk is None:
            messages.info(self, self.tr("Pilih dahulu RHK yang akan diberi indikator."))
            return
        h = self.editor.hasil
        h.ind_form.load(v.form, rhk, None, False)
        h.forms.setCurrentWidget(h.ind_form)
        h.ind_form.uraian.setFocus()

    # -- saving ----------------------------------------------------------------------------------

    def _run(self, op: Op[Any], keep: tuple[str, str] | None = None,
             form: Any = None) -> None:

        def done(result: Any) -> None:
            if form is not None:
                form.mark_clean()
            k = keep
            if k is not None and k[1] == "":
                k = (k[0], str(result))
            self._load(k)

        def failed(exc: BaseException) -> None:
            if (form is not None and isinstance(exc, ValidationError)
                    and hasattr(form, "show_error") and form.show_error(exc.field, exc.message)):
                return
            messages.show_error(self, exc)

        op.success(done).failure(failed).run(self.ctx, self)

    def save_rhk(self) -> None:
        f = self.editor.hasil.rhk_form
        data, rhk_id = f.data(), f.rhk_id
        if rhk_id is None:
            if self.view is None:
                return
            self._run(ops.tambah_rhk(self.view.id, data), ("rhk", ""), f)
        else:
            self._run(ops.ubah_rhk(rhk_id, data), ("rhk", rhk_id), f)

    def save_indikator(self) -> None:
        f = self.editor.hasil.ind_form
        data, ind_id, rhk_id = f.data(), f.indikator_id, f.rhk_id
        if ind_id is None:
            if rhk_id is None:
                return
            self._run(ops.tambah_indikator(rhk_id, data), ("indikator", ""), f)
        else:
            self._run(ops.ubah_indikator(ind_id, data), ("indikator", ind_id), f)

    def save_perilaku(self) -> None:
        changed = self.editor.perilaku.changed()
        skp_id = self.view.id if self.view else None
        if not changed or skp_id is None:
            return
        self._run(ops.simpan_ekspektasi(skp_id, changed), None, self.editor.perilaku)

    def save_lampiran(self) -> None:
        data = self.editor.lampiran.data()
        skp_id = self.view.id if self.view else None
        if skp_id is None:
            return
        self._run(ops.simpan_lampiran(skp_id, data), None, self.editor.lampiran)

    def save_periode(self) -> None:
        if self.view is None:
            return
        mulai, selesai = self.editor.periode()
        self._run(ops.ubah_periode(self.view.id, mulai, selesai))

    def ubah_pendekatan(self) -> None:
        v = self.view
        e = self.editor
        if v is None:
            return
        baru = e.pendekatan.currentData()
        if baru == v.pendekatan:
            return
        if self.is_dirty():
            messages.warning(self, self.tr("Simpan dahulu perubahan yang sedang diisi."))
            e.pendekatan.setCurrentIndex(max(e.pendekatan.findData(v.pendekatan), 0))
            return
        if baru == Pendekatan.KUALITATIF.value:
            text = self.tr("Ubah pendekatan menjadi kualitatif? Target angka setiap indikator "
                           "dijadikan target narasi (mis. \"12 Dokumen\") dan aspeknya "
                           "dikosongkan; perubahan dicatat di riwayat.")
        else:
            text = self.tr("Ubah pendekatan menjadi kuantitatif? Indikator tidak diubah; "
                           "aspek dan target angka yang belum ada perlu dilengkapi sebelum "
                           "SKP diajukan.")
        if not messages.confirm(self, text):
            e.pendekatan.setCurrentIndex(max(e.pendekatan.findData(v.pendekatan), 0))
            return
        self._run(ops.ubah_pendekatan(v.id, baru))

    def _signer_text(self, who: Any, chosen: bool, nobody: str, default: str) -> str:
        if who is None:
            return nobody
        if chosen:
            return self.tr("{0} — {1} (ditetapkan)").format(who.nama, who.jabatan)
        return default.format(who.nama, who.jabatan)

    def pilih_penilai(self) -> None:
        v = self.view
        if v is None or v.terkunci:
            return
        from asn_desktop.ui.dialogs.pegawai_picker import PegawaiPicker

        row = PegawaiPicker.choose(self.ctx, self, self.tr("Pilih pejabat penilai kinerja"))
        if row is None or row.id == v.penilai_id:
            return
        atasan = v.atasan_penilai_id if v.atasan_penilai_id != row.id else None
        self._set_penilai(row.id, atasan)

    def penilai_bawaan(self) -> None:
        v = self.view
        if v is None or v.terkunci or v.penilai_id is None:
            return
        self._set_penilai(None, v.atasan_penilai_id)

    def pilih_atasan_penilai(self) -> None:
        v = self.view
        if v is None or v.terkunci:
            return
        from asn_desktop.ui.dialogs.pegawai_picker import PegawaiPicker

        row = PegawaiPicker.choose(self.ctx, self,
                                   self.tr("Pilih atasan pejabat penilai kinerja"))
        if row is None or row.id == v.atasan_penilai_id:
            return
        self._set_penilai(v.penilai_id, row.id)

    def atasan_penilai_bawaan(self) -> None:
        v = self.view
        if v is None or v.terkunci or v.atasan_penilai_id is None:
            return
        self._set_penilai(v.penilai_id, None)

    def _set_penilai(self, penilai_id: str | None, atasan_id: str | None) -> None:
        v = self.view
        assert v is not None
        alasan = messages.ask_text(self, self.tr("Ubah pejabat penilai"),
                                   self.tr("Alasan perubahan pejabat penilai (boleh "
                                           "dikosongkan; dicatat di riwayat):"))
        if alasan is None:
            return
        self._run(ops.ubah_penilai(v.id, penilai_id, atasan_id, alasan))

    def is_dirty(self) -> bool:
        if self.view is None or self.stack.currentWidget() is not self.editor_area:
            return False
        e = self.editor
        return (e.hasil.rhk_form.is_dirty() or e.hasil.ind_form.is_dirty()
                or e.perilaku.is_dirty() or e.lampiran.is_dirty() or self._periode_dirty())

    def _periode_dirty(self) -> bool:
        v = self.view
        return (v is not None and not v.terkunci
                and self.editor.periode() != (v.periode_mulai, v.periode_selesai))

    def save(self) -> bool:
        e = self.editor
        started = False
        if e.hasil.rhk_form.is_dirty() or (e.hasil.rhk_form.isVisible()
                                           and e.hasil.rhk_form.rhk_id is None):
            self.save_rhk()
            started = True
        elif e.hasil.ind_form.is_dirty() or (e.hasil.ind_form.isVisible()
                                             and e.hasil.ind_form.indikator_id is None):
            self.save_indikator()
            started = True
        if e.perilaku.is_dirty():
            self.save_perilaku()
            started = True
        if e.lampiran.is_dirty():
            self.save_lampiran()
            started = True
        if self._periode_dirty():
            self.save_periode()
            started = True
        return started

    def discard(self) -> None:
        self._load()

    def new(self) -> None:
        """Ctrl+N: create the SKP when there is none, else a new RHK utama."""
        row = self.pegawai
        if row is None:
            return
        if self.view is not None:
            self.new_rhk(JenisRhk.UTAMA)
            return
        tahun, pendekatan = self.tahun.value(), self.create_panel.pendekatan()
        ops.buat(row.id, tahun, pendekatan).success(lambda _id: self._load()).run(self.ctx, self)

    def focus_search(self) -> None:
        self.list.focus_search()

    def move_rhk(self, offset: int) -> None:
        item = self.editor.hasil.tree.currentItem()
        if item is None or item.data(0, KIND_ROLE) != "rhk":
            return
        rhk_id = item.data(0, ID_ROLE)
        self._run(ops.pindah_rhk(rhk_id, offset), ("rhk", rhk_id))

    def delete_item(self) -> None:
        item = self.editor.hasil.tree.currentItem()
        if item is None or item.data(0, KIND_ROLE) not in ("rhk", "indikator"):
            return
        kind, item_id = item.data(0, KIND_ROLE), item.data(0, ID_ROLE)
        what = self.tr("RHK ini beserta indikatornya") if kind == "rhk" \
            else self.tr("indikator ini")
        if not messages.confirm(self, self.tr("Hapus {0}?").format(what)):
            return
        if kind == "rhk":
            self._run(ops.hapus_rhk(item_id))
        else:
            self._run(ops.hapus_indikator(item_id))

    # -- workflow --------------------------------------------------------------------------------

    def _workflow(self, make: Callable[[str], Op[None]]) -> None:
        if self.view is None:
            return
        if self.is_dirty():
            messages.warning(self, self.tr("Simpan dahulu perubahan yang sedang diisi."))
            return
        self._run(make(self.view.id))

    def _langkah(self, step: str) -> None:
        """A step chosen on the workflow bar."""
        {Langkah.AJUKAN: self.ajukan, Langkah.KEMBALIKAN: self.kembalikan,
         Langkah.SETUJUI: self.setujui, Langkah.BUKA_KEMBALI: self.buka_kembali}[Langkah(step)]()

    def ajukan(self) -> None:
        self._workflow(lambda i: ops.langkah(i, Langkah.AJUKAN))

    def setujui(self) -> None:
        if messages.confirm(self, self.tr("Setujui SKP ini? Setelah disetujui SKP terkunci.")):
            self._workflow(lambda i: ops.langkah(i, Langkah.SETUJUI))

    def kembalikan(self) -> None:
        alasan = messages.ask_text(self, self.tr("Kembalikan SKP"),
                                   self.tr("Alasan pengembalian (wajib):"))
        if alasan is not None:
            self._workflow(lambda i: ops.langkah(i, Langkah.KEMBALIKAN, alasan))

    def buka_kembali(self) -> None:
        alasan = messages.ask_text(self, self.tr("Buka kembali SKP"),
                                   self.tr("Alasan membuka kembali SKP yang sudah disetujui "
                                           "(wajib, dicatat di riwayat):"))
        if alasan is not None:
            self._workflow(lambda i: ops.langkah(i, Langkah.BUKA_KEMBALI, alasan))

    def hapus(self) -> None:
        if messages.confirm(self, self.tr("Hapus SKP konsep ini beserta seluruh RHK-nya?")):
            self._workflow(ops.hapus)
