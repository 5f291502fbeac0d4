<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About HumasDesk</source>
        <translation>About HumasDesk</translation>
    </message>
    <message>
        <source>Press statements, a quote library and RESIST disinformation cases for government communicators, offline.</source>
        <translation>Press statements, a quote library and RESIST disinformation cases for government communicators, offline.</translation>
    </message>
    <message>
        <source>HumasDesk logo</source>
        <translation>HumasDesk logo</translation>
    </message>
    <message>
        <source>Versions and licences</source>
        <translation>Versions and licences</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>&amp;Copy versions</translation>
    </message>
    <message>
        <source>Library: {path}</source>
        <translation>Library: {path}</translation>
    </message>
    <message>
        <source>HumasDesk is free software under the GNU General Public Licence, version 3 or later. It bundles these parts, each under its own licence; their texts travel with the program.</source>
        <translation>HumasDesk is free software under the GNU General Public Licence, version 3 or later. It bundles these parts, each under its own licence; their texts travel with the program.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
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
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About HumasDesk</source>
        <translation>&amp;About HumasDesk</translation>
    </message>
    <message>
        <source>Prefere&amp;nces…</source>
        <translation>Prefere&amp;nces…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Select &amp;All</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Switch module: Ctrl+1, Ctrl+2, Ctrl+3</source>
        <translation>Switch module: Ctrl+1, Ctrl+2, Ctrl+3</translation>
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
        <source>{module}: list</source>
        <translation>{module}: list</translation>
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
        <source>Backup written: {path}</source>
        <translation>Backup written: {path}</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Preferences saved.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>Numbering</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <source>The language of menus and messages on this computer. It changes as soon as you press OK.</source>
        <translation>The language of menus and messages on this computer. It changes as soon as you press OK.</translation>
    </message>
    <message>
        <source>Printed at the top of statements and filled into templates. Saved in this library, so everyone who opens it uses the same details.</source>
        <translation>Printed at the top of statements and filled into templates. Saved in this library, so everyone who opens it uses the same details.</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>Office &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>&amp;Short name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;City:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>Contact &amp;person:</translation>
    </message>
    <message>
        <source>Contact's &amp;role:</source>
        <translation>Contact's &amp;role:</translation>
    </message>
    <message>
        <source>Contact's &amp;phone:</source>
        <translation>Contact's &amp;phone:</translation>
    </message>
    <message>
        <source>Contact's &amp;e-mail:</source>
        <translation>Contact's &amp;e-mail:</translation>
    </message>
    <message>
        <source>e.g. Dinas Komunikasi dan Informatika Provinsi Nusa Raya</source>
        <translation>e.g. Dinas Komunikasi dan Informatika Provinsi Nusa Raya</translation>
    </message>
    <message>
        <source>e.g. Diskominfo Nusa Raya</source>
        <translation>e.g. Diskominfo Nusa Raya</translation>
    </message>
    <message>
        <source>HumasDesk copies the library beside it while you work and thins out old copies: it keeps the newest of each hour, day, week and month, as many as you choose here. 0 turns a kind off.</source>
        <translation>HumasDesk copies the library beside it while you work and thins out old copies: it keeps the newest of each hour, day, week and month, as many as you choose here. 0 turns a kind off.</translation>
    </message>
    <message>
        <source>&amp;Back up every:</source>
        <translation>&amp;Back up every:</translation>
    </message>
    <message>
        <source>Keep &amp;hourly copies:</source>
        <translation>Keep &amp;hourly copies:</translation>
    </message>
    <message>
        <source>Keep &amp;daily copies:</source>
        <translation>Keep &amp;daily copies:</translation>
    </message>
    <message>
        <source>Keep &amp;weekly copies:</source>
        <translation>Keep &amp;weekly copies:</translation>
    </message>
    <message>
        <source>Keep &amp;monthly copies:</source>
        <translation>Keep &amp;monthly copies:</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>How the office numbers its statements. {n} is the running number ({n:03d} pads it to three digits), {month_roman} the month in Roman numerals, {month} and {year} the month and year, {office_short} the short name.</source>
        <translation>How the office numbers its statements. {n} is the running number ({n:03d} pads it to three digits), {month_roman} the month in Roman numerals, {month} and {year} the month and year, {office_short} the short name.</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Pattern:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Example:</translation>
    </message>
    <message>
        <source>Cannot be used: {detail}</source>
        <translation>Cannot be used: {detail}</translation>
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
    <name>SpellCheck</name>
    <message>
        <source>No suggestions</source>
        <translation>No suggestions</translation>
    </message>
    <message>
        <source>Add “{word}” to my dictionary</source>
        <translation>Add “{word}” to my dictionary</translation>
    </message>
    <message>
        <source>Ignore “{word}” for now</source>
        <translation>Ignore “{word}” for now</translation>
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
    <name>about</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Public domain</translation>
    </message>
    <message>
        <source>Indonesian Hunspell dictionary (hunspell-id)</source>
        <translation>Indonesian Hunspell dictionary (hunspell-id)</translation>
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
        <source>The numbering pattern cannot be used ({detail}). Use {{n}}, {{n:03d}}, {{month_roman}}, {{month}}, {{year}} and {{office_short}}.</source>
        <translation>The numbering pattern cannot be used ({detail}). Use {{n}}, {{n:03d}}, {{month_roman}}, {{month}}, {{year}} and {{office_short}}.</translation>
    </message>
    <message>
        <source>{key} must be a whole number, not '{value}'.</source>
        <translation>{key} must be a whole number, not '{value}'.</translation>
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
