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
    <name>ConsistencyPanel</name>
    <message>
        <source>Use library wording</source>
        <translation>Use library wording</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Differs from the library's wording ({similarity}% alike). {speaker} said: “{expected}”</source>
        <translation>Differs from the library's wording ({similarity}% alike). {speaker} said: “{expected}”</translation>
    </message>
    <message>
        <source>Retired quote of {speaker}: do not use it any more.</source>
        <translation>Retired quote of {speaker}: do not use it any more.</translation>
    </message>
    <message>
        <source>Superseded quote. Use instead: “{expected}”</source>
        <translation>Superseded quote. Use instead: “{expected}”</translation>
    </message>
    <message>
        <source>{speaker} was not “{found}” on this date but “{expected}”. Roles: {held}</source>
        <translation>{speaker} was not “{found}” on this date but “{expected}”. Roles: {held}</translation>
    </message>
    <message>
        <source>{speaker} held no known role on this date. Roles: {held}</source>
        <translation>{speaker} held no known role on this date. Roles: {held}</translation>
    </message>
    <message>
        <source>The draft has not been checked yet.</source>
        <translation>The draft has not been checked yet.</translation>
    </message>
    <message>
        <source>No problems: the draft agrees with the quote library.</source>
        <translation>No problems: the draft agrees with the quote library.</translation>
    </message>
    <message>
        <source>{count} things to check. Click one to go to it in the draft.</source>
        <translation>{count} things to check. Click one to go to it in the draft.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search quotes: words, speaker, role…</source>
        <translation>Search quotes: words, speaker, role…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>any date</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>All speakers</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
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
    <name>PackConflictsDialog</name>
    <message>
        <source>Pack conflicts</source>
        <translation>Pack conflicts</translation>
    </message>
    <message>
        <source>{count} quotes or speakers differ between your library and the pack. Choose which version to keep for each. New quotes and speakers from the pack are added either way; Cancel imports nothing.</source>
        <translation>{count} quotes or speakers differ between your library and the pack. Choose which version to keep for each. New quotes and speakers from the pack are added either way; Cancel imports nothing.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>In the pack</source>
        <translation>In the pack</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation>Keep all mine</translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation>Take all theirs</translation>
    </message>
    <message>
        <source>Apply choices</source>
        <translation>Apply choices</translation>
    </message>
</context>
<context>
    <name>QuoteDetail</name>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Role then</source>
        <translation>Role then</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reused</source>
        <translation>Reused</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Open source statement</source>
        <translation>Open source statement</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Select a quote to see who said it, when, and where.</source>
        <translation>Select a quote to see who said it, when, and where.</translation>
    </message>
    <message>
        <source>Superseded by another quote…</source>
        <translation>Superseded by another quote…</translation>
    </message>
    <message>
        <source>{then} (now: {now})</source>
        <translation>{then} (now: {now})</translation>
    </message>
    <message>
        <source>{status}: use “{text}”</source>
        <translation>{status}: use “{text}”</translation>
    </message>
    <message>
        <source>{count} times</source>
        <translation>{count} times</translation>
    </message>
</context>
<context>
    <name>QuotePickerDialog</name>
    <message>
        <source>Insert an approved quote</source>
        <translation>Insert an approved quote</translation>
    </message>
    <message>
        <source>Type words, a speaker or a role…</source>
        <translation>Type words, a speaker or a role…</translation>
    </message>
    <message>
        <source>Up/Down choose, Enter inserts with its attribution, Esc closes.</source>
        <translation>Up/Down choose, Enter inserts with its attribution, Esc closes.</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>No approved quote matches.</source>
        <translation>No approved quote matches.</translation>
    </message>
    <message>
        <source>Insert quote from library…</source>
        <translation>Insert quote from library…</translation>
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
        <source>Reused</source>
        <translation>Reused</translation>
    </message>
    <message>
        <source>Quote library</source>
        <translation>Quote library</translation>
    </message>
    <message>
        <source>What was already said officially: who said it, in which role, and when.</source>
        <translation>What was already said officially: who said it, in which role, and when.</translation>
    </message>
    <message>
        <source>Import pack…</source>
        <translation>Import pack…</translation>
    </message>
    <message>
        <source>Export pack…</source>
        <translation>Export pack…</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Review queue ({count})</source>
        <translation>Review queue ({count})</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Review queue</translation>
    </message>
    <message>
        <source>No quote matches. Clear the search or the filters to see every quote.</source>
        <translation>No quote matches. Clear the search or the filters to see every quote.</translation>
    </message>
    <message>
        <source>Which quote replaces it?</source>
        <translation>Which quote replaces it?</translation>
    </message>
</context>
<context>
    <name>ReviewQueueView</name>
    <message>
        <source>Quote found</source>
        <translation>Quote found</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Quotes found in saved and imported statements. Check the words and who said them, then accept (Ctrl+Enter) or reject (Ctrl+Delete).</source>
        <translation>Quotes found in saved and imported statements. Check the words and who said them, then accept (Ctrl+Enter) or reject (Ctrl+Delete).</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Words</translation>
    </message>
    <message>
        <source>Role then</source>
        <translation>Role then</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Nothing waiting for review. Quotes found in new statements appear here.</source>
        <translation>Nothing waiting for review. Quotes found in new statements appear here.</translation>
    </message>
    <message>
        <source>From: {title} ({date})</source>
        <translation>From: {title} ({date})</translation>
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
        <source>No quotes.</source>
        <translation>No quotes.</translation>
    </message>
    <message>
        <source>Say where to write the pack: -o FILE.</source>
        <translation>Say where to write the pack: -o FILE.</translation>
    </message>
    <message>
        <source>Pack written: {path} ({quotes} quotes, {people} people).</source>
        <translation>Pack written: {path} ({quotes} quotes, {people} people).</translation>
    </message>
    <message>
        <source>Name the pack to import: pack import FILE.</source>
        <translation>Name the pack to import: pack import FILE.</translation>
    </message>
    <message>
        <source>Merged: {quotes} new quotes, {people} new people, {unchanged} already the same.</source>
        <translation>Merged: {quotes} new quotes, {people} new people, {unchanged} already the same.</translation>
    </message>
    <message>
        <source>{count} conflicts left as they are in this library (decide them in the app: Quote library &gt; Import pack):</source>
        <translation>{count} conflicts left as they are in this library (decide them in the app: Quote library &gt; Import pack):</translation>
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
        <source>'{status}' is not a quote status; use one of {known}.</source>
        <translation>'{status}' is not a quote status; use one of {known}.</translation>
    </message>
    <message>
        <source>A superseded quote needs the quote that replaces it (not itself).</source>
        <translation>A superseded quote needs the quote that replaces it (not itself).</translation>
    </message>
    <message>
        <source>A quote needs its words; the text is empty.</source>
        <translation>A quote needs its words; the text is empty.</translation>
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
        <source>{path} is not a HumasDesk pack: {detail}</source>
        <translation>{path} is not a HumasDesk pack: {detail}</translation>
    </message>
    <message>
        <source>{path} was made by a newer HumasDesk (pack version {found}); update HumasDesk to import it.</source>
        <translation>{path} was made by a newer HumasDesk (pack version {found}); update HumasDesk to import it.</translation>
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
<context>
    <name>packs</name>
    <message>
        <source>words</source>
        <translation>words</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>speaker</translation>
    </message>
    <message>
        <source>speaker record</source>
        <translation>speaker record</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>replaced by</source>
        <translation>replaced by</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>topics</source>
        <translation>topics</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>short name</source>
        <translation>short name</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>roles</translation>
    </message>
    <message>
        <source>Export approved quotes as a pack</source>
        <translation>Export approved quotes as a pack</translation>
    </message>
    <message>
        <source>Pack exported</source>
        <translation>Pack exported</translation>
    </message>
    <message>
        <source>{quotes} quotes and {people} speakers written to {path}.</source>
        <translation>{quotes} quotes and {people} speakers written to {path}.</translation>
    </message>
    <message>
        <source>Import a pack of approved quotes</source>
        <translation>Import a pack of approved quotes</translation>
    </message>
    <message>
        <source>Pack imported</source>
        <translation>Pack imported</translation>
    </message>
    <message>
        <source>{quotes} new quotes and {people} new speakers added; {taken} replaced by the pack's version; {kept} kept as yours; {same} already the same.</source>
        <translation>{quotes} new quotes and {people} new speakers added; {taken} replaced by the pack's version; {kept} kept as yours; {same} already the same.</translation>
    </message>
</context>
</TS>
