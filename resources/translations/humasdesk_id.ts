<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
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
        <translation>Hoaks dan krisis yang ditangani langkah demi langkah: kenali, peringatan dini, wawasan situasi, dampak, komunikasi strategis, pelacakan.</translation>
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
        <source>Creates a new draft press statement linked to this case, filled from the claim, the facts, the channels and the approved quotes chosen above. What the case does not know stays as {placeholders} to fill in.</source>
        <translation>Membuat draf siaran pers baru yang terhubung dengan kasus ini, diisi dari klaim, fakta, kanal, dan kutipan disetujui yang dipilih di atas. Bagian yang belum diketahui tetap tampil sebagai {placeholder} untuk dilengkapi.</translation>
    </message>
    <message>
        <source>Clarification (debunk)</source>
        <translation>Klarifikasi (bantahan)</translation>
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
        <translation>&amp;Bantuan</translation>
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
        <translation>Pustaka &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Open library…</source>
        <translation>&amp;Buka pustaka…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Cadangkan sekarang</translation>
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
        <source>{name} · {statements} statements · {quotes} quotes · {cases} cases</source>
        <translation>{name} · {statements} siaran pers · {quotes} kutipan · {cases} kasus</translation>
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
        <source>Backup written: {path}</source>
        <translation>Cadangan ditulis: {path}</translation>
    </message>
    <message>
        <source>About HumasDesk</source>
        <translation>Tentang HumasDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;HumasDesk {version}&lt;/h3&gt;&lt;p&gt;Press statements, a quote library and RESIST disinformation cases for government communicators, offline.&lt;/p&gt;&lt;p&gt;Library: {path}&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later. Qt {qt} (LGPL-3.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;HumasDesk {version}&lt;/h3&gt;&lt;p&gt;Siaran pers, pustaka kutipan, dan kasus disinformasi RESIST untuk humas pemerintah, tanpa internet.&lt;/p&gt;&lt;p&gt;Pustaka: {path}&lt;/p&gt;&lt;p&gt;Lisensi: GPL-3.0-or-later. Qt {qt} (LGPL-3.0).&lt;/p&gt;</translation>
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
        <source>Press statements</source>
        <translation>Siaran Pers</translation>
    </message>
    <message>
        <source>Every statement your office drafted or issued, newest first.</source>
        <translation>Semua siaran pers yang disusun atau diterbitkan kantor Anda, terbaru di atas.</translation>
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
    <name>app</name>
    <message>
        <source>Open a new empty library</source>
        <translation>Buka pustaka baru yang kosong</translation>
    </message>
</context>
<context>
    <name>cli</name>
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
        <source>case</source>
        <translation>kasus</translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation>Kasus memerlukan judul.</translation>
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
        <source>statement</source>
        <translation>siaran pers</translation>
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
        <source>Likelihood {likelihood} × impact {impact} = risk score {score}: {priority} priority.</source>
        <translation>Kemungkinan {likelihood} × dampak {impact} = skor risiko {score}: prioritas {priority}.</translation>
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
</TS>
