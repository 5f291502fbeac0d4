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
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>HumasDesk checks every backup right after writing it. It backs up every 30 minutes while you work, when you quit and before every upgrade, and keeps one per hour for two days, per day for two weeks, per week for two months and per month for a year.</source>
        <translation>HumasDesk checks every backup right after writing it. It backs up every 30 minutes while you work, when you quit and before every upgrade, and keeps one per hour for two days, per day for two weeks, per week for two months and per month for a year.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Show folder</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>automatically</source>
        <translation>automatically</translation>
    </message>
    <message>
        <source>on quitting</source>
        <translation>on quitting</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>before an upgrade</translation>
    </message>
    <message>
        <source>set aside by a restore</source>
        <translation>set aside by a restore</translation>
    </message>
    <message>
        <source>{statements} statements, {quotes} quotes, {cases} cases</source>
        <translation>{statements} statements, {quotes} quotes, {cases} cases</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Go back to the backup of {date}?

The library will be exactly as it was then; everything changed since will be gone from it. The current library is not deleted: it is kept in the backups folder (listed here as “set aside by a restore”), so you can go back to it.</source>
        <translation>Go back to the backup of {date}?

The library will be exactly as it was then; everything changed since will be gone from it. The current library is not deleted: it is kept in the backups folder (listed here as “set aside by a restore”), so you can go back to it.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Backup restored.</translation>
    </message>
</context>
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
        <source>Next update</source>
        <translation>Next update</translation>
    </message>
    <message>
        <source>⚠ overdue since {time}</source>
        <translation>⚠ overdue since {time}</translation>
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
    <name>ConsistencyPanel</name>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Use library wording</source>
        <translation>Use library wording</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Differs from the library's wording ({similarity}% alike).</source>
        <translation>Differs from the library's wording ({similarity}% alike).</translation>
    </message>
    <message>
        <source>{speaker} said: “{expected}”</source>
        <translation>{speaker} said: “{expected}”</translation>
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
        <source>“{draft}” instead of “{library}”</source>
        <translation>“{draft}” instead of “{library}”</translation>
    </message>
    <message>
        <source>“{draft}” added</source>
        <translation>“{draft}” added</translation>
    </message>
    <message>
        <source>“{library}” left out</source>
        <translation>“{library}” left out</translation>
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
    <name>CrisisDesk</name>
    <message>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation>{h} h {m:02d} min</translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d} d {h} h</translation>
    </message>
    <message>
        <source>{count} cases are waiting for their next update.</source>
        <translation>{count} cases are waiting for their next update.</translation>
    </message>
    <message>
        <source>Updates overdue: {count}</source>
        <translation>Updates overdue: {count}</translation>
    </message>
</context>
<context>
    <name>CrisisDeskView</name>
    <message>
        <source>Crisis desk</source>
        <translation>Crisis desk</translation>
    </message>
    <message>
        <source>When something breaks: start from a playbook and have a holding statement out within minutes, watch the public's reports of the same rumour grow, and keep your updates on time.</source>
        <translation>When something breaks: start from a playbook and have a holding statement out within minutes, watch the public's reports of the same rumour grow, and keep your updates on time.</translation>
    </message>
    <message>
        <source>Start from a playbook</source>
        <translation>Start from a playbook</translation>
    </message>
    <message>
        <source>Crisis playbooks</source>
        <translation>Crisis playbooks</translation>
    </message>
    <message>
        <source>What the playbook says</source>
        <translation>What the playbook says</translation>
    </message>
    <message>
        <source>Groups of reports, by rumour</source>
        <translation>Groups of reports, by rumour</translation>
    </message>
    <message>
        <source>Reports of the group over time</source>
        <translation>Reports of the group over time</translation>
    </message>
    <message>
        <source>Reports in the group</source>
        <translation>Reports in the group</translation>
    </message>
    <message>
        <source>Cases under way</source>
        <translation>Cases under way</translation>
    </message>
    <message>
        <source>The first hour</source>
        <translation>The first hour</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Updates</translation>
    </message>
    <message>
        <source>Start from this playbook…</source>
        <translation>Start from this playbook…</translation>
    </message>
    <message>
        <source>Reports from the public</source>
        <translation>Reports from the public</translation>
    </message>
    <message>
        <source>Paste…</source>
        <translation>Paste…</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Import files…</translation>
    </message>
    <message>
        <source>Rumour</source>
        <translation>Rumour</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Choose a group to see its reports over time.</source>
        <translation>Choose a group to see its reports over time.</translation>
    </message>
    <message>
        <source>Select two groups or more to merge them; double-click a group to rename it.</source>
        <translation>Select two groups or more to merge them; double-click a group to rename it.</translation>
    </message>
    <message>
        <source>Merge groups</source>
        <translation>Merge groups</translation>
    </message>
    <message>
        <source>Split off reports</source>
        <translation>Split off reports</translation>
    </message>
    <message>
        <source>Make a case</source>
        <translation>Make a case</translation>
    </message>
    <message>
        <source>Add to a case…</source>
        <translation>Add to a case…</translation>
    </message>
    <message>
        <source>No reports yet. Paste what the public forwards you, or import .txt files, WhatsApp chat exports or a fact-checkers' CSV.</source>
        <translation>No reports yet. Paste what the public forwards you, or import .txt files, WhatsApp chat exports or a fact-checkers' CSV.</translation>
    </message>
    <message>
        <source>Holding line</source>
        <translation>Holding line</translation>
    </message>
    <message>
        <source>Next update</source>
        <translation>Next update</translation>
    </message>
    <message>
        <source>No case under way. Start one from a playbook, or make one from a group.</source>
        <translation>No case under way. Start one from a playbook, or make one from a group.</translation>
    </message>
    <message>
        <source>Export holding statement…</source>
        <translation>Export holding statement…</translation>
    </message>
    <message>
        <source>Edit holding statement</source>
        <translation>Edit holding statement</translation>
    </message>
    <message>
        <source>Situation update</source>
        <translation>Situation update</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>Updates:</source>
        <translation>Updates:</translation>
    </message>
    <message>
        <source>every {hours} hours</source>
        <translation>every {hours} hours</translation>
    </message>
    <message>
        <source>at a set time…</source>
        <translation>at a set time…</translation>
    </message>
    <message>
        <source>no reminders</source>
        <translation>no reminders</translation>
    </message>
    <message>
        <source>First hour</source>
        <translation>First hour</translation>
    </message>
    <message>
        <source>Who to inform</source>
        <translation>Who to inform</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Journalists will ask</source>
        <translation>Journalists will ask</translation>
    </message>
    <message>
        <source>Case opened and holding statement drafted: check it, then export it.</source>
        <translation>Case opened and holding statement drafted: check it, then export it.</translation>
    </message>
    <message>
        <source>Import reports from the public</source>
        <translation>Import reports from the public</translation>
    </message>
    <message>
        <source>Reports (*.txt *.csv);;All files (*)</source>
        <translation>Reports (*.txt *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Grouping reports… %v of %m</source>
        <translation>Grouping reports… %v of %m</translation>
    </message>
    <message>
        <source>{count} reports added to {groups} groups.</source>
        <translation>{count} reports added to {groups} groups.</translation>
    </message>
    <message>
        <source>Skipped: {files}</source>
        <translation>Skipped: {files}</translation>
    </message>
    <message>
        <source>Name the rumour</source>
        <translation>Name the rumour</translation>
    </message>
    <message>
        <source>There is no open case to add these reports to.</source>
        <translation>There is no open case to add these reports to.</translation>
    </message>
    <message>
        <source>Add to a case</source>
        <translation>Add to a case</translation>
    </message>
    <message>
        <source>out after {time}</source>
        <translation>out after {time}</translation>
    </message>
    <message>
        <source>not out yet</source>
        <translation>not out yet</translation>
    </message>
    <message>
        <source>⚠ late, {time}</source>
        <translation>⚠ late, {time}</translation>
    </message>
    <message>
        <source>open for {time}</source>
        <translation>open for {time}</translation>
    </message>
    <message>
        <source>Open for {time}; holding statement out after {held}.</source>
        <translation>Open for {time}; holding statement out after {held}.</translation>
    </message>
    <message>
        <source>Open for {time}; holding statement not out yet.</source>
        <translation>Open for {time}; holding statement not out yet.</translation>
    </message>
    <message>
        <source>No holding statement drafted for this case.</source>
        <translation>No holding statement drafted for this case.</translation>
    </message>
    <message>
        <source>Still to fill in the holding statement: {names}</source>
        <translation>Still to fill in the holding statement: {names}</translation>
    </message>
    <message>
        <source>Next update due</source>
        <translation>Next update due</translation>
    </message>
    <message>
        <source>This case has no holding statement yet.</source>
        <translation>This case has no holding statement yet.</translation>
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
        <source>Creates a new draft press statement linked to this case, dated today, filled from the verdict, the claim, the facts, the channels and the approved quotes chosen above. What the case does not know stays as {placeholders} to fill in.</source>
        <translation>Creates a new draft press statement linked to this case, dated today, filled from the verdict, the claim, the facts, the channels and the approved quotes chosen above. What the case does not know stays as {placeholders} to fill in.</translation>
    </message>
    <message>
        <source>Clarification (debunk)</source>
        <translation>Clarification (debunk)</translation>
    </message>
    <message>
        <source>Scam warning</source>
        <translation>Scam warning</translation>
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
        <source>Save to</source>
        <translation>Save to</translation>
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
        <source>“{name}” already exists in {folder}. Replace it?</source>
        <translation>“{name}” already exists in {folder}. Replace it?</translation>
    </message>
    <message>
        <source>{count} of these files already exist in {folder}. Replace them?</source>
        <translation>{count} of these files already exist in {folder}. Replace them?</translation>
    </message>
    <message>
        <source>Replace files</source>
        <translation>Replace files</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Saved as {path}</translation>
    </message>
    <message>
        <source>{count} files saved in {folder}</source>
        <translation>{count} files saved in {folder}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Copied for WhatsApp: paste it into a chat.</source>
        <translation>Copied for WhatsApp: paste it into a chat.</translation>
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
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>To date</translation>
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
        <source>Revisions</source>
        <translation>Revisions</translation>
    </message>
    <message>
        <source>Differences between the revisions</source>
        <translation>Differences between the revisions</translation>
    </message>
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
        <source>What was imported, file by file</source>
        <translation>What was imported, file by file</translation>
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
        <source>Statement &amp;history…</source>
        <translation>Statement &amp;history…</translation>
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
        <source>Switch module: Ctrl+1, Ctrl+2, Ctrl+3, Ctrl+4</source>
        <translation>Switch module: Ctrl+1, Ctrl+2, Ctrl+3, Ctrl+4</translation>
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
        <source>Crisis desk</source>
        <translation>Crisis desk</translation>
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
        <source>Building the search index… %p%</source>
        <translation>Building the search index… %p%</translation>
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
        <source>Save the statement first: its history starts with that save.</source>
        <translation>Save the statement first: its history starts with that save.</translation>
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
    <name>NewFromTemplateDialog</name>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
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
    <name>NewPassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Encrypt library</source>
        <translation>Encrypt library</translation>
    </message>
    <message>
        <source>Choose a new passphrase. The library and its backups are re-encrypted with it.</source>
        <translation>Choose a new passphrase. The library and its backups are re-encrypted with it.</translation>
    </message>
    <message>
        <source>Encryption protects the library if this computer is lost or shared. Without the passphrase nobody, not even your IT staff, can open it again: keep it safe.</source>
        <translation>Encryption protects the library if this computer is lost or shared. Without the passphrase nobody, not even your IT staff, can open it again: keep it safe.</translation>
    </message>
    <message>
        <source>Remember on this computer (in the system keyring)</source>
        <translation>Remember on this computer (in the system keyring)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Again</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Encrypt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>At least {n} characters.</source>
        <translation>At least {n} characters.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
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
        <source>Quotes that differ</source>
        <translation>Quotes that differ</translation>
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
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted library</source>
        <translation>Encrypted library</translation>
    </message>
    <message>
        <source>The library &lt;b&gt;{name}&lt;/b&gt; is encrypted. Enter its passphrase to open it.</source>
        <translation>The library &lt;b&gt;{name}&lt;/b&gt; is encrypted. Enter its passphrase to open it.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation>That passphrase is not right. Try again.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Remember on this computer (in the system keyring)</source>
        <translation>Remember on this computer (in the system keyring)</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep it in.</source>
        <translation>This computer has no keyring to keep it in.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>Paste a forwarded message, copied WhatsApp messages, or links (one a line). Separate several reports with a line of dashes (---).</source>
        <translation>Paste a forwarded message, copied WhatsApp messages, or links (one a line). Separate several reports with a line of dashes (---).</translation>
    </message>
    <message>
        <source>Where it was seen</source>
        <translation>Where it was seen</translation>
    </message>
    <message>
        <source>When it was seen</source>
        <translation>When it was seen</translation>
    </message>
    <message>
        <source>Add to queue</source>
        <translation>Add to queue</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Paste reports from the public</source>
        <translation>Paste reports from the public</translation>
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
        <source>WIB: Western Indonesia (UTC+7)</source>
        <translation>WIB: Western Indonesia (UTC+7)</translation>
    </message>
    <message>
        <source>WITA: Central Indonesia (UTC+8)</source>
        <translation>WITA: Central Indonesia (UTC+8)</translation>
    </message>
    <message>
        <source>WIT: Eastern Indonesia (UTC+9)</source>
        <translation>WIT: Eastern Indonesia (UTC+9)</translation>
    </message>
    <message>
        <source>Office &amp;time zone:</source>
        <translation>Office &amp;time zone:</translation>
    </message>
    <message>
        <source>Embargo times are typed, listed and exported in this zone, with its name. Saved in this library, for everyone who opens it.</source>
        <translation>Embargo times are typed, listed and exported in this zone, with its name. Saved in this library, for everyone who opens it.</translation>
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
        <source>Contact's p&amp;hone:</source>
        <translation>Contact's p&amp;hone:</translation>
    </message>
    <message>
        <source>Contact's &amp;e-mail:</source>
        <translation>Contact's &amp;e-mail:</translation>
    </message>
    <message>
        <source>A&amp;bout the office:</source>
        <translation>A&amp;bout the office:</translation>
    </message>
    <message>
        <source>Hoa&amp;x reports to:</source>
        <translation>Hoa&amp;x reports to:</translation>
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
    <name>PrintPreview</name>
    <message>
        <source>Print preview: {title}</source>
        <translation>Print preview: {title}</translation>
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
        <source>Approved quotes</source>
        <translation>Approved quotes</translation>
    </message>
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
        <source>{count} quotes</source>
        <translation>{count} quotes</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>{count} found</translation>
    </message>
    <message>
        <source>Which quote replaces it?</source>
        <translation>Which quote replaces it?</translation>
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
        <source>Unsaved drafts</source>
        <translation>Unsaved drafts</translation>
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
    <name>ReviewQueueView</name>
    <message>
        <source>Quotes waiting for review</source>
        <translation>Quotes waiting for review</translation>
    </message>
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
        <source>Not named in the statement: who held this role then?</source>
        <translation>Not named in the statement: who held this role then?</translation>
    </message>
    <message>
        <source>From: {title} ({date})</source>
        <translation>From: {title} ({date})</translation>
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
    <message>
        <source>The response ({response}) does not match the {priority} priority. The office's rule asks why: answer "{reason}".</source>
        <translation>The response ({response}) does not match the {priority} priority. The office's rule asks why: answer "{reason}".</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Reason for the decision</translation>
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
    <name>SafetyController</name>
    <message>
        <source>Bac&amp;kups…</source>
        <translation>Bac&amp;kups…</translation>
    </message>
    <message>
        <source>Change pass&amp;phrase…</source>
        <translation>Change pass&amp;phrase…</translation>
    </message>
    <message>
        <source>En&amp;crypt library…</source>
        <translation>En&amp;crypt library…</translation>
    </message>
    <message>
        <source>Read-only: the file or its folder cannot be written</source>
        <translation>Read-only: the file or its folder cannot be written</translation>
    </message>
    <message>
        <source>Read-only: the library is damaged</source>
        <translation>Read-only: the library is damaged</translation>
    </message>
    <message>
        <source>Read-only: open in another window</source>
        <translation>Read-only: open in another window</translation>
    </message>
    <message>
        <source>Automatic backup failed: {error}</source>
        <translation>Automatic backup failed: {error}</translation>
    </message>
    <message>
        <source>The library is now encrypted. Keep the passphrase safe: without it nobody can open it. Files you export are not encrypted.

These {count} copies HumasDesk made of the library could not be encrypted (a damaged copy cannot be read whole) and still hold its text unencrypted:
{paths}</source>
        <translation>The library is now encrypted. Keep the passphrase safe: without it nobody can open it. Files you export are not encrypted.

These {count} copies HumasDesk made of the library could not be encrypted (a damaged copy cannot be read whole) and still hold its text unencrypted:
{paths}</translation>
    </message>
    <message>
        <source>Encrypted library</source>
        <translation>Encrypted library</translation>
    </message>
    <message>
        <source>The library and its backups are now encrypted. Keep the passphrase safe: without it nobody can open them. Files you export are not encrypted.</source>
        <translation>The library and its backups are now encrypted. Keep the passphrase safe: without it nobody can open them. Files you export are not encrypted.</translation>
    </message>
    <message>
        <source>Delete these copies</source>
        <translation>Delete these copies</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Keep them</translation>
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
    <name>StartDialog</name>
    <message>
        <source>Every {hours} hours</source>
        <translation>Every {hours} hours</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Case title (optional)</source>
        <translation>Case title (optional)</translation>
    </message>
    <message>
        <source>Next update due</source>
        <translation>Next update due</translation>
    </message>
    <message>
        <source>HumasDesk opens a RESIST case with the playbook's answers and drafts the holding statement with your letterhead, contacts and approved lines. Check it, then export it or copy it for WhatsApp.</source>
        <translation>HumasDesk opens a RESIST case with the playbook's answers and drafts the holding statement with your letterhead, contacts and approved lines. Check it, then export it or copy it for WhatsApp.</translation>
    </message>
    <message>
        <source>Start and draft the holding statement</source>
        <translation>Start and draft the holding statement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Start from a playbook</source>
        <translation>Start from a playbook</translation>
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
        <source>Every saved revision of this statement (Ctrl+H)</source>
        <translation>Every saved revision of this statement (Ctrl+H)</translation>
    </message>
    <message>
        <source>Copy for WhatsApp</source>
        <translation>Copy for WhatsApp</translation>
    </message>
    <message>
        <source>Copy the statement as it is now, formatted for WhatsApp</source>
        <translation>Copy the statement as it is now, formatted for WhatsApp</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
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
        <source>Consistency</source>
        <translation>Consistency</translation>
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
        <source>More tools</source>
        <translation>More tools</translation>
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
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>To date</translation>
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
        <source>{count} found, newest first</source>
        <translation>{count} found, newest first</translation>
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
        <source>Answered with {checklist}, edition {version}.</source>
        <translation>Answered with {checklist}, edition {version}.</translation>
    </message>
    <message>
        <source>Move to edition {version}…</source>
        <translation>Move to edition {version}…</translation>
    </message>
    <message>
        <source>Move to edition {version}</source>
        <translation>Move to edition {version}</translation>
    </message>
    <message>
        <source>This case keeps the questions of edition {old} until it is moved. Moving it carries its answers to edition {new}, which asks some new questions; the move is written to the audit log. Move it now?</source>
        <translation>This case keeps the questions of edition {old} until it is moved. Moving it carries its answers to edition {new}, which asks some new questions; the move is written to the audit log. Move it now?</translation>
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
        <source>Where the public reports hoaxes</source>
        <translation>Where the public reports hoaxes</translation>
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
        <source>Timeline</source>
        <translation>Timeline</translation>
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
        <source>The library {name} is already open in HumasDesk (on {host}, since {since}).

Two windows editing one library could overwrite each other's work, so this window can open it read-only. To edit here, close the other window first.</source>
        <translation>The library {name} is already open in HumasDesk (on {host}, since {since}).

Two windows editing one library could overwrite each other's work, so this window can open it read-only. To edit here, close the other window first.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Open a new empty library</source>
        <translation>Open a new empty library</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The library {name} is damaged and cannot be used safely. This can happen after a power cut, when the disk is full, or when a sync tool copies the file while HumasDesk is writing it.

The damaged file will not be deleted: it is moved to the backups folder, where it can still be examined.</source>
        <translation>The library {name} is damaged and cannot be used safely. This can happen after a power cut, when the disk is full, or when a sync tool copies the file while HumasDesk is writing it.

The damaged file will not be deleted: it is moved to the backups folder, where it can still be examined.</translation>
    </message>
    <message>
        <source>What was found: {detail}</source>
        <translation>What was found: {detail}</translation>
    </message>
    <message>
        <source>There is no backup to go back to.</source>
        <translation>There is no backup to go back to.</translation>
    </message>
    <message>
        <source>Restore the backup of {date} ({statements} statements)</source>
        <translation>Restore the backup of {date} ({statements} statements)</translation>
    </message>
    <message>
        <source>Start a new empty library</source>
        <translation>Start a new empty library</translation>
    </message>
    <message>
        <source>Open it read-only</source>
        <translation>Open it read-only</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>the file is empty (0 bytes)</translation>
    </message>
    <message>
        <source>the file is cut short ({size} bytes)</source>
        <translation>the file is cut short ({size} bytes)</translation>
    </message>
    <message>
        <source>the file is cut short ({size} bytes is not a whole number of pages)</source>
        <translation>the file is cut short ({size} bytes is not a whole number of pages)</translation>
    </message>
    <message>
        <source>the file is cut short ({size} of {expected} bytes)</source>
        <translation>the file is cut short ({size} of {expected} bytes)</translation>
    </message>
    <message>
        <source>the file's header is damaged</source>
        <translation>the file's header is damaged</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>damaged</translation>
    </message>
    <message>
        <source>the table {name} is missing</source>
        <translation>the table {name} is missing</translation>
    </message>
    <message>
        <source>the index {name} is missing</source>
        <translation>the index {name} is missing</translation>
    </message>
    <message>
        <source>the trigger {name} is missing</source>
        <translation>the trigger {name} is missing</translation>
    </message>
    <message>
        <source>the view {name} is missing</source>
        <translation>the view {name} is missing</translation>
    </message>
    <message>
        <source>the column {name} is missing</source>
        <translation>the column {name} is missing</translation>
    </message>
    <message>
        <source>the {kind} {name} is missing</source>
        <translation>the {kind} {name} is missing</translation>
    </message>
    <message>
        <source>the trigger {name} was changed</source>
        <translation>the trigger {name} was changed</translation>
    </message>
    <message>
        <source>schema version {found}, expected {expected}</source>
        <translation>schema version {found}, expected {expected}</translation>
    </message>
    <message>
        <source>{count} broken references</source>
        <translation>{count} broken references</translation>
    </message>
    <message>
        <source>{table}: {problem}</source>
        <translation>{table}: {problem}</translation>
    </message>
    <message>
        <source>audit log entry {seq} does not match the chain</source>
        <translation>audit log entry {seq} does not match the chain</translation>
    </message>
    <message>
        <source>audit log entry {seq} ({where}) is missing: entries were removed</source>
        <translation>audit log entry {seq} ({where}) is missing: entries were removed</translation>
    </message>
    <message>
        <source>audit log entry {seq} differs from {where}: the log was rewritten</source>
        <translation>audit log entry {seq} differs from {where}: the log was rewritten</translation>
    </message>
    <message>
        <source>recorded in the library's settings</source>
        <translation>recorded in the library's settings</translation>
    </message>
    <message>
        <source>recorded by the backup {name}</source>
        <translation>recorded by the backup {name}</translation>
    </message>
    <message>
        <source>empty copy</source>
        <translation>empty copy</translation>
    </message>
    <message>
        <source>size {size} != {pages} pages x {page_size}</source>
        <translation>size {size} != {pages} pages x {page_size}</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>counts</translation>
    </message>
    <message>
        <source>search index: damaged or of another version (rebuilt on next open)</source>
        <translation>search index: damaged or of another version (rebuilt on next open)</translation>
    </message>
    <message>
        <source>search index: made from another copy of the library (rebuilt on next open)</source>
        <translation>search index: made from another copy of the library (rebuilt on next open)</translation>
    </message>
    <message>
        <source>search index: {held} {kind}, the library has {count} (rebuilt on next open)</source>
        <translation>search index: {held} {kind}, the library has {count} (rebuilt on next open)</translation>
    </message>
    <message>
        <source>search index: {problem}</source>
        <translation>search index: {problem}</translation>
    </message>
    <message>
        <source>statements</source>
        <translation>statements</translation>
    </message>
    <message>
        <source>quotes</source>
        <translation>quotes</translation>
    </message>
    <message>
        <source>database disk image is malformed</source>
        <translation>database disk image is malformed</translation>
    </message>
    <message>
        <source>file is not a database</source>
        <translation>file is not a database</translation>
    </message>
    <message>
        <source>disk I/O error</source>
        <translation>disk I/O error</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Passphrase for {path}: </source>
        <translation>Passphrase for {path}: </translation>
    </message>
    <message>
        <source>Warning: the library {path} is damaged ({detail}). It is open read-only: what can still be read is shown, nothing is written.</source>
        <translation>Warning: the library {path} is damaged ({detail}). It is open read-only: what can still be read is shown, nothing is written.</translation>
    </message>
    <message>
        <source>Note: {path} cannot be written here; it is open read-only.</source>
        <translation>Note: {path} cannot be written here; it is open read-only.</translation>
    </message>
    <message>
        <source>There is no good backup of it to restore.</source>
        <translation>There is no good backup of it to restore.</translation>
    </message>
    <message>
        <source>The newest good backup is from {date} ({statements} statements). Restore it with:
  humasdesk --library {path} restore {backup}</source>
        <translation>The newest good backup is from {date} ({statements} statements). Restore it with:
  humasdesk --library {path} restore {backup}</translation>
    </message>
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
        <source>No case has an update due.</source>
        <translation>No case has an update due.</translation>
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
    <message>
        <source>Exported to {path}</source>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <source>Imported {path}: {title} ({quotes} quotes)</source>
        <translation>Imported {path}: {title} ({quotes} quotes)</translation>
    </message>
    <message>
        <source>{count:&gt;5} reports  {title}</source>
        <translation>{count:&gt;5} reports  {title}</translation>
    </message>
    <message>
        <source>Skipped {path}: {reason}</source>
        <translation>Skipped {path}: {reason}</translation>
    </message>
    <message>
        <source>{taken} reports taken in, in {groups} groups.</source>
        <translation>{taken} reports taken in, in {groups} groups.</translation>
    </message>
    <message>
        <source>{imported} imported, {duplicates} already in the library, {refused} refused.</source>
        <translation>{imported} imported, {duplicates} already in the library, {refused} refused.</translation>
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
    <message>
        <source>New passphrase: </source>
        <translation>New passphrase: </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Repeat the new passphrase: </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>{path} is already encrypted.</source>
        <translation>{path} is already encrypted.</translation>
    </message>
    <message>
        <source>Encrypted {path} (and {backups} of its backups).</source>
        <translation>Encrypted {path} (and {backups} of its backups).</translation>
    </message>
    <message>
        <source>Encrypted library created: {path}</source>
        <translation>Encrypted library created: {path}</translation>
    </message>
    <message>
        <source>No keyring on this computer: the passphrase was not remembered.</source>
        <translation>No keyring on this computer: the passphrase was not remembered.</translation>
    </message>
    <message>
        <source>These {count} copies HumasDesk made of the library could not be encrypted and still hold its text unencrypted:</source>
        <translation>These {count} copies HumasDesk made of the library could not be encrypted and still hold its text unencrypted:</translation>
    </message>
    <message>
        <source>Delete them? [y/N] </source>
        <translation>Delete them? [y/N] </translation>
    </message>
    <message>
        <source>They were kept. Delete them with: humasdesk encrypt --delete-plaintext</source>
        <translation>They were kept. Delete them with: humasdesk encrypt --delete-plaintext</translation>
    </message>
    <message>
        <source>Deleted {count} of them.</source>
        <translation>Deleted {count} of them.</translation>
    </message>
    <message>
        <source>{path} is not encrypted; use 'humasdesk encrypt' first.</source>
        <translation>{path} is not encrypted; use 'humasdesk encrypt' first.</translation>
    </message>
    <message>
        <source>Passphrase changed for {path} (and {backups} of its backups).</source>
        <translation>Passphrase changed for {path} (and {backups} of its backups).</translation>
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
        <source>The library {path} is open in HumasDesk elsewhere ({owner}). Close it there first.</source>
        <translation>The library {path} is open in HumasDesk elsewhere ({owner}). Close it there first.</translation>
    </message>
    <message>
        <source>The library {path} is encrypted. Give its passphrase (--passphrase-file, or the HUMASDESK_PASSPHRASE environment variable).</source>
        <translation>The library {path} is encrypted. Give its passphrase (--passphrase-file, or the HUMASDESK_PASSPHRASE environment variable).</translation>
    </message>
    <message>
        <source>Wrong passphrase for {path}. The library was not changed; try again.</source>
        <translation>Wrong passphrase for {path}. The library was not changed; try again.</translation>
    </message>
    <message>
        <source>Encrypted libraries need the sqlcipher3 package, which is not installed; {path} cannot be opened.</source>
        <translation>Encrypted libraries need the sqlcipher3 package, which is not installed; {path} cannot be opened.</translation>
    </message>
    <message>
        <source>The backup of {path} could not be verified ({detail}); it was not kept. Your library was not changed.</source>
        <translation>The backup of {path} could not be verified ({detail}); it was not kept. Your library was not changed.</translation>
    </message>
    <message>
        <source>There is no good backup of {path} to restore.</source>
        <translation>There is no good backup of {path} to restore.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {minimum} characters; nothing was changed.</source>
        <translation>A passphrase needs at least {minimum} characters; nothing was changed.</translation>
    </message>
    <message>
        <source>{path} is open read-only in this window, because HumasDesk has it open elsewhere. Nothing was changed. Close the other window and open the library again to edit.</source>
        <translation>{path} is open read-only in this window, because HumasDesk has it open elsewhere. Nothing was changed. Close the other window and open the library again to edit.</translation>
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
        <source>Checklist {id} {version} does not say how to carry answers from {old}.</source>
        <translation>Checklist {id} {version} does not say how to carry answers from {old}.</translation>
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
        <source>{where}: "draft" must be one of {kinds}, not "{draft}".</source>
        <translation>{where}: "draft" must be one of {kinds}, not "{draft}".</translation>
    </message>
    <message>
        <source>{where}: every column needs its own "key".</source>
        <translation>{where}: every column needs its own "key".</translation>
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
        <source>"risk_rule": {detail}.</source>
        <translation>"risk_rule": {detail}.</translation>
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
        <source>{name} says its text is in {encoding}, but its bytes are not; decoded that way it would be unreadable, so it was not imported. Save it again as UTF-8.</source>
        <translation>{name} says its text is in {encoding}, but its bytes are not; decoded that way it would be unreadable, so it was not imported. Save it again as UTF-8.</translation>
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
        <source>not a regular file</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>it is nested too deeply</translation>
    </message>
    <message>
        <source>exit code {code}</source>
        <translation>exit code {code}</translation>
    </message>
    <message>
        <source>“{title}” is under embargo until {when}. Exporting it for distribution needs your confirmation.</source>
        <translation>“{title}” is under embargo until {when}. Exporting it for distribution needs your confirmation.</translation>
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
        <source>empty output</source>
        <translation>empty output</translation>
    </message>
    <message>
        <source>This library is encrypted, but the exported file will not be: anyone who gets the file can read it. Keep it somewhere safe and delete it when it is no longer needed.</source>
        <translation>This library is encrypted, but the exported file will not be: anyone who gets the file can read it. Keep it somewhere safe and delete it when it is no longer needed.</translation>
    </message>
    <message>
        <source>{path} is not encrypted; it has no passphrase to change.</source>
        <translation>{path} is not encrypted; it has no passphrase to change.</translation>
    </message>
    <message>
        <source>{path} already exists; nothing was changed.</source>
        <translation>{path} already exists; nothing was changed.</translation>
    </message>
    <message>
        <source>{name} is already in the library, as “{title}”; it was not imported again.</source>
        <translation>{name} is already in the library, as “{title}”; it was not imported again.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} does not exist.</translation>
    </message>
    <message>
        <source>The import stopped after {imported} files were saved (listed): {reason} The files after them were not imported.</source>
        <translation>The import stopped after {imported} files were saved (listed): {reason} The files after them were not imported.</translation>
    </message>
    <message>
        <source>the disk is full. Free some space and import the rest again.</source>
        <translation>the disk is full. Free some space and import the rest again.</translation>
    </message>
    <message>
        <source>{path} is not a file but {kind}; only files are imported.</source>
        <translation>{path} is not a file but {kind}; only files are imported.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {detail}</source>
        <translation>{path} cannot be read: {detail}</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>a named pipe</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>a socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>a device</translation>
    </message>
    <message>
        <source>it is a link that leads back to itself.</source>
        <translation>it is a link that leads back to itself.</translation>
    </message>
    <message>
        <source>it is a link to something that is not there.</source>
        <translation>it is a link to something that is not there.</translation>
    </message>
    <message>
        <source>The library {path} is in a {service} folder. Sync tools copy the file while HumasDesk is still writing it, which can damage the library. Keep the library in a local folder; copies of its backups may go to the synced folder.</source>
        <translation>The library {path} is in a {service} folder. Sync tools copy the file while HumasDesk is still writing it, which can damage the library. Keep the library in a local folder; copies of its backups may go to the synced folder.</translation>
    </message>
    <message>
        <source>The library {path} is on a network share. Network folders can lose the locks that keep two writers apart, and a dropped connection mid-save can damage the library. Keep the library on this computer's own disk.</source>
        <translation>The library {path} is on a network share. Network folders can lose the locks that keep two writers apart, and a dropped connection mid-save can damage the library. Keep the library on this computer's own disk.</translation>
    </message>
    <message>
        <source>{path} is not a HumasDesk pack: {detail}</source>
        <translation>{path} is not a HumasDesk pack: {detail}</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>file not found</translation>
    </message>
    <message>
        <source>not a pack file</source>
        <translation>not a pack file</translation>
    </message>
    <message>
        <source>no version</source>
        <translation>no version</translation>
    </message>
    <message>
        <source>the checksum does not match (damaged or edited)</source>
        <translation>the checksum does not match (damaged or edited)</translation>
    </message>
    <message>
        <source>no {key} list</source>
        <translation>no {key} list</translation>
    </message>
    <message>
        <source>{path} was made by a newer HumasDesk (pack version {found}); update HumasDesk to import it.</source>
        <translation>{path} was made by a newer HumasDesk (pack version {found}); update HumasDesk to import it.</translation>
    </message>
    <message>
        <source>template</source>
        <translation>template</translation>
    </message>
    <message>
        <source>Unknown office details: {names}</source>
        <translation>Unknown office details: {names}</translation>
    </message>
    <message>
        <source>The numbering pattern cannot be used ({detail}). Use {{n}}, {{n:03d}}, {{month_roman}}, {{month}}, {{year}} and {{office_short}}.</source>
        <translation>The numbering pattern cannot be used ({detail}). Use {{n}}, {{n:03d}}, {{month_roman}}, {{month}}, {{year}} and {{office_short}}.</translation>
    </message>
    <message>
        <source>Unknown settings: {names}</source>
        <translation>Unknown settings: {names}</translation>
    </message>
    <message>
        <source>{key} must be a whole number, not '{value}'.</source>
        <translation>{key} must be a whole number, not '{value}'.</translation>
    </message>
    <message>
        <source>The time zone must be WIB, WITA or WIT, not '{value}'.</source>
        <translation>The time zone must be WIB, WITA or WIT, not '{value}'.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({detail}).</source>
        <translation>{path} cannot be read ({detail}).</translation>
    </message>
    <message>
        <source>{path} is not a file of reports: give .txt or .csv files, or folders of them.</source>
        <translation>{path} is not a file of reports: give .txt or .csv files, or folders of them.</translation>
    </message>
    <message>
        <source>The playbook {file} cannot be used: {problem}</source>
        <translation>The playbook {file} cannot be used: {problem}</translation>
    </message>
    <message>
        <source>the id "{id}" may hold only lower-case letters, digits, - and _.</source>
        <translation>the id "{id}" may hold only lower-case letters, digits, - and _.</translation>
    </message>
    <message>
        <source>Updates can be due every 2, 4, 12 or 24 hours, or at a set time.</source>
        <translation>Updates can be due every 2, 4, 12 or 24 hours, or at a set time.</translation>
    </message>
    <message>
        <source>group of reports</source>
        <translation>group of reports</translation>
    </message>
    <message>
        <source>Choose some of the group's reports to split off, not all of them.</source>
        <translation>Choose some of the group's reports to split off, not all of them.</translation>
    </message>
    <message>
        <source>Choose at least two groups to merge.</source>
        <translation>Choose at least two groups to merge.</translation>
    </message>
    <message>
        <source>“{title}” cannot be laid out as pages: it is {length} characters long, and pages hold at most {limit}. Export it as Word (.docx) or text instead.</source>
        <translation>“{title}” cannot be laid out as pages: it is {length} characters long, and pages hold at most {limit}. Export it as Word (.docx) or text instead.</translation>
    </message>
    <message>
        <source>“{title}” cannot be laid out as pages: it holds a run of over {limit} characters without a space. Export it as Word (.docx) or text instead.</source>
        <translation>“{title}” cannot be laid out as pages: it holds a run of over {limit} characters without a space. Export it as Word (.docx) or text instead.</translation>
    </message>
    <message>
        <source>A backup cannot be written over the library itself ({path}). Choose another file.</source>
        <translation>A backup cannot be written over the library itself ({path}). Choose another file.</translation>
    </message>
    <message>
        <source>unknown field {name}</source>
        <translation>unknown field {name}</translation>
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
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Why it matters</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>The situation</source>
        <translation>The situation</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Actions taken</translation>
    </message>
    <message>
        <source>Time of the next update</source>
        <translation>Time of the next update</translation>
    </message>
    <message>
        <source>The claim</source>
        <translation>The claim</translation>
    </message>
    <message>
        <source>The claim in a few words</source>
        <translation>The claim in a few words</translation>
    </message>
    <message>
        <source>The facts</source>
        <translation>The facts</translation>
    </message>
    <message>
        <source>Official channels</source>
        <translation>Official channels</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Speaker's position</source>
        <translation>Speaker's position</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>Office short name</source>
        <translation>Office short name</translation>
    </message>
    <message>
        <source>Office address</source>
        <translation>Office address</translation>
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
        <source>About the office</source>
        <translation>About the office</translation>
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
        <source>Where the public reports hoaxes</source>
        <translation>Where the public reports hoaxes</translation>
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
        <source>This office's priority rule (not part of RESIST)</source>
        <translation>This office's priority rule (not part of RESIST)</translation>
    </message>
    <message>
        <source>Likelihood {likelihood} × impact {impact} = risk score {score}: {priority} priority.</source>
        <translation>Likelihood {likelihood} × impact {impact} = risk score {score}: {priority} priority.</translation>
    </message>
    <message>
        <source>An impact of {impact} makes it at least {priority} priority.</source>
        <translation>An impact of {impact} makes it at least {priority} priority.</translation>
    </message>
    <message>
        <source>Harm could come {urgency}: raised to {priority} priority.</source>
        <translation>Harm could come {urgency}: raised to {priority} priority.</translation>
    </message>
    <message>
        <source>within hours</source>
        <translation>within hours</translation>
    </message>
    <message>
        <source>within days</source>
        <translation>within days</translation>
    </message>
    <message>
        <source>within weeks</source>
        <translation>within weeks</translation>
    </message>
    <message>
        <source>Likelihood {likelihood} × impact {impact} = risk score {score} ({priority} by the score).</source>
        <translation>Likelihood {likelihood} × impact {impact} = risk score {score} ({priority} by the score).</translation>
    </message>
    <message>
        <source>Priority: {priority}.</source>
        <translation>Priority: {priority}.</translation>
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
<context>
    <name>search</name>
    <message>
        <source>Most relevant first</source>
        <translation>Most relevant first</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <source>Order of the search results</source>
        <translation>Order of the search results</translation>
    </message>
</context>
<context>
    <name>statements</name>
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
