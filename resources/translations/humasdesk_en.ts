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
    <name>HistoryDialog</name>
    <message>
        <source>History: {title}</source>
        <translation>History: {title}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
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
        <translation>Saved</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>with</source>
        <translation>with</translation>
    </message>
    <message>
        <source>Restore this revision</source>
        <translation>Restore this revision</translation>
    </message>
    <message>
        <source>Restoring brings back the words of the selected revision as a new revision; nothing in the history is lost.</source>
        <translation>Restoring brings back the words of the selected revision as a new revision; nothing in the history is lost.</translation>
    </message>
    <message>
        <source>Revision {number} · {when} · {who}</source>
        <translation>Revision {number} · {when} · {who}</translation>
    </message>
    <message>
        <source>Restore revision</source>
        <translation>Restore revision</translation>
    </message>
    <message>
        <source>Bring back the words of revision {number} as a new revision? The current text stays in the history.</source>
        <translation>Bring back the words of revision {number} as a new revision? The current text stays in the history.</translation>
    </message>
</context>
<context>
    <name>LeadChecklist</name>
    <message>
        <source>Does the lead answer the six questions? Tick each one it answers.</source>
        <translation>Does the lead answer the six questions? Tick each one it answers.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>What happened, or what is announced?</source>
        <translation>What happened, or what is announced?</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Who does it, who is affected, who speaks?</source>
        <translation>Who does it, who is affected, who speaks?</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>The day, date or period.</source>
        <translation>The day, date or period.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>The place, region or channel.</source>
        <translation>The place, region or channel.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>The reason or purpose.</source>
        <translation>The reason or purpose.</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>How it is done, or what the public should do.</source>
        <translation>How it is done, or what the public should do.</translation>
    </message>
    <message>
        <source>The lead seems to answer this; tick it if so.</source>
        <translation>The lead seems to answer this; tick it if so.</translation>
    </message>
    <message>
        <source>Not found in the lead yet.</source>
        <translation>Not found in the lead yet.</translation>
    </message>
    <message>
        <source>{done} of 6 answered</source>
        <translation>{done} of 6 answered</translation>
    </message>
    <message>
        <source>All six answered.</source>
        <translation>All six answered.</translation>
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
        <source>New &amp;statement</source>
        <translation>New &amp;statement</translation>
    </message>
    <message>
        <source>New statement from &amp;template…</source>
        <translation>New statement from &amp;template…</translation>
    </message>
    <message>
        <source>Templates and office details…</source>
        <translation>Templates and office details…</translation>
    </message>
    <message>
        <source>Recover unsaved work…</source>
        <translation>Recover unsaved work…</translation>
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
    <name>NewFromTemplateDialog</name>
    <message>
        <source>Edit templates and office details…</source>
        <translation>Edit templates and office details…</translation>
    </message>
    <message>
        <source>Choose a template:</source>
        <translation>Choose a template:</translation>
    </message>
    <message>
        <source>Create draft</source>
        <translation>Create draft</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>New statement from a template</source>
        <translation>New statement from a template</translation>
    </message>
    <message>
        <source>Left for you to fill (marked in yellow in the editor): {names}</source>
        <translation>Left for you to fill (marked in yellow in the editor): {names}</translation>
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
    <name>RecoveryDialog</name>
    <message>
        <source>Recover unsaved work</source>
        <translation>Recover unsaved work</translation>
    </message>
    <message>
        <source>HumasDesk closed before these statements were saved. Their words were kept safe. Open one to continue where you stopped, then save it.</source>
        <translation>HumasDesk closed before these statements were saved. Their words were kept safe. Open one to continue where you stopped, then save it.</translation>
    </message>
    <message>
        <source>Open and continue</source>
        <translation>Open and continue</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Untitled statement</source>
        <translation>Untitled statement</translation>
    </message>
    <message>
        <source>{title}
kept at {when}: {words}</source>
        <translation>{title}
kept at {when}: {words}</translation>
    </message>
    <message>
        <source>Discard the unsaved words of “{title}” for good?</source>
        <translation>Discard the unsaved words of “{title}” for good?</translation>
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
    <name>StatementEditor</name>
    <message>
        <source>← All statements</source>
        <translation>← All statements</translation>
    </message>
    <message>
        <source>Back to the list of statements (Esc)</source>
        <translation>Back to the list of statements (Esc)</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save a new revision (Ctrl+S)</source>
        <translation>Save a new revision (Ctrl+S)</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>Next number</translation>
    </message>
    <message>
        <source>Fill in the next number in your office's numbering pattern</source>
        <translation>Fill in the next number in your office's numbering pattern</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dateline city</source>
        <translation>Dateline city</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Topics, separated by commas</source>
        <translation>Topics, separated by commas</translation>
    </message>
    <message>
        <source>Embargo until</source>
        <translation>Embargo until</translation>
    </message>
    <message>
        <source>Headline of the statement</source>
        <translation>Headline of the statement</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <source>Lead: the first paragraph, answering the 5W1H</source>
        <translation>Lead: the first paragraph, answering the 5W1H</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>About the issuing body</source>
        <translation>About the issuing body</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>5W1H</source>
        <translation>5W1H</translation>
    </message>
    <message>
        <source>Note for this revision (optional)</source>
        <translation>Note for this revision (optional)</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Bold (Ctrl+B)</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Italic (Ctrl+I)</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• List</translation>
    </message>
    <message>
        <source>Bulleted list (Ctrl+Shift+8)</source>
        <translation>Bulleted list (Ctrl+Shift+8)</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. List</translation>
    </message>
    <message>
        <source>Numbered list (Ctrl+Shift+7)</source>
        <translation>Numbered list (Ctrl+Shift+7)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Redo (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Normal text</translation>
    </message>
    <message>
        <source>Ctrl+Alt+0</source>
        <translation>Ctrl+Alt+0</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>Heading 1</translation>
    </message>
    <message>
        <source>Ctrl+Alt+1</source>
        <translation>Ctrl+Alt+1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>Heading 2</translation>
    </message>
    <message>
        <source>Ctrl+Alt+2</source>
        <translation>Ctrl+Alt+2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>Heading 3</translation>
    </message>
    <message>
        <source>Ctrl+Alt+3</source>
        <translation>Ctrl+Alt+3</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Heading level of the paragraph (Ctrl+Alt+1…3)</source>
        <translation>Heading level of the paragraph (Ctrl+Alt+1…3)</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Could not keep a safety copy: {error}</source>
        <translation>Could not keep a safety copy: {error}</translation>
    </message>
    <message>
        <source>Unsaved changes kept safe at {time}</source>
        <translation>Unsaved changes kept safe at {time}</translation>
    </message>
    <message>
        <source>Give the statement a title before saving it.</source>
        <translation>Give the statement a title before saving it.</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Saved at {time}</translation>
    </message>
    <message>
        <source>Discard recovered changes</source>
        <translation>Discard recovered changes</translation>
    </message>
    <message>
        <source>Discard the recovered changes and go back to the last saved version?</source>
        <translation>Discard the recovered changes and go back to the last saved version?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save the changes to this statement?</source>
        <translation>Save the changes to this statement?</translation>
    </message>
    <message>
        <source>If you do not save them, they are discarded.</source>
        <translation>If you do not save them, they are discarded.</translation>
    </message>
    <message>
        <source>Withdraw statement</source>
        <translation>Withdraw statement</translation>
    </message>
    <message>
        <source>Why is this statement withdrawn? The reason is shown with the statement, whose text stays visible as it was issued.</source>
        <translation>Why is this statement withdrawn? The reason is shown with the statement, whose text stays visible as it was issued.</translation>
    </message>
    <message>
        <source>&lt;b&gt;EMBARGO&lt;/b&gt; — not for publication before {when}.</source>
        <translation>&lt;b&gt;EMBARGO&lt;/b&gt; — not for publication before {when}.</translation>
    </message>
    <message>
        <source>The embargo has ended.</source>
        <translation>The embargo has ended.</translation>
    </message>
    <message>
        <source>&lt;b&gt;WITHDRAWN&lt;/b&gt; — {reason}</source>
        <translation>&lt;b&gt;WITHDRAWN&lt;/b&gt; — {reason}</translation>
    </message>
    <message>
        <source>Recovered unsaved changes from {when}. Save to keep them, or &lt;a href='discard'&gt;discard them&lt;/a&gt;.</source>
        <translation>Recovered unsaved changes from {when}. Save to keep them, or &lt;a href='discard'&gt;discard them&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Untitled statement</source>
        <translation>Untitled statement</translation>
    </message>
    <message>
        <source>New statement</source>
        <translation>New statement</translation>
    </message>
    <message>
        <source>{words} words · about {minutes} min to read</source>
        <translation>{words} words · about {minutes} min to read</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Typed in HumasDesk.</source>
        <translation>Typed in HumasDesk.</translation>
    </message>
    <message>
        <source>Imported from the file {name}.</source>
        <translation>Imported from the file {name}.</translation>
    </message>
    <message>
        <source>Written from the template {name}.</source>
        <translation>Written from the template {name}.</translation>
    </message>
    <message>
        <source>Drafted from a RESIST case.</source>
        <translation>Drafted from a RESIST case.</translation>
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
        <source>Embargo</source>
        <translation>Embargo</translation>
    </message>
    <message>
        <source>Found in the text</source>
        <translation>Found in the text</translation>
    </message>
    <message>
        <source>Press statements</source>
        <translation>Press statements</translation>
    </message>
    <message>
        <source>Every statement your office drafted or issued, newest first.</source>
        <translation>Every statement your office drafted or issued, newest first.</translation>
    </message>
    <message>
        <source>New statement</source>
        <translation>New statement</translation>
    </message>
    <message>
        <source>Write a new statement (Ctrl+N)</source>
        <translation>Write a new statement (Ctrl+N)</translation>
    </message>
    <message>
        <source>New from template…</source>
        <translation>New from template…</translation>
    </message>
    <message>
        <source>Search every statement: words, "an exact phrase", -leave out (Ctrl+F)</source>
        <translation>Search every statement: words, "an exact phrase", -leave out (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>All languages</translation>
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
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>{count} statements</source>
        <translation>{count} statements</translation>
    </message>
    <message>
        <source>Showing the first {count} matches; add words or filters to narrow them down</source>
        <translation>Showing the first {count} matches; add words or filters to narrow them down</translation>
    </message>
    <message>
        <source>{count} found, most relevant first</source>
        <translation>{count} found, most relevant first</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer words, or clear the filters.</source>
        <translation>Nothing found. Try fewer words, or clear the filters.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Templates and office details</source>
        <translation>Templates and office details</translation>
    </message>
    <message>
        <source>Office details</source>
        <translation>Office details</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Office (full name)</source>
        <translation>Office (full name)</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Dateline city</source>
        <translation>Dateline city</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>About the office (boilerplate)</source>
        <translation>About the office (boilerplate)</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Contact's position</source>
        <translation>Contact's position</translation>
    </message>
    <message>
        <source>Contact's phone</source>
        <translation>Contact's phone</translation>
    </message>
    <message>
        <source>Contact's e-mail</source>
        <translation>Contact's e-mail</translation>
    </message>
    <message>
        <source>Numbering pattern</source>
        <translation>Numbering pattern</translation>
    </message>
    <message>
        <source>In the pattern, {n} is the running number ({n:03} writes 007), {year} the year, {month} the month (03) and {roman} the month in Roman numerals (III). The number restarts each year when the pattern holds the year.</source>
        <translation>In the pattern, {n} is the running number ({n:03} writes 007), {year} the year, {month} the month (03) and {roman} the month in Roman numerals (III). The number restarts each year when the pattern holds the year.</translation>
    </message>
    <message>
        <source>Save office details</source>
        <translation>Save office details</translation>
    </message>
    <message>
        <source>For example: {example}</source>
        <translation>For example: {example}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Save template</translation>
    </message>
    <message>
        <source>Restore the original</source>
        <translation>Restore the original</translation>
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
        <source>No statements.</source>
        <translation>No statements.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
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
        <source>A withdrawn statement needs a reason, so readers know why it was withdrawn.</source>
        <translation>A withdrawn statement needs a reason, so readers know why it was withdrawn.</translation>
    </message>
    <message>
        <source>Unknown statement status '{status}'.</source>
        <translation>Unknown statement status '{status}'.</translation>
    </message>
    <message>
        <source>Revision {number} of this statement does not exist.</source>
        <translation>Revision {number} of this statement does not exist.</translation>
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
        <source>template</source>
        <translation>template</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <source>Dateline city</source>
        <translation>Dateline city</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason for withdrawal</source>
        <translation>Reason for withdrawal</translation>
    </message>
    <message>
        <source>Embargo</source>
        <translation>Embargo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>The two revisions are the same.</source>
        <translation>The two revisions are the same.</translation>
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
    <name>statements</name>
    <message>
        <source>Until {when}</source>
        <translation>Until {when}</translation>
    </message>
    <message>
        <source>Statement under embargo</source>
        <translation>Statement under embargo</translation>
    </message>
    <message>
        <source>“{title}” is under embargo until {when}. Export it for distribution anyway? Your choice is written to the audit log.</source>
        <translation>“{title}” is under embargo until {when}. Export it for distribution anyway? Your choice is written to the audit log.</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <source>Press statement</source>
        <translation>Press statement</translation>
    </message>
    <message>
        <source>Hoax clarification</source>
        <translation>Hoax clarification</translation>
    </message>
    <message>
        <source>Holding statement</source>
        <translation>Holding statement</translation>
    </message>
    <message>
        <source>The house format for announcing a programme, a decision or an event.</source>
        <translation>The house format for announcing a programme, a decision or an event.</translation>
    </message>
    <message>
        <source>Answers a hoax: the claim, the facts, and where to check them.</source>
        <translation>Answers a hoax: the claim, the facts, and where to check them.</translation>
    </message>
    <message>
        <source>A first word in a crisis, while facts are checked: what is known, what is done, when more will follow.</source>
        <translation>A first word in a crisis, while facts are checked: what is known, what is done, when more will follow.</translation>
    </message>
</context>
</TS>
