<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About HumasDesk</source>
        <translation>Tentang HumasDesk</translation>
    </message>
    <message>
        <source>Press statements, a quote library and RESIST disinformation cases for government communicators, offline.</source>
        <translation>Siaran pers, pustaka kutipan, dan kasus disinformasi RESIST untuk humas pemerintah, tanpa internet.</translation>
    </message>
    <message>
        <source>HumasDesk logo</source>
        <translation>Logo HumasDesk</translation>
    </message>
    <message>
        <source>Versions and licences</source>
        <translation>Versi dan lisensi</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>&amp;Salin versi</translation>
    </message>
    <message>
        <source>Library: {path}</source>
        <translation>Pustaka: {path}</translation>
    </message>
    <message>
        <source>HumasDesk is free software under the GNU General Public Licence, version 3 or later. It bundles these parts, each under its own licence; their texts travel with the program.</source>
        <translation>HumasDesk adalah perangkat lunak bebas di bawah GNU General Public Licence versi 3 atau yang lebih baru. HumasDesk menyertakan komponen berikut, masing-masing dengan lisensinya sendiri; teks lisensinya disertakan bersama program.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lisensi</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Komponen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisensi</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Tersalin</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>HumasDesk checks every backup right after writing it. It backs up every 30 minutes while you work, when you quit and before every upgrade, and keeps one per hour for two days, per day for two weeks, per week for two months and per month for a year.</source>
        <translation>HumasDesk memeriksa setiap cadangan segera setelah menuliskannya. Cadangan dibuat setiap 30 menit selama Anda bekerja, saat Anda keluar, dan sebelum setiap pembaruan; yang disimpan adalah satu per jam selama dua hari, satu per hari selama dua minggu, satu per minggu selama dua bulan, dan satu per bulan selama setahun.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Belum ada cadangan.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Pulihkan…</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Tampilkan folder</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>automatically</source>
        <translation>otomatis</translation>
    </message>
    <message>
        <source>on quitting</source>
        <translation>saat keluar</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>secara manual</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>sebelum pembaruan</translation>
    </message>
    <message>
        <source>set aside by a restore</source>
        <translation>disisihkan saat pemulihan</translation>
    </message>
    <message>
        <source>{statements} statements, {quotes} quotes, {cases} cases</source>
        <translation>{statements} siaran pers, {quotes} kutipan, {cases} kasus</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Go back to the backup of {date}?

The library will be exactly as it was then; everything changed since will be gone from it. The current library is not deleted: it is kept in the backups folder (listed here as “set aside by a restore”), so you can go back to it.</source>
        <translation>Kembali ke cadangan tanggal {date}?

Pustaka akan persis seperti saat itu; semua perubahan sesudahnya tidak lagi ada di dalamnya. Pustaka yang sekarang tidak dihapus: pustaka itu disimpan di folder cadangan (tercantum di sini sebagai “disisihkan saat pemulihan”), sehingga Anda dapat kembali kepadanya.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Cadangan telah dipulihkan.</translation>
    </message>
</context>
<context>
    <name>CaseBox</name>
    <message>
        <source>The case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>The message as first reported</source>
        <translation>Pesan sebagaimana pertama kali dilaporkan</translation>
    </message>
</context>
<context>
    <name>CaseWizard</name>
    <message>
        <source>RESIST case: {title}</source>
        <translation>Kasus RESIST: {title}</translation>
    </message>
    <message>
        <source>Timeline…</source>
        <translation>Kronologi…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Lanjut &gt;</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Kembali</translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Steps complete</source>
        <translation>Langkah selesai</translation>
    </message>
    <message>
        <source>Next update</source>
        <translation>Pembaruan</translation>
    </message>
    <message>
        <source>⚠ overdue since {time}</source>
        <translation>⚠ terlambat sejak {time}</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Kasus baru…</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Buka kasus</translation>
    </message>
    <message>
        <source>Search cases: title, claim, answers…</source>
        <translation>Cari kasus: judul, klaim, jawaban…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Belum dinilai</translation>
    </message>
    <message>
        <source>No case matches these filters.</source>
        <translation>Tidak ada kasus yang sesuai dengan filter ini.</translation>
    </message>
    <message>
        <source>No cases yet. Start one with “New case…”.</source>
        <translation>Belum ada kasus. Mulai dengan “Kasus baru…”.</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Perubahan terakhir</translation>
    </message>
    <message>
        <source>RESIST cases</source>
        <translation>Kasus RESIST</translation>
    </message>
    <message>
        <source>Hoaxes and crises worked step by step: recognise, early warning, situational insight, impact, strategic communication, tracking.</source>
        <translation>Hoaks dan krisis yang ditangani langkah demi langkah: identifikasi, peringatan dini, analisis situasi, analisis dampak, komunikasi strategis, evaluasi efektivitas.</translation>
    </message>
</context>
<context>
    <name>ChoiceCombo</name>
    <message>
        <source>– choose –</source>
        <translation>– pilih –</translation>
    </message>
</context>
<context>
    <name>ChoiceRadios</name>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Belum yakin</translation>
    </message>
</context>
<context>
    <name>ConsistencyPanel</name>
    <message>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>Use library wording</source>
        <translation>Pakai kata-kata pustaka</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Periksa lagi</translation>
    </message>
    <message>
        <source>Differs from the library's wording ({similarity}% alike).</source>
        <translation>Berbeda dari rumusan di pustaka (kemiripan {similarity}%).</translation>
    </message>
    <message>
        <source>{speaker} said: “{expected}”</source>
        <translation>{speaker} menyatakan: “{expected}”</translation>
    </message>
    <message>
        <source>Retired quote of {speaker}: do not use it any more.</source>
        <translation>Kutipan {speaker} yang sudah tidak dipakai: jangan gunakan lagi.</translation>
    </message>
    <message>
        <source>Superseded quote. Use instead: “{expected}”</source>
        <translation>Kutipan yang sudah diganti. Gunakan: “{expected}”</translation>
    </message>
    <message>
        <source>{speaker} was not “{found}” on this date but “{expected}”. Roles: {held}</source>
        <translation>Pada tanggal ini {speaker} bukan “{found}”, melainkan “{expected}”. Jabatan: {held}</translation>
    </message>
    <message>
        <source>{speaker} held no known role on this date. Roles: {held}</source>
        <translation>Tidak diketahui jabatan {speaker} pada tanggal ini. Jabatan: {held}</translation>
    </message>
    <message>
        <source>“{draft}” instead of “{library}”</source>
        <translation>“{draft}”, seharusnya “{library}”</translation>
    </message>
    <message>
        <source>“{draft}” added</source>
        <translation>“{draft}” ditambahkan</translation>
    </message>
    <message>
        <source>“{library}” left out</source>
        <translation>“{library}” terlewat</translation>
    </message>
    <message>
        <source>The draft has not been checked yet.</source>
        <translation>Draf belum diperiksa.</translation>
    </message>
    <message>
        <source>No problems: the draft agrees with the quote library.</source>
        <translation>Tidak ada masalah: draf sesuai dengan pustaka kutipan.</translation>
    </message>
    <message>
        <source>{count} things to check. Click one to go to it in the draft.</source>
        <translation>{count} hal perlu diperiksa. Klik salah satu untuk menuju ke bagian itu di draf.</translation>
    </message>
</context>
<context>
    <name>CrisisDesk</name>
    <message>
        <source>{m} min</source>
        <translation>{m} mnt</translation>
    </message>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation>{h} jam {m:02d} mnt</translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d} hari {h} jam</translation>
    </message>
    <message>
        <source>{count} cases are waiting for their next update.</source>
        <translation>{count} kasus menunggu pembaruan informasi berikutnya.</translation>
    </message>
    <message>
        <source>Updates overdue: {count}</source>
        <translation>Pembaruan terlambat: {count}</translation>
    </message>
</context>
<context>
    <name>CrisisDeskView</name>
    <message>
        <source>Crisis desk</source>
        <translation>Meja krisis</translation>
    </message>
    <message>
        <source>When something breaks: start from a playbook and have a holding statement out within minutes, watch the public's reports of the same rumour grow, and keep your updates on time.</source>
        <translation>Saat krisis terjadi: mulai dari panduan, keluarkan pernyataan sementara dalam hitungan menit, pantau laporan masyarakat tentang isu yang sama, dan sampaikan pembaruan tepat waktu.</translation>
    </message>
    <message>
        <source>Start from a playbook</source>
        <translation>Mulai dari panduan krisis</translation>
    </message>
    <message>
        <source>Crisis playbooks</source>
        <translation>Panduan krisis</translation>
    </message>
    <message>
        <source>What the playbook says</source>
        <translation>Isi panduan</translation>
    </message>
    <message>
        <source>Groups of reports, by rumour</source>
        <translation>Kelompok laporan per isu</translation>
    </message>
    <message>
        <source>Reports of the group over time</source>
        <translation>Jumlah laporan kelompok dari waktu ke waktu</translation>
    </message>
    <message>
        <source>Reports in the group</source>
        <translation>Laporan dalam kelompok</translation>
    </message>
    <message>
        <source>Cases under way</source>
        <translation>Kasus yang sedang ditangani</translation>
    </message>
    <message>
        <source>The first hour</source>
        <translation>Satu jam pertama</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Pembaruan</translation>
    </message>
    <message>
        <source>Start from this playbook…</source>
        <translation>Mulai dengan panduan ini…</translation>
    </message>
    <message>
        <source>Reports from the public</source>
        <translation>Laporan masyarakat</translation>
    </message>
    <message>
        <source>Paste…</source>
        <translation>Tempel…</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Impor berkas…</translation>
    </message>
    <message>
        <source>Rumour</source>
        <translation>Isu</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Choose a group to see its reports over time.</source>
        <translation>Pilih satu kelompok untuk melihat perkembangan jumlah laporannya.</translation>
    </message>
    <message>
        <source>Select two groups or more to merge them; double-click a group to rename it.</source>
        <translation>Pilih dua kelompok atau lebih untuk menggabungkannya; klik dua kali sebuah kelompok untuk mengganti namanya.</translation>
    </message>
    <message>
        <source>Merge groups</source>
        <translation>Gabungkan kelompok</translation>
    </message>
    <message>
        <source>Split off reports</source>
        <translation>Pisahkan laporan</translation>
    </message>
    <message>
        <source>Make a case</source>
        <translation>Jadikan kasus</translation>
    </message>
    <message>
        <source>Add to a case…</source>
        <translation>Tambahkan ke kasus…</translation>
    </message>
    <message>
        <source>No reports yet. Paste what the public forwards you, or import .txt files, WhatsApp chat exports or a fact-checkers' CSV.</source>
        <translation>Belum ada laporan. Tempel pesan yang diteruskan masyarakat, atau impor berkas .txt, ekspor obrolan WhatsApp, atau CSV dari pemeriksa fakta.</translation>
    </message>
    <message>
        <source>Holding line</source>
        <translation>Pernyataan awal</translation>
    </message>
    <message>
        <source>Next update</source>
        <translation>Pembaruan</translation>
    </message>
    <message>
        <source>No case under way. Start one from a playbook, or make one from a group.</source>
        <translation>Belum ada kasus yang ditangani. Mulai dari panduan, atau jadikan kelompok laporan sebagai kasus.</translation>
    </message>
    <message>
        <source>Export holding statement…</source>
        <translation>Ekspor pernyataan sementara…</translation>
    </message>
    <message>
        <source>Edit holding statement</source>
        <translation>Sunting pernyataan sementara</translation>
    </message>
    <message>
        <source>Situation update</source>
        <translation>Pembaruan situasi</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Buka kasus</translation>
    </message>
    <message>
        <source>Updates:</source>
        <translation>Pembaruan:</translation>
    </message>
    <message>
        <source>every {hours} hours</source>
        <translation>setiap {hours} jam</translation>
    </message>
    <message>
        <source>at a set time…</source>
        <translation>pada waktu tertentu…</translation>
    </message>
    <message>
        <source>no reminders</source>
        <translation>tanpa pengingat</translation>
    </message>
    <message>
        <source>First hour</source>
        <translation>Satu jam pertama</translation>
    </message>
    <message>
        <source>Who to inform</source>
        <translation>Siapa yang harus dikabari</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Journalists will ask</source>
        <translation>Pertanyaan wartawan</translation>
    </message>
    <message>
        <source>Case opened and holding statement drafted: check it, then export it.</source>
        <translation>Kasus dibuka dan draf pernyataan sementara sudah disiapkan: periksa, lalu ekspor.</translation>
    </message>
    <message>
        <source>Import reports from the public</source>
        <translation>Impor laporan masyarakat</translation>
    </message>
    <message>
        <source>Reports (*.txt *.csv);;All files (*)</source>
        <translation>Laporan (*.txt *.csv);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Grouping reports… %v of %m</source>
        <translation>Mengelompokkan laporan… %v dari %m</translation>
    </message>
    <message>
        <source>{count} reports added to {groups} groups.</source>
        <translation>{count} laporan ditambahkan ke {groups} kelompok.</translation>
    </message>
    <message>
        <source>Skipped: {files}</source>
        <translation>Dilewati: {files}</translation>
    </message>
    <message>
        <source>Name the rumour</source>
        <translation>Beri nama isu</translation>
    </message>
    <message>
        <source>There is no open case to add these reports to.</source>
        <translation>Tidak ada kasus terbuka untuk menampung laporan ini.</translation>
    </message>
    <message>
        <source>Add to a case</source>
        <translation>Tambahkan ke kasus</translation>
    </message>
    <message>
        <source>out after {time}</source>
        <translation>keluar setelah {time}</translation>
    </message>
    <message>
        <source>not out yet</source>
        <translation>belum keluar</translation>
    </message>
    <message>
        <source>⚠ late, {time}</source>
        <translation>⚠ terlambat, {time}</translation>
    </message>
    <message>
        <source>open for {time}</source>
        <translation>berjalan {time}</translation>
    </message>
    <message>
        <source>Open for {time}; holding statement out after {held}.</source>
        <translation>Sudah berjalan {time}; pernyataan sementara keluar setelah {held}.</translation>
    </message>
    <message>
        <source>Open for {time}; holding statement not out yet.</source>
        <translation>Sudah berjalan {time}; pernyataan sementara belum keluar.</translation>
    </message>
    <message>
        <source>No holding statement drafted for this case.</source>
        <translation>Belum ada draf pernyataan sementara untuk kasus ini.</translation>
    </message>
    <message>
        <source>Still to fill in the holding statement: {names}</source>
        <translation>Masih harus diisi di pernyataan sementara: {names}</translation>
    </message>
    <message>
        <source>Next update due</source>
        <translation>Jadwal pembaruan berikutnya</translation>
    </message>
    <message>
        <source>This case has no holding statement yet.</source>
        <translation>Kasus ini belum memiliki pernyataan sementara.</translation>
    </message>
</context>
<context>
    <name>DateTime</name>
    <message>
        <source>not set</source>
        <translation>belum diisi</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Sekarang</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Kosongkan</translation>
    </message>
</context>
<context>
    <name>DraftPanel</name>
    <message>
        <source>Statements made from this case (find them under Press statements):</source>
        <translation>Siaran pers yang dibuat dari kasus ini (lihat di modul Siaran Pers):</translation>
    </message>
    <message>
        <source>No statement has been made from this case yet.</source>
        <translation>Belum ada siaran pers yang dibuat dari kasus ini.</translation>
    </message>
    <message>
        <source>Draft a statement from this case</source>
        <translation>Buat draf siaran pers dari kasus ini</translation>
    </message>
    <message>
        <source>Creates a new draft press statement linked to this case, dated today, filled from the verdict, the claim, the facts, the channels and the approved quotes chosen above. What the case does not know stays as {placeholders} to fill in.</source>
        <translation>Membuat draf siaran pers baru yang terhubung dengan kasus ini, bertanggal hari ini, diisi dari putusan, klaim, fakta, kanal, dan kutipan disetujui yang dipilih di atas. Bagian yang belum diketahui kasus tetap tampil sebagai {placeholders} untuk dilengkapi.</translation>
    </message>
    <message>
        <source>Clarification (debunk)</source>
        <translation>Klarifikasi (bantahan)</translation>
    </message>
    <message>
        <source>Scam warning</source>
        <translation>Peringatan penipuan</translation>
    </message>
    <message>
        <source>Holding statement</source>
        <translation>Pernyataan sementara</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Create draft</source>
        <translation>Buat draf</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Link or file name</source>
        <translation>Tautan atau nama berkas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export statements</source>
        <translation>Ekspor siaran pers</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>{count} statements, one file each, into a folder.</source>
        <translation>{count} siaran pers, masing-masing satu berkas, ke sebuah folder.</translation>
    </message>
    <message>
        <source>Word document with letterhead (.docx)</source>
        <translation>Dokumen Word berkop (.docx)</translation>
    </message>
    <message>
        <source>PDF with letterhead (.pdf)</source>
        <translation>PDF berkop (.pdf)</translation>
    </message>
    <message>
        <source>Markdown for the website (.md)</source>
        <translation>Markdown untuk situs web (.md)</translation>
    </message>
    <message>
        <source>Plain text (.txt)</source>
        <translation>Teks biasa (.txt)</translation>
    </message>
    <message>
        <source>WhatsApp text (.txt)</source>
        <translation>Teks WhatsApp (.txt)</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Simpan ke</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>{count} of these statements are under embargo. Exporting them for distribution is recorded in the audit log.</source>
        <translation>{count} siaran pers ini masih di bawah embargo. Ekspor untuk disebarluaskan dicatat dalam log audit.</translation>
    </message>
    <message>
        <source>This statement is under embargo until {when}. Exporting it for distribution is recorded in the audit log.</source>
        <translation>Siaran pers ini masih di bawah embargo hingga {when}. Ekspor untuk disebarluaskan dicatat dalam log audit.</translation>
    </message>
    <message>
        <source>I confirm the export despite the embargo</source>
        <translation>Saya mengonfirmasi ekspor meskipun masih embargo</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Ekspor ke folder</translation>
    </message>
    <message>
        <source>“{name}” already exists in {folder}. Replace it?</source>
        <translation>“{name}” sudah ada di {folder}. Timpa berkas itu?</translation>
    </message>
    <message>
        <source>{count} of these files already exist in {folder}. Replace them?</source>
        <translation>{count} berkas ini sudah ada di {folder}. Timpa semuanya?</translation>
    </message>
    <message>
        <source>Replace files</source>
        <translation>Timpa berkas</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Ekspor selesai</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Tersimpan sebagai {path}</translation>
    </message>
    <message>
        <source>{count} files saved in {folder}</source>
        <translation>{count} berkas tersimpan di {folder}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <source>Copied for WhatsApp: paste it into a chat.</source>
        <translation>Disalin untuk WhatsApp: tempelkan ke percakapan.</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Tanggal (TTTT-BB-HH)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>No figures yet.</source>
        <translation>Belum ada angka.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search quotes: words, speaker, role…</source>
        <translation>Cari kutipan: kata, narasumber, jabatan…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Dari tanggal</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Sampai tanggal</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>semua tanggal</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>Semua narasumber</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Semua topik</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History: {title}</source>
        <translation>Riwayat: {title}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Revisions</source>
        <translation>Revisi</translation>
    </message>
    <message>
        <source>Differences between the revisions</source>
        <translation>Perbedaan antarrevisi</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tersimpan</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Bandingkan</translation>
    </message>
    <message>
        <source>with</source>
        <translation>dengan</translation>
    </message>
    <message>
        <source>Restore this revision</source>
        <translation>Pulihkan revisi ini</translation>
    </message>
    <message>
        <source>Restoring brings back the words of the selected revision as a new revision; nothing in the history is lost.</source>
        <translation>Memulihkan mengembalikan isi revisi yang dipilih sebagai revisi baru; tidak ada yang hilang dari riwayat.</translation>
    </message>
    <message>
        <source>Revision {number} · {when} · {who}</source>
        <translation>Revisi {number} · {when} · {who}</translation>
    </message>
    <message>
        <source>Restore revision</source>
        <translation>Pulihkan revisi</translation>
    </message>
    <message>
        <source>Bring back the words of revision {number} as a new revision? The current text stays in the history.</source>
        <translation>Kembalikan isi revisi {number} sebagai revisi baru? Teks saat ini tetap tersimpan di riwayat.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import statements</source>
        <translation>Impor siaran pers</translation>
    </message>
    <message>
        <source>Preparing the import…</source>
        <translation>Menyiapkan impor…</translation>
    </message>
    <message>
        <source>What was imported, file by file</source>
        <translation>Yang diimpor, per berkas</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Importing {done} of {total}: {file}</source>
        <translation>Mengimpor {done} dari {total}: {file}</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Berhenti setelah berkas yang sedang dibaca…</translation>
    </message>
    <message>
        <source>The import stopped.</source>
        <translation>Impor terhenti.</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Impor dibatalkan.</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Impor selesai.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{imported}&lt;/b&gt; imported ({quotes} quotes found for review), &lt;b&gt;{duplicates}&lt;/b&gt; already in the library, &lt;b&gt;{refused}&lt;/b&gt; skipped.</source>
        <translation>&lt;b&gt;{imported}&lt;/b&gt; diimpor ({quotes} kutipan ditemukan untuk ditinjau), &lt;b&gt;{duplicates}&lt;/b&gt; sudah ada di pustaka, &lt;b&gt;{refused}&lt;/b&gt; dilewati.</translation>
    </message>
    <message>
        <source>Imported: {title}</source>
        <translation>Diimpor: {title}</translation>
    </message>
    <message>
        <source>Press releases ({patterns})</source>
        <translation>Siaran pers ({patterns})</translation>
    </message>
    <message>
        <source>Import a folder of releases</source>
        <translation>Impor folder siaran pers</translation>
    </message>
</context>
<context>
    <name>LeadChecklist</name>
    <message>
        <source>Does the lead answer the six questions? Tick each one it answers.</source>
        <translation>Apakah teras berita menjawab enam pertanyaan ini? Centang setiap pertanyaan yang sudah terjawab.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>What happened, or what is announced?</source>
        <translation>Apa yang terjadi, atau apa yang diumumkan?</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>Who does it, who is affected, who speaks?</source>
        <translation>Siapa pelakunya, siapa yang terdampak, siapa yang berbicara?</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>The day, date or period.</source>
        <translation>Hari, tanggal, atau periode.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Di mana</translation>
    </message>
    <message>
        <source>The place, region or channel.</source>
        <translation>Tempat, wilayah, atau kanal.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Mengapa</translation>
    </message>
    <message>
        <source>The reason or purpose.</source>
        <translation>Alasan atau tujuannya.</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Bagaimana</translation>
    </message>
    <message>
        <source>How it is done, or what the public should do.</source>
        <translation>Bagaimana pelaksanaannya, atau apa yang perlu dilakukan masyarakat.</translation>
    </message>
    <message>
        <source>The lead seems to answer this; tick it if so.</source>
        <translation>Teras berita tampaknya sudah menjawab ini; centang bila benar.</translation>
    </message>
    <message>
        <source>Not found in the lead yet.</source>
        <translation>Belum ditemukan di teras berita.</translation>
    </message>
    <message>
        <source>{done} of 6 answered</source>
        <translation>{done} dari 6 terjawab</translation>
    </message>
    <message>
        <source>All six answered.</source>
        <translation>Keenamnya terjawab.</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>Add approved quote…</source>
        <translation>Tambah kutipan disetujui…</translation>
    </message>
    <message>
        <source>Add statement…</source>
        <translation>Tambah siaran pers…</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Hapus yang dipilih</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No other recent library</source>
        <translation>Tidak ada pustaka terbaru lainnya</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>Recent libraries</source>
        <translation>Pustaka terbaru</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>&amp;New library…</source>
        <translation>Pustaka ba&amp;ru…</translation>
    </message>
    <message>
        <source>New &amp;statement</source>
        <translation>&amp;Siaran pers baru</translation>
    </message>
    <message>
        <source>New statement from &amp;template…</source>
        <translation>Siaran pers baru dari &amp;templat…</translation>
    </message>
    <message>
        <source>Templates and office details…</source>
        <translation>Templat dan data kantor…</translation>
    </message>
    <message>
        <source>Recover unsaved work…</source>
        <translation>Pulihkan pekerjaan yang belum disimpan…</translation>
    </message>
    <message>
        <source>&amp;Open library…</source>
        <translation>&amp;Buka pustaka…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Cadan&amp;gkan sekarang</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Impor berkas…</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>Impor &amp;folder…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Copy for &amp;WhatsApp</source>
        <translation>Salin untuk &amp;WhatsApp</translation>
    </message>
    <message>
        <source>Statement &amp;history…</source>
        <translation>Riwa&amp;yat siaran pers…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;About HumasDesk</source>
        <translation>&amp;Tentang HumasDesk</translation>
    </message>
    <message>
        <source>Prefere&amp;nces…</source>
        <translation>&amp;Preferensi…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Cari…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>T&amp;empel</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>P&amp;ilih Semua</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Switch module: Ctrl+1, Ctrl+2, Ctrl+3, Ctrl+4</source>
        <translation>Pindah modul: Ctrl+1, Ctrl+2, Ctrl+3, Ctrl+4</translation>
    </message>
    <message>
        <source>Press statements</source>
        <translation>Siaran Pers</translation>
    </message>
    <message>
        <source>Quote library</source>
        <translation>Pustaka Kutipan</translation>
    </message>
    <message>
        <source>RESIST cases</source>
        <translation>Kasus RESIST</translation>
    </message>
    <message>
        <source>Crisis desk</source>
        <translation>Meja krisis</translation>
    </message>
    <message>
        <source>{module}: list</source>
        <translation>{module}: daftar</translation>
    </message>
    <message>
        <source>{name} · {statements} statements · {quotes} quotes · {cases} cases</source>
        <translation>{name} · {statements} siaran pers · {quotes} kutipan · {cases} kasus</translation>
    </message>
    <message>
        <source>Building the search index… %p%</source>
        <translation>Menyusun indeks pencarian… %p%</translation>
    </message>
    <message>
        <source>Sample data added.</source>
        <translation>Data contoh ditambahkan.</translation>
    </message>
    <message>
        <source>New library</source>
        <translation>Pustaka baru</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Buka pustaka</translation>
    </message>
    <message>
        <source>Select a statement in the list first.</source>
        <translation>Pilih dulu siaran pers di daftar.</translation>
    </message>
    <message>
        <source>Save the statement first: its history starts with that save.</source>
        <translation>Simpan dulu siaran pers ini: riwayatnya dimulai sejak disimpan.</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Cadangan ditulis: {path}</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Preferensi disimpan.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>The message as first reported</source>
        <translation>Pesan sebagaimana pertama kali dilaporkan</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Daftar periksa</translation>
    </message>
    <message>
        <source>New RESIST case</source>
        <translation>Kasus RESIST baru</translation>
    </message>
    <message>
        <source>Name the case so colleagues recognise it, and paste or describe the message as it reached you. Everything else is asked step by step.</source>
        <translation>Beri nama kasus agar mudah dikenali rekan kerja, lalu tempel atau uraikan pesan sebagaimana Anda terima. Hal lain akan ditanyakan langkah demi langkah.</translation>
    </message>
    <message>
        <source>Start case</source>
        <translation>Mulai kasus</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation>Kasus memerlukan judul.</translation>
    </message>
</context>
<context>
    <name>NewFromTemplateDialog</name>
    <message>
        <source>Templates</source>
        <translation>Templat</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Edit templates and office details…</source>
        <translation>Ubah templat dan data kantor…</translation>
    </message>
    <message>
        <source>Choose a template:</source>
        <translation>Pilih templat:</translation>
    </message>
    <message>
        <source>Create draft</source>
        <translation>Buat draf</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>New statement from a template</source>
        <translation>Siaran pers baru dari templat</translation>
    </message>
    <message>
        <source>Left for you to fill (marked in yellow in the editor): {names}</source>
        <translation>Masih perlu Anda isi (ditandai kuning di penyunting): {names}</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Ganti frasa sandi</translation>
    </message>
    <message>
        <source>Encrypt library</source>
        <translation>Enkripsi pustaka</translation>
    </message>
    <message>
        <source>Choose a new passphrase. The library and its backups are re-encrypted with it.</source>
        <translation>Pilih frasa sandi baru. Pustaka dan cadangannya dienkripsi ulang dengan frasa sandi tersebut.</translation>
    </message>
    <message>
        <source>Encryption protects the library if this computer is lost or shared. Without the passphrase nobody, not even your IT staff, can open it again: keep it safe.</source>
        <translation>Enkripsi melindungi pustaka jika komputer ini hilang atau dipakai bersama. Tanpa frasa sandi, tidak seorang pun, termasuk staf TI Anda, dapat membukanya lagi: simpanlah baik-baik.</translation>
    </message>
    <message>
        <source>Remember on this computer (in the system keyring)</source>
        <translation>Ingat di komputer ini (di keyring sistem)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Enkripsi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>At least {n} characters.</source>
        <translation>Minimal {n} karakter.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Kedua frasa sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>PackConflictsDialog</name>
    <message>
        <source>Pack conflicts</source>
        <translation>Konflik paket</translation>
    </message>
    <message>
        <source>{count} quotes or speakers differ between your library and the pack. Choose which version to keep for each. New quotes and speakers from the pack are added either way; Cancel imports nothing.</source>
        <translation>{count} kutipan atau narasumber berbeda antara pustaka Anda dan paket ini. Pilih versi yang disimpan untuk masing-masing. Kutipan dan narasumber baru dari paket tetap ditambahkan; Batal tidak mengimpor apa pun.</translation>
    </message>
    <message>
        <source>Quotes that differ</source>
        <translation>Kutipan yang berbeda</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Milik Anda</translation>
    </message>
    <message>
        <source>In the pack</source>
        <translation>Di paket</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Simpan milik saya</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Ambil dari paket</translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation>Simpan semua milik saya</translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation>Ambil semua dari paket</translation>
    </message>
    <message>
        <source>Apply choices</source>
        <translation>Terapkan pilihan</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted library</source>
        <translation>Pustaka terenkripsi</translation>
    </message>
    <message>
        <source>The library &lt;b&gt;{name}&lt;/b&gt; is encrypted. Enter its passphrase to open it.</source>
        <translation>Pustaka &lt;b&gt;{name}&lt;/b&gt; terenkripsi. Masukkan frasa sandinya untuk membukanya.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation>Frasa sandi itu salah. Silakan coba lagi.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <source>Remember on this computer (in the system keyring)</source>
        <translation>Ingat di komputer ini (di keyring sistem)</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep it in.</source>
        <translation>Komputer ini tidak memiliki keyring untuk menyimpannya.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>Paste a forwarded message, copied WhatsApp messages, or links (one a line). Separate several reports with a line of dashes (---).</source>
        <translation>Tempel pesan terusan, pesan WhatsApp yang disalin, atau tautan (satu per baris). Pisahkan beberapa laporan dengan baris tanda hubung (---).</translation>
    </message>
    <message>
        <source>Where it was seen</source>
        <translation>Di mana ditemukan</translation>
    </message>
    <message>
        <source>When it was seen</source>
        <translation>Kapan ditemukan</translation>
    </message>
    <message>
        <source>Add to queue</source>
        <translation>Masukkan ke antrean</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Paste reports from the public</source>
        <translation>Tempel laporan masyarakat</translation>
    </message>
</context>
<context>
    <name>PickerDialog</name>
    <message>
        <source>Choose approved quotes</source>
        <translation>Pilih kutipan yang disetujui</translation>
    </message>
    <message>
        <source>Only approved lines are listed, so the answer stays consistent with what was already said. Select one or more (Ctrl+click).</source>
        <translation>Hanya kutipan berstatus disetujui yang ditampilkan agar tanggapan tetap konsisten dengan pernyataan sebelumnya. Pilih satu atau lebih (Ctrl+klik).</translation>
    </message>
    <message>
        <source>Choose press statements</source>
        <translation>Pilih siaran pers</translation>
    </message>
    <message>
        <source>Select one or more statements (Ctrl+click).</source>
        <translation>Pilih satu atau lebih siaran pers (Ctrl+klik).</translation>
    </message>
    <message>
        <source>Type to filter…</source>
        <translation>Ketik untuk menyaring…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambahkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferensi</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Kop surat</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>Penomoran</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Bahasa antarmuka:</translation>
    </message>
    <message>
        <source>WIB: Western Indonesia (UTC+7)</source>
        <translation>WIB: Waktu Indonesia Barat (UTC+7)</translation>
    </message>
    <message>
        <source>WITA: Central Indonesia (UTC+8)</source>
        <translation>WITA: Waktu Indonesia Tengah (UTC+8)</translation>
    </message>
    <message>
        <source>WIT: Eastern Indonesia (UTC+9)</source>
        <translation>WIT: Waktu Indonesia Timur (UTC+9)</translation>
    </message>
    <message>
        <source>Office &amp;time zone:</source>
        <translation>&amp;Zona waktu kantor:</translation>
    </message>
    <message>
        <source>Embargo times are typed, listed and exported in this zone, with its name. Saved in this library, for everyone who opens it.</source>
        <translation>Waktu embargo diketik, ditampilkan, dan diekspor dalam zona ini, lengkap dengan namanya. Tersimpan di pustaka ini, berlaku untuk semua yang membukanya.</translation>
    </message>
    <message>
        <source>The language of menus and messages on this computer. It changes as soon as you press OK.</source>
        <translation>Bahasa menu dan pesan di komputer ini. Bahasa berganti begitu Anda menekan OK.</translation>
    </message>
    <message>
        <source>Printed at the top of statements and filled into templates. Saved in this library, so everyone who opens it uses the same details.</source>
        <translation>Dicetak di bagian atas siaran pers dan diisikan ke templat. Disimpan di pustaka ini, sehingga semua orang yang membukanya memakai data yang sama.</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>&amp;Nama kantor:</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>Nama &amp;singkat:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Alamat:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Kota:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Situs &amp;web:</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>Nara&amp;hubung:</translation>
    </message>
    <message>
        <source>Contact's &amp;role:</source>
        <translation>&amp;Jabatan narahubung:</translation>
    </message>
    <message>
        <source>Contact's p&amp;hone:</source>
        <translation>&amp;Telepon narahubung:</translation>
    </message>
    <message>
        <source>Contact's &amp;e-mail:</source>
        <translation>Sur&amp;el narahubung:</translation>
    </message>
    <message>
        <source>A&amp;bout the office:</source>
        <translation>Tentang kant&amp;or:</translation>
    </message>
    <message>
        <source>Hoa&amp;x reports to:</source>
        <translation>Pela&amp;poran hoaks ke:</translation>
    </message>
    <message>
        <source>e.g. Dinas Komunikasi dan Informatika Provinsi Nusa Raya</source>
        <translation>mis. Dinas Komunikasi dan Informatika Provinsi Nusa Raya</translation>
    </message>
    <message>
        <source>e.g. Diskominfo Nusa Raya</source>
        <translation>mis. Diskominfo Nusa Raya</translation>
    </message>
    <message>
        <source>HumasDesk copies the library beside it while you work and thins out old copies: it keeps the newest of each hour, day, week and month, as many as you choose here. 0 turns a kind off.</source>
        <translation>Selama Anda bekerja, HumasDesk menyalin pustaka ke folder di sebelahnya dan merampingkan salinan lama: yang disimpan adalah salinan terbaru dari tiap jam, hari, minggu, dan bulan, sebanyak yang Anda pilih di sini. Angka 0 mematikan jenis tersebut.</translation>
    </message>
    <message>
        <source>&amp;Back up every:</source>
        <translation>&amp;Cadangkan setiap:</translation>
    </message>
    <message>
        <source>Keep &amp;hourly copies:</source>
        <translation>Simpan salinan per &amp;jam:</translation>
    </message>
    <message>
        <source>Keep &amp;daily copies:</source>
        <translation>Simpan salinan &amp;harian:</translation>
    </message>
    <message>
        <source>Keep &amp;weekly copies:</source>
        <translation>Simpan salinan &amp;mingguan:</translation>
    </message>
    <message>
        <source>Keep &amp;monthly copies:</source>
        <translation>Simpan salinan &amp;bulanan:</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Tidak pernah</translation>
    </message>
    <message>
        <source>How the office numbers its statements. {n} is the running number ({n:03d} pads it to three digits), {month_roman} the month in Roman numerals, {month} and {year} the month and year, {office_short} the short name.</source>
        <translation>Cara kantor menomori siaran persnya. {n} adalah nomor urut ({n:03d} menjadikannya tiga digit), {month_roman} bulan dalam angka Romawi, {month} dan {year} bulan dan tahun, {office_short} nama singkat kantor.</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Pola:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Contoh:</translation>
    </message>
    <message>
        <source>Cannot be used: {detail}</source>
        <translation>Tidak dapat dipakai: {detail}</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print preview: {title}</source>
        <translation>Pratinjau cetak: {title}</translation>
    </message>
</context>
<context>
    <name>QuoteDetail</name>
    <message>
        <source>Speaker</source>
        <translation>Narasumber</translation>
    </message>
    <message>
        <source>Role then</source>
        <translation>Jabatan saat itu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reused</source>
        <translation>Dipakai ulang</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Open source statement</source>
        <translation>Buka siaran pers sumber</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Ubah status</translation>
    </message>
    <message>
        <source>Select a quote to see who said it, when, and where.</source>
        <translation>Pilih kutipan untuk melihat siapa yang mengatakannya, kapan, dan di mana.</translation>
    </message>
    <message>
        <source>Superseded by another quote…</source>
        <translation>Diganti kutipan lain…</translation>
    </message>
    <message>
        <source>{then} (now: {now})</source>
        <translation>{then} (kini: {now})</translation>
    </message>
    <message>
        <source>{status}: use “{text}”</source>
        <translation>{status}: gunakan “{text}”</translation>
    </message>
    <message>
        <source>{count} times</source>
        <translation>{count} kali</translation>
    </message>
</context>
<context>
    <name>QuotePickerDialog</name>
    <message>
        <source>Approved quotes</source>
        <translation>Kutipan yang disetujui</translation>
    </message>
    <message>
        <source>Insert an approved quote</source>
        <translation>Sisipkan kutipan yang disetujui</translation>
    </message>
    <message>
        <source>Type words, a speaker or a role…</source>
        <translation>Ketik kata, narasumber, atau jabatan…</translation>
    </message>
    <message>
        <source>Up/Down choose, Enter inserts with its attribution, Esc closes.</source>
        <translation>Atas/Bawah untuk memilih, Enter menyisipkan beserta atribusinya, Esc menutup.</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Pilih</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Sisipkan</translation>
    </message>
    <message>
        <source>No approved quote matches.</source>
        <translation>Tidak ada kutipan disetujui yang cocok.</translation>
    </message>
    <message>
        <source>Insert quote from library…</source>
        <translation>Sisipkan kutipan dari pustaka…</translation>
    </message>
</context>
<context>
    <name>QuotesView</name>
    <message>
        <source>Quote</source>
        <translation>Kutipan</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Narasumber</translation>
    </message>
    <message>
        <source>Role at the time</source>
        <translation>Jabatan saat itu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Quote library</source>
        <translation>Pustaka Kutipan</translation>
    </message>
    <message>
        <source>What was already said officially: who said it, in which role, and when.</source>
        <translation>Apa yang sudah disampaikan secara resmi: siapa yang mengatakannya, dalam jabatan apa, dan kapan.</translation>
    </message>
    <message>
        <source>Import pack…</source>
        <translation>Impor paket…</translation>
    </message>
    <message>
        <source>Export pack…</source>
        <translation>Ekspor paket…</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Pustaka</translation>
    </message>
    <message>
        <source>Review queue ({count})</source>
        <translation>Antrean tinjauan ({count})</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Antrean tinjauan</translation>
    </message>
    <message>
        <source>No quote matches. Clear the search or the filters to see every quote.</source>
        <translation>Tidak ada kutipan yang cocok. Kosongkan pencarian atau filter untuk melihat semua kutipan.</translation>
    </message>
    <message>
        <source>{count} quotes</source>
        <translation>{count} kutipan</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>{count} ditemukan</translation>
    </message>
    <message>
        <source>Which quote replaces it?</source>
        <translation>Kutipan mana yang menggantikannya?</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover unsaved work</source>
        <translation>Pulihkan pekerjaan yang belum disimpan</translation>
    </message>
    <message>
        <source>HumasDesk closed before these statements were saved. Their words were kept safe. Open one to continue where you stopped, then save it.</source>
        <translation>HumasDesk tertutup sebelum siaran pers ini disimpan. Isinya tetap aman. Buka salah satu untuk melanjutkan dari titik terakhir, lalu simpan.</translation>
    </message>
    <message>
        <source>Unsaved drafts</source>
        <translation>Draf yang belum disimpan</translation>
    </message>
    <message>
        <source>Open and continue</source>
        <translation>Buka dan lanjutkan</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Nanti</translation>
    </message>
    <message>
        <source>Untitled statement</source>
        <translation>Siaran pers tanpa judul</translation>
    </message>
    <message>
        <source>{title}
kept at {when}: {words}</source>
        <translation>{title}
disimpan sementara {when}: {words}</translation>
    </message>
    <message>
        <source>Discard the unsaved words of “{title}” for good?</source>
        <translation>Buang selamanya isi “{title}” yang belum disimpan?</translation>
    </message>
</context>
<context>
    <name>ReviewQueueView</name>
    <message>
        <source>Quotes waiting for review</source>
        <translation>Kutipan yang menunggu tinjauan</translation>
    </message>
    <message>
        <source>Quote found</source>
        <translation>Kutipan ditemukan</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Narasumber</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Quotes found in saved and imported statements. Check the words and who said them, then accept (Ctrl+Enter) or reject (Ctrl+Delete).</source>
        <translation>Kutipan yang ditemukan di siaran pers yang disimpan dan diimpor. Periksa kata-kata dan narasumbernya, lalu terima (Ctrl+Enter) atau tolak (Ctrl+Delete).</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Kata-kata</translation>
    </message>
    <message>
        <source>Role then</source>
        <translation>Jabatan saat itu</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Terima</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Tolak</translation>
    </message>
    <message>
        <source>Nothing waiting for review. Quotes found in new statements appear here.</source>
        <translation>Tidak ada yang menunggu tinjauan. Kutipan dari siaran pers baru akan muncul di sini.</translation>
    </message>
    <message>
        <source>Not named in the statement: who held this role then?</source>
        <translation>Tidak disebut namanya dalam siaran pers: siapa yang menjabat saat itu?</translation>
    </message>
    <message>
        <source>From: {title} ({date})</source>
        <translation>Dari: {title} ({date})</translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <source>Priority: not yet known</source>
        <translation>Prioritas: belum diketahui</translation>
    </message>
    <message>
        <source>Priority: {priority} (risk score {score})</source>
        <translation>Prioritas: {priority} (skor risiko {score})</translation>
    </message>
    <message>
        <source>The response ({response}) does not match the {priority} priority. The office's rule asks why: answer "{reason}".</source>
        <translation>Tanggapan ({response}) tidak sejalan dengan prioritas {priority}. Aturan kantor meminta alasannya: isi "{reason}".</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Alasan keputusan</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <source>Add row</source>
        <translation>Tambah baris</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Hapus yang dipilih</translation>
    </message>
</context>
<context>
    <name>SafetyController</name>
    <message>
        <source>Bac&amp;kups…</source>
        <translation>Ca&amp;dangan…</translation>
    </message>
    <message>
        <source>Change pass&amp;phrase…</source>
        <translation>Ganti fr&amp;asa sandi…</translation>
    </message>
    <message>
        <source>En&amp;crypt library…</source>
        <translation>E&amp;nkripsi pustaka…</translation>
    </message>
    <message>
        <source>Read-only: the file or its folder cannot be written</source>
        <translation>Hanya-baca: berkas atau foldernya tidak dapat ditulisi</translation>
    </message>
    <message>
        <source>Read-only: the library is damaged</source>
        <translation>Hanya-baca: pustaka rusak</translation>
    </message>
    <message>
        <source>Read-only: open in another window</source>
        <translation>Hanya-baca: terbuka di jendela lain</translation>
    </message>
    <message>
        <source>Automatic backup failed: {error}</source>
        <translation>Pencadangan otomatis gagal: {error}</translation>
    </message>
    <message>
        <source>The library is now encrypted. Keep the passphrase safe: without it nobody can open it. Files you export are not encrypted.

These {count} copies HumasDesk made of the library could not be encrypted (a damaged copy cannot be read whole) and still hold its text unencrypted:
{paths}</source>
        <translation>Pustaka kini terenkripsi. Simpan frasa sandi dengan aman: tanpa frasa sandi itu tidak seorang pun dapat membukanya. Berkas yang Anda ekspor tidak terenkripsi.

{count} salinan pustaka yang dibuat HumasDesk berikut tidak dapat dienkripsi (salinan yang rusak tidak dapat dibaca utuh) dan isinya masih dapat dibaca tanpa sandi:
{paths}</translation>
    </message>
    <message>
        <source>Encrypted library</source>
        <translation>Pustaka terenkripsi</translation>
    </message>
    <message>
        <source>The library and its backups are now encrypted. Keep the passphrase safe: without it nobody can open them. Files you export are not encrypted.</source>
        <translation>Pustaka dan cadangannya kini terenkripsi. Simpan frasa sandi baik-baik: tanpa frasa sandi tidak seorang pun dapat membukanya. Berkas yang Anda ekspor tidak terenkripsi.</translation>
    </message>
    <message>
        <source>Delete these copies</source>
        <translation>Hapus salinan ini</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Biarkan</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <source>This library is empty. Add the sample data (a dozen press statements, their quotes and speakers, and a RESIST case) to see every module at work?</source>
        <translation>Pustaka ini masih kosong. Tambahkan data contoh (selusin siaran pers, kutipan dan narasumbernya, serta kasus RESIST) untuk melihat setiap modul bekerja?</translation>
    </message>
    <message>
        <source>Add sample data</source>
        <translation>Tambahkan data contoh</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Mulai kosong</translation>
    </message>
</context>
<context>
    <name>SimilarPanel</name>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Siaran pers</translation>
    </message>
    <message>
        <source>Nothing similar in the library yet.</source>
        <translation>Belum ada yang serupa di pustaka.</translation>
    </message>
    <message>
        <source>Similar earlier cases and statements</source>
        <translation>Kasus dan siaran pers terdahulu yang serupa</translation>
    </message>
    <message>
        <source>Found by the words of this case's title, claim and narrative. An earlier answer may be reused, or show that this is a returning narrative.</source>
        <translation>Ditemukan dari kata-kata pada judul, klaim, dan narasi kasus ini. Tanggapan terdahulu mungkin dapat dipakai ulang, atau menunjukkan bahwa narasi ini muncul kembali.</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Cari lagi</translation>
    </message>
</context>
<context>
    <name>SpellCheck</name>
    <message>
        <source>No suggestions</source>
        <translation>Tidak ada saran</translation>
    </message>
    <message>
        <source>Add “{word}” to my dictionary</source>
        <translation>Tambahkan “{word}” ke kamus saya</translation>
    </message>
    <message>
        <source>Ignore “{word}” for now</source>
        <translation>Abaikan “{word}” untuk sementara</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Every {hours} hours</source>
        <translation>Setiap {hours} jam</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Case title (optional)</source>
        <translation>Judul kasus (opsional)</translation>
    </message>
    <message>
        <source>Next update due</source>
        <translation>Jadwal pembaruan berikutnya</translation>
    </message>
    <message>
        <source>HumasDesk opens a RESIST case with the playbook's answers and drafts the holding statement with your letterhead, contacts and approved lines. Check it, then export it or copy it for WhatsApp.</source>
        <translation>HumasDesk membuka kasus RESIST dengan jawaban dari panduan dan menyiapkan draf pernyataan sementara lengkap dengan kop, narahubung, dan kutipan resmi kantor Anda. Periksa, lalu ekspor atau salin untuk WhatsApp.</translation>
    </message>
    <message>
        <source>Start and draft the holding statement</source>
        <translation>Mulai dan siapkan pernyataan sementara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Start from a playbook</source>
        <translation>Mulai dari panduan krisis</translation>
    </message>
</context>
<context>
    <name>StatementEditor</name>
    <message>
        <source>← All statements</source>
        <translation>← Semua siaran pers</translation>
    </message>
    <message>
        <source>Back to the list of statements (Esc)</source>
        <translation>Kembali ke daftar siaran pers (Esc)</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Riwayat…</translation>
    </message>
    <message>
        <source>Every saved revision of this statement (Ctrl+H)</source>
        <translation>Semua revisi tersimpan dari siaran pers ini (Ctrl+H)</translation>
    </message>
    <message>
        <source>Copy for WhatsApp</source>
        <translation>Salin untuk WhatsApp</translation>
    </message>
    <message>
        <source>Copy the statement as it is now, formatted for WhatsApp</source>
        <translation>Salin siaran pers seperti saat ini, dengan format WhatsApp</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save a new revision (Ctrl+S)</source>
        <translation>Simpan sebagai revisi baru (Ctrl+S)</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>Nomor berikutnya</translation>
    </message>
    <message>
        <source>Fill in the next number in your office's numbering pattern</source>
        <translation>Isi nomor berikutnya sesuai pola penomoran kantor Anda</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dateline city</source>
        <translation>Kota dateline</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Topics, separated by commas</source>
        <translation>Topik, dipisahkan koma</translation>
    </message>
    <message>
        <source>Embargo until</source>
        <translation>Embargo sampai</translation>
    </message>
    <message>
        <source>Headline of the statement</source>
        <translation>Judul siaran pers</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Subjudul</translation>
    </message>
    <message>
        <source>Lead: the first paragraph, answering the 5W1H</source>
        <translation>Teras berita: paragraf pertama yang menjawab 5W1H</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>About the issuing body</source>
        <translation>Tentang instansi penerbit</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Narahubung</translation>
    </message>
    <message>
        <source>5W1H</source>
        <translation>5W1H</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>Konsistensi</translation>
    </message>
    <message>
        <source>Note for this revision (optional)</source>
        <translation>Catatan untuk revisi ini (opsional)</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Tebal (Ctrl+B)</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Miring (Ctrl+I)</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Daftar</translation>
    </message>
    <message>
        <source>Bulleted list (Ctrl+Shift+8)</source>
        <translation>Daftar berpoin (Ctrl+Shift+8)</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Daftar</translation>
    </message>
    <message>
        <source>Numbered list (Ctrl+Shift+7)</source>
        <translation>Daftar bernomor (Ctrl+Shift+7)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Urungkan (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Ulangi (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Teks biasa</translation>
    </message>
    <message>
        <source>Ctrl+Alt+0</source>
        <translation>Ctrl+Alt+0</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>Judul 1</translation>
    </message>
    <message>
        <source>Ctrl+Alt+1</source>
        <translation>Ctrl+Alt+1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>Judul 2</translation>
    </message>
    <message>
        <source>Ctrl+Alt+2</source>
        <translation>Ctrl+Alt+2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>Judul 3</translation>
    </message>
    <message>
        <source>Ctrl+Alt+3</source>
        <translation>Ctrl+Alt+3</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Judul bagian</translation>
    </message>
    <message>
        <source>Heading level of the paragraph (Ctrl+Alt+1…3)</source>
        <translation>Tingkat judul paragraf (Ctrl+Alt+1…3)</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Sisipkan</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Alat lainnya</translation>
    </message>
    <message>
        <source>Could not keep a safety copy: {error}</source>
        <translation>Salinan pengaman tidak dapat dibuat: {error}</translation>
    </message>
    <message>
        <source>Unsaved changes kept safe at {time}</source>
        <translation>Perubahan yang belum disimpan diamankan pukul {time}</translation>
    </message>
    <message>
        <source>Give the statement a title before saving it.</source>
        <translation>Beri judul siaran pers sebelum menyimpannya.</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Disimpan pukul {time}</translation>
    </message>
    <message>
        <source>Discard recovered changes</source>
        <translation>Buang perubahan yang dipulihkan</translation>
    </message>
    <message>
        <source>Discard the recovered changes and go back to the last saved version?</source>
        <translation>Buang perubahan yang dipulihkan dan kembali ke versi terakhir yang disimpan?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>Save the changes to this statement?</source>
        <translation>Simpan perubahan pada siaran pers ini?</translation>
    </message>
    <message>
        <source>If you do not save them, they are discarded.</source>
        <translation>Jika tidak disimpan, perubahan akan dibuang.</translation>
    </message>
    <message>
        <source>Withdraw statement</source>
        <translation>Tarik siaran pers</translation>
    </message>
    <message>
        <source>Why is this statement withdrawn? The reason is shown with the statement, whose text stays visible as it was issued.</source>
        <translation>Mengapa siaran pers ini ditarik? Alasannya ditampilkan bersama siaran pers, yang teksnya tetap terlihat seperti saat diterbitkan.</translation>
    </message>
    <message>
        <source>&lt;b&gt;EMBARGO&lt;/b&gt; — not for publication before {when}.</source>
        <translation>&lt;b&gt;EMBARGO&lt;/b&gt; — tidak untuk dipublikasikan sebelum {when}.</translation>
    </message>
    <message>
        <source>The embargo has ended.</source>
        <translation>Masa embargo telah berakhir.</translation>
    </message>
    <message>
        <source>&lt;b&gt;WITHDRAWN&lt;/b&gt; — {reason}</source>
        <translation>&lt;b&gt;DITARIK&lt;/b&gt; — {reason}</translation>
    </message>
    <message>
        <source>Recovered unsaved changes from {when}. Save to keep them, or &lt;a href='discard'&gt;discard them&lt;/a&gt;.</source>
        <translation>Perubahan yang belum disimpan dari {when} telah dipulihkan. Simpan untuk mempertahankannya, atau &lt;a href='discard'&gt;buang&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Untitled statement</source>
        <translation>Siaran pers tanpa judul</translation>
    </message>
    <message>
        <source>New statement</source>
        <translation>Siaran pers baru</translation>
    </message>
    <message>
        <source>{words} words · about {minutes} min to read</source>
        <translation>{words} kata · sekitar {minutes} menit dibaca</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tersimpan</translation>
    </message>
    <message>
        <source>Typed in HumasDesk.</source>
        <translation>Diketik di HumasDesk.</translation>
    </message>
    <message>
        <source>Imported from the file {name}.</source>
        <translation>Diimpor dari berkas {name}.</translation>
    </message>
    <message>
        <source>Written from the template {name}.</source>
        <translation>Ditulis dari templat {name}.</translation>
    </message>
    <message>
        <source>Drafted from a RESIST case.</source>
        <translation>Disusun dari kasus RESIST.</translation>
    </message>
</context>
<context>
    <name>StatementsView</name>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Embargo</source>
        <translation>Embargo</translation>
    </message>
    <message>
        <source>Found in the text</source>
        <translation>Ditemukan dalam teks</translation>
    </message>
    <message>
        <source>Press statements</source>
        <translation>Siaran Pers</translation>
    </message>
    <message>
        <source>Every statement your office drafted or issued, newest first.</source>
        <translation>Semua siaran pers yang disusun atau diterbitkan kantor Anda, terbaru di atas.</translation>
    </message>
    <message>
        <source>New statement</source>
        <translation>Siaran pers baru</translation>
    </message>
    <message>
        <source>Write a new statement (Ctrl+N)</source>
        <translation>Tulis siaran pers baru (Ctrl+N)</translation>
    </message>
    <message>
        <source>New from template…</source>
        <translation>Baru dari templat…</translation>
    </message>
    <message>
        <source>Search every statement: words, "an exact phrase", -leave out (Ctrl+F)</source>
        <translation>Cari di semua siaran pers: kata, "frasa persis", -kecualikan (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Semua bahasa</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Dari tanggal</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Sampai tanggal</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Hapus filter</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Semua tag</translation>
    </message>
    <message>
        <source>{count} statements</source>
        <translation>{count} siaran pers</translation>
    </message>
    <message>
        <source>Showing the first {count} matches; add words or filters to narrow them down</source>
        <translation>Menampilkan {count} hasil pertama; tambahkan kata atau filter untuk mempersempitnya</translation>
    </message>
    <message>
        <source>{count} found, newest first</source>
        <translation>{count} ditemukan, terbaru di atas</translation>
    </message>
    <message>
        <source>{count} found, most relevant first</source>
        <translation>{count} ditemukan, paling relevan di atas</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer words, or clear the filters.</source>
        <translation>Tidak ditemukan. Coba kata yang lebih sedikit, atau hapus filter.</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Questions marked * are needed to complete this step; {count} still open.</source>
        <translation>Pertanyaan bertanda * diperlukan untuk menyelesaikan langkah ini; {count} belum dijawab.</translation>
    </message>
    <message>
        <source>This step is complete.</source>
        <translation>Langkah ini sudah lengkap.</translation>
    </message>
    <message>
        <source>Step {number} of {count}: {title}</source>
        <translation>Langkah {number} dari {count}: {title}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>complete</source>
        <translation>lengkap</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>belum lengkap</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>belum dimulai</translation>
    </message>
    <message>
        <source>{done} of {count} steps complete.</source>
        <translation>{done} dari {count} langkah sudah lengkap.</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>Buka kembali kasus</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Tutup kasus</translation>
    </message>
    <message>
        <source>Answered with {checklist}, edition {version}.</source>
        <translation>Dijawab dengan {checklist}, edisi {version}.</translation>
    </message>
    <message>
        <source>Move to edition {version}…</source>
        <translation>Pindahkan ke edisi {version}…</translation>
    </message>
    <message>
        <source>Move to edition {version}</source>
        <translation>Pindahkan ke edisi {version}</translation>
    </message>
    <message>
        <source>This case keeps the questions of edition {old} until it is moved. Moving it carries its answers to edition {new}, which asks some new questions; the move is written to the audit log. Move it now?</source>
        <translation>Kasus ini tetap memakai pertanyaan edisi {old} sampai dipindahkan. Jika dipindahkan, jawabannya dibawa ke edisi {new} yang memuat beberapa pertanyaan baru, dan pemindahan ini dicatat dalam log audit. Pindahkan sekarang?</translation>
    </message>
    <message>
        <source>brief</source>
        <translation>ringkasan</translation>
    </message>
    <message>
        <source>report</source>
        <translation>laporan</translation>
    </message>
    <message>
        <source>Save situation brief</source>
        <translation>Simpan ringkasan situasi</translation>
    </message>
    <message>
        <source>Save case report</source>
        <translation>Simpan laporan kasus</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;Word document (*.docx)</source>
        <translation>Dokumen PDF (*.pdf);;Dokumen Word (*.docx)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Tersimpan: {path}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>What is complete and what is still missing. The case can be left at any step and resumed later.</source>
        <translation>Apa yang sudah lengkap dan apa yang masih kurang. Kasus dapat ditinggalkan di langkah mana pun dan dilanjutkan kemudian.</translation>
    </message>
    <message>
        <source>For leadership</source>
        <translation>Untuk pimpinan</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Situation brief…</source>
        <translation>Ringkasan situasi…</translation>
    </message>
    <message>
        <source>Full case report…</source>
        <translation>Laporan kasus lengkap…</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Templates and office details</source>
        <translation>Templat dan data kantor</translation>
    </message>
    <message>
        <source>Office details</source>
        <translation>Data kantor</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templat</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Office (full name)</source>
        <translation>Kantor (nama lengkap)</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nama singkat</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Dateline city</source>
        <translation>Kota dateline</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Situs web</translation>
    </message>
    <message>
        <source>About the office (boilerplate)</source>
        <translation>Tentang kantor (boilerplate)</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Narahubung</translation>
    </message>
    <message>
        <source>Contact's position</source>
        <translation>Jabatan narahubung</translation>
    </message>
    <message>
        <source>Contact's phone</source>
        <translation>Telepon narahubung</translation>
    </message>
    <message>
        <source>Contact's e-mail</source>
        <translation>Surel narahubung</translation>
    </message>
    <message>
        <source>Where the public reports hoaxes</source>
        <translation>Tempat masyarakat melaporkan hoaks</translation>
    </message>
    <message>
        <source>Numbering pattern</source>
        <translation>Pola penomoran</translation>
    </message>
    <message>
        <source>In the pattern, {n} is the running number ({n:03} writes 007), {year} the year, {month} the month (03) and {roman} the month in Roman numerals (III). The number restarts each year when the pattern holds the year.</source>
        <translation>Dalam pola, {n} adalah nomor urut ({n:03} menulis 007), {year} tahun, {month} bulan (03), dan {roman} bulan dalam angka Romawi (III). Nomor dimulai ulang setiap tahun bila pola memuat tahun.</translation>
    </message>
    <message>
        <source>Save office details</source>
        <translation>Simpan data kantor</translation>
    </message>
    <message>
        <source>For example: {example}</source>
        <translation>Contoh: {example}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Kop surat</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Subjudul</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Teras berita</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Tentang</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Narahubung</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Simpan templat</translation>
    </message>
    <message>
        <source>Restore the original</source>
        <translation>Kembalikan ke aslinya</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <source>Case timeline</source>
        <translation>Kronologi kasus</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Timeline</source>
        <translation>Kronologi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>What happened or was done</source>
        <translation>Apa yang terjadi atau dilakukan</translation>
    </message>
    <message>
        <source>By whom</source>
        <translation>Oleh siapa</translation>
    </message>
    <message>
        <source>Key event</source>
        <translation>Peristiwa penting</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Dirilis</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>What happened, or what was done</source>
        <translation>Apa yang terjadi, atau apa yang dilakukan</translation>
    </message>
    <message>
        <source>Name or team</source>
        <translation>Nama atau tim</translation>
    </message>
    <message>
        <source>Released to the public</source>
        <translation>Dirilis ke publik</translation>
    </message>
    <message>
        <source>Add to timeline</source>
        <translation>Tambahkan ke kronologi</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Hapus yang dipilih</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Domain publik</translation>
    </message>
    <message>
        <source>Indonesian Hunspell dictionary (hunspell-id)</source>
        <translation>Kamus Hunspell bahasa Indonesia (hunspell-id)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The library {name} is already open in HumasDesk (on {host}, since {since}).

Two windows editing one library could overwrite each other's work, so this window can open it read-only. To edit here, close the other window first.</source>
        <translation>Pustaka {name} sudah terbuka di HumasDesk (di {host}, sejak {since}).

Dua jendela yang menyunting satu pustaka dapat saling menimpa pekerjaan, sehingga jendela ini hanya dapat membukanya untuk dibaca. Untuk menyunting di sini, tutup dahulu jendela yang lain.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Buka hanya-baca</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Open a new empty library</source>
        <translation>Buka pustaka baru yang kosong</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>The library {name} is damaged and cannot be used safely. This can happen after a power cut, when the disk is full, or when a sync tool copies the file while HumasDesk is writing it.

The damaged file will not be deleted: it is moved to the backups folder, where it can still be examined.</source>
        <translation>Pustaka {name} rusak dan tidak dapat dipakai dengan aman. Hal ini dapat terjadi setelah listrik padam, saat disk penuh, atau saat aplikasi sinkronisasi menyalin berkas ketika HumasDesk sedang menulisnya.

Berkas yang rusak tidak akan dihapus: berkas itu dipindahkan ke folder cadangan dan masih dapat diperiksa.</translation>
    </message>
    <message>
        <source>What was found: {detail}</source>
        <translation>Yang ditemukan: {detail}</translation>
    </message>
    <message>
        <source>There is no backup to go back to.</source>
        <translation>Tidak ada cadangan untuk dipulihkan.</translation>
    </message>
    <message>
        <source>Restore the backup of {date} ({statements} statements)</source>
        <translation>Pulihkan cadangan {date} ({statements} siaran pers)</translation>
    </message>
    <message>
        <source>Start a new empty library</source>
        <translation>Mulai pustaka kosong baru</translation>
    </message>
    <message>
        <source>Open it read-only</source>
        <translation>Buka hanya-baca</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>berkasnya kosong (0 bita)</translation>
    </message>
    <message>
        <source>the file is cut short ({size} bytes)</source>
        <translation>berkasnya terpotong (hanya {size} bita)</translation>
    </message>
    <message>
        <source>the file is cut short ({size} bytes is not a whole number of pages)</source>
        <translation>berkasnya terpotong ({size} bita bukan kelipatan utuh ukuran halaman)</translation>
    </message>
    <message>
        <source>the file is cut short ({size} of {expected} bytes)</source>
        <translation>berkasnya terpotong ({size} dari {expected} bita)</translation>
    </message>
    <message>
        <source>the file's header is damaged</source>
        <translation>bagian kepala berkas rusak</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>rusak</translation>
    </message>
    <message>
        <source>the table {name} is missing</source>
        <translation>tabel {name} hilang</translation>
    </message>
    <message>
        <source>the index {name} is missing</source>
        <translation>indeks {name} hilang</translation>
    </message>
    <message>
        <source>the trigger {name} is missing</source>
        <translation>pemicu (trigger) {name} hilang</translation>
    </message>
    <message>
        <source>the view {name} is missing</source>
        <translation>tampilan (view) {name} hilang</translation>
    </message>
    <message>
        <source>the column {name} is missing</source>
        <translation>kolom {name} hilang</translation>
    </message>
    <message>
        <source>the {kind} {name} is missing</source>
        <translation>{kind} {name} hilang</translation>
    </message>
    <message>
        <source>the trigger {name} was changed</source>
        <translation>pemicu (trigger) {name} telah diubah</translation>
    </message>
    <message>
        <source>schema version {found}, expected {expected}</source>
        <translation>versi skema {found}, seharusnya {expected}</translation>
    </message>
    <message>
        <source>{count} broken references</source>
        <translation>{count} rujukan antardata terputus</translation>
    </message>
    <message>
        <source>{table}: {problem}</source>
        <translation>{table}: {problem}</translation>
    </message>
    <message>
        <source>audit log entry {seq} does not match the chain</source>
        <translation>entri log audit {seq} tidak cocok dengan rantainya</translation>
    </message>
    <message>
        <source>audit log entry {seq} ({where}) is missing: entries were removed</source>
        <translation>entri log audit {seq} ({where}) tidak ada: ada entri yang dihapus</translation>
    </message>
    <message>
        <source>audit log entry {seq} differs from {where}: the log was rewritten</source>
        <translation>entri log audit {seq} berbeda dari yang {where}: log telah ditulis ulang</translation>
    </message>
    <message>
        <source>recorded in the library's settings</source>
        <translation>tercatat di pengaturan pustaka</translation>
    </message>
    <message>
        <source>recorded by the backup {name}</source>
        <translation>tercatat oleh cadangan {name}</translation>
    </message>
    <message>
        <source>empty copy</source>
        <translation>salinannya kosong</translation>
    </message>
    <message>
        <source>size {size} != {pages} pages x {page_size}</source>
        <translation>ukuran {size} bita tidak sama dengan {pages} halaman × {page_size} bita</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>jumlah data tidak sama dengan aslinya</translation>
    </message>
    <message>
        <source>search index: damaged or of another version (rebuilt on next open)</source>
        <translation>indeks pencarian: rusak atau dari versi lain (dibangun ulang saat pustaka dibuka lagi)</translation>
    </message>
    <message>
        <source>search index: made from another copy of the library (rebuilt on next open)</source>
        <translation>indeks pencarian: dibuat dari salinan lain pustaka ini (dibangun ulang saat pustaka dibuka lagi)</translation>
    </message>
    <message>
        <source>search index: {held} {kind}, the library has {count} (rebuilt on next open)</source>
        <translation>indeks pencarian: {held} {kind}, padahal pustaka berisi {count} (dibangun ulang saat pustaka dibuka lagi)</translation>
    </message>
    <message>
        <source>search index: {problem}</source>
        <translation>indeks pencarian: {problem}</translation>
    </message>
    <message>
        <source>statements</source>
        <translation>siaran pers</translation>
    </message>
    <message>
        <source>quotes</source>
        <translation>kutipan</translation>
    </message>
    <message>
        <source>database disk image is malformed</source>
        <translation>isi berkas basis data rusak</translation>
    </message>
    <message>
        <source>file is not a database</source>
        <translation>berkas ini bukan basis data</translation>
    </message>
    <message>
        <source>disk I/O error</source>
        <translation>galat baca-tulis disk</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Passphrase for {path}: </source>
        <translation>Frasa sandi untuk {path}: </translation>
    </message>
    <message>
        <source>Warning: the library {path} is damaged ({detail}). It is open read-only: what can still be read is shown, nothing is written.</source>
        <translation>Peringatan: pustaka {path} rusak ({detail}). Pustaka dibuka hanya-baca: yang masih terbaca ditampilkan, tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Note: {path} cannot be written here; it is open read-only.</source>
        <translation>Catatan: {path} tidak dapat ditulisi di sini; pustaka dibuka hanya-baca.</translation>
    </message>
    <message>
        <source>There is no good backup of it to restore.</source>
        <translation>Tidak ada cadangan yang baik untuk dipulihkan.</translation>
    </message>
    <message>
        <source>The newest good backup is from {date} ({statements} statements). Restore it with:
  humasdesk --library {path} restore {backup}</source>
        <translation>Cadangan baik terbaru berasal dari {date} ({statements} siaran pers). Pulihkan dengan:
  humasdesk --library {path} restore {backup}</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Galat: {message}</translation>
    </message>
    <message>
        <source>Internal error: {error}. Details were written to {log}.</source>
        <translation>Galat internal: {error}. Rinciannya ditulis ke {log}.</translation>
    </message>
    <message>
        <source>The library {path} already has records; sample data not added.</source>
        <translation>Pustaka {path} sudah berisi data; data contoh tidak ditambahkan.</translation>
    </message>
    <message>
        <source>Sample data added: {statements} statements, {quotes} quotes, {cases} cases.</source>
        <translation>Data contoh ditambahkan: {statements} siaran pers, {quotes} kutipan, {cases} kasus.</translation>
    </message>
    <message>
        <source>Library ready: {path}</source>
        <translation>Pustaka siap: {path}</translation>
    </message>
    <message>
        <source>Library created: {path}</source>
        <translation>Pustaka dibuat: {path}</translation>
    </message>
    <message>
        <source>OK: {path} (schema {version}; {statements} statements, {quotes} quotes, {cases} cases)</source>
        <translation>Baik: {path} (skema {version}; {statements} siaran pers, {quotes} kutipan, {cases} kasus)</translation>
    </message>
    <message>
        <source>Damaged: {path}: {problems}</source>
        <translation>Rusak: {path}: {problems}</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Cadangan ditulis: {path}</translation>
    </message>
    <message>
        <source>Restored {source} into {path}; the previous file was kept as {aside}.</source>
        <translation>{source} dipulihkan ke {path}; berkas sebelumnya disimpan sebagai {aside}.</translation>
    </message>
    <message>
        <source>{count} screenshots written to {outdir}</source>
        <translation>{count} tangkapan layar ditulis ke {outdir}</translation>
    </message>
    <message>
        <source>No case has an update due.</source>
        <translation>Tidak ada kasus yang jatuh tempo pembaruannya.</translation>
    </message>
    <message>
        <source>No cases.</source>
        <translation>Tidak ada kasus.</translation>
    </message>
    <message>
        <source>{id} {version}: {title} ({steps} steps, {questions} questions, {file})</source>
        <translation>{id} {version}: {title} ({steps} langkah, {questions} pertanyaan, {file})</translation>
    </message>
    <message>
        <source>Report written: {path}</source>
        <translation>Laporan ditulis: {path}</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Diekspor ke {path}</translation>
    </message>
    <message>
        <source>Imported {path}: {title} ({quotes} quotes)</source>
        <translation>Diimpor {path}: {title} ({quotes} kutipan)</translation>
    </message>
    <message>
        <source>{count:&gt;5} reports  {title}</source>
        <translation>{count:&gt;5} laporan  {title}</translation>
    </message>
    <message>
        <source>Skipped {path}: {reason}</source>
        <translation>Dilewati {path}: {reason}</translation>
    </message>
    <message>
        <source>{taken} reports taken in, in {groups} groups.</source>
        <translation>{taken} laporan diterima, dalam {groups} kelompok.</translation>
    </message>
    <message>
        <source>{imported} imported, {duplicates} already in the library, {refused} refused.</source>
        <translation>{imported} diimpor, {duplicates} sudah ada di pustaka, {refused} ditolak.</translation>
    </message>
    <message>
        <source>No quotes.</source>
        <translation>Tidak ada kutipan.</translation>
    </message>
    <message>
        <source>Say where to write the pack: -o FILE.</source>
        <translation>Sebutkan tempat menyimpan paket: -o BERKAS.</translation>
    </message>
    <message>
        <source>Pack written: {path} ({quotes} quotes, {people} people).</source>
        <translation>Paket ditulis: {path} ({quotes} kutipan, {people} narasumber).</translation>
    </message>
    <message>
        <source>Name the pack to import: pack import FILE.</source>
        <translation>Sebutkan paket yang akan diimpor: pack import BERKAS.</translation>
    </message>
    <message>
        <source>Merged: {quotes} new quotes, {people} new people, {unchanged} already the same.</source>
        <translation>Digabungkan: {quotes} kutipan baru, {people} narasumber baru, {unchanged} sudah sama.</translation>
    </message>
    <message>
        <source>{count} conflicts left as they are in this library (decide them in the app: Quote library &gt; Import pack):</source>
        <translation>{count} konflik dibiarkan seperti di pustaka ini (putuskan di aplikasi: Pustaka kutipan &gt; Impor paket):</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Frasa sandi baru: </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Ulangi frasa sandi baru: </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Kedua frasa sandi tidak sama.</translation>
    </message>
    <message>
        <source>{path} is already encrypted.</source>
        <translation>{path} sudah terenkripsi.</translation>
    </message>
    <message>
        <source>Encrypted {path} (and {backups} of its backups).</source>
        <translation>{path} telah dienkripsi (beserta {backups} cadangannya).</translation>
    </message>
    <message>
        <source>Encrypted library created: {path}</source>
        <translation>Pustaka terenkripsi dibuat: {path}</translation>
    </message>
    <message>
        <source>No keyring on this computer: the passphrase was not remembered.</source>
        <translation>Komputer ini tidak memiliki keyring: frasa sandi tidak disimpan.</translation>
    </message>
    <message>
        <source>These {count} copies HumasDesk made of the library could not be encrypted and still hold its text unencrypted:</source>
        <translation>{count} salinan pustaka yang dibuat HumasDesk berikut tidak dapat dienkripsi dan isinya masih dapat dibaca tanpa sandi:</translation>
    </message>
    <message>
        <source>Delete them? [y/N] </source>
        <translation>Hapus salinan itu? [y/N] </translation>
    </message>
    <message>
        <source>They were kept. Delete them with: humasdesk encrypt --delete-plaintext</source>
        <translation>Salinan itu dibiarkan. Hapus dengan: humasdesk encrypt --delete-plaintext</translation>
    </message>
    <message>
        <source>Deleted {count} of them.</source>
        <translation>{count} salinan dihapus.</translation>
    </message>
    <message>
        <source>{path} is not encrypted; use 'humasdesk encrypt' first.</source>
        <translation>{path} tidak terenkripsi; jalankan 'humasdesk encrypt' terlebih dahulu.</translation>
    </message>
    <message>
        <source>Passphrase changed for {path} (and {backups} of its backups).</source>
        <translation>Frasa sandi {path} telah diganti (beserta {backups} cadangannya).</translation>
    </message>
    <message>
        <source>No statements.</source>
        <translation>Tidak ada siaran pers.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Tidak ditemukan.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Terjadi kesalahan.</translation>
    </message>
    <message>
        <source>No library at {path}. Create one with 'humasdesk init'.</source>
        <translation>Tidak ada pustaka di {path}. Buat dengan 'humasdesk init'.</translation>
    </message>
    <message>
        <source>{path} is not a HumasDesk library.</source>
        <translation>{path} bukan pustaka HumasDesk.</translation>
    </message>
    <message>
        <source>{path} was written by a newer HumasDesk (schema version {found}); this version knows schema version {known}. Update HumasDesk to open it. The file was not changed.</source>
        <translation>{path} ditulis oleh HumasDesk yang lebih baru (versi skema {found}); versi ini mengenal versi skema {known}. Perbarui HumasDesk untuk membukanya. Berkas tidak diubah.</translation>
    </message>
    <message>
        <source>The library {path} is damaged: {detail}</source>
        <translation>Pustaka {path} rusak: {detail}</translation>
    </message>
    <message>
        <source>The library {path} is busy in another HumasDesk window or program. Try again in a moment, or close the other one.</source>
        <translation>Pustaka {path} sedang dipakai jendela atau program HumasDesk lain. Coba lagi sebentar lagi, atau tutup yang lain.</translation>
    </message>
    <message>
        <source>The library {path} cannot be written: the file or its folder is read-only.</source>
        <translation>Pustaka {path} tidak dapat ditulis: berkas atau foldernya hanya-baca.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed in {path}. Free some space and try again.</source>
        <translation>Disk penuh; tidak ada yang diubah di {path}. Kosongkan sebagian ruang lalu coba lagi.</translation>
    </message>
    <message>
        <source>No {kind} with id {id}.</source>
        <translation>Tidak ada {kind} dengan id {id}.</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>The library {path} is open in HumasDesk elsewhere ({owner}). Close it there first.</source>
        <translation>Pustaka {path} sedang terbuka di HumasDesk lain ({owner}). Tutup terlebih dahulu di sana.</translation>
    </message>
    <message>
        <source>The library {path} is encrypted. Give its passphrase (--passphrase-file, or the HUMASDESK_PASSPHRASE environment variable).</source>
        <translation>Pustaka {path} terenkripsi. Berikan frasa sandinya (--passphrase-file, atau variabel lingkungan HUMASDESK_PASSPHRASE).</translation>
    </message>
    <message>
        <source>Wrong passphrase for {path}. The library was not changed; try again.</source>
        <translation>Frasa sandi untuk {path} salah. Pustaka tidak diubah; silakan coba lagi.</translation>
    </message>
    <message>
        <source>Encrypted libraries need the sqlcipher3 package, which is not installed; {path} cannot be opened.</source>
        <translation>Pustaka terenkripsi memerlukan paket sqlcipher3, yang belum terpasang; {path} tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>The backup of {path} could not be verified ({detail}); it was not kept. Your library was not changed.</source>
        <translation>Cadangan {path} tidak lolos pemeriksaan ({detail}) sehingga tidak disimpan. Pustaka Anda tidak diubah.</translation>
    </message>
    <message>
        <source>There is no good backup of {path} to restore.</source>
        <translation>Tidak ada cadangan {path} yang baik untuk dipulihkan.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {minimum} characters; nothing was changed.</source>
        <translation>Frasa sandi harus terdiri atas minimal {minimum} karakter; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{path} is open read-only in this window, because HumasDesk has it open elsewhere. Nothing was changed. Close the other window and open the library again to edit.</source>
        <translation>{path} dibuka hanya-baca di jendela ini karena HumasDesk sedang membukanya di tempat lain. Tidak ada yang diubah. Tutup jendela yang lain, lalu buka kembali pustaka ini untuk menyunting.</translation>
    </message>
    <message>
        <source>case</source>
        <translation>kasus</translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation>Kasus memerlukan judul.</translation>
    </message>
    <message>
        <source>Checklist {id} {version} does not say how to carry answers from {old}.</source>
        <translation>Daftar periksa {id} {version} tidak mengatur cara memindahkan jawaban dari edisi {old}.</translation>
    </message>
    <message>
        <source>person</source>
        <translation>orang</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>kutipan</translation>
    </message>
    <message>
        <source>'{status}' is not a quote status; use one of {known}.</source>
        <translation>'{status}' bukan status kutipan; gunakan salah satu dari {known}.</translation>
    </message>
    <message>
        <source>A superseded quote needs the quote that replaces it (not itself).</source>
        <translation>Kutipan yang diganti memerlukan kutipan penggantinya (bukan dirinya sendiri).</translation>
    </message>
    <message>
        <source>A quote needs its words; the text is empty.</source>
        <translation>Kutipan memerlukan kata-kata; teksnya kosong.</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>siaran pers</translation>
    </message>
    <message>
        <source>A withdrawn statement needs a reason, so readers know why it was withdrawn.</source>
        <translation>Siaran pers yang ditarik memerlukan alasan, agar pembaca tahu mengapa siaran pers itu ditarik.</translation>
    </message>
    <message>
        <source>Unknown statement status '{status}'.</source>
        <translation>Status siaran pers '{status}' tidak dikenal.</translation>
    </message>
    <message>
        <source>Revision {number} of this statement does not exist.</source>
        <translation>Revisi {number} dari siaran pers ini tidak ada.</translation>
    </message>
    <message>
        <source>HumasDesk</source>
        <translation>HumasDesk</translation>
    </message>
    <message>
        <source>HumasDesk: unexpected error</source>
        <translation>HumasDesk: galat tak terduga</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your saved work is safe. Details were written to {log}.</source>
        <translation>Terjadi kesalahan yang tidak terduga. Pekerjaan yang sudah tersimpan aman. Rinciannya ditulis ke {log}.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Salin rincian</translation>
    </message>
    <message>
        <source>The checklist {file} cannot be used: {problem}</source>
        <translation>Daftar periksa {file} tidak dapat digunakan: {problem}</translation>
    </message>
    <message>
        <source>This case was answered with checklist {id} version {version}, which is not installed. Put that checklist file back in {folder}.</source>
        <translation>Kasus ini dijawab dengan daftar periksa {id} versi {version}, yang tidak terpasang. Kembalikan berkas daftar periksa tersebut ke {folder}.</translation>
    </message>
    <message>
        <source>{where} needs a text per language, e.g. {example}.</source>
        <translation>{where} memerlukan teks untuk setiap bahasa, misalnya {example}.</translation>
    </message>
    <message>
        <source>{where} has no Indonesian text (key "id").</source>
        <translation>{where} tidak memiliki teks bahasa Indonesia (kunci "id").</translation>
    </message>
    <message>
        <source>{where} needs a non-empty list "{key}".</source>
        <translation>{where} memerlukan daftar "{key}" yang tidak kosong.</translation>
    </message>
    <message>
        <source>{where}: every entry of "{key}" needs a value.</source>
        <translation>{where}: setiap isian "{key}" memerlukan value.</translation>
    </message>
    <message>
        <source>{where}: the value "{value}" appears twice.</source>
        <translation>{where}: value "{value}" muncul dua kali.</translation>
    </message>
    <message>
        <source>{where}: "draft" must be one of {kinds}, not "{draft}".</source>
        <translation>{where}: "draft" harus salah satu dari {kinds}, bukan "{draft}".</translation>
    </message>
    <message>
        <source>{where}: every column needs its own "key".</source>
        <translation>{where}: setiap kolom memerlukan "key" sendiri.</translation>
    </message>
    <message>
        <source>step {step} holds something that is not a question.</source>
        <translation>langkah {step} memuat sesuatu yang bukan pertanyaan.</translation>
    </message>
    <message>
        <source>step {step}: the question id "{question}" must read "{step}.name".</source>
        <translation>langkah {step}: id pertanyaan "{question}" harus berbentuk "{step}.nama".</translation>
    </message>
    <message>
        <source>the question id "{question}" appears twice.</source>
        <translation>id pertanyaan "{question}" muncul dua kali.</translation>
    </message>
    <message>
        <source>question {question} has an unknown type "{type}" (known: {types}).</source>
        <translation>pertanyaan {question} memiliki jenis "{type}" yang tidak dikenal (yang dikenal: {types}).</translation>
    </message>
    <message>
        <source>question {question}: "required" must be true or false.</source>
        <translation>pertanyaan {question}: "required" harus true atau false.</translation>
    </message>
    <message>
        <source>question {question}: "target" must be "statement" or "quote".</source>
        <translation>pertanyaan {question}: "target" harus "statement" atau "quote".</translation>
    </message>
    <message>
        <source>the file does not hold a JSON object.</source>
        <translation>berkas tidak berisi objek JSON.</translation>
    </message>
    <message>
        <source>"{key}" is missing or empty.</source>
        <translation>"{key}" tidak ada atau kosong.</translation>
    </message>
    <message>
        <source>"steps" is missing or empty.</source>
        <translation>"steps" tidak ada atau kosong.</translation>
    </message>
    <message>
        <source>every step needs an "id".</source>
        <translation>setiap langkah memerlukan "id".</translation>
    </message>
    <message>
        <source>the step id "{step}" appears twice.</source>
        <translation>id langkah "{step}" muncul dua kali.</translation>
    </message>
    <message>
        <source>step {step} has no questions.</source>
        <translation>langkah {step} tidak memiliki pertanyaan.</translation>
    </message>
    <message>
        <source>"risk_rule": {detail}.</source>
        <translation>"risk_rule": {detail}.</translation>
    </message>
    <message>
        <source>it is not valid JSON (line {line}: {detail}).</source>
        <translation>isinya bukan JSON yang sah (baris {line}: {detail}).</translation>
    </message>
    <message>
        <source>it is not UTF-8 text.</source>
        <translation>isinya bukan teks UTF-8.</translation>
    </message>
    <message>
        <source>it cannot be read ({detail}).</source>
        <translation>berkas tidak dapat dibaca ({detail}).</translation>
    </message>
    <message>
        <source>The report could not be written to {path}: {detail}</source>
        <translation>Laporan tidak dapat ditulis ke {path}: {detail}</translation>
    </message>
    <message>
        <source>There is no {kind} template in {language}.</source>
        <translation>Tidak ada templat {kind} dalam bahasa {language}.</translation>
    </message>
    <message>
        <source>{name} is {size} MB; a press statement file can be at most {limit} MB. It was not imported.</source>
        <translation>{name} berukuran {size} MB; berkas siaran pers paling besar {limit} MB. Berkas ini tidak diimpor.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} kosong.</translation>
    </message>
    <message>
        <source>{name} holds no statement text.</source>
        <translation>{name} tidak berisi teks siaran pers.</translation>
    </message>
    <message>
        <source>{name} is not a text file: its content is binary data with a {suffix} name.</source>
        <translation>{name} bukan berkas teks: isinya data biner dengan nama berakhiran {suffix}.</translation>
    </message>
    <message>
        <source>{name} says its text is in {encoding}, but its bytes are not; decoded that way it would be unreadable, so it was not imported. Save it again as UTF-8.</source>
        <translation>{name} menyatakan teksnya dalam {encoding}, tetapi isinya tidak demikian; jika dibaca begitu teksnya tidak terbaca, jadi berkas ini tidak diimpor. Simpan ulang sebagai UTF-8.</translation>
    </message>
    <message>
        <source>{name}: HumasDesk imports .txt, .md, .docx and .html files, not {suffix}.</source>
        <translation>{name}: HumasDesk mengimpor berkas .txt, .md, .docx dan .html, bukan {suffix}.</translation>
    </message>
    <message>
        <source>{name} is in the old Word format (.doc). Open it in Word or LibreOffice, save it as .docx and import that.</source>
        <translation>{name} memakai format Word lama (.doc). Buka di Word atau LibreOffice, simpan sebagai .docx, lalu impor berkas itu.</translation>
    </message>
    <message>
        <source>{name} is not a readable Word document: the file is damaged or incomplete.</source>
        <translation>{name} bukan dokumen Word yang dapat dibaca: berkasnya rusak atau tidak lengkap.</translation>
    </message>
    <message>
        <source>{name} was refused: it would unpack to {size} MB (limit {limit} MB), far more than a press statement. Files built like this are used to crash programs.</source>
        <translation>{name} ditolak: isinya akan mengembang menjadi {size} MB (batas {limit} MB), jauh melebihi siaran pers. Berkas seperti ini dipakai untuk merusak program.</translation>
    </message>
    <message>
        <source>{name} was refused: a part of it is compressed {ratio} times (limit {limit}), a sign of a file built to crash programs.</source>
        <translation>{name} ditolak: salah satu bagiannya dimampatkan {ratio} kali (batas {limit}), tanda berkas yang dibuat untuk merusak program.</translation>
    </message>
    <message>
        <source>{name} was refused: it holds {count} parts (limit {limit}).</source>
        <translation>{name} ditolak: berisi {count} bagian (batas {limit}).</translation>
    </message>
    <message>
        <source>{name} was refused: it holds {count} paragraphs or elements, more than a press statement ever has (limit {limit}).</source>
        <translation>{name} ditolak: berisi {count} paragraf atau elemen, lebih banyak daripada siaran pers mana pun (batas {limit}).</translation>
    </message>
    <message>
        <source>{name} was refused: it declares XML entities or a document type, a known trick to make programs run out of memory.</source>
        <translation>{name} ditolak: berkas ini mendeklarasikan entitas XML atau tipe dokumen, trik yang dikenal untuk menghabiskan memori program.</translation>
    </message>
    <message>
        <source>{name} took longer than {seconds} seconds to read and was stopped.</source>
        <translation>{name} butuh lebih dari {seconds} detik untuk dibaca dan dihentikan.</translation>
    </message>
    <message>
        <source>{name} needed more than {limit} MB of memory to read and was stopped.</source>
        <translation>{name} butuh memori lebih dari {limit} MB untuk dibaca dan dihentikan.</translation>
    </message>
    <message>
        <source>{name} could not be read: the reader stopped unexpectedly ({detail}).</source>
        <translation>{name} tidak dapat dibaca: pembaca berkas berhenti tanpa diduga ({detail}).</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {detail}</source>
        <translation>{name} tidak dapat dibuka: {detail}</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>bukan berkas biasa</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>susunannya bertingkat terlalu dalam</translation>
    </message>
    <message>
        <source>exit code {code}</source>
        <translation>kode keluar {code}</translation>
    </message>
    <message>
        <source>“{title}” is under embargo until {when}. Exporting it for distribution needs your confirmation.</source>
        <translation>“{title}” masih di bawah embargo hingga {when}. Ekspor untuk disebarluaskan memerlukan konfirmasi Anda.</translation>
    </message>
    <message>
        <source>“{title}” is under embargo until {when}. Exporting it for distribution needs confirmation (on the command line: --force-embargo).</source>
        <translation>“{title}” masih di bawah embargo hingga {when}. Ekspor untuk disebarluaskan memerlukan konfirmasi (di baris perintah: --force-embargo).</translation>
    </message>
    <message>
        <source>Unknown export format {format}; choose one of {formats}.</source>
        <translation>Format ekspor {format} tidak dikenal; pilih salah satu dari {formats}.</translation>
    </message>
    <message>
        <source>The export could not be written to {path}: {detail}</source>
        <translation>Hasil ekspor tidak dapat ditulis ke {path}: {detail}</translation>
    </message>
    <message>
        <source>empty output</source>
        <translation>hasilnya kosong</translation>
    </message>
    <message>
        <source>This library is encrypted, but the exported file will not be: anyone who gets the file can read it. Keep it somewhere safe and delete it when it is no longer needed.</source>
        <translation>Pustaka ini terenkripsi, tetapi berkas hasil ekspor tidak: siapa pun yang memperoleh berkas itu dapat membacanya. Simpan di tempat yang aman dan hapus bila tidak diperlukan lagi.</translation>
    </message>
    <message>
        <source>{path} is not encrypted; it has no passphrase to change.</source>
        <translation>{path} tidak terenkripsi; tidak ada frasa sandi yang dapat diganti.</translation>
    </message>
    <message>
        <source>{path} already exists; nothing was changed.</source>
        <translation>{path} sudah ada; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{name} is already in the library, as “{title}”; it was not imported again.</source>
        <translation>{name} sudah ada di pustaka sebagai “{title}”; berkas ini tidak diimpor lagi.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} tidak ada.</translation>
    </message>
    <message>
        <source>The import stopped after {imported} files were saved (listed): {reason} The files after them were not imported.</source>
        <translation>Impor berhenti setelah {imported} berkas tersimpan (tercantum di atas): {reason} Berkas sesudahnya tidak diimpor.</translation>
    </message>
    <message>
        <source>the disk is full. Free some space and import the rest again.</source>
        <translation>disk penuh. Kosongkan sebagian ruang, lalu impor sisanya lagi.</translation>
    </message>
    <message>
        <source>{path} is not a file but {kind}; only files are imported.</source>
        <translation>{path} bukan berkas, melainkan {kind}; hanya berkas yang diimpor.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {detail}</source>
        <translation>{path} tidak dapat dibaca: {detail}</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>sebuah pipa bernama (named pipe)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>sebuah soket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>sebuah perangkat</translation>
    </message>
    <message>
        <source>it is a link that leads back to itself.</source>
        <translation>tautan ini mengarah kembali ke dirinya sendiri.</translation>
    </message>
    <message>
        <source>it is a link to something that is not there.</source>
        <translation>tautan ini mengarah ke sesuatu yang tidak ada.</translation>
    </message>
    <message>
        <source>The library {path} is in a {service} folder. Sync tools copy the file while HumasDesk is still writing it, which can damage the library. Keep the library in a local folder; copies of its backups may go to the synced folder.</source>
        <translation>Pustaka {path} berada di folder {service}. Aplikasi sinkronisasi menyalin berkas ketika HumasDesk masih menulisnya, dan hal ini dapat merusak pustaka. Simpan pustaka di folder lokal; salinan cadangannya boleh ditaruh di folder yang disinkronkan.</translation>
    </message>
    <message>
        <source>The library {path} is on a network share. Network folders can lose the locks that keep two writers apart, and a dropped connection mid-save can damage the library. Keep the library on this computer's own disk.</source>
        <translation>Pustaka {path} berada di folder jaringan. Folder jaringan dapat kehilangan kunci yang mencegah dua penulis bekerja bersamaan, dan koneksi yang terputus saat menyimpan dapat merusak pustaka. Simpan pustaka di disk komputer ini sendiri.</translation>
    </message>
    <message>
        <source>{path} is not a HumasDesk pack: {detail}</source>
        <translation>{path} bukan paket HumasDesk: {detail}</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>berkas tidak ditemukan</translation>
    </message>
    <message>
        <source>not a pack file</source>
        <translation>bukan berkas paket</translation>
    </message>
    <message>
        <source>no version</source>
        <translation>versinya tidak tercantum</translation>
    </message>
    <message>
        <source>the checksum does not match (damaged or edited)</source>
        <translation>checksum tidak cocok (berkas rusak atau telah diubah)</translation>
    </message>
    <message>
        <source>no {key} list</source>
        <translation>daftar {key} tidak ada</translation>
    </message>
    <message>
        <source>{path} was made by a newer HumasDesk (pack version {found}); update HumasDesk to import it.</source>
        <translation>{path} dibuat oleh HumasDesk yang lebih baru (versi paket {found}); perbarui HumasDesk untuk mengimpornya.</translation>
    </message>
    <message>
        <source>template</source>
        <translation>templat</translation>
    </message>
    <message>
        <source>Unknown office details: {names}</source>
        <translation>Data kantor tidak dikenal: {names}</translation>
    </message>
    <message>
        <source>The numbering pattern cannot be used ({detail}). Use {{n}}, {{n:03d}}, {{month_roman}}, {{month}}, {{year}} and {{office_short}}.</source>
        <translation>Pola penomoran tidak dapat dipakai ({detail}). Gunakan {{n}}, {{n:03d}}, {{month_roman}}, {{month}}, {{year}} dan {{office_short}}.</translation>
    </message>
    <message>
        <source>Unknown settings: {names}</source>
        <translation>Pengaturan tidak dikenal: {names}</translation>
    </message>
    <message>
        <source>{key} must be a whole number, not '{value}'.</source>
        <translation>{key} harus berupa bilangan bulat, bukan '{value}'.</translation>
    </message>
    <message>
        <source>The time zone must be WIB, WITA or WIT, not '{value}'.</source>
        <translation>Zona waktu harus WIB, WITA, atau WIT, bukan '{value}'.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({detail}).</source>
        <translation>{path} tidak dapat dibaca ({detail}).</translation>
    </message>
    <message>
        <source>{path} is not a file of reports: give .txt or .csv files, or folders of them.</source>
        <translation>{path} bukan berkas laporan: gunakan berkas .txt atau .csv, atau folder berisi berkas tersebut.</translation>
    </message>
    <message>
        <source>The playbook {file} cannot be used: {problem}</source>
        <translation>Panduan krisis {file} tidak dapat digunakan: {problem}</translation>
    </message>
    <message>
        <source>the id "{id}" may hold only lower-case letters, digits, - and _.</source>
        <translation>id "{id}" hanya boleh berisi huruf kecil, angka, - dan _.</translation>
    </message>
    <message>
        <source>Updates can be due every 2, 4, 12 or 24 hours, or at a set time.</source>
        <translation>Pembaruan dapat dijadwalkan setiap 2, 4, 12, atau 24 jam, atau pada waktu tertentu.</translation>
    </message>
    <message>
        <source>group of reports</source>
        <translation>kelompok laporan</translation>
    </message>
    <message>
        <source>Choose some of the group's reports to split off, not all of them.</source>
        <translation>Pilih sebagian laporan dalam kelompok untuk dipisahkan, jangan semuanya.</translation>
    </message>
    <message>
        <source>Choose at least two groups to merge.</source>
        <translation>Pilih sedikitnya dua kelompok untuk digabungkan.</translation>
    </message>
    <message>
        <source>“{title}” cannot be laid out as pages: it is {length} characters long, and pages hold at most {limit}. Export it as Word (.docx) or text instead.</source>
        <translation>“{title}” tidak dapat ditata menjadi halaman: panjangnya {length} karakter, sedangkan halaman menampung paling banyak {limit}. Ekspor sebagai Word (.docx) atau teks saja.</translation>
    </message>
    <message>
        <source>“{title}” cannot be laid out as pages: it holds a run of over {limit} characters without a space. Export it as Word (.docx) or text instead.</source>
        <translation>“{title}” tidak dapat ditata menjadi halaman: ada deretan lebih dari {limit} karakter tanpa spasi. Ekspor sebagai Word (.docx) atau teks saja.</translation>
    </message>
    <message>
        <source>A backup cannot be written over the library itself ({path}). Choose another file.</source>
        <translation>Cadangan tidak dapat ditulis menimpa pustaka itu sendiri ({path}). Pilih berkas lain.</translation>
    </message>
    <message>
        <source>unknown field {name}</source>
        <translation>isian {name} tidak dikenal</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Subjudul</translation>
    </message>
    <message>
        <source>Dateline city</source>
        <translation>Kota dateline</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason for withdrawal</source>
        <translation>Alasan penarikan</translation>
    </message>
    <message>
        <source>Embargo</source>
        <translation>Embargo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Teras berita</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Tentang</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Narahubung</translation>
    </message>
    <message>
        <source>The two revisions are the same.</source>
        <translation>Kedua revisi sama.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Dalam tinjauan</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Diterbitkan</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ditarik</translation>
    </message>
    <message>
        <source>Approved line</source>
        <translation>Pernyataan disetujui</translation>
    </message>
    <message>
        <source>Use with care</source>
        <translation>Gunakan dengan hati-hati</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Tidak dipakai lagi</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Digantikan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Bahasa Inggris</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Apa yang terjadi</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Mengapa penting</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Langkah selanjutnya</translation>
    </message>
    <message>
        <source>The situation</source>
        <translation>Situasi</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Tindakan yang diambil</translation>
    </message>
    <message>
        <source>Time of the next update</source>
        <translation>Waktu pembaruan berikutnya</translation>
    </message>
    <message>
        <source>The claim</source>
        <translation>Klaim</translation>
    </message>
    <message>
        <source>The claim in a few words</source>
        <translation>Klaim secara singkat</translation>
    </message>
    <message>
        <source>The facts</source>
        <translation>Fakta</translation>
    </message>
    <message>
        <source>Official channels</source>
        <translation>Kanal resmi</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Kutipan</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Narasumber</translation>
    </message>
    <message>
        <source>Speaker's position</source>
        <translation>Jabatan narasumber</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Nama instansi</translation>
    </message>
    <message>
        <source>Office short name</source>
        <translation>Nama singkat instansi</translation>
    </message>
    <message>
        <source>Office address</source>
        <translation>Alamat instansi</translation>
    </message>
    <message>
        <source>Dateline city</source>
        <translation>Kota dateline</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Situs web</translation>
    </message>
    <message>
        <source>About the office</source>
        <translation>Tentang instansi</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Narahubung</translation>
    </message>
    <message>
        <source>Contact's position</source>
        <translation>Jabatan narahubung</translation>
    </message>
    <message>
        <source>Contact's phone</source>
        <translation>Telepon narahubung</translation>
    </message>
    <message>
        <source>Contact's e-mail</source>
        <translation>Surel narahubung</translation>
    </message>
    <message>
        <source>Where the public reports hoaxes</source>
        <translation>Kanal aduan hoaks bagi masyarakat</translation>
    </message>
</context>
<context>
    <name>packs</name>
    <message>
        <source>words</source>
        <translation>kata-kata</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>narasumber</translation>
    </message>
    <message>
        <source>speaker record</source>
        <translation>data narasumber</translation>
    </message>
    <message>
        <source>role</source>
        <translation>jabatan</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>instansi</translation>
    </message>
    <message>
        <source>date</source>
        <translation>tanggal</translation>
    </message>
    <message>
        <source>language</source>
        <translation>bahasa</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>replaced by</source>
        <translation>diganti oleh</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>topics</source>
        <translation>topik</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>short name</source>
        <translation>nama singkat</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>jabatan</translation>
    </message>
    <message>
        <source>Export approved quotes as a pack</source>
        <translation>Ekspor kutipan yang disetujui sebagai paket</translation>
    </message>
    <message>
        <source>Pack exported</source>
        <translation>Paket diekspor</translation>
    </message>
    <message>
        <source>{quotes} quotes and {people} speakers written to {path}.</source>
        <translation>{quotes} kutipan dan {people} narasumber ditulis ke {path}.</translation>
    </message>
    <message>
        <source>Import a pack of approved quotes</source>
        <translation>Impor paket kutipan yang disetujui</translation>
    </message>
    <message>
        <source>Pack imported</source>
        <translation>Paket diimpor</translation>
    </message>
    <message>
        <source>{quotes} new quotes and {people} new speakers added; {taken} replaced by the pack's version; {kept} kept as yours; {same} already the same.</source>
        <translation>{quotes} kutipan baru dan {people} narasumber baru ditambahkan; {taken} diganti dengan versi paket; {kept} tetap versi Anda; {same} sudah sama.</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Belum yakin</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Steps complete</source>
        <translation>Langkah selesai</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Perubahan terakhir</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Daftar periksa</translation>
    </message>
    <message>
        <source>The risk has not been assessed yet.</source>
        <translation>Risiko belum dinilai.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Diputuskan oleh</translation>
    </message>
    <message>
        <source>No decision has been recorded yet.</source>
        <translation>Belum ada keputusan yang dicatat.</translation>
    </message>
    <message>
        <source>Situation brief</source>
        <translation>Ringkasan situasi</translation>
    </message>
    <message>
        <source>Case report</source>
        <translation>Laporan kasus</translation>
    </message>
    <message>
        <source>Prepared {date} with HumasDesk {version}</source>
        <translation>Disusun {date} dengan HumasDesk {version}</translation>
    </message>
    <message>
        <source>The claim</source>
        <translation>Klaim</translation>
    </message>
    <message>
        <source>So what</source>
        <translation>Apa artinya bagi kita</translation>
    </message>
    <message>
        <source>The facts</source>
        <translation>Fakta</translation>
    </message>
    <message>
        <source>Reach and trend</source>
        <translation>Jangkauan dan tren</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Terakhir</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tren</translation>
    </message>
    <message>
        <source>Risk and decision</source>
        <translation>Risiko dan keputusan</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Tanggapan</translation>
    </message>
    <message>
        <source>The claim as first reported</source>
        <translation>Klaim sebagaimana pertama kali dilaporkan</translation>
    </message>
    <message>
        <source>Step complete.</source>
        <translation>Langkah lengkap.</translation>
    </message>
    <message>
        <source>Still missing: {questions}</source>
        <translation>Masih kurang: {questions}</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>Pesan kunci</translation>
    </message>
    <message>
        <source>Statements made from this case</source>
        <translation>Siaran pers yang dibuat dari kasus ini</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Kronologi</translation>
    </message>
    <message>
        <source>key event</source>
        <translation>peristiwa penting</translation>
    </message>
    <message>
        <source>released</source>
        <translation>dirilis</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>What happened or was done</source>
        <translation>Apa yang terjadi atau dilakukan</translation>
    </message>
    <message>
        <source>By whom</source>
        <translation>Oleh siapa</translation>
    </message>
    <message>
        <source>No timeline entries yet.</source>
        <translation>Belum ada catatan kronologi.</translation>
    </message>
</context>
<context>
    <name>risk</name>
    <message>
        <source>Impact is the highest of the impact scores. Risk score = likelihood × impact. {high} or more: high priority; {medium} to {below_high}: medium; below {medium}: low.</source>
        <translation>Dampak adalah nilai tertinggi dari skor-skor dampak. Skor risiko = kemungkinan × dampak. {high} atau lebih: prioritas tinggi; {medium} sampai {below_high}: sedang; di bawah {medium}: rendah.</translation>
    </message>
    <message>
        <source>This office's priority rule (not part of RESIST)</source>
        <translation>Aturan prioritas kantor ini (bukan bagian dari RESIST)</translation>
    </message>
    <message>
        <source>Likelihood {likelihood} × impact {impact} = risk score {score}: {priority} priority.</source>
        <translation>Kemungkinan {likelihood} × dampak {impact} = skor risiko {score}: prioritas {priority}.</translation>
    </message>
    <message>
        <source>An impact of {impact} makes it at least {priority} priority.</source>
        <translation>Dampak bernilai {impact} menjadikannya sekurang-kurangnya prioritas {priority}.</translation>
    </message>
    <message>
        <source>Harm could come {urgency}: raised to {priority} priority.</source>
        <translation>Kerugian dapat terjadi {urgency}: dinaikkan menjadi prioritas {priority}.</translation>
    </message>
    <message>
        <source>within hours</source>
        <translation>dalam hitungan jam</translation>
    </message>
    <message>
        <source>within days</source>
        <translation>dalam hitungan hari</translation>
    </message>
    <message>
        <source>within weeks</source>
        <translation>dalam hitungan minggu</translation>
    </message>
    <message>
        <source>Likelihood {likelihood} × impact {impact} = risk score {score} ({priority} by the score).</source>
        <translation>Kemungkinan {likelihood} × dampak {impact} = skor risiko {score} ({priority} menurut skor).</translation>
    </message>
    <message>
        <source>Priority: {priority}.</source>
        <translation>Prioritas: {priority}.</translation>
    </message>
    <message>
        <source>Give the likelihood and at least one impact score to compute the priority.</source>
        <translation>Isi kemungkinan dan sedikitnya satu skor dampak untuk menghitung prioritas.</translation>
    </message>
    <message>
        <source>high</source>
        <translation>tinggi</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>sedang</translation>
    </message>
    <message>
        <source>low</source>
        <translation>rendah</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <source>Most relevant first</source>
        <translation>Paling relevan</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Terbaru</translation>
    </message>
    <message>
        <source>Order of the search results</source>
        <translation>Urutan hasil pencarian</translation>
    </message>
</context>
<context>
    <name>statements</name>
    <message>
        <source>Statement under embargo</source>
        <translation>Siaran pers dalam masa embargo</translation>
    </message>
    <message>
        <source>“{title}” is under embargo until {when}. Export it for distribution anyway? Your choice is written to the audit log.</source>
        <translation>“{title}” masih dalam masa embargo sampai {when}. Tetap ekspor untuk disebarkan? Pilihan Anda dicatat di log audit.</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <source>Press statement</source>
        <translation>Siaran pers</translation>
    </message>
    <message>
        <source>Hoax clarification</source>
        <translation>Klarifikasi hoaks</translation>
    </message>
    <message>
        <source>Holding statement</source>
        <translation>Pernyataan sementara</translation>
    </message>
    <message>
        <source>The house format for announcing a programme, a decision or an event.</source>
        <translation>Format baku untuk mengumumkan program, keputusan, atau kegiatan.</translation>
    </message>
    <message>
        <source>Answers a hoax: the claim, the facts, and where to check them.</source>
        <translation>Menjawab hoaks: klaimnya, faktanya, dan tempat memeriksanya.</translation>
    </message>
    <message>
        <source>A first word in a crisis, while facts are checked: what is known, what is done, when more will follow.</source>
        <translation>Pernyataan awal saat krisis, selagi fakta diperiksa: apa yang diketahui, apa yang dilakukan, dan kapan informasi berikutnya disampaikan.</translation>
    </message>
</context>
</TS>
