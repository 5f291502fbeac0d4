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
    <name>ConsistencyPanel</name>
    <message>
        <source>Use library wording</source>
        <translation>Pakai kata-kata pustaka</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Periksa lagi</translation>
    </message>
    <message>
        <source>Differs from the library's wording ({similarity}% alike). {speaker} said: “{expected}”</source>
        <translation>Berbeda dari kata-kata di pustaka ({similarity}% mirip). {speaker} mengatakan: “{expected}”</translation>
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
        <source>Reused</source>
        <translation>Dipakai ulang</translation>
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
        <source>Which quote replaces it?</source>
        <translation>Kutipan mana yang menggantikannya?</translation>
    </message>
</context>
<context>
    <name>ReviewQueueView</name>
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
        <source>From: {title} ({date})</source>
        <translation>Dari: {title} ({date})</translation>
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
        <source>{path} is not a HumasDesk pack: {detail}</source>
        <translation>{path} bukan paket HumasDesk: {detail}</translation>
    </message>
    <message>
        <source>{path} was made by a newer HumasDesk (pack version {found}); update HumasDesk to import it.</source>
        <translation>{path} dibuat oleh HumasDesk yang lebih baru (versi paket {found}); perbarui HumasDesk untuk mengimpornya.</translation>
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
</TS>
