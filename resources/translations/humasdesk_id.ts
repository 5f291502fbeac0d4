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
    <name>NewFromTemplateDialog</name>
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
        <source>{count} found, most relevant first</source>
        <translation>{count} ditemukan, paling relevan di atas</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer words, or clear the filters.</source>
        <translation>Tidak ditemukan. Coba kata yang lebih sedikit, atau hapus filter.</translation>
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
        <source>template</source>
        <translation>templat</translation>
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
</context>
<context>
    <name>statements</name>
    <message>
        <source>Until {when}</source>
        <translation>Sampai {when}</translation>
    </message>
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
