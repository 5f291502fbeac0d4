<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CasesView</name>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Steps worked</source>
        <translation>Steps worked</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>RESIST cases</source>
        <translation>RESIST cases</translation>
    </message>
    <message>
        <source>Hoaxes and crises worked step by step: recognise, early warning, situational insight, impact, strategic communication, tracking.</source>
        <translation>Hoaxes and crises worked step by step: recognise, early warning, situational insight, impact, strategic communication, tracking.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export statements</source>
        <translation>Export statements</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>{count} statements, one file each, into a folder.</source>
        <translation>{count} statements, one file each, into a folder.</translation>
    </message>
    <message>
        <source>Word document with letterhead (.docx)</source>
        <translation>Word document with letterhead (.docx)</translation>
    </message>
    <message>
        <source>PDF with letterhead (.pdf)</source>
        <translation>PDF with letterhead (.pdf)</translation>
    </message>
    <message>
        <source>Markdown for the website (.md)</source>
        <translation>Markdown for the website (.md)</translation>
    </message>
    <message>
        <source>Plain text (.txt)</source>
        <translation>Plain text (.txt)</translation>
    </message>
    <message>
        <source>WhatsApp text (.txt)</source>
        <translation>WhatsApp text (.txt)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>{count} of these statements are under embargo. Exporting them for distribution is recorded in the audit log.</source>
        <translation>{count} of these statements are under embargo. Exporting them for distribution is recorded in the audit log.</translation>
    </message>
    <message>
        <source>This statement is under embargo until {when}. Exporting it for distribution is recorded in the audit log.</source>
        <translation>This statement is under embargo until {when}. Exporting it for distribution is recorded in the audit log.</translation>
    </message>
    <message>
        <source>I confirm the export despite the embargo</source>
        <translation>I confirm the export despite the embargo</translation>
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
        <translation>File:</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Export to folder</translation>
    </message>
    <message>
        <source>Copied for WhatsApp: paste it into a chat.</source>
        <translation>Copied for WhatsApp: paste it into a chat.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import statements</source>
        <translation>Import statements</translation>
    </message>
    <message>
        <source>Preparing the import…</source>
        <translation>Preparing the import…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Importing {done} of {total}: {file}</source>
        <translation>Importing {done} of {total}: {file}</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Stopping after the current file…</translation>
    </message>
    <message>
        <source>The import stopped.</source>
        <translation>The import stopped.</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import cancelled.</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Import finished.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{imported}&lt;/b&gt; imported ({quotes} quotes found for review), &lt;b&gt;{duplicates}&lt;/b&gt; already in the library, &lt;b&gt;{refused}&lt;/b&gt; skipped.</source>
        <translation>&lt;b&gt;{imported}&lt;/b&gt; imported ({quotes} quotes found for review), &lt;b&gt;{duplicates}&lt;/b&gt; already in the library, &lt;b&gt;{refused}&lt;/b&gt; skipped.</translation>
    </message>
    <message>
        <source>Imported: {title}</source>
        <translation>Imported: {title}</translation>
    </message>
    <message>
        <source>Press releases ({patterns})</source>
        <translation>Press releases ({patterns})</translation>
    </message>
    <message>
        <source>Import a folder of releases</source>
        <translation>Import a folder of releases</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No other recent library</source>
        <translation>No other recent library</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Recent libraries</source>
        <translation>Recent libraries</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;New library…</source>
        <translation>&amp;New library…</translation>
    </message>
    <message>
        <source>&amp;Open library…</source>
        <translation>&amp;Open library…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>Import a &amp;folder…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Copy for &amp;WhatsApp</source>
        <translation>Copy for &amp;WhatsApp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About HumasDesk</source>
        <translation>&amp;About HumasDesk</translation>
    </message>
    <message>
        <source>Press statements</source>
        <translation>Press statements</translation>
    </message>
    <message>
        <source>Quote library</source>
        <translation>Quote library</translation>
    </message>
    <message>
        <source>RESIST cases</source>
        <translation>RESIST cases</translation>
    </message>
    <message>
        <source>{name} · {statements} statements · {quotes} quotes · {cases} cases</source>
        <translation>{name} · {statements} statements · {quotes} quotes · {cases} cases</translation>
    </message>
    <message>
        <source>Sample data added.</source>
        <translation>Sample data added.</translation>
    </message>
    <message>
        <source>New library</source>
        <translation>New library</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Open library</translation>
    </message>
    <message>
        <source>Select a statement in the list first.</source>
        <translation>Select a statement in the list first.</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Backup written: {path}</translation>
    </message>
    <message>
        <source>About HumasDesk</source>
        <translation>About HumasDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;HumasDesk {version}&lt;/h3&gt;&lt;p&gt;Press statements, a quote library and RESIST disinformation cases for government communicators, offline.&lt;/p&gt;&lt;p&gt;Library: {path}&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later. Qt {qt} (LGPL-3.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;HumasDesk {version}&lt;/h3&gt;&lt;p&gt;Press statements, a quote library and RESIST disinformation cases for government communicators, offline.&lt;/p&gt;&lt;p&gt;Library: {path}&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later. Qt {qt} (LGPL-3.0).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print preview: {title}</source>
        <translation>Print preview: {title}</translation>
    </message>
</context>
<context>
    <name>QuotesView</name>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Role at the time</source>
        <translation>Role at the time</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Quote library</source>
        <translation>Quote library</translation>
    </message>
    <message>
        <source>What was already said officially: who said it, in which role, and when.</source>
        <translation>What was already said officially: who said it, in which role, and when.</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <source>This library is empty. Add the sample data (a dozen press statements, their quotes and speakers, and a RESIST case) to see every module at work?</source>
        <translation>This library is empty. Add the sample data (a dozen press statements, their quotes and speakers, and a RESIST case) to see every module at work?</translation>
    </message>
    <message>
        <source>Add sample data</source>
        <translation>Add sample data</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Start empty</translation>
    </message>
</context>
<context>
    <name>StatementsView</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Press statements</source>
        <translation>Press statements</translation>
    </message>
    <message>
        <source>Every statement your office drafted or issued, newest first.</source>
        <translation>Every statement your office drafted or issued, newest first.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Open a new empty library</source>
        <translation>Open a new empty library</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Error: {message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <source>Internal error: {error}. Details were written to {log}.</source>
        <translation>Internal error: {error}. Details were written to {log}.</translation>
    </message>
    <message>
        <source>The library {path} already has records; sample data not added.</source>
        <translation>The library {path} already has records; sample data not added.</translation>
    </message>
    <message>
        <source>Sample data added: {statements} statements, {quotes} quotes, {cases} cases.</source>
        <translation>Sample data added: {statements} statements, {quotes} quotes, {cases} cases.</translation>
    </message>
    <message>
        <source>Library ready: {path}</source>
        <translation>Library ready: {path}</translation>
    </message>
    <message>
        <source>Library created: {path}</source>
        <translation>Library created: {path}</translation>
    </message>
    <message>
        <source>OK: {path} (schema {version}; {statements} statements, {quotes} quotes, {cases} cases)</source>
        <translation>OK: {path} (schema {version}; {statements} statements, {quotes} quotes, {cases} cases)</translation>
    </message>
    <message>
        <source>Damaged: {path}: {problems}</source>
        <translation>Damaged: {path}: {problems}</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Backup written: {path}</translation>
    </message>
    <message>
        <source>Restored {source} into {path}; the previous file was kept as {aside}.</source>
        <translation>Restored {source} into {path}; the previous file was kept as {aside}.</translation>
    </message>
    <message>
        <source>{count} screenshots written to {outdir}</source>
        <translation>{count} screenshots written to {outdir}</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <source>Imported {path}: {title} ({quotes} quotes)</source>
        <translation>Imported {path}: {title} ({quotes} quotes)</translation>
    </message>
    <message>
        <source>Skipped {path}: {reason}</source>
        <translation>Skipped {path}: {reason}</translation>
    </message>
    <message>
        <source>{imported} imported, {duplicates} already in the library, {refused} refused.</source>
        <translation>{imported} imported, {duplicates} already in the library, {refused} refused.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Something went wrong.</translation>
    </message>
    <message>
        <source>No library at {path}. Create one with 'humasdesk init'.</source>
        <translation>No library at {path}. Create one with 'humasdesk init'.</translation>
    </message>
    <message>
        <source>{path} is not a HumasDesk library.</source>
        <translation>{path} is not a HumasDesk library.</translation>
    </message>
    <message>
        <source>{path} was written by a newer HumasDesk (schema version {found}); this version knows schema version {known}. Update HumasDesk to open it. The file was not changed.</source>
        <translation>{path} was written by a newer HumasDesk (schema version {found}); this version knows schema version {known}. Update HumasDesk to open it. The file was not changed.</translation>
    </message>
    <message>
        <source>The library {path} is damaged: {detail}</source>
        <translation>The library {path} is damaged: {detail}</translation>
    </message>
    <message>
        <source>The library {path} is busy in another HumasDesk window or program. Try again in a moment, or close the other one.</source>
        <translation>The library {path} is busy in another HumasDesk window or program. Try again in a moment, or close the other one.</translation>
    </message>
    <message>
        <source>The library {path} cannot be written: the file or its folder is read-only.</source>
        <translation>The library {path} cannot be written: the file or its folder is read-only.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed in {path}. Free some space and try again.</source>
        <translation>The disk is full; nothing was changed in {path}. Free some space and try again.</translation>
    </message>
    <message>
        <source>No {kind} with id {id}.</source>
        <translation>No {kind} with id {id}.</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>case</source>
        <translation>case</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>quote</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>statement</translation>
    </message>
    <message>
        <source>HumasDesk</source>
        <translation>HumasDesk</translation>
    </message>
    <message>
        <source>HumasDesk: unexpected error</source>
        <translation>HumasDesk: unexpected error</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your saved work is safe. Details were written to {log}.</source>
        <translation>Something unexpected went wrong. Your saved work is safe. Details were written to {log}.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>{name} is {size} MB; a press statement file can be at most {limit} MB. It was not imported.</source>
        <translation>{name} is {size} MB; a press statement file can be at most {limit} MB. It was not imported.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} is empty.</translation>
    </message>
    <message>
        <source>{name} holds no statement text.</source>
        <translation>{name} holds no statement text.</translation>
    </message>
    <message>
        <source>{name} is not a text file: its content is binary data with a {suffix} name.</source>
        <translation>{name} is not a text file: its content is binary data with a {suffix} name.</translation>
    </message>
    <message>
        <source>{name}: HumasDesk imports .txt, .md, .docx and .html files, not {suffix}.</source>
        <translation>{name}: HumasDesk imports .txt, .md, .docx and .html files, not {suffix}.</translation>
    </message>
    <message>
        <source>{name} is in the old Word format (.doc). Open it in Word or LibreOffice, save it as .docx and import that.</source>
        <translation>{name} is in the old Word format (.doc). Open it in Word or LibreOffice, save it as .docx and import that.</translation>
    </message>
    <message>
        <source>{name} is not a readable Word document: the file is damaged or incomplete.</source>
        <translation>{name} is not a readable Word document: the file is damaged or incomplete.</translation>
    </message>
    <message>
        <source>{name} was refused: it would unpack to {size} MB (limit {limit} MB), far more than a press statement. Files built like this are used to crash programs.</source>
        <translation>{name} was refused: it would unpack to {size} MB (limit {limit} MB), far more than a press statement. Files built like this are used to crash programs.</translation>
    </message>
    <message>
        <source>{name} was refused: a part of it is compressed {ratio} times (limit {limit}), a sign of a file built to crash programs.</source>
        <translation>{name} was refused: a part of it is compressed {ratio} times (limit {limit}), a sign of a file built to crash programs.</translation>
    </message>
    <message>
        <source>{name} was refused: it holds {count} parts (limit {limit}).</source>
        <translation>{name} was refused: it holds {count} parts (limit {limit}).</translation>
    </message>
    <message>
        <source>{name} was refused: it holds {count} paragraphs or elements, more than a press statement ever has (limit {limit}).</source>
        <translation>{name} was refused: it holds {count} paragraphs or elements, more than a press statement ever has (limit {limit}).</translation>
    </message>
    <message>
        <source>{name} was refused: it declares XML entities or a document type, a known trick to make programs run out of memory.</source>
        <translation>{name} was refused: it declares XML entities or a document type, a known trick to make programs run out of memory.</translation>
    </message>
    <message>
        <source>{name} took longer than {seconds} seconds to read and was stopped.</source>
        <translation>{name} took longer than {seconds} seconds to read and was stopped.</translation>
    </message>
    <message>
        <source>{name} needed more than {limit} MB of memory to read and was stopped.</source>
        <translation>{name} needed more than {limit} MB of memory to read and was stopped.</translation>
    </message>
    <message>
        <source>{name} could not be read: the reader stopped unexpectedly ({detail}).</source>
        <translation>{name} could not be read: the reader stopped unexpectedly ({detail}).</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {detail}</source>
        <translation>{name} cannot be opened: {detail}</translation>
    </message>
    <message>
        <source>“{title}” is under embargo until {when}. Exporting it for distribution needs confirmation (on the command line: --force-embargo).</source>
        <translation>“{title}” is under embargo until {when}. Exporting it for distribution needs confirmation (on the command line: --force-embargo).</translation>
    </message>
    <message>
        <source>Unknown export format {format}; choose one of {formats}.</source>
        <translation>Unknown export format {format}; choose one of {formats}.</translation>
    </message>
    <message>
        <source>The export could not be written to {path}: {detail}</source>
        <translation>The export could not be written to {path}: {detail}</translation>
    </message>
    <message>
        <source>{name} is already in the library, as “{title}”; it was not imported again.</source>
        <translation>{name} is already in the library, as “{title}”; it was not imported again.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} does not exist.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Approved line</source>
        <translation>Approved line</translation>
    </message>
    <message>
        <source>Use with care</source>
        <translation>Use with care</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesian</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
</TS>
