<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Contacts files (*.csv *.txt *.tsv *.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/app.py"/>
        <source>Creating demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/app.py"/>
        <source>Demo data added: {n} contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Find &amp;duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Import from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Load matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Matching files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Save matching as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Save rejected rows to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Call logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Details (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Log a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Note added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Schedule a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Task scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>What is to be done?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>What was said? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>What was the call about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Write a note… (Ctrl+Enter saves)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>Add &amp;tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>Assign &amp;owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>E&amp;xport to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>Export {records}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>Exported {records} to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>Move {records} to the trash? You can undo this right after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>Owner changed on {records}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>Tag to add to {records}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>Tagged {records} “{tag}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>Working on {records}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/live_updates.py"/>
        <source>%v of %m s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/live_updates.py"/>
        <source>The file is busy (in use by {name}); waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/live_updates.py"/>
        <source>The file is busy; waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/live_updates.py"/>
        <source>Waiting for the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardList</name>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/card_list.py"/>
        <source>No deals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/charts.py"/>
        <source>Click to see the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>&amp;Merge into the existing record (fill empty fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>&amp;Skip duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>C&amp;hange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Create &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Nothing has been stored yet. Choose what happens to duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Rejected rows go to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>{rows} rows: {created} to create, {merged} to merge, {skipped} to skip, {rejected} rejected (they go to an error file with the reason).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompaniesView</name>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/view.py"/>
        <source>&amp;New company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/view.py"/>
        <source>1 company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/view.py"/>
        <source>Choose a company to see its people, deals and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/view.py"/>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/view.py"/>
        <source>Company deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/view.py"/>
        <source>No companies match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/view.py"/>
        <source>No companies yet.
Add the organisations you work with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/view.py"/>
        <source>companies.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/view.py"/>
        <source>{n} companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/view.py"/>
        <source>{n} companies deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyDetail</name>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>Customer value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>Nobody from this company yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>{n} companies selected.

Add a tag, assign an owner, export or delete them with the buttons above the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>{n} people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyField</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/company_field.py"/>
        <source>Type to find a company, or a new name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyFilterBar</name>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/filters.py"/>
        <source>Filter by name, e-mail, website or VAT number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>&amp;E-mails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>&amp;Industry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>&amp;Phones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>&amp;VAT number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>+39 06 1234 5678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>New company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>e.g. Construction, Retail, Software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>e.g. IT01234567890</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>info@example.com
billing: invoices@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>www.example.com</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyTableModel</name>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/model.py"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/model.py"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/model.py"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/model.py"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/model.py"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/model.py"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/model.py"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/model.py"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/model.py"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>Remove this condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/conflict.py"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/conflict.py"/>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/conflict.py"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/conflict.py"/>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/conflict.py"/>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/conflict.py"/>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/conflict.py"/>
        <source>{who} saved this {kind} while you were editing it. For each field that differs, choose which value to keep. Nothing is saved until you press Save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>Consented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>Consented ({how})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>Customer value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>Lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>No consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>{job} at {company}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>{n} contacts selected.

Add a tag, assign an owner, export or delete them with the buttons above the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactFilterBar</name>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/filters.py"/>
        <source>Any stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/filters.py"/>
        <source>Filter by name, e-mail, phone or company</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>&amp;Birthday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>&amp;E-mails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>&amp;Job title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>&amp;Marketing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>&amp;Phones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>+39 06 1234 5678
mobile: 333 123 4567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>Agreed to receive marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>C&amp;ompany:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>Choose an existing company, or agree to create this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>Consent given &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>Lead so&amp;urce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>Lifecycle &amp;stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>New company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>There is no company called “{name}” yet. Create it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>anna@example.com
home: anna@mail.it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>e.g. trade fair, website, referral</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/model.py"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/model.py"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/model.py"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/model.py"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/model.py"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/model.py"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/model.py"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/model.py"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/model.py"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/view.py"/>
        <source>&amp;New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/view.py"/>
        <source>1 contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/view.py"/>
        <source>Choose a contact to see their details and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/view.py"/>
        <source>Contact deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/view.py"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/view.py"/>
        <source>No contacts match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/view.py"/>
        <source>No contacts yet.
Add the people you work with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/view.py"/>
        <source>contacts.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/view.py"/>
        <source>{n} contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/view.py"/>
        <source>{n} contacts deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomFieldsEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/custom_fields_editor.py"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerValueSection</name>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/customer_value.py"/>
        <source>Lifetime value: {values}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/customer_value.py"/>
        <source>No orders yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/customer_value.py"/>
        <source>Nothing to suggest yet from what others bought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/customer_value.py"/>
        <source>Working out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/customer_value.py"/>
        <source>Worth offering:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/customer_value.py"/>
        <source>support {support:.0%}, confidence {confidence:.0%}, lift {lift:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/customer_value.py"/>
        <source>{total} from one order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/customer_value.py"/>
        <source>{total} over {n} orders (average {average})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>&amp;Customers are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>&amp;Money in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>1 customer with orders in {currency}, as of {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {description} ({rule}). 1 customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {description} ({rule}). {n} customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Average order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Days since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Last order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>Lead sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>Lowest spenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>No orders yet: import or record orders to see customer analytics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Order days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>R F M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>RFM segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>RFM segments and spenders count only orders in {currency} (not {others}); At risk counts orders in every currency: it is about when people buy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Revenue (won deals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>Spenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>Suggestions come from association rules over what customers bought (support at least {support:.0%}, confidence at least {confidence:.0%}, two customers at least): each customer's strongest product they have not bought yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>The first {page} are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>Top spenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>Upsell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Usual gap (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Won / lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>{n} customers with orders in {currency}, as of {day}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>1 open deal, weighted {weighted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>Amounts in {main}. Deals and orders in {others} are listed under each figure and in the charts' tooltips, never converted or added to {main}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>Bars in {main}; {others} in the tooltips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>Deals won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>Open deals now; won and lost in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>Weeks from Monday: tickets opened, and tickets resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>also {amounts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>everyone's open tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>new, open or pending now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>open past their SLA due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>thousands of {currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>weighted, of {value} in 1 deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>weighted, of {value} in {n} deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>{days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>{first} to {last}: orders placed and deals won, side by side (an order may come from a deal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>{now} (before {before})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>{n} open deals, weighted {weighted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>{stage}: {n} deals
{amounts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>{start} – {end}, compared with {prev_start} – {prev_end}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardLinks</name>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>deals closed in {stage} {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>deals won or lost {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>deals won {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>from {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>open deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>open deals expected to close this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>open deals expected to close this quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>open deals in {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>overdue tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>placed {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>tasks due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>tickets opened {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>tickets opened {period} that broke their SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>tickets resolved {period}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Average sales cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Deals won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Export the dashboard as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Forecast this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Forecast this quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Nothing to show yet: add or import deals, orders and tickets (File &gt; Import) to see where the business stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Open pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Overdue tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Pipeline by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Revenue by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>SLA breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Saved the dashboard to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Tasks due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Tickets opened and resolved per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Tickets resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Writing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>&amp;Probability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>&amp;Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Co&amp;mpany:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Co&amp;ntact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Deal “{title}” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Deal: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>E&amp;xpected close:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Lost &amp;reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Lost on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Mark as &amp;lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Mark as &amp;won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>New deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Not saved: someone else changed this deal. Save again to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Not&amp;es:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>St&amp;age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Stage default ({probability}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Won on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>pick the company from the list, or leave it empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>pick the contact from the list, or leave it empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>{stage} ({probability}%), {days} days in stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealFilterBar</name>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/filters.py"/>
        <source>&amp;Closing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/filters.py"/>
        <source>&amp;Pipeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/filters.py"/>
        <source>Any owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/filters.py"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/filters.py"/>
        <source>From – to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/filters.py"/>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/filters.py"/>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/filters.py"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/filters.py"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/filters.py"/>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealListView</name>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_list.py"/>
        <source>No deals match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealTableModel</name>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_list.py"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_list.py"/>
        <source>Days in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_list.py"/>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_list.py"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_list.py"/>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_list.py"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_list.py"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_list.py"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_list.py"/>
        <source>Weighted value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/model.py"/>
        <source>same e-mail {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/model.py"/>
        <source>same name {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/model.py"/>
        <source>same phone {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/model.py"/>
        <source>same website {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/model.py"/>
        <source>similar names {value} ({score}%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>&amp;Not a duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>1 possible duplicate to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Duplicate companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Duplicate contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Looking for duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Merge “{other}” into “{kept}”? “{other}” goes to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Merged into “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Merging keeps the chosen record's values, fills its blanks from the other and moves the other's e-mails, phones, tags, deals, tickets, orders and activities to it. The other goes to the trash, from where it can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Merging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>No likely duplicates found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Related records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Why: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>{n} possible duplicates to review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>(the file's country)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>A CSV file from a spreadsheet, Google Contacts, Outlook or another CRM, or a vCard (.vcf) file from a phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>A vCard file holds contacts: choose Contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>C&amp;ompanies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Numbers &amp;without a country code are from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Path of the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>{path} is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileSafety</name>
    <message>
        <location filename="../../src/crm_desktop/ui/file_safety.py"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/file_safety.py"/>
        <source>Automatic backup failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/file_safety.py"/>
        <source>Backed up to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/file_safety.py"/>
        <source>Backing up the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/file_safety.py"/>
        <source>Backup restored. The previous content is kept in {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/file_safety.py"/>
        <source>Restore from bac&amp;kup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/file_safety.py"/>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/file_safety.py"/>
        <source>The file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/file_safety.py"/>
        <source>This file is read-only: changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/file_safety.py"/>
        <source>{error}

Restore the newest backup, made {when}? The damaged file is kept beside your backups.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/filter_bar.py"/>
        <source>Any country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/filter_bar.py"/>
        <source>Any owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/filter_bar.py"/>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../src/crm_desktop/ui/help.py"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/help.py"/>
        <source>&amp;Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/help.py"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/help.py"/>
        <source>crm-desktop user guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/history_view.py"/>
        <source>What / after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/history_view.py"/>
        <source>When / field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/history_view.py"/>
        <source>Who / before</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Custom: {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>E-mail label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Full name (split)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Marketing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Merge into existing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Phone label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Region / province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Skip (duplicate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/wizard.py"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../src/crm_desktop/ui/export_list.py"/>
        <source>CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/export_list.py"/>
        <source>E&amp;xport list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/export_list.py"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/export_list.py"/>
        <source>Exported {n} records to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/export_list.py"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/export_list.py"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/export_list.py"/>
        <source>Write the records this list shows (its filters) to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/export_list.py"/>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/export_list.py"/>
        <source>vCard (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LostReasonDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/close_dialog.py"/>
        <source>Deal lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/close_dialog.py"/>
        <source>For example: too expensive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/close_dialog.py"/>
        <source>Mark as &amp;lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/close_dialog.py"/>
        <source>Why was “{title}” lost?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>&amp;New file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>&amp;Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>(no recent files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>Also open: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>CRM files (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>CRM files (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>New &amp;contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>New &amp;deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>New &amp;ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>New CRM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>New c&amp;ompany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>New t&amp;ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>Open a CRM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>Opened {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>Undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>{file} — crm-desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>&amp;Load matching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>&amp;Remember this matching for files with these columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>&amp;Save matching as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>(skip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Each column of the file fills the field chosen for it; (skip) leaves it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>First row holds the column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Read as {format}; columns matched by: {origin}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>UTF-16 (Excel Unicode text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>UTF-16 big-endian without BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>UTF-16 little-endian without BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>UTF-8 with BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Vertical bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Windows-1252 (Latin-1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../src/crm_desktop/ui/operations.py"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderListDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/orders/list_dialog.py"/>
        <source>1 order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/orders/list_dialog.py"/>
        <source>Double-click an order to open its customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/orders/list_dialog.py"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/orders/list_dialog.py"/>
        <source>{n} orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/orders/list_dialog.py"/>
        <source>{orders} {caption}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderListModel</name>
    <message>
        <location filename="../../src/crm_desktop/ui/orders/list_dialog.py"/>
        <source>#{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/orders/list_dialog.py"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/orders/list_dialog.py"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/orders/list_dialog.py"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/orders/list_dialog.py"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairListModel</name>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/model.py"/>
        <source>Looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/model.py"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/model.py"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>%n open deal worth {worth}, weighted {weighted}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>%n open deals worth {worth}, weighted {weighted}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>&amp;Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>&amp;Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>&amp;New deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>Deal “{title}” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>L&amp;ist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>No open deals match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>No open deals yet: add one with “New deal”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>There is no pipeline in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>“{title}” moved to {stage}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>The first rows as they will be stored. Red cells will be rejected, yellow ones are stored with a note; point at a cell to read why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDetail</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_detail.py"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_detail.py"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_detail.py"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_detail.py"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_detail.py"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_detail.py"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_detail.py"/>
        <source>More fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_detail.py"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_detail.py"/>
        <source>Owner: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_detail.py"/>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_form.py"/>
        <source>Not saved: someone else changed this record. Save again to compare.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_list_view.py"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_list_view.py"/>
        <source>All {n} shown are selected. &lt;a href='all'&gt;Select all {records}&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_list_view.py"/>
        <source>All {records} are selected. &lt;a href='clear'&gt;Clear selection&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_list_view.py"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_list_view.py"/>
        <source>Filter the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_list_view.py"/>
        <source>That record is no longer there (it may be in the trash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_list_view.py"/>
        <source>{count} · {n} selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>&amp;Records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>Also write the figures as CSV, beside the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>From – to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>Make report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>Save the report as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>Type a contact's or company's name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>pick a contact or company from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>say where to save the report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/menu.py"/>
        <source>&amp;Customer profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/menu.py"/>
        <source>&amp;Pipeline by stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/menu.py"/>
        <source>&amp;Won and lost deals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/menu.py"/>
        <source>Sales &amp;forecast…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/menu.py"/>
        <source>Support &amp;tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/menu.py"/>
        <source>Top c&amp;ustomers…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsMenu</name>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/menu.py"/>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/menu.py"/>
        <source>Making the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/menu.py"/>
        <source>Report saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/restore.py"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/restore.py"/>
        <source>Backups of this file kept in your own data folder, newest first. Restoring replaces everything in the file with the backup's content; the current content is backed up first, so this can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/restore.py"/>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/restore.py"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/restore.py"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/restore.py"/>
        <source>Everything in the file will be replaced by the backup made {when} ({contacts} contacts). Colleagues who have the file open will see the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/restore.py"/>
        <source>Folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/restore.py"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/restore.py"/>
        <source>No backups of this file yet. They are made when it is opened, once a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/restore.py"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/restore.py"/>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/restore.py"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/restore.py"/>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Done: {created} created, {merged} merged, {skipped} skipped, {rejected} rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Import cancelled: nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Importing… nothing is kept if you cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Rejected rows and the reasons are in {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>The import stopped and nothing was stored:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedViewChip</name>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/chip.py"/>
        <source>Show the whole list again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/chip.py"/>
        <source>Smart list: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../src/crm_desktop/ui/search_popup.py"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/search_popup.py"/>
        <source>Search contacts, companies, deals, tickets (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/settings.py"/>
        <source>Company name for &amp;reports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/settings.py"/>
        <source>Default &amp;country for phone numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/settings.py"/>
        <source>Default c&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/settings.py"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/settings.py"/>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/settings.py"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShownListBanner</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/shown_list_banner.py"/>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/shown_list_banner.py"/>
        <source>Showing: {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmartListDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>&amp;Matching:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>+ Add condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>Complete the conditions to see how many match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>Edit smart list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>New smart list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>all of these conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>any of these conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>e.g. Customers in Milan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>{n} {records} match now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmartLists</name>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>Delete smart list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>Delete the smart list “{name}”? The records in it stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>does not contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>does not have tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>has tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>is after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>is before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>is between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>is in the last (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>is less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>is more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>is no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>is yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>starts with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmartListsPanel</name>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>&amp;New smart list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>New smart list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>SMART LISTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>Save a filter as a smart list with +.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/pipeline/board.py"/>
        <source>%n deal</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/pipeline/board.py"/>
        <source>%n deals</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/board.py"/>
        <source>+{count} more in the list view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/board.py"/>
        <source>{deals}, last {days} days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageHistory</name>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_history.py"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_history.py"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_history.py"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_history.py"/>
        <source>{old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagChip</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/tag_editor.py"/>
        <source>Remove the tag “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/tag_editor.py"/>
        <source>+ Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/tag_editor.py"/>
        <source>Type a tag and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagNameDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/tag_editor.py"/>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/tag_editor.py"/>
        <source>Tag name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskForm</name>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>&amp;About:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>&amp;Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>&amp;Task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>Notes (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>Optional: a contact, company, deal or ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>Task added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>e.g. Call back about the quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>pick the record from the list, or leave it empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>say what is to be done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskTreeModel</name>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/model.py"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/model.py"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/model.py"/>
        <source>Done {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/model.py"/>
        <source>Double-click or press Enter to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/model.py"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/model.py"/>
        <source>Due {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/model.py"/>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/model.py"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/model.py"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/model.py"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/model.py"/>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/model.py"/>
        <source>{kind}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>&amp;Delete task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>&amp;Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>&amp;New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>&amp;Open {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>1 open task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>Me ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>Nothing to do: no open tasks.
Add one with “New task” (Ctrl+Shift+A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>Show &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>Task deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>Task done: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>Tasks &amp;of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>This task is not about a particular record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>{n} open tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>{open}, {late} overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketDetail</name>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>#{number} · via {channel} · opened {time} by {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>&amp;Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>&amp;Send reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>Add internal n&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>Assi&amp;gnee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>Closed {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>Internal note added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>No contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>Reply sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>Resolved {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>SLA: due {when} ({time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>SLA: {late} (was due {time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>Ticket #{number} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>Write a reply to the customer, or an internal note… (Ctrl+Enter sends)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketFilterBar</name>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/filters.py"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/filters.py"/>
        <source>Any priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/filters.py"/>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/filters.py"/>
        <source>Assign&amp;ee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/filters.py"/>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/filters.py"/>
        <source>New, open and pending tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/filters.py"/>
        <source>O&amp;verdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/filters.py"/>
        <source>Open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/filters.py"/>
        <source>P&amp;riority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/filters.py"/>
        <source>St&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/filters.py"/>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketForm</name>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>&amp;Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>Create ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>Ticket #{number} created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>Type a name to find the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>What is it about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>What the customer wrote or said; it starts the thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>a subject is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>pick the contact from the list, or leave it empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/model.py"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/model.py"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/model.py"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/model.py"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/model.py"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/model.py"/>
        <source>Due {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/model.py"/>
        <source>Overdue: was due {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/model.py"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/model.py"/>
        <source>SLA due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/model.py"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/model.py"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketThread</name>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/thread.py"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/thread.py"/>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/thread.py"/>
        <source>No messages yet. Write the first reply below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/thread.py"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/thread.py"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketsView</name>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/view.py"/>
        <source>&amp;Delete ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/view.py"/>
        <source>&amp;New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/view.py"/>
        <source>1 ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/view.py"/>
        <source>Choose a ticket to see its conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/view.py"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/view.py"/>
        <source>New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/view.py"/>
        <source>No open tickets: all caught up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/view.py"/>
        <source>No tickets match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/view.py"/>
        <source>No tickets yet.
When a customer asks for help, open a ticket here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/view.py"/>
        <source>Show all tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/view.py"/>
        <source>Ticket #{number} deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/view.py"/>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/view.py"/>
        <source>{n} tickets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/tiles.py"/>
        <source>Click to see the list behind this figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/tiles.py"/>
        <source>previous period: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/tiles.py"/>
        <source>{arrow} {percent} vs {previous}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/tiles.py"/>
        <source>{arrow} {points} vs {previous}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineItem</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>deal: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>done {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>due {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>ticket: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>with {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>&amp;Log call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Add &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Nothing logged yet. Add a note or log a call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Schedule &amp;task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>&amp;Purge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Purged for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Restored from the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>{n} in the trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/welcome.py"/>
        <source>&lt;h2&gt;Welcome to crm-desktop&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/welcome.py"/>
        <source>Start &amp;empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/welcome.py"/>
        <source>Start with &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/welcome.py"/>
        <source>Welcome to crm-desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/welcome.py"/>
        <source>Your customers, deals and tickets live in one file on this computer. Nothing leaves the building.&lt;br&gt;&lt;br&gt;Would you like to look around with example data first, or start with an empty file?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../src/crm_desktop/ui/app.py"/>
        <source>Cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/app.py"/>
        <source>Open a CRM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/app.py"/>
        <source>The file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/app.py"/>
        <source>{error}

Restore the newest good backup, made {when}? The damaged file is kept beside your backups.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conflict</name>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/conflict.py"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/conflict.py"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/conflict.py"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>detail</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/detail_text.py"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/detail_text.py"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/detail_text.py"/>
        <source>{when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../src/crm_desktop/ui/errors.py"/>
        <source>An unexpected error happened. Nothing was saved by the action that failed. Please report this with the details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/errors.py"/>
        <source>Cannot do that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/errors.py"/>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/errors.py"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/errors.py"/>
        <source>Please check the highlighted fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/errors.py"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/errors.py"/>
        <source>The file could not be used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>form</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/form_fields.py"/>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/form_fields.py"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/form_fields.py"/>
        <source>Cou&amp;ntry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/form_fields.py"/>
        <source>Line {n}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/form_fields.py"/>
        <source>Not a date. Type it like {example}, or pick it with ▾.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/form_fields.py"/>
        <source>Pick a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/form_fields.py"/>
        <source>Postcode, cit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/form_fields.py"/>
        <source>S&amp;treet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/form_fields.py"/>
        <source>e.g. {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/custom_fields_editor.py"/>
        <source>{label}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>Former customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>Today {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>Tomorrow {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>Yesterday {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>in {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>{amount} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>{n} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>{n} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/history_view.py"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/history_view.py"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/history_view.py"/>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/history_view.py"/>
        <source>Moved to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/history_view.py"/>
        <source>Purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/history_view.py"/>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pipeline</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/pipeline/formatting.py"/>
        <source>%n day in stage</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/pipeline/formatting.py"/>
        <source>%n days in stage</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/card.py"/>
        <source>Closed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/close_dialog.py"/>
        <source>Deal won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/card.py"/>
        <source>Expected close: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/close_dialog.py"/>
        <source>Mark as &amp;won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/close_dialog.py"/>
        <source>Mark “{title}” as won, closed today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/formatting.py"/>
        <source>New in stage today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/card.py"/>
        <source>No company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/card.py"/>
        <source>Owner: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>related</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>#{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>#{number} {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>No deals yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>No orders yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>No tickets yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>{title} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tickets</name>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/labels.py"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/labels.py"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/labels.py"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/labels.py"/>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/labels.py"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/labels.py"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/labels.py"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/labels.py"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/labels.py"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/labels.py"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/labels.py"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/labels.py"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/labels.py"/>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trash</name>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>&amp;Purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Delete {what} for good? This cannot be undone from the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>History keeps what they held; a backup can bring them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Purge for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
