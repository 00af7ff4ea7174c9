<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>BatasPengaduanField</name>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/setting_fields.py" line="353" />
        <source>hari kerja</source>
        <translation>working day(s)</translation>
    </message>
</context>
<context>
    <name>BerandaPage</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="162" />
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="225" />
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="180" />
        <source>Evaluasi yang sudah disetujui per periode, terhadap pegawai aktif unit ini</source>
        <translation>Evaluations approved per period, against this unit's active employees</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="193" />
        <source>Pegawai belum punya SKP</source>
        <translation>Employees without an SKP</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="194" />
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="196" />
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="198" />
        <source>Buka SKP</source>
        <translation>Open SKP</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="195" />
        <source>SKP masih konsep (belum diajukan)</source>
        <translation>SKP still draft (not submitted)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="197" />
        <source>SKP menunggu persetujuan</source>
        <translation>SKP awaiting approval</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="199" />
        <source>Evaluasi periode ini belum selesai</source>
        <translation>Evaluations of this period not finished</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="200" />
        <source>Buka Evaluasi</source>
        <translation>Open Evaluation</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="201" />
        <source>Konflik sinkronisasi belum ditinjau</source>
        <translation>Synchronisation conflicts to review</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="202" />
        <source>Tinjau konflik</source>
        <translation>Review conflicts</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="203" />
        <source>Instalasi yang perlu dikirimi paket</source>
        <translation>Installations that need a package</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="204" />
        <source>Buka Sinkronisasi</source>
        <translation>Open Synchronisation</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="209" />
        <source>Pengaduan perlu ditindaklanjuti</source>
        <translation>Complaints to follow up</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="210" />
        <source>Buka Pelayanan</source>
        <translation>Open Services</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="237" />
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="245" />
        <source>Beranda belum dapat dimuat. Tekan F5 untuk mencoba lagi.</source>
        <translation>The home page could not be loaded. Press F5 to try again.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="258" />
        <source>Tahun {0} · periode berjalan: {1} · {2} pegawai aktif · {3} SKP disetujui</source>
        <translation>Year {0} · current period: {1} · {2} active employees · {3} SKP approved</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="260" />
        <source>… dan {0} lainnya</source>
        <translation>… and {0} more</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="288" />
        <source>{0} terlambat · {1} jatuh tempo dalam {2} hari kerja</source>
        <translation>{0} overdue · {1} due within {2} working days</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="293" />
        <source>Terlambat {0} hari kerja</source>
        <translation>{0} working day(s) overdue</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="294" />
        <source>Terlambat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="296" />
        <source>jatuh tempo hari ini</source>
        <translation>due today</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="298" />
        <source>sisa {0} hari kerja</source>
        <translation>{0} working day(s) left</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="300" />
        <source>{0} — {1}
{2}
batas {3} · {4}</source>
        <translation>{0} — {1}
{2}
due {3} · {4}</translation>
    </message>
</context>
<context>
    <name>BerhentiDialog</name>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/berhenti.py" line="37" />
        <source>Pegawai berhenti</source>
        <translation>End of service</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/berhenti.py" line="40" />
        <source>{0} tidak lagi dihitung sebagai pegawai aktif sejak tanggal ini. Data SKP, evaluasi dan riwayatnya tetap tersimpan; pencatatan ini dapat dibatalkan dengan Pulihkan.</source>
        <translation>{0} no longer counts as an active employee from this date. The SKP, evaluations and history are kept; this record can be undone with Restore.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/berhenti.py" line="49" />
        <source>mis. nomor SK</source>
        <translation>e.g. decree number</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/berhenti.py" line="50" />
        <source>Alasan:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/berhenti.py" line="51" />
        <source>Terhitung mulai:</source>
        <translation>Effective from:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/berhenti.py" line="52" />
        <source>Catatan:</source>
        <translation>Notes:</translation>
    </message>
</context>
<context>
    <name>BerkasPage</name>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="54" />
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="89" />
        <source>Pilih berkas daftar pegawai</source>
        <translation>Choose the employee list file</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="55" />
        <source>Berkas Excel (.xlsx) atau CSV, misalnya unduhan SIASN/SAPK atau templat dari aplikasi ini.</source>
        <translation>An Excel (.xlsx) or CSV file, for example a SIASN/SAPK download or this application's template.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="60" />
        <source>Lokasi berkas .xlsx atau .csv</source>
        <translation>Location of the .xlsx or .csv file</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="63" />
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="74" />
        <source>Belum punya berkas? Unduh templat kosong dengan judul kolom, daftar pilihan dan petunjuk pengisian.</source>
        <translation>No file yet? Download an empty template with column headings, option lists and filling instructions.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="76" />
        <source>Simpan templat Excel…</source>
        <translation>Save Excel template…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="90" />
        <source>Daftar pegawai (*.xlsx *.csv);;Semua berkas (*)</source>
        <translation>Employee lists (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="96" />
        <source>Simpan templat</source>
        <translation>Save template</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="96" />
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="100" />
        <source>Templat disimpan: {0}</source>
        <translation>Template saved: {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="116" />
        <source>Membaca {0}…</source>
        <translation>Reading {0}…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="121" />
        <source>{0} baris data di lembar '{1}', judul kolom di baris {2}.</source>
        <translation>{0} data rows on sheet '{1}', column headings on row {2}.</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="99" />
        <source>Tidak ada yang perlu dikerjakan.</source>
        <translation>Nothing to do.</translation>
    </message>
</context>
<context>
    <name>CentralPage</name>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="92" />
        <source>Instalasi pusat</source>
        <translation>Central installation</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="93" />
        <source>Nama ini tampil di kepala jendela dan di paket sinkronisasi.</source>
        <translation>This name appears in the window title and in synchronisation packages.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="99" />
        <source>Nama instalasi:</source>
        <translation>Installation name:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="106" />
        <source>Server PostgreSQL (opsional):</source>
        <translation>PostgreSQL server (optional):</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="108" />
        <source>Kosongkan bila pusat dipakai di satu komputer. Isi bila beberapa staf BKPSDM bekerja bersamaan dari beberapa komputer; kata sandi tidak ditulis di sini, melainkan di berkas pgpass komputer ini.</source>
        <translation>Leave empty when the central is used on one computer. Fill it in when several BKPSDM staff work at once from several computers; the password is not written here but in this computer's pgpass file.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="113" />
        <source>Langkah pertama sesudah ini</source>
        <translation>First step after this</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="116" />
        <source>Impor daftar pegawai dari Excel</source>
        <translation>Import the employee list from Excel</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="117" />
        <source>Dari unduhan SIASN/SAPK atau templat aplikasi; unit yang belum ada dapat dibuat dari kolom unit kerja.</source>
        <translation>From a SIASN/SAPK download or the application's template; missing units can be created from the work unit column.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="119" />
        <source>Susun unit organisasi dulu</source>
        <translation>Set up the organisation units first</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="120" />
        <source>Tambahkan OPD, sekolah, puskesmas dan kecamatan satu per satu.</source>
        <translation>Add OPDs, schools, health centres and districts one by one.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="121" />
        <source>Nanti saja</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="122" />
        <source>Beranda menampilkan daftar langkah penyiapan.</source>
        <translation>Home shows the list of setup steps.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="143" />
        <source>Nama instalasi wajib diisi (paling sedikit 3 huruf).</source>
        <translation>The installation name is required (at least 3 letters).</translation>
    </message>
</context>
<context>
    <name>CetakPage</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="52" />
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="134" />
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="269" />
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="54" />
        <source>Verifikasi lembar…</source>
        <translation>Verify sheet…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="58" />
        <source>Sertifikat tanda tangan…</source>
        <translation>Signature certificate…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="64" />
        <source>Lembar:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="66" />
        <source>Sasaran Kinerja Pegawai (SKP)</source>
        <translation>Employee Performance Targets (SKP)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="67" />
        <source>Evaluasi Kinerja Pegawai</source>
        <translation>Employee Performance Evaluation</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="68" />
        <source>Dokumen Evaluasi Kinerja</source>
        <translation>Performance Evaluation Document</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="70" />
        <source>Tahun:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="75" />
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="91" />
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="93" />
        <source>Cetak… (Ctrl+P)</source>
        <translation>Print… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="95" />
        <source>Simpan sebagai PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="101" />
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="167" />
        <source>Pilih pegawai lalu tekan Pratinjau.</source>
        <translation>Choose an employee, then press Preview.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="112" />
        <source>Cetak satu unit:</source>
        <translation>Print a unit:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="116" />
        <source>Cetak semua ke folder…</source>
        <translation>Print all to folder…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="208" />
        <source>Pilih pegawai terlebih dahulu.</source>
        <translation>Choose an employee first.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="238" />
        <source>{0} · {1} · kode verifikasi {2}</source>
        <translation>{0} · {1} · verification code {2}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="247" />
        <source>Simpan sebagai PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="249" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="256" />
        <source>Tersimpan: {0} (kode {1})</source>
        <translation>Saved: {0} (code {1})</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="291" />
        <source>Pencetak tidak dapat dibuka.</source>
        <translation>The printer could not be opened.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="310" />
        <source>Pilih folder tujuan</source>
        <translation>Choose the target folder</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="321" />
        <source>Pencetakan dibatalkan; tidak ada berkas yang setengah jadi.</source>
        <translation>Printing cancelled; no half-written file was left.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="324" />
        <source>{0} lembar dicetak ke {1}.</source>
        <translation>{0} sheets printed to {1}.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="326" />
        <source>Dilewati {0} pegawai:</source>
        <translation>Skipped {0} employees:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="330" />
        <source>Cetak satu unit</source>
        <translation>Print a unit</translation>
    </message>
</context>
<context>
    <name>CreatePanel</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp_editor.py" line="70" />
        <source>Pilih pendekatan hasil kerja:</source>
        <translation>Choose the work-result approach:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp_editor.py" line="72" />
        <source>Kuantitatif — indikator dengan target angka dan satuan (mis. 12 Dokumen)</source>
        <translation>Quantitative — indicators with a number and unit target (e.g. 12 Documents)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp_editor.py" line="75" />
        <source>Kualitatif — ukuran keberhasilan dan target ditulis sebagai uraian</source>
        <translation>Qualitative — success measures and targets written as text</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp_editor.py" line="84" />
        <source>Buat SKP (Ctrl+N)</source>
        <translation>Create SKP (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp_editor.py" line="94" />
        <source>{0} belum memiliki SKP tahun {1}.</source>
        <translation>{0} has no SKP for {1}.</translation>
    </message>
</context>
<context>
    <name>DistribusiChart</name>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/distribusi.py" line="64" />
        <source>- - pola yang diharapkan</source>
        <translation>- - expected pattern</translation>
    </message>
</context>
<context>
    <name>DistributionField</name>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/setting_fields.py" line="148" />
        <source>Capaian organisasi</source>
        <translation>Organisational performance</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/setting_fields.py" line="149" />
        <source>Predikat</source>
        <translation>Predicate</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/setting_fields.py" line="150" />
        <source>Paling sedikit</source>
        <translation>At least</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/setting_fields.py" line="151" />
        <source>Paling banyak</source>
        <translation>At most</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/setting_fields.py" line="152" />
        <source>Sedikitnya (orang)</source>
        <translation>At least (people)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/setting_fields.py" line="153" />
        <source>Kalimat panduan</source>
        <translation>Guidance sentence</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/setting_fields.py" line="172" />
        <source>Tambah aturan</source>
        <translation>Add rule</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/setting_fields.py" line="175" />
        <source>Hapus aturan terpilih</source>
        <translation>Remove selected rule</translation>
    </message>
</context>
<context>
    <name>EvaluasiEditor</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="84" />
        <source>Ambil dari log harian</source>
        <translation>Take from daily log</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="86" />
        <source>Isi dari register pelayanan</source>
        <translation>Fill from service register</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="88" />
        <source>Realisasi indikator yang bersumber dari register layanan, pengaduan atau survei IKM unit</source>
        <translation>Results of indicators sourced from the unit's service register, complaints or IKM survey</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="90" />
        <source>Simpan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="95" />
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="126" />
        <source>Hasil kerja</source>
        <translation>Work results</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="127" />
        <source>Perilaku kerja</source>
        <translation>Work behaviour</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="128" />
        <source>Penilaian dan predikat</source>
        <translation>Ratings and predicate</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="129" />
        <source>Umpan balik tercatat</source>
        <translation>Recorded feedback</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="130" />
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>EvaluasiPage</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="300" />
        <source>Evaluasi Kinerja</source>
        <translation>Performance Evaluation</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="304" />
        <source>evaluasi</source>
        <translation>evaluation</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="307" />
        <source>Tahun:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="312" />
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="320" />
        <source>Per pegawai</source>
        <translation>Per employee</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="321" />
        <source>Distribusi unit</source>
        <translation>Unit distribution</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="337" />
        <source>Evaluasi</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="440" />
        <source>{0} belum memiliki SKP tahun {1}. Susun dan setujui SKP terlebih dahulu.</source>
        <translation>{0} has no SKP for {1}. Write and approve the SKP first.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="442" />
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="451" />
        <source>Buka halaman SKP</source>
        <translation>Open the SKP page</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="448" />
        <source>SKP {0} tahun {1} berstatus {2}. Evaluasi dapat dibuat setelah SKP disetujui.</source>
        <translation>The {1} SKP of {0} is {2}. The evaluation can be created once the SKP is approved.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="454" />
        <source>Evaluasi {0} untuk periode {1} belum dibuat.</source>
        <translation>The evaluation of {0} for period {1} has not been created.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="456" />
        <source>Mulai evaluasi (Ctrl+N)</source>
        <translation>Start evaluation (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="471" />
        <source>{0} · pejabat penilai: {1}</source>
        <translation>{0} · appraiser: {1}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="475" />
        <source>Evaluasi ini sudah disetujui dan terkunci. Pilih "Buka kembali" (dengan alasan) untuk mengubahnya.</source>
        <translation>This evaluation is approved and locked. Choose "Reopen" (with a reason) to change it.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="488" />
        <source>umum</source>
        <translation>general</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="493" />
        <source>Belum ada umpan balik tercatat untuk periode ini. Catat di halaman Umpan Balik.</source>
        <translation>No feedback recorded for this period yet. Record it on the Feedback page.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="534" />
        <source>Realisasi harus berupa angka, mis. 12 atau 12,5.</source>
        <translation>The result must be a number, e.g. 12 or 12.5.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="552" />
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="578" />
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="590" />
        <source>Simpan dahulu perubahan yang sedang diisi.</source>
        <translation>First save the changes being edited.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="556" />
        <source>Tidak ada realisasi yang berubah: log harian periode ini kosong atau sudah sama.</source>
        <translation>No result changed: the daily log of this period is empty or already the same.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="557" />
        <source>Realisasi diisi dari log harian:</source>
        <translation>Results filled from the daily log:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="582" />
        <source>Tidak ada realisasi yang berubah: register pelayanan periode ini kosong atau sudah sama.</source>
        <translation>No result changed: this period's service register is empty or already the same.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="583" />
        <source>Realisasi diisi dari register pelayanan:</source>
        <translation>Results filled from the service register:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="603" />
        <source>Setujui evaluasi ini? Setelah disetujui evaluasi terkunci.</source>
        <translation>Approve this evaluation? Once approved it is locked.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="608" />
        <source>Kembalikan evaluasi</source>
        <translation>Return evaluation</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="609" />
        <source>Alasan pengembalian (wajib):</source>
        <translation>Reason for returning it (required):</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="614" />
        <source>Hapus evaluasi konsep ini beserta realisasi dan umpan baliknya?</source>
        <translation>Delete this draft evaluation with its results and feedback?</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="619" />
        <source>Buka kembali evaluasi</source>
        <translation>Reopen evaluation</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="620" />
        <source>Alasan membuka kembali (wajib, dicatat di riwayat):</source>
        <translation>Reason to reopen (required, recorded in the history):</translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="79" />
        <source>Dari:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="81" />
        <source>Tanggal:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="82" />
        <source>Tentang:</source>
        <translation>About:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="83" />
        <source>Isi umpan balik:</source>
        <translation>Feedback:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="89" />
        <source>Simpan umpan balik (Ctrl+S)</source>
        <translation>Save feedback (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="95" />
        <source>Umpan balik tercatat, periode:</source>
        <translation>Recorded feedback, period:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="121" />
        <source>Pilih pegawai yang diberi umpan balik.</source>
        <translation>Choose the employee receiving feedback.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="141" />
        <source>Atasan: {0}</source>
        <translation>Supervisor: {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="144" />
        <source>Rekan kerja: {0}</source>
        <translation>Colleague: {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="147" />
        <source>Kinerja secara umum</source>
        <translation>Performance in general</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="149" />
        <source>Perilaku: {0}</source>
        <translation>Behaviour: {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="152" />
        <source>RHK: {0}</source>
        <translation>RHK: {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="175" />
        <source>umum</source>
        <translation>general</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="180" />
        <source>Belum ada umpan balik pada periode ini.</source>
        <translation>No feedback in this period yet.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="193" />
        <source>Pegawai ini belum memiliki atasan atau rekan kerja yang tercatat.</source>
        <translation>This employee has no recorded supervisor or colleague.</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="311" />
        <source>Kinerja ASN Desktop — Persiapan awal</source>
        <translation>Kinerja ASN Desktop — First start</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="327" />
        <source>&lt; Kembali</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="328" />
        <source>Lanjut &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="329" />
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="330" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="346" />
        <source>Menyiapkan instalasi pusat…</source>
        <translation>Preparing the central installation…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="350" />
        <source>Menyambungkan ke pusat di server…</source>
        <translation>Connecting to the central on the server…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="353" />
        <source>Menyiapkan instalasi unit dari paket penyiapan…</source>
        <translation>Preparing the unit installation from the setup package…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="355" />
        <source>Ruang Latihan (data contoh)</source>
        <translation>Practice workspace (sample data)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="357" />
        <source>Membuat data contoh…</source>
        <translation>Creating sample data…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="392" />
        <source>Persiapan tidak berhasil</source>
        <translation>Setup failed</translation>
    </message>
</context>
<context>
    <name>ForumTab</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="224" />
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="233" />
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="233" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="234" />
        <source>Pegawai presentasi</source>
        <translation>Presenting employee</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="247" />
        <source>mis. Evaluasi kinerja triwulan III</source>
        <translation>e.g. Third-quarter performance review</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="250" />
        <source>Satu nama per baris</source>
        <translation>One name per line</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="255" />
        <source>Forum baru</source>
        <translation>New forum</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="256" />
        <source>Tanggal:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="257" />
        <source>Agenda:</source>
        <translation>Agenda:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="258" />
        <source>Peserta:</source>
        <translation>Participants:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="259" />
        <source>Pegawai yang presentasi:</source>
        <translation>Presenting employee:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="260" />
        <source>Catatan:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="262" />
        <source>Simpan forum</source>
        <translation>Save forum</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="289" />
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>GambarField</name>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/setting_fields.py" line="430" />
        <source>Pilih gambar…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/setting_fields.py" line="432" />
        <source>Hapus gambar</source>
        <translation>Remove image</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/setting_fields.py" line="438" />
        <source>Hanya berkas PNG. Gambar yang dipilih atau dihapus berlaku setelah pengaturan bersama disimpan.</source>
        <translation>PNG files only. A chosen or removed image takes effect once the shared settings are saved.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/setting_fields.py" line="464" />
        <source>Berkas gambar paling besar {0} KB.</source>
        <translation>The image file may be at most {0} KB.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/setting_fields.py" line="469" />
        <source>Berkas tidak dapat dibaca: {0}</source>
        <translation>The file cannot be read: {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/setting_fields.py" line="485" />
        <source>Pilih gambar</source>
        <translation>Choose image</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/setting_fields.py" line="486" />
        <source>Gambar PNG (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/setting_fields.py" line="504" />
        <source>tanpa gambar</source>
        <translation>no image</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/setting_fields.py" line="505" />
        <source>berkas ini tidak dapat ditampilkan</source>
        <translation>this file cannot be displayed</translation>
    </message>
</context>
<context>
    <name>HariLiburField</name>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/setting_fields.py" line="280" />
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/setting_fields.py" line="280" />
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/setting_fields.py" line="290" />
        <source>Tambah hari libur</source>
        <translation>Add holiday</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/setting_fields.py" line="292" />
        <source>Hapus baris terpilih</source>
        <translation>Remove selected row</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/setting_fields.py" line="305" />
        <source>Tanggal libur</source>
        <translation>Holiday date</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/setting_fields.py" line="307" />
        <source>mis. Hari Raya Idulfitri</source>
        <translation>e.g. Eid al-Fitr</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/setting_fields.py" line="308" />
        <source>Keterangan libur</source>
        <translation>Holiday description</translation>
    </message>
</context>
<context>
    <name>HasilKerjaEval</name>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="155" />
        <source>A. UTAMA</source>
        <translation>A. MAIN</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="156" />
        <source>B. TAMBAHAN</source>
        <translation>B. ADDITIONAL</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="172" />
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="174" />
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="172" />
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="174" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="172" />
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="174" />
        <source>Realisasi</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="173" />
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="173" />
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="175" />
        <source>Bukti dukung</source>
        <translation>Supporting evidence</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="185" />
        <source>Umpan balik berkelanjutan pimpinan:</source>
        <translation>Leader's continuous feedback:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="189" />
        <source>Umpan balik berkelanjutan pimpinan</source>
        <translation>Leader's continuous feedback</translation>
    </message>
</context>
<context>
    <name>HasilKerjaTab</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp_editor.py" line="110" />
        <source>+ RHK utama</source>
        <translation>+ Main RHK</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp_editor.py" line="112" />
        <source>+ RHK tambahan</source>
        <translation>+ Additional RHK</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp_editor.py" line="114" />
        <source>+ Indikator</source>
        <translation>+ Indicator</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp_editor.py" line="116" />
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp_editor.py" line="117" />
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp_editor.py" line="118" />
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp_editor.py" line="128" />
        <source>Rencana hasil kerja / indikator</source>
        <translation>Work result plan / indicator</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp_editor.py" line="129" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp_editor.py" line="138" />
        <source>Pilih RHK atau indikator di sebelah kiri, atau tambahkan RHK baru.</source>
        <translation>Choose an RHK or indicator on the left, or add a new RHK.</translation>
    </message>
</context>
<context>
    <name>IkmTab</name>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_ikm.py" line="57" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_ikm.py" line="57" />
        <source>Responden</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_ikm.py" line="58" />
        <source>Nilai IKM</source>
        <translation>IKM score</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_ikm.py" line="58" />
        <source>Mutu</source>
        <translation>Quality</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_ikm.py" line="62" />
        <source>Pilih survei untuk melihat atau memperbaiki isiannya; mencatat periode yang sama mengganti isian sebelumnya.</source>
        <translation>Choose a survey to view or correct its entries; recording the same period replaces the earlier entries.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_ikm.py" line="68" />
        <source>Catat hasil survei</source>
        <translation>Record survey results</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_ikm.py" line="76" />
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_ikm.py" line="77" />
        <source>Jumlah responden:</source>
        <translation>Number of respondents:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_ikm.py" line="85" />
        <source>Nilai rata-rata unsur, {0}–{1}</source>
        <translation>Mean score of the element, {0}–{1}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_ikm.py" line="91" />
        <source>boleh dikosongkan</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_ikm.py" line="93" />
        <source>Catatan:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_ikm.py" line="96" />
        <source>Simpan survei</source>
        <translation>Save survey</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_ikm.py" line="131" />
        <source>Survei IKM tahun {0}</source>
        <translation>IKM surveys of {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_ikm.py" line="173" />
        <source>{0}: nilai IKM {1}, mutu {2}</source>
        <translation>{0}: IKM score {1}, quality {2}</translation>
    </message>
</context>
<context>
    <name>ImporPegawaiWizard</name>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="351" />
        <source>Impor daftar pegawai</source>
        <translation>Import employee list</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="365" />
        <source>Lanjut &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="366" />
        <source>&lt; Kembali</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="367" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="368" />
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>IndikatorForm</name>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="171" />
        <source>Aspek:</source>
        <translation>Aspect:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="177" />
        <source>Indikator kinerja individu, mis. Jumlah dokumen usulan kenaikan pangkat</source>
        <translation>Individual performance indicator, e.g. Number of promotion proposals</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="179" />
        <source>Target:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="186" />
        <source>satuan, mis. Dokumen, %, Bulan</source>
        <translation>unit, e.g. Document, %, Month</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="192" />
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="258" />
        <source>Target (narasi):</source>
        <translation>Target (text):</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="195" />
        <source>Perspektif:</source>
        <translation>Perspective:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="197" />
        <source>(ikut RHK)</source>
        <translation>(as the RHK)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="201" />
        <source>(diisi manual)</source>
        <translation>(entered manually)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="214" />
        <source>Indikator:</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="221" />
        <source>Sumber realisasi:</source>
        <translation>Result source:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="227" />
        <source>Simpan indikator (Ctrl+S)</source>
        <translation>Save indicator (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="244" />
        <source>Indikator baru untuk: {0}</source>
        <translation>New indicator for: {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="245" />
        <source>Indikator {0} dari: {1}</source>
        <translation>Indicator {0} of: {1}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="259" />
        <source>atau rentang:</source>
        <translation>or range:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="288" />
        <source>Realisasi diambil dari register pelayanan unit dengan tombol "Isi dari register pelayanan" di halaman Evaluasi (satuan: {0}).</source>
        <translation>The result is taken from the unit's service register with the "Fill from service register" button on the Evaluation page (unit: {0}).</translation>
    </message>
</context>
<context>
    <name>IntervalIkmField</name>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/setting_fields.py" line="387" />
        <source>{0} ({1}) mulai</source>
        <translation>{0} ({1}) from</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="43" />
        <source>Selamat datang di Kinerja ASN Desktop</source>
        <translation>Welcome to Kinerja ASN Desktop</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="44" />
        <source>Pilih cara komputer ini akan dipakai. Pilihan ini hanya ditanyakan sekali.</source>
        <translation>Choose how this computer will be used. You are asked only once.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="49" />
        <source>Instalasi pusat (BKPSDM)</source>
        <translation>Central installation (BKPSDM)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="50" />
        <source>Mengelola data induk semua unit: unit organisasi, pegawai dan periode.</source>
        <translation>Manages the master data of every unit: organisation units, employees and periods.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="51" />
        <source>Komputer staf BKPSDM untuk pusat di server</source>
        <translation>A BKPSDM staff PC for the central on a server</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="52" />
        <source>Pusat sudah berjalan di server PostgreSQL: sambungkan komputer ini dengan alamat server dan berkas cadangan pusat.</source>
        <translation>The central already runs on a PostgreSQL server: connect this PC with the server address and a backup file of the central.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="54" />
        <source>Instalasi unit (sekolah, puskesmas, kecamatan, dinas)</source>
        <translation>Unit installation (school, health centre, district, agency)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="55" />
        <source>Disiapkan dari paket penyiapan yang dikirim oleh BKPSDM.</source>
        <translation>Set up from the setup package sent by BKPSDM.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="56" />
        <source>Ruang kerja latihan dengan data contoh</source>
        <translation>Practice workspace with sample data</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="57" />
        <source>Untuk mencoba aplikasi tanpa risiko: berisi pegawai, SKP dan evaluasi contoh.</source>
        <translation>To try the application without risk: with sample employees, SKP and evaluations.</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="228" />
        <source>Komputer staf BKPSDM</source>
        <translation>BKPSDM staff PC</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="229" />
        <source>Data pusat tetap di server; komputer ini mendapat kunci pusat dari cadangan pusat yang dibuat sesudah penggantian kunci terakhir.</source>
        <translation>The central's data stays on the server; this PC gets the central's keys from a backup of the central made after its last key rotation.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="236" />
        <source>Server PostgreSQL:</source>
        <translation>PostgreSQL server:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="240" />
        <source>Berkas cadangan pusat…</source>
        <translation>The central's backup file…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="241" />
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="245" />
        <source>Cadangan pusat:</source>
        <translation>Central's backup:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="249" />
        <source>Kata sandi cadangan:</source>
        <translation>Backup passphrase:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="251" />
        <source>Kata sandi server tidak ditulis di sini, melainkan di berkas pgpass komputer ini. Tidak ada yang diubah di server.</source>
        <translation>The server's password is not typed here but kept in this PC's pgpass file. Nothing changes on the server.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="258" />
        <source>Pilih cadangan pusat</source>
        <translation>Choose the central's backup</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="259" />
        <source>Cadangan (*.sqlite);;Semua berkas (*)</source>
        <translation>Backups (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="271" />
        <source>Pilih berkas cadangan pusat yang ada.</source>
        <translation>Choose an existing backup file of the central.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="274" />
        <source>Ketik kata sandi cadangan pusat.</source>
        <translation>Type the central's backup passphrase.</translation>
    </message>
</context>
<context>
    <name>KatalogTab</name>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_katalog.py" line="115" />
        <source>Tambah…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_katalog.py" line="116" />
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_katalog.py" line="117" />
        <source>Hapus…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_katalog.py" line="122" />
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_katalog.py" line="122" />
        <source>Nama layanan</source>
        <translation>Service name</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_katalog.py" line="123" />
        <source>Standar</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_katalog.py" line="123" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_katalog.py" line="129" />
        <source>Standar waktu sesuai standar pelayanan yang diumumkan unit. Layanan yang tidak aktif tidak muncul di register harian; angkanya yang lalu tetap tersimpan.</source>
        <translation>The time standard follows the service standard the unit has announced. Inactive services do not appear in the daily register; their past figures are kept.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_katalog.py" line="151" />
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_katalog.py" line="151" />
        <source>Tidak aktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_katalog.py" line="192" />
        <source>Hapus layanan {0} — {1} dari katalog? Angka register yang lalu tetap tersimpan.</source>
        <translation>Delete service {0} — {1} from the catalogue? Past register figures are kept.</translation>
    </message>
</context>
<context>
    <name>KolomPage</name>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="142" />
        <source>Cocokkan kolom</source>
        <translation>Match columns</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="143" />
        <source>Kolom yang judulnya dikenali sudah dipilih. Kolom bertanda * wajib ada. Pilihan ini diingat untuk berkas berjudul sama.</source>
        <translation>Columns with recognised headings are already chosen. Columns marked * are required. These choices are remembered for files with the same headings.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="153" />
        <source>Buat unit yang belum ada, di bawah:</source>
        <translation>Create missing units under:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="172" />
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="174" />
        <source>(kolom {0} tanpa judul)</source>
        <translation>(column {0} without heading)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="202" />
        <source>Pilih unit induk untuk unit yang akan dibuat.</source>
        <translation>Choose the parent unit for the units to be created.</translation>
    </message>
</context>
<context>
    <name>LampiranTab</name>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_tabs.py" line="102" />
        <source>Satu butir per baris. Dicetak sebagai Lampiran SKP.</source>
        <translation>One item per line. Printed as the SKP attachment.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_tabs.py" line="111" />
        <source>Dukungan sumber daya:</source>
        <translation>Resource support:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_tabs.py" line="112" />
        <source>Skema pertanggungjawaban:</source>
        <translation>Accountability scheme:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_tabs.py" line="113" />
        <source>Konsekuensi:</source>
        <translation>Consequences:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_tabs.py" line="117" />
        <source>Simpan lampiran (Ctrl+S)</source>
        <translation>Save attachment (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>LangkahDialog</name>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_dialog.py" line="167" />
        <source>Tanggal:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_dialog.py" line="178" />
        <source>Kategori:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_dialog.py" line="180" />
        <source>Kategori menentukan batas waktu penyelesaian.</source>
        <translation>The category sets the resolution deadline.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_dialog.py" line="183" />
        <source>Penanggung jawab (PIC):</source>
        <translation>Person in charge (PIC):</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_dialog.py" line="193" />
        <source>Tanggapan/tindak lanjut:</source>
        <translation>Response/follow-up:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_dialog.py" line="196" />
        <source>mis. nomor surat, foto, tautan</source>
        <translation>e.g. letter number, photo, link</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_dialog.py" line="197" />
        <source>Bukti:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_dialog.py" line="200" />
        <source>Alasan (wajib, dicatat di riwayat):</source>
        <translation>Reason (required, recorded in the history):</translation>
    </message>
</context>
<context>
    <name>LaporanTab</name>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_laporan.py" line="70" />
        <source>Simpan PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_laporan.py" line="71" />
        <source>Simpan Excel…</source>
        <translation>Save Excel…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_laporan.py" line="78" />
        <source>Permohonan masuk</source>
        <translation>Applications received</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_laporan.py" line="79" />
        <source>Dokumen selesai</source>
        <translation>Documents finished</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_laporan.py" line="80" />
        <source>Selesai tepat waktu</source>
        <translation>Finished on time</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_laporan.py" line="81" />
        <source>Tunggakan akhir bulan</source>
        <translation>Backlog at month end</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_laporan.py" line="82" />
        <source>Pengaduan masuk</source>
        <translation>Complaints received</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_laporan.py" line="83" />
        <source>Pengaduan ditutup pada periode ini</source>
        <translation>Complaints closed in this period</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_laporan.py" line="84" />
        <source>Ditutup tepat waktu</source>
        <translation>Closed on time</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_laporan.py" line="85" />
        <source>Pengaduan terlambat</source>
        <translation>Overdue complaints</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_laporan.py" line="86" />
        <source>Rata-rata respons pertama (hari kerja)</source>
        <translation>Average first response (working days)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_laporan.py" line="87" />
        <source>Rata-rata penyelesaian (hari kerja)</source>
        <translation>Average resolution (working days)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_laporan.py" line="88" />
        <source>Nilai IKM</source>
        <translation>IKM score</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_laporan.py" line="88" />
        <source>Mutu pelayanan</source>
        <translation>Service quality</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_laporan.py" line="99" />
        <source>Pengaduan yang masuk pada periode ini, menurut kategori, kanal dan status saat ini:</source>
        <translation>Complaints received in this period, by category, channel and current status:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_laporan.py" line="104" />
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_laporan.py" line="104" />
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_laporan.py" line="105" />
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_laporan.py" line="106" />
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_laporan.py" line="105" />
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_laporan.py" line="106" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_laporan.py" line="123" />
        <source>Laporan pelayanan {0} — {1}</source>
        <translation>Service report {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_laporan.py" line="136" />
        <source>Nilai IKM ({0} responden)</source>
        <translation>IKM score ({0} respondents)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_laporan.py" line="137" />
        <source>Nilai IKM (belum ada survei)</source>
        <translation>IKM score (no survey yet)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_laporan.py" line="158" />
        <source>Simpan laporan pelayanan</source>
        <translation>Save service report</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_laporan.py" line="163" />
        <source>Laporan disimpan: {0}</source>
        <translation>Report saved: {0}</translation>
    </message>
</context>
<context>
    <name>LayananDialog</name>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_katalog.py" line="43" />
        <source>Tambah layanan</source>
        <translation>Add service</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_katalog.py" line="44" />
        <source>Ubah layanan {0}</source>
        <translation>Edit service {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_katalog.py" line="49" />
        <source>mis. KTP</source>
        <translation>e.g. KTP</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_katalog.py" line="51" />
        <source>mis. KTP-el (perekaman dan pencetakan)</source>
        <translation>e.g. KTP-el (recording and printing)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_katalog.py" line="61" />
        <source>Aktif (dicatat di register harian)</source>
        <translation>Active (recorded in the daily register)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_katalog.py" line="64" />
        <source>Kode:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_katalog.py" line="65" />
        <source>Nama:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_katalog.py" line="66" />
        <source>Standar waktu:</source>
        <translation>Time standard:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_katalog.py" line="67" />
        <source>Satuan:</source>
        <translation>Unit:</translation>
    </message>
</context>
<context>
    <name>LogHarianPage</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="66" />
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="210" />
        <source>Log Harian</source>
        <translation>Daily Log</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="86" />
        <source>Kegiatan yang dikerjakan, lalu tekan Enter</source>
        <translation>What was done, then press Enter</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="88" />
        <source>Output, mis. Dokumen</source>
        <translation>Output, e.g. Document</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="94" />
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="97" />
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="98" />
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="134" />
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="195" />
        <source>RHK</source>
        <translation>RHK</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="101" />
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="135" />
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="102" />
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="135" />
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="195" />
        <source>Keluaran</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="103" />
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="136" />
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="196" />
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="117" />
        <source>◀ Minggu lalu</source>
        <translation>◀ Last week</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="118" />
        <source>Minggu ini</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="119" />
        <source>Minggu depan ▶</source>
        <translation>Next week ▶</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="134" />
        <source>Hari</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="157" />
        <source>Pengaduan yang diselesaikan</source>
        <translation>Complaints resolved</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="158" />
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="158" />
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="159" />
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="159" />
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="178" />
        <source>Jumlah per RHK, periode:</source>
        <translation>Totals per RHK, period:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="185" />
        <source>Hapus kegiatan terpilih</source>
        <translation>Delete selected activity</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="188" />
        <source>Masukkan ke realisasi evaluasi</source>
        <translation>Carry into evaluation results</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="196" />
        <source>Entri</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="244" />
        <source>Pilih pegawai di sebelah kiri.</source>
        <translation>Choose an employee on the left.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="263" />
        <source>(kegiatan di luar RHK)</source>
        <translation>(activity outside the RHK)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="290" />
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="326" />
        <source>(di luar RHK)</source>
        <translation>(outside the RHK)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="304" />
        <source>Pengaduan yang diselesaikan minggu ini ({0})</source>
        <translation>Complaints resolved this week ({0})</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="368" />
        <source>Hapus kegiatan "{0}"?</source>
        <translation>Delete the activity "{0}"?</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="378" />
        <source>SKP pegawai ini belum disetujui; realisasi belum dapat diisi.</source>
        <translation>This employee's SKP is not approved; results cannot be filled yet.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="384" />
        <source>Tidak ada realisasi yang berubah.</source>
        <translation>No result changed.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="388" />
        <source>Realisasi evaluasi {0} diisi dari log harian:</source>
        <translation>Evaluation results of {0} filled from the daily log:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="79" />
        <source>Kinerja ASN Desktop — {0}</source>
        <translation>Kinerja ASN Desktop — {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="121" />
        <source>Staf lain mengubah data pusat; tekan F5 untuk memuat ulang halaman ini.</source>
        <translation>Other staff changed the central data; press F5 to reload this page.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="131" />
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="132" />
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="133" />
        <source>Organisasi</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="134" />
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="135" />
        <source>Evaluasi</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="136" />
        <source>Log Harian</source>
        <translation>Daily Log</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="137" />
        <source>Umpan Balik</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="138" />
        <source>Sinkronisasi</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="139" />
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="140" />
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="141" />
        <source>Pemantauan</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="142" />
        <source>Pelayanan</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="147" />
        <source>Instalasi pusat (BKPSDM): semua unit</source>
        <translation>Central installation (BKPSDM): every unit</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="148" />
        <source>Instalasi unit: data unit sendiri; data induk hanya dapat dibaca</source>
        <translation>Unit installation: own unit's data; master data is read-only</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="157" />
        <source>Pusat</source>
        <translation>Central</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="157" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="163" />
        <source>RUANG LATIHAN: data contoh, bukan data sungguhan</source>
        <translation>PRACTICE WORKSPACE: sample data, not real data</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="172" />
        <source>Tampilkan unit:</source>
        <translation>Show unit:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="173" />
        <source>Semua unit</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="196" />
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="198" />
        <source>&amp;Baru</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="200" />
        <source>&amp;Cari</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="202" />
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="203" />
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="204" />
        <source>&amp;Keluar</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="208" />
        <source>Pegawai &amp;berikutnya</source>
        <translation>Ne&amp;xt employee</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="210" />
        <source>Pegawai s&amp;ebelumnya</source>
        <translation>&amp;Previous employee</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="212" />
        <source>&amp;Panduan untuk halaman ini</source>
        <translation>&amp;Guide for this page</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="214" />
        <source>&amp;Daftar isi panduan</source>
        <translation>Guide &amp;contents</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="216" />
        <source>Kembali ke &amp;data sungguhan</source>
        <translation>Back to &amp;real data</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="217" />
        <source>Buka &amp;ruang latihan…</source>
        <translation>Open p&amp;ractice workspace…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="219" />
        <source>&amp;Tentang Kinerja ASN Desktop…</source>
        <translation>&amp;About Kinerja ASN Desktop…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="226" />
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="233" />
        <source>&amp;Halaman</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="239" />
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="251" />
        <source>Simpan atau batalkan perubahan yang sedang dibuka terlebih dahulu.</source>
        <translation>First save or discard the changes you are editing.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="261" />
        <source>Folder {0} berisi data yang bukan ruang latihan; ruang latihan tidak dibuka di sana. Pindahkan atau ganti nama folder itu lebih dahulu.</source>
        <translation>Folder {0} holds data that is not a practice workspace; the practice workspace is not opened there. Move or rename that folder first.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="268" />
        <source>Ruang latihan</source>
        <translation>Practice workspace</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="269" />
        <source>Ruang latihan dibuat di folder tersendiri di samping folder data; data sungguhan tidak tersentuh.
Jumlah pegawai contoh:</source>
        <translation>The practice workspace is made in its own folder beside the data folder; real data is not touched.
Number of sample employees:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="280" />
        <source>Ruang Latihan (data contoh)</source>
        <translation>Practice workspace (sample data)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="281" />
        <source>Membuat data contoh…</source>
        <translation>Creating sample data…</translation>
    </message>
</context>
<context>
    <name>MassalButton</name>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/massal.py" line="30" />
        <source>Tindakan massal</source>
        <translation>Bulk actions</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/massal.py" line="32" />
        <source>Ajukan semua yang berstatus konsep…</source>
        <translation>Submit all drafts…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/massal.py" line="34" />
        <source>Setujui semua yang diajukan…</source>
        <translation>Approve all submitted…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/massal.py" line="37" />
        <source>Untuk semua pegawai yang cocok dengan pencarian dan saringan daftar di sebelah kiri.</source>
        <translation>For all employees matching the search and filters of the list on the left.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/massal.py" line="43" />
        <source>Simpan atau batalkan perubahan yang sedang dibuka terlebih dahulu.</source>
        <translation>First save or discard the changes you are editing.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/massal.py" line="49" />
        <source>Ajukan {0} {1} berstatus konsep dari daftar ini?</source>
        <translation>Submit {0} draft {1} document(s) from this list?</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/massal.py" line="50" />
        <source>Tidak ada {0} berstatus konsep pada daftar ini.</source>
        <translation>No draft {0} on this list.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/massal.py" line="52" />
        <source>Setujui {0} {1} yang diajukan dari daftar ini? Dokumen yang disetujui terkunci.</source>
        <translation>Approve {0} submitted {1} document(s) from this list? Approved documents are locked.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/massal.py" line="54" />
        <source>Tidak ada {0} yang diajukan pada daftar ini.</source>
        <translation>No submitted {0} on this list.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/massal.py" line="60" />
        <source>… dan {0} lainnya</source>
        <translation>… and {0} more</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/massal.py" line="68" />
        <source>diajukan</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/massal.py" line="68" />
        <source>disetujui</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/massal.py" line="69" />
        <source>{0} {1} {2}.</source>
        <translation>{0} {1} document(s) {2}.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/massal.py" line="73" />
        <source>{0} belum dapat {1}; rinciannya di bawah.</source>
        <translation>{0} could not be {1}; details below.</translation>
    </message>
</context>
<context>
    <name>MatriksTab</name>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_tabs.py" line="173" />
        <source>RHK {0}</source>
        <translation>RHK {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_tabs.py" line="174" />
        <source>Belum terhubung</source>
        <translation>Not linked</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_tabs.py" line="178" />
        <source>RHK atasan</source>
        <translation>Supervisor's RHK</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_tabs.py" line="194" />
        <source>(belum ada SKP)</source>
        <translation>(no SKP yet)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_tabs.py" line="202" />
        <source>{0} belum memiliki SKP tahun {1}; matriks belum dapat disusun.</source>
        <translation>{0} has no SKP for {1}; the matrix cannot be built yet.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_tabs.py" line="205" />
        <source>{0} tidak memiliki bawahan langsung.</source>
        <translation>{0} has no direct subordinates.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_tabs.py" line="208" />
        <source>Kolom: RHK {0} · Baris: bawahan langsung · Sel: RHK bawahan yang mengintervensi; x = tidak berperan.</source>
        <translation>Columns: RHK of {0} · Rows: direct subordinates · Cells: the subordinate's RHK supporting it; x = no role.</translation>
    </message>
</context>
<context>
    <name>MulaiPanel</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="118" />
        <source>Mulai di sini: menyiapkan instalasi pusat</source>
        <translation>Start here: setting up the central installation</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="122" />
        <source>Susun unit organisasi (OPD, sekolah, puskesmas, kecamatan)</source>
        <translation>Set up organisation units (OPDs, schools, health centres, districts)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="123" />
        <source>Buka Organisasi</source>
        <translation>Open Organisation</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="124" />
        <source>Impor daftar pegawai dari Excel (SIASN/SAPK atau templat)</source>
        <translation>Import the employee list from Excel (SIASN/SAPK or template)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="125" />
        <source>Impor pegawai…</source>
        <translation>Import employees…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="126" />
        <source>Buka tahun kinerja berjalan</source>
        <translation>Open the current performance year</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="126" />
        <source>Buka Pengaturan</source>
        <translation>Open Settings</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="128" />
        <source>Undang unit: buat paket penyiapan untuk tiap unit</source>
        <translation>Invite units: create a setup package for each unit</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="129" />
        <source>Buka Sinkronisasi</source>
        <translation>Open Synchronisation</translation>
    </message>
</context>
<context>
    <name>MutasiDialog</name>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/mutasi.py" line="43" />
        <source>Mutasi pegawai</source>
        <translation>Employee transfer</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/mutasi.py" line="49" />
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;sekarang di {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;now at {1}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/mutasi.py" line="56" />
        <source>Unit tujuan:</source>
        <translation>Destination unit:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/mutasi.py" line="64" />
        <source>TMT:</source>
        <translation>Effective from:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/mutasi.py" line="67" />
        <source>pimpinan unit tujuan</source>
        <translation>head of the destination unit</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/mutasi.py" line="70" />
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/mutasi.py" line="75" />
        <source>Atasan langsung:</source>
        <translation>Direct supervisor:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/mutasi.py" line="79" />
        <source>Unit lama mengetahui mutasi ini dari paket pusat berikutnya dan menyimpan salinan baca-saja; SKP, evaluasi dan riwayatnya ikut ke unit baru. Yang ditulis unit lama sesudah mutasi ini dicatat ditahan di sini untuk ditinjau.</source>
        <translation>The old unit learns of this transfer from the next central package and keeps a read-only copy; the SKP, evaluations and history move to the new unit. Anything the old unit writes after this transfer is recorded is held here for review.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/mutasi.py" line="85" />
        <source>Pindahkan</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/mutasi.py" line="94" />
        <source>Pilih atasan langsung</source>
        <translation>Choose the direct supervisor</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/mutasi.py" line="105" />
        <source>Pilih unit tujuan.</source>
        <translation>Choose the destination unit.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/mutasi.py" line="116" />
        <source>Mutasi dicatat</source>
        <translation>Transfer recorded</translation>
    </message>
</context>
<context>
    <name>OrganisasiPage</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="275" />
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="326" />
        <source>Organisasi</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="277" />
        <source>Tampilkan unit yang ditutup</source>
        <translation>Show closed units</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="281" />
        <source>Tambah sub-unit (Ctrl+N)</source>
        <translation>Add sub-unit (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="283" />
        <source>Simpan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="285" />
        <source>Pindahkan…</source>
        <translation>Move…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="287" />
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="377" />
        <source>Tutup unit…</source>
        <translation>Close unit…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="289" />
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="290" />
        <source>Hanya unit yang belum pernah berisi pegawai, tanpa sub-unit dan tanpa instalasi</source>
        <translation>Only units that never had employees, with no sub-units and no installation</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="300" />
        <source>Struktur organisasi dikelola oleh BKPSDM (instalasi pusat); di sini hanya dapat dilihat.</source>
        <translation>The organisation structure is managed by BKPSDM (the central installation); here it is read-only.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="304" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="304" />
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="304" />
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="305" />
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="350" />
        <source> (ditutup)</source>
        <translation> (closed)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="376" />
        <source>Buka kembali</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="435" />
        <source>Tutup {0}? Unit yang ditutup tidak dapat menerima pegawai baru; riwayat dan dokumennya tetap tersimpan, dan unit dapat dibuka kembali.</source>
        <translation>Close {0}? A closed unit cannot receive new employees; its history and documents are kept, and the unit can be reopened.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="445" />
        <source>Hapus unit {0} ({1})? Unit ini belum pernah dipakai. Datanya disimpan sebagai arsip; bila terhapus keliru, kodenya dapat dipulihkan.</source>
        <translation>Remove unit {0} ({1})? It has never been used. Its data is kept as an archive; if removed by mistake, its code can be restored.</translation>
    </message>
</context>
<context>
    <name>PanduanWindow</name>
    <message>
        <location filename="../../src/asn_desktop/ui/bantuan/panduan.py" line="29" />
        <source>Panduan Kinerja ASN Desktop</source>
        <translation>Kinerja ASN Desktop Guide</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/bantuan/panduan.py" line="37" />
        <source>Bagian panduan</source>
        <translation>Guide sections</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/bantuan/panduan.py" line="52" />
        <source>Panduan tidak ditemukan pada instalasi ini.</source>
        <translation>The guide was not found in this installation.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/bantuan/panduan.py" line="54" />
        <source>F1 membuka bagian untuk halaman yang sedang dibuka.</source>
        <translation>F1 opens the section for the current page.</translation>
    </message>
</context>
<context>
    <name>PegawaiDetailPanel</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="54" />
        <source>NIP / NI PPPK</source>
        <translation>NIP / NI PPPK</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="55" />
        <source>Status / Gol.</source>
        <translation>Status / Grade</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="56" />
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="57" />
        <source>Jenis jabatan</source>
        <translation>Position type</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="58" />
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="59" />
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="60" />
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="61" />
        <source>Predikat tahunan</source>
        <translation>Annual predikat</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="70" />
        <source>Atasan langsung</source>
        <translation>Direct supervisor</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="85" />
        <source>Riwayat penempatan</source>
        <translation>Placement history</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="92" />
        <source>Buka SKP</source>
        <translation>Open SKP</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="94" />
        <source>Buka evaluasi</source>
        <translation>Open evaluation</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="108" />
        <source>Pilih pegawai di daftar</source>
        <translation>Choose an employee in the list</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="118" />
        <source>{0} (berhenti)</source>
        <translation>{0} (left)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="123" />
        <source> (pimpinan unit)</source>
        <translation> (unit head)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="127" />
        <source> (TMT {0})</source>
        <translation> (since {0})</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="129" />
        <source>{0} · berhenti: {1}, {2}</source>
        <translation>{0} · left: {1}, {2}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="133" />
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="134" />
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="139" />
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="140" />
        <source>Bawahan ({0})</source>
        <translation>Subordinates ({0})</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="155" />
        <source>Atasan: {0}</source>
        <translation>Supervisor: {0}</translation>
    </message>
</context>
<context>
    <name>PegawaiEditor</name>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="43" />
        <source>Tambah pegawai</source>
        <translation>Add employee</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="44" />
        <source>Ubah data pegawai</source>
        <translation>Edit employee</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="53" />
        <source>PNS</source>
        <translation>PNS</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="54" />
        <source>PPPK</source>
        <translation>PPPK</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="57" />
        <source>18 digit, mis. 19860926 201505 1 001</source>
        <translation>18 digits, e.g. 19860926 201505 1 001</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="67" />
        <source>Gelar depan, mis. Drs.</source>
        <translation>Title before the name, e.g. Drs.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="69" />
        <source>Gelar belakang, mis. S.Pd.</source>
        <translation>Title after the name, e.g. S.Pd.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="84" />
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="232" />
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="87" />
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="90" />
        <source>Kosongkan</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="98" />
        <source>Pimpinan unit kerja</source>
        <translation>Head of the work unit</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="99" />
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="103" />
        <source>Ubah lewat tombol Berhenti… atau Pulihkan di halaman Pegawai</source>
        <translation>Change with the End service… or Restore button on the Employees page</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="112" />
        <source>Status kepegawaian</source>
        <translation>Employment status</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="113" />
        <source>NIP / NI PPPK</source>
        <translation>NIP / NI PPPK</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="114" />
        <source>Nama (tanpa gelar)</source>
        <translation>Name (without titles)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="115" />
        <source>Gelar</source>
        <translation>Titles</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="116" />
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="117" />
        <source>Jenis jabatan</source>
        <translation>Position type</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="118" />
        <source>Golongan</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="119" />
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="120" />
        <source>Atasan langsung</source>
        <translation>Direct supervisor</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="123" />
        <source>Surel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="124" />
        <source>Telepon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="207" />
        <source>laki-laki</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="207" />
        <source>perempuan</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="208" />
        <source>Lahir {0}</source>
        <translation>Born {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="210" />
        <source>TMT CPNS {0}</source>
        <translation>CPNS since {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="212" />
        <source>diangkat {0}</source>
        <translation>appointed {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="226" />
        <source>Pilih atasan langsung</source>
        <translation>Choose the direct supervisor</translation>
    </message>
</context>
<context>
    <name>PegawaiList</name>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pegawai_list.py" line="70" />
        <source>Cari nama, NIP atau jabatan… (Ctrl+F)</source>
        <translation>Search name, NIP or position… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pegawai_list.py" line="83" />
        <source>Semua unit</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pegawai_list.py" line="85" />
        <source>Saring menurut unit</source>
        <translation>Filter by unit</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pegawai_list.py" line="89" />
        <source>Saring menurut jenis jabatan</source>
        <translation>Filter by position type</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pegawai_list.py" line="90" />
        <source>Semua jenis jabatan</source>
        <translation>All position types</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pegawai_list.py" line="96" />
        <source>Saring menurut status kepegawaian</source>
        <translation>Filter by employment status</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pegawai_list.py" line="97" />
        <source>PNS dan PPPK</source>
        <translation>PNS and PPPK</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pegawai_list.py" line="107" />
        <source>Termasuk yang berhenti</source>
        <translation>Include those who left</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pegawai_list.py" line="168" />
        <source>Saring menurut status dokumen</source>
        <translation>Filter by document status</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pegawai_list.py" line="186" />
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pegawai_list.py" line="187" />
        <source>Belum selesai</source>
        <translation>Not finished</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pegawai_list.py" line="194" />
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pegawai_list.py" line="194" />
        <source>Evaluasi</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pegawai_list.py" line="308" />
        <source>Menghitung…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pegawai_list.py" line="313" />
        <source>{0} pegawai</source>
        <translation>{0} employees</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pegawai_list.py" line="313" />
        <source>1 pegawai</source>
        <translation>1 employee</translation>
    </message>
</context>
<context>
    <name>PegawaiModel</name>
    <message>
        <location filename="../../src/asn_desktop/ui/models/pegawai_model.py" line="39" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/models/pegawai_model.py" line="40" />
        <source>NIP / NI PPPK</source>
        <translation>NIP / NI PPPK</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/models/pegawai_model.py" line="41" />
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/models/pegawai_model.py" line="42" />
        <source>Jenis jabatan</source>
        <translation>Position type</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/models/pegawai_model.py" line="43" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/models/pegawai_model.py" line="44" />
        <source>Gol.</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/models/pegawai_model.py" line="45" />
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/models/pegawai_model.py" line="46" />
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/models/pegawai_model.py" line="202" />
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/models/pegawai_model.py" line="213" />
        <source> (berhenti)</source>
        <translation> (left)</translation>
    </message>
</context>
<context>
    <name>PegawaiPage</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="181" />
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="238" />
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="183" />
        <source>Tambah pegawai (Ctrl+N)</source>
        <translation>Add employee (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="186" />
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="189" />
        <source>Mutasi…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="191" />
        <source>Pindahkan pegawai ke unit lain</source>
        <translation>Move the employee to another unit</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="193" />
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="196" />
        <source>Impor dari Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="198" />
        <source>Tambah atau perbarui banyak pegawai sekaligus dari berkas .xlsx atau .csv</source>
        <translation>Add or update many employees at once from an .xlsx or .csv file</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="201" />
        <source>Berhenti…</source>
        <translation>End service…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="203" />
        <source>Catat pensiun, meninggal, pindah instansi atau diberhentikan</source>
        <translation>Record retirement, death, move to another agency or dismissal</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="206" />
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="208" />
        <source>Batalkan pencatatan berhenti</source>
        <translation>Undo the end-of-service record</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="210" />
        <source>Terhapus…</source>
        <translation>Removed…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="212" />
        <source>Pegawai yang dihapus dari daftar; pulihkan bila terhapus keliru</source>
        <translation>Employees removed from the list; restore one removed by mistake</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="221" />
        <source>Data pegawai dikelola oleh BKPSDM (instalasi pusat); di sini hanya dapat dilihat. Perubahan datang melalui paket sinkronisasi.</source>
        <translation>Employee data is managed by BKPSDM (the central installation); here it is read-only. Changes arrive in synchronisation packages.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="339" />
        <source>Pulihkan {0} sebagai pegawai aktif?</source>
        <translation>Restore {0} as an active employee?</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="360" />
        <source>Hapus {0} dari daftar pegawai? Data SKP dan evaluasinya tetap tersimpan; pegawai dapat dipulihkan lewat tombol Terhapus….</source>
        <translation>Remove {0} from the employee list? The SKP and evaluations are kept; the employee can be restored with the Removed… button.</translation>
    </message>
</context>
<context>
    <name>PegawaiTerhapusDialog</name>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_terhapus.py" line="33" />
        <source>Pegawai yang dihapus</source>
        <translation>Removed employees</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_terhapus.py" line="37" />
        <source>Pegawai yang dihapus dari daftar beserta SKP dan evaluasinya tetap tersimpan. Pilih satu lalu Pulihkan untuk mengembalikannya ke daftar.</source>
        <translation>Employees removed from the list are kept with their SKP and evaluations. Choose one and press Restore to bring it back to the list.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_terhapus.py" line="45" />
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_terhapus.py" line="60" />
        <source>Tidak ada pegawai yang dihapus.</source>
        <translation>No removed employees.</translation>
    </message>
</context>
<context>
    <name>PelayananPage</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pelayanan.py" line="52" />
        <location filename="../../src/asn_desktop/ui/pages/pelayanan.py" line="103" />
        <source>Pelayanan</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pelayanan.py" line="54" />
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pelayanan.py" line="61" />
        <source>Bulan:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pelayanan.py" line="68" />
        <source>Tahun:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pelayanan.py" line="75" />
        <source>Katalog unit lain…</source>
        <translation>Other unit's catalogue…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pelayanan.py" line="76" />
        <source>Mulai katalog layanan untuk unit yang belum memilikinya</source>
        <translation>Start a service catalogue for a unit that has none yet</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pelayanan.py" line="88" />
        <source>Register harian</source>
        <translation>Daily register</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pelayanan.py" line="89" />
        <source>Pengaduan</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pelayanan.py" line="90" />
        <source>Survei IKM</source>
        <translation>IKM survey</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pelayanan.py" line="91" />
        <source>Katalog layanan</source>
        <translation>Service catalogue</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pelayanan.py" line="92" />
        <source>Laporan</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pelayanan.py" line="109" />
        <location filename="../../src/asn_desktop/ui/pages/pelayanan.py" line="177" />
        <source>Belum ada unit yang memiliki katalog layanan</source>
        <translation>No unit has a service catalogue yet</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pelayanan.py" line="112" />
        <source>Register harian, pengaduan dan survei IKM dicatat per unit yang melayani masyarakat (mis. Disdukcapil, kecamatan, puskesmas). Unit itu lebih dahulu mencatat jenis layanannya beserta standar waktunya di tab Katalog layanan; setelah itu unitnya muncul di pilihan Unit di atas.</source>
        <translation>The daily register, complaints and IKM surveys are recorded per unit that serves the public (e.g. Disdukcapil, districts, health centres). The unit first records its services and their time standards on the Service catalogue tab; after that it appears in the Unit choice above.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pelayanan.py" line="117" />
        <source>Mulai katalog untuk unit:</source>
        <translation>Start a catalogue for unit:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pelayanan.py" line="121" />
        <source>Mulai katalog layanan</source>
        <translation>Start service catalogue</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pelayanan.py" line="124" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pelayanan.py" line="178" />
        <source>Mulai katalog layanan unit lain</source>
        <translation>Start another unit's service catalogue</translation>
    </message>
</context>
<context>
    <name>PemantauanPage</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="107" />
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="172" />
        <source>Pemantauan</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="109" />
        <source>Tahun:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="114" />
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="117" />
        <source>Jenis unit:</source>
        <translation>Unit type:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="120" />
        <source>Rekap .xlsx…</source>
        <translation>Recap .xlsx…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="121" />
        <source>Rekap PDF…</source>
        <translation>Recap PDF…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="130" />
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="229" />
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="130" />
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="152" />
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="130" />
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="130" />
        <source>SKP disetujui</source>
        <translation>SKP approved</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="131" />
        <source>Evaluasi selesai</source>
        <translation>Evaluations done</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="132" />
        <source>Capaian</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="132" />
        <source>Panduan distribusi</source>
        <translation>Distribution guidance</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="132" />
        <source>Paket terakhir</source>
        <translation>Last package</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="133" />
        <source>Konflik</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="145" />
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="151" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="145" />
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="151" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="145" />
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="151" />
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="145" />
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="146" />
        <source>Evaluasi periode</source>
        <translation>Period evaluation</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="146" />
        <source>Predikat periode</source>
        <translation>Period predikat</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="147" />
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="152" />
        <source>Predikat tahunan</source>
        <translation>Annual predikat</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="147" />
        <source>Riwayat predikat</source>
        <translation>Predikat history</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="151" />
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="156" />
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="155" />
        <source>Pegawai OPD terpilih</source>
        <translation>Employees of the chosen OPD</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="157" />
        <source>Grafik</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="159" />
        <source>Pelayanan publik</source>
        <translation>Public services</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="189" />
        <source>Evaluasi selesai per periode</source>
        <translation>Evaluations done per period</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="191" />
        <source>Predikat per OPD (periode terpilih)</source>
        <translation>Predikat per OPD (chosen period)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="192" />
        <source>Sebaran predikat seluruh unit</source>
        <translation>Predikat distribution, all units</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="195" />
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="196" />
        <source>Simpan grafik ini sebagai gambar PNG</source>
        <translation>Save this chart as a PNG image</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="210" />
        <source>Bulan:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="212" />
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="223" />
        <source>Belum ada unit yang menyimpan katalog layanan. Unit pelayanan publik (mis. Disdukcapil, kecamatan, puskesmas) mencatat katalog layanan, register layanan harian, pengaduan dan survei IKM di halaman Pelayanan; rekapnya tampil di sini.</source>
        <translation>No unit keeps a service catalogue yet. Public service units (e.g. Disdukcapil, districts, health centres) record their service catalogue, daily service register, complaints and IKM surveys on the Services page; the recap shows here.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="229" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="229" />
        <source>Permohonan</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="230" />
        <source>Tepat waktu</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="231" />
        <source>Terlambat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="231" />
        <source>Nilai IKM</source>
        <translation>IKM score</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="231" />
        <source>Mutu IKM</source>
        <translation>IKM quality</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="247" />
        <source>{0} unit pelayanan · {1}; pengaduan terbuka dan terlambat per hari ini</source>
        <translation>{0} service units · {1}; open and overdue complaints as of today</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="259" />
        <source>{0} terlambat</source>
        <translation>{0} overdue</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="274" />
        <source>Pengaduan terbuka yang melewati batas waktunya</source>
        <translation>Open complaints past their deadline</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="282" />
        <source>Simpan grafik</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="284" />
        <source>Gambar PNG (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="295" />
        <source>Grafik disimpan: {0}</source>
        <translation>Chart saved: {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="306" />
        <source>Periode berjalan</source>
        <translation>Current period</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="349" />
        <source>Semua jenis</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="363" />
        <source>{0} unit · {1} pegawai aktif · SKP disetujui {2} · evaluasi periode selesai {3} · {4} unit belum mengirim paket lebih dari {5} hari</source>
        <translation>{0} units · {1} active employees · SKP approved {2} · period evaluations done {3} · {4} units without a package for more than {5} days</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="380" />
        <source>Di luar panduan</source>
        <translation>Outside guidance</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="381" />
        <source>Sesuai</source>
        <translation>Within guidance</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="383" />
        <source>{0} hari lalu</source>
        <translation>{0} days ago</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="394" />
        <source>Paket terakhir diterima {0}</source>
        <translation>Last package received {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="441" />
        <source>Belum ada</source>
        <translation>None yet</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="229" />
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="442" />
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="230" />
        <source>Pengaduan masuk</source>
        <translation>Complaints received</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="230" />
        <source>Terbuka kini</source>
        <translation>Open now</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="442" />
        <source>Belum</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="452" />
        <source>Pegawai OPD terpilih ({0})</source>
        <translation>Employees of the chosen OPD ({0})</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="472" />
        <source>Sangat Baik dua tahun berturut-turut</source>
        <translation>Sangat Baik two years in a row</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="473" />
        <source>Pembinaan dan pengembangan kompetensi</source>
        <translation>Guidance and competence development</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="462" />
        <source>Tindak lanjut ({0})</source>
        <translation>Follow-up ({0})</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="498" />
        <source>Simpan rekap</source>
        <translation>Save recap</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pemantauan.py" line="504" />
        <source>Rekap disimpan: {0}</source>
        <translation>Recap saved: {0}</translation>
    </message>
</context>
<context>
    <name>PengaduanDialog</name>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_dialog.py" line="62" />
        <source>Pengaduan baru</source>
        <translation>New complaint</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_dialog.py" line="63" />
        <source>Ubah pengaduan {0}</source>
        <translation>Edit complaint {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_dialog.py" line="72" />
        <source>boleh dikosongkan</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_dialog.py" line="74" />
        <source>telepon atau surel; boleh dikosongkan</source>
        <translation>phone or e-mail; may be left empty</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_dialog.py" line="76" />
        <source>(tidak menyangkut layanan tertentu)</source>
        <translation>(not about a particular service)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_dialog.py" line="84" />
        <source>kosongkan untuk nomor otomatis</source>
        <translation>leave empty for an automatic number</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_dialog.py" line="85" />
        <source>Pengaduan dari SP4N-LAPOR! dapat memakai nomor tiketnya sendiri.</source>
        <translation>A complaint from SP4N-LAPOR! can keep its own ticket number.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_dialog.py" line="87" />
        <source>Tanggal diterima:</source>
        <translation>Date received:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_dialog.py" line="88" />
        <source>Kanal:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_dialog.py" line="89" />
        <source>Pelapor:</source>
        <translation>Complainant:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_dialog.py" line="90" />
        <source>Kontak:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_dialog.py" line="91" />
        <source>Layanan:</source>
        <translation>Service:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_dialog.py" line="92" />
        <source>Kategori:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_dialog.py" line="93" />
        <source>Uraian:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_dialog.py" line="94" />
        <source>Nomor:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_dialog.py" line="128" />
        <source>Pengaduan bertanggal {0} masuk {1} hari yang lalu dan langsung tercatat terlambat. Simpan dengan tanggal ini?</source>
        <translation>The complaint dated {0} came in {1} days ago and is recorded as overdue at once. Save it with this date?</translation>
    </message>
</context>
<context>
    <name>PengaduanTab</name>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_pengaduan.py" line="57" />
        <source>Semua (bulan terpilih)</source>
        <translation>All (chosen month)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_pengaduan.py" line="58" />
        <source>Terbuka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_pengaduan.py" line="58" />
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_pengaduan.py" line="195" />
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_pengaduan.py" line="247" />
        <source>Terlambat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_pengaduan.py" line="59" />
        <source>Jatuh tempo ≤ {0} hari kerja</source>
        <translation>Due in ≤ {0} working days</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_pengaduan.py" line="68" />
        <source>Pengaduan baru…</source>
        <translation>New complaint…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_pengaduan.py" line="69" />
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_pengaduan.py" line="77" />
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_pengaduan.py" line="77" />
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_pengaduan.py" line="77" />
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_pengaduan.py" line="77" />
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_pengaduan.py" line="237" />
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_pengaduan.py" line="78" />
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_pengaduan.py" line="238" />
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_pengaduan.py" line="78" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_pengaduan.py" line="78" />
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_pengaduan.py" line="239" />
        <source>Batas</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_pengaduan.py" line="78" />
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_pengaduan.py" line="240" />
        <source>Penanggung jawab</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_pengaduan.py" line="79" />
        <source>Sisa waktu</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_pengaduan.py" line="110" />
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_pengaduan.py" line="110" />
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_pengaduan.py" line="110" />
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_pengaduan.py" line="110" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_pengaduan.py" line="159" />
        <source>{0} pengaduan diterima {1}</source>
        <translation>{0} complaint(s) received in {1}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_pengaduan.py" line="160" />
        <source>{0} pengaduan (semua bulan)</source>
        <translation>{0} complaint(s) (all months)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_pengaduan.py" line="161" />
        <source> · {0} terlambat</source>
        <translation> · {0} overdue</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_pengaduan.py" line="194" />
        <source>Terlambat {0} hari</source>
        <translation>{0} day(s) overdue</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_pengaduan.py" line="197" />
        <source>Tepat waktu</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_pengaduan.py" line="201" />
        <source>Batas hari ini</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_pengaduan.py" line="202" />
        <source>{0} hari kerja</source>
        <translation>{0} working day(s)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_pengaduan.py" line="230" />
        <source>Pilih pengaduan di daftar untuk melihat rinciannya.</source>
        <translation>Choose a complaint in the list to see its details.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_pengaduan.py" line="231" />
        <source>Belum ada pengaduan di daftar ini.</source>
        <translation>No complaints in this list yet.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_pengaduan.py" line="235" />
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_pengaduan.py" line="236" />
        <source>Pelapor</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_pengaduan.py" line="241" />
        <source>Respons pertama</source>
        <translation>First response</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_pengaduan.py" line="242" />
        <source>Ditutup</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_pengaduan.py" line="244" />
        <source>Tanggapan</source>
        <translation>Response</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_pengaduan.py" line="244" />
        <source>Bukti</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>PengaturanPage</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="56" />
        <source>Bulanan</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="57" />
        <source>Triwulanan</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="58" />
        <source>Semesteran</source>
        <translation>Half-yearly</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="70" />
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="233" />
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="78" />
        <source>Komputer ini</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="83" />
        <source>Terapkan bahasa</source>
        <translation>Apply language</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="90" />
        <source>Bahasa tampilan:</source>
        <translation>Display language:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="92" />
        <source>Ukuran huruf</source>
        <translation>Font size</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="95" />
        <source>Terapkan ukuran huruf</source>
        <translation>Apply font size</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="102" />
        <source>Ukuran huruf:</source>
        <translation>Font size:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="104" />
        <source>mis. Rina Marlina (kosong: nama pengguna komputer)</source>
        <translation>e.g. Rina Marlina (empty: the computer user name)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="108" />
        <source>Simpan nama operator</source>
        <translation>Save operator name</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="119" />
        <source>Dicatat sebagai "oleh" pada riwayat dan log perubahan yang dibuat di komputer ini; tidak diterbitkan.</source>
        <translation>Recorded as "by" in the history and change log of work done on this computer; not published.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="122" />
        <source>Nama operator:</source>
        <translation>Operator name:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="124" />
        <source>Instalasi:</source>
        <translation>Installation:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="125" />
        <source>Peran:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="125" />
        <source>Pusat (BKPSDM)</source>
        <translation>Central (BKPSDM)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="126" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="127" />
        <source>Folder data:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="130" />
        <source>Pengaturan bersama (diterbitkan oleh pusat)</source>
        <translation>Shared settings (published by the central)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="135" />
        <source>Pengaturan ini ditetapkan BKPSDM dan datang melalui paket sinkronisasi.</source>
        <translation>These settings are set by BKPSDM and arrive in synchronisation packages.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="141" />
        <source>Simpan pengaturan bersama (Ctrl+S)</source>
        <translation>Save shared settings (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="150" />
        <source>Tahun kinerja</source>
        <translation>Performance year</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="159" />
        <source>Siapkan tahun dan periodenya</source>
        <translation>Prepare the year and its periods</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="163" />
        <source>Tahun:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="164" />
        <source>Frekuensi evaluasi:</source>
        <translation>Evaluation frequency:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="170" />
        <source>Cadangan data</source>
        <translation>Data backup</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="173" />
        <source>Simpan salinan berkas data di flashdisk atau folder lain secara berkala. Bila komputer rusak, pulihkan dari salinan itu: instalasi lain mengirim ulang apa yang hilang pada pertukaran paket berikutnya.</source>
        <translation>Regularly save a copy of the data file to a USB drive or another folder. If the computer breaks, restore from that copy: the other installations resend what is missing in the next package exchange.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="177" />
        <source>Buat cadangan…</source>
        <translation>Create backup…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="180" />
        <source>Pulihkan dari cadangan…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="194" />
        <source>Penyimpanan data pusat</source>
        <translation>Central data storage</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="199" />
        <source>Pindahkan ke server…</source>
        <translation>Move to server…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="205" />
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="208" />
        <source>Tersimpan di:</source>
        <translation>Stored in:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="205" />
        <source>server PostgreSQL {0}</source>
        <translation>PostgreSQL server {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="208" />
        <source>berkas {0}</source>
        <translation>file {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="211" />
        <source>Bila beberapa staf BKPSDM bekerja bersamaan dari beberapa komputer, pindahkan data pusat ke server PostgreSQL (basis data kosong; kata sandi dari ~/.pgpass atau PGPASSWORD, tidak ditulis di sini). Semua data, riwayat dan kunci tetap; unit tidak perlu mengulang apa pun.</source>
        <translation>When several BKPSDM staff work at once from several computers, move the central data onto a PostgreSQL server (an empty database; the password comes from ~/.pgpass or PGPASSWORD and is not written here). All data, history and keys stay; units need not redo anything.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="215" />
        <source>Alamat server:</source>
        <translation>Server address:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="226" />
        <source>Data pusat akan dipindah ke {0}. Tutup aplikasi ini di komputer lain terlebih dahulu. Berkas data saat ini disimpan di folder cadangan. Lanjutkan?</source>
        <translation>The central data will be moved to {0}. Close this application on other computers first. The current data file is kept in the backup folder. Continue?</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="229" />
        <source>Pindahkan ke server</source>
        <translation>Move to server</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="278" />
        <source>Tahun {0} belum disiapkan; frekuensi bawaan: {1}.</source>
        <translation>Year {0} is not set up yet; default frequency: {1}.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="281" />
        <source>Tahun {0} sudah disiapkan: frekuensi {1}, {2} periode.</source>
        <translation>Year {0} is set up: {1} frequency, {2} periods.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="298" />
        <source>Nama:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="298" />
        <source>Jabatan:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="299" />
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="358" />
        <source>Isian bukan JSON yang sah (baris {0}).</source>
        <translation>The entry is not valid JSON (line {0}).</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="373" />
        <source>Kata sandi cadangan</source>
        <translation>Backup password</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="378" />
        <source>Kunci instalasi ikut dicadangkan, dilindungi kata sandi (minimal {0} karakter). Simpan kata sandi ini: tanpanya kunci tidak dapat dipulihkan.</source>
        <translation>The installation key is backed up too, protected by a password (at least {0} characters). Keep this password: without it the key cannot be restored.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="384" />
        <source>Kata sandi cadangan minimal {0} karakter.</source>
        <translation>The backup password needs at least {0} characters.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="387" />
        <source>Ulangi kata sandi:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="388" />
        <source>Kedua kata sandi tidak sama; cadangan tidak dibuat.</source>
        <translation>The two passwords differ; no backup was made.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="396" />
        <source>Simpan cadangan</source>
        <translation>Save backup</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="398" />
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="413" />
        <source>Berkas data (*.sqlite);;Semua berkas (*)</source>
        <translation>Data files (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="412" />
        <source>Pilih berkas cadangan</source>
        <translation>Choose the backup file</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="417" />
        <source>Data di komputer ini diganti dengan isi cadangan {0}. Data saat ini disimpan dahulu di folder cadangan. Lanjutkan?</source>
        <translation>The data on this computer will be replaced with the contents of backup {0}. The current data is first saved in the backup folder. Continue?</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="419" />
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="429" />
        <source>Kunci instalasi dipulihkan dari cadangan. Kata sandi cadangan:</source>
        <translation>The installation key is restored from the backup. Backup password:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="448" />
        <source>Nama operator disimpan: {0}.</source>
        <translation>Operator name saved: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="449" />
        <source>nama pengguna komputer</source>
        <translation>computer user name</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="464" />
        <source>Tahun {0} siap: frekuensi {1}; {2} periode baru dibuat.</source>
        <translation>Year {0} ready: {1} frequency; {2} new periods created.</translation>
    </message>
</context>
<context>
    <name>PenilaianTab</name>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="319" />
        <source>Rating hasil kerja</source>
        <translation>Work result rating</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="321" />
        <source>Rating perilaku kerja</source>
        <translation>Work behaviour rating</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="334" />
        <source>Terapkan aturan pimpinan</source>
        <translation>Apply the head-of-unit rule</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="337" />
        <source>Pilih rating hasil kerja yang diberikan capaian kinerja organisasi unitnya; simpan evaluasi untuk menetapkannya.</source>
        <translation>Choose the work result rating that the organisational performance of their unit gives; save the evaluation to set it.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="346" />
        <source>(ikut capaian unit)</source>
        <translation>(follow the unit's achievement)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="354" />
        <source>Capaian kinerja organisasi:</source>
        <translation>Organisational performance:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="356" />
        <source>Tanggal evaluasi:</source>
        <translation>Evaluation date:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="357" />
        <source>Catatan/rekomendasi:</source>
        <translation>Notes/recommendations:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="362" />
        <source>Predikat kinerja</source>
        <translation>Performance predicate</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="368" />
        <source>Predikat mengikuti matriks kuadran kinerja dari kedua rating (tidak diketik).</source>
        <translation>The predicate follows the performance quadrant matrix from both ratings (it is not typed).</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="372" />
        <source>Hasil ↓ / Perilaku →</source>
        <translation>Results ↓ / Behaviour →</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="414" />
        <source>Capaian unit: {0}</source>
        <translation>Unit achievement: {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="415" />
        <source>Capaian unit belum ditetapkan.</source>
        <translation>The unit's achievement is not set.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="447" />
        <source>Pilih kedua rating</source>
        <translation>Choose both ratings</translation>
    </message>
</context>
<context>
    <name>PerPegawai</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="162" />
        <source>Pilih pegawai di sebelah kiri.</source>
        <translation>Choose an employee on the left.</translation>
    </message>
</context>
<context>
    <name>PerilakuEval</name>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="241" />
        <source>Umpan balik:</source>
        <translation>Feedback:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="253" />
        <source>Ekspektasi khusus pimpinan: {0}</source>
        <translation>Leader's specific expectations: {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="254" />
        <source>Ekspektasi khusus pimpinan: —</source>
        <translation>Leader's specific expectations: —</translation>
    </message>
</context>
<context>
    <name>PerilakuTab</name>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_tabs.py" line="40" />
        <source>Panduan perilaku menurut SE MenPANRB 20/2021. Ekspektasi khusus pimpinan boleh dikosongkan.</source>
        <translation>Behaviour guidance per SE MenPANRB 20/2021. The leader's specific expectations may be left empty.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_tabs.py" line="42" />
        <source>Simpan ekspektasi (Ctrl+S)</source>
        <translation>Save expectations (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_tabs.py" line="65" />
        <source>Ekspektasi khusus pimpinan:</source>
        <translation>Leader's specific expectations:</translation>
    </message>
</context>
<context>
    <name>PindahDialog</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="61" />
        <source>Pindahkan unit</source>
        <translation>Move unit</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="63" />
        <source>Pindahkan {0} ke bawah:</source>
        <translation>Move {0} under:</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="287" />
        <source>Ruang kerja latihan</source>
        <translation>Practice workspace</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="288" />
        <source>Data contoh dibuat otomatis. Semua nama dan NIP adalah rekaan.</source>
        <translation>Sample data is created automatically. All names and NIPs are fictitious.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="296" />
        <source>Jumlah pegawai contoh:</source>
        <translation>Number of sample employees:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="297" />
        <source>Membuat data contoh dapat memakan waktu beberapa detik.</source>
        <translation>Creating the sample data can take a few seconds.</translation>
    </message>
</context>
<context>
    <name>PratinjauPage</name>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="214" />
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="215" />
        <source>Belum ada yang diubah. Semua atau tidak sama sekali: bila satu baris saja salah, tidak ada yang diimpor.</source>
        <translation>Nothing has been changed yet. All or nothing: if even one row is wrong, nothing is imported.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="218" />
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="225" />
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="225" />
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="225" />
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="225" />
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="232" />
        <source>Catat pegawai yang tidak ada di berkas sebagai berhenti:</source>
        <translation>Record employees missing from the file as having left:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="250" />
        <source>Simpan laporan Excel…</source>
        <translation>Save Excel report…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="260" />
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="274" />
        <source>Tekan Impor untuk menyimpan. Data dicadangkan dulu.</source>
        <translation>Press Import to save. The data is backed up first.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="276" />
        <source>Perbaiki baris {0} di berkas, simpan, lalu kembali dan pilih berkasnya lagi.</source>
        <translation>Fix row(s) {0} in the file, save it, then go back and choose the file again.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="280" />
        <source>{0} pegawai aktif di unit yang dicakup berkas tidak ada di berkas ({1}); mereka tidak dihapus. Centang di bawah untuk mencatat mereka berhenti.</source>
        <translation>{0} active employees in the units covered by the file are not in it ({1}); they are not removed. Tick below to record them as having left.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="285" />
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="286" />
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="290" />
        <source>berkas</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="302" />
        <source>Simpan laporan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="303" />
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="308" />
        <source>Laporan disimpan: {0}</source>
        <translation>Report saved: {0}</translation>
    </message>
</context>
<context>
    <name>PredikatOpdChart</name>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/grafik.py" line="98" />
        <source>Belum ada evaluasi yang disetujui pada periode ini.</source>
        <translation>No evaluation approved in this period yet.</translation>
    </message>
</context>
<context>
    <name>PredikatPicker</name>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/setting_fields.py" line="141" />
        <source>(pilih predikat)</source>
        <translation>(choose predikat)</translation>
    </message>
</context>
<context>
    <name>RealisasiRow</name>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="61" />
        <source>Realisasi</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="62" />
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="63" />
        <source>Bukti dukung</source>
        <translation>Supporting evidence</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="64" />
        <source>uraian realisasi</source>
        <translation>result description</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="65" />
        <source>keterangan</source>
        <translation>remarks</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="66" />
        <source>bukti dukung, mis. SK No. 800/12</source>
        <translation>evidence, e.g. Decree No. 800/12</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_register.py" line="154" />
        <source>◀ Hari sebelumnya</source>
        <translation>◀ Previous day</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_register.py" line="156" />
        <source>Tanggal register</source>
        <translation>Register date</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_register.py" line="157" />
        <source>Hari berikutnya ▶</source>
        <translation>Next day ▶</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_register.py" line="158" />
        <source>Hari ini</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_register.py" line="161" />
        <source>Impor dari berkas…</source>
        <translation>Import from file…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_register.py" line="162" />
        <source>Simpan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_register.py" line="175" />
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_register.py" line="188" />
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_register.py" line="175" />
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_register.py" line="188" />
        <source>Masuk</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_register.py" line="176" />
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_register.py" line="188" />
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_register.py" line="176" />
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_register.py" line="189" />
        <source>Tepat waktu</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_register.py" line="188" />
        <source>Standar</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_register.py" line="189" />
        <source>% tepat waktu</source>
        <translation>% on time</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_register.py" line="170" />
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_register.py" line="305" />
        <source>Ketik jumlahnya lalu tekan Enter untuk pindah ke kolom berikutnya. Tunggakan terisi sendiri dari tunggakan kemarin + masuk − selesai sampai Anda mengubahnya.</source>
        <translation>Type the number and press Enter to move to the next column. The backlog fills itself in from yesterday's backlog + received − completed until you change it.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_register.py" line="175" />
        <source>Tunggakan kemarin</source>
        <translation>Backlog yesterday</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_register.py" line="176" />
        <source>Tunggakan</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_register.py" line="177" />
        <source>Alasan tunggakan</source>
        <translation>Backlog reason</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_register.py" line="189" />
        <source>Tunggakan akhir</source>
        <translation>Backlog at end</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_register.py" line="237" />
        <source>Register {0}</source>
        <translation>Register {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_register.py" line="289" />
        <source>{0}
Standar: {1}</source>
        <translation>{0}
Standard: {1}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_register.py" line="307" />
        <source>Belum ada layanan aktif di katalog unit ini; tambahkan di tab Katalog layanan.</source>
        <translation>No active service in this unit's catalogue yet; add one on the Service catalogue tab.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_register.py" line="392" />
        <source>Impor register layanan</source>
        <translation>Import service register</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_register.py" line="393" />
        <source>Register (*.xlsx *.csv)</source>
        <translation>Registers (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_register.py" line="397" />
        <source>Isian register hari ini yang belum disimpan akan diganti isi berkas. Lanjutkan?</source>
        <translation>This day's unsaved register entries will be replaced with the file's contents. Continue?</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_register.py" line="404" />
        <source>Register diimpor: {0} baris, {1} hari, {2} jenis layanan.</source>
        <translation>Register imported: {0} rows, {1} days, {2} services.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_register.py" line="408" />
        <source>Register tidak diimpor</source>
        <translation>Register not imported</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_register.py" line="418" />
        <source>Jumlah {0} per layanan</source>
        <translation>Totals for {0} per service</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pelayanan_register.py" line="431" />
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
</context>
<context>
    <name>RhkForm</name>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="44" />
        <source>Rencana hasil kerja, mis. Terlaksananya layanan administrasi kepegawaian</source>
        <translation>Work result plan, e.g. Personnel administration services delivered</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="53" />
        <source>Tulis RHK pimpinan sementara (bila SKP atasan belum ada)</source>
        <translation>Write the leader's RHK provisionally (when the supervisor has no SKP yet)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="57" />
        <source>(tanpa perspektif)</source>
        <translation>(no perspective)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="61" />
        <source>Uraian RHK:</source>
        <translation>RHK description:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="63" />
        <source>RHK pimpinan yang diintervensi:</source>
        <translation>Leader's RHK supported:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="68" />
        <source>Perspektif:</source>
        <translation>Perspective:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="74" />
        <source>Simpan RHK (Ctrl+S)</source>
        <translation>Save RHK (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="90" />
        <source>RHK {0} baru</source>
        <translation>New {0} RHK</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="92" />
        <source>RHK {0} {1}</source>
        <translation>{0} RHK {1}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="98" />
        <source>(belum dipilih)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="108" />
        <source>Pejabat penilai belum memiliki SKP tahun ini; tulis RHK pimpinan sementara dan hubungkan nanti.</source>
        <translation>The appraiser has no SKP this year yet; write the leader's RHK provisionally and link it later.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="112" />
        <source>RHK pimpinan yang dipilih sudah dihapus; pilih yang lain.</source>
        <translation>The chosen leader's RHK was deleted; choose another.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="115" />
        <source>Pilih dari RHK pada SKP pejabat penilai.</source>
        <translation>Choose from the RHK in the appraiser's SKP.</translation>
    </message>
</context>
<context>
    <name>RiwayatTable</name>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_tabs.py" line="217" />
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_tabs.py" line="217" />
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_tabs.py" line="217" />
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_tabs.py" line="218" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>SelesaiPage</name>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="330" />
        <source>Impor selesai</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/impor_pegawai.py" line="340" />
        <source>Cadangan sebelum impor: {0}</source>
        <translation>Backup before import: {0}</translation>
    </message>
</context>
<context>
    <name>SertifikatDialog</name>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/sertifikat.py" line="52" />
        <source>Sertifikat tanda tangan</source>
        <translation>Signature certificate</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/sertifikat.py" line="56" />
        <source>Berkas PDF lembar resmi ditandatangani secara elektronik dengan sertifikat yang diterbitkan otoritas sertifikat kota (BKPSDM). Pembaca PDF mengakui tanda tangan itu setelah sertifikat otoritasnya dipasang di komputer pemeriksa.</source>
        <translation>PDF files of official sheets are signed electronically with a certificate issued by the city's certificate authority (BKPSDM). PDF readers accept that signature once the authority's certificate is installed on the checking computer.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/sertifikat.py" line="67" />
        <source>Otoritas sertifikat:</source>
        <translation>Certificate authority:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/sertifikat.py" line="68" />
        <source>Sidik SHA-256:</source>
        <translation>SHA-256 fingerprint:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/sertifikat.py" line="69" />
        <source>Sertifikat instalasi ini:</source>
        <translation>This installation's certificate:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/sertifikat.py" line="70" />
        <source>Berlaku sampai:</source>
        <translation>Valid until:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/sertifikat.py" line="73" />
        <source>Bandingkan sidik SHA-256 di atas dengan yang diumumkan BKPSDM (misalnya lewat telepon) sebelum memasang sertifikatnya.</source>
        <translation>Compare the SHA-256 fingerprint above with the one announced by BKPSDM (for example by phone) before installing the certificate.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/sertifikat.py" line="76" />
        <source>Cara memasang sertifikat otoritas di pembaca PDF: lihat Panduan, bagian &lt;a href='panduan'&gt;Mencetak lembar&lt;/a&gt;.</source>
        <translation>How to install the authority certificate in a PDF reader: see the Guide, section &lt;a href='panduan'&gt;Mencetak lembar&lt;/a&gt; (printing sheets).</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/sertifikat.py" line="87" />
        <source>Simpan sertifikat otoritas…</source>
        <translation>Save authority certificate…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/sertifikat.py" line="94" />
        <source>memuat…</source>
        <translation>loading…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/sertifikat.py" line="106" />
        <source>belum diterima dari pusat — kirim paket ke BKPSDM lalu impor jawabannya</source>
        <translation>not received from the central yet — send a package to BKPSDM, then import its reply</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/sertifikat.py" line="113" />
        <source>belum diterbitkan — kirim paket ke BKPSDM lalu impor jawabannya</source>
        <translation>not issued yet — send a package to BKPSDM, then import its reply</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/sertifikat.py" line="123" />
        <source>Simpan sertifikat otoritas</source>
        <translation>Save authority certificate</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/sertifikat.py" line="124" />
        <source>Sertifikat (*.crt)</source>
        <translation>Certificates (*.crt)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/sertifikat.py" line="130" />
        <source>Sertifikat otoritas tersimpan: {0}</source>
        <translation>Authority certificate saved: {0}</translation>
    </message>
</context>
<context>
    <name>SinkronisasiPage</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="59" />
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="284" />
        <source>Sinkronisasi</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="82" />
        <source>Instalasi</source>
        <translation>Installation</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="82" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="82" />
        <source>Terakhir dikirim</source>
        <translation>Last sent</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="83" />
        <source>Terakhir diterima</source>
        <translation>Last received</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="83" />
        <source>Belum dikirim / menunggu konfirmasi</source>
        <translation>Not sent / awaiting confirmation</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="100" />
        <source>Kirim perubahan</source>
        <translation>Send changes</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="103" />
        <source>Simpan paket perubahan ke folder atau flashdisk, lalu serahkan ke unit tujuannya.</source>
        <translation>Save the change package to a folder or USB stick, then hand it to the unit it is for.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="105" />
        <source>Simpan paket perubahan ke folder atau flashdisk, lalu serahkan ke BKPSDM.</source>
        <translation>Save the change package to a folder or USB stick, then hand it to BKPSDM.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="109" />
        <source>Semua unit terdaftar</source>
        <translation>All enrolled units</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="112" />
        <source>Salinan lengkap (memulihkan instalasi)</source>
        <translation>Full copy (to restore an installation)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="115" />
        <source>Buat paket ke folder…</source>
        <translation>Create package in folder…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="119" />
        <source>Buat paket ke flashdisk</source>
        <translation>Write package to flash drive</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="128" />
        <source>Ganti kunci instalasi…</source>
        <translation>Replace installation key…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="131" />
        <source>Bila komputer ini atau cadangannya mungkin jatuh ke tangan orang lain: kunci baru diumumkan di paket berikutnya, penerima mengikutinya tanpa pendaftaran ulang.</source>
        <translation>If this computer or its backup may have fallen into other hands: the new key is announced in the next package, and recipients follow it without enrolling again.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="138" />
        <source>semua unit</source>
        <translation>all units</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="138" />
        <source>BKPSDM</source>
        <translation>BKPSDM</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="140" />
        <source>Ganti kunci tanda tangan dan enkripsi instalasi ini?

Kunci baru diumumkan dengan tanda tangan kunci lama di paket berikutnya ke {0}; sesudah itu paket bertanda tangan kunci lama ditolak. Lembar yang sudah dicetak tetap dapat diverifikasi. Sesudahnya buat cadangan baru: cadangan lama masih memuat kunci lama.</source>
        <translation>Replace the signing and encryption keys of this installation?

The new key is announced, signed with the old key, in the next package to {0}; after that, packages signed with the old key are rejected. Sheets already printed can still be verified. Afterwards make a new backup: old backups still contain the old key.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="144" />
        <source>Ganti kunci</source>
        <translation>Replace key</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="155" />
        <source>Tidak ada flashdisk terpasang</source>
        <translation>No flash drive plugged in</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="159" />
        <source>Terima paket</source>
        <translation>Receive packages</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="161" />
        <source>Pilih berkas paket, atau seret berkasnya ke halaman ini.</source>
        <translation>Choose a package file, or drag the file onto this page.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="162" />
        <source>Buka paket…</source>
        <translation>Open package…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="166" />
        <source>Folder kotak masuk (opsional):</source>
        <translation>Inbox folder (optional):</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="170" />
        <source>paket di folder ini diterima otomatis</source>
        <translation>packages in this folder are received automatically</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="171" />
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="191" />
        <source>Terima paket ini</source>
        <translation>Receive this package</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="194" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="208" />
        <source>Paket {0} dibuka dari folder {1}. Pilih "Terima paket ini" untuk menerimanya, atau Batal.</source>
        <translation>Package {0} was opened from the folder {1}. Choose "Receive this package" to receive it, or Cancel.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="213" />
        <source>Yang terbuka sekarang ruang latihan: paket ini akan diterima ke data contoh, bukan ke data sungguhan. Untuk data sungguhan, pilih Batal, kembali ke data sungguhan (menu Berkas), lalu buka paketnya lagi.</source>
        <translation>The practice workspace is open: this package would be received into the sample data, not into the real data. For the real data, choose Cancel, go back to the real data (File menu), then open the package again.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="232" />
        <source>Daftarkan instalasi unit</source>
        <translation>Enrol a unit installation</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="234" />
        <source>Buat paket penyiapan untuk satu unit. Berkasnya hanya terbuka dengan kode pendaftaran yang tampil sekali di sini: serahkan kode itu terpisah dari berkasnya.</source>
        <translation>Create a setup package for one unit. The file opens only with the enrolment code shown once here: hand the code over separately from the file.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="240" />
        <source>Buat paket penyiapan…</source>
        <translation>Create setup package…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="247" />
        <source>Konflik yang perlu ditinjau</source>
        <translation>Conflicts to review</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="260" />
        <source>Pakai nilai di komputer ini</source>
        <translation>Keep this computer's value</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="262" />
        <source>Pakai nilai dari paket</source>
        <translation>Keep the package's value</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="264" />
        <source>Di komputer ini</source>
        <translation>On this computer</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="265" />
        <source>Dari paket</source>
        <translation>From the package</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="315" />
        <source>Tidak ada konflik.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="328" />
        <source>Pilih folder atau flashdisk tujuan</source>
        <translation>Choose the target folder or USB drive</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="342" />
        <source>Pilih paket sinkronisasi</source>
        <translation>Choose synchronisation packages</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="343" />
        <source>Paket Kinerja ASN (*{0});;Semua berkas (*)</source>
        <translation>Kinerja ASN packages (*{0});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="349" />
        <source>Diterapkan: {0} · sudah pernah diimpor: {1} · ditolak: {2}</source>
        <translation>Applied: {0} · already imported: {1} · rejected: {2}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="352" />
        <source>Paket {0} ditolak: {1}</source>
        <translation>Package {0} rejected: {1}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="369" />
        <source>Pilih folder untuk paket penyiapan</source>
        <translation>Choose the folder for the setup package</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="380" />
        <source>Paket penyiapan untuk {0} ({1}) ditulis ke {2}.</source>
        <translation>Setup package for {0} ({1}) written to {2}.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="382" />
        <source>Kode pendaftaran:</source>
        <translation>Enrolment code:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="387" />
        <source>Berikan kode ini kepada unit terpisah dari berkasnya: lewat telepon atau langsung, jangan dalam surel atau flashdisk yang sama. Berkas tanpa kode tidak dapat dibuka. Kode ini tidak disimpan; bila hilang, buat paket penyiapan baru.</source>
        <translation>Give this code to the unit separately from the file: by phone or in person, never in the same e-mail or on the same USB drive. The file cannot be opened without it. The code is not stored; if it is lost, create a new setup package.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="396" />
        <source>Pilih folder kotak masuk</source>
        <translation>Choose the inbox folder</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="432" />
        <source> (dipakai sekarang)</source>
        <translation> (in use now)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="442" />
        <source>Baris ini belum berlaku di komputer ini. Memakai nilai di komputer ini berarti baris baru itu ditolak.</source>
        <translation>This row is not in effect on this computer yet. Keeping this computer's value means the new row is rejected.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="449" />
        <source>dipakai bila dipilih; yang lain dihapus (dapat dipulihkan)</source>
        <translation>kept if chosen; the other is deleted (can be restored)</translation>
    </message>
</context>
<context>
    <name>SkpEditor</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp_editor.py" line="216" />
        <source>Hapus SKP</source>
        <translation>Delete SKP</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp_editor.py" line="241" />
        <source>Hasil kerja</source>
        <translation>Work results</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp_editor.py" line="242" />
        <source>Perilaku kerja</source>
        <translation>Work behaviour</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp_editor.py" line="243" />
        <source>Lampiran</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp_editor.py" line="244" />
        <source>Matriks peran-hasil</source>
        <translation>Role-result matrix</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp_editor.py" line="245" />
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp_editor.py" line="256" />
        <source>Pendekatan:</source>
        <translation>Approach:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp_editor.py" line="258" />
        <source>Kuantitatif</source>
        <translation>Quantitative</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp_editor.py" line="259" />
        <source>Kualitatif</source>
        <translation>Qualitative</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp_editor.py" line="262" />
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp_editor.py" line="269" />
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp_editor.py" line="271" />
        <source>Simpan periode</source>
        <translation>Save period</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp_editor.py" line="277" />
        <source>Pejabat penilai:</source>
        <translation>Appraising official:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp_editor.py" line="277" />
        <source>Pilih penilai lain…</source>
        <translation>Choose another appraiser…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp_editor.py" line="297" />
        <source>Kembali ke bawaan</source>
        <translation>Back to default</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp_editor.py" line="280" />
        <source>Atasan pejabat penilai:</source>
        <translation>Appraiser's superior:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp_editor.py" line="222" />
        <source>SKP ini sudah disetujui dan terkunci. Pilih "Buka kembali" (dengan alasan) untuk mengubahnya.</source>
        <translation>This SKP is approved and locked. Choose "Reopen" (with a reason) to change it.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp_editor.py" line="224" />
        <source>Pembukaan kembali dan alasannya dicatat di riwayat.</source>
        <translation>Reopening and its reason are recorded in the history.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp_editor.py" line="281" />
        <source>Pilih atasan penilai lain…</source>
        <translation>Choose another superior…</translation>
    </message>
</context>
<context>
    <name>SkpPage</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="70" />
        <source>Sasaran Kinerja Pegawai</source>
        <translation>Employee Performance Targets</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="73" />
        <source>Tahun:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="89" />
        <source>Pilih pegawai di sebelah kiri untuk membuka SKP-nya.</source>
        <translation>Choose an employee on the left to open their SKP.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="83" />
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="108" />
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="136" />
        <source>SKP {0}</source>
        <translation>SKP {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="172" />
        <source>Format SKP JPT: RHK dengan perspektif, tanpa kolom RHK pimpinan yang diintervensi.</source>
        <translation>JPT SKP form: RHK with perspectives, without the leader's RHK column.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="174" />
        <source>Format SKP JA/JF: setiap RHK dihubungkan ke RHK pimpinan yang diintervensi.</source>
        <translation>JA/JF SKP form: every RHK is linked to the leader's RHK it supports.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="183" />
        <source>Format JPT</source>
        <translation>JPT form</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="184" />
        <source>Format JA/JF</source>
        <translation>JA/JF form</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="197" />
        <source>Belum dapat diajukan:</source>
        <translation>Cannot be submitted yet:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="205" />
        <source>Pendekatan hanya dapat diubah selama SKP berstatus konsep.</source>
        <translation>The approach can only be changed while the SKP is a draft.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="214" />
        <source>— (belum dapat ditentukan)</source>
        <translation>— (cannot be determined yet)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="221" />
        <source>— (tidak ada)</source>
        <translation>— (none)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="240" />
        <source>A. UTAMA</source>
        <translation>A. MAIN</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="241" />
        <source>B. TAMBAHAN</source>
        <translation>B. ADDITIONAL</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="257" />
        <source>(RHK pimpinan belum dipilih)</source>
        <translation>(leader's RHK not chosen yet)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="258" />
        <source> (sementara)</source>
        <translation> (provisional)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="262" />
        <source>RHK pimpinan yang diintervensi: {0}</source>
        <translation>Leader's RHK supported: {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="327" />
        <source>Pilih dahulu RHK yang akan diberi indikator.</source>
        <translation>First choose the RHK that gets the indicator.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="408" />
        <source>Ubah pendekatan menjadi kualitatif? Target angka setiap indikator dijadikan target narasi (mis. "12 Dokumen") dan aspeknya dikosongkan; perubahan dicatat di riwayat.</source>
        <translation>Change the approach to qualitative? Each indicator's numeric target becomes a narrative target (e.g. "12 Dokumen") and its aspect is cleared; the change is recorded in the history.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="412" />
        <source>Ubah pendekatan menjadi kuantitatif? Indikator tidak diubah; aspek dan target angka yang belum ada perlu dilengkapi sebelum SKP diajukan.</source>
        <translation>Change the approach to quantitative? Indicators are not changed; missing aspects and numeric targets must be completed before the SKP is submitted.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="424" />
        <source>{0} — {1} (ditetapkan)</source>
        <translation>{0} — {1} (set)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="433" />
        <source>Pilih pejabat penilai kinerja</source>
        <translation>Choose the appraising official</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="452" />
        <source>Pilih atasan pejabat penilai kinerja</source>
        <translation>Choose the appraiser's superior</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="466" />
        <source>Ubah pejabat penilai</source>
        <translation>Change appraising official</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="467" />
        <source>Alasan perubahan pejabat penilai (boleh dikosongkan; dicatat di riwayat):</source>
        <translation>Reason for changing the appraising official (optional; recorded in the history):</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="536" />
        <source>RHK ini beserta indikatornya</source>
        <translation>this RHK with its indicators</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="537" />
        <source>indikator ini</source>
        <translation>this indicator</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="538" />
        <source>Hapus {0}?</source>
        <translation>Delete {0}?</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="404" />
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="551" />
        <source>Simpan dahulu perubahan yang sedang diisi.</source>
        <translation>First save the changes being edited.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="191" />
        <source>SKP {0} · {1} · pendekatan {2}</source>
        <translation>SKP {0} · {1} · {2} approach</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="215" />
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="221" />
        <source>{0} — {1} (bawaan)</source>
        <translation>{0} — {1} (default)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="216" />
        <source>Bawaan: atasan langsung pegawai.</source>
        <translation>Default: the employee's direct supervisor.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="222" />
        <source>Bawaan: atasan langsung pejabat penilai.</source>
        <translation>Default: the appraiser's direct supervisor.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="564" />
        <source>Setujui SKP ini? Setelah disetujui SKP terkunci.</source>
        <translation>Approve this SKP? Once approved the SKP is locked.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="568" />
        <source>Kembalikan SKP</source>
        <translation>Return SKP</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="569" />
        <source>Alasan pengembalian (wajib):</source>
        <translation>Reason for returning it (required):</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="574" />
        <source>Buka kembali SKP</source>
        <translation>Reopen SKP</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="575" />
        <source>Alasan membuka kembali SKP yang sudah disetujui (wajib, dicatat di riwayat):</source>
        <translation>Reason to reopen the approved SKP (required, recorded in the history):</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="581" />
        <source>Hapus SKP konsep ini beserta seluruh RHK-nya?</source>
        <translation>Delete this draft SKP with all its RHK?</translation>
    </message>
</context>
<context>
    <name>TentangDialog</name>
    <message>
        <location filename="../../src/asn_desktop/ui/bantuan/tentang.py" line="44" />
        <source>Tentang Kinerja ASN Desktop</source>
        <translation>About Kinerja ASN Desktop</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/bantuan/tentang.py" line="55" />
        <source>Pengelolaan kinerja ASN (PermenPANRB 6/2022) luring untuk Pemerintah Kota Serang.</source>
        <translation>Offline ASN performance management (PermenPANRB 6/2022) for the Serang City Government.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/bantuan/tentang.py" line="57" />
        <source>Peran instalasi:</source>
        <translation>Installation role:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/bantuan/tentang.py" line="58" />
        <source>Folder data:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/bantuan/tentang.py" line="59" />
        <source>Berkas basis data:</source>
        <translation>Database file:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/bantuan/tentang.py" line="60" />
        <source>Python {0} · Qt {1} · PySide6 {2}</source>
        <translation>Python {0} · Qt {1} · PySide6 {2}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/bantuan/tentang.py" line="62" />
        <source>Lisensi komponen</source>
        <translation>Component licences</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/bantuan/tentang.py" line="63" />
        <source>Aplikasi ini berlisensi MIT dan dibangun dari:</source>
        <translation>This application is MIT-licensed and built from:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/bantuan/tentang.py" line="64" />
        <source>Komponen</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/bantuan/tentang.py" line="65" />
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/bantuan/tentang.py" line="66" />
        <source>Lisensi</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>UmpanBalikPage</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="328" />
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="337" />
        <source>Umpan Balik</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="332" />
        <source>Umpan balik pegawai</source>
        <translation>Employee feedback</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="333" />
        <source>Forum evaluasi kinerja</source>
        <translation>Performance evaluation forum</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="101" />
        <source>Baris kop surat tambahan, satu per baris (paling banyak {0}).</source>
        <translation>Extra kop (letterhead) lines, one per line (at most {0}).</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="112" />
        <source>Pilih gambar kop…</source>
        <translation>Choose letterhead image…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="114" />
        <source>Hapus gambar kop</source>
        <translation>Remove letterhead image</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="121" />
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="121" />
        <source>Nama unit</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="122" />
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="122" />
        <source>Induk</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="123" />
        <source>Tempat (kota)</source>
        <translation>Place (city)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="124" />
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="125" />
        <source>Kop tambahan</source>
        <translation>Extra kop</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="126" />
        <source>Frekuensi evaluasi</source>
        <translation>Evaluation frequency</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="127" />
        <source>Pimpinan unit</source>
        <translation>Unit head</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="143" />
        <source>Gambar selebar halaman (lambang, nama dan alamat instansi). Kosong: memakai kop surat dari Pengaturan; tanpa kop bila keduanya kosong.</source>
        <translation>An image as wide as the page (emblem, name and address of the agency). Empty: the letterhead from Settings is used; no letterhead when both are empty.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="146" />
        <source>Kop surat (gambar)</source>
        <translation>Letterhead (image)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="211" />
        <source>tanpa kop</source>
        <translation>no letterhead</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="214" />
        <source>Pilih gambar kop</source>
        <translation>Choose letterhead image</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="229" />
        <source>Gambar ini tidak melebar (lebarnya kurang dari dua kali tingginya), sehingga tidak dicetak sebagai kop surat.</source>
        <translation>This image is not wide (less than twice as wide as it is tall), so it is not printed as a letterhead.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="166" />
        <source>(belum ditetapkan)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="170" />
        <source>Unit baru di bawah {0}</source>
        <translation>New unit under {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="172" />
        <source>Isi kode dan nama, lalu Simpan (Ctrl+S).</source>
        <translation>Fill in the code and name, then Save (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="184" />
        <source> (ditutup)</source>
        <translation> (closed)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="185" />
        <source>{0} pegawai aktif, {1} sub-unit</source>
        <translation>{0} active employees, {1} sub-units</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="188" />
        <source>punya instalasi unit</source>
        <translation>has a unit installation</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="190" />
        <source>ditutup sejak {0}</source>
        <translation>closed since {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="195" />
        <source>(akar)</source>
        <translation>(root)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="215" />
        <source>Gambar PNG (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/organisasi.py" line="223" />
        <source>Berkas tidak dapat dibaca: {0}</source>
        <translation>The file cannot be read: {0}</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="165" />
        <source>Instalasi unit</source>
        <translation>Unit installation</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="166" />
        <source>Pilih berkas paket penyiapan (.asnsetup) dari BKPSDM, misalnya dari flashdisk, lalu ketik kode pendaftarannya.</source>
        <translation>Choose the setup package file (.asnsetup) from BKPSDM, for example from a USB drive, then type its enrolment code.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="172" />
        <source>Berkas paket penyiapan…</source>
        <translation>Setup package file…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="173" />
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="182" />
        <source>Kode pendaftaran:</source>
        <translation>Enrolment code:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="185" />
        <source>Kode 16 huruf dan angka yang diberikan BKPSDM terpisah dari berkasnya (lewat telepon atau langsung). Huruf besar atau kecil dan tanda hubung boleh saja.</source>
        <translation>The 16-character code BKPSDM gave you separately from the file (by phone or in person). Upper or lower case and dashes do not matter.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="193" />
        <source>Pilih paket penyiapan</source>
        <translation>Choose the setup package</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="194" />
        <source>Paket penyiapan (*.asnsetup);;Semua berkas (*)</source>
        <translation>Setup package (*.asnsetup);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="202" />
        <source>Pilih berkas paket penyiapan yang ada.</source>
        <translation>Choose an existing setup package file.</translation>
    </message>
</context>
<context>
    <name>UnitView</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="182" />
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="186" />
        <source>Capaian kinerja organisasi:</source>
        <translation>Organisational performance:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="188" />
        <source>(belum ditetapkan)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="192" />
        <source>Tetapkan capaian</source>
        <translation>Set achievement</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="211" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="211" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="211" />
        <source>Rating hasil kerja</source>
        <translation>Work result rating</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="212" />
        <source>Rating perilaku kerja</source>
        <translation>Work behaviour rating</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="212" />
        <source>Predikat</source>
        <translation>Predicate</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="244" />
        <source>{0} evaluasi dengan predikat; {1} belum dinilai.</source>
        <translation>{0} evaluations with a predicate; {1} not rated yet.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="248" />
        <source>Peringatan (tidak menghalangi persetujuan):</source>
        <translation>Warnings (approval is not blocked):</translation>
    </message>
</context>
<context>
    <name>VerifikasiDialog</name>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/verifikasi.py" line="59" />
        <source>Verifikasi lembar tercetak</source>
        <translation>Verify a printed sheet</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/verifikasi.py" line="63" />
        <source>Ketik kode verifikasi yang tercetak di lembar (mis. ABCD-EFGH-JKMN), tempel isi QR, atau pilih berkas PDF. Hasilnya menampilkan isi yang tercatat saat lembar dicetak: cocokkan dengan kertasnya.</source>
        <translation>Type the verification code printed on the sheet (e.g. ABCD-EFGH-JKMN), paste the QR text, or choose a PDF file. The answer shows what was recorded when the sheet was printed: compare it with the paper.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/verifikasi.py" line="70" />
        <source>Periksa</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/verifikasi.py" line="73" />
        <source>Periksa berkas PDF…</source>
        <translation>Check a PDF file…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/verifikasi.py" line="86" />
        <source>Tanda tangan PDF</source>
        <translation>PDF signature</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/verifikasi.py" line="118" />
        <source>Pilih berkas PDF</source>
        <translation>Choose a PDF file</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/verifikasi.py" line="119" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/verifikasi.py" line="158" />
        <source>Penanda tangan: {0}</source>
        <translation>Signer: {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/verifikasi.py" line="159" />
        <source>Penanda tangan menurut berkas: {0}</source>
        <translation>Signer according to the file: {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/verifikasi.py" line="162" />
        <source>Ditandatangani: {0}</source>
        <translation>Signed: {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/verifikasi.py" line="179" />
        <source>Data</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/verifikasi.py" line="179" />
        <source>Tercatat di register</source>
        <translation>Recorded in the registry</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/verifikasi.py" line="181" />
        <source>Di lembar (berkas)</source>
        <translation>On the sheet (file)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/verifikasi.py" line="183" />
        <source>&lt;b&gt;Isi lembar yang tercatat saat dicetak&lt;/b&gt; — cocokkan dengan kertasnya:</source>
        <translation>&lt;b&gt;What the sheet printed, as recorded&lt;/b&gt; — compare it with the paper:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/verifikasi.py" line="193" />
        <source>(tidak terbaca)</source>
        <translation>(not readable)</translation>
    </message>
</context>
<context>
    <name>WorkflowBar</name>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/workflow_bar.py" line="14" />
        <source>Ajukan</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/workflow_bar.py" line="15" />
        <source>Kembalikan…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/workflow_bar.py" line="16" />
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/workflow_bar.py" line="17" />
        <source>Buka kembali…</source>
        <translation>Reopen…</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../src/asn_desktop/ui/app.py" line="248" />
        <source>Tidak dapat membuka data</source>
        <translation>Cannot open the data</translation>
    </message>
</context>
<context>
    <name>buka_berkas</name>
    <message>
        <location filename="../../src/asn_desktop/ui/buka_berkas.py" line="57" />
        <source>Komputer ini belum disiapkan. Selesaikan persiapan awal dulu; sesudahnya paket {0} siap diterima di halaman Sinkronisasi.</source>
        <translation>This computer has not been set up yet. Finish the first-start setup first; the package {0} will then be ready to receive on the Synchronisation page.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/buka_berkas.py" line="78" />
        <source>Yang terbuka sekarang ruang latihan, dan data sungguhan komputer ini belum disiapkan. Pilih "Kembali ke data sungguhan" di menu Berkas, lalu pilih paket penyiapan {0} pada persiapan awal.</source>
        <translation>The practice workspace is open, and this computer's real data has not been set up yet. Choose "Back to real data" in the File menu, then choose the setup package {0} in the first-start setup.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/buka_berkas.py" line="84" />
        <source>Komputer ini sudah disiapkan, jadi paket penyiapan {0} tidak dipakai. Paket penyiapan hanya dibuka pada komputer unit yang baru, saat persiapan awal.</source>
        <translation>This computer has already been set up, so the setup package {0} is not used. A setup package is opened only on a new unit computer, during the first-start setup.</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/common.py" line="238" />
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/common.py" line="239" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="100" />
        <source>JPT Utama</source>
        <translation>JPT Utama</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="101" />
        <source>JPT Madya</source>
        <translation>JPT Madya</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="102" />
        <source>JPT Pratama</source>
        <translation>JPT Pratama</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="103" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="104" />
        <source>Pengawas</source>
        <translation>Supervisor (Pengawas)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="105" />
        <source>Pelaksana</source>
        <translation>Executive staff</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="106" />
        <source>Fungsional Keahlian</source>
        <translation>Functional (expert)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="107" />
        <source>Fungsional Keterampilan</source>
        <translation>Functional (skilled)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="108" />
        <source>Di Atas Ekspektasi</source>
        <translation>Above Expectations</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="109" />
        <source>Sesuai Ekspektasi</source>
        <translation>As Expected</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="110" />
        <source>Di Bawah Ekspektasi</source>
        <translation>Below Expectations</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="111" />
        <source>Sangat Baik</source>
        <translation>Very Good</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="112" />
        <source>Baik</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="113" />
        <source>Butuh Perbaikan</source>
        <translation>Needs Improvement</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="114" />
        <source>Kurang/Misconduct</source>
        <translation>Poor/Misconduct</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="115" />
        <source>Sangat Kurang</source>
        <translation>Very Poor</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="116" />
        <source>Kuantitatif</source>
        <translation>Quantitative</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="117" />
        <source>Kualitatif</source>
        <translation>Qualitative</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="118" />
        <location filename="../../src/asn_desktop/ui/models/pegawai_model.py" line="53" />
        <source>Konsep</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="120" />
        <source>SKP tahun ini belum disetujui</source>
        <translation>This year's SKP not approved</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="121" />
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="122" />
        <source>Dibuka kembali</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="123" />
        <source>Pendekatan diubah</source>
        <translation>Approach changed</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="124" />
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="125" />
        <location filename="../../src/asn_desktop/ui/models/pegawai_model.py" line="54" />
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="126" />
        <location filename="../../src/asn_desktop/ui/models/pegawai_model.py" line="55" />
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="119" />
        <location filename="../../src/asn_desktop/ui/i18n.py" line="127" />
        <location filename="../../src/asn_desktop/ui/models/pegawai_model.py" line="52" />
        <source>Belum dibuat</source>
        <translation>Not created</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="65" />
        <source>Pemerintah Kota</source>
        <translation>City government</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="66" />
        <source>Perangkat Daerah</source>
        <translation>Regional agency (OPD)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="67" />
        <source>Bidang/Bagian</source>
        <translation>Division/Section</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="68" />
        <source>UPT</source>
        <translation>UPT</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="69" />
        <source>Sekolah</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="70" />
        <source>Puskesmas</source>
        <translation>Health centre</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="71" />
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="72" />
        <source>Kelurahan</source>
        <translation>Urban village</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="74" />
        <source>Sebagian besar atau seluruh hasil kerja di atas ekspektasi dan tidak ada hasil kerja utama yang di bawah ekspektasi.</source>
        <translation>Most or all work results are above expectations and no main work result is below expectations.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="75" />
        <source>Sebagian besar atau seluruh hasil kerja sesuai ekspektasi dan hanya sebagian kecil hasil kerja utama yang di bawah ekspektasi.</source>
        <translation>Most or all work results meet expectations and only a few main work results are below expectations.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="76" />
        <source>Sebagian besar atau seluruh hasil kerja di bawah ekspektasi.</source>
        <translation>Most or all work results are below expectations.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="77" />
        <source>Sebagian besar atau seluruh perilaku kerja di atas ekspektasi dan tidak ada perilaku kerja yang di bawah ekspektasi.</source>
        <translation>Most or all work behaviour is above expectations and no work behaviour is below expectations.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="78" />
        <source>Sebagian besar atau seluruh perilaku kerja sesuai ekspektasi dan hanya sebagian kecil perilaku kerja yang di bawah ekspektasi.</source>
        <translation>Most or all work behaviour meets expectations and only a little work behaviour is below expectations.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="79" />
        <source>Sebagian besar atau seluruh perilaku kerja di bawah ekspektasi.</source>
        <translation>Most or all work behaviour is below expectations.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="81" />
        <source>Triwulan I</source>
        <translation>Quarter I</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="82" />
        <source>Triwulan II</source>
        <translation>Quarter II</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="83" />
        <source>Triwulan III</source>
        <translation>Quarter III</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="84" />
        <source>Triwulan IV (akhir)</source>
        <translation>Quarter IV (final)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="85" />
        <source>Semester I</source>
        <translation>Semester I</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="86" />
        <source>Semester II</source>
        <translation>Semester II</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="87" />
        <source>Akhir</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="88" />
        <source>Bulan Januari</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="89" />
        <source>Bulan Februari</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="90" />
        <source>Bulan Maret</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="91" />
        <source>Bulan April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="92" />
        <source>Bulan Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="93" />
        <source>Bulan Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="94" />
        <source>Bulan Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="95" />
        <source>Bulan Agustus</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="96" />
        <source>Bulan September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="97" />
        <source>Bulan Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="98" />
        <source>Bulan November</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="99" />
        <source>Bulan Desember</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="128" />
        <source>Utama</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="129" />
        <source>Tambahan</source>
        <translation>Additional</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="130" />
        <source>Kuantitas</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="131" />
        <source>Kualitas</source>
        <translation>Quality</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="132" />
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="133" />
        <source>Biaya</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="134" />
        <source>Istimewa</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="135" />
        <source>Kurang</source>
        <translation>Poor</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="136" />
        <source>Atasan</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="137" />
        <source>Rekan kerja</source>
        <translation>Colleague</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/models/pegawai_model.py" line="51" />
        <source>Tanpa SKP</source>
        <translation>No SKP</translation>
    </message>
</context>
<context>
    <name>layanan</name>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="81" />
        <source>Transaksi ini tidak membawa identitas instalasi; perubahan ditolak.</source>
        <translation>This transaction does not carry the installation's identity; the change is refused.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="82" />
        <source>Data induk (unit, pegawai, tahun, periode, pengaturan) hanya dapat diubah oleh instalasi pusat (BKPSDM).</source>
        <translation>Master data (units, employees, years, periods, settings) can only be changed by the central installation (BKPSDM).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="83" />
        <source>Unit tersebut berada di luar wilayah instalasi ini; datanya dikelola oleh unit lain atau oleh pusat.</source>
        <translation>That unit is outside this installation's area; its data is managed by another unit or by the central.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="84" />
        <source>Pegawai tidak ditemukan.</source>
        <translation>Employee not found.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="85" />
        <source>Pegawai {nama} tidak ditempatkan di unit instalasi ini; data kinerjanya dikelola oleh unit tempat ia ditempatkan.</source>
        <translation>Employee {nama} is not placed in this installation's unit; their performance data is managed by the unit where they are placed.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="86" />
        <source>Cadangan ditulis: {path} ({ukuran} MB).</source>
        <translation>Backup written: {path} ({ukuran} MB).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="87" />
        <source>Kunci instalasi dipulihkan dari cadangan.</source>
        <translation>The installation keys were restored from the backup.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="88" />
        <source>Ruang kerja '{nama}' dipulihkan dari {path} (perubahan terakhir #{perubahan}).{disimpan} Pada pertukaran paket berikutnya, instalasi lain mengirim ulang apa yang hilang dan menerima kembali apa yang belum mereka miliki.</source>
        <translation>Workspace '{nama}' restored from {path} (last change #{perubahan}).{disimpan} At the next package exchange, the other installations send again what was lost and receive back what they do not have yet.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="90" />
        <source>Kata sandi cadangan minimal {n} karakter.</source>
        <translation>The backup password needs at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="91" />
        <source>Berkas cadangan {path} tidak ditemukan.</source>
        <translation>Backup file {path} not found.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="92" />
        <source>Berkas {nama} tidak berisi ruang kerja.</source>
        <translation>File {nama} holds no workspace.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="93" />
        <source>Berkas {nama} rusak ({hasil}).</source>
        <translation>File {nama} is damaged ({hasil}).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="97" />
        <source>Data sebelumnya disimpan di {path}.</source>
        <translation>The previous data was kept in {path}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="98" />
        <source>Berkas {nama} tidak dapat dibuka.</source>
        <translation>File {nama} cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="99" />
        <source>Berkas {nama} bukan cadangan data Kinerja ASN.</source>
        <translation>File {nama} is not a Kinerja ASN data backup.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="100" />
        <source>Berkas {nama} bukan berkas data Kinerja ASN, atau rusak.</source>
        <translation>File {nama} is not a Kinerja ASN data file, or it is damaged.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="89" />
        <source>Cadangan {berkas} milik instalasi lain ('{nama}' dengan kode instalasi {kode}, bukan {kode_sini} di sini); tidak dipulihkan.</source>
        <translation>Backup {berkas} belongs to another installation ('{nama}' with installation code {kode}, not {kode_sini} here); not restored.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="101" />
        <source>Cadangan {berkas} dibuat sebelum kunci ikut dicadangkan, dan folder data tidak memiliki kunci ({folder}); tidak dipulihkan. Salin kembali folder kunci/ dari komputer lama, atau hubungi BKPSDM.</source>
        <translation>Backup {berkas} was made before keys were included in backups, and the data folder has no keys ({folder}); not restored. Copy the kunci/ folder back from the old computer, or contact BKPSDM.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="94" />
        <source>Cadangan {berkas} milik instalasi lain ('{nama}'), bukan '{di_sini}'; tidak dipulihkan.</source>
        <translation>Backup {berkas} belongs to another installation ('{nama}'), not '{di_sini}'; not restored.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="102" />
        <source>Kunci dalam cadangan {berkas} rusak.</source>
        <translation>The keys in backup {berkas} are damaged.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="103" />
        <source>Memulihkan kunci dari cadangan {berkas} memerlukan kata sandi cadangannya.</source>
        <translation>Restoring the keys from backup {berkas} needs its backup password.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="116" />
        <source>Tidak ada lembar untuk dicetak.</source>
        <translation>There are no sheets to print.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="122" />
        <source>{nama} (NIP {nip}) belum memiliki evaluasi periode {periode} tahun {tahun}.</source>
        <translation>{nama} (NIP {nip}) has no evaluation for period {periode} of {tahun}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="123" />
        <source>{nama} (NIP {nip}) belum memiliki evaluasi tahun {tahun}.</source>
        <translation>{nama} (NIP {nip}) has no evaluation for {tahun}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="124" />
        <source>Periode '{teks}' tidak dikenal; contoh: TW1, TRIWULAN II, SM1, SEMESTER II, AKHIR, atau kode lengkap {tahun}-TW3.</source>
        <translation>Unknown period '{teks}'; examples: TW1, TRIWULAN II, SM1, SEMESTER II, AKHIR, or the full code {tahun}-TW3.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="125" />
        <source>Jenis dokumen harus salah satu dari {pilihan}.</source>
        <translation>The document type must be one of {pilihan}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="126" />
        <source>{nama} (NIP {nip}) belum memiliki SKP tahun {tahun}.</source>
        <translation>{nama} (NIP {nip}) has no SKP for {tahun}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="127" />
        <source>SAH</source>
        <translation>VALID</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="128" />
        <source>KEDALUWARSA</source>
        <translation>OUTDATED</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="129" />
        <source>KONSEP</source>
        <translation>DRAFT</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="130" />
        <source>TIDAK DIKENAL</source>
        <translation>UNKNOWN</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="131" />
        <source>TIDAK SAH</source>
        <translation>NOT VALID</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="68" />
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="26" />
        <source>hari kerja</source>
        <translation>working day(s)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="27" />
        <source>jam</source>
        <translation>hour(s)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="28" />
        <source>Langsung</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="29" />
        <source>Telepon/WA</source>
        <translation>Phone/WA</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="30" />
        <source>Kotak saran</source>
        <translation>Suggestion box</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="31" />
        <source>SP4N-LAPOR!</source>
        <translation>SP4N-LAPOR!</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="33" />
        <source>Media sosial</source>
        <translation>Social media</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="34" />
        <source>Ringan</source>
        <translation>Minor</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="35" />
        <source>Normatif</source>
        <translation>Normative</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="36" />
        <source>Tidak berkadar pengawasan</source>
        <translation>No oversight needed</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="37" />
        <source>Berkadar pengawasan</source>
        <translation>Needs oversight</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="38" />
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="39" />
        <source>Diverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="40" />
        <source>Didisposisi</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="41" />
        <source>Ditindaklanjuti</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="42" />
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="43" />
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="44" />
        <source>Diselesaikan</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="45" />
        <source>Dibuka kembali</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="46" />
        <source>Persyaratan</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="47" />
        <source>Sistem, mekanisme, dan prosedur</source>
        <translation>Systems, mechanisms and procedures</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="48" />
        <source>Waktu penyelesaian</source>
        <translation>Completion time</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="49" />
        <source>Biaya/tarif</source>
        <translation>Cost/fee</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="50" />
        <source>Produk spesifikasi jenis pelayanan</source>
        <translation>Service product specification</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="51" />
        <source>Kompetensi pelaksana</source>
        <translation>Staff competence</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="52" />
        <source>Perilaku pelaksana</source>
        <translation>Staff conduct</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="53" />
        <source>Penanganan pengaduan, saran dan masukan</source>
        <translation>Handling of complaints, suggestions and input</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="54" />
        <source>Sarana dan prasarana</source>
        <translation>Facilities and infrastructure</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="55" />
        <source>Sangat Baik</source>
        <translation>Very Good</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="56" />
        <source>Baik</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="57" />
        <source>Kurang Baik</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="58" />
        <source>Tidak Baik</source>
        <translation>Poor</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="59" />
        <source>Persentase pengaduan ditindaklanjuti tepat waktu (unit)</source>
        <translation>Percentage of complaints handled on time (unit)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="60" />
        <source>Persentase pengaduan tepat waktu (sebagai penanggung jawab)</source>
        <translation>Percentage of complaints on time (as person in charge)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="61" />
        <source>Jumlah pengaduan diselesaikan (sebagai penanggung jawab)</source>
        <translation>Number of complaints resolved (as person in charge)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="62" />
        <source>Rata-rata waktu penyelesaian pengaduan (hari kerja)</source>
        <translation>Average complaint resolution time (working days)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="63" />
        <source>Persentase dokumen selesai tepat waktu</source>
        <translation>Percentage of documents finished on time</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="65" />
        <source>Nilai IKM</source>
        <translation>IKM score</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="66" />
        <source>Pengaduan</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="67" />
        <source>Hari kerja</source>
        <translation>Working days</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="69" />
        <source>Nilai</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="114" />
        <source>lembar KONSEP tidak ditandatangani</source>
        <translation>draft (KONSEP) sheets are not signed</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="115" />
        <source>instalasi ini belum menerima sertifikat tanda tangan dari BKPSDM (kirim paket, lalu impor jawaban pusat)</source>
        <translation>this installation has not received a signature certificate from BKPSDM yet (send a package, then import the central's reply)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="117" />
        <source>{n} berkas tidak bertanda tangan PDF: {alasan}</source>
        <translation>{n} file(s) without a PDF signature: {alasan}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="121" />
        <source>Lembar kinerja pegawai; kode verifikasi {kode}</source>
        <translation>Employee performance sheet; verification code {kode}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="132" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="133" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="134" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="135" />
        <source>Pejabat penilai</source>
        <translation>Appraising official</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="136" />
        <source>Capaian kinerja organisasi</source>
        <translation>Organisational performance</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="137" />
        <source>Rating hasil kerja</source>
        <translation>Work result rating</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="138" />
        <source>Rating perilaku kerja</source>
        <translation>Work behaviour rating</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="139" />
        <source>Predikat</source>
        <translation>Predicate</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="140" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="141" />
        <source>(tidak terbaca)</source>
        <translation>(not readable)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="142" />
        <source>; tanda tangan digital pencetaknya belum dapat diperiksa di instalasi ini</source>
        <translation>; the printing installation's digital signature cannot be checked on this installation yet</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="143" />
        <source>{tanggal} pukul {jam}</source>
        <translation>{tanggal} at {jam}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="144" />
        <source>dokumennya sudah dihapus</source>
        <translation>the document has been deleted</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="145" />
        <source>dicetak {tanggal} oleh {instalasi}</source>
        <translation>printed {tanggal} by {instalasi}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="146" />
        <source>{nama} di lembar '{lembar}', di register '{register}'</source>
        <translation>{nama} on the sheet '{lembar}', in the registry '{register}'</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="147" />
        <source>Dicetak</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="148" />
        <source>Instalasi pencetak</source>
        <translation>Printing installation</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="149" />
        <source>Kode verifikasi</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="150" />
        <source>instalasi {node}</source>
        <translation>installation {node}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="151" />
        <source>{keterangan} — {nama} (NIP {nip})</source>
        <translation>{keterangan} — {nama} (NIP {nip})</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="152" />
        <source>lembar dengan kode {kode}</source>
        <translation>the sheet with code {kode}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="153" />
        <source>SAH: isi berkas sama dengan yang tercatat untuk kode {kode}: {subjek}, {oleh}{belum_diperiksa}.</source>
        <translation>VALID: the file content matches what is recorded for code {kode}: {subjek}, {oleh}{belum_diperiksa}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="154" />
        <source>SAH: kode {kode} tercatat untuk {subjek}, {oleh}, dan datanya tidak berubah sejak dicetak{belum_diperiksa}; cocokkan lembar dengan isi yang tercatat.</source>
        <translation>VALID: code {kode} is recorded for {subjek}, {oleh}, and its data has not changed since printing{belum_diperiksa}; compare the sheet with the recorded content.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="155" />
        <source>{nama} tidak terbaca di lembar (di register '{register}')</source>
        <translation>{nama} cannot be read on the sheet (in the registry '{register}')</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="156" />
        <source>{status} (lembar resmi)</source>
        <translation>{status} (official sheet)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="157" />
        <source>{status} (bukan lembar resmi)</source>
        <translation>{status} (not an official sheet)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="158" />
        <source>tidak ada di lembar asli: {kata}</source>
        <translation>not on the original sheet: {kata}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="159" />
        <source>hilang dari lembar asli: {kata}</source>
        <translation>missing from the original sheet: {kata}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="160" />
        <source>TIDAK DIKENAL: '{teks}' bukan kode verifikasi (contoh: ABCD-EFGH-JKMN).</source>
        <translation>UNKNOWN: '{teks}' is not a verification code (example: ABCD-EFGH-JKMN).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="162" />
        <source>TIDAK DIKENAL: kode verifikasi {kode} tidak tercatat di instalasi ini; keaslian lembar tidak dapat dipastikan (mungkin dicetak oleh unit yang datanya belum tersinkron, atau lembar palsu).</source>
        <translation>UNKNOWN: verification code {kode} is not recorded on this installation; the authenticity of the sheet cannot be confirmed (it may have been printed by a unit whose data has not been synchronised yet, or it is a forged sheet).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="163" />
        <source>catatan cetakan kode {kode} tidak konsisten (kode tidak cocok dengan isinya).</source>
        <translation>the print record of code {kode} is inconsistent (the code does not match its content).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="164" />
        <source>metadata berkas tidak sama dengan lembar yang dicetak dengan kode {kode}.</source>
        <translation>the file metadata does not match the sheet printed with code {kode}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="165" />
        <source>kode QR tidak cocok dengan lembar yang dicetak dengan kode {kode}.</source>
        <translation>the QR code does not match the sheet printed with code {kode}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="166" />
        <source>catatan cetakan kode {kode} tidak sesuai dengan isi lembarnya.</source>
        <translation>the print record of code {kode} does not match the content of its sheet.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="167" />
        <source>berkas tidak memuat teks lembar dengan kode {kode} (hanya metadata PDF); metadata saja tidak membuktikan keaslian.</source>
        <translation>the file holds no sheet text with code {kode} (only PDF metadata); metadata alone does not prove authenticity.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="168" />
        <source>{selisih} (kode {kode}).</source>
        <translation>{selisih} (code {kode}).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="169" />
        <source>{status} — bukan lembar resmi: {subjek}, kode {kode}, {oleh} saat dokumen masih berstatus {status_kecil} (belum disetujui).</source>
        <translation>{status} — not an official sheet: {subjek}, code {kode}, {oleh} while the document was still {status_kecil} (not approved yet).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="170" />
        <source>KEDALUWARSA: {subjek}, kode {kode}, {oleh}, asli tetapi {hilang}.</source>
        <translation>OUTDATED: {subjek}, code {kode}, {oleh}, genuine but {hilang}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="171" />
        <source>KEDALUWARSA: {subjek}, kode {kode}, {oleh}, asli tetapi datanya sudah berubah sejak dicetak; gunakan cetakan terbaru.</source>
        <translation>OUTDATED: {subjek}, code {kode}, {oleh}, genuine but its data has changed since printing; use the latest print.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="172" />
        <source>Berkas {path} bukan PDF yang dapat dibaca ({alasan}).</source>
        <translation>File {path} is not a readable PDF ({alasan}).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="173" />
        <source>TIDAK DIKENAL: berkas {nama} tidak memuat kode verifikasi Kinerja ASN.</source>
        <translation>UNKNOWN: file {nama} holds no Kinerja ASN verification code.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="174" />
        <source>Berkas {path} tidak ditemukan.</source>
        <translation>File {path} not found.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="175" />
        <source>TIDAK SAH: {alasan}</source>
        <translation>NOT VALID: {alasan}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="176" />
        <source>tanda tangan digital catatan cetakan kode {kode} tidak sah.</source>
        <translation>the digital signature of the print record of code {kode} is not valid.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="177" />
        <source>datanya tidak dapat disusun lagi ({alasan})</source>
        <translation>its data can no longer be assembled ({alasan})</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="178" />
        <source>KEDALUWARSA: {subjek} ({oleh}) asli, tetapi isinya dicatat sebelum register menyimpan nilai cetakan dan datanya sudah berubah, sehingga isi berkas tidak dapat dibandingkan; gunakan cetakan terbaru.</source>
        <translation>OUTDATED: {subjek} ({oleh}) is genuine, but it was recorded before the registry kept printed values and its data has changed, so the file content cannot be compared; use the latest print.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="179" />
        <source>teks lembar tidak sama dengan lembar asli kode {kode} ({beda}).</source>
        <translation>the sheet text differs from the original sheet of code {kode} ({beda}).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="182" />
        <source>TIDAK SAH: {pesan}</source>
        <translation>NOT VALID: {pesan}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="180" />
        <source>catatan cetakan kode {kode} rusak (isi lembar tidak terbaca).</source>
        <translation>the print record of code {kode} is damaged (the sheet content cannot be read).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="95" />
        <source>Cadangan {berkas} berasal dari pusat yang memakai server PostgreSQL: pulihkan di folder data pusat itu, atau di folder data kosong dengan --database ALAMAT; tidak ada yang diubah.</source>
        <translation>Backup {berkas} comes from a central on a PostgreSQL server: restore it in that central's data folder, or in an empty data folder with --database ADDRESS; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="96" />
        <source>Berkas {berkas} adalah cadangan berkas SQLite, bukan cadangan pusat pada server PostgreSQL; tidak ada yang diubah.</source>
        <translation>File {berkas} is a backup of a SQLite data file, not of a central on a PostgreSQL server; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="105" />
        <source>Folder data {folder} sudah memakai basis data {url}.</source>
        <translation>Data folder {folder} already uses database {url}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="106" />
        <source>Folder data {folder} sudah berisi berkas data SQLite; pilih folder data yang kosong.</source>
        <translation>Data folder {folder} already holds a SQLite data file; choose an empty data folder.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="107" />
        <source>Berkas cadangan {nama} rusak atau tidak lengkap.</source>
        <translation>Backup file {nama} is damaged or incomplete.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="110" />
        <source>Basis data pusat masih dipakai staf lain; minta semua menutup aplikasi lalu ulangi. Tidak ada yang diubah.</source>
        <translation>The central database is still in use by other staff; ask everyone to close the application, then try again. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="111" />
        <source>Pemulihan ke server PostgreSQL gagal; tidak ada yang diubah: {pesan}</source>
        <translation>Restoring to the PostgreSQL server failed; nothing was changed: {pesan}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="113" />
        <source>Server PostgreSQL tidak dapat dihubungi: {pesan}</source>
        <translation>The PostgreSQL server cannot be reached: {pesan}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="183" />
        <source>1 baris ditulis ke {path}.</source>
        <translation>1 row written to {path}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="184" />
        <source>{n} baris ditulis ke {path}.</source>
        <translation>{n} rows written to {path}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="185" />
        <source>Berkas tujuan harus berakhiran .xlsx, bukan '{nama}'.</source>
        <translation>The target file must end in .xlsx, not '{nama}'.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="186" />
        <source>Basis data penyiapan belum tertutup; jalankan lagi perintahnya.</source>
        <translation>The set-up database is not closed yet; run the command again.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="187" />
        <source>Folder data {folder} sudah berisi ruang kerja.</source>
        <translation>Data folder {folder} already holds a workspace.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="188" />
        <source>Folder {folder} berisi {n} paket penyiapan; sebutkan satu berkasnya.</source>
        <translation>Folder {folder} holds {n} setup packages; name one file.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="189" />
        <source>Berkas paket penyiapan {path} tidak ditemukan.</source>
        <translation>Setup package file {path} not found.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="190" />
        <source>Folder {folder} tidak berisi paket penyiapan (*{ext}).</source>
        <translation>Folder {folder} holds no setup package (*{ext}).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="191" />
        <source>evaluasi</source>
        <translation>evaluation</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="192" />
        <source>Evaluasi ini sudah disetujui dan terkunci. Buka kembali (dengan alasan) untuk mengubahnya.</source>
        <translation>This evaluation is approved and locked. Reopen it (with a reason) to change it.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="197" />
        <source>SKP tidak ditemukan.</source>
        <translation>SKP not found.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="198" />
        <source>Evaluasi hanya dapat dibuat untuk SKP yang sudah disetujui.</source>
        <translation>An evaluation can only be created for an approved SKP.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="199" />
        <source>Hanya evaluasi berstatus konsep yang dapat dihapus.</source>
        <translation>Only a draft evaluation can be deleted.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="200" />
        <source>Indikator tidak termasuk SKP evaluasi ini.</source>
        <translation>The indicator is not part of this evaluation's SKP.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="201" />
        <source>Realisasi tidak boleh negatif.</source>
        <translation>Realisation cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="203" />
        <source>Evaluasi tidak ditemukan.</source>
        <translation>Evaluation not found.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="204" />
        <source>RHK tidak termasuk SKP evaluasi ini.</source>
        <translation>The RHK is not part of this evaluation's SKP.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="205" />
        <source>SKP evaluasi ini tidak ditemukan.</source>
        <translation>The SKP of this evaluation was not found.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="206" />
        <source>SKP pegawai sedang dibuka kembali; setujui SKP dahulu sebelum melanjutkan evaluasi.</source>
        <translation>The employee's SKP has been reopened; approve the SKP first before continuing the evaluation.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="207" />
        <source>Tanggal evaluasi tidak boleh sebelum awal periode.</source>
        <translation>The evaluation date cannot be before the start of the period.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="208" />
        <source>Rating hasil kerja belum diisi.</source>
        <translation>The work result rating has not been filled in.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="209" />
        <source>Rating perilaku kerja belum diisi.</source>
        <translation>The work behaviour rating has not been filled in.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="210" />
        <source>Pejabat penilai kinerja belum dapat ditentukan; isi atasan langsung pegawai atau kepala daerah pada pengaturan.</source>
        <translation>The appraising official cannot be determined yet; fill in the employee's direct supervisor or the regional head in the settings.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="211" />
        <source>Periode {periode} {tahun} tidak berada di tahun SKP ({tahun_skp}).</source>
        <translation>Period {periode} {tahun} is not in the SKP's year ({tahun_skp}).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="213" />
        <source>Capaian kinerja organisasi belum ditetapkan; pola distribusi belum dapat diperiksa.</source>
        <translation>Organisational performance has not been set; the distribution pattern cannot be checked yet.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="214" />
        <source>Unit tidak ditemukan.</source>
        <translation>Unit not found.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="215" />
        <source>Capaian kinerja organisasi harus Istimewa, Baik, Butuh Perbaikan, Kurang atau Sangat Kurang.</source>
        <translation>Organisational performance must be Outstanding, Good, Needs Improvement, Poor or Very Poor.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="224" />
        <source>Salinan identitas rusak.</source>
        <translation>The identity snapshot is damaged.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="225" />
        <source>Salinan identitas tidak memuat pegawai.</source>
        <translation>The identity snapshot does not contain the employee.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="226" />
        <source>Salinan identitas rusak (bukan JSON).</source>
        <translation>The identity snapshot is damaged (not JSON).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="228" />
        <source>Jumlah responden harus lebih dari 0.</source>
        <translation>The number of respondents must be more than 0.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="229" />
        <source>Isi nilai rata-rata kesembilan unsur.</source>
        <translation>Fill in the mean scores of all nine elements.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="230" />
        <source>Survei IKM periode itu belum dicatat.</source>
        <translation>No IKM survey has been recorded for that period.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="233" />
        <source>Nilai unsur {n} ({unsur}) harus antara 1 dan 4.</source>
        <translation>The score of element {n} ({unsur}) must be between 1 and 4.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="234" />
        <source>Berkas data ini lebih lama daripada yang terakhir dikirim dari komputer ini (salinan lama yang dikembalikan?). Berkas ini kini diperlakukan seperti hasil pemulihan: pada sinkronisasi berikutnya semua perubahannya dikirim ulang dan pekerjaan yang sudah terkirim diterima kembali. Cukup lakukan sinkronisasi seperti biasa.</source>
        <translation>This data file is older than what was last sent from this computer (an old copy put back?). It is now treated like a restore: at the next synchronisation all its changes are sent again and the work already sent comes back. Just synchronise as usual.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="235" />
        <source>nama</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="236" />
        <source>gelar depan</source>
        <translation>front title</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="237" />
        <source>gelar belakang</source>
        <translation>back title</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="238" />
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="239" />
        <source>golongan</source>
        <translation>grade</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="240" />
        <source>jabatan</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="241" />
        <source>jenis jabatan</source>
        <translation>position type</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="242" />
        <source>atasan</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="243" />
        <source>tanggal lahir</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="244" />
        <source>jenis kelamin</source>
        <translation>sex</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="245" />
        <source>Data pegawai diubah oleh pusat (BKPSDM); unit menerimanya melalui paket sinkronisasi.</source>
        <translation>Employee data is changed by the central (BKPSDM); units receive it through synchronisation packages.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="246" />
        <source>Kedua NIP milik pegawai yang sama.</source>
        <translation>Both NIPs belong to the same employee.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="247" />
        <source>Data {nama} ({nip}) diubah — {perubahan}; unit menerimanya pada paket pusat berikutnya.</source>
        <translation>Data of {nama} ({nip}) changed — {perubahan}; units receive it in the central's next package.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="248" />
        <source>NIP ditukar: {nama_a} {lama_a} → {baru_a}; {nama_b} {lama_b} → {baru_b}. Unit menerimanya pada paket pusat berikutnya.</source>
        <translation>NIPs swapped: {nama_a} {lama_a} → {baru_a}; {nama_b} {lama_b} → {baru_b}. Units receive it in the central's next package.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="249" />
        <source>Tidak ada yang berubah pada {nama} ({nip}).</source>
        <translation>Nothing changed for {nama} ({nip}).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="250" />
        <source>Kolom tidak dapat diubah di sini: {kolom}.</source>
        <translation>These fields cannot be changed here: {kolom}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="251" />
        <source>{pesan} Bila NIP dua pegawai tertukar, gunakan 'pegawai tukar-nip'.</source>
        <translation>{pesan} If the NIPs of two employees were swapped, use 'pegawai tukar-nip'.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="252" />
        <source>Kata sandi cadangan {berkas} salah; tidak ada yang diubah.</source>
        <translation>The password of backup {berkas} is wrong; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="253" />
        <source>Satu dokumen {tindakan}.</source>
        <translation>One document {tindakan}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="254" />
        <source>{n} dokumen {tindakan}.</source>
        <translation>{n} documents {tindakan}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="255" />
        <source>{n} tidak dapat {tindakan}.</source>
        <translation>{n} could not be {tindakan}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="257" />
        <source>Uraian kegiatan wajib diisi.</source>
        <translation>The activity description is required.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="258" />
        <source>Kuantitas tidak boleh negatif.</source>
        <translation>Quantity cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="260" />
        <source>Log harian mencatat kegiatan yang sudah dikerjakan; tanggalnya tidak boleh sesudah hari ini.</source>
        <translation>The daily log records activities already done; its date cannot be after today.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="261" />
        <source>Catatan kegiatan tidak ditemukan.</source>
        <translation>Activity record not found.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="262" />
        <source>Evaluasi periode ini sudah disetujui dan terkunci, jadi realisasinya tidak diisi dari log harian. Bila realisasinya memang perlu diubah, buka kembali evaluasi itu di halaman Evaluasi (alasannya dicatat), lalu ulangi.</source>
        <translation>This period's evaluation is already approved and locked, so its realisation is not filled from the daily log. If the realisation really needs to change, reopen that evaluation on the Evaluation page (the reason is recorded), then try again.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="263" />
        <source>RHK tersebut bukan milik SKP pegawai ini.</source>
        <translation>That RHK does not belong to this employee's SKP.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="264" />
        <source>Tanggal kegiatan di luar periode SKP.</source>
        <translation>The activity date is outside the SKP period.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="266" />
        <source>Tanggal kegiatan harus di dalam tahun SKP ({tahun}).</source>
        <translation>The activity date must be within the SKP year ({tahun}).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="267" />
        <source>{nama} ({nip}) dipindahkan dari {dari} ke {ke} TMT {tmt}; atasan langsung: {atasan}.</source>
        <translation>{nama} ({nip}) transferred from {dari} to {ke} from {tmt}; direct supervisor: {atasan}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="268" />
        <source>{nama} ({nip}) dipindahkan dari {dari} ke {ke} TMT {tmt}; belum ada atasan.</source>
        <translation>{nama} ({nip}) transferred from {dari} to {ke} from {tmt}; no supervisor yet.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="269" />
        <source>Unit lama mengetahuinya dari paket pusat berikutnya; data kinerjanya ikut ke unit baru.</source>
        <translation>The old unit learns of it from the central's next package; the performance data moves to the new unit.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="270" />
        <source>Mutasi pegawai dicatat oleh pusat (BKPSDM); unit menerimanya melalui paket sinkronisasi.</source>
        <translation>Employee transfers are recorded by the central (BKPSDM); units receive them through synchronisation packages.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="271" />
        <source>Atasan langsung tidak boleh pegawai itu sendiri atau bawahannya.</source>
        <translation>The direct supervisor cannot be the employee themselves or one of their subordinates.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="272" />
        <source>{nama} sudah berhenti; pulihkan lebih dulu bila ia kembali bertugas.</source>
        <translation>{nama} has left service; restore them first if they return to duty.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="273" />
        <source>{nama} sudah ditempatkan di {unit}.</source>
        <translation>{nama} is already placed in {unit}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="274" />
        <source>TMT {tmt} lebih awal dari TMT penempatan sekarang ({tmt_sekarang}).</source>
        <translation>TMT {tmt} is earlier than the TMT of the current placement ({tmt_sekarang}).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="275" />
        <source>{nama} sudah berhenti; pilih atasan langsung yang aktif.</source>
        <translation>{nama} has left service; choose an active direct supervisor.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="276" />
        <source>pernah ada pegawai yang ditempatkan di sana</source>
        <translation>employees have been placed there</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="277" />
        <source>masih ada sub-unit di bawahnya</source>
        <translation>there are still sub-units below it</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="278" />
        <source>sudah ada data kinerja unit (capaian atau forum evaluasi)</source>
        <translation>the unit already has performance data (organisational performance or an evaluation forum)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="279" />
        <source>unit ini memiliki instalasi unit (sudah diundang)</source>
        <translation>this unit has a unit installation (already invited)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="280" />
        <source>Kode unit hanya boleh berisi huruf, angka, titik dan tanda hubung, tanpa spasi, paling panjang 40 karakter, diawali dan diakhiri huruf atau angka (misalnya 3673.DINKES).</source>
        <translation>A unit code may contain only letters, digits, dots and hyphens, without spaces, at most 40 characters, beginning and ending with a letter or digit (for example 3673.DINKES).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="281" />
        <source>Nama unit wajib diisi.</source>
        <translation>The unit name is required.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="282" />
        <source>Tempat (kota penandatanganan) wajib diisi.</source>
        <translation>The place (city of signing) is required.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="283" />
        <source>Frekuensi evaluasi harus BULANAN, TRIWULANAN atau SEMESTERAN (kosongkan untuk mengikuti frekuensi tahun kinerja).</source>
        <translation>The evaluation frequency must be BULANAN, TRIWULANAN or SEMESTERAN (leave empty to follow the performance year's frequency).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="284" />
        <source>Jenis PEMKOT hanya untuk unit teratas; pilih jenis lain.</source>
        <translation>The PEMKOT type is only for the top unit; choose another type.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="285" />
        <source>Unit teratas (pemerintah kota) tidak dapat ditutup.</source>
        <translation>The top unit (the city government) cannot be closed.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="286" />
        <source>Tanggal penutupan tidak boleh di masa depan; tutup unit pada hari penutupannya.</source>
        <translation>The closing date cannot be in the future; close the unit on the day it closes.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="287" />
        <source>Unit teratas (pemerintah kota) tidak dapat dihapus.</source>
        <translation>The top unit (the city government) cannot be deleted.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="289" />
        <source>Unit teratas harus berjenis PEMKOT.</source>
        <translation>The top unit must be of type PEMKOT.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="290" />
        <source>Unit teratas tidak dapat dipindahkan ke bawah unit lain.</source>
        <translation>The top unit cannot be moved below another unit.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="291" />
        <source>Satu baris kop tidak boleh berisi ganti baris; tulis sebagai baris terpisah.</source>
        <translation>A kop line cannot contain a line break; write it as separate lines.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="292" />
        <source>Unit induknya juga terhapus; pulihkan unit induk itu dahulu.</source>
        <translation>Its parent unit is deleted too; restore that parent unit first.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="293" />
        <source>Unit dengan kode '{kode}' tidak ditemukan.</source>
        <translation>Unit with code '{kode}' not found.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="294" />
        <source>Kode {kode} sudah dipakai {unit}.</source>
        <translation>Code {kode} is already used by {unit}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="295" />
        <source>Nama unit paling panjang {n} karakter.</source>
        <translation>The unit name is at most {n} characters.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="296" />
        <source>Jenis unit '{jenis}' tidak dikenal; pilih {pilihan}.</source>
        <translation>Unknown unit type '{jenis}'; choose {pilihan}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="297" />
        <source>Tempat paling panjang {n} karakter.</source>
        <translation>The place is at most {n} characters.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="298" />
        <source>Alamat paling panjang {n} karakter.</source>
        <translation>The address is at most {n} characters.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="299" />
        <source>Unit induk '{kode}' tidak ditemukan.</source>
        <translation>Parent unit '{kode}' not found.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="300" />
        <source>Unit induk {nama} sudah ditutup sejak {tanggal}; pilih unit yang masih aktif.</source>
        <translation>Parent unit {nama} has been closed since {tanggal}; choose a unit that is still open.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="301" />
        <source>Kop paling banyak {n} baris tambahan (tertulis {tertulis}).</source>
        <translation>The kop has at most {n} extra lines ({tertulis} written).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="302" />
        <source>Pegawai dengan NIP {nip} tidak ditemukan.</source>
        <translation>Employee with NIP {nip} not found.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="303" />
        <source>{nama} tidak ditempatkan di unit ini; pindahkan (mutasi) ke unit ini dahulu, lalu tetapkan sebagai pimpinan.</source>
        <translation>{nama} is not placed in this unit; transfer them to this unit first, then make them its head.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="304" />
        <source>{nama} tidak aktif lagi dan tidak dapat menjadi pimpinan.</source>
        <translation>{nama} is no longer active and cannot be the head.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="305" />
        <source>{nama} sudah berada di bawah unit itu.</source>
        <translation>{nama} is already below that unit.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="306" />
        <source>{nama} sudah ditutup sejak {tanggal}.</source>
        <translation>{nama} has been closed since {tanggal}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="307" />
        <source>{nama} masih memiliki 1 pegawai aktif; pindahkan mereka dahulu (mutasi: asn-desktop pegawai pindah) atau catat pemberhentiannya, lalu tutup unit ini.</source>
        <translation>{nama} still has 1 active employee; transfer them first (transfer: asn-desktop pegawai pindah) or record their end of service, then close this unit.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="308" />
        <source>{nama} masih memiliki {n} pegawai aktif; pindahkan mereka dahulu (mutasi: asn-desktop pegawai pindah) atau catat pemberhentiannya, lalu tutup unit ini.</source>
        <translation>{nama} still has {n} active employees; transfer them first (transfer: asn-desktop pegawai pindah) or record their end of service, then close this unit.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="309" />
        <source>{nama} masih memiliki 1 sub-unit yang terbuka ({kode}); pindahkan atau tutup sub-unit itu dahulu.</source>
        <translation>{nama} still has 1 open sub-unit ({kode}); move or close that sub-unit first.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="310" />
        <source>{nama} masih memiliki {n} sub-unit yang terbuka ({kode}); pindahkan atau tutup sub-unit itu dahulu.</source>
        <translation>{nama} still has {n} open sub-units ({kode}); move or close those sub-units first.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="311" />
        <source>{nama} tidak sedang ditutup.</source>
        <translation>{nama} is not closed.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="312" />
        <source>Unit induknya, {nama} ({kode}), juga ditutup; buka unit induk itu dahulu.</source>
        <translation>Its parent unit, {nama} ({kode}), is closed too; reopen that parent unit first.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="313" />
        <source>{nama} tidak dapat dihapus karena {alasan}. Tutup unit ini (asn-desktop unit tutup {kode}) agar riwayatnya tetap tersimpan.</source>
        <translation>{nama} cannot be deleted because {alasan}. Close this unit (asn-desktop unit tutup {kode}) so that its history is kept.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="314" />
        <source>Kode {kode} sekarang dipakai {unit}; ubah kode unit itu dahulu.</source>
        <translation>Code {kode} is now used by {unit}; change that unit's code first.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="316" />
        <source>Unit induk wajib diisi: unit teratas hanya satu, yaitu {nama} ({kode}).</source>
        <translation>A parent unit is required: there is only one top unit, {nama} ({kode}).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="317" />
        <source>{nama} tidak dapat dipindahkan ke bawah dirinya sendiri atau sub-unitnya.</source>
        <translation>{nama} cannot be moved below itself or its sub-units.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="318" />
        <source>Satu baris kop paling panjang {n} karakter.</source>
        <translation>A kop line is at most {n} characters.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="319" />
        <source>Unit '{kode}' tidak berada langsung di bawah {induk}.</source>
        <translation>Unit '{kode}' is not directly below {induk}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="320" />
        <source>Unit {kode} disebut dua kali.</source>
        <translation>Unit {kode} is named twice.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="321" />
        <source>Tidak ada unit terhapus dengan kode '{kode}'.</source>
        <translation>There is no deleted unit with code '{kode}'.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="322" />
        <source>Unit teratas sudah ada ({nama}); unit ini tidak dapat dipulihkan sebagai unit teratas kedua.</source>
        <translation>The top unit already exists ({nama}); this unit cannot be restored as a second top unit.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="323" />
        <source>Unit induknya, {nama}, sudah ditutup; buka unit induk itu dahulu.</source>
        <translation>Its parent unit, {nama}, is closed; reopen that parent unit first.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="324" />
        <source>{nama} ({kode}) sudah ditutup sejak {tanggal} dan tidak menerima penempatan baru; pilih unit yang masih aktif.</source>
        <translation>{nama} ({kode}) has been closed since {tanggal} and takes no new placements; choose a unit that is still open.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="325" />
        <source>Nama wajib diisi.</source>
        <translation>The name is required.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="326" />
        <source>Jabatan wajib diisi.</source>
        <translation>The position is required.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="327" />
        <source>Unit kerja wajib dipilih.</source>
        <translation>A work unit must be chosen.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="328" />
        <source>Status aktif diubah dengan 'Berhenti' atau 'Pulihkan', yang mencatat alasan dan tanggalnya.</source>
        <translation>The active status is changed with 'End service' or 'Restore', which record the reason and the date.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="329" />
        <source>Status kepegawaian harus PNS atau PPPK.</source>
        <translation>The employment status must be PNS or PPPK.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="330" />
        <source>Jenis jabatan tidak dikenal.</source>
        <translation>Unknown position type.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="331" />
        <source>Golongan PPPK harus I sampai XVII.</source>
        <translation>The PPPK grade must be I to XVII.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="332" />
        <source>Pegawai tidak dapat menjadi atasan dirinya sendiri.</source>
        <translation>An employee cannot be their own supervisor.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="333" />
        <source>Atasan langsung tidak ditemukan.</source>
        <translation>Direct supervisor not found.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="334" />
        <source>Atasan ini berada di bawah pegawai tersebut (berputar).</source>
        <translation>This supervisor is below that employee (a loop).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="335" />
        <source>Pegawai dengan NIP/NI PPPK {nip} tidak ditemukan.</source>
        <translation>Employee with NIP/NI PPPK {nip} not found.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="338" />
        <source>NIP {nip} sudah dipakai pegawai lain.</source>
        <translation>NIP {nip} is already used by another employee.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="339" />
        <source>NIP {nip} kini dipakai {pemakai}; {nama} tidak dapat dipulihkan selama NIP itu dipakai pegawai lain.</source>
        <translation>NIP {nip} is now used by {pemakai}; {nama} cannot be restored while that NIP is used by another employee.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="341" />
        <source>Sebutkan unitnya dengan --unit KODE.</source>
        <translation>Name the unit with --unit KODE.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="342" />
        <source>Kode layanan wajib diisi.</source>
        <translation>The service code is required.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="343" />
        <source>Kode layanan paling panjang 20 karakter.</source>
        <translation>The service code is at most 20 characters.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="344" />
        <source>Nama layanan wajib diisi.</source>
        <translation>The service name is required.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="345" />
        <source>Nama layanan paling panjang 200 karakter.</source>
        <translation>The service name is at most 200 characters.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="346" />
        <source>Standar pelayanan harus lebih dari 0.</source>
        <translation>The service standard must be more than 0.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="347" />
        <source>Jenis layanan tidak ditemukan.</source>
        <translation>Service not found.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="353" />
        <source>Satuan standar harus hari kerja atau jam.</source>
        <translation>The standard's unit must be working days or hours.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="354" />
        <source>Kode layanan {kode} sudah dipakai di unit ini.</source>
        <translation>Service code {kode} is already used in this unit.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="355" />
        <source>Layanan berkode {kode} tidak ada di katalog unit ini.</source>
        <translation>There is no service with code {kode} in this unit's catalogue.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="358" />
        <source>Selesai tepat waktu ({tepat}) tidak boleh melebihi jumlah selesai ({selesai}).</source>
        <translation>Finished on time ({tepat}) cannot exceed the number finished ({selesai}).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="361" />
        <source>Jumlah {kolom} harus bilangan bulat 0 atau lebih.</source>
        <translation>The {kolom} count must be a whole number, 0 or more.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="362" />
        <source>Jumlah {kolom} terlalu besar.</source>
        <translation>The {kolom} count is too large.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="363" />
        <source>Laporan tidak dapat ditulis ke {path}: {alasan}.</source>
        <translation>The report cannot be written to {path}: {alasan}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="364" />
        <source>Baris judul kolom tidak ditemukan. Berkas register memerlukan kolom Tanggal, Kode layanan, Masuk dan Selesai.</source>
        <translation>No column heading row was found. A register file needs the columns Tanggal, Kode layanan, Masuk and Selesai.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="365" />
        <source>tanggal {nilai} tidak dikenal (pakai TTTT-BB-HH atau HH/BB/TTTT)</source>
        <translation>unknown date {nilai} (use YYYY-MM-DD or DD/MM/YYYY)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="348" />
        <source>masuk</source>
        <translation>received</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="349" />
        <source>selesai</source>
        <translation>finished</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="366" />
        <source>{kolom} bukan bilangan</source>
        <translation>{kolom} is not a number</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="367" />
        <source>{kolom} tidak boleh negatif</source>
        <translation>{kolom} cannot be negative</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="350" />
        <source>tepat waktu</source>
        <translation>on time</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="2" />
        <source>Januari</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="3" />
        <source>Februari</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="4" />
        <source>Maret</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="5" />
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="6" />
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="7" />
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="8" />
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="9" />
        <source>Agustus</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="10" />
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="11" />
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="12" />
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="13" />
        <source>Desember</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="14" />
        <source>Senin</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="15" />
        <source>Selasa</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="16" />
        <source>Rabu</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="17" />
        <source>Kamis</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="18" />
        <source>Jumat</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="19" />
        <source>Sabtu</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="20" />
        <source>Minggu</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="64" />
        <source>Jumlah dokumen layanan selesai</source>
        <translation>Number of service documents finished</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="104" />
        <source>Memulihkan kunci tanda tangan PDF dari cadangan {berkas} memerlukan kata sandi cadangannya.</source>
        <translation>Restoring the PDF signing keys from backup {berkas} needs the backup's password.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="161" />
        <source>TIDAK SAH: berkas lembar ini ditandatangani secara elektronik saat dicetak, tetapi berkas ini tidak membawa tanda tangan itu (dihapus atau diganti); minta berkas aslinya atau cetak ulang.</source>
        <translation>NOT VALID: this sheet's file was signed electronically when printed, but this file does not carry that signature (removed or replaced); ask for the original file or print again.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="181" />
        <source>TIDAK SAH: berkas ditandatangani {penanda}, bukan oleh instalasi yang mencetak lembar ini ({instalasi}).</source>
        <translation>NOT VALID: the file was signed by {penanda}, not by the installation that printed this sheet ({instalasi}).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="212" />
        <source>{nama} memimpin unitnya: capaian kinerja organisasi {capaian} ditetapkan sebagai rating hasil kerjanya ({seharusnya}), bukan {dipilih}.</source>
        <translation>{nama} heads their unit: the organisational performance {capaian} is set as their work result rating ({seharusnya}), not {dipilih}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="231" />
        <source>Periode survei {kode} belum dimulai.</source>
        <translation>Survey period {kode} has not started yet.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="232" />
        <source>Periode survei {kode} terlalu lama; periksa tahunnya.</source>
        <translation>Survey period {kode} is too far back; check the year.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="356" />
        <source>Tanggal register {tanggal} belum tiba; catat hari yang sudah berjalan.</source>
        <translation>Register date {tanggal} has not come yet; record days that have passed.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="357" />
        <source>Tanggal register {tanggal} terlalu lama; periksa tahunnya.</source>
        <translation>Register date {tanggal} is too far back; check the year.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="368" />
        <source>; dan {n} baris lain</source>
        <translation>; and {n} more rows</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="369" />
        <source>Register tidak diimpor; tidak ada yang diubah. Perbaiki: {daftar}.</source>
        <translation>Register not imported; nothing was changed. Fix: {daftar}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="370" />
        <source>{kolom} {nilai} bukan bilangan bulat</source>
        <translation>{kolom} {nilai} is not a whole number</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="371" />
        <source>layanan {kode} tidak ada di katalog unit</source>
        <translation>service {kode} is not in the unit's catalogue</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="372" />
        <source>hari dan layanan yang sama sudah ada di baris {baris}</source>
        <translation>the same day and service are already on row {baris}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="373" />
        <source>baris {n}: {alasan}</source>
        <translation>row {n}: {alasan}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="374" />
        <source>{mulai} s.d. {selesai}</source>
        <translation>{mulai} to {selesai}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="375" />
        <source>unit tidak memiliki katalog layanan</source>
        <translation>the unit has no service catalogue</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="376" />
        <source>Evaluasi periode ini sudah disetujui dan terkunci, jadi realisasinya tidak diisi dari register. Buka kembali evaluasi itu bila perlu (alasannya dicatat), lalu ulangi.</source>
        <translation>This period's evaluation is already approved and locked, so its results are not filled from the register. Reopen that evaluation if needed (the reason is recorded), then try again.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="377" />
        <source>register pengaduan {rentang}: {t} dari {n} pengaduan ditutup tepat waktu</source>
        <translation>complaint register {rentang}: {t} of {n} complaints closed on time</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="378" />
        <source>register layanan {rentang}: {t} dari {n} dokumen selesai tepat waktu</source>
        <translation>service register {rentang}: {t} of {n} documents finished on time</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="379" />
        <source>survei IKM {periode}, {n} responden</source>
        <translation>IKM survey {periode}, {n} respondents</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="380" />
        <source>register pengaduan {rentang}: {n} pengaduan diselesaikan</source>
        <translation>complaint register {rentang}: {n} complaints resolved</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="381" />
        <source>belum ada pengaduan ditutup {rentang}</source>
        <translation>no complaints closed in {rentang}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="382" />
        <source>register pengaduan {rentang}: rata-rata dari {n} pengaduan</source>
        <translation>complaint register {rentang}: average of {n} complaints</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="383" />
        <source>register layanan {rentang}: {n} dokumen selesai</source>
        <translation>service register {rentang}: {n} documents finished</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="384" />
        <source>belum ada dokumen selesai {rentang}</source>
        <translation>no documents finished in {rentang}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="385" />
        <source>belum ada survei IKM {rentang}</source>
        <translation>no IKM survey in {rentang}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="386" />
        <source>Triwulan</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="387" />
        <source>Semester</source>
        <translation>Semester</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="388" />
        <source>Periode laporan {teks} tidak sah; tulis TTTT-BB (bulan) atau TTTT-TWn (triwulan).</source>
        <translation>Report period {teks} is not valid; write YYYY-MM (month) or YYYY-TWn (quarter).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="389" />
        <source>Bulan {teks} tidak sah; tulis TTTT-BB, mis. 2026-11.</source>
        <translation>Month {teks} is not valid; write YYYY-MM, e.g. 2026-11.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="390" />
        <source>pengaduan</source>
        <translation>complaint</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="391" />
        <source>Pengaduan tidak ditemukan.</source>
        <translation>Complaint not found.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="392" />
        <source>Tanggal pengaduan tidak boleh setelah hari ini.</source>
        <translation>The complaint date cannot be after today.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="393" />
        <source>Uraian pengaduan wajib diisi.</source>
        <translation>The complaint description is required.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="394" />
        <source>pelapor</source>
        <translation>complainant</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="395" />
        <source>kontak</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="396" />
        <source>nomor</source>
        <translation>number</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="397" />
        <source>Tanggal langkah tidak boleh setelah hari ini.</source>
        <translation>The step date cannot be after today.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="398" />
        <source>Verifikasi</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="399" />
        <source>Hanya pengaduan yang baru diterima yang dapat diverifikasi.</source>
        <translation>Only a newly received complaint can be verified.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="400" />
        <source>Disposisi…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="401" />
        <source>Pengaduan harus diverifikasi dahulu sebelum didisposisi.</source>
        <translation>A complaint must be verified before it is assigned.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="402" />
        <source>Tindak lanjut…</source>
        <translation>Follow up…</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="403" />
        <source>Pengaduan harus didisposisi dahulu sebelum ditindaklanjuti.</source>
        <translation>A complaint must be assigned before it is followed up.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="404" />
        <source>Selesaikan</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="405" />
        <source>Pengaduan harus ditindaklanjuti dahulu sebelum diselesaikan.</source>
        <translation>A complaint must be followed up before it is resolved.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="406" />
        <source>Tolak…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="407" />
        <source>menolak {dok}</source>
        <translation>rejecting the {dok}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="408" />
        <source>Hanya pengaduan yang belum didisposisi yang dapat ditolak.</source>
        <translation>Only a complaint not yet assigned can be rejected.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="409" />
        <source>Buka kembali…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="411" />
        <source>Hanya pengaduan yang sudah selesai atau ditolak yang dapat dibuka kembali.</source>
        <translation>Only a resolved or rejected complaint can be reopened.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="412" />
        <source>Kanal pengaduan tidak dikenal.</source>
        <translation>Unknown complaint channel.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="413" />
        <source>Kategori pengaduan tidak dikenal.</source>
        <translation>Unknown complaint category.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="414" />
        <source>Jenis layanan tidak ada di katalog unit ini.</source>
        <translation>The service is not in this unit's catalogue.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="415" />
        <source>Tulis tanggapan atau tindak lanjutnya.</source>
        <translation>Write the response or follow-up.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="416" />
        <source>Pengaduan bernomor {nomor} tidak ditemukan.</source>
        <translation>Complaint number {nomor} not found.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="417" />
        <source>Nomor {nomor} dipakai lebih dari satu pengaduan; pilih dari daftar.</source>
        <translation>Number {nomor} is used by more than one complaint; choose from the list.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="418" />
        <source>Pengaduan {nomor} sudah ditutup ({status}); buka kembali dahulu (alasannya dicatat) bila perlu diubah.</source>
        <translation>Complaint {nomor} is already closed ({status}); reopen it first (the reason is recorded) if it needs changing.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="420" />
        <source>Tanggal pengaduan tidak boleh setelah respons pertamanya ({tanggal}).</source>
        <translation>The complaint date cannot be after its first response ({tanggal}).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="421" />
        <source>Nomor {nomor} sudah dipakai pengaduan lain.</source>
        <translation>Number {nomor} is already used by another complaint.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="422" />
        <source>Tanggal langkah tidak boleh sebelum pengaduan diterima ({tanggal}).</source>
        <translation>The step date cannot be before the complaint was received ({tanggal}).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="423" />
        <source>Pilih penanggung jawab (PIC) untuk disposisi.</source>
        <translation>Choose the person in charge (PIC) to assign it to.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="424" />
        <source>Penanggung jawab tidak ditemukan atau tidak aktif.</source>
        <translation>The person in charge was not found or is not active.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="425" />
        <source>Isian {kolom} paling panjang {n} karakter.</source>
        <translation>The {kolom} field is at most {n} characters.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="426" />
        <source>Langkah {langkah} tidak dikenal; pilih salah satu dari {pilihan}.</source>
        <translation>Unknown step {langkah}; choose one of {pilihan}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="427" />
        <source>{nama} bukan pegawai unit ini.</source>
        <translation>{nama} is not an employee of this unit.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="428" />
        <source>Jenis unit mandiri harus berupa daftar kode jenis unit.</source>
        <translation>The independent unit types must be a list of unit type codes.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="429" />
        <source>Kepala daerah harus berisi nama, jabatan dan NIP (teks).</source>
        <translation>The regional head must have a name, a position and a NIP (text).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="430" />
        <source>Jabatan kepala daerah wajib diisi.</source>
        <translation>The regional head's position is required.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="431" />
        <source>Hari libur harus berupa daftar tanggal.</source>
        <translation>Holidays must be a list of dates.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="432" />
        <source>Batas waktu pengaduan harus berisi hari kerja per kategori.</source>
        <translation>Complaint deadlines must give working days per category.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="433" />
        <source>Interval IKM harus berisi batas bawah mutu A, B, C dan D.</source>
        <translation>The IKM bands must give the lower bounds of quality A, B, C and D.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="434" />
        <source>Batas bawah mutu harus menurun dari A ke D.</source>
        <translation>The quality lower bounds must decrease from A to D.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="436" />
        <source>Gambar harus berupa berkas PNG.</source>
        <translation>The image must be a PNG file.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="437" />
        <source>Setiap hari libur memerlukan tanggal (TTTT-BB-HH).</source>
        <translation>Every holiday needs a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="438" />
        <source>Gambar tidak terbaca (bukan base64).</source>
        <translation>The image cannot be read (not base64).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="439" />
        <source>Nama instansi</source>
        <translation>Agency name</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="440" />
        <source>Baris instansi pada kepala lembar SKP dan evaluasi.</source>
        <translation>The agency line at the head of SKP and evaluation sheets.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="441" />
        <source>Tempat penandatanganan</source>
        <translation>Place of signing</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="442" />
        <source>Tempat di atas tanda tangan pejabat penilai.</source>
        <translation>The place above the appraising official's signature.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="443" />
        <source>Panduan pola distribusi predikat</source>
        <translation>Predikat distribution guidance</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="444" />
        <source>Batas persentase per capaian organisasi; pelanggaran hanya peringatan.</source>
        <translation>Percentage limits per organisational performance; a breach is only a warning.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="445" />
        <source>Frekuensi evaluasi bawaan</source>
        <translation>Default evaluation frequency</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="446" />
        <source>Dipakai bila tahun kinerja belum menetapkan frekuensinya.</source>
        <translation>Used when the performance year does not set its frequency.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="447" />
        <source>Jenis unit kerja mandiri</source>
        <translation>Independent work unit types</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="448" />
        <source>Pimpinan unit berjenis ini memakai format SKP JPT dan pimpinan unit kerja mandiri.</source>
        <translation>The heads of units of these types use the SKP format of JPT and heads of independent work units.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="449" />
        <source>Kepala daerah (pejabat penilai tertinggi)</source>
        <translation>Regional head (highest appraising official)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="450" />
        <source>Pejabat penilai pegawai yang tidak memiliki atasan (mis. Sekda, kepala perangkat daerah); tanpa NIP dicetak '-'. Kosongkan nama bila tidak dipakai.</source>
        <translation>The appraising official of employees who have no supervisor (e.g. the Sekda, heads of regional agencies); without a NIP '-' is printed. Leave the name empty if not used.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="451" />
        <source>Hari libur (libur nasional dan cuti bersama)</source>
        <translation>Holidays (public holidays and collective leave)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="452" />
        <source>Hari yang tidak dihitung sebagai hari kerja pada batas waktu pengaduan.</source>
        <translation>Days not counted as working days in complaint deadlines.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="453" />
        <source>Batas waktu pengaduan (hari kerja per kategori)</source>
        <translation>Complaint deadlines (working days per category)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="454" />
        <source>Standar SIPPN: ringan 2, normatif 5, tidak berkadar pengawasan 14, berkadar pengawasan 60 hari kerja.</source>
        <translation>SIPPN standard: minor 2, normative 5, no oversight needed 14, needs oversight 60 working days.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="455" />
        <source>Interval mutu IKM (batas bawah)</source>
        <translation>IKM quality bands (lower bounds)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="457" />
        <source>Lambang pada Dokumen Evaluasi (Garuda)</source>
        <translation>Emblem on the Evaluation Document (Garuda)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="458" />
        <source>Gambar PNG di atas judul Dokumen Evaluasi Kinerja Pegawai. Kosong: tidak ada gambar.</source>
        <translation>PNG image above the title of the Employee Performance Evaluation Document. Empty: no image.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="459" />
        <source>Kop surat pada SKP dan Evaluasi</source>
        <translation>Letterhead on SKP and Evaluation sheets</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="460" />
        <source>Gambar PNG selebar halaman (lambang daerah, nama dan alamat instansi). Unit dapat memakai kop sendiri di halaman Organisasi. Kosong: tanpa kop, seperti format Lampiran.</source>
        <translation>PNG image as wide as the page (regional emblem, name and address of the agency). A unit can use its own letterhead on the Organisation page. Empty: no letterhead, as on the forms in the regulation's attachment (Lampiran).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="461" />
        <source>Jenis unit tidak dikenal: {jenis}.</source>
        <translation>Unknown unit type: {jenis}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="462" />
        <source>Kunci tidak dikenal: {kunci}.</source>
        <translation>Unknown key: {kunci}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="463" />
        <source>Kategori pengaduan tidak dikenal: {kategori}.</source>
        <translation>Unknown complaint category: {kategori}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="315" />
        <source>Berkas gambar paling besar {n} KB.</source>
        <translation>The image file is at most {n} KB.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="1" />
        <source>Perhatian: {pesan}</source>
        <translation>Note: {pesan}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="21" />
        <source>Surel paling panjang {n} karakter.</source>
        <translation>An e-mail address is at most {n} characters long.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="22" />
        <source>Surel '{surel}' tidak berbentuk alamat surel (contoh: nama@serangkota.go.id).</source>
        <translation>'{surel}' is not shaped like an e-mail address (for example: nama@serangkota.go.id).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="23" />
        <source>Nomor telepon paling panjang {n} karakter.</source>
        <translation>A telephone number is at most {n} characters long.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="24" />
        <source>Nomor telepon '{nomor}' tidak dikenali: tulis angkanya, boleh dengan +62, tanda kurung, spasi atau tanda hubung.</source>
        <translation>Telephone number '{nomor}' is not recognised: write its digits, with +62, brackets, spaces or dashes if you like.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="25" />
        <source>Isian {kolom} paling panjang {n} karakter (terisi {m}).</source>
        <translation>The {kolom} field holds at most {n} characters ({m} entered).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="32" />
        <source>Surel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="70" />
        <source>Berkas PNG terpotong atau rusak.</source>
        <translation>The PNG file is truncated or damaged.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="71" />
        <source>Berkas bukan gambar PNG.</source>
        <translation>The file is not a PNG image.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="72" />
        <source>Berkas PNG rusak (pemeriksaan CRC gagal).</source>
        <translation>The PNG file is damaged (CRC check failed).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="73" />
        <source>Berkas PNG rusak (tanpa kepala IHDR).</source>
        <translation>The PNG file is damaged (no IHDR header).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="74" />
        <source>Berkas PNG rusak (kepala IHDR tidak sah).</source>
        <translation>The PNG file is damaged (invalid IHDR header).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="75" />
        <source>Ukuran gambar terlalu besar; paling besar 4096×4096 piksel.</source>
        <translation>The image is too large; at most 4096×4096 pixels.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="76" />
        <source>Berkas PNG rusak (data gambar tidak sesuai ukurannya).</source>
        <translation>The PNG file is damaged (its image data does not match its size).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="77" />
        <source>Berkas PNG rusak (data gambar tidak dapat dibaca).</source>
        <translation>The PNG file is damaged (its image data cannot be read).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="78" />
        <source>Berkas PNG tidak berisi gambar.</source>
        <translation>The PNG file holds no image.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="79" />
        <source>Tidak ada layar grafis (DISPLAY kosong): jalankan dari desktop, atau pakai perintah baris seperti 'asn-desktop --help'.</source>
        <translation>No graphical display (DISPLAY is empty): run it from the desktop, or use the command line, e.g. 'asn-desktop --help'.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="80" />
        <source>Tampilan grafis tidak dapat dimulai: pustaka sistem belum terpasang. Pasang dengan: sudo apt-get install {paket}</source>
        <translation>The graphical display cannot start: system libraries are missing. Install them with: sudo apt-get install {paket}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="108" />
        <source>Cadangan {berkas} dibuat oleh versi aplikasi yang lebih baru (skema {skema}). Perbarui aplikasi; tidak ada yang diubah.</source>
        <translation>Backup {berkas} was made by a newer version of the application (schema {skema}). Update the application; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="109" />
        <source>Cadangan {berkas} berskema lama ({skema}); pulihkan dengan versi aplikasi yang membuatnya, lalu perbarui aplikasi. Tidak ada yang diubah.</source>
        <translation>Backup {berkas} has an older schema ({skema}); restore it with the version of the application that made it, then update the application. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="112" />
        <source>Cadangan {nama} tidak ditandatangani oleh instalasi ini; tidak dipulihkan.</source>
        <translation>Backup {nama} was not signed by this installation; it was not restored.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="118" />
        <source>{path} adalah folder; pilih nama berkas PDF.</source>
        <translation>{path} is a folder; choose a PDF file name.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="119" />
        <source>{path} adalah berkas, bukan folder; pilih folder untuk lembar-lembarnya.</source>
        <translation>{path} is a file, not a folder; choose a folder for the sheets.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="120" />
        <source>sertifikat tanda tangan instalasi ini tidak dapat dipakai (nama di dalamnya ditolak)</source>
        <translation>this installation's signing certificate cannot be used (the name in it is refused)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="193" />
        <source>realisasi</source>
        <translation>realisation</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="194" />
        <source>bukti dukung</source>
        <translation>supporting evidence</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="195" />
        <source>umpan balik</source>
        <translation>feedback</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="196" />
        <source>catatan dan rekomendasi</source>
        <translation>notes and recommendations</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="202" />
        <source>Realisasi harus berupa angka.</source>
        <translation>The realisation must be a number.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="216" />
        <source>Komputer ini tersambung ke pusat '{nama}' di {url}; kunci pusat dipasang di folder data {folder}. Semua perintah dan aplikasi pada folder data ini memakai server itu.</source>
        <translation>This PC is connected to the central '{nama}' at {url}; the central's keys are installed in the data folder {folder}. Every command and the application on this data folder now use that server.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="217" />
        <source>Folder data {folder} sudah berisi ruang kerja; sambungkan ke server dari folder data yang kosong.</source>
        <translation>The data folder {folder} already holds a workspace; connect to the server from an empty data folder.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="218" />
        <source>Basis data {url} belum berisi data pusat. Siapkan pusat dulu (init --role central --database, pindah-server, atau restore --database).</source>
        <translation>The database {url} holds no central yet. Set up the central first (init --role central --database, pindah-server, or restore --database).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="219" />
        <source>Cadangan {berkas} tidak memuat kunci pusat; buat cadangan baru di komputer pusat.</source>
        <translation>The backup {berkas} holds no keys of the central; make a new backup on the central's PC.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="220" />
        <source>Cadangan {berkas} milik instalasi lain, bukan pusat '{nama}' di server itu; tidak ada yang diubah.</source>
        <translation>The backup {berkas} belongs to another installation, not to the central '{nama}' on that server; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="221" />
        <source>Memasang kunci pusat dari cadangan {berkas} memerlukan kata sandi cadangannya.</source>
        <translation>Installing the central's keys from the backup {berkas} needs its passphrase.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="222" />
        <source>Server memakai skema {server}, aplikasi di komputer ini skema {aplikasi}; pasang versi aplikasi yang sama dengan komputer pusat lain dulu. Tidak ada yang diubah.</source>
        <translation>The server uses schema {server}, the application on this PC schema {aplikasi}; install the same version of the application as on the other central PCs first. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="223" />
        <source>Kunci dalam cadangan {berkas} bukan kunci pusat yang berlaku (cadangan dari sebelum penggantian kunci terakhir?); buat cadangan baru di komputer pusat. Tidak ada yang diubah.</source>
        <translation>The keys in the backup {berkas} are not the central's current keys (a backup from before the last key rotation?); make a new backup on the central's PC. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="227" />
        <source>catatan</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="256" />
        <source>uraian kegiatan</source>
        <translation>activity description</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="259" />
        <source>Kuantitas harus lebih dari 0 (mis. 1 dokumen).</source>
        <translation>The quantity must be more than 0 (e.g. 1 document).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="265" />
        <source>Kuantitas satu kegiatan paling banyak {n}; periksa ketikannya.</source>
        <translation>One activity has a quantity of at most {n}; check what was typed.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="288" />
        <source>Pilih salah satu: ganti gambar kop atau hapus gambar kop.</source>
        <translation>Choose one: replace the letterhead image or remove it.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="336" />
        <source>Nama paling panjang {n} karakter.</source>
        <translation>The name may be at most {n} characters long.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="337" />
        <source>Nama jabatan paling panjang {n} karakter.</source>
        <translation>The position name may be at most {n} characters long.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="340" />
        <source>Gelar paling panjang {n} karakter.</source>
        <translation>A title is at most {n} characters long.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="351" />
        <source>tunggakan</source>
        <translation>backlog</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="352" />
        <source>Tulis alasan tunggakan (mis. blangko habis, jaringan terputus).</source>
        <translation>Write the reason for the backlog (e.g. forms ran out, network down).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="359" />
        <source>Selesai ({selesai}) melebihi tunggakan kemarin ({kemarin}) ditambah permohonan masuk ({masuk}).</source>
        <translation>Completed ({selesai}) exceeds the previous backlog ({kemarin}) plus the applications received ({masuk}).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="360" />
        <source>Tunggakan akhir ({backlog}) melebihi sisa permohonan ({sisa}: tunggakan kemarin + masuk − selesai).</source>
        <translation>The closing backlog ({backlog}) exceeds the applications left ({sisa}: previous backlog + received − completed).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="419" />
        <source>Tanggal pengaduan {tanggal} terlalu lama (paling awal {awal}); periksa tahunnya.</source>
        <translation>The complaint date {tanggal} is too far back (earliest {awal}); check the year.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="435" />
        <source>Kop surat harus gambar melebar: lebarnya sedikitnya dua kali tingginya.</source>
        <translation>A letterhead must be a wide image: at least twice as wide as it is tall.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="456" />
        <source>Nilai bawaan menurut interval konversi IKM PermenPANRB 14/2017; cocokkan dengan salinan peraturan yang dipegang BKPSDM dan ubah bila berbeda.</source>
        <translation>Default values per the IKM conversion intervals of PermenPANRB 14/2017; check them against the copy of the regulation BKPSDM holds and change them if they differ.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="464" />
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="465" />
        <source>{nama} wajib diisi.</source>
        <translation>{nama} is required.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="466" />
        <source>Frekuensi penilaian harus salah satu dari {pilihan}.</source>
        <translation>The appraisal frequency must be one of {pilihan}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="467" />
        <source>Batas waktu kategori {kategori} harus antara 1 dan 365 hari kerja.</source>
        <translation>The deadline of category {kategori} must be between 1 and 365 working days.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="468" />
        <source>Batas bawah mutu {mutu} harus antara 25 dan 100.</source>
        <translation>The lower bound of quality {mutu} must be between 25 and 100.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="469" />
        <source>Pengaturan '{key}' tidak dikenal.</source>
        <translation>Unknown setting '{key}'.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="470" />
        <source>Tanggal libur {tanggal} tidak sah (TTTT-BB-HH).</source>
        <translation>Holiday date {tanggal} is not valid (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="472" />
        <source>Data pusat ini sudah disimpan di server PostgreSQL.</source>
        <translation>This central data is already stored on a PostgreSQL server.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="473" />
        <source>Data pusat dipindah ke {url}: {baris} baris, sidik {sidik}. Berkas SQLite lama disimpan di {berkas}. Semua perintah dan aplikasi pada folder data ini kini memakai server itu.</source>
        <translation>Central data moved to {url}: {baris} rows, fingerprint {sidik}. The old SQLite file is kept in {berkas}. Every command and the application on this data folder now use that server.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="474" />
        <source>Basis data tujuan sudah berisi ruang kerja; pindahkan hanya ke basis data yang kosong.</source>
        <translation>The target database already holds a workspace; move only into an empty database.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="475" />
        <source>Salinan di basis data tujuan tidak sama dengan aslinya; tidak ada yang dipindah.</source>
        <translation>The copy in the target database differs from the original; nothing was moved.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="476" />
        <source>Hanya data pusat yang dapat dipindah ke server PostgreSQL; unit tetap memakai berkas SQLite.</source>
        <translation>Only central data can be moved to a PostgreSQL server; units keep using a SQLite file.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="477" />
        <source>Alasan {tindakan} wajib diisi.</source>
        <translation>The reason for {tindakan} is required.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="478" />
        <source>Berkas {nama} bukan lembar kerja yang dapat dibaca; gunakan berkas Excel (.xlsx) atau CSV.</source>
        <translation>File {nama} is not a readable spreadsheet; use an Excel (.xlsx) or CSV file.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="479" />
        <source>Berkas {nama} berformat Excel lama (.xls). Buka di Excel lalu simpan sebagai Excel Workbook (.xlsx), kemudian impor lagi.</source>
        <translation>File {nama} is in the old Excel format (.xls). Open it in Excel and save it as an Excel Workbook (.xlsx), then import again.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="480" />
        <source>Berkas {nama} kosong.</source>
        <translation>File {nama} is empty.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="481" />
        <source>Berkas {nama} dilindungi kata sandi. Buka di Excel, hapus kata sandinya (File &gt; Info &gt; Protect Workbook), simpan, lalu impor lagi.</source>
        <translation>File {nama} is password-protected. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook), save, then import again.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="482" />
        <source>Berkas {nama} memuat sel yang digabung (merge) di area data: {sel}. Pisahkan sel tersebut (Unmerge) lalu impor lagi.</source>
        <translation>File {nama} has merged cells in the data area: {sel}. Split those cells (Unmerge), then import again.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="483" />
        <source>Berkas {nama} memuat rumus yang belum dihitung: sel {sel}. Buka berkas di Excel dan simpan ulang (atau salin lalu tempel sebagai nilai), kemudian impor lagi.</source>
        <translation>File {nama} has formulas that were never calculated: cell {sel}. Open the file in Excel and save it again (or copy and paste as values), then import again.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="484" />
        <source>Berkas {nama} tidak berisi data.</source>
        <translation>File {nama} holds no data.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="485" />
        <source>Baris judul kolom tidak ditemukan di {n} baris pertama berkas {nama}. Baris judul harus memuat paling sedikit kolom NIP dan NAMA.</source>
        <translation>No column heading row was found in the first {n} rows of file {nama}. The heading row must name at least the NIP and NAMA columns.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="486" />
        <source>Berkas {nama} hanya berisi judul kolom, tanpa baris data.</source>
        <translation>File {nama} holds only column headings, no data rows.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="487" />
        <source>Berkas {path} tidak dapat dibuka: {alasan}.</source>
        <translation>File {path} cannot be opened: {alasan}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="488" />
        <source>Berkas {nama} rusak atau tidak dapat dibaca sebagai Excel ({jenis}).</source>
        <translation>File {nama} is damaged or cannot be read as Excel ({jenis}).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="489" />
        <source>Berkas {nama} tidak berisi lembar kerja.</source>
        <translation>File {nama} holds no worksheet.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="490" />
        <source>dan {n} lainnya</source>
        <translation>and {n} more</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="491" />
        <source>Berkas CSV {nama} tidak dapat dibaca: {alasan}.</source>
        <translation>CSV file {nama} cannot be read: {alasan}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="492" />
        <source>Berkas {nama} berisi lebih dari {batas} baris data; bagi menjadi beberapa berkas lalu impor satu per satu.</source>
        <translation>File {nama} holds more than {batas} data rows; split it into several files and import them one by one.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="493" />
        <source>Tanggal berhenti pegawai yang tidak ada di berkas wajib diisi.</source>
        <translation>The leaving date of the employees missing from the file is required.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="494" />
        <source>Tanggal berhenti hanya dipakai bersama alasan berhenti bagi pegawai yang tidak ada di berkas.</source>
        <translation>A leaving date is only used together with a reason for leaving for the employees missing from the file.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="495" />
        <source>Baru {baru}, berubah {berubah}, tetap {tetap}, tidak ada di berkas {tidak_ada}.</source>
        <translation>New {baru}, changed {berubah}, unchanged {tetap}, missing from the file {tidak_ada}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="496" />
        <source>Uji coba (--dry-run): tidak ada yang diubah.</source>
        <translation>Trial run (--dry-run): nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="497" />
        <source>Berkas memuat {n} kesalahan; tidak ada yang diimpor.</source>
        <translation>The file has {n} error(s); nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="498" />
        <source>Peringatan: {n}.</source>
        <translation>Warnings: {n}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="499" />
        <source>Kesalahan: {n} di 1 baris; tidak ada yang diimpor.</source>
        <translation>Errors: {n} in 1 row; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="500" />
        <source>Kesalahan: {n} di {baris} baris; tidak ada yang diimpor.</source>
        <translation>Errors: {n} in {baris} rows; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="501" />
        <source>Impor selesai.</source>
        <translation>Import finished.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="502" />
        <source>Dicatat berhenti (tidak ada di berkas): 1 pegawai.</source>
        <translation>Recorded as having left (missing from the file): 1 employee.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="503" />
        <source>Dicatat berhenti (tidak ada di berkas): {n} pegawai.</source>
        <translation>Recorded as having left (missing from the file): {n} employees.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="504" />
        <source>1 pegawai kini tanpa atasan langsung yang aktif: {nama}; tetapkan atasan barunya.</source>
        <translation>1 employee now has no active direct supervisor: {nama}; assign a new supervisor.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="505" />
        <source>{n} pegawai kini tanpa atasan langsung yang aktif: {nama}; tetapkan atasan barunya.</source>
        <translation>{n} employees now have no active direct supervisor: {nama}; assign their new supervisors.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="506" />
        <source>Unit dibuat: {unit}.</source>
        <translation>Units created: {unit}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="507" />
        <source>Unit yang akan dibuat: {unit}.</source>
        <translation>Units to be created: {unit}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="508" />
        <source>Unit belum ada: {unit}.</source>
        <translation>Units that do not exist yet: {unit}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="509" />
        <source>Kolom tujuan tidak dikenal: {kolom}.</source>
        <translation>Unknown target columns: {kolom}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="510" />
        <source>Kolom wajib tidak ditemukan di berkas: {kolom}. Ganti judul kolom di berkas atau pilih kolomnya sendiri.</source>
        <translation>Required columns not found in the file: {kolom}. Change the column headings in the file or choose the columns yourself.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="511" />
        <source>Kolom untuk {kolom} tidak ada di berkas.</source>
        <translation>The column for {kolom} is not in the file.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="512" />
        <source>Kolom '{judul}' dipetakan dua kali ({pertama} dan {kedua}).</source>
        <translation>Column '{judul}' is mapped twice ({pertama} and {kedua}).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="513" />
        <source>Golongan wajib diisi.</source>
        <translation>The grade is required.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="514" />
        <source>Jenis jabatan wajib diisi (JPT Pratama, Administrator, Pengawas, Pelaksana, Fungsional Keahlian atau Fungsional Keterampilan).</source>
        <translation>The position type is required (JPT Pratama, Administrator, Pengawas, Pelaksana, Fungsional Keahlian or Fungsional Keterampilan).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="515" />
        <source>Tanggal '{t}' tidak dikenali; tulis seperti 17-08-1980 atau 17 Agustus 1980.</source>
        <translation>Date '{t}' is not recognised; write it like 17-08-1980 or 17 Agustus 1980.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="516" />
        <source>Status '{t}' tidak dikenal; tulis PNS atau PPPK.</source>
        <translation>Unknown status '{t}'; write PNS or PPPK.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="517" />
        <source>Golongan PPPK '{t}' tidak dikenal; tulis I sampai XVII.</source>
        <translation>Unknown PPPK grade '{t}'; write I to XVII.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="518" />
        <source>Jenis jabatan '{asli}' tidak dikenal; tulis JPT Pratama, Administrator, Pengawas, Pelaksana, Fungsional Keahlian atau Fungsional Keterampilan.</source>
        <translation>Unknown position type '{asli}'; write JPT Pratama, Administrator, Pengawas, Pelaksana, Fungsional Keahlian or Fungsional Keterampilan.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="519" />
        <source>{label} berisi nilai yang bukan nomor.</source>
        <translation>{label} holds a value that is not a number.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="520" />
        <source>{label} tersimpan sebagai angka ({tampil}) sehingga digit terakhirnya hilang. Format kolom {label} sebagai Teks, ketik ulang nomornya, lalu impor lagi.</source>
        <translation>{label} is stored as a number ({tampil}), so its last digits are lost. Format the {label} column as Text, type the numbers again, then import again.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="521" />
        <source>{label} berisi tanggal, bukan nomor.</source>
        <translation>{label} holds a date, not a number.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="522" />
        <source>Jenis kelamin '{t}' tidak dikenal; tulis L atau P.</source>
        <translation>Unknown sex '{t}'; write L or P.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="523" />
        <source>Golongan '{t}' tidak dikenal; untuk PNS tulis I/a sampai IV/e.</source>
        <translation>Unknown grade '{t}'; for a PNS write I/a to IV/e.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="524" />
        <source>Golongan {t} adalah golongan ruang PNS; untuk PPPK tulis I sampai XVII.</source>
        <translation>Grade {t} is a PNS grade; for a PPPK write I to XVII.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="525" />
        <source>Jenis jabatan '{asli}' kurang rinci; tulis JPT Pratama, Administrator atau Pengawas.</source>
        <translation>Position type '{asli}' is not specific enough; write JPT Pratama, Administrator or Pengawas.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="526" />
        <source>Tanggal '{t}' tidak ada di kalender.</source>
        <translation>Date '{t}' does not exist in the calendar.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="527" />
        <source>Golongan {golongan} adalah golongan PPPK; untuk PNS tulis golongan ruang I/a sampai IV/e.</source>
        <translation>Grade {golongan} is a PPPK grade; for a PNS write a grade from I/a to IV/e.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="528" />
        <source>Unit kerja wajib diisi.</source>
        <translation>The work unit is required.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="529" />
        <source>Pegawai ini tercatat tidak aktif; impor tidak mengaktifkannya.</source>
        <translation>This employee is recorded as inactive; the import does not make them active.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="530" />
        <source>NIP/NI PPPK wajib diisi.</source>
        <translation>The NIP/NI PPPK is required.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="531" />
        <source>NIP atasan</source>
        <translation>Supervisor's NIP</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="532" />
        <source>Unit berubah dari {lama} ke {baru}; untuk mutasi dengan TMT gunakan 'pegawai pindah'.</source>
        <translation>Work unit changes from {lama} to {baru}; for a transfer with a TMT use 'pegawai pindah'.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="533" />
        <source>Status berubah dari {lama} ke {baru} ({label}).</source>
        <translation>Status changes from {lama} to {baru} ({label}).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="534" />
        <source>Unit induk {kode} untuk unit baru tidak ditemukan.</source>
        <translation>Parent unit {kode} for new units not found.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="535" />
        <source>NIP {nip} sudah ada di baris {baris}.</source>
        <translation>NIP {nip} is already on row {baris}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="536" />
        <source>NIP {nip} milik pegawai yang sudah dihapus; pulihkan pegawai itu lebih dulu, lalu impor lagi.</source>
        <translation>NIP {nip} belongs to a deleted employee; restore that employee first, then import again.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="537" />
        <source>Nama unit '{unit}' dipakai beberapa unit ({kode}); tulis kodenya.</source>
        <translation>Unit name '{unit}' is used by several units ({kode}); write its code.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="538" />
        <source>Atasan dengan NIP {nip} tidak ada di berkas maupun di data pegawai.</source>
        <translation>The supervisor with NIP {nip} is neither in the file nor in the employee data.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="539" />
        <source>Atasan dengan NIP {nip} ({nama}) tercatat berhenti; tetapkan atasan yang aktif.</source>
        <translation>The supervisor with NIP {nip} ({nama}) is recorded as having left; assign an active supervisor.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="540" />
        <source>{nama} dengan tanggal lahir yang sama sudah tercatat dengan NIP {nip}; periksa apakah orang yang sama (NIP berubah?).</source>
        <translation>{nama} with the same date of birth is already recorded with NIP {nip}; check whether it is the same person (NIP changed?).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="541" />
        <source>Tanggal lahir {tanggal} berbeda dengan digit 1–8 NIP ({dari_nip}); yang dipakai tanggal dari NIP.</source>
        <translation>Date of birth {tanggal} differs from digits 1–8 of the NIP ({dari_nip}); the date from the NIP is used.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="542" />
        <source>Jenis kelamin {jk} berbeda dengan digit ke-15 NIP ({dari_nip}); yang dipakai dari NIP.</source>
        <translation>Sex {jk} differs from digit 15 of the NIP ({dari_nip}); the one from the NIP is used.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="543" />
        <source>Unit '{nama}' belum ada. Tambahkan unitnya lebih dulu, atau impor dengan --buat-unit KODE_INDUK agar dibuat di bawah unit induk itu.</source>
        <translation>Unit '{nama}' does not exist yet. Add the unit first, or import with --buat-unit KODE_INDUK to create it under that parent unit.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="544" />
        <source>Rantai atasan berputar: {rantai}.</source>
        <translation>The supervisor chain goes round in a circle: {rantai}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="545" />
        <source>sertifikat tanda tangan PDF instalasi ini diterima dari pusat</source>
        <translation>this installation's PDF signature certificate was received from the central</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="546" />
        <source>sertifikat tanda tangan PDF diterbitkan untuk {nama}; terkirim bersama paket berikutnya</source>
        <translation>PDF signature certificate issued for {nama}; it goes out with the next package</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="547" />
        <source>Instalasi ini belum menerima sertifikat otoritas kota dari pusat; kirim dan terima paket sinkronisasi dahulu.</source>
        <translation>This installation has not received the city's authority certificate from the central yet; send and receive synchronisation packages first.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="548" />
        <source>bahan sertifikat dalam paket diabaikan: {alasan}</source>
        <translation>certificate material in the package ignored: {alasan}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="550" />
        <source>Sertifikat tidak dapat ditulis ke {path}: {alasan}.</source>
        <translation>The certificate cannot be written to {path}: {alasan}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="551" />
        <source>Unit mengetahuinya dari paket pusat berikutnya.</source>
        <translation>Units learn of it from the central's next package.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="552" />
        <source>Pegawai berhenti dan pemulihannya dicatat oleh pusat (BKPSDM); unit menerimanya melalui paket sinkronisasi.</source>
        <translation>End of service and its undoing are recorded by the central (BKPSDM); units receive them through synchronisation packages.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="553" />
        <source>{nama} ({nip}) dicatat berhenti per {tanggal}: {alasan}.</source>
        <translation>{nama} ({nip}) recorded as having left service on {tanggal}: {alasan}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="554" />
        <source>{nama} ({nip}) sudah tercatat berhenti per {tanggal}{alasan}.</source>
        <translation>{nama} ({nip}) is already recorded as having left service on {tanggal}{alasan}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="555" />
        <source>{nama} ({nip}) sudah tercatat berhenti{alasan}.</source>
        <translation>{nama} ({nip}) is already recorded as having left service{alasan}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="556" />
        <source>Tanggal berhenti {tanggal} untuk {nama} lebih awal dari TMT penempatannya ({tmt}).</source>
        <translation>End-of-service date {tanggal} for {nama} is earlier than the TMT of their placement ({tmt}).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="557" />
        <source>Tanggal berhenti {tanggal} lebih dari setahun ke depan; periksa tahunnya.</source>
        <translation>End-of-service date {tanggal} is more than a year ahead; check the year.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="558" />
        <source>NIP {nip} dipakai pegawai aktif {nama}; tidak ada yang dipulihkan.</source>
        <translation>NIP {nip} is used by the active employee {nama}; there is nothing to restore.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="559" />
        <source>1 bawahan langsung kini tanpa atasan langsung yang aktif: {bawahan}; tetapkan atasan barunya.</source>
        <translation>1 direct subordinate now has no active direct supervisor: {bawahan}; assign a new supervisor.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="560" />
        <source>{n} bawahan langsung kini tanpa atasan langsung yang aktif: {bawahan}; tetapkan atasan barunya.</source>
        <translation>{n} direct subordinates now have no active direct supervisor: {bawahan}; assign their new supervisors.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="561" />
        <source>Alasan berhenti tidak dikenal: {alasan} (pilih: {pilihan}).</source>
        <translation>Unknown reason for leaving service: {alasan} (choose: {pilihan}).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="562" />
        <source>Belum ada rencana hasil kerja utama.</source>
        <translation>There is no main work plan (RHK utama) yet.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="563" />
        <source>RHK utama</source>
        <translation>Main RHK</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="564" />
        <source>RHK tambahan</source>
        <translation>Additional RHK</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="565" />
        <source>disetujui</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="566" />
        <source>diajukan</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="567" />
        <source>{rhk} mengintervensi RHK yang bukan milik SKP pejabat penilai saat ini; pilih ulang RHK atasannya.</source>
        <translation>{rhk} supports an RHK that is not in the current appraising official's SKP; choose the superior's RHK again.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="568" />
        <source>{rhk} belum memiliki indikator.</source>
        <translation>{rhk} has no indicator yet.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="569" />
        <source>{rhk} belum dihubungkan ke RHK pimpinan yang diintervensi.</source>
        <translation>{rhk} is not yet linked to the leader's RHK it supports.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="570" />
        <source>{rhk}: indikator '{iki}' belum memiliki target (nilai dan satuan, atau narasi).</source>
        <translation>{rhk}: indicator '{iki}' has no target yet (value and unit, or a narrative).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="571" />
        <source>{rhk}: indikator '{iki}' belum memiliki aspek.</source>
        <translation>{rhk}: indicator '{iki}' has no aspect yet.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="572" />
        <source>{rhk}: indikator '{iki}' belum memiliki perspektif.</source>
        <translation>{rhk}: indicator '{iki}' has no perspective yet.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="573" />
        <source>SKP belum dapat {tindakan}:</source>
        <translation>The SKP cannot be {tindakan} yet:</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="574" />
        <source>{rhk} belum memiliki RHK pimpinan yang diintervensi; SKP pejabat penilai belum ada, tulis RHK pimpinan sementara.</source>
        <translation>{rhk} has no leader's RHK it supports; the appraising official has no SKP yet, so write a provisional leader's RHK.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="575" />
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="576" />
        <source>Rencana hasil kerja tidak ditemukan.</source>
        <translation>Work result plan not found.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="577" />
        <source>Indikator tidak ditemukan.</source>
        <translation>Indicator not found.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="578" />
        <source>SKP tahun {tahun} sudah disetujui dan terkunci. Buka kembali SKP (dengan alasan) untuk mengubahnya.</source>
        <translation>The {tahun} SKP is approved and locked. Reopen the SKP (with a reason) to change it.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="579" />
        <source>Pendekatan harus KUANTITATIF atau KUALITATIF.</source>
        <translation>The approach must be KUANTITATIF or KUALITATIF.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="580" />
        <source>SKP JPT tidak memuat Rencana Hasil Kerja Pimpinan yang Diintervensi.</source>
        <translation>A JPT SKP has no Intervened Leader's Work Result Plan.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="581" />
        <source>Uraian rencana hasil kerja wajib diisi.</source>
        <translation>The work result plan description is required.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="582" />
        <source>Perspektif hanya diisi pada SKP JPT.</source>
        <translation>The perspective is only filled in on a JPT SKP.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="583" />
        <source>RHK ini sudah dinilai pada evaluasi yang disetujui dan tidak dapat dihapus.</source>
        <translation>This RHK has been assessed in an approved evaluation and cannot be deleted.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="584" />
        <source>Urutan harus memuat tepat semua RHK dari kelompok yang sama.</source>
        <translation>The order must contain exactly all RHK of the same group.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="585" />
        <source>Indikator kinerja individu wajib diisi.</source>
        <translation>The individual performance indicator is required.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="586" />
        <source>Aspek hanya diisi pada SKP pendekatan kuantitatif (JA/JF).</source>
        <translation>The aspect is only filled in on an SKP with the quantitative approach (JA/JF).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="587" />
        <source>Target tidak boleh negatif.</source>
        <translation>The target cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="588" />
        <source>Indikator ini sudah dinilai pada evaluasi yang disetujui dan tidak dapat dihapus.</source>
        <translation>This indicator has been assessed in an approved evaluation and cannot be deleted.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="589" />
        <source>Urutan harus memuat tepat semua indikator RHK ini.</source>
        <translation>The order must contain exactly all indicators of this RHK.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="590" />
        <source>Jenis RHK harus UTAMA atau TAMBAHAN.</source>
        <translation>The RHK type must be UTAMA or TAMBAHAN.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="591" />
        <source>Perspektif tidak dikenal.</source>
        <translation>Unknown perspective.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="592" />
        <source>RHK atasan harus salah satu RHK pada SKP pejabat penilai untuk tahun yang sama.</source>
        <translation>The supervisor's RHK must be one of the RHK on the appraising official's SKP for the same year.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="593" />
        <source>Aspek harus Kuantitas, Kualitas, Waktu atau Biaya.</source>
        <translation>The aspect must be Quantity, Quality, Time or Cost.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="594" />
        <source>Sumber realisasi {sumber} tidak dikenal.</source>
        <translation>Unknown result source {sumber}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="595" />
        <source>{disalin} SKP tahun {dari} akan disalin ke tahun {ke} sebagai konsep; dilewati: {sudah_ada} sudah memiliki SKP {ke}, {tidak_aktif} pegawai tidak aktif. Tautan ke RHK atasan: {dipulihkan} dipulihkan, {hilang} tidak ditemukan (dikosongkan, pilih ulang).</source>
        <translation>SKPs of {dari} to be copied to {ke} as drafts: {disalin}; skipped: {sudah_ada} already have an SKP for {ke}, {tidak_aktif} employees not active. Links to the supervisor's RHK: {dipulihkan} restored, {hilang} not found (left empty, choose again).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="596" />
        <source>{disalin} SKP tahun {dari} disalin ke tahun {ke} sebagai konsep; dilewati: {sudah_ada} sudah memiliki SKP {ke}, {tidak_aktif} pegawai tidak aktif. Tautan ke RHK atasan: {dipulihkan} dipulihkan, {hilang} tidak ditemukan (dikosongkan, pilih ulang).</source>
        <translation>SKPs of {dari} copied to {ke} as drafts: {disalin}; skipped: {sudah_ada} already have an SKP for {ke}, {tidak_aktif} employees not active. Links to the supervisor's RHK: {dipulihkan} restored, {hilang} not found (left empty, choose again).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="597" />
        <source>Tahun asal dan tahun tujuan salinan SKP harus berbeda.</source>
        <translation>The source year and the target year of the SKP copy must differ.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="598" />
        <source>Uji coba: tidak ada yang diubah.</source>
        <translation>Trial run: nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="599" />
        <source>Tahun kinerja {tahun} belum dibuka; buka dahulu tahun itu (Pengaturan › Tahun kinerja, atau perintah 'tahun buka').</source>
        <translation>Performance year {tahun} has not been opened; open that year first (Settings › Performance year, or the command 'tahun buka').</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="600" />
        <source>Tahun kinerja {tahun} sudah ditutup.</source>
        <translation>Performance year {tahun} has been closed.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="602" />
        <source>Perintah ini hanya untuk instalasi pusat (BKPSDM).</source>
        <translation>This command is only for the central installation (BKPSDM).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="603" />
        <source>semua unit</source>
        <translation>all units</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="604" />
        <source>pusat</source>
        <translation>the central</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="605" />
        <source>Paket penyiapan untuk {nama} ({kode_unit}) ditulis ke {path}.
Kode pendaftaran: {kode}
{pesan} Di komputer unit jalankan 'asn-desktop init --from BERKAS --kode KODE'.</source>
        <translation>Setup package for {nama} ({kode_unit}) written to {path}.
Enrolment code: {kode}
{pesan} On the unit's computer run 'asn-desktop init --from BERKAS --kode KODE'.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="606" />
        <source>Instalasi unit {nama} ({kode}) dicabut: paketnya tidak diterima lagi.</source>
        <translation>Unit installation {nama} ({kode}) revoked: its packages are no longer accepted.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="607" />
        <source>Kunci instalasi diganti (sidik lama {lama}, baru {baru}). Paket berikutnya ke {kepada} membawa pengumuman kunci baru yang ditandatangani kunci lama, jadi penerima mengikutinya tanpa pendaftaran ulang; lembar yang sudah dicetak tetap dapat diverifikasi. Buat cadangan baru sekarang: cadangan lama masih memuat kunci lama.</source>
        <translation>Installation keys replaced (old fingerprint {lama}, new {baru}). The next package to {kepada} carries the announcement of the new key signed with the old key, so the recipients follow it without enrolling again; sheets already printed can still be verified. Make a new backup now: older backups still hold the old keys.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="608" />
        <source>; kunci unit ini kini terdaftar di pusat</source>
        <translation>; this unit's key is now registered at the central</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="609" />
        <source>1 pengaduan mendapat nomor baru karena nomornya sudah dipakai pengaduan yang dikembalikan pusat: {daftar}</source>
        <translation>1 complaint got a new number because its number was already used by a complaint the central gave back: {daftar}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="610" />
        <source>{n} pengaduan mendapat nomor baru karena nomornya sudah dipakai pengaduan yang dikembalikan pusat: {daftar}</source>
        <translation>{n} complaints got a new number because their numbers were already used by complaints the central gave back: {daftar}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="611" />
        <source>Tidak ada paket yang dibuat.</source>
        <translation>No package was created.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="612" />
        <source>Paket {berkas} dari {pengirim} diterapkan: {perubahan} perubahan ({diterapkan} baru, {duplikat} sudah ada), {baris_baru} baris baru, {baris_diubah} baris diperbarui</source>
        <translation>Package {berkas} from {pengirim} applied: {perubahan} change(s) ({diterapkan} new, {duplikat} already present), {baris_baru} new row(s), {baris_diubah} row(s) updated</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="613" />
        <source>Tidak ada paket baru di folder kotak masuk.</source>
        <translation>No new packages in the inbox folder.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="614" />
        <source>Paket untuk {penerima}: {berkas} ({perubahan} perubahan, {ukuran})</source>
        <translation>Package for {penerima}: {berkas} ({perubahan} change(s), {ukuran})</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="615" />
        <source>Dilewati: {alasan}</source>
        <translation>Skipped: {alasan}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="616" />
        <source>Paket {berkas} dari {pengirim} sudah pernah diimpor; tidak ada yang berubah.</source>
        <translation>Package {berkas} from {pengirim} was already imported; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="617" />
        <source>, {n} konflik dicatat</source>
        <translation>, {n} conflict(s) recorded</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="618" />
        <source>, {n} perubahan ditahan untuk ditinjau (dokumen yang sudah disetujui, atau pegawai yang sudah dipindahkan)</source>
        <translation>, {n} change(s) held for review (approved documents, or employees who have been transferred)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="619" />
        <source>Ini paket penyiapan unit, bukan paket sinkronisasi: pakai di komputer unit yang baru, saat aplikasi pertama kali dibuka (pilih 'Instalasi unit'), atau dengan 'asn-desktop init --from BERKAS --kode KODE'.</source>
        <translation>This is a unit setup package, not a synchronisation package: use it on the new unit's computer when the application is opened for the first time (choose 'Instalasi unit'), or with 'asn-desktop init --from BERKAS --kode KODE'.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="620" />
        <source>Paket {berkas} ditolak: {alasan}</source>
        <translation>Package {berkas} rejected: {alasan}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="621" />
        <source>Folder kotak masuk {folder} tidak ditemukan.</source>
        <translation>Inbox folder {folder} not found.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="622" />
        <source>Jam komputer ini sempat terlalu maju: {n} catatan perubahan diberi cap waktu baru agar dapat diterima.</source>
        <translation>This computer's clock was running ahead: {n} change record(s) were given a new timestamp so they can be accepted.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="623" />
        <source>Perhatian: {n} perubahan di komputer ini mengubah data di luar wewenang unit ini (data induk pusat, unit lain, atau pegawai yang sudah pindah) dan tidak dikirim; di komputer ini data itu berbeda dari pusat. Hubungi BKPSDM.</source>
        <translation>Note: {n} changes on this computer alter data outside this unit's authority (the central's master data, another unit's, or an employee who has moved) and were not sent; on this computer that data differs from the central's. Contact BKPSDM.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="624" />
        <source>Belum ada unit terdaftar yang dapat dikirimi paket.</source>
        <translation>There is no enrolled unit to send a package to yet.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="625" />
        <source>{n} berkas paket masih sedang disalin; diperiksa lagi sebentar lagi.</source>
        <translation>{n} package file(s) are still being copied; they will be checked again shortly.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="626" />
        <source>{kode} (belum mengirim paket pertama)</source>
        <translation>{kode} (has not sent its first package yet)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="627" />
        <source>Unit {kode} belum diundang. Buat paket penyiapan dengan 'asn-desktop sync invite --unit {kode} --out BERKAS'.</source>
        <translation>Unit {kode} has not been invited yet. Create a setup package with 'asn-desktop sync invite --unit {kode} --out BERKAS'.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="628" />
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="629" />
        <source>diundang</source>
        <translation>invited</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="630" />
        <source>dicabut</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="631" />
        <source>Belum ada instalasi lain yang terhubung</source>
        <translation>No other installation is connected yet</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="632" />
        <source>{head}. Konflik terbuka: {konflik}. Instalasi yang perlu dikirimi paket: {paket}.</source>
        <translation>{head}. Open conflicts: {konflik}. Installations that need a package: {paket}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="633" />
        <source>dipulihkan dari cadangan; paket berikutnya untuknya mengirim ulang apa yang hilang darinya, tanpa --full.</source>
        <translation>restored from a backup; the next package for it sends back what it lost, without --full.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="634" />
        <source>belum ada paket darinya sejak komputer ini dipulihkan dari cadangan; paket berikutnya darinya mengembalikan apa yang hilang di sini.</source>
        <translation>no package from it since this computer was restored from a backup; its next package brings back what was lost here.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="635" />
        <source>PERINGATAN: {pesan}</source>
        <translation>WARNING: {pesan}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="636" />
        <source>{nama} ({status}): {belum} perubahan belum dikirim, {menunggu} menunggu konfirmasi</source>
        <translation>{nama} ({status}): {belum} changes not sent, {menunggu} awaiting confirmation</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="637" />
        <source>bulanan</source>
        <translation>monthly</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="638" />
        <source>triwulanan</source>
        <translation>quarterly</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="639" />
        <source>semesteran</source>
        <translation>half-yearly</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="640" />
        <source>Tahun {tahun} di luar rentang {min}–{max}.</source>
        <translation>Year {tahun} is outside the range {min}–{max}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="641" />
        <source>Tahun kinerja {tahun} sudah dibuka dengan frekuensi {frekuensi}, bukan {diminta}; tahun yang sudah dibuka tidak dibuka ulang.</source>
        <translation>Performance year {tahun} is already open with a {frekuensi} frequency, not {diminta}; a year already opened is not opened again.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="642" />
        <source>Frekuensi evaluasi harus salah satu dari {pilihan}.</source>
        <translation>The evaluation frequency must be one of {pilihan}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="643" />
        <source>Tahun kinerja {tahun} sudah ada dan telah ditutup.</source>
        <translation>Performance year {tahun} already exists and has been closed.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="644" />
        <source>Tahun kinerja {tahun} sudah dibuka (frekuensi {frekuensi}).</source>
        <translation>Performance year {tahun} is already open ({frekuensi} frequency).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="646" />
        <source>TIDAK BERTANDA TANGAN PDF</source>
        <translation>NO PDF SIGNATURE</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="647" />
        <source>TANDA TANGAN PDF SAH</source>
        <translation>PDF SIGNATURE VALID</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="648" />
        <source>TANDA TANGAN PDF TIDAK SAH</source>
        <translation>PDF SIGNATURE NOT VALID</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="649" />
        <source>Tanda tangan PDF tidak cocok dengan isi berkas: berkas diubah setelah ditandatangani.</source>
        <translation>The PDF signature does not match the file content: the file was changed after signing.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="650" />
        <source>Berkas memuat tanda tangan PDF yang terlepas dari formulirnya: berkas diubah setelah ditandatangani.</source>
        <translation>The file holds a PDF signature detached from its form: the file was changed after signing.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="651" />
        <source>Berkas ini tidak bertanda tangan PDF (lembar KONSEP, atau dicetak sebelum instalasinya memiliki sertifikat).</source>
        <translation>This file has no PDF signature (a draft sheet, or printed before its installation had a certificate).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="652" />
        <source>Instalasi ini belum mengenal sertifikat otoritas kota; tanda tangan PDF tidak dapat diperiksa.</source>
        <translation>This installation does not know the city's authority certificate yet; the PDF signature cannot be checked.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="654" />
        <source>Berkas diubah atau ditambah setelah ditandatangani.</source>
        <translation>The file was changed or added to after signing.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="660" />
        <source>agenda</source>
        <translation>agenda</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="676" />
        <source>Alamat basis data harus diawali 'postgresql://' (contoh: postgresql://bkpsdm@server:5432/kinerja).</source>
        <translation>The database address must start with 'postgresql://' (for example postgresql://bkpsdm@server:5432/kinerja).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="677" />
        <source>Jangan tulis kata sandi di alamat basis data: simpan di ~/.pgpass (Windows: %APPDATA%\postgresql\pgpass.conf) atau PGPASSWORD.</source>
        <translation>Do not write the password in the database address: keep it in ~/.pgpass (Windows: %APPDATA%\postgresql\pgpass.conf) or PGPASSWORD.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="678" />
        <source>Alamat basis data belum menyebut nama basis data (…/NAMA).</source>
        <translation>The database address does not name the database yet (…/NAME).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="680" />
        <source>Nama instalasi paling panjang 200 karakter.</source>
        <translation>The installation name may be at most 200 characters long.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="681" />
        <source>Nama instalasi tidak boleh memuat baris baru atau karakter kendali.</source>
        <translation>The installation name may not contain line breaks or control characters.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="684" />
        <source>{folder} adalah berkas, bukan folder; pilih folder data yang lain.</source>
        <translation>{folder} is a file, not a folder; choose another data folder.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="687" />
        <source>Alamat basis data tidak dapat dibaca: {url}.</source>
        <translation>The database address cannot be read: {url}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="688" />
        <source>Basis data {db} sudah berisi ruang kerja instalasi lain.</source>
        <translation>Database {db} already holds the workspace of another installation.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="645" />
        <source>Ditandatangani secara elektronik</source>
        <translation>Electronically signed</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="549" />
        <source>Kunci otoritas sertifikat tidak ada di {folder}; pulihkan dari cadangan bersandi (asn-desktop restore BERKAS).</source>
        <translation>The certificate authority key is missing from {folder}; restore it from a password-protected backup (asn-desktop restore FILE).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="601" />
        <source>Berikan kode ini kepada unit terpisah dari berkasnya: lewat telepon atau langsung, jangan dalam surel atau flashdisk yang sama. Berkas tanpa kode tidak dapat dibuka. Kode ini tidak disimpan; bila hilang, buat paket penyiapan baru.</source>
        <translation>Give this code to the unit separately from the file: by phone or in person, never in the same e-mail or on the same USB drive. The file cannot be opened without it. The code is not stored; if it is lost, create a new setup package.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="655" />
        <source>oleh {penanda}</source>
        <translation>by {penanda}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="656" />
        <source>Tanda tangan PDF tidak dapat dibaca ({jenis}).</source>
        <translation>The PDF signature cannot be read ({jenis}).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="657" />
        <source>Tanda tangan PDF rusak ({jenis}).</source>
        <translation>The PDF signature is damaged ({jenis}).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="658" />
        <source>Sertifikat penanda tangan ({penanda}) sudah dicabut BKPSDM.</source>
        <translation>The signer's certificate ({penanda}) has been revoked by BKPSDM.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="659" />
        <source>Sertifikat penanda tangan ({penanda}) tidak diterbitkan otoritas kota yang dikenal instalasi ini.</source>
        <translation>The signer's certificate ({penanda}) was not issued by a city authority this installation knows.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="661" />
        <source>Isi umpan balik wajib diisi.</source>
        <translation>The feedback text is required.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="662" />
        <source>Pegawai tidak dapat memberi umpan balik kepada dirinya sendiri.</source>
        <translation>An employee cannot give feedback to themselves.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="663" />
        <source>Umpan balik tidak ditemukan.</source>
        <translation>Feedback not found.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="664" />
        <source>Unit forum tidak ditemukan.</source>
        <translation>The forum's unit was not found.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="665" />
        <source>Agenda forum wajib diisi.</source>
        <translation>The forum agenda is required.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="666" />
        <source>Forum evaluasi kinerja tidak ditemukan.</source>
        <translation>Performance evaluation forum not found.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="667" />
        <source>Peran pemberi harus ATASAN atau REKAN.</source>
        <translation>The giver's role must be ATASAN or REKAN.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="668" />
        <source>{pemberi} bukan atasan {pegawai}; umpan balik atasan hanya dari atasan langsung atau pejabat penilai.</source>
        <translation>{pemberi} is not the supervisor of {pegawai}; supervisor feedback comes only from the direct supervisor or the appraising official.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="669" />
        <source>{pemberi} adalah atasan {pegawai}; pilih peran Atasan.</source>
        <translation>{pemberi} is the supervisor of {pegawai}; choose the Supervisor role.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="670" />
        <source>{pemberi} bukan rekan kerja {pegawai} (tidak seatasan dan tidak satu unit).</source>
        <translation>{pemberi} is not a colleague of {pegawai} (not under the same supervisor and not in the same unit).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="671" />
        <source>{Dok} sudah diajukan.</source>
        <translation>{Dok} has already been submitted.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="672" />
        <source>Hanya {dok} yang sedang diajukan yang dapat dikembalikan.</source>
        <translation>Only a submitted {dok} can be returned.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="673" />
        <source>{Dok} harus diajukan dahulu sebelum disetujui.</source>
        <translation>{Dok} must be submitted before it is approved.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="410" />
        <source>membuka kembali {dok}</source>
        <translation>reopening the {dok}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="653" />
        <source>ditandatangani oleh {penanda}; berkas tidak berubah sejak ditandatangani.</source>
        <translation>signed by {penanda}; the file has not changed since it was signed.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="674" />
        <source>Hanya {dok} yang sudah disetujui yang dapat dibuka kembali.</source>
        <translation>Only an approved {dok} can be reopened.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="675" />
        <source>Nama operator terlalu pendek (minimal 2 huruf).</source>
        <translation>The operator name is too short (at least 2 letters).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="471" />
        <source>Ruang kerja belum disiapkan. Jalankan 'asn-desktop init'.</source>
        <translation>The workspace has not been set up. Run 'asn-desktop init'.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="679" />
        <source>Nama instalasi tidak boleh kosong.</source>
        <translation>The installation name cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="682" />
        <source>Hanya instalasi pusat yang dapat memakai server PostgreSQL; unit memakai berkas SQLite.</source>
        <translation>Only the central installation can use a PostgreSQL server; units use an SQLite file.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="683" />
        <source>Nama operator paling banyak {n} karakter.</source>
        <translation>The operator name can have at most {n} characters.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="685" />
        <source>Folder data {folder} belum berisi ruang kerja. Jalankan 'asn-desktop init' terlebih dahulu.</source>
        <translation>Data folder {folder} holds no workspace yet. Run 'asn-desktop init' first.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpzy3atla6/layanan.py" line="686" />
        <source>Peran harus 'central' atau 'unit', bukan '{peran}'.</source>
        <translation>The role must be 'central' or 'unit', not '{peran}'.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../src/asn_desktop/ui/messages.py" line="270" />
        <source>Informasi</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/messages.py" line="271" />
        <source>Perhatian</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/messages.py" line="272" />
        <source>Konfirmasi</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/messages.py" line="273" />
        <source>Ada perubahan yang belum disimpan.</source>
        <translation>There are unsaved changes.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/messages.py" line="274" />
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/messages.py" line="275" />
        <source>Simpan perubahan sebelum pindah?</source>
        <translation>Save the changes before leaving?</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/messages.py" line="276" />
        <source>Gagal membaca atau menulis berkas: {0}</source>
        <translation>Could not read or write a file: {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/messages.py" line="277" />
        <source>Basis data sedang dipakai proses lain. Coba lagi sebentar.</source>
        <translation>The database is in use by another process. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/messages.py" line="278" />
        <source>Tidak berhasil</source>
        <translation>Not successful</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/messages.py" line="279" />
        <source>Terjadi kesalahan</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/messages.py" line="280" />
        <source>Tampilkan rincian</source>
        <translation>Show details</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/messages.py" line="281" />
        <source>Salin rincian</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/messages.py" line="282" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/messages.py" line="283" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/messages.py" line="284" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/messages.py" line="285" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/messages.py" line="286" />
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/messages.py" line="287" />
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/messages.py" line="288" />
        <source>Buang perubahan</source>
        <translation>Discard changes</translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pegawai_list.py" line="380" />
        <source>Pegawai sebelumnya (Alt+PgUp)</source>
        <translation>Previous employee (Alt+PgUp)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pegawai_list.py" line="381" />
        <source>Pegawai berikutnya (Alt+PgDown)</source>
        <translation>Next employee (Alt+PgDown)</translation>
    </message>
</context>
</TS>