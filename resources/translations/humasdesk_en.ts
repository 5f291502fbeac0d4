<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CaseBox</name>
    <message>
        <source>The case</source>
        <translation>The case</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>The message as first reported</source>
        <translation>The message as first reported</translation>
    </message>
</context>
<context>
    <name>CaseWizard</name>
    <message>
        <source>RESIST case: {title}</source>
        <translation>RESIST case: {title}</translation>
    </message>
    <message>
        <source>Timeline…</source>
        <translation>Timeline…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Back</translation>
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
        <source>Steps complete</source>
        <translation>Steps complete</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>Search cases: title, claim, answers…</source>
        <translation>Search cases: title, claim, answers…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>No case matches these filters.</source>
        <translation>No case matches these filters.</translation>
    </message>
    <message>
        <source>No cases yet. Start one with “New case…”.</source>
        <translation>No cases yet. Start one with “New case…”.</translation>
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
    <name>ChoiceCombo</name>
    <message>
        <source>– choose –</source>
        <translation>– choose –</translation>
    </message>
</context>
<context>
    <name>ChoiceRadios</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Unsure</translation>
    </message>
</context>
<context>
    <name>DateTime</name>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>DraftPanel</name>
    <message>
        <source>Statements made from this case (find them under Press statements):</source>
        <translation>Statements made from this case (find them under Press statements):</translation>
    </message>
    <message>
        <source>No statement has been made from this case yet.</source>
        <translation>No statement has been made from this case yet.</translation>
    </message>
    <message>
        <source>Draft a statement from this case</source>
        <translation>Draft a statement from this case</translation>
    </message>
    <message>
        <source>Creates a new draft press statement linked to this case, filled from the claim, the facts, the channels and the approved quotes chosen above. What the case does not know stays as {placeholders} to fill in.</source>
        <translation>Creates a new draft press statement linked to this case, filled from the claim, the facts, the channels and the approved quotes chosen above. What the case does not know stays as {placeholders} to fill in.</translation>
    </message>
    <message>
        <source>Clarification (debunk)</source>
        <translation>Clarification (debunk)</translation>
    </message>
    <message>
        <source>Holding statement</source>
        <translation>Holding statement</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Create draft</source>
        <translation>Create draft</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Link or file name</source>
        <translation>Link or file name</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>No figures yet.</source>
        <translation>No figures yet.</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>Add approved quote…</source>
        <translation>Add approved quote…</translation>
    </message>
    <message>
        <source>Add statement…</source>
        <translation>Add statement…</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
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
    <name>NewCaseDialog</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>The message as first reported</source>
        <translation>The message as first reported</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>New RESIST case</source>
        <translation>New RESIST case</translation>
    </message>
    <message>
        <source>Name the case so colleagues recognise it, and paste or describe the message as it reached you. Everything else is asked step by step.</source>
        <translation>Name the case so colleagues recognise it, and paste or describe the message as it reached you. Everything else is asked step by step.</translation>
    </message>
    <message>
        <source>Start case</source>
        <translation>Start case</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation>A case needs a title.</translation>
    </message>
</context>
<context>
    <name>PickerDialog</name>
    <message>
        <source>Choose approved quotes</source>
        <translation>Choose approved quotes</translation>
    </message>
    <message>
        <source>Only approved lines are listed, so the answer stays consistent with what was already said. Select one or more (Ctrl+click).</source>
        <translation>Only approved lines are listed, so the answer stays consistent with what was already said. Select one or more (Ctrl+click).</translation>
    </message>
    <message>
        <source>Choose press statements</source>
        <translation>Choose press statements</translation>
    </message>
    <message>
        <source>Select one or more statements (Ctrl+click).</source>
        <translation>Select one or more statements (Ctrl+click).</translation>
    </message>
    <message>
        <source>Type to filter…</source>
        <translation>Type to filter…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
    <name>RiskPanel</name>
    <message>
        <source>Priority: not yet known</source>
        <translation>Priority: not yet known</translation>
    </message>
    <message>
        <source>Priority: {priority} (risk score {score})</source>
        <translation>Priority: {priority} (risk score {score})</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
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
    <name>SimilarPanel</name>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Nothing similar in the library yet.</source>
        <translation>Nothing similar in the library yet.</translation>
    </message>
    <message>
        <source>Similar earlier cases and statements</source>
        <translation>Similar earlier cases and statements</translation>
    </message>
    <message>
        <source>Found by the words of this case's title, claim and narrative. An earlier answer may be reused, or show that this is a returning narrative.</source>
        <translation>Found by the words of this case's title, claim and narrative. An earlier answer may be reused, or show that this is a returning narrative.</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Search again</translation>
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
    <name>StepList</name>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Questions marked * are needed to complete this step; {count} still open.</source>
        <translation>Questions marked * are needed to complete this step; {count} still open.</translation>
    </message>
    <message>
        <source>This step is complete.</source>
        <translation>This step is complete.</translation>
    </message>
    <message>
        <source>Step {number} of {count}: {title}</source>
        <translation>Step {number} of {count}: {title}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>{done} of {count} steps complete.</source>
        <translation>{done} of {count} steps complete.</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>Reopen case</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Close case</translation>
    </message>
    <message>
        <source>brief</source>
        <translation>brief</translation>
    </message>
    <message>
        <source>report</source>
        <translation>report</translation>
    </message>
    <message>
        <source>Save situation brief</source>
        <translation>Save situation brief</translation>
    </message>
    <message>
        <source>Save case report</source>
        <translation>Save case report</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;Word document (*.docx)</source>
        <translation>PDF document (*.pdf);;Word document (*.docx)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>What is complete and what is still missing. The case can be left at any step and resumed later.</source>
        <translation>What is complete and what is still missing. The case can be left at any step and resumed later.</translation>
    </message>
    <message>
        <source>For leadership</source>
        <translation>For leadership</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Situation brief…</source>
        <translation>Situation brief…</translation>
    </message>
    <message>
        <source>Full case report…</source>
        <translation>Full case report…</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <source>Case timeline</source>
        <translation>Case timeline</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What happened or was done</source>
        <translation>What happened or was done</translation>
    </message>
    <message>
        <source>By whom</source>
        <translation>By whom</translation>
    </message>
    <message>
        <source>Key event</source>
        <translation>Key event</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>What happened, or what was done</source>
        <translation>What happened, or what was done</translation>
    </message>
    <message>
        <source>Name or team</source>
        <translation>Name or team</translation>
    </message>
    <message>
        <source>Released to the public</source>
        <translation>Released to the public</translation>
    </message>
    <message>
        <source>Add to timeline</source>
        <translation>Add to timeline</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
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
        <source>No cases.</source>
        <translation>No cases.</translation>
    </message>
    <message>
        <source>{id} {version}: {title} ({steps} steps, {questions} questions, {file})</source>
        <translation>{id} {version}: {title} ({steps} steps, {questions} questions, {file})</translation>
    </message>
    <message>
        <source>Report written: {path}</source>
        <translation>Report written: {path}</translation>
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
        <source>A case needs a title.</source>
        <translation>A case needs a title.</translation>
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
        <source>The checklist {file} cannot be used: {problem}</source>
        <translation>The checklist {file} cannot be used: {problem}</translation>
    </message>
    <message>
        <source>This case was answered with checklist {id} version {version}, which is not installed. Put that checklist file back in {folder}.</source>
        <translation>This case was answered with checklist {id} version {version}, which is not installed. Put that checklist file back in {folder}.</translation>
    </message>
    <message>
        <source>{where} needs a text per language, e.g. {example}.</source>
        <translation>{where} needs a text per language, e.g. {example}.</translation>
    </message>
    <message>
        <source>{where} has no Indonesian text (key "id").</source>
        <translation>{where} has no Indonesian text (key "id").</translation>
    </message>
    <message>
        <source>{where} needs a non-empty list "{key}".</source>
        <translation>{where} needs a non-empty list "{key}".</translation>
    </message>
    <message>
        <source>{where}: every entry of "{key}" needs a value.</source>
        <translation>{where}: every entry of "{key}" needs a value.</translation>
    </message>
    <message>
        <source>{where}: the value "{value}" appears twice.</source>
        <translation>{where}: the value "{value}" appears twice.</translation>
    </message>
    <message>
        <source>step {step} holds something that is not a question.</source>
        <translation>step {step} holds something that is not a question.</translation>
    </message>
    <message>
        <source>step {step}: the question id "{question}" must read "{step}.name".</source>
        <translation>step {step}: the question id "{question}" must read "{step}.name".</translation>
    </message>
    <message>
        <source>the question id "{question}" appears twice.</source>
        <translation>the question id "{question}" appears twice.</translation>
    </message>
    <message>
        <source>question {question} has an unknown type "{type}" (known: {types}).</source>
        <translation>question {question} has an unknown type "{type}" (known: {types}).</translation>
    </message>
    <message>
        <source>question {question}: "required" must be true or false.</source>
        <translation>question {question}: "required" must be true or false.</translation>
    </message>
    <message>
        <source>question {question}: "target" must be "statement" or "quote".</source>
        <translation>question {question}: "target" must be "statement" or "quote".</translation>
    </message>
    <message>
        <source>the file does not hold a JSON object.</source>
        <translation>the file does not hold a JSON object.</translation>
    </message>
    <message>
        <source>"{key}" is missing or empty.</source>
        <translation>"{key}" is missing or empty.</translation>
    </message>
    <message>
        <source>"steps" is missing or empty.</source>
        <translation>"steps" is missing or empty.</translation>
    </message>
    <message>
        <source>every step needs an "id".</source>
        <translation>every step needs an "id".</translation>
    </message>
    <message>
        <source>the step id "{step}" appears twice.</source>
        <translation>the step id "{step}" appears twice.</translation>
    </message>
    <message>
        <source>step {step} has no questions.</source>
        <translation>step {step} has no questions.</translation>
    </message>
    <message>
        <source>it is not valid JSON (line {line}: {detail}).</source>
        <translation>it is not valid JSON (line {line}: {detail}).</translation>
    </message>
    <message>
        <source>it is not UTF-8 text.</source>
        <translation>it is not UTF-8 text.</translation>
    </message>
    <message>
        <source>it cannot be read ({detail}).</source>
        <translation>it cannot be read ({detail}).</translation>
    </message>
    <message>
        <source>The report could not be written to {path}: {detail}</source>
        <translation>The report could not be written to {path}: {detail}</translation>
    </message>
    <message>
        <source>There is no {kind} template in {language}.</source>
        <translation>There is no {kind} template in {language}.</translation>
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
    <name>reports</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Unsure</translation>
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
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
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
        <source>Steps complete</source>
        <translation>Steps complete</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>The risk has not been assessed yet.</source>
        <translation>The risk has not been assessed yet.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>No decision has been recorded yet.</source>
        <translation>No decision has been recorded yet.</translation>
    </message>
    <message>
        <source>Situation brief</source>
        <translation>Situation brief</translation>
    </message>
    <message>
        <source>Case report</source>
        <translation>Case report</translation>
    </message>
    <message>
        <source>Prepared {date} with HumasDesk {version}</source>
        <translation>Prepared {date} with HumasDesk {version}</translation>
    </message>
    <message>
        <source>The claim</source>
        <translation>The claim</translation>
    </message>
    <message>
        <source>So what</source>
        <translation>So what</translation>
    </message>
    <message>
        <source>The facts</source>
        <translation>The facts</translation>
    </message>
    <message>
        <source>Reach and trend</source>
        <translation>Reach and trend</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Latest</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Risk and decision</source>
        <translation>Risk and decision</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>The claim as first reported</source>
        <translation>The claim as first reported</translation>
    </message>
    <message>
        <source>Step complete.</source>
        <translation>Step complete.</translation>
    </message>
    <message>
        <source>Still missing: {questions}</source>
        <translation>Still missing: {questions}</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>Key messages</translation>
    </message>
    <message>
        <source>Statements made from this case</source>
        <translation>Statements made from this case</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>key event</source>
        <translation>key event</translation>
    </message>
    <message>
        <source>released</source>
        <translation>released</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What happened or was done</source>
        <translation>What happened or was done</translation>
    </message>
    <message>
        <source>By whom</source>
        <translation>By whom</translation>
    </message>
    <message>
        <source>No timeline entries yet.</source>
        <translation>No timeline entries yet.</translation>
    </message>
</context>
<context>
    <name>risk</name>
    <message>
        <source>Impact is the highest of the impact scores. Risk score = likelihood × impact. {high} or more: high priority; {medium} to {below_high}: medium; below {medium}: low.</source>
        <translation>Impact is the highest of the impact scores. Risk score = likelihood × impact. {high} or more: high priority; {medium} to {below_high}: medium; below {medium}: low.</translation>
    </message>
    <message>
        <source>Likelihood {likelihood} × impact {impact} = risk score {score}: {priority} priority.</source>
        <translation>Likelihood {likelihood} × impact {impact} = risk score {score}: {priority} priority.</translation>
    </message>
    <message>
        <source>Give the likelihood and at least one impact score to compute the priority.</source>
        <translation>Give the likelihood and at least one impact score to compute the priority.</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
</context>
</TS>
