<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
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
        <source>Steps worked</source>
        <translation>Langkah dikerjakan</translation>
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
        <source>Copied for WhatsApp: paste it into a chat.</source>
        <translation>Disalin untuk WhatsApp: tempelkan ke percakapan.</translation>
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
        <source>Select a statement in the list first.</source>
        <translation>Pilih dulu siaran pers di daftar.</translation>
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
    <name>PrintPreview</name>
    <message>
        <source>Print preview: {title}</source>
        <translation>Pratinjau cetak: {title}</translation>
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
        <source>Exported to {path}</source>
        <translation>Diekspor ke {path}</translation>
    </message>
    <message>
        <source>Imported {path}: {title} ({quotes} quotes)</source>
        <translation>Diimpor {path}: {title} ({quotes} kutipan)</translation>
    </message>
    <message>
        <source>Skipped {path}: {reason}</source>
        <translation>Dilewati {path}: {reason}</translation>
    </message>
    <message>
        <source>{imported} imported, {duplicates} already in the library, {refused} refused.</source>
        <translation>{imported} diimpor, {duplicates} sudah ada di pustaka, {refused} ditolak.</translation>
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
        <source>{name} is already in the library, as “{title}”; it was not imported again.</source>
        <translation>{name} sudah ada di pustaka sebagai “{title}”; berkas ini tidak diimpor lagi.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} tidak ada.</translation>
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
</TS>
