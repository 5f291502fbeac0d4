<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>SafetyController</name>
    <message>
        <source>Bac&amp;kups…</source>
        <translation>Bac&amp;kups…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Change &amp;passphrase…</translation>
    </message>
    <message>
        <source>&amp;Encrypt library…</source>
        <translation>&amp;Encrypt library…</translation>
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
        <source>Encrypted library</source>
        <translation>Encrypted library</translation>
    </message>
    <message>
        <source>The library and its backups are now encrypted. Keep the passphrase safe: without it nobody can open them. Files you export are not encrypted.</source>
        <translation>The library and its backups are now encrypted. Keep the passphrase safe: without it nobody can open them. Files you export are not encrypted.</translation>
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
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Passphrase for {path}: </source>
        <translation>Passphrase for {path}: </translation>
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
        <source>{path} is not encrypted; use 'humasdesk encrypt' first.</source>
        <translation>{path} is not encrypted; use 'humasdesk encrypt' first.</translation>
    </message>
    <message>
        <source>Passphrase changed for {path} (and {backups} of its backups).</source>
        <translation>Passphrase changed for {path} (and {backups} of its backups).</translation>
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
        <source>This library is encrypted, but the exported file will not be: anyone who gets the file can read it. Keep it somewhere safe and delete it when it is no longer needed.</source>
        <translation>This library is encrypted, but the exported file will not be: anyone who gets the file can read it. Keep it somewhere safe and delete it when it is no longer needed.</translation>
    </message>
    <message>
        <source>The library {path} is in a {service} folder. Sync tools copy the file while HumasDesk is still writing it, which can damage the library. Keep the library in a local folder; copies of its backups may go to the synced folder.</source>
        <translation>The library {path} is in a {service} folder. Sync tools copy the file while HumasDesk is still writing it, which can damage the library. Keep the library in a local folder; copies of its backups may go to the synced folder.</translation>
    </message>
    <message>
        <source>The library {path} is on a network share. Network folders can lose the locks that keep two writers apart, and a dropped connection mid-save can damage the library. Keep the library on this computer's own disk.</source>
        <translation>The library {path} is on a network share. Network folders can lose the locks that keep two writers apart, and a dropped connection mid-save can damage the library. Keep the library on this computer's own disk.</translation>
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
