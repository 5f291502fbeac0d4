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
        <source>Switch module: Ctrl+1, Ctrl+2, Ctrl+3</source>
        <translation>Pindah modul: Ctrl+1, Ctrl+2, Ctrl+3</translation>
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
        <source>{module}: list</source>
        <translation>{module}: daftar</translation>
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
        <source>Preferences saved.</source>
        <translation>Preferensi disimpan.</translation>
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
        <translation>Kop Surat</translation>
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
        <source>Contact's &amp;phone:</source>
        <translation>&amp;Telepon narahubung:</translation>
    </message>
    <message>
        <source>Contact's &amp;e-mail:</source>
        <translation>Sur&amp;el narahubung:</translation>
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
        <source>The numbering pattern cannot be used ({detail}). Use {{n}}, {{n:03d}}, {{month_roman}}, {{month}}, {{year}} and {{office_short}}.</source>
        <translation>Pola penomoran tidak dapat dipakai ({detail}). Gunakan {{n}}, {{n:03d}}, {{month_roman}}, {{month}}, {{year}} dan {{office_short}}.</translation>
    </message>
    <message>
        <source>{key} must be a whole number, not '{value}'.</source>
        <translation>{key} harus berupa bilangan bulat, bukan '{value}'.</translation>
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
