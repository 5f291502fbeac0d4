<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
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
        <source>Remember on this computer (in the system keyring)</source>
        <translation>Ingat di komputer ini (di keyring sistem)</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep it in.</source>
        <translation>Komputer ini tidak memiliki keyring untuk menyimpannya.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
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
    <name>SafetyController</name>
    <message>
        <source>Bac&amp;kups…</source>
        <translation>Ca&amp;dangan…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Ganti &amp;frasa sandi…</translation>
    </message>
    <message>
        <source>&amp;Encrypt library…</source>
        <translation>&amp;Enkripsi pustaka…</translation>
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
        <source>Encrypted library</source>
        <translation>Pustaka terenkripsi</translation>
    </message>
    <message>
        <source>The library and its backups are now encrypted. Keep the passphrase safe: without it nobody can open them. Files you export are not encrypted.</source>
        <translation>Pustaka dan cadangannya kini terenkripsi. Simpan frasa sandi baik-baik: tanpa frasa sandi tidak seorang pun dapat membukanya. Berkas yang Anda ekspor tidak terenkripsi.</translation>
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
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Passphrase for {path}: </source>
        <translation>Frasa sandi untuk {path}: </translation>
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
        <source>{path} is not encrypted; use 'humasdesk encrypt' first.</source>
        <translation>{path} tidak terenkripsi; jalankan 'humasdesk encrypt' terlebih dahulu.</translation>
    </message>
    <message>
        <source>Passphrase changed for {path} (and {backups} of its backups).</source>
        <translation>Frasa sandi {path} telah diganti (beserta {backups} cadangannya).</translation>
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
        <source>This library is encrypted, but the exported file will not be: anyone who gets the file can read it. Keep it somewhere safe and delete it when it is no longer needed.</source>
        <translation>Pustaka ini terenkripsi, tetapi berkas hasil ekspor tidak: siapa pun yang memperoleh berkas itu dapat membacanya. Simpan di tempat yang aman dan hapus bila tidak diperlukan lagi.</translation>
    </message>
    <message>
        <source>The library {path} is in a {service} folder. Sync tools copy the file while HumasDesk is still writing it, which can damage the library. Keep the library in a local folder; copies of its backups may go to the synced folder.</source>
        <translation>Pustaka {path} berada di folder {service}. Aplikasi sinkronisasi menyalin berkas ketika HumasDesk masih menulisnya, dan hal ini dapat merusak pustaka. Simpan pustaka di folder lokal; salinan cadangannya boleh ditaruh di folder yang disinkronkan.</translation>
    </message>
    <message>
        <source>The library {path} is on a network share. Network folders can lose the locks that keep two writers apart, and a dropped connection mid-save can damage the library. Keep the library on this computer's own disk.</source>
        <translation>Pustaka {path} berada di folder jaringan. Folder jaringan dapat kehilangan kunci yang mencegah dua penulis bekerja bersamaan, dan koneksi yang terputus saat menyimpan dapat merusak pustaka. Simpan pustaka di disk komputer ini sendiri.</translation>
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
