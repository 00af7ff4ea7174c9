<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name />
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="90" />
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="239" />
        <source>Sinkronisasi</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="111" />
        <source>Instalasi</source>
        <translation>Installation</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="111" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="111" />
        <source>Terakhir dikirim</source>
        <translation>Last sent</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="112" />
        <source>Terakhir diterima</source>
        <translation>Last received</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="112" />
        <source>Perubahan tertunda</source>
        <translation>Pending changes</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="129" />
        <source>Kirim perubahan</source>
        <translation>Send changes</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="131" />
        <source>Simpan paket perubahan ke folder atau flashdisk, lalu serahkan ke BKPSDM (atau ke unit).</source>
        <translation>Save a package of changes to a folder or USB drive, then hand it to BKPSDM (or to the unit).</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="135" />
        <source>Semua unit terdaftar</source>
        <translation>All enrolled units</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="138" />
        <source>Salinan lengkap (memulihkan instalasi)</source>
        <translation>Full copy (to restore an installation)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="141" />
        <source>Buat paket ke folder…</source>
        <translation>Create package in folder…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="145" />
        <source>Buat paket ke flashdisk</source>
        <translation>Write package to flash drive</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="163" />
        <source>Tidak ada flashdisk terpasang</source>
        <translation>No flash drive plugged in</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="167" />
        <source>Terima paket</source>
        <translation>Receive packages</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="169" />
        <source>Pilih berkas paket, atau seret berkasnya ke halaman ini.</source>
        <translation>Choose a package file, or drag the file onto this page.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="170" />
        <source>Buka paket…</source>
        <translation>Open package…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="174" />
        <source>Folder kotak masuk (opsional):</source>
        <translation>Inbox folder (optional):</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="178" />
        <source>paket di folder ini diterima otomatis</source>
        <translation>packages in this folder are received automatically</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="179" />
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="187" />
        <source>Daftarkan instalasi unit</source>
        <translation>Enrol a unit installation</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="189" />
        <source>Buat paket penyiapan untuk satu unit. Berkasnya hanya terbuka dengan kode pendaftaran yang tampil sekali di sini: serahkan kode itu terpisah dari berkasnya.</source>
        <translation>Create a setup package for one unit. The file opens only with the enrolment code shown once here: hand the code over separately from the file.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="195" />
        <source>Buat paket penyiapan…</source>
        <translation>Create setup package…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="202" />
        <source>Konflik yang perlu ditinjau</source>
        <translation>Conflicts to review</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="215" />
        <source>Pakai nilai di komputer ini</source>
        <translation>Keep this computer's value</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="217" />
        <source>Pakai nilai dari paket</source>
        <translation>Keep the package's value</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="219" />
        <source>Di komputer ini</source>
        <translation>On this computer</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="220" />
        <source>Dari paket</source>
        <translation>From the package</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="269" />
        <source>Tidak ada konflik.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="282" />
        <source>Pilih folder atau flashdisk tujuan</source>
        <translation>Choose the target folder or USB drive</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="296" />
        <source>Membuat paket…</source>
        <translation>Creating package…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="302" />
        <source>Pilih paket sinkronisasi</source>
        <translation>Choose synchronisation packages</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="303" />
        <source>Paket Kinerja ASN (*{0});;Semua berkas (*)</source>
        <translation>Kinerja ASN packages (*{0});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="309" />
        <source>Menerima paket…</source>
        <translation>Receiving package…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="313" />
        <source>Diterapkan: {0} · sudah pernah diimpor: {1} · ditolak: {2}</source>
        <translation>Applied: {0} · already imported: {1} · rejected: {2}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="316" />
        <source>Paket {0} ditolak: {1}</source>
        <translation>Package {0} rejected: {1}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="333" />
        <source>Pilih folder untuk paket penyiapan</source>
        <translation>Choose the folder for the setup package</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="339" />
        <source>Membuat paket penyiapan…</source>
        <translation>Creating the setup package…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="346" />
        <source>Paket penyiapan untuk {0} ({1}) ditulis ke {2}.</source>
        <translation>Setup package for {0} ({1}) written to {2}.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="348" />
        <source>Kode pendaftaran:</source>
        <translation>Enrolment code:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="352" />
        <source>Berikan kode ini kepada unit terpisah dari berkasnya: lewat telepon atau langsung, jangan dalam e-mail atau flashdisk yang sama. Berkas tanpa kode tidak dapat dibuka. Kode ini tidak disimpan; bila hilang, buat paket penyiapan baru.</source>
        <translation>Give this code to the unit separately from the file: by phone or in person, never in the same e-mail or on the same USB drive. The file cannot be opened without it. The code is not stored; if it is lost, create a new setup package.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="361" />
        <source>Pilih folder kotak masuk</source>
        <translation>Choose the inbox folder</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/sinkronisasi.py" line="402" />
        <source> (dipakai sekarang)</source>
        <translation> (in use now)</translation>
    </message>
</context>
<context>
    <name>BerandaPage</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="101" />
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="135" />
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="116" />
        <source>Pegawai belum punya SKP</source>
        <translation>Employees without an SKP</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="117" />
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="119" />
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="121" />
        <source>Buka SKP</source>
        <translation>Open SKP</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="118" />
        <source>SKP masih konsep (belum diajukan)</source>
        <translation>SKP still draft (not submitted)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="120" />
        <source>SKP menunggu persetujuan</source>
        <translation>SKP awaiting approval</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="122" />
        <source>Evaluasi periode ini belum selesai</source>
        <translation>Evaluations of this period not finished</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="123" />
        <source>Buka Evaluasi</source>
        <translation>Open Evaluation</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="124" />
        <source>Konflik sinkronisasi belum ditinjau</source>
        <translation>Synchronisation conflicts to review</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="125" />
        <source>Tinjau konflik</source>
        <translation>Review conflicts</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="126" />
        <source>Perubahan belum dikirim</source>
        <translation>Changes not sent yet</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="127" />
        <source>Buka Sinkronisasi</source>
        <translation>Open Synchronisation</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="150" />
        <source>Tahun {0} · periode berjalan: {1} · {2} pegawai aktif · {3} SKP disetujui</source>
        <translation>Year {0} · current period: {1} · {2} active employees · {3} SKP approved</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="152" />
        <source>… dan {0} lainnya</source>
        <translation>… and {0} more</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/beranda.py" line="82" />
        <source>Tidak ada yang perlu dikerjakan.</source>
        <translation>Nothing to do.</translation>
    </message>
</context>
<context>
    <name>CentralPage</name>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="75" />
        <source>Instalasi pusat</source>
        <translation>Central installation</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="76" />
        <source>Nama ini tampil di kepala jendela dan di paket sinkronisasi.</source>
        <translation>This name appears in the window title and in synchronisation packages.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="81" />
        <source>Nama instalasi:</source>
        <translation>Installation name:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="86" />
        <source>Nama instalasi wajib diisi (paling sedikit 3 huruf).</source>
        <translation>The installation name is required (at least 3 letters).</translation>
    </message>
</context>
<context>
    <name>CetakPage</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="50" />
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="127" />
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="235" />
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="52" />
        <source>Verifikasi lembar…</source>
        <translation>Verify sheet…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="58" />
        <source>Lembar:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="60" />
        <source>Sasaran Kinerja Pegawai (SKP)</source>
        <translation>Employee Performance Targets (SKP)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="61" />
        <source>Evaluasi Kinerja Pegawai</source>
        <translation>Employee Performance Evaluation</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="62" />
        <source>Dokumen Evaluasi Kinerja</source>
        <translation>Performance Evaluation Document</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="64" />
        <source>Tahun:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="69" />
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="85" />
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="87" />
        <source>Cetak… (Ctrl+P)</source>
        <translation>Print… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="89" />
        <source>Simpan sebagai PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="95" />
        <source>Pilih pegawai lalu tekan Pratinjau.</source>
        <translation>Choose an employee, then press Preview.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="106" />
        <source>Cetak satu unit:</source>
        <translation>Print a unit:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="110" />
        <source>Cetak semua ke folder…</source>
        <translation>Print all to folder…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="169" />
        <source>Pilih pegawai terlebih dahulu.</source>
        <translation>Choose an employee first.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="187" />
        <source>Menyiapkan lembar…</source>
        <translation>Preparing the sheet…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="207" />
        <source>{0} · {1} · kode verifikasi {2}</source>
        <translation>{0} · {1} · verification code {2}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="216" />
        <source>Simpan sebagai PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="218" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="225" />
        <source>Tersimpan: {0} (kode {1})</source>
        <translation>Saved: {0} (code {1})</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="257" />
        <source>Pencetak tidak dapat dibuka.</source>
        <translation>The printer could not be opened.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="276" />
        <source>Pilih folder tujuan</source>
        <translation>Choose the target folder</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="291" />
        <source>Pencetakan dibatalkan; tidak ada berkas yang setengah jadi.</source>
        <translation>Printing cancelled; no half-written file was left.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="294" />
        <source>{0} lembar dicetak ke {1}.</source>
        <translation>{0} sheets printed to {1}.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="296" />
        <source>Dilewati {0} pegawai:</source>
        <translation>Skipped {0} employees:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="298" />
        <source>Cetak satu unit</source>
        <translation>Print a unit</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/cetak.py" line="300" />
        <source>Mencetak lembar unit…</source>
        <translation>Printing the unit's sheets…</translation>
    </message>
</context>
<context>
    <name>CreatePanel</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="72" />
        <source>Pilih pendekatan hasil kerja:</source>
        <translation>Choose the work-result approach:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="74" />
        <source>Kuantitatif — indikator dengan target angka dan satuan (mis. 12 Dokumen)</source>
        <translation>Quantitative — indicators with a number and unit target (e.g. 12 Documents)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="77" />
        <source>Kualitatif — ukuran keberhasilan dan target ditulis sebagai uraian</source>
        <translation>Qualitative — success measures and targets written as text</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="86" />
        <source>Buat SKP (Ctrl+N)</source>
        <translation>Create SKP (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="96" />
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
        <location filename="../../src/asn_desktop/ui/widgets/setting_fields.py" line="129" />
        <source>Capaian organisasi</source>
        <translation>Organisational performance</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/setting_fields.py" line="130" />
        <source>Predikat</source>
        <translation>Predicate</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/setting_fields.py" line="131" />
        <source>Paling sedikit</source>
        <translation>At least</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/setting_fields.py" line="132" />
        <source>Paling banyak</source>
        <translation>At most</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/setting_fields.py" line="133" />
        <source>Sedikitnya (orang)</source>
        <translation>At least (people)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/setting_fields.py" line="134" />
        <source>Kalimat panduan</source>
        <translation>Guidance sentence</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/setting_fields.py" line="153" />
        <source>Tambah aturan</source>
        <translation>Add rule</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/setting_fields.py" line="156" />
        <source>Hapus aturan terpilih</source>
        <translation>Remove selected rule</translation>
    </message>
</context>
<context>
    <name>EvaluasiEditor</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="69" />
        <source>Ambil dari log harian</source>
        <translation>Take from daily log</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="71" />
        <source>Simpan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="73" />
        <source>Ajukan</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="75" />
        <source>Kembalikan…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="76" />
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="78" />
        <source>Buka kembali…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="80" />
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="99" />
        <source>Hasil kerja</source>
        <translation>Work results</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="100" />
        <source>Perilaku kerja</source>
        <translation>Work behaviour</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="101" />
        <source>Penilaian dan predikat</source>
        <translation>Ratings and predicate</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="102" />
        <source>Umpan balik tercatat</source>
        <translation>Recorded feedback</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="103" />
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>EvaluasiPage</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="268" />
        <source>Evaluasi Kinerja</source>
        <translation>Performance Evaluation</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="270" />
        <source>Tahun:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="275" />
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="284" />
        <source>Per pegawai</source>
        <translation>Per employee</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="285" />
        <source>Distribusi unit</source>
        <translation>Unit distribution</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="303" />
        <source>Evaluasi</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="399" />
        <source>{0} belum memiliki SKP tahun {1}. Susun dan setujui SKP terlebih dahulu.</source>
        <translation>{0} has no SKP for {1}. Write and approve the SKP first.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="401" />
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="410" />
        <source>Buka halaman SKP</source>
        <translation>Open the SKP page</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="407" />
        <source>SKP {0} tahun {1} berstatus {2}. Evaluasi dapat dibuat setelah SKP disetujui.</source>
        <translation>The {1} SKP of {0} is {2}. The evaluation can be created once the SKP is approved.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="413" />
        <source>Evaluasi {0} untuk periode {1} belum dibuat.</source>
        <translation>The evaluation of {0} for period {1} has not been created.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="415" />
        <source>Mulai evaluasi (Ctrl+N)</source>
        <translation>Start evaluation (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="429" />
        <source>{0} · pejabat penilai: {1}</source>
        <translation>{0} · appraiser: {1}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="433" />
        <source>Evaluasi ini sudah disetujui dan terkunci. Pilih "Buka kembali" (dengan alasan) untuk mengubahnya.</source>
        <translation>This evaluation is approved and locked. Choose "Reopen" (with a reason) to change it.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="448" />
        <source>umum</source>
        <translation>general</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="453" />
        <source>Belum ada umpan balik tercatat untuk periode ini. Catat di halaman Umpan Balik.</source>
        <translation>No feedback recorded for this period yet. Record it on the Feedback page.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="495" />
        <source>Realisasi harus berupa angka, mis. 12 atau 12,5.</source>
        <translation>The result must be a number, e.g. 12 or 12.5.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="523" />
        <source>Menyimpan evaluasi…</source>
        <translation>Saving the evaluation…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="531" />
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="552" />
        <source>Simpan dahulu perubahan yang sedang diisi.</source>
        <translation>First save the changes being edited.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="538" />
        <source>Tidak ada realisasi yang berubah: log harian periode ini kosong atau sudah sama.</source>
        <translation>No result changed: the daily log of this period is empty or already the same.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="543" />
        <source>Realisasi diisi dari log harian:</source>
        <translation>Results filled from the daily log:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="559" />
        <source>Setujui evaluasi ini? Setelah disetujui evaluasi terkunci.</source>
        <translation>Approve this evaluation? Once approved it is locked.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="564" />
        <source>Kembalikan evaluasi</source>
        <translation>Return evaluation</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="565" />
        <source>Alasan pengembalian (wajib):</source>
        <translation>Reason for returning it (required):</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="570" />
        <source>Hapus evaluasi konsep ini beserta realisasi dan umpan baliknya?</source>
        <translation>Delete this draft evaluation with its results and feedback?</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="575" />
        <source>Buka kembali evaluasi</source>
        <translation>Reopen evaluation</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="576" />
        <source>Alasan membuka kembali (wajib, dicatat di riwayat):</source>
        <translation>Reason to reopen (required, recorded in the history):</translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="75" />
        <source>Dari:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="77" />
        <source>Tanggal:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="78" />
        <source>Tentang:</source>
        <translation>About:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="79" />
        <source>Isi umpan balik:</source>
        <translation>Feedback:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="85" />
        <source>Simpan umpan balik (Ctrl+S)</source>
        <translation>Save feedback (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="91" />
        <source>Umpan balik tercatat, periode:</source>
        <translation>Recorded feedback, period:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="117" />
        <source>Pilih pegawai yang diberi umpan balik.</source>
        <translation>Choose the employee receiving feedback.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="137" />
        <source>Atasan: {0}</source>
        <translation>Supervisor: {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="140" />
        <source>Rekan kerja: {0}</source>
        <translation>Colleague: {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="143" />
        <source>Kinerja secara umum</source>
        <translation>Performance in general</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="145" />
        <source>Perilaku: {0}</source>
        <translation>Behaviour: {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="148" />
        <source>RHK: {0}</source>
        <translation>RHK: {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="171" />
        <source>umum</source>
        <translation>general</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="176" />
        <source>Belum ada umpan balik pada periode ini.</source>
        <translation>No feedback in this period yet.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="189" />
        <source>Pegawai ini belum memiliki atasan atau rekan kerja yang tercatat.</source>
        <translation>This employee has no recorded supervisor or colleague.</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="182" />
        <source>Kinerja ASN Desktop — Persiapan awal</source>
        <translation>Kinerja ASN Desktop — First start</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="195" />
        <source>&lt; Kembali</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="196" />
        <source>Lanjut &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="197" />
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="198" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="217" />
        <source>Menyiapkan instalasi pusat…</source>
        <translation>Preparing the central installation…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="227" />
        <source>Menyiapkan instalasi unit dari paket penyiapan…</source>
        <translation>Preparing the unit installation from the setup package…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="230" />
        <source>Ruang Latihan (data contoh)</source>
        <translation>Practice workspace (sample data)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="241" />
        <source>Menyiapkan ruang kerja…</source>
        <translation>Preparing the workspace…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="242" />
        <source>Membuat data contoh…</source>
        <translation>Creating sample data…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="260" />
        <source>Persiapan tidak berhasil</source>
        <translation>Setup failed</translation>
    </message>
</context>
<context>
    <name>ForumTab</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="222" />
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="231" />
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="231" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="232" />
        <source>Pegawai presentasi</source>
        <translation>Presenting employee</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="245" />
        <source>mis. Evaluasi kinerja triwulan III</source>
        <translation>e.g. Third-quarter performance review</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="248" />
        <source>Satu nama per baris</source>
        <translation>One name per line</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="253" />
        <source>Forum baru</source>
        <translation>New forum</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="254" />
        <source>Tanggal:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="255" />
        <source>Agenda:</source>
        <translation>Agenda:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="256" />
        <source>Peserta:</source>
        <translation>Participants:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="257" />
        <source>Pegawai yang presentasi:</source>
        <translation>Presenting employee:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="258" />
        <source>Catatan:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="260" />
        <source>Simpan forum</source>
        <translation>Save forum</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/umpan_balik.py" line="287" />
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>HasilKerjaEval</name>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="138" />
        <source>A. UTAMA</source>
        <translation>A. MAIN</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="139" />
        <source>B. TAMBAHAN</source>
        <translation>B. ADDITIONAL</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="152" />
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="152" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="153" />
        <source>Realisasi</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="153" />
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="154" />
        <source>Bukti dukung</source>
        <translation>Supporting evidence</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="163" />
        <source>Umpan balik berkelanjutan pimpinan:</source>
        <translation>Leader's continuous feedback:</translation>
    </message>
</context>
<context>
    <name>HasilKerjaTab</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="112" />
        <source>+ RHK utama</source>
        <translation>+ Main RHK</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="114" />
        <source>+ RHK tambahan</source>
        <translation>+ Additional RHK</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="116" />
        <source>+ Indikator</source>
        <translation>+ Indicator</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="118" />
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="119" />
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="120" />
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="130" />
        <source>Rencana hasil kerja / indikator</source>
        <translation>Work result plan / indicator</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="131" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="140" />
        <source>Pilih RHK atau indikator di sebelah kiri, atau tambahkan RHK baru.</source>
        <translation>Choose an RHK or indicator on the left, or add a new RHK.</translation>
    </message>
</context>
<context>
    <name>IndikatorForm</name>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="169" />
        <source>Aspek:</source>
        <translation>Aspect:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="175" />
        <source>Indikator kinerja individu, mis. Jumlah dokumen usulan kenaikan pangkat</source>
        <translation>Individual performance indicator, e.g. Number of promotion proposals</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="177" />
        <source>Target:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="184" />
        <source>satuan, mis. Dokumen, %, Bulan</source>
        <translation>unit, e.g. Document, %, Month</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="190" />
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="242" />
        <source>Target (narasi):</source>
        <translation>Target (text):</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="193" />
        <source>Perspektif:</source>
        <translation>Perspective:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="195" />
        <source>(ikut RHK)</source>
        <translation>(as the RHK)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="201" />
        <source>Indikator:</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="211" />
        <source>Simpan indikator (Ctrl+S)</source>
        <translation>Save indicator (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="228" />
        <source>Indikator baru untuk: {0}</source>
        <translation>New indicator for: {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="229" />
        <source>Indikator {0} dari: {1}</source>
        <translation>Indicator {0} of: {1}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="243" />
        <source>atau rentang:</source>
        <translation>or range:</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="39" />
        <source>Selamat datang di Kinerja ASN Desktop</source>
        <translation>Welcome to Kinerja ASN Desktop</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="40" />
        <source>Pilih cara komputer ini akan dipakai. Pilihan ini hanya ditanyakan sekali.</source>
        <translation>Choose how this computer will be used. You are asked only once.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="45" />
        <source>Instalasi pusat (BKPSDM)</source>
        <translation>Central installation (BKPSDM)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="46" />
        <source>Mengelola data induk semua unit: unit organisasi, pegawai dan periode.</source>
        <translation>Manages the master data of every unit: organisation units, employees and periods.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="47" />
        <source>Instalasi unit (sekolah, puskesmas, kecamatan, dinas)</source>
        <translation>Unit installation (school, health centre, district, agency)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="48" />
        <source>Disiapkan dari paket penyiapan yang dikirim oleh BKPSDM.</source>
        <translation>Set up from the setup package sent by BKPSDM.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="49" />
        <source>Ruang kerja latihan dengan data contoh</source>
        <translation>Practice workspace with sample data</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="50" />
        <source>Untuk mencoba aplikasi tanpa risiko: berisi pegawai, SKP dan evaluasi contoh.</source>
        <translation>To try the application without risk: with sample employees, SKP and evaluations.</translation>
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
    <name>LogHarianPage</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="60" />
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="178" />
        <source>Log Harian</source>
        <translation>Daily Log</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="80" />
        <source>Kegiatan yang dikerjakan, lalu tekan Enter</source>
        <translation>What was done, then press Enter</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="82" />
        <source>Output, mis. Dokumen</source>
        <translation>Output, e.g. Document</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="88" />
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="91" />
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="92" />
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="128" />
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="163" />
        <source>RHK</source>
        <translation>RHK</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="95" />
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="129" />
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="96" />
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="129" />
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="163" />
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="97" />
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="130" />
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="164" />
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="111" />
        <source>◀ Minggu lalu</source>
        <translation>◀ Last week</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="112" />
        <source>Minggu ini</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="113" />
        <source>Minggu depan ▶</source>
        <translation>Next week ▶</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="128" />
        <source>Hari</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="146" />
        <source>Jumlah per RHK, periode:</source>
        <translation>Totals per RHK, period:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="153" />
        <source>Hapus kegiatan terpilih</source>
        <translation>Delete selected activity</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="156" />
        <source>Masukkan ke realisasi evaluasi</source>
        <translation>Carry into evaluation results</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="164" />
        <source>Entri</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="211" />
        <source>Pilih pegawai di sebelah kiri.</source>
        <translation>Choose an employee on the left.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="230" />
        <source>(kegiatan di luar RHK)</source>
        <translation>(activity outside the RHK)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="257" />
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="272" />
        <source>(di luar RHK)</source>
        <translation>(outside the RHK)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="315" />
        <source>Hapus kegiatan "{0}"?</source>
        <translation>Delete the activity "{0}"?</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="327" />
        <source>SKP pegawai ini belum disetujui; realisasi belum dapat diisi.</source>
        <translation>This employee's SKP is not approved; results cannot be filled yet.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="338" />
        <source>Tidak ada realisasi yang berubah.</source>
        <translation>No result changed.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/log_harian.py" line="342" />
        <source>Realisasi evaluasi {0} diisi dari log harian:</source>
        <translation>Evaluation results of {0} filled from the daily log:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="53" />
        <source>Kinerja ASN Desktop — {0}</source>
        <translation>Kinerja ASN Desktop — {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="72" />
        <source>Ctrl+{0}</source>
        <translation>Ctrl+{0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="89" />
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="90" />
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="91" />
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="92" />
        <source>Evaluasi</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="93" />
        <source>Log Harian</source>
        <translation>Daily Log</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="94" />
        <source>Umpan Balik</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="95" />
        <source>Sinkronisasi</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="96" />
        <location filename="../../src/asn_desktop/ui/main_window.py" line="144" />
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="97" />
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="102" />
        <source>Instalasi pusat (BKPSDM): semua unit</source>
        <translation>Central installation (BKPSDM): every unit</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="103" />
        <source>Instalasi unit: data unit sendiri; data induk hanya dapat dibaca</source>
        <translation>Unit installation: own unit's data; master data is read-only</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="112" />
        <source>Pusat</source>
        <translation>Central</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="112" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="120" />
        <source>Tampilkan unit:</source>
        <translation>Show unit:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="121" />
        <source>Semua unit</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="137" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="139" />
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="141" />
        <source>Cari</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="143" />
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/main_window.py" line="145" />
        <source>Keluar</source>
        <translation>Quit</translation>
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
    <name>MutasiDialog</name>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/mutasi.py" line="36" />
        <source>Mutasi pegawai</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/mutasi.py" line="42" />
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;sekarang di {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/mutasi.py" line="49" />
        <source>Unit tujuan:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/mutasi.py" line="57" />
        <source>TMT:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/mutasi.py" line="60" />
        <source>pimpinan unit tujuan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/mutasi.py" line="63" />
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/mutasi.py" line="68" />
        <source>Atasan langsung:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/mutasi.py" line="72" />
        <source>Unit lama mengetahui mutasi ini dari paket pusat berikutnya dan menyimpan salinan baca-saja; SKP, evaluasi dan riwayatnya ikut ke unit baru. Yang ditulis unit lama sesudah mutasi ini dicatat ditahan di sini untuk ditinjau.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/mutasi.py" line="78" />
        <source>Pindahkan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/mutasi.py" line="87" />
        <source>Pilih atasan langsung</source>
        <translation>Choose the direct supervisor</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/mutasi.py" line="98" />
        <source>Pilih unit tujuan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/mutasi.py" line="110" />
        <source>Mutasi dicatat</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PegawaiDetailPanel</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="50" />
        <source>NIP / NI PPPK</source>
        <translation>NIP / NI PPPK</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="51" />
        <source>Status / Gol.</source>
        <translation>Status / Grade</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="52" />
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="53" />
        <source>Jenis jabatan</source>
        <translation>Position type</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="54" />
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="55" />
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="56" />
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="65" />
        <source>Atasan langsung</source>
        <translation>Direct supervisor</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="81" />
        <source>Buka SKP</source>
        <translation>Open SKP</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="83" />
        <source>Buka evaluasi</source>
        <translation>Open evaluation</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="97" />
        <source>Pilih pegawai di daftar</source>
        <translation>Choose an employee in the list</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="111" />
        <source> (pimpinan unit)</source>
        <translation> (unit head)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="113" />
        <source> (TMT {0})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="115" />
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="116" />
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="121" />
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="122" />
        <source>Bawahan ({0})</source>
        <translation>Subordinates ({0})</translation>
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
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="66" />
        <source>Gelar depan, mis. Drs.</source>
        <translation>Title before the name, e.g. Drs.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="68" />
        <source>Gelar belakang, mis. S.Pd.</source>
        <translation>Title after the name, e.g. S.Pd.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="83" />
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="222" />
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="86" />
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="89" />
        <source>Kosongkan</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="97" />
        <source>Pimpinan unit kerja</source>
        <translation>Head of the work unit</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="98" />
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="107" />
        <source>Status kepegawaian</source>
        <translation>Employment status</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="108" />
        <source>NIP / NI PPPK</source>
        <translation>NIP / NI PPPK</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="109" />
        <source>Nama (tanpa gelar)</source>
        <translation>Name (without titles)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="110" />
        <source>Gelar</source>
        <translation>Titles</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="111" />
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="112" />
        <source>Jenis jabatan</source>
        <translation>Position type</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="113" />
        <source>Golongan</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="114" />
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="115" />
        <source>Atasan langsung</source>
        <translation>Direct supervisor</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="118" />
        <source>Surel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="119" />
        <source>Telepon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="202" />
        <source>laki-laki</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="202" />
        <source>perempuan</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="203" />
        <source>Lahir {0}</source>
        <translation>Born {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="205" />
        <source>TMT CPNS {0}</source>
        <translation>CPNS since {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="207" />
        <source>diangkat {0}</source>
        <translation>appointed {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/pegawai_editor.py" line="216" />
        <source>Pilih atasan langsung</source>
        <translation>Choose the direct supervisor</translation>
    </message>
</context>
<context>
    <name>PegawaiList</name>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pegawai_list.py" line="46" />
        <source>Cari nama, NIP atau jabatan… (Ctrl+F)</source>
        <translation>Search name, NIP or position… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pegawai_list.py" line="57" />
        <source>Semua unit</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pegawai_list.py" line="62" />
        <source>Semua jenis jabatan</source>
        <translation>All position types</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pegawai_list.py" line="68" />
        <source>PNS dan PPPK</source>
        <translation>PNS and PPPK</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pegawai_list.py" line="143" />
        <source>Menghitung…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/pegawai_list.py" line="148" />
        <source>{0} pegawai</source>
        <translation>{0} employees</translation>
    </message>
</context>
<context>
    <name>PegawaiModel</name>
    <message>
        <location filename="../../src/asn_desktop/ui/models/pegawai_model.py" line="36" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/models/pegawai_model.py" line="37" />
        <source>NIP / NI PPPK</source>
        <translation>NIP / NI PPPK</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/models/pegawai_model.py" line="38" />
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/models/pegawai_model.py" line="39" />
        <source>Jenis jabatan</source>
        <translation>Position type</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/models/pegawai_model.py" line="40" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/models/pegawai_model.py" line="41" />
        <source>Gol.</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/models/pegawai_model.py" line="42" />
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
</context>
<context>
    <name>PegawaiPage</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="151" />
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="188" />
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="153" />
        <source>Tambah pegawai (Ctrl+N)</source>
        <translation>Add employee (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="156" />
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="159" />
        <source>Mutasi…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="161" />
        <source>Pindahkan pegawai ke unit lain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="163" />
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="171" />
        <source>Data pegawai dikelola oleh BKPSDM (instalasi pusat); di sini hanya dapat dilihat. Perubahan datang melalui paket sinkronisasi.</source>
        <translation>Employee data is managed by BKPSDM (the central installation); here it is read-only. Changes arrive in synchronisation packages.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pegawai.py" line="263" />
        <source>Hapus {0} dari daftar pegawai? Data SKP dan evaluasinya tetap tersimpan dan pegawai dapat dipulihkan.</source>
        <translation>Remove {0} from the employee list? Their SKP and evaluations are kept and the employee can be restored.</translation>
    </message>
</context>
<context>
    <name>PengaturanPage</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="44" />
        <source>Bulanan</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="45" />
        <source>Triwulanan</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="46" />
        <source>Semesteran</source>
        <translation>Half-yearly</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="58" />
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="166" />
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="66" />
        <source>Komputer ini</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="71" />
        <source>Terapkan bahasa</source>
        <translation>Apply language</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="78" />
        <source>Bahasa tampilan:</source>
        <translation>Display language:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="80" />
        <source>mis. Rina Marlina (kosong: nama pengguna komputer)</source>
        <translation>e.g. Rina Marlina (empty: the computer user name)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="84" />
        <source>Simpan nama operator</source>
        <translation>Save operator name</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="95" />
        <source>Dicatat sebagai "oleh" pada riwayat dan log perubahan yang dibuat di komputer ini; tidak diterbitkan.</source>
        <translation>Recorded as "by" in the history and change log of work done on this computer; not published.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="98" />
        <source>Nama operator:</source>
        <translation>Operator name:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="100" />
        <source>Instalasi:</source>
        <translation>Installation:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="101" />
        <source>Peran:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="101" />
        <source>Pusat (BKPSDM)</source>
        <translation>Central (BKPSDM)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="102" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="103" />
        <source>Folder data:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="106" />
        <source>Pengaturan bersama (diterbitkan oleh pusat)</source>
        <translation>Shared settings (published by the central)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="111" />
        <source>Pengaturan ini ditetapkan BKPSDM dan datang melalui paket sinkronisasi.</source>
        <translation>These settings are set by BKPSDM and arrive in synchronisation packages.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="117" />
        <source>Simpan pengaturan bersama (Ctrl+S)</source>
        <translation>Save shared settings (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="126" />
        <source>Tahun kinerja</source>
        <translation>Performance year</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="135" />
        <source>Siapkan tahun dan periodenya</source>
        <translation>Prepare the year and its periods</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="138" />
        <source>Tahun:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="139" />
        <source>Frekuensi evaluasi:</source>
        <translation>Evaluation frequency:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="145" />
        <source>Cadangan data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="148" />
        <source>Simpan salinan berkas data di flashdisk atau folder lain secara berkala. Bila komputer rusak, pulihkan dari salinan itu: instalasi lain mengirim ulang apa yang hilang pada pertukaran paket berikutnya.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="152" />
        <source>Buat cadangan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="155" />
        <source>Pulihkan dari cadangan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="207" />
        <source>Nama:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="207" />
        <source>Jabatan:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="208" />
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="261" />
        <source>Isian bukan JSON yang sah (baris {0}).</source>
        <translation>The entry is not valid JSON (line {0}).</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="287" />
        <source>Simpan cadangan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="289" />
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="302" />
        <source>Berkas data (*.sqlite);;Semua berkas (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="301" />
        <source>Pilih berkas cadangan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="306" />
        <source>Data di komputer ini diganti dengan isi cadangan {0}. Data saat ini disimpan dahulu di folder cadangan. Lanjutkan?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="308" />
        <source>Pulihkan dari cadangan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="325" />
        <source>Nama operator disimpan: {0}.</source>
        <translation>Operator name saved: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="326" />
        <source>nama pengguna komputer</source>
        <translation>computer user name</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/pengaturan.py" line="346" />
        <source>Tahun {0} siap: frekuensi {1}; {2} periode baru dibuat.</source>
        <translation>Year {0} ready: {1} frequency; {2} new periods created.</translation>
    </message>
</context>
<context>
    <name>PenilaianTab</name>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="297" />
        <source>Rating hasil kerja</source>
        <translation>Work result rating</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="299" />
        <source>Rating perilaku kerja</source>
        <translation>Work behaviour rating</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="305" />
        <source>(ikut capaian unit)</source>
        <translation>(follow the unit's achievement)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="313" />
        <source>Capaian kinerja organisasi:</source>
        <translation>Organisational performance:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="315" />
        <source>Tanggal evaluasi:</source>
        <translation>Evaluation date:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="316" />
        <source>Catatan/rekomendasi:</source>
        <translation>Notes/recommendations:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="321" />
        <source>Predikat kinerja</source>
        <translation>Performance predicate</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="327" />
        <source>Predikat mengikuti matriks kuadran kinerja dari kedua rating (tidak diketik).</source>
        <translation>The predicate follows the performance quadrant matrix from both ratings (it is not typed).</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="331" />
        <source>Hasil ↓ / Perilaku →</source>
        <translation>Results ↓ / Behaviour →</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="369" />
        <source>Capaian unit: {0}</source>
        <translation>Unit achievement: {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="370" />
        <source>Capaian unit belum ditetapkan.</source>
        <translation>The unit's achievement is not set.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="401" />
        <source>Pilih kedua rating</source>
        <translation>Choose both ratings</translation>
    </message>
</context>
<context>
    <name>PerPegawai</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="135" />
        <source>Pilih pegawai di sebelah kiri.</source>
        <translation>Choose an employee on the left.</translation>
    </message>
</context>
<context>
    <name>PerilakuEval</name>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="219" />
        <source>Umpan balik:</source>
        <translation>Feedback:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="231" />
        <source>Ekspektasi khusus pimpinan: {0}</source>
        <translation>Leader's specific expectations: {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="232" />
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
    <name>PracticePage</name>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="159" />
        <source>Ruang kerja latihan</source>
        <translation>Practice workspace</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="160" />
        <source>Data contoh dibuat otomatis. Semua nama dan NIP adalah rekaan.</source>
        <translation>Sample data is created automatically. All names and NIPs are fictitious.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="168" />
        <source>Jumlah pegawai contoh:</source>
        <translation>Number of sample employees:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="169" />
        <source>Membuat data contoh dapat memakan waktu beberapa detik.</source>
        <translation>Creating the sample data can take a few seconds.</translation>
    </message>
</context>
<context>
    <name>PredikatPicker</name>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/setting_fields.py" line="122" />
        <source>(pilih predikat)</source>
        <translation>(choose predikat)</translation>
    </message>
</context>
<context>
    <name>RealisasiRow</name>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="52" />
        <source>uraian realisasi</source>
        <translation>result description</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="53" />
        <source>keterangan</source>
        <translation>remarks</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/eval_forms.py" line="54" />
        <source>bukti dukung, mis. SK No. 800/12</source>
        <translation>evidence, e.g. Decree No. 800/12</translation>
    </message>
</context>
<context>
    <name>RhkForm</name>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="42" />
        <source>Rencana hasil kerja, mis. Terlaksananya layanan administrasi kepegawaian</source>
        <translation>Work result plan, e.g. Personnel administration services delivered</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="51" />
        <source>Tulis RHK pimpinan sementara (bila SKP atasan belum ada)</source>
        <translation>Write the leader's RHK provisionally (when the supervisor has no SKP yet)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="55" />
        <source>(tanpa perspektif)</source>
        <translation>(no perspective)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="59" />
        <source>Uraian RHK:</source>
        <translation>RHK description:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="61" />
        <source>RHK pimpinan yang diintervensi:</source>
        <translation>Leader's RHK supported:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="66" />
        <source>Perspektif:</source>
        <translation>Perspective:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="72" />
        <source>Simpan RHK (Ctrl+S)</source>
        <translation>Save RHK (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="88" />
        <source>RHK {0} baru</source>
        <translation>New {0} RHK</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="90" />
        <source>RHK {0} {1}</source>
        <translation>{0} RHK {1}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="96" />
        <source>(belum dipilih)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="106" />
        <source>Pejabat penilai belum memiliki SKP tahun ini; tulis RHK pimpinan sementara dan hubungkan nanti.</source>
        <translation>The appraiser has no SKP this year yet; write the leader's RHK provisionally and link it later.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="110" />
        <source>RHK pimpinan yang dipilih sudah dihapus; pilih yang lain.</source>
        <translation>The chosen leader's RHK was deleted; choose another.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/widgets/skp_forms.py" line="113" />
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
    <name>SkpEditor</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="165" />
        <source>Ajukan</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="167" />
        <source>Kembalikan…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="169" />
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="171" />
        <source>Buka kembali…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="173" />
        <source>Hapus SKP</source>
        <translation>Delete SKP</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="180" />
        <source>SKP ini sudah disetujui dan terkunci. Untuk mengubahnya pilih "Buka kembali" dan tulis alasannya; tindakan itu dicatat di riwayat.</source>
        <translation>This SKP is approved and locked. To change it choose "Reopen" and give the reason; this is recorded in the history.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="198" />
        <source>Hasil kerja</source>
        <translation>Work results</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="199" />
        <source>Perilaku kerja</source>
        <translation>Work behaviour</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="200" />
        <source>Lampiran</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="201" />
        <source>Matriks peran-hasil</source>
        <translation>Role-result matrix</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="202" />
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="213" />
        <source>Pendekatan:</source>
        <translation>Approach:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="215" />
        <source>Kuantitatif</source>
        <translation>Quantitative</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="216" />
        <source>Kualitatif</source>
        <translation>Qualitative</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="219" />
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="226" />
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="228" />
        <source>Simpan periode</source>
        <translation>Save period</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="234" />
        <source>Pejabat penilai:</source>
        <translation>Appraising official:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="234" />
        <source>Pilih penilai lain…</source>
        <translation>Choose another appraiser…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="254" />
        <source>Kembali ke bawaan</source>
        <translation>Back to default</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="237" />
        <source>Atasan pejabat penilai:</source>
        <translation>Appraiser's superior:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="238" />
        <source>Pilih atasan penilai lain…</source>
        <translation>Choose another superior…</translation>
    </message>
</context>
<context>
    <name>SkpPage</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="279" />
        <source>Sasaran Kinerja Pegawai</source>
        <translation>Employee Performance Targets</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="281" />
        <source>Tahun:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="293" />
        <source>Pilih pegawai di sebelah kiri untuk membuka SKP-nya.</source>
        <translation>Choose an employee on the left to open their SKP.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="306" />
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="352" />
        <source>SKP {0}</source>
        <translation>SKP {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="402" />
        <source>Format SKP JPT: RHK dengan perspektif, tanpa kolom RHK pimpinan yang diintervensi.</source>
        <translation>JPT SKP form: RHK with perspectives, without the leader's RHK column.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="404" />
        <source>Format SKP JA/JF: setiap RHK dihubungkan ke RHK pimpinan yang diintervensi.</source>
        <translation>JA/JF SKP form: every RHK is linked to the leader's RHK it supports.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="413" />
        <source>Format JPT</source>
        <translation>JPT form</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="414" />
        <source>Format JA/JF</source>
        <translation>JA/JF form</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="421" />
        <source>SKP {0} · {1} · pendekatan {2} · pejabat penilai: {3}</source>
        <translation>SKP {0} · {1} · {2} approach · appraiser: {3}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="427" />
        <source>Belum dapat diajukan:</source>
        <translation>Cannot be submitted yet:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="438" />
        <source>Pendekatan hanya dapat diubah selama SKP berstatus konsep.</source>
        <translation>The approach can only be changed while the SKP is a draft.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="447" />
        <source>— (belum dapat ditentukan)</source>
        <translation>— (cannot be determined yet)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="703" />
        <source>{0} — {1} (ditetapkan pada SKP ini)</source>
        <translation>{0} — {1} (set on this SKP)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="448" />
        <source>{0} — {1} (bawaan: atasan langsung)</source>
        <translation>{0} — {1} (default: direct superior)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="453" />
        <source>— (tidak ada)</source>
        <translation>— (none)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="453" />
        <source>{0} — {1} (bawaan: atasan pejabat penilai)</source>
        <translation>{0} — {1} (default: the appraiser's superior)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="471" />
        <source>A. UTAMA</source>
        <translation>A. MAIN</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="472" />
        <source>B. TAMBAHAN</source>
        <translation>B. ADDITIONAL</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="488" />
        <source>(RHK pimpinan belum dipilih)</source>
        <translation>(leader's RHK not chosen yet)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="489" />
        <source> (sementara)</source>
        <translation> (provisional)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="493" />
        <source>RHK pimpinan yang diintervensi: {0}</source>
        <translation>Leader's RHK supported: {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="597" />
        <source>Pilih dahulu RHK yang akan diberi indikator.</source>
        <translation>First choose the RHK that gets the indicator.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="686" />
        <source>Ubah pendekatan menjadi kualitatif? Target angka setiap indikator dijadikan target narasi (mis. "12 Dokumen") dan aspeknya dikosongkan; perubahan dicatat di riwayat.</source>
        <translation>Change the approach to qualitative? Each indicator's numeric target becomes a narrative target (e.g. "12 Dokumen") and its aspect is cleared; the change is recorded in the history.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="690" />
        <source>Ubah pendekatan menjadi kuantitatif? Indikator tidak diubah; aspek dan target angka yang belum ada perlu dilengkapi sebelum SKP diajukan.</source>
        <translation>Change the approach to quantitative? Indicators are not changed; missing aspects and numeric targets must be completed before the SKP is submitted.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="712" />
        <source>Pilih pejabat penilai kinerja</source>
        <translation>Choose the appraising official</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="731" />
        <source>Pilih atasan pejabat penilai kinerja</source>
        <translation>Choose the appraiser's superior</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="745" />
        <source>Ubah pejabat penilai</source>
        <translation>Change appraising official</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="746" />
        <source>Alasan perubahan pejabat penilai (boleh dikosongkan; dicatat di riwayat):</source>
        <translation>Reason for changing the appraising official (optional; recorded in the history):</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="820" />
        <source>RHK ini beserta indikatornya</source>
        <translation>this RHK with its indicators</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="821" />
        <source>indikator ini</source>
        <translation>this indicator</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="822" />
        <source>Hapus {0}?</source>
        <translation>Delete {0}?</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="682" />
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="835" />
        <source>Simpan dahulu perubahan yang sedang diisi.</source>
        <translation>First save the changes being edited.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="844" />
        <source>Setujui SKP ini? Setelah disetujui SKP terkunci.</source>
        <translation>Approve this SKP? Once approved the SKP is locked.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="848" />
        <source>Kembalikan SKP</source>
        <translation>Return SKP</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="849" />
        <source>Alasan pengembalian (wajib):</source>
        <translation>Reason for returning it (required):</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="854" />
        <source>Buka kembali SKP</source>
        <translation>Reopen SKP</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="855" />
        <source>Alasan membuka kembali SKP yang sudah disetujui (wajib, dicatat di riwayat):</source>
        <translation>Reason to reopen the approved SKP (required, recorded in the history):</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/skp.py" line="861" />
        <source>Hapus SKP konsep ini beserta seluruh RHK-nya?</source>
        <translation>Delete this draft SKP with all its RHK?</translation>
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
    <name>UnitPage</name>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="99" />
        <source>Instalasi unit</source>
        <translation>Unit installation</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="100" />
        <source>Pilih berkas paket penyiapan (.asnsetup) dari BKPSDM, misalnya dari flashdisk, lalu ketik kode pendaftarannya.</source>
        <translation>Choose the setup package file (.asnsetup) from BKPSDM, for example from a USB drive, then type its enrolment code.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="106" />
        <source>Berkas paket penyiapan…</source>
        <translation>Setup package file…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="107" />
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="116" />
        <source>Kode pendaftaran:</source>
        <translation>Enrolment code:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="119" />
        <source>Kode 16 huruf dan angka yang diberikan BKPSDM terpisah dari berkasnya (lewat telepon atau langsung). Huruf besar atau kecil dan tanda hubung boleh saja.</source>
        <translation>The 16-character code BKPSDM gave you separately from the file (by phone or in person). Upper or lower case and dashes do not matter.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="127" />
        <source>Pilih paket penyiapan</source>
        <translation>Choose the setup package</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="128" />
        <source>Paket penyiapan (*.asnsetup);;Semua berkas (*)</source>
        <translation>Setup package (*.asnsetup);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/wizard.py" line="136" />
        <source>Pilih berkas paket penyiapan yang ada.</source>
        <translation>Choose an existing setup package file.</translation>
    </message>
</context>
<context>
    <name>UnitView</name>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="155" />
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="159" />
        <source>Capaian kinerja organisasi:</source>
        <translation>Organisational performance:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="161" />
        <source>(belum ditetapkan)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="165" />
        <source>Tetapkan capaian</source>
        <translation>Set achievement</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="184" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="184" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="184" />
        <source>Rating hasil kerja</source>
        <translation>Work result rating</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="185" />
        <source>Rating perilaku kerja</source>
        <translation>Work behaviour rating</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="185" />
        <source>Predikat</source>
        <translation>Predicate</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="216" />
        <source>{0} evaluasi dengan predikat; {1} belum dinilai.</source>
        <translation>{0} evaluations with a predicate; {1} not rated yet.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/pages/evaluasi.py" line="220" />
        <source>Peringatan (tidak menghalangi persetujuan):</source>
        <translation>Warnings (approval is not blocked):</translation>
    </message>
</context>
<context>
    <name>VerifikasiDialog</name>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/verifikasi.py" line="53" />
        <source>Verifikasi lembar tercetak</source>
        <translation>Verify a printed sheet</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/verifikasi.py" line="57" />
        <source>Ketik kode verifikasi yang tercetak di lembar (mis. ABCD-EFGH-JKMN), tempel isi QR, atau pilih berkas PDF. Hasilnya menampilkan isi yang tercatat saat lembar dicetak: cocokkan dengan kertasnya.</source>
        <translation>Type the verification code printed on the sheet (e.g. ABCD-EFGH-JKMN), paste the QR text, or choose a PDF file. The answer shows what was recorded when the sheet was printed: compare it with the paper.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/verifikasi.py" line="64" />
        <source>Periksa</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/verifikasi.py" line="67" />
        <source>Periksa berkas PDF…</source>
        <translation>Check a PDF file…</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/verifikasi.py" line="104" />
        <source>Pilih berkas PDF</source>
        <translation>Choose a PDF file</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/verifikasi.py" line="105" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/verifikasi.py" line="143" />
        <source>Data</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/verifikasi.py" line="143" />
        <source>Tercatat di register</source>
        <translation>Recorded in the registry</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/verifikasi.py" line="145" />
        <source>Di lembar (berkas)</source>
        <translation>On the sheet (file)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/verifikasi.py" line="147" />
        <source>&lt;b&gt;Isi lembar yang tercatat saat dicetak&lt;/b&gt; — cocokkan dengan kertasnya:</source>
        <translation>&lt;b&gt;What the sheet printed, as recorded&lt;/b&gt; — compare it with the paper:</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/dialogs/verifikasi.py" line="157" />
        <source>(tidak terbaca)</source>
        <translation>(not readable)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../src/asn_desktop/ui/app.py" line="146" />
        <source>Tidak dapat membuka data</source>
        <translation>Cannot open the data</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="56" />
        <source>JPT Utama</source>
        <translation>JPT Utama</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="57" />
        <source>JPT Madya</source>
        <translation>JPT Madya</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="58" />
        <source>JPT Pratama</source>
        <translation>JPT Pratama</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="59" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="60" />
        <source>Pengawas</source>
        <translation>Supervisor (Pengawas)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="61" />
        <source>Pelaksana</source>
        <translation>Executive staff</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="62" />
        <source>Fungsional Keahlian</source>
        <translation>Functional (expert)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="63" />
        <source>Fungsional Keterampilan</source>
        <translation>Functional (skilled)</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="64" />
        <source>Di Atas Ekspektasi</source>
        <translation>Above Expectations</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="65" />
        <source>Sesuai Ekspektasi</source>
        <translation>As Expected</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="66" />
        <source>Di Bawah Ekspektasi</source>
        <translation>Below Expectations</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="67" />
        <source>Sangat Baik</source>
        <translation>Very Good</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="68" />
        <source>Baik</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="69" />
        <source>Butuh Perbaikan</source>
        <translation>Needs Improvement</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="70" />
        <source>Kurang/Misconduct</source>
        <translation>Poor/Misconduct</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="71" />
        <source>Sangat Kurang</source>
        <translation>Very Poor</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="72" />
        <source>Kuantitatif</source>
        <translation>Quantitative</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="73" />
        <source>Kualitatif</source>
        <translation>Qualitative</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="74" />
        <source>Konsep</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="75" />
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="76" />
        <source>Dibuka kembali</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="77" />
        <source>Pendekatan diubah</source>
        <translation>Approach changed</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="78" />
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="79" />
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="80" />
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="81" />
        <source>Belum dibuat</source>
        <translation>Not created</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="82" />
        <source>Utama</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="83" />
        <source>Tambahan</source>
        <translation>Additional</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="84" />
        <source>Kuantitas</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="85" />
        <source>Kualitas</source>
        <translation>Quality</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="86" />
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="87" />
        <source>Biaya</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="88" />
        <source>Istimewa</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="89" />
        <source>Kurang</source>
        <translation>Poor</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="90" />
        <source>Atasan</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/i18n.py" line="91" />
        <source>Rekan kerja</source>
        <translation>Colleague</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../src/asn_desktop/ui/messages.py" line="241" />
        <source>Informasi</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/messages.py" line="242" />
        <source>Perhatian</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/messages.py" line="243" />
        <source>Konfirmasi</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/messages.py" line="244" />
        <source>Ada perubahan yang belum disimpan.</source>
        <translation>There are unsaved changes.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/messages.py" line="245" />
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/messages.py" line="246" />
        <source>Simpan perubahan sebelum pindah?</source>
        <translation>Save the changes before leaving?</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/messages.py" line="247" />
        <source>Gagal membaca atau menulis berkas: {0}</source>
        <translation>Could not read or write a file: {0}</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/messages.py" line="248" />
        <source>Basis data sedang dipakai proses lain. Coba lagi sebentar.</source>
        <translation>The database is in use by another process. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/messages.py" line="249" />
        <source>Tidak berhasil</source>
        <translation>Not successful</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/messages.py" line="250" />
        <source>Terjadi kesalahan</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/messages.py" line="251" />
        <source>Tampilkan rincian</source>
        <translation>Show details</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/messages.py" line="252" />
        <source>Salin rincian</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/messages.py" line="253" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/messages.py" line="254" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/messages.py" line="255" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/messages.py" line="256" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/messages.py" line="257" />
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/messages.py" line="258" />
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/asn_desktop/ui/messages.py" line="259" />
        <source>Buang perubahan</source>
        <translation>Discard changes</translation>
    </message>
</context>
<context>
    <name>WorkflowBar</name>
    <message>
        <source>Ajukan</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Kembalikan…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Buka kembali…</source>
        <translation>Reopen…</translation>
    </message>
</context>
</TS>