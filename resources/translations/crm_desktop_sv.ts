<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Contact files (*.csv *.txt *.tsv *.vcf *.vcard);;All files (*)</source>
        <translation>Kontaktfiler (*.csv *.txt *.tsv *.vcf *.vcard);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/app.py"/>
        <source>Creating demo data…</source>
        <translation>Skapar demodata…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/app.py"/>
        <source>Demo data added: {n} contacts.</source>
        <translation>Demodata tillagd: {n} kontakter.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Find &amp;duplicates…</source>
        <translation>Hitta &amp;dubbletter…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Import from</source>
        <translation>Importera från</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Load matching</source>
        <translation>Läs in matchning</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Matching files (*.json)</source>
        <translation>Matchningsfiler (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Save matching as</source>
        <translation>Spara matchning som</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Save rejected rows to</source>
        <translation>Spara avvisade rader i</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Call logged.</source>
        <translation>Samtal loggat.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Details (optional)</source>
        <translation>Detaljer (valfritt)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Log a call</source>
        <translation>Logga ett samtal</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>New note</source>
        <translation>Ny anteckning</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Note added.</source>
        <translation>Anteckning tillagd.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Schedule a task</source>
        <translation>Planera en uppgift</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Subject:</source>
        <translation>Ämne:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Task scheduled.</source>
        <translation>Uppgift planerad.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>What is to be done?</source>
        <translation>Vad ska göras?</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>What was said? (optional)</source>
        <translation>Vad sades? (valfritt)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>What was the call about?</source>
        <translation>Vad handlade samtalet om?</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>When:</source>
        <translation>När:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Write a note… (Ctrl+Enter saves)</source>
        <translation>Skriv en anteckning… (Ctrl+Enter sparar)</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>&amp;Delete</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>Add &amp;tag…</source>
        <translation>Lägg till &amp;tagg…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>Added the tag “{tag}” to {records}.</source>
        <translation>Taggen ”{tag}” lades till på {records}.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>Assign &amp;owner</source>
        <translation>Tilldela &amp;ansvarig</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>E&amp;xport to CSV…</source>
        <translation>E&amp;xportera till CSV…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>Export {records}</source>
        <translation>Exportera {records}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>Exported {records} to {file}.</source>
        <translation>Exporterade {records} till {file}.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>Move {records} to the trash? You can undo this right after.</source>
        <translation>Flytta {records} till papperskorgen? Du kan ångra det direkt efteråt.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>Owner changed on {records}.</source>
        <translation>Ansvarig ändrad för {records}.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>Tag to add to {records}:</source>
        <translation>Tagg att lägga till för {records}:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>Unassigned</source>
        <translation>Ej tilldelad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>Working on {records}…</source>
        <translation>Bearbetar {records}…</translation>
    </message>
</context>
<context>
    <name>BusyDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/live_updates.py"/>
        <source>%v of %m s</source>
        <translation>%v av %m s</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/live_updates.py"/>
        <source>The file is busy (in use by {name}); waiting…</source>
        <translation>Filen är upptagen (används av {name}); väntar…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/live_updates.py"/>
        <source>The file is busy; waiting…</source>
        <translation>Filen är upptagen; väntar…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/live_updates.py"/>
        <source>Waiting for the file</source>
        <translation>Väntar på filen</translation>
    </message>
</context>
<context>
    <name>CardList</name>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/card_list.py"/>
        <source>No deals</source>
        <translation>Inga affärer</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/charts.py"/>
        <source>Click to see the list</source>
        <translation>Klicka för att se listan</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>&amp;Merge into the existing record (fill empty fields)</source>
        <translation>&amp;Sammanfoga med den befintliga posten (fyll i tomma fält)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>&amp;Skip duplicates</source>
        <translation>&amp;Hoppa över dubbletter</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>C&amp;hange…</source>
        <translation>Än&amp;dra…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Checking every row…</source>
        <translation>Kontrollerar varje rad…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Create &amp;anyway</source>
        <translation>Skapa &amp;ändå</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Nothing has been stored yet. Choose what happens to duplicates.</source>
        <translation>Ingenting har sparats ännu. Välj vad som ska hända med dubbletter.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Rejected rows go to:</source>
        <translation>Avvisade rader sparas i:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>What happens</source>
        <translation>Vad som händer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>{rows} rows: {created} to create, {merged} to merge, {skipped} to skip, {rejected} rejected (they go to an error file with the reason).</source>
        <translation>{rows} rader: {created} skapas, {merged} sammanfogas, {skipped} hoppas över, {rejected} avvisas (de hamnar i en felfil med orsaken).</translation>
    </message>
</context>
<context>
    <name>CompaniesView</name>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/view.py"/>
        <source>&amp;New company</source>
        <translation>&amp;Nytt företag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/view.py"/>
        <source>1 company</source>
        <translation>1 företag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/view.py"/>
        <source>Choose a company to see its people, deals and history.</source>
        <translation>Välj ett företag för att se dess personer, affärer och historik.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/view.py"/>
        <source>Companies</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/view.py"/>
        <source>Company deleted.</source>
        <translation>Företaget togs bort.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/view.py"/>
        <source>No companies match these filters.</source>
        <translation>Inga företag matchar de här filtren.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/view.py"/>
        <source>No companies yet.
Add the organisations you work with.</source>
        <translation>Inga företag ännu.
Lägg till de organisationer du arbetar med.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/view.py"/>
        <source>companies.csv</source>
        <translation>företag.csv</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/view.py"/>
        <source>{n} companies</source>
        <translation>{n} företag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/view.py"/>
        <source>{n} companies deleted.</source>
        <translation>{n} företag togs bort.</translation>
    </message>
</context>
<context>
    <name>CompanyDetail</name>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>About</source>
        <translation>Om företaget</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>Customer value</source>
        <translation>Kundvärde</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>Nobody from this company yet.</source>
        <translation>Ingen från det här företaget ännu.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>Stage</source>
        <translation>Fas</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>Updated</source>
        <translation>Uppdaterad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>VAT number</source>
        <translation>Momsreg.nr</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>{n} companies selected.

Add a tag, assign an owner, export or delete them with the buttons above the list.</source>
        <translation>{n} företag markerade.

Lägg till en tagg, tilldela en ansvarig, exportera eller ta bort dem med knapparna ovanför listan.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>{n} people</source>
        <translation>{n} personer</translation>
    </message>
</context>
<context>
    <name>CompanyField</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/company_field.py"/>
        <source>Type to find a company, or a new name</source>
        <translation>Skriv för att hitta ett företag, eller ange ett nytt namn</translation>
    </message>
</context>
<context>
    <name>CompanyFilterBar</name>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/filters.py"/>
        <source>Filter by name, e-mail, website or VAT number</source>
        <translation>Filtrera på namn, e-post, webbplats eller momsreg.nr</translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>&amp;E-mails:</source>
        <translation>E-&amp;post:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>&amp;Industry:</source>
        <translation>&amp;Bransch:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>&amp;Phones:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>&amp;VAT number:</source>
        <translation>&amp;Momsreg.nr:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>&amp;Website:</source>
        <translation>&amp;Webbplats:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>+39 06 1234 5678</source>
        <translation>+46 8 123 456 78</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>Edit {name}</source>
        <translation>Redigera {name}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>New company</source>
        <translation>Nytt företag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>No&amp;tes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>O&amp;wner:</source>
        <translation>An&amp;svarig:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>Unassigned</source>
        <translation>Ej tilldelad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>e.g. Construction, Retail, Software</source>
        <translation>t.ex. Bygg, Detaljhandel, Mjukvara</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>e.g. IT01234567890</source>
        <translation>t.ex. SE556123456701</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>info@example.com
billing: invoices@example.com</source>
        <translation>info@example.com
fakturering: faktura@example.com</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>www.example.com</source>
        <translation>www.example.com</translation>
    </message>
</context>
<context>
    <name>CompanyTableModel</name>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/model.py"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/model.py"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/model.py"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/model.py"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/model.py"/>
        <source>Industry</source>
        <translation>Bransch</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/model.py"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/model.py"/>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/model.py"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/model.py"/>
        <source>Updated</source>
        <translation>Uppdaterad</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>Remove this condition</source>
        <translation>Ta bort villkoret</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>and</source>
        <translation>och</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/conflict.py"/>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/conflict.py"/>
        <source>Changed by someone else</source>
        <translation>Ändrad av någon annan</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/conflict.py"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/conflict.py"/>
        <source>For each field that differs, choose which value to keep. Nothing is saved until you press Save.</source>
        <translation>Välj vilket värde som ska behållas för varje fält som skiljer sig. Ingenting sparas förrän du trycker på Spara.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/conflict.py"/>
        <source>Keep mine</source>
        <translation>Behåll min</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/conflict.py"/>
        <source>Take theirs</source>
        <translation>Ta deras</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/conflict.py"/>
        <source>someone else</source>
        <translation>någon annan</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/conflict.py"/>
        <source>{who} saved this company while you were editing it.</source>
        <translation>{who} sparade det här företaget medan du redigerade det.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/conflict.py"/>
        <source>{who} saved this contact while you were editing it.</source>
        <translation>{who} sparade den här kontakten medan du redigerade den.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/conflict.py"/>
        <source>{who} saved this deal while you were editing it.</source>
        <translation>{who} sparade den här affären medan du redigerade den.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/conflict.py"/>
        <source>{who} saved this record while you were editing it.</source>
        <translation>{who} sparade den här posten medan du redigerade den.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/conflict.py"/>
        <source>{who} saved this ticket while you were editing it.</source>
        <translation>{who} sparade det här ärendet medan du redigerade det.</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>About</source>
        <translation>Om kontakten</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>Birthday</source>
        <translation>Födelsedag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>Consented</source>
        <translation>Samtycke lämnat</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>Consented ({how})</source>
        <translation>Samtycke lämnat ({how})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>Customer value</source>
        <translation>Kundvärde</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>Lead source</source>
        <translation>Leadkälla</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>Marketing</source>
        <translation>Marknadsföring</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>No consent</source>
        <translation>Inget samtycke</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>Updated</source>
        <translation>Uppdaterad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>{job} at {company}</source>
        <translation>{job} på {company}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>{n} contacts selected.

Add a tag, assign an owner, export or delete them with the buttons above the list.</source>
        <translation>{n} kontakter markerade.

Lägg till en tagg, tilldela en ansvarig, exportera eller ta bort dem med knapparna ovanför listan.</translation>
    </message>
</context>
<context>
    <name>ContactFilterBar</name>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/filters.py"/>
        <source>Any stage</source>
        <translation>Alla faser</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/filters.py"/>
        <source>Filter by name, e-mail, phone or company</source>
        <translation>Filtrera på namn, e-post, telefon eller företag</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>&amp;Birthday:</source>
        <translation>Fö&amp;delsedag:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>&amp;E-mails:</source>
        <translation>E-&amp;post:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>&amp;First name:</source>
        <translation>&amp;Förnamn:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>&amp;Job title:</source>
        <translation>&amp;Befattning:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Efternamn:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>&amp;Marketing:</source>
        <translation>&amp;Marknadsföring:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>&amp;Phones:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>+39 06 1234 5678
mobile: 333 123 4567</source>
        <translation>+46 8 123 456 78
mobil: 070-123 45 67</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>Agreed to receive marketing</source>
        <translation>Har godkänt att ta emot marknadsföring</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>C&amp;ompany:</source>
        <translation>F&amp;öretag:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>Choose an existing company, or agree to create this one.</source>
        <translation>Välj ett befintligt företag, eller godkänn att det här skapas.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>Consent given &amp;via:</source>
        <translation>Samtycke givet &amp;via:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>Edit {name}</source>
        <translation>Redigera {name}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>Lead so&amp;urce:</source>
        <translation>Lead&amp;källa:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>Lifecycle &amp;stage:</source>
        <translation>L&amp;ivscykelfas:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>New company</source>
        <translation>Nytt företag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>No&amp;tes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>O&amp;wner:</source>
        <translation>An&amp;svarig:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>There is no company called “{name}” yet. Create it?</source>
        <translation>Det finns inget företag som heter ”{name}” ännu. Vill du skapa det?</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>Unassigned</source>
        <translation>Ej tilldelad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>anna@example.com
home: anna@mail.it</source>
        <translation>anna@example.com
hem: anna@mail.se</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>e.g. trade fair, website, referral</source>
        <translation>t.ex. mässa, webbplats, rekommendation</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/model.py"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/model.py"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/model.py"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/model.py"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/model.py"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/model.py"/>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/model.py"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/model.py"/>
        <source>Stage</source>
        <translation>Fas</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/model.py"/>
        <source>Updated</source>
        <translation>Uppdaterad</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/view.py"/>
        <source>&amp;New contact</source>
        <translation>&amp;Ny kontakt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/view.py"/>
        <source>1 contact</source>
        <translation>1 kontakt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/view.py"/>
        <source>Choose a contact to see their details and history.</source>
        <translation>Välj en kontakt för att se detaljer och historik.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/view.py"/>
        <source>Contact deleted.</source>
        <translation>Kontakten togs bort.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/view.py"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/view.py"/>
        <source>No contacts match these filters.</source>
        <translation>Inga kontakter matchar de här filtren.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/view.py"/>
        <source>No contacts yet.
Add the people you work with.</source>
        <translation>Inga kontakter ännu.
Lägg till de personer du arbetar med.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/view.py"/>
        <source>contacts.csv</source>
        <translation>kontakter.csv</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/view.py"/>
        <source>{n} contacts</source>
        <translation>{n} kontakter</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/view.py"/>
        <source>{n} contacts deleted.</source>
        <translation>{n} kontakter togs bort.</translation>
    </message>
</context>
<context>
    <name>CustomFieldsEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/custom_fields_editor.py"/>
        <source>a number</source>
        <translation>ett tal</translation>
    </message>
</context>
<context>
    <name>CustomerValueSection</name>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/customer_value.py"/>
        <source>Lifetime value: {values}.</source>
        <translation>Livstidsvärde: {values}.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/customer_value.py"/>
        <source>No orders yet.</source>
        <translation>Inga ordrar ännu.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/customer_value.py"/>
        <source>Nothing to suggest yet from what others bought.</source>
        <translation>Inget att föreslå ännu utifrån vad andra har köpt.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/customer_value.py"/>
        <source>Working out…</source>
        <translation>Beräknar…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/customer_value.py"/>
        <source>Worth offering:</source>
        <translation>Värt att erbjuda:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/customer_value.py"/>
        <source>support {support}, confidence {confidence}, lift {lift}</source>
        <translation>stöd {support}, konfidens {confidence}, lyft {lift}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/customer_value.py"/>
        <source>{total} from one order</source>
        <translation>{total} från en order</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/customer_value.py"/>
        <source>{total} over {n} orders (average {average})</source>
        <translation>{total} på {n} ordrar (i snitt {average})</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>&amp;Customers are:</source>
        <translation>&amp;Kunder är:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>&amp;Money in:</source>
        <translation>&amp;Belopp i:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>(not recorded)</source>
        <translation>(ej angiven)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>1 customer with orders in {currency}, as of {day}.</source>
        <translation>1 kund med ordrar i {currency}, per {day}.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {description} ({rule}). 1 customer.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: {description} ({rule}). 1 kund.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {description} ({rule}). {n} customers.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: {description} ({rule}). {n} kunder.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>At risk</source>
        <translation>I riskzonen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Average order</source>
        <translation>Snittorder</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>Companies</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>Computing…</source>
        <translation>Beräknar…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Confidence</source>
        <translation>Konfidens</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Conversion</source>
        <translation>Konvertering</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Converted</source>
        <translation>Konverterade</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Days</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Days since</source>
        <translation>Dagar sedan</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Deals</source>
        <translation>Affärer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Last order</source>
        <translation>Senaste order</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>Lead sources</source>
        <translation>Leadkällor</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Lifetime value</source>
        <translation>Livstidsvärde</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Lift</source>
        <translation>Lyft</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>Lowest spenders</source>
        <translation>Köper minst</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>No orders yet: import or record orders to see customer analytics.</source>
        <translation>Inga ordrar ännu: importera eller registrera ordrar för att se kundanalys.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Offer</source>
        <translation>Erbjud</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Order days</source>
        <translation>Orderdagar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Orders</source>
        <translation>Ordrar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Overdue</source>
        <translation>Försening</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>R F M</source>
        <translation>R F M</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>RFM segments</source>
        <translation>RFM-segment</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>RFM segments and spenders count only orders in {currency} (not {others}); At risk counts orders in every currency: it is about when people buy.</source>
        <translation>RFM-segment och köpare räknar bara ordrar i {currency} (inte {others}); I riskzonen räknar ordrar i alla valutor: där handlar det om när kunderna köper.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Revenue (won deals)</source>
        <translation>Intäkter (vunna affärer)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>Spenders</source>
        <translation>Köpare</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Spent</source>
        <translation>Köpt för</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>Suggestions come from association rules over what customers bought (support at least {support}, confidence at least {confidence}, two customers at least): each customer's strongest product they have not bought yet.</source>
        <translation>Förslagen bygger på associationsregler över vad kunderna har köpt (stöd minst {support}, konfidens minst {confidence}, minst två kunder): för varje kund den starkaste produkt som kunden ännu inte har köpt.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Support</source>
        <translation>Stöd</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>The first {page} are listed.</source>
        <translation>De första {page} visas.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>Top spenders</source>
        <translation>Köper mest</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>Upsell</source>
        <translation>Merförsäljning</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Usual gap (days)</source>
        <translation>Normalt uppehåll (dagar)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Win rate</source>
        <translation>Vinstandel</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Won / lost</source>
        <translation>Vunna / förlorade</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>{name}: {description} ({rule})</source>
        <translation>{name}: {description} ({rule})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>{n} customers with orders in {currency}, as of {day}.</source>
        <translation>{n} kunder med ordrar i {currency}, per {day}.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>{n} in {currency}</source>
        <comment>orders in another currency</comment>
        <translation>{n} i {currency}</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>1 open deal, weighted {weighted}</source>
        <translation>1 öppen affär, viktat {weighted}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>Amounts in {main}. Deals and orders in {others} are listed under each figure and in the charts' tooltips, never converted or added to {main}.</source>
        <translation>Belopp i {main}. Affärer och ordrar i {others} visas under varje siffra och i diagrammens verktygstips, och räknas aldrig om till eller läggs ihop med {main}.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>Bars in {main}; {others} in the tooltips.</source>
        <translation>Staplar i {main}; {others} i verktygstipsen.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>Deals won</source>
        <translation>Vunna affärer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>Open deals now; won and lost in the period.</source>
        <translation>Öppna affärer just nu; vunna och förlorade under perioden.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>Opened</source>
        <translation>Öppnade</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>Orders</source>
        <translation>Ordrar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>Resolved</source>
        <translation>Lösta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>Weeks start on Monday: tickets opened and tickets resolved.</source>
        <translation>Veckor från måndag: öppnade och lösta ärenden.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>also {amounts}</source>
        <translation>även {amounts}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>everyone's open tasks</source>
        <translation>allas öppna uppgifter</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>new, open or pending now</source>
        <translation>nya, öppna eller väntande just nu</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>open past their SLA due time</source>
        <translation>öppna efter SLA-tidsgränsen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>thousands of {currency}</source>
        <translation>tusen {currency}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>tickets</source>
        <translation>ärenden</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>weighted, of {value} in 1 deal</source>
        <translation>viktat, av {value} i 1 affär</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>weighted, of {value} in {n} deals</source>
        <translation>viktat, av {value} i {n} affärer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>{days} days</source>
        <translation>{days} dagar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>{first} to {last}: orders placed and deals won, side by side (an order may come from a deal).</source>
        <translation>{first} till {last}: lagda ordrar och vunna affärer sida vid sida (en order kan komma från en affär).</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>{now} (before {before})</source>
        <translation>{now} (tidigare {before})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>{n} open deals, weighted {weighted}</source>
        <translation>{n} öppna affärer, viktat {weighted}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>{stage}: {n} deals
{amounts}</source>
        <translation>{stage}: {n} affärer
{amounts}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>{start} – {end}, compared with {prev_start} – {prev_end}</source>
        <translation>{start} – {end}, jämfört med {prev_start} – {prev_end}</translation>
    </message>
</context>
<context>
    <name>DashboardLinks</name>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>Orders placed in {period}</source>
        <translation>Ordrar lagda {period}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>deals closed in {stage} {period}</source>
        <translation>affärer avslutade i {stage} {period}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>deals won or lost {period}</source>
        <translation>vunna eller förlorade affärer {period}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>deals won {period}</source>
        <translation>vunna affärer {period}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>from {start} to {end}</source>
        <translation>från {start} till {end}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>open deals</source>
        <translation>öppna affärer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>open deals expected to close this month</source>
        <translation>öppna affärer som väntas avslutas denna månad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>open deals expected to close this quarter</source>
        <translation>öppna affärer som väntas avslutas detta kvartal</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>open deals in {stage}</source>
        <translation>öppna affärer i {stage}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>open tickets</source>
        <translation>öppna ärenden</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>overdue tickets</source>
        <translation>försenade ärenden</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>tasks due today</source>
        <translation>uppgifter som förfaller i dag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>tickets opened {period}</source>
        <translation>öppnade ärenden {period}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>tickets opened {period} that broke their SLA</source>
        <translation>ärenden öppnade {period} som bröt mot sitt SLA</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>tickets resolved {period}</source>
        <translation>lösta ärenden {period}</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Average sales cycle</source>
        <translation>Genomsnittlig säljcykel</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Dashboard</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Deals won</source>
        <translation>Vunna affärer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Export PDF…</source>
        <translation>Exportera PDF…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Export the dashboard as PDF</source>
        <translation>Exportera översikten som PDF</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Forecast this month</source>
        <translation>Prognos denna månad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Forecast this quarter</source>
        <translation>Prognos detta kvartal</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Last 30 days</source>
        <translation>Senaste 30 dagarna</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Last 90 days</source>
        <translation>Senaste 90 dagarna</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Last month</source>
        <translation>Förra månaden</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Nothing to show yet: add or import deals, orders and tickets (File &gt; Import) to see where the business stands.</source>
        <translation>Inget att visa ännu: lägg till eller importera affärer, ordrar och ärenden (Arkiv &gt; Importera) för att se hur verksamheten går.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Open pipeline</source>
        <translation>Öppen pipeline</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Open tickets</source>
        <translation>Öppna ärenden</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Overdue tickets</source>
        <translation>Försenade ärenden</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Pipeline by stage</source>
        <translation>Pipeline per fas</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Revenue by month</source>
        <translation>Intäkter per månad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>SLA breaches</source>
        <translation>SLA-överträdelser</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Saved the dashboard to {file}</source>
        <translation>Översikten sparades i {file}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Tasks due today</source>
        <translation>Uppgifter i dag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>This month</source>
        <translation>Denna månad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>This quarter</source>
        <translation>Detta kvartal</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>This year</source>
        <translation>Detta år</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Tickets opened and resolved per week</source>
        <translation>Öppnade och lösta ärenden per vecka</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Tickets resolved</source>
        <translation>Lösta ärenden</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Win rate</source>
        <translation>Vinstandel</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Won</source>
        <translation>Vunnet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Writing the PDF…</source>
        <translation>Skriver PDF-filen…</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>&amp;Details</source>
        <translation>&amp;Detaljer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>&amp;History</source>
        <translation>&amp;Historik</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>&amp;Owner:</source>
        <translation>Ansva&amp;rig:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>&amp;Probability:</source>
        <translation>Sannol&amp;ikhet:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>&amp;Stages</source>
        <translation>&amp;Faser</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>&amp;Value:</source>
        <translation>&amp;Värde:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>C&amp;urrency:</source>
        <translation>Val&amp;uta:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Co&amp;mpany:</source>
        <translation>F&amp;öretag:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Co&amp;ntact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Deal “{title}” saved.</source>
        <translation>Affären ”{title}” sparades.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Deal: {title}</source>
        <translation>Affär: {title}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>E&amp;xpected close:</source>
        <translation>Förväntat &amp;avslut:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Lost &amp;reason:</source>
        <translation>Förlust&amp;orsak:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Lost on {date}</source>
        <translation>Förlorad {date}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Mark as &amp;lost</source>
        <translation>Markera som för&amp;lorad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Mark as &amp;won</source>
        <translation>Markera som vu&amp;nnen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>New deal</source>
        <translation>Ny affär</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Not saved: someone else changed this deal. Save again to compare.</source>
        <translation>Inte sparad: någon annan har ändrat affären. Spara igen för att jämföra.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Not&amp;es:</source>
        <translation>Ant&amp;eckningar:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Set</source>
        <translation>Ange</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>St&amp;age:</source>
        <translation>Fa&amp;s:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Stage default ({probability}%)</source>
        <translation>Fasens standard ({probability}%)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Unassigned</source>
        <translation>Ej tilldelad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Won on {date}</source>
        <translation>Vunnen {date}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>pick the company from the list, or leave it empty</source>
        <translation>välj företaget i listan eller lämna fältet tomt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>pick the contact from the list, or leave it empty</source>
        <translation>välj kontakten i listan eller lämna fältet tomt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>{stage} ({probability}%), {days} days in stage</source>
        <translation>{stage} ({probability}%), {days} dagar i fasen</translation>
    </message>
</context>
<context>
    <name>DealFilterBar</name>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/filters.py"/>
        <source>&amp;Closing:</source>
        <translation>&amp;Avslut:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/filters.py"/>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Pipeline:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/filters.py"/>
        <source>Any owner</source>
        <translation>Alla ansvariga</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/filters.py"/>
        <source>Any time</source>
        <translation>När som helst</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/filters.py"/>
        <source>From – to…</source>
        <translation>Från – till…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/filters.py"/>
        <source>Next month</source>
        <translation>Nästa månad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/filters.py"/>
        <source>O&amp;wner:</source>
        <translation>An&amp;svarig:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/filters.py"/>
        <source>Overdue</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/filters.py"/>
        <source>This month</source>
        <translation>Denna månad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/filters.py"/>
        <source>This quarter</source>
        <translation>Detta kvartal</translation>
    </message>
</context>
<context>
    <name>DealListView</name>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_list.py"/>
        <source>No deals match these filters.</source>
        <translation>Inga affärer matchar de här filtren.</translation>
    </message>
</context>
<context>
    <name>DealTableModel</name>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_list.py"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_list.py"/>
        <source>Days in stage</source>
        <translation>Dagar i fas</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_list.py"/>
        <source>Expected close</source>
        <translation>Förväntat avslut</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_list.py"/>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_list.py"/>
        <source>Probability</source>
        <translation>Sannolikhet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_list.py"/>
        <source>Stage</source>
        <translation>Fas</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_list.py"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_list.py"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_list.py"/>
        <source>Weighted value</source>
        <translation>Viktat värde</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/model.py"/>
        <source>same e-mail {value}</source>
        <translation>samma e-post {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/model.py"/>
        <source>same name {value}</source>
        <translation>samma namn {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/model.py"/>
        <source>same phone {value}</source>
        <translation>samma telefon {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/model.py"/>
        <source>same website {value}</source>
        <translation>samma webbplats {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/model.py"/>
        <source>similar names {value} ({score}%)</source>
        <translation>liknande namn {value} ({score}%)</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>&amp;Merge</source>
        <translation>&amp;Sammanfoga</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>&amp;Not a duplicate</source>
        <translation>&amp;Inte en dubblett</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>&amp;Skip</source>
        <translation>&amp;Hoppa över</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>1 possible duplicate to review.</source>
        <translation>1 möjlig dubblett att granska.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Duplicate companies</source>
        <translation>Företagsdubbletter</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Duplicate contacts</source>
        <translation>Kontaktdubbletter</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>E-mails</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Job title</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Keep:</source>
        <translation>Behåll:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Looking for duplicates…</source>
        <translation>Letar efter dubbletter…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Merge</source>
        <translation>Sammanfoga</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Merge “{other}” into “{kept}”? “{other}” goes to the trash.</source>
        <translation>Sammanfoga ”{other}” med ”{kept}”? ”{other}” flyttas till papperskorgen.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Merged into “{name}”.</source>
        <translation>Sammanfogad med ”{name}”.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Merging keeps the chosen record's values, fills its blanks from the other and moves the other's e-mails, phones, tags, deals, tickets, orders and activities to it. The other goes to the trash, from where it can be restored.</source>
        <translation>Sammanfogningen behåller den valda postens värden, fyller dess tomma fält från den andra och flyttar den andras e-postadresser, telefonnummer, taggar, affärer, ärenden, ordrar och aktiviteter till den. Den andra flyttas till papperskorgen och kan återställas därifrån.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Merging…</source>
        <translation>Sammanfogar…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>No likely duplicates found.</source>
        <translation>Inga troliga dubbletter hittades.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Phones</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Related records</source>
        <translation>Relaterade poster</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Stage</source>
        <translation>Fas</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>VAT number</source>
        <translation>Momsreg.nr</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Why: {reasons}</source>
        <translation>Varför: {reasons}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>activities</source>
        <translation>aktiviteter</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>contacts</source>
        <translation>kontakter</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>deals</source>
        <translation>affärer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>orders</source>
        <translation>ordrar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>tickets</source>
        <translation>ärenden</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>{n} possible duplicates to review.</source>
        <translation>{n} möjliga dubbletter att granska.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakter</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>(the file's country)</source>
        <translation>(filens land)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>A CSV file from a spreadsheet, Google Contacts, Outlook or another CRM, or a vCard (.vcf) file from a phone.</source>
        <translation>En CSV-fil från ett kalkylblad, Google Kontakter, Outlook eller ett annat CRM, eller en vCard-fil (.vcf) från en telefon.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>A vCard file holds contacts: choose Contacts.</source>
        <translation>En vCard-fil innehåller kontakter: välj Kontakter.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>C&amp;ompanies</source>
        <translation>F&amp;öretag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Choose a file</source>
        <translation>Välj en fil</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Import:</source>
        <translation>Importera:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Numbers &amp;without a country code are from:</source>
        <translation>Nummer &amp;utan landsnummer är från:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Path of the file to import</source>
        <translation>Sökväg till filen som ska importeras</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>{path} is not a file.</source>
        <translation>{path} är ingen fil.</translation>
    </message>
</context>
<context>
    <name>FileSafety</name>
    <message>
        <location filename="../../src/crm_desktop/ui/file_safety.py"/>
        <source>&amp;Back up now</source>
        <translation>Säker&amp;hetskopiera nu</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/file_safety.py"/>
        <source>Automatic backup failed: {error}</source>
        <translation>Automatisk säkerhetskopiering misslyckades: {error}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/file_safety.py"/>
        <source>Backed up to {path}</source>
        <translation>Säkerhetskopierat till {path}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/file_safety.py"/>
        <source>Backing up the file…</source>
        <translation>Säkerhetskopierar filen…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/file_safety.py"/>
        <source>Backup restored. The previous content is kept in {path}</source>
        <translation>Säkerhetskopian har återställts. Det tidigare innehållet finns kvar i {path}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/file_safety.py"/>
        <source>Restore from bac&amp;kup…</source>
        <translation>Åter&amp;ställ från säkerhetskopia…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/file_safety.py"/>
        <source>Restoring the backup…</source>
        <translation>Återställer säkerhetskopian…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/file_safety.py"/>
        <source>The file is damaged</source>
        <translation>Filen är skadad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/file_safety.py"/>
        <source>This file is read-only: changes cannot be saved.</source>
        <translation>Filen är skrivskyddad: ändringar kan inte sparas.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/file_safety.py"/>
        <source>{error}

Restore the newest backup, made {when}? The damaged file is kept beside your backups.</source>
        <translation>{error}

Vill du återställa den senaste säkerhetskopian, gjord {when}? Den skadade filen sparas bredvid dina säkerhetskopior.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/filter_bar.py"/>
        <source>Any country</source>
        <translation>Alla länder</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/filter_bar.py"/>
        <source>Any owner</source>
        <translation>Alla ansvariga</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/filter_bar.py"/>
        <source>Any tag</source>
        <translation>Alla taggar</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../src/crm_desktop/ui/help.py"/>
        <source>&amp;Back</source>
        <translation>&amp;Bakåt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/help.py"/>
        <source>&amp;Contents</source>
        <translation>&amp;Innehåll</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/help.py"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/help.py"/>
        <source>crm-desktop user guide</source>
        <translation>Användarhandbok för crm-desktop</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/history_view.py"/>
        <source>What / after</source>
        <translation>Vad / efter</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/history_view.py"/>
        <source>When / field</source>
        <translation>När / fält</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/history_view.py"/>
        <source>Who / before</source>
        <translation>Vem / före</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Birthday</source>
        <translation>Födelsedag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Create</source>
        <translation>Skapa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Custom: {key}</source>
        <translation>Eget fält: {key}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>E-mail label</source>
        <translation>E-postetikett</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Full name (split)</source>
        <translation>Fullständigt namn (delas upp)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Industry</source>
        <translation>Bransch</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Job title</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Lead source</source>
        <translation>Leadkälla</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Marketing consent</source>
        <translation>Samtycke till marknadsföring</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Merge into existing</source>
        <translation>Sammanfoga med befintlig</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Phone label</source>
        <translation>Telefonetikett</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Region / province</source>
        <translation>Region/län</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Reject</source>
        <translation>Avvisa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Skip (duplicate)</source>
        <translation>Hoppa över (dubblett)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Stage</source>
        <translation>Fas</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Street</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>VAT number</source>
        <translation>Momsreg.nr</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/wizard.py"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../src/crm_desktop/ui/export_list.py"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV för Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/export_list.py"/>
        <source>E&amp;xport list…</source>
        <translation>E&amp;xportera lista…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/export_list.py"/>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/export_list.py"/>
        <source>Exported {n} records to {file}.</source>
        <translation>Exporterade {n} poster till {file}.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/export_list.py"/>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/export_list.py"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/export_list.py"/>
        <source>Write the records this list shows (its filters) to a file</source>
        <translation>Skriv posterna som listan visar (med dess filter) till en fil</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/export_list.py"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/export_list.py"/>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
</context>
<context>
    <name>LostReasonDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/close_dialog.py"/>
        <source>Deal lost</source>
        <translation>Affären förlorad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/close_dialog.py"/>
        <source>For example: too expensive</source>
        <translation>Till exempel: för dyrt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/close_dialog.py"/>
        <source>Mark as &amp;lost</source>
        <translation>Markera som &amp;förlorad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/close_dialog.py"/>
        <source>Why was “{title}” lost?</source>
        <translation>Varför förlorades ”{title}”?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå till</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>&amp;Import…</source>
        <translation>I&amp;mportera…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>&amp;New file…</source>
        <translation>&amp;Ny fil…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>&amp;Open file…</source>
        <translation>&amp;Öppna fil…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>&amp;User guide</source>
        <translation>&amp;Användarhandbok</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>(no recent files)</source>
        <translation>(inga senaste filer)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>Also open: {names}</source>
        <translation>Har också filen öppen: {names}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>CRM files (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>CRM-filer (*.sqlite3 *.sqlite *.db);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>CRM files (*.sqlite3)</source>
        <translation>CRM-filer (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>New &amp;contact</source>
        <translation>Ny &amp;kontakt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>New &amp;deal</source>
        <translation>Ny &amp;affär</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>New &amp;ticket</source>
        <translation>Nytt &amp;ärende</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>New CRM file</source>
        <translation>Ny CRM-fil</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>New c&amp;ompany</source>
        <translation>Nytt &amp;företag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>New t&amp;ask</source>
        <translation>Ny &amp;uppgift</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>Open &amp;recent</source>
        <translation>Öppna s&amp;enaste</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>Open a CRM file</source>
        <translation>Öppna en CRM-fil</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>Opened {file}</source>
        <translation>Öppnade {file}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>Undone.</source>
        <translation>Ångrat.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>{file} — crm-desktop</source>
        <translation>{file} — crm-desktop</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>&amp;Load matching…</source>
        <translation>&amp;Läs in matchning…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>&amp;Remember this matching for files with these columns</source>
        <translation>&amp;Kom ihåg matchningen för filer med de här kolumnerna</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>&amp;Save matching as…</source>
        <translation>&amp;Spara matchning som…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>(skip)</source>
        <translation>(hoppa över)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Column in the file</source>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Each column of the file fills the field chosen for it; (skip) leaves it out.</source>
        <translation>Varje kolumn i filen fyller det fält som valts för den; (hoppa över) utelämnar den.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Encoding:</source>
        <translation>Teckenkodning:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>First row holds the column names</source>
        <translation>Första raden innehåller kolumnnamnen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>First values</source>
        <translation>Första värden</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Match the columns</source>
        <translation>Matcha kolumnerna</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Read as {format}; columns matched by: {origin}.</source>
        <translation>Läst som {format}; kolumner matchade enligt: {origin}.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Separator:</source>
        <translation>Avgränsare:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Tab</source>
        <translation>Tabb</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>UTF-16 (Excel Unicode text)</source>
        <translation>UTF-16 (Excel Unicode-text)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>UTF-16 big-endian without BOM</source>
        <translation>UTF-16 big-endian utan BOM</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>UTF-16 little-endian without BOM</source>
        <translation>UTF-16 little-endian utan BOM</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 med BOM</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Vertical bar</source>
        <translation>Lodstreck</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Windows-1252 (Latin-1)</source>
        <translation>Windows-1252 (Latin-1)</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../src/crm_desktop/ui/operations.py"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>OrderListDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/orders/list_dialog.py"/>
        <source>1 order</source>
        <translation>1 order</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/orders/list_dialog.py"/>
        <source>Double-click an order to open its customer.</source>
        <translation>Dubbelklicka på en order för att öppna kunden.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/orders/list_dialog.py"/>
        <source>Orders</source>
        <translation>Ordrar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/orders/list_dialog.py"/>
        <source>{caption}: {orders}</source>
        <translation>{caption}: {orders}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/orders/list_dialog.py"/>
        <source>{n} orders</source>
        <translation>{n} ordrar</translation>
    </message>
</context>
<context>
    <name>OrderListModel</name>
    <message>
        <location filename="../../src/crm_desktop/ui/orders/list_dialog.py"/>
        <source>#{number}</source>
        <translation>#{number}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/orders/list_dialog.py"/>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/orders/list_dialog.py"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/orders/list_dialog.py"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/orders/list_dialog.py"/>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
</context>
<context>
    <name>PairListModel</name>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/model.py"/>
        <source>Looks like</source>
        <translation>Liknar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/model.py"/>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/model.py"/>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>%n open deal worth {worth}, weighted {weighted}</source>
        <translation>
            <numerusform>%n öppen affär till ett värde av {worth}, viktat {weighted}</numerusform>
            <numerusform>%n öppna affärer till ett värde av {worth}, viktat {weighted}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>%n open deals worth {worth}, weighted {weighted}</source>
        <translation>
            <numerusform>%n öppen affär till ett värde av {worth}, viktat {weighted}</numerusform>
            <numerusform>%n öppna affärer till ett värde av {worth}, viktat {weighted}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>&amp;Board</source>
        <translation>&amp;Tavla</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>&amp;Move to</source>
        <translation>&amp;Flytta till</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>&amp;New deal</source>
        <translation>&amp;Ny affär</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>Deal “{title}” deleted.</source>
        <translation>Affären ”{title}” togs bort.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>L&amp;ist</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>No open deals match these filters.</source>
        <translation>Inga öppna affärer matchar de här filtren.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>No open deals yet: add one with “New deal”.</source>
        <translation>Inga öppna affärer ännu: lägg till en med ”Ny affär”.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>There is no pipeline in this file.</source>
        <translation>Det finns ingen pipeline i den här filen.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>“{title}” moved to {stage}.</source>
        <translation>”{title}” flyttades till {stage}.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>The first rows as they will be stored. Red cells will be rejected, yellow ones are stored with a note; point at a cell to read why.</source>
        <translation>De första raderna så som de kommer att sparas. Röda celler avvisas, gula sparas med en anmärkning; peka på en cell för att se varför.</translation>
    </message>
</context>
<context>
    <name>RecordDetail</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_detail.py"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_detail.py"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_detail.py"/>
        <source>Deals</source>
        <translation>Affärer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_detail.py"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_detail.py"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_detail.py"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_detail.py"/>
        <source>More fields</source>
        <translation>Fler fält</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_detail.py"/>
        <source>Orders</source>
        <translation>Ordrar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_detail.py"/>
        <source>Owner: {name}</source>
        <translation>Ansvarig: {name}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_detail.py"/>
        <source>Tickets</source>
        <translation>Ärenden</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_form.py"/>
        <source>Not saved: someone else changed this record. Save again to compare.</source>
        <translation>Inte sparad: någon annan har ändrat posten. Spara igen för att jämföra.</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_list_view.py"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_list_view.py"/>
        <source>All {n} shown are selected. &lt;a href='all'&gt;Select all {records}&lt;/a&gt;</source>
        <translation>Alla {n} som visas är markerade. &lt;a href='all'&gt;Markera alla {records}&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_list_view.py"/>
        <source>All {records} are selected. &lt;a href='clear'&gt;Clear selection&lt;/a&gt;</source>
        <translation>Alla {records} är markerade. &lt;a href='clear'&gt;Avmarkera alla&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_list_view.py"/>
        <source>Clear filters</source>
        <translation>Rensa filter</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_list_view.py"/>
        <source>Filter the list</source>
        <translation>Filtrera listan</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_list_view.py"/>
        <source>That record is no longer there (it may be in the trash).</source>
        <translation>Posten finns inte längre (den kan ligga i papperskorgen).</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_list_view.py"/>
        <source>{count} · {n} selected</source>
        <translation>{count} · {n} markerade</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Kund:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>&amp;Records:</source>
        <translation>&amp;Urval:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>Also write the figures as CSV, beside the PDF</source>
        <translation>Skriv även siffrorna som CSV bredvid PDF-filen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>Create report</source>
        <translation>Skapa rapport</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>Custom</source>
        <translation>Anpassad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>From – to:</source>
        <translation>Från – till:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>Last month</source>
        <translation>Förra månaden</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>Save as:</source>
        <translation>Spara som:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>Save the report as</source>
        <translation>Spara rapporten som</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>This month</source>
        <translation>Denna månad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>This quarter</source>
        <translation>Detta kvartal</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>This year</source>
        <translation>Detta år</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>Type a contact's or company's name</source>
        <translation>Skriv namnet på en kontakt eller ett företag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>pick a contact or company from the list</source>
        <translation>välj en kontakt eller ett företag i listan</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>say where to save the report</source>
        <translation>ange var rapporten ska sparas</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/menu.py"/>
        <source>&amp;Customer profile…</source>
        <translation>&amp;Kundprofil…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/menu.py"/>
        <source>&amp;Dashboard…</source>
        <translation>&amp;Översikt…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/menu.py"/>
        <source>&amp;Pipeline by stage…</source>
        <translation>&amp;Pipeline per fas…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/menu.py"/>
        <source>&amp;Won and lost deals…</source>
        <translation>&amp;Vunna och förlorade affärer…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/menu.py"/>
        <source>Sales &amp;forecast…</source>
        <translation>&amp;Försäljningsprognos…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/menu.py"/>
        <source>Support &amp;tickets…</source>
        <translation>&amp;Supportärenden…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/menu.py"/>
        <source>Top c&amp;ustomers…</source>
        <translation>&amp;Toppkunder…</translation>
    </message>
</context>
<context>
    <name>ReportsMenu</name>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/menu.py"/>
        <source>&amp;Reports</source>
        <translation>&amp;Rapporter</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/menu.py"/>
        <source>Making the report…</source>
        <translation>Skapar rapporten…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/menu.py"/>
        <source>Report saved to {path}.</source>
        <translation>Rapporten sparades i {path}.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/restore.py"/>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/restore.py"/>
        <source>Backups of this file kept in your own data folder, newest first. Restoring replaces everything in the file with the backup's content; the current content is backed up first, so this can be undone.</source>
        <translation>Säkerhetskopior av den här filen som sparas i din egen datamapp, nyaste först. Återställning ersätter allt i filen med säkerhetskopians innehåll; det nuvarande innehållet säkerhetskopieras först, så det går att ångra.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/restore.py"/>
        <source>Companies</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/restore.py"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/restore.py"/>
        <source>Deals</source>
        <translation>Affärer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/restore.py"/>
        <source>Everything in the file will be replaced by the backup made {when} ({contacts} contacts). Colleagues who have the file open will see the change.</source>
        <translation>Allt i filen ersätts med säkerhetskopian från {when} ({contacts} kontakter). Kolleger som har filen öppen kommer att se ändringen.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/restore.py"/>
        <source>Folder: {path}</source>
        <translation>Mapp: {path}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/restore.py"/>
        <source>Made</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/restore.py"/>
        <source>No backups of this file yet. They are made when it is opened, once a day.</source>
        <translation>Inga säkerhetskopior av den här filen ännu. De görs när filen öppnas, en gång per dag.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/restore.py"/>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/restore.py"/>
        <source>Restore this backup?</source>
        <translation>Vill du återställa den här säkerhetskopian?</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/restore.py"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/restore.py"/>
        <source>Tickets</source>
        <translation>Ärenden</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>&amp;Cancel import</source>
        <translation>&amp;Avbryt import</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Done: {created} created, {merged} merged, {skipped} skipped, {rejected} rejected.</source>
        <translation>Klart: {created} skapade, {merged} sammanfogade, {skipped} överhoppade, {rejected} avvisade.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Import cancelled: nothing was stored.</source>
        <translation>Importen avbröts: ingenting sparades.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Importing</source>
        <translation>Importerar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Importing… nothing is kept if you cancel.</source>
        <translation>Importerar… ingenting sparas om du avbryter.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Rejected rows and the reasons are in {path}</source>
        <translation>Avvisade rader och orsakerna finns i {path}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>The import stopped and nothing was stored:</source>
        <translation>Importen stoppades och ingenting sparades:</translation>
    </message>
</context>
<context>
    <name>SavedViewChip</name>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/chip.py"/>
        <source>Show the whole list again</source>
        <translation>Visa hela listan igen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/chip.py"/>
        <source>Smart list: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Smart lista: &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../src/crm_desktop/ui/search_popup.py"/>
        <source>No matches</source>
        <translation>Inga träffar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/search_popup.py"/>
        <source>Search contacts, companies, deals, tickets (Ctrl+K)</source>
        <translation>Sök kontakter, företag, affärer, ärenden (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/settings.py"/>
        <source> h</source>
        <translation> tim</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/settings.py"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/settings.py"/>
        <source>&amp;Later</source>
        <translation>Se&amp;nare</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/settings.py"/>
        <source>&amp;Restart now</source>
        <translation>&amp;Starta om nu</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/settings.py"/>
        <source>Company name for &amp;reports:</source>
        <translation>Företagsnamn i &amp;rapporter:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/settings.py"/>
        <source>Default &amp;country for phone numbers:</source>
        <translation>Standard&amp;land för telefonnummer:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/settings.py"/>
        <source>Default c&amp;urrency:</source>
        <translation>Standard&amp;valuta:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/settings.py"/>
        <source>Hours to resolve a {priority} ticket</source>
        <translation>Timmar för att lösa ett ärende med prioritet {priority}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/settings.py"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/settings.py"/>
        <source>Restart now? crm-desktop closes and starts again; everything you saved is kept.</source>
        <translation>Vill du starta om nu? crm-desktop stängs och startar igen; allt du har sparat finns kvar.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/settings.py"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/settings.py"/>
        <source>Settings saved.</source>
        <translation>Inställningarna sparades.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/settings.py"/>
        <source>The new language is used from the next start of crm-desktop.</source>
        <translation>Det nya språket används från nästa gång du startar crm-desktop.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/settings.py"/>
        <source>Tickets due within (SLA):</source>
        <translation>Ärenden förfaller inom (SLA):</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/settings.py"/>
        <source>Use the system language ({language})</source>
        <translation>Använd systemets språk ({language})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/settings.py"/>
        <source>Your &amp;name:</source>
        <translation>Ditt &amp;namn:</translation>
    </message>
</context>
<context>
    <name>ShownListBanner</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/shown_list_banner.py"/>
        <source>Show all</source>
        <translation>Visa alla</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/shown_list_banner.py"/>
        <source>Showing: {what}</source>
        <translation>Visar: {what}</translation>
    </message>
</context>
<context>
    <name>SmartListDialog</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>%Ln companies match now</source>
        <translation>
            <numerusform>%Ln företag matchar nu</numerusform>
            <numerusform>%Ln företag matchar nu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>%Ln contacts match now</source>
        <translation>
            <numerusform>%Ln kontakt matchar nu</numerusform>
            <numerusform>%Ln kontakter matchar nu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>%Ln deals match now</source>
        <translation>
            <numerusform>%Ln affär matchar nu</numerusform>
            <numerusform>%Ln affärer matchar nu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>%Ln tickets match now</source>
        <translation>
            <numerusform>%Ln ärende matchar nu</numerusform>
            <numerusform>%Ln ärenden matchar nu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>&amp;Matching:</source>
        <translation>&amp;Matchar:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>&amp;Show:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>+ Add condition</source>
        <translation>+ Lägg till villkor</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>Complete the conditions to see how many match.</source>
        <translation>Fyll i villkoren för att se hur många som matchar.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>Edit smart list</source>
        <translation>Redigera smart lista</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>New smart list</source>
        <translation>Ny smart lista</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>all of these conditions</source>
        <translation>alla dessa villkor</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>any of these conditions</source>
        <translation>något av dessa villkor</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>e.g. Customers in Milan</source>
        <translation>t.ex. Kunder i Stockholm</translation>
    </message>
</context>
<context>
    <name>SmartLists</name>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>Companies</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>Deals</source>
        <translation>Affärer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>Delete smart list</source>
        <translation>Ta bort smart lista</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>Delete the smart list “{name}”? The records in it stay.</source>
        <translation>Vill du ta bort den smarta listan ”{name}”? Posterna i den finns kvar.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>Tickets</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>contains</source>
        <translation>innehåller</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>does not contain</source>
        <translation>innehåller inte</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>does not have tag</source>
        <translation>saknar taggen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>has tag</source>
        <translation>har taggen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>is</source>
        <translation>är</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>is after</source>
        <translation>är efter</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>is before</source>
        <translation>är före</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>is between</source>
        <translation>är mellan</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>is empty</source>
        <translation>saknar värde</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>is in the last (days)</source>
        <translation>är inom de senaste (dagar)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>is less than</source>
        <translation>är mindre än</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>is more than</source>
        <translation>är mer än</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>is no</source>
        <translation>är nej</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>is not</source>
        <translation>är inte</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>is not empty</source>
        <translation>har ett värde</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>is on</source>
        <translation>är den</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>is yes</source>
        <translation>är ja</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>starts with</source>
        <translation>börjar med</translation>
    </message>
</context>
<context>
    <name>SmartListsPanel</name>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>&amp;New smart list…</source>
        <translation>&amp;Ny smart lista…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>New smart list…</source>
        <translation>Ny smart lista…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>SMART LISTS</source>
        <translation>SMARTA LISTOR</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>Save a filter as a smart list with +.</source>
        <translation>Spara ett filter som smart lista med +.</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/pipeline/board.py"/>
        <source>%n deal</source>
        <translation>
            <numerusform>%n affär</numerusform>
            <numerusform>%n affärer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/pipeline/board.py"/>
        <source>%n deals</source>
        <translation>
            <numerusform>%n affär</numerusform>
            <numerusform>%n affärer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/board.py"/>
        <source>+{count} more in the list view</source>
        <translation>+{count} till i listvyn</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/board.py"/>
        <source>{deals}, last {days} days</source>
        <translation>{deals}, senaste {days} dagarna</translation>
    </message>
</context>
<context>
    <name>StageHistory</name>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_history.py"/>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_history.py"/>
        <source>Stage</source>
        <translation>Fas</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_history.py"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_history.py"/>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
</context>
<context>
    <name>TagChip</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/tag_editor.py"/>
        <source>Remove the tag “{name}”</source>
        <translation>Ta bort taggen ”{name}”</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/tag_editor.py"/>
        <source>+ Add tag</source>
        <translation>+ Lägg till tagg</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/tag_editor.py"/>
        <source>Type a tag and press Enter</source>
        <translation>Skriv en tagg och tryck på Enter</translation>
    </message>
</context>
<context>
    <name>TagNameDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/tag_editor.py"/>
        <source>Add tag</source>
        <translation>Lägg till tagg</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/tag_editor.py"/>
        <source>Tag name</source>
        <translation>Taggnamn</translation>
    </message>
</context>
<context>
    <name>TaskForm</name>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>&amp;About:</source>
        <translation>&amp;Gäller:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>&amp;Due</source>
        <translation>&amp;Förfaller</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>&amp;For:</source>
        <translation>&amp;Ansvarig:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>&amp;Notes:</source>
        <translation>A&amp;nteckningar:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>&amp;Task:</source>
        <translation>&amp;Uppgift:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>Add task</source>
        <translation>Lägg till uppgift</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>New task</source>
        <translation>Ny uppgift</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>Notes (optional)</source>
        <translation>Anteckningar (valfritt)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>Optional: a contact, company, deal or ticket</source>
        <translation>Valfritt: en kontakt, ett företag, en affär eller ett ärende</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>Task added.</source>
        <translation>Uppgift tillagd.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>When:</source>
        <translation>När:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>e.g. Call back about the quote</source>
        <translation>t.ex. Ring tillbaka om offerten</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>pick the record from the list, or leave it empty</source>
        <translation>välj posten i listan eller lämna fältet tomt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>say what is to be done</source>
        <translation>ange vad som ska göras</translation>
    </message>
</context>
<context>
    <name>TaskTreeModel</name>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/model.py"/>
        <source>About</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/model.py"/>
        <source>Done</source>
        <translation>Klara</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/model.py"/>
        <source>Done {time}</source>
        <translation>Klar {time}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/model.py"/>
        <source>Double-click or press Enter to open it</source>
        <translation>Dubbelklicka eller tryck på Enter för att öppna</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/model.py"/>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/model.py"/>
        <source>Due {time}</source>
        <translation>Förfaller {time}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/model.py"/>
        <source>No date</source>
        <translation>Inget datum</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/model.py"/>
        <source>Overdue</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/model.py"/>
        <source>Task</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/model.py"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/model.py"/>
        <source>Upcoming</source>
        <translation>Kommande</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/model.py"/>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>%Ln open tasks</source>
        <translation>
            <numerusform>%Ln öppen uppgift</numerusform>
            <numerusform>%Ln öppna uppgifter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>%Ln open tasks, {late} overdue</source>
        <translation>
            <numerusform>%Ln öppen uppgift, försenade: {late}</numerusform>
            <numerusform>%Ln öppna uppgifter, försenade: {late}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>&amp;Delete task</source>
        <translation>&amp;Ta bort uppgift</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>&amp;Mark done</source>
        <translation>&amp;Markera som klar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>&amp;New task</source>
        <translation>&amp;Ny uppgift</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>&amp;Open {what}</source>
        <translation>&amp;Öppna {what}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>&amp;Reopen</source>
        <translation>Åt&amp;eröppna</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>Me ({name})</source>
        <translation>Jag ({name})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>Nothing to do: no open tasks.
Add one with “New task” (Ctrl+Shift+A).</source>
        <translation>Inget att göra: inga öppna uppgifter.
Lägg till en med ”Ny uppgift” (Ctrl+Shift+A).</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>Show &amp;done</source>
        <translation>Visa &amp;klara</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>Task deleted.</source>
        <translation>Uppgiften togs bort.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>Task done: {subject}</source>
        <translation>Uppgift klar: {subject}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>Tasks</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>Tasks &amp;of:</source>
        <translation>Uppgifter &amp;för:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>This task is not about a particular record.</source>
        <translation>Uppgiften gäller ingen särskild post.</translation>
    </message>
</context>
<context>
    <name>TicketDetail</name>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>#{number} · via {channel} · opened {time} by {user}</source>
        <translation>#{number} · via {channel} · öppnat {time} av {user}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>&amp;Priority</source>
        <translation>&amp;Prioritet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>&amp;Send reply</source>
        <translation>&amp;Skicka svar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>Add internal n&amp;ote</source>
        <translation>Lägg till intern &amp;anteckning</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>Assi&amp;gnee</source>
        <translation>&amp;Handläggare</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>Closed {time}</source>
        <translation>Stängt {time}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>Conversation</source>
        <translation>Konversation</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>Internal note added.</source>
        <translation>Intern anteckning tillagd.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>No contact</source>
        <translation>Ingen kontakt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>Reply sent.</source>
        <translation>Svar skickat.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>Resolved {time}</source>
        <translation>Löst {time}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>SLA: due {when} ({time})</source>
        <translation>SLA: förfaller {when} ({time})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>SLA: {late} (was due {time})</source>
        <translation>SLA: {late} (förföll {time})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>Ticket #{number} saved.</source>
        <translation>Ärende #{number} sparat.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>Unassigned</source>
        <translation>Ej tilldelad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>Write a reply to the customer, or an internal note… (Ctrl+Enter sends)</source>
        <translation>Skriv ett svar till kunden eller en intern anteckning… (Ctrl+Enter skickar)</translation>
    </message>
</context>
<context>
    <name>TicketFilterBar</name>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/filters.py"/>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/filters.py"/>
        <source>Any priority</source>
        <translation>Alla prioriteter</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/filters.py"/>
        <source>Anyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/filters.py"/>
        <source>Assign&amp;ee:</source>
        <translation>&amp;Handläggare:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/filters.py"/>
        <source>Me</source>
        <translation>Jag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/filters.py"/>
        <source>New, open and pending tickets</source>
        <translation>Nya, öppna och väntande ärenden</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/filters.py"/>
        <source>O&amp;verdue only</source>
        <translation>Endast &amp;försenade</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/filters.py"/>
        <source>Open tickets</source>
        <translation>Öppna ärenden</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/filters.py"/>
        <source>P&amp;riority:</source>
        <translation>&amp;Prioritet:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/filters.py"/>
        <source>St&amp;atus:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/filters.py"/>
        <source>Unassigned</source>
        <translation>Ej tilldelad</translation>
    </message>
</context>
<context>
    <name>TicketForm</name>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>&amp;Assignee:</source>
        <translation>&amp;Handläggare:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioritet:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Ämne:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>C&amp;hannel:</source>
        <translation>Ka&amp;nal:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>Create ticket</source>
        <translation>Skapa ärende</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>New ticket</source>
        <translation>Nytt ärende</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>Ticket #{number} created.</source>
        <translation>Ärende #{number} skapat.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>Type a name to find the contact</source>
        <translation>Skriv ett namn för att hitta kontakten</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>Unassigned</source>
        <translation>Ej tilldelad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>What is it about?</source>
        <translation>Vad gäller det?</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>What the customer wrote or said; it starts the thread.</source>
        <translation>Det kunden skrev eller sa; det inleder tråden.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>a subject is required</source>
        <translation>ett ämne krävs</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>pick the contact from the list, or leave it empty</source>
        <translation>välj kontakten i listan eller lämna fältet tomt</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/model.py"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/model.py"/>
        <source>Assignee</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/model.py"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/model.py"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/model.py"/>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/model.py"/>
        <source>Due {time}</source>
        <translation>Förfaller {time}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/model.py"/>
        <source>Overdue: was due {time}</source>
        <translation>Försenat: förföll {time}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/model.py"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/model.py"/>
        <source>SLA due</source>
        <translation>SLA förfaller</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/model.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/model.py"/>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
</context>
<context>
    <name>TicketThread</name>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/thread.py"/>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/thread.py"/>
        <source>Internal note</source>
        <translation>Intern anteckning</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/thread.py"/>
        <source>No messages yet. Write the first reply below.</source>
        <translation>Inga meddelanden ännu. Skriv det första svaret nedan.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/thread.py"/>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/thread.py"/>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
</context>
<context>
    <name>TicketsView</name>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/view.py"/>
        <source>&amp;Delete ticket</source>
        <translation>&amp;Ta bort ärende</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/view.py"/>
        <source>&amp;New ticket</source>
        <translation>&amp;Nytt ärende</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/view.py"/>
        <source>1 ticket</source>
        <translation>1 ärende</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/view.py"/>
        <source>Choose a ticket to see its conversation.</source>
        <translation>Välj ett ärende för att se konversationen.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/view.py"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/view.py"/>
        <source>New ticket</source>
        <translation>Nytt ärende</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/view.py"/>
        <source>No open tickets: all caught up.</source>
        <translation>Inga öppna ärenden: allt är avklarat.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/view.py"/>
        <source>No tickets match these filters.</source>
        <translation>Inga ärenden matchar de här filtren.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/view.py"/>
        <source>No tickets yet.
When a customer asks for help, open a ticket here.</source>
        <translation>Inga ärenden ännu.
När en kund ber om hjälp öppnar du ett ärende här.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/view.py"/>
        <source>Show all tickets</source>
        <translation>Visa alla ärenden</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/view.py"/>
        <source>Ticket #{number} deleted.</source>
        <translation>Ärende #{number} togs bort.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/view.py"/>
        <source>Tickets</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/view.py"/>
        <source>{n} tickets</source>
        <translation>{n} ärenden</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/tiles.py"/>
        <source>Click to see the list behind this figure</source>
        <translation>Klicka för att se listan bakom siffran</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/tiles.py"/>
        <source>previous period: {value}</source>
        <translation>föregående period: {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/tiles.py"/>
        <source>{arrow} {percent} vs {previous}</source>
        <translation>{arrow} {percent} mot {previous}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/tiles.py"/>
        <source>{arrow} {points} vs {previous}</source>
        <translation>{arrow} {points} mot {previous}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/tiles.py"/>
        <source>{points} pp</source>
        <translation>{points} %-enheter</translation>
    </message>
</context>
<context>
    <name>TimelineItem</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Mark done</source>
        <translation>Markera som klar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>deal: {title}</source>
        <translation>affär: {title}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>done {time}</source>
        <translation>klar {time}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>due {time}</source>
        <translation>förfaller {time}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>ticket: {title}</source>
        <translation>ärende: {title}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>with {name}</source>
        <translation>med {name}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>&amp;Log call</source>
        <translation>&amp;Logga samtal</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Add &amp;note</source>
        <translation>Lägg till &amp;anteckning</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Nothing logged yet. Add a note or log a call.</source>
        <translation>Inget loggat ännu. Lägg till en anteckning eller logga ett samtal.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Schedule &amp;task</source>
        <translation>Planera &amp;uppgift</translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>&amp;Purge…</source>
        <translation>Radera &amp;permanent…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Deleted</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Everything</source>
        <translation>Allt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Purged for good.</source>
        <translation>Permanent raderat.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Restored from the trash.</source>
        <translation>Återställt från papperskorgen.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>The trash is empty.</source>
        <translation>Papperskorgen är tom.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Trash</source>
        <translation>Papperskorg</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>{n} in the trash</source>
        <translation>{n} i papperskorgen</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/welcome.py"/>
        <source>&lt;h2&gt;Welcome to crm-desktop&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Välkommen till crm-desktop&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/welcome.py"/>
        <source>Start &amp;empty</source>
        <translation>Börja med en &amp;tom fil</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/welcome.py"/>
        <source>Start with &amp;demo data</source>
        <translation>Börja med &amp;demodata</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/welcome.py"/>
        <source>Welcome to crm-desktop</source>
        <translation>Välkommen till crm-desktop</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/welcome.py"/>
        <source>Your customers, deals and tickets live in one file on this computer. Nothing leaves the building.&lt;br&gt;&lt;br&gt;Would you like to look around with example data first, or start with an empty file?</source>
        <translation>Dina kunder, affärer och ärenden finns i en enda fil på den här datorn. Ingenting lämnar huset.&lt;br&gt;&lt;br&gt;Vill du först titta runt med exempeldata, eller börja med en tom fil?</translation>
    </message>
</context>
<context>
    <name>analytics</name>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>About to sleep</source>
        <translation>På väg att somna in</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>At risk</source>
        <translation>I riskzonen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/customer_value.py"/>
        <source>At risk: at least two orders on different days, and no order for longer than 1.5 x the customer's median gap between order days. Orders in every currency count here: this is about when people buy, not how much.</source>
        <translation>I riskzonen: minst två ordrar på olika dagar, och ingen order på längre tid än 1,5 × kundens medianuppehåll mellan orderdagar. Ordrar i alla valutor räknas här: det handlar om när kunderna köper, inte hur mycket.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>Can't lose</source>
        <translation>Får inte förloras</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>Champions</source>
        <translation>Mästare</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>Each score is the customer's percentile rank among all customers with orders in the currency, spread over 1-5: 5 = the most recent last order, the most orders, the most spent; 1 = the least. Equal values share a score; a lone customer (or a figure on which all are equal) scores a neutral 3.</source>
        <translation>Varje poäng är kundens percentilrang bland alla kunder med ordrar i valutan, fördelad på 1–5: 5 = senaste ordern närmast i tid, flest ordrar, mest köpt för; 1 = tvärtom. Lika värden får samma poäng; en ensam kund (eller en siffra där alla är lika) får neutrala 3.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>Hibernating</source>
        <translation>I dvala</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/lead_sources.py"/>
        <source>Leads = live contacts with that source. Converted = those with at least one won deal; conversion = converted / leads. Win rate = won / (won + lost) deals of those contacts. Revenue = value of their won deals, per currency.</source>
        <translation>Leads = aktiva kontakter med den källan. Konverterade = de som har minst en vunnen affär; konvertering = konverterade / leads. Vinstandel = vunna / (vunna + förlorade) affärer för de kontakterna. Intäkter = värdet av deras vunna affärer, per valuta.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/customer_value.py"/>
        <source>Lifetime value = the total of all the customer's orders to date, per currency; average order = that total / the number of orders.</source>
        <translation>Livstidsvärde = summan av alla kundens ordrar hittills, per valuta; snittorder = den summan / antalet ordrar.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>Lost</source>
        <translation>Förlorade</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>Loyal</source>
        <translation>Lojala</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>Need attention</source>
        <translation>Behöver uppmärksamhet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>New</source>
        <translation>Nya kunder</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/services/analytics/customer_value.py"/>
        <source>No order for %n days, where this customer usually orders every {gap}</source>
        <translation>
            <numerusform>Ingen order på %n dag, fast kunden brukar beställa var {gap}</numerusform>
            <numerusform>Ingen order på %n dagar, fast kunden brukar beställa var {gap}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>Potential loyalist</source>
        <translation>Potentiellt lojala</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>Promising</source>
        <translation>Lovande</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>average on both counts</source>
        <translation>medel på båda måtten</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>bought often, but long ago</source>
        <translation>köpte ofta, men för länge sedan</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>bought the most, but long ago</source>
        <translation>köpte mest, men för länge sedan</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>bought very recently and often</source>
        <translation>köpte helt nyligen och ofta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>buy often and still buy</source>
        <translation>köper ofta och köper fortfarande</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>few orders, fading</source>
        <translation>få ordrar, avtagande</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>few orders, long ago</source>
        <translation>få ordrar, för länge sedan</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>first order very recently</source>
        <translation>första ordern helt nyligen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/upsell.py"/>
        <source>must be 1 or more</source>
        <translation>måste vara 1 eller mer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/upsell.py"/>
        <source>must be between 0 and 1</source>
        <translation>måste vara mellan 0 och 1</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>one order, long ago</source>
        <translation>en order, för länge sedan</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>one recent order</source>
        <translation>en order nyligen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>recency {recency} and frequency {frequency}</source>
        <translation>aktualitet {recency} och frekvens {frequency}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>recent, a few orders so far</source>
        <translation>nyligen, några ordrar hittills</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/upsell.py"/>
        <source>{first} and {second}</source>
        <translation>{first} och {second}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/customer_kind.py"/>
        <source>{kind} is not contact or company</source>
        <translation>{kind} är varken kontakt eller företag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/customer_value.py"/>
        <source>{n} day</source>
        <translation>{n} dag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/customer_value.py"/>
        <source>{n} days</source>
        <translation>{n} dagar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>{segment} is not one of {known}</source>
        <translation>{segment} är inte något av {known}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/services/analytics/upsell.py"/>
        <source>{share} of customers who bought {bought} also bought {offer} (%n customers)</source>
        <translation>
            <numerusform>{share} av kunderna som köpte {bought} köpte också {offer} (%n kund)</numerusform>
            <numerusform>{share} av kunderna som köpte {bought} köpte också {offer} (%n kunder)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../src/crm_desktop/ui/app.py"/>
        <source>Cannot open the file</source>
        <translation>Det går inte att öppna filen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/app.py"/>
        <source>Open a CRM file</source>
        <translation>Öppna en CRM-fil</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/app.py"/>
        <source>The file is damaged</source>
        <translation>Filen är skadad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/app.py"/>
        <source>{error}

Restore the newest good backup, made {when}? The damaged file is kept beside your backups.</source>
        <translation>{error}

Vill du återställa den senaste felfria säkerhetskopian, gjord {when}? Den skadade filen sparas bredvid dina säkerhetskopior.</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <location filename="../../src/crm_desktop/storage/backup.py"/>
        <source>cannot back up {path} to {target}: {reason}</source>
        <translation>det går inte att säkerhetskopiera {path} till {target}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/backup.py"/>
        <source>cannot create the backup folder {folder}: {reason}</source>
        <translation>det går inte att skapa mappen för säkerhetskopior {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/backup.py"/>
        <source>cannot write {path}: {reason}</source>
        <translation>det går inte att skriva {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/backups.py"/>
        <source>it is another program's database</source>
        <translation>det är ett annat programs databas</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/backups.py"/>
        <source>it is damaged ({problem})</source>
        <translation>den är skadad ({problem})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/backups.py"/>
        <source>it is not an SQLite database</source>
        <translation>det är ingen SQLite-databas</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/backups.py"/>
        <source>it was made by a newer crm-desktop (schema {version})</source>
        <translation>den skapades av en nyare version av crm-desktop (schema {version})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/backup.py"/>
        <source>the backup of {path} failed its integrity check and was deleted: {problem}</source>
        <translation>säkerhetskopian av {path} klarade inte integritetskontrollen och togs bort: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/backups.py"/>
        <source>the current content of {path} could not be kept ({reason}); nothing was restored</source>
        <translation>det nuvarande innehållet i {path} kunde inte behållas ({reason}); inget återställdes</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/backup.py"/>
        <source>{path} already exists; choose another name</source>
        <translation>{path} finns redan; välj ett annat namn</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/backups.py"/>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} kan inte läsas: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/backups.py"/>
        <source>{path} is not a valid crm-desktop backup: {reason}</source>
        <translation>{path} är ingen giltig säkerhetskopia från crm-desktop: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/backups.py"/>
        <source>{path}: the backup was not restored: {reason}</source>
        <translation>{path}: säkerhetskopian återställdes inte: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/storage/backup.py"/>
        <source>{problems} and %n more problem</source>
        <translation>
            <numerusform>{problems} och %n problem till</numerusform>
            <numerusform>{problems} och %n problem till</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/storage/backup.py"/>
        <source>{problems} and %n more problems</source>
        <translation>
            <numerusform>{problems} och %n problem till</numerusform>
            <numerusform>{problems} och %n problem till</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/services/checks.py"/>
        <source>... and %n more</source>
        <translation>
            <numerusform>... och %n till</numerusform>
            <numerusform>... och %n till</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/checks.py"/>
        <source>audit chain</source>
        <translation>granskningskedja</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/audit.py"/>
        <source>audit entry {id}: {reason}</source>
        <translation>granskningspost {id}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/audit.py"/>
        <source>does not follow the entry before it</source>
        <translation>följer inte på posten före den</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/audit.py"/>
        <source>entries {first} to {last} were removed before it</source>
        <translation>posterna {first} till {last} togs bort före den</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/audit.py"/>
        <source>entries {first} to {last} were removed from the end</source>
        <translation>posterna {first} till {last} togs bort från slutet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/audit.py"/>
        <source>entry {first} was removed before it</source>
        <translation>post {first} togs bort före den</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/checks.py"/>
        <source>foreign keys</source>
        <translation>främmande nycklar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/checks.py"/>
        <source>integrity</source>
        <translation>integritet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/checks.py"/>
        <source>search index</source>
        <translation>sökindex</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/checks.py"/>
        <source>search index holds {kind} {id}, which is not a live {kind}</source>
        <translation>sökindexet innehåller {kind} {id}, som inte finns kvar som aktiv post av typen {kind}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/audit.py"/>
        <source>was altered after it was written</source>
        <translation>ändrades efter att den skrevs</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/checks.py"/>
        <source>{kind} {id} has a stale search entry</source>
        <translation>{kind} {id} har en inaktuell sökpost</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/checks.py"/>
        <source>{kind} {id} is missing from the search index</source>
        <translation>{kind} {id} saknas i sökindexet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/checks.py"/>
        <source>{table} row {row} points at a missing {parent} row</source>
        <translation>rad {row} i {table} pekar på en rad i {parent} som saknas</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/check.py"/>
        <source>%n problem</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/check.py"/>
        <source>%n problems</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problem</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>',', ';' or tab (CSV only)</source>
        <translation>',', ';' eller tab (endast CSV)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>3.0 (default) or 4.0</source>
        <translation>3.0 (standard) eller 4.0</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <source>Amounts per currency ({currencies}), never added across.</source>
        <translation>Belopp per valuta ({currencies}), läggs aldrig ihop.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <source>Dashboard {start} – {end}, compared with {previous_start} – {previous_end}</source>
        <translation>Översikt {start} – {end}, jämfört med {previous_start} – {previous_end}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>Import a CSV file (Google, Outlook, HubSpot, Salesforce, Pipedrive exports, or any spreadsheet) in one transaction: every valid row is stored and rejected rows go to an error CSV, or nothing is stored.</source>
        <translation>Importera en CSV-fil (exporter från Google, Outlook, HubSpot, Salesforce, Pipedrive eller valfritt kalkylblad) i en enda transaktion: varje giltig rad sparas och avvisade rader hamnar i en CSV-felfil, eller så sparas ingenting.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>JSON {"mapping": {"column": "field"}} to use</source>
        <translation>JSON {"mapping": {"column": "field"}} som ska användas</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>Merge OTHER_ID into KEEP_ID: KEEP_ID keeps its values and gains OTHER_ID's e-mails, phones, tags, deals, tickets, orders and activities; OTHER_ID goes to the trash.</source>
        <translation>Sammanfoga OTHER_ID med KEEP_ID: KEEP_ID behåller sina värden och får OTHER_ID:s e-postadresser, telefonnummer, taggar, affärer, ärenden, ordrar och aktiviteter; OTHER_ID flyttas till papperskorgen.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>Pairs of live records sharing an e-mail, phone, website or a close name.</source>
        <translation>Par av aktiva poster som har samma e-postadress, telefonnummer eller webbplats, eller liknande namn.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <source>Pipeline by stage (open deals now; won and lost in the period)</source>
        <translation>Pipeline per fas (öppna affärer nu; vunna och förlorade under perioden)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/reports.py"/>
        <source>Reports: {listing}. Without --from/--to, each covers its usual period (this month; this quarter for forecast; this year for customers); the customer profile covers the whole history and takes no period.</source>
        <translation>Rapporter: {listing}. Utan --from/--to täcker varje rapport sin vanliga period (denna månad; detta kvartal för prognosen; detta år för kunder); kundprofilen täcker hela historiken och tar ingen period.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <source>Revenue by month (orders placed and deals won, not added together)</source>
        <translation>Intäkter per månad (lagda ordrar och vunna affärer, inte sammanlagda)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <source>The dashboard's figures for a period, against the period before it: pipeline, forecast, won deals, win rate, sales cycle, tickets, SLA breaches, tasks; and its charts as tables. Money is listed per currency, never added across.</source>
        <translation>Översiktens siffror för en period, jämfört med perioden innan: pipeline, prognos, vunna affärer, vinstandel, säljcykel, ärenden, SLA-överträdelser, uppgifter; samt diagrammen som tabeller. Pengar redovisas per valuta och läggs aldrig ihop.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <source>Tickets per week (from Monday)</source>
        <translation>Ärenden per vecka (från måndag)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>Write contacts, companies, deals, tickets, activities or orders to a file. CSV opens in Excel as it is: UTF-8 with BOM, ';' where your language's locale writes decimals with a comma (or --delimiter), formula-like cells guarded.</source>
        <translation>Skriv kontakter, företag, affärer, ärenden, aktiviteter eller ordrar till en fil. CSV öppnas direkt i Excel: UTF-8 med BOM, ';' där språkets nationella inställningar skriver decimaler med komma (eller --delimiter), och celler som liknar formler skyddas.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <source>a named period (default: this_month)</source>
        <translation>en namngiven period (standard: this_month)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>a row matching a stored record (same e-mail or phone, similar name at the same company): skip it (default), merge it into the record, or create anyway</source>
        <translation>en rad som matchar en sparad post (samma e-post eller telefon, liknande namn på samma företag): hoppa över den (standard), sammanfoga den med posten eller skapa ändå</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>activities: kind (repeat for more)</source>
        <translation>aktiviteter: typ (upprepa för fler)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>activities: open or done</source>
        <translation>aktiviteter: open eller done</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/check.py"/>
        <source>all checks passed</source>
        <translation>alla kontroller godkändes</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>bring in contacts or companies from a CSV (or vCard) file</source>
        <translation>hämta in kontakter eller företag från en CSV-fil (eller vCard-fil)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>companies: industry</source>
        <translation>företag: bransch</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>contacts: lifecycle stage; deals: stage name or id</source>
        <translation>kontakter: livscykelfas; affärer: fasens namn eller id</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>csv (default)</source>
        <translation>csv (standard)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>deals or tickets: status</source>
        <translation>affärer eller ärenden: status</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>deals: pipeline name or id</source>
        <translation>affärer: pipelinens namn eller id</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/reports.py"/>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <source>first day, YYYY-MM-DD</source>
        <translation>första dag, YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/settings.py"/>
        <source>give at least one PRIORITY=HOURS</source>
        <translation>ange minst en PRIORITY=HOURS (prioritet=timmar)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/reports.py"/>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <source>give the first day too (--from YYYY-MM-DD)</source>
        <translation>ange även första dagen (--from YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>import companies</source>
        <translation>importera företag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>import contacts</source>
        <translation>importera kontakter</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/reports.py"/>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <source>last day, YYYY-MM-DD (default: today)</source>
        <translation>sista dag, YYYY-MM-DD (standard: i dag)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>list contacts or companies that look like duplicates</source>
        <translation>lista kontakter eller företag som ser ut att vara dubbletter</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>login or name</source>
        <translation>inloggningsnamn eller namn</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>merge one contact or company into another</source>
        <translation>sammanfoga en kontakt eller ett företag med en annan post</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/check.py"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>only records with this tag</source>
        <translation>endast poster med den här taggen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>only the records of this saved view (name or id) of the same kind of record</source>
        <translation>endast posterna i den här sparade vyn (namn eller id) av samma posttyp</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/reports.py"/>
        <source>only the records of this saved view (name or id): deal views for pipeline, forecast and win-loss; ticket views for tickets; contact or company views for customers</source>
        <translation>endast posterna i den här sparade vyn (namn eller id): affärsvyer för pipeline, forecast och win-loss; ärendevyer för tickets; kontakt- eller företagsvyer för customers</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>orders: from day</source>
        <translation>ordrar: från datum</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>orders: to day</source>
        <translation>ordrar: till datum</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>part of a name or e-mail</source>
        <translation>del av ett namn eller en e-postadress</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <source>print JSON</source>
        <translation>skriv ut JSON</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <source>print the dashboard's figures</source>
        <translation>skriv ut översiktens siffror</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>print the summary as JSON</source>
        <translation>skriv ut sammanfattningen som JSON</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>read phones, dates and numbers as in this country</source>
        <translation>tolka telefonnummer, datum och tal som i det här landet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>report what would happen; store nothing</source>
        <translation>visa vad som skulle hända; spara ingenting</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>the CSV file (or .vcf for contacts)</source>
        <translation>CSV-filen (eller .vcf för kontakter)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/reports.py"/>
        <source>the customer report's record</source>
        <translation>posten som kundrapporten gäller</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>the error CSV (default: FILE.errors.csv beside FILE)</source>
        <translation>CSV-felfilen (standard: FILE.errors.csv bredvid FILE)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>the file to write</source>
        <translation>filen som ska skrivas</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/__init__.py"/>
        <source>the record</source>
        <translation>posten</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/__init__.py"/>
        <source>the {kind} {id} was changed by someone else since version {expected} (it is now at version {actual}); nothing was changed. Check it with {look}, then run the command again with --expected-version {actual}</source>
        <translation>{kind} {id} har ändrats av någon annan sedan version {expected} (den har nu version {actual}); inget ändrades. Kontrollera posten med {look} och kör sedan kommandot igen med --expected-version {actual}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/reports.py"/>
        <source>the {report} report covers the whole history; leave out --from and --to</source>
        <translation>rapporten {report} täcker hela historiken; utelämna --from och --to</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/contacts.py"/>
        <source>there is no company named {name}</source>
        <translation>det finns inget företag som heter {name}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/deals.py"/>
        <source>there is no pipeline {name}; there are {names}</source>
        <translation>det finns ingen pipeline {name}; det finns {names}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/reports.py"/>
        <source>there is no saved view {name}</source>
        <translation>det finns ingen sparad vy {name}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/record_args.py"/>
        <source>there is no user with login or name {name}</source>
        <translation>det finns ingen användare med inloggning eller namn {name}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>tickets nobody has</source>
        <translation>ärenden utan handläggare</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>tickets past their SLA</source>
        <translation>ärenden efter SLA-tidsgränsen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>tickets: login or name</source>
        <translation>ärenden: inloggningsnamn eller namn</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>tickets: priority</source>
        <translation>ärenden: prioritet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>two-letter country code</source>
        <translation>landskod med två bokstäver</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/reports.py"/>
        <source>whether --id is a contact or a company (default: contact)</source>
        <translation>om --id är en kontakt eller ett företag (standard: kontakt)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/reports.py"/>
        <source>write a PDF report and/or its figures as CSV</source>
        <translation>skriv en PDF-rapport och/eller dess siffror som CSV</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>write a list of records to a CSV, JSON, vCard or iCalendar file</source>
        <translation>skriv en lista med poster till en CSV-, JSON-, vCard- eller iCalendar-fil</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/reports.py"/>
        <source>write the PDF here</source>
        <translation>skriv PDF-filen här</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/reports.py"/>
        <source>write the figures as CSV here</source>
        <translation>skriv siffrorna som CSV här</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>write the mapping used to this JSON file</source>
        <translation>skriv den använda matchningen till den här JSON-filen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/check.py"/>
        <source>{check}: {found}</source>
        <translation>{check}: {found}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/reports.py"/>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <source>{end} is before --from {start}</source>
        <translation>{end} är före --from {start}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/settings.py"/>
        <source>{part} is not PRIORITY=HOURS</source>
        <translation>{part} är inte på formen PRIORITY=HOURS</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/check.py"/>
        <source>{path}: problems found</source>
        <translation>{path}: problem hittades</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/settings.py"/>
        <source>{priority} is not a priority ({priorities})</source>
        <translation>{priority} är ingen prioritet ({priorities})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/settings.py"/>
        <source>{value} for {priority} is not a positive whole number of hours</source>
        <translation>{value} för {priority} är inte ett positivt heltal timmar</translation>
    </message>
</context>
<context>
    <name>conflict</name>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/conflict.py"/>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/conflict.py"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/conflict.py"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>contacts</name>
    <message>
        <location filename="../../src/crm_desktop/domain/contacts.py"/>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contacts.py"/>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contacts.py"/>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>in person</source>
        <translation>personligen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contacts.py"/>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>paper form</source>
        <translation>pappersblankett</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contacts.py"/>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contacts.py"/>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>web form</source>
        <translation>webbformulär</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../src/crm_desktop/services/demo.py"/>
        <source>must be between 1 and {most}</source>
        <translation>måste vara mellan 1 och {most}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/demo.py"/>
        <source>must be one of {choices}</source>
        <translation>måste vara något av {choices}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/demo_checks.py"/>
        <source>product {sku} is in the trash: restore it, or use a new file</source>
        <translation>produkten {sku} ligger i papperskorgen: återställ den eller använd en ny fil</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/demo_checks.py"/>
        <source>product {sku} is priced in {currency}, the demo in {demo}: {advice}</source>
        <translation>produkten {sku} är prissatt i {currency}, demon i {demo}: {advice}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/demo_checks.py"/>
        <source>this file is set up for {region} and {currency}: {advice}</source>
        <translation>den här filen är inställd för {region} och {currency}: {advice}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/demo_checks.py"/>
        <source>use --locale {locale}, or a new file</source>
        <translation>använd --locale {locale} eller en ny fil</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/demo_checks.py"/>
        <source>use a new file</source>
        <translation>använd en ny fil</translation>
    </message>
</context>
<context>
    <name>detail</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/detail_text.py"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/detail_text.py"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/detail_text.py"/>
        <source>{when} by {who}</source>
        <translation>{when} av {who}</translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>%n activities</source>
        <translation>
            <numerusform>%n aktivitet</numerusform>
            <numerusform>%n aktiviteter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>%n activity</source>
        <translation>
            <numerusform>%n aktivitet</numerusform>
            <numerusform>%n aktiviteter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>%n contact</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>%n contacts</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>%n deal</source>
        <translation>
            <numerusform>%n affär</numerusform>
            <numerusform>%n affärer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>%n deals</source>
        <translation>
            <numerusform>%n affär</numerusform>
            <numerusform>%n affärer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>%n order</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n ordrar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>%n orders</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n ordrar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>%n ticket</source>
        <translation>
            <numerusform>%n ärende</numerusform>
            <numerusform>%n ärenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>%n tickets</source>
        <translation>
            <numerusform>%n ärende</numerusform>
            <numerusform>%n ärenden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>(none)</source>
        <translation>(inga)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>Merged company {other} into {keep} ({moved} moved);</source>
        <translation>Företaget {other} sammanfogades med {keep} ({moved} flyttade);</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>Merged contact {other} into {keep} ({moved} moved);</source>
        <translation>Kontakten {other} sammanfogades med {keep} ({moved} flyttade);</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/duplicates.py"/>
        <source>a record cannot be a duplicate of itself</source>
        <translation>en post kan inte vara en dubblett av sig själv</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/merge.py"/>
        <source>a record cannot be merged into itself</source>
        <translation>en post kan inte sammanfogas med sig själv</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>company {other} is in the trash.</source>
        <translation>företaget {other} ligger i papperskorgen.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>contact {other} is in the trash.</source>
        <translation>kontakten {other} ligger i papperskorgen.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>no related records</source>
        <translation>inga relaterade poster</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>same e-mail {value}</source>
        <translation>samma e-post {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>same name {value}</source>
        <translation>samma namn {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>same phone {value}</source>
        <translation>samma telefon {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>same website {value}</source>
        <translation>samma webbplats {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>similar names {value} ({score}%)</source>
        <translation>liknande namn {value} ({score}%)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/duplicates.py"/>
        <location filename="../../src/crm_desktop/services/merge.py"/>
        <source>{entity} is not contacts or companies</source>
        <translation>{entity} är varken kontakter eller företag</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../src/crm_desktop/ui/errors.py"/>
        <source>An unexpected error happened. Nothing was saved by the action that failed. Please report this with the details below.</source>
        <translation>Ett oväntat fel inträffade. Åtgärden som misslyckades sparade ingenting. Rapportera felet med informationen nedan.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/errors.py"/>
        <source>Cannot do that</source>
        <translation>Det går inte</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/errors.py"/>
        <source>Changed by someone else</source>
        <translation>Ändrad av någon annan</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>Invalid input ({detail})</source>
        <translation>Ogiltiga uppgifter ({detail})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>No activity with id {id}</source>
        <translation>Det finns ingen aktivitet med id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>No company with id {id}</source>
        <translation>Det finns inget företag med id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>No contact with id {id}</source>
        <translation>Det finns ingen kontakt med id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>No custom field with id {id}</source>
        <translation>Det finns inget eget fält med id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>No deal with id {id}</source>
        <translation>Det finns ingen affär med id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>No order with id {id}</source>
        <translation>Det finns ingen order med id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>No pipeline with id {id}</source>
        <translation>Det finns ingen pipeline med id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>No product with id {id}</source>
        <translation>Det finns ingen produkt med id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>No saved view with id {id}</source>
        <translation>Det finns ingen sparad vy med id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>No stage with id {id}</source>
        <translation>Det finns ingen fas med id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>No tag with id {id}</source>
        <translation>Det finns ingen tagg med id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>No ticket with id {id}</source>
        <translation>Det finns inget ärende med id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>No user with id {id}</source>
        <translation>Det finns ingen användare med id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>No {kind} in the trash with id {id}</source>
        <translation>Det finns ingen post av typen {kind} med id {id} i papperskorgen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>No {kind} with id {id}</source>
        <translation>Det finns ingen post av typen {kind} med id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/errors.py"/>
        <source>Not found</source>
        <translation>Hittades inte</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/errors.py"/>
        <source>Please check the highlighted fields</source>
        <translation>Kontrollera de markerade fälten</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/errors.py"/>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/errors.py"/>
        <source>The file could not be used</source>
        <translation>Filen kunde inte användas</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>The {kind} {id} was changed by someone else (you edited version {expected}, the file now has version {actual}); reload it and apply your change again</source>
        <translation>Någon annan har ändrat {kind} {id} (du redigerade version {expected}, filen har nu version {actual}); läs in posten igen och gör om din ändring</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>import cancelled: nothing was stored</source>
        <translation>importen avbröts: ingenting sparades</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>{path} is damaged ({problem}). Restore a backup: `crm backups list` shows them, `crm restore FILE` brings one back.</source>
        <translation>{path} är skadad ({problem}). Återställ en säkerhetskopia: `crm backups list` visar dem, `crm restore FILE` återställer en.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>{path} was written by a newer crm-desktop (schema version {file_version}); this program understands schema version {supported} at most. Update crm-desktop to open it; the file was not changed.</source>
        <translation>{path} skrevs av en nyare version av crm-desktop (schemaversion {file_version}); det här programmet förstår högst schemaversion {supported}. Uppdatera crm-desktop för att öppna filen; filen har inte ändrats.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>{path}, line {line}: {reason}</source>
        <translation>{path}, rad {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../src/crm_desktop/interchange/ical.py"/>
        <source>Company: {name}</source>
        <translation>Företag: {name}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/ical.py"/>
        <source>Contact: {name}</source>
        <translation>Kontakt: {name}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/ical.py"/>
        <source>Deal: {name}</source>
        <translation>Affär: {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>Exported %n activities to {path}</source>
        <translation>
            <numerusform>Exporterade %n aktivitet till {path}</numerusform>
            <numerusform>Exporterade %n aktiviteter till {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>Exported %n activity to {path}</source>
        <translation>
            <numerusform>Exporterade %n aktivitet till {path}</numerusform>
            <numerusform>Exporterade %n aktiviteter till {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>Exported %n companies to {path}</source>
        <translation>
            <numerusform>Exporterade %n företag till {path}</numerusform>
            <numerusform>Exporterade %n företag till {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>Exported %n company to {path}</source>
        <translation>
            <numerusform>Exporterade %n företag till {path}</numerusform>
            <numerusform>Exporterade %n företag till {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>Exported %n contact to {path}</source>
        <translation>
            <numerusform>Exporterade %n kontakt till {path}</numerusform>
            <numerusform>Exporterade %n kontakter till {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>Exported %n contacts to {path}</source>
        <translation>
            <numerusform>Exporterade %n kontakt till {path}</numerusform>
            <numerusform>Exporterade %n kontakter till {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>Exported %n deal to {path}</source>
        <translation>
            <numerusform>Exporterade %n affär till {path}</numerusform>
            <numerusform>Exporterade %n affärer till {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>Exported %n deals to {path}</source>
        <translation>
            <numerusform>Exporterade %n affär till {path}</numerusform>
            <numerusform>Exporterade %n affärer till {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>Exported %n order to {path}</source>
        <translation>
            <numerusform>Exporterade %n order till {path}</numerusform>
            <numerusform>Exporterade %n ordrar till {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>Exported %n orders to {path}</source>
        <translation>
            <numerusform>Exporterade %n order till {path}</numerusform>
            <numerusform>Exporterade %n ordrar till {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>Exported %n ticket to {path}</source>
        <translation>
            <numerusform>Exporterade %n ärende till {path}</numerusform>
            <numerusform>Exporterade %n ärenden till {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>Exported %n tickets to {path}</source>
        <translation>
            <numerusform>Exporterade %n ärende till {path}</numerusform>
            <numerusform>Exporterade %n ärenden till {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/ical.py"/>
        <source>Owner: {name}</source>
        <translation>Ansvarig: {name}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/ical.py"/>
        <source>Ticket: {name}</source>
        <translation>Ärende: {name}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>cannot write {path}: {reason}</source>
        <translation>det går inte att skriva {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>give ',', ';' or tab</source>
        <translation>ange ',', ';' eller tab</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>saved views are of {entities}, not of {entity}</source>
        <translation>sparade vyer gäller {entities}, inte {entity}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>the saved view {name} is of {entity}, not of {wanted}</source>
        <translation>den sparade vyn {name} gäller {entity}, inte {wanted}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>there is no saved view {name}</source>
        <translation>det finns ingen sparad vy med namnet {name}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <location filename="../../src/crm_desktop/interchange/vcard_writer.py"/>
        <source>vCard {version} cannot be written; use 3.0 or 4.0</source>
        <translation>vCard {version} kan inte skrivas; använd 3.0 eller 4.0</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>{delimiter} is not one of , ; or tab</source>
        <translation>{delimiter} är inte något av , ; eller tabb</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>{entity} can be exported as {formats}, not {format}</source>
        <translation>{entity} kan exporteras som {formats}, inte som {format}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>{entity} is not one of {choices}</source>
        <translation>{entity} är inte något av {choices}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>{folder} is not a folder</source>
        <translation>{folder} är ingen mapp</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>{option} does not filter {entity}</source>
        <translation>{option} filtrerar inte {entity}</translation>
    </message>
</context>
<context>
    <name>export-columns</name>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Assignee</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>Birthday</source>
        <translation>Födelsedag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Deal</source>
        <translation>Affär</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>E-mails</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Expected close</source>
        <translation>Förväntat avslut</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>Industry</source>
        <translation>Bransch</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>Job title</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>Lead source</source>
        <translation>Leadkälla</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>Lifecycle stage</source>
        <translation>Livscykelfas</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Lines</source>
        <translation>Rader</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>Marketing consent</source>
        <translation>Samtycke till marknadsföring</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Overdue</source>
        <translation>Försenat</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>Phones</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Probability %</source>
        <translation>Sannolikhet %</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>SLA due</source>
        <translation>SLA förfaller</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Stage</source>
        <translation>Fas</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>Street</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Ticket</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Updated</source>
        <translation>Uppdaterad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>VAT number</source>
        <translation>Momsreg.nr</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Weighted value</source>
        <translation>Viktat värde</translation>
    </message>
</context>
<context>
    <name>figures</name>
    <message>
        <location filename="../../src/crm_desktop/services/customer_figures.py"/>
        <source>Company {id}</source>
        <translation>Företag {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/customer_figures.py"/>
        <source>Contact {id}</source>
        <translation>Kontakt {id}</translation>
    </message>
</context>
<context>
    <name>form</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/form_fields.py"/>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/form_fields.py"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/form_fields.py"/>
        <source>Cou&amp;ntry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/form_fields.py"/>
        <source>Line {n}: {reason}</source>
        <translation>Rad {n}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/form_fields.py"/>
        <source>Not a date. Type it like {example}, or pick it with ▾.</source>
        <translation>Inget giltigt datum. Skriv det som {example}, eller välj det med ▾.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/form_fields.py"/>
        <source>Pick a date</source>
        <translation>Välj ett datum</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/form_fields.py"/>
        <source>Postcode, cit&amp;y:</source>
        <translation>Postnummer, &amp;ort:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/form_fields.py"/>
        <source>S&amp;treet:</source>
        <translation>&amp;Gatuadress:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/form_fields.py"/>
        <source>e.g. {date}</source>
        <translation>t.ex. {date}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/custom_fields_editor.py"/>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>Deal</source>
        <translation>Affär</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>Former customer</source>
        <translation>Tidigare kund</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>Prospect</source>
        <translation>Prospekt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>Ticket</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>Today {time}</source>
        <translation>I dag {time}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>Tomorrow {time}</source>
        <translation>I morgon {time}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>Unassigned</source>
        <translation>Ej tilldelad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>Yesterday {time}</source>
        <translation>I går {time}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>fax</source>
        <comment>phone label</comment>
        <translation>fax</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>home</source>
        <comment>e-mail or phone label</comment>
        <translation>hem</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>in {amount}</source>
        <translation>om {amount}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>main</source>
        <comment>e-mail or phone label</comment>
        <translation>primär</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>mobile</source>
        <comment>phone label</comment>
        <translation>mobil</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>other</source>
        <comment>e-mail or phone label</comment>
        <translation>annan</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>pager</source>
        <comment>phone label</comment>
        <translation>personsökare</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>work</source>
        <comment>e-mail or phone label</comment>
        <translation>arbete</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>{amount} overdue</source>
        <translation>{amount} för sent</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>{n} d</source>
        <translation>{n} d</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>{n} h</source>
        <translation>{n} tim</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Assignee</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Author</source>
        <translation>Författare</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Birthday</source>
        <translation>Födelsedag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/history_view.py"/>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Choices</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Colour</source>
        <translation>Färg</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Conditions</source>
        <translation>Villkor</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Consent given</source>
        <translation>Samtycke lämnat</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Consent method</source>
        <translation>Samtycke lämnat via</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <location filename="../../src/crm_desktop/ui/widgets/history_view.py"/>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Created by</source>
        <translation>Skapad av</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Deal</source>
        <translation>Affär</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>E-mails</source>
        <translation>E-postadresser</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Expected close</source>
        <translation>Förväntat avslut</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>First response</source>
        <translation>Första svar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>In stage since</source>
        <translation>I fasen sedan</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>In trash since</source>
        <translation>I papperskorgen sedan</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Industry</source>
        <translation>Bransch</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Job title</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Kind of record</source>
        <translation>Posttyp</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Label</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Lead source</source>
        <translation>Leadkälla</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Lifecycle stage</source>
        <translation>Livscykelfas</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Line total</source>
        <translation>Radsumma</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Login</source>
        <translation>Inloggningsnamn</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Lost reason</source>
        <translation>Förlustorsak</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Marketing consent</source>
        <translation>Samtycke till marknadsföring</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Match</source>
        <translation>Matchning</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/history_view.py"/>
        <source>Merged</source>
        <translation>Sammanfogad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>More fields</source>
        <translation>Fler fält</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/history_view.py"/>
        <source>Moved to the trash</source>
        <translation>Flyttad till papperskorgen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Ordered on</source>
        <translation>Orderdatum</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Phones</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Probability</source>
        <translation>Sannolikhet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/history_view.py"/>
        <source>Purged</source>
        <translation>Permanent raderad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Required</source>
        <translation>Obligatoriskt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Resolved</source>
        <translation>Löst</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/history_view.py"/>
        <source>Restored</source>
        <translation>Återställd</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>SKU</source>
        <translation>Artikelnummer (SKU)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>SLA due</source>
        <translation>SLA förfaller</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Stage</source>
        <translation>Fas</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Street</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Tag</source>
        <translation>Tagg</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Ticket</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Unit price</source>
        <translation>Styckpris</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Updated</source>
        <translation>Uppdaterad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Updated by</source>
        <translation>Uppdaterad av</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>VAT id</source>
        <translation>Momsreg.nr</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>call</source>
        <translation>samtal</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>closed</source>
        <translation>stängt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>customer</source>
        <translation>kund</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>former customer</source>
        <translation>tidigare kund</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>high</source>
        <translation>hög</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>home</source>
        <translation>hem</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>in person</source>
        <translation>personligen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>lead</source>
        <translation>lead</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>lost</source>
        <translation>förlorad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>low</source>
        <translation>låg</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>meeting</source>
        <translation>möte</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>new</source>
        <translation>nytt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>note</source>
        <translation>anteckning</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>open</source>
        <translation>öppet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>other</source>
        <translation>annan</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>paper form</source>
        <translation>pappersblankett</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>pending</source>
        <translation>väntande</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>prospect</source>
        <translation>prospekt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>resolved</source>
        <translation>löst</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>task</source>
        <translation>uppgift</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>urgent</source>
        <translation>brådskande</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>web</source>
        <translation>webb</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>web form</source>
        <translation>webbformulär</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>won</source>
        <translation>vunnen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>work</source>
        <translation>arbete</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>%n companies created by name</source>
        <translation>
            <numerusform>%n företag skapades utifrån namnet</numerusform>
            <numerusform>%n företag skapades utifrån namnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>%n companies would be created by name</source>
        <translation>
            <numerusform>%n företag skulle skapas utifrån namnet</numerusform>
            <numerusform>%n företag skulle skapas utifrån namnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>%n company created by name</source>
        <translation>
            <numerusform>%n företag skapades utifrån namnet</numerusform>
            <numerusform>%n företag skapades utifrån namnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>%n company would be created by name</source>
        <translation>
            <numerusform>%n företag skulle skapas utifrån namnet</numerusform>
            <numerusform>%n företag skulle skapas utifrån namnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>%n row read: {created} created, {merged} merged, {skipped} skipped as duplicates, {rejected} rejected</source>
        <translation>
            <numerusform>%n rad lästes: {created} skapade, {merged} sammanfogade, {skipped} överhoppade som dubbletter, {rejected} avvisade</numerusform>
            <numerusform>%n rader lästes: {created} skapade, {merged} sammanfogade, {skipped} överhoppade som dubbletter, {rejected} avvisade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>%n row read: {created} would be created, {merged} would be merged, {skipped} would be skipped as duplicates, {rejected} rejected</source>
        <translation>
            <numerusform>%n rad lästes: {created} skulle skapas, {merged} skulle sammanfogas, {skipped} skulle hoppas över som dubbletter, {rejected} avvisade</numerusform>
            <numerusform>%n rader lästes: {created} skulle skapas, {merged} skulle sammanfogas, {skipped} skulle hoppas över som dubbletter, {rejected} avvisade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>%n rows read: {created} created, {merged} merged, {skipped} skipped as duplicates, {rejected} rejected</source>
        <translation>
            <numerusform>%n rad lästes: {created} skapade, {merged} sammanfogade, {skipped} överhoppade som dubbletter, {rejected} avvisade</numerusform>
            <numerusform>%n rader lästes: {created} skapade, {merged} sammanfogade, {skipped} överhoppade som dubbletter, {rejected} avvisade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>%n rows read: {created} would be created, {merged} would be merged, {skipped} would be skipped as duplicates, {rejected} rejected</source>
        <translation>
            <numerusform>%n rad lästes: {created} skulle skapas, {merged} skulle sammanfogas, {skipped} skulle hoppas över som dubbletter, {rejected} avvisade</numerusform>
            <numerusform>%n rader lästes: {created} skulle skapas, {merged} skulle sammanfogas, {skipped} skulle hoppas över som dubbletter, {rejected} avvisade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>... and %n more</source>
        <translation>
            <numerusform>... och %n till</numerusform>
            <numerusform>... och %n till</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_rows.py"/>
        <source>Birthday (no year): {day}</source>
        <translation>Födelsedag (utan år): {day}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/vcard.py"/>
        <location filename="../../src/crm_desktop/services/import_rows.py"/>
        <source>Country: {country}</source>
        <translation>Land: {country}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/vcard.py"/>
        <source>END:VCARD without a BEGIN:VCARD before it</source>
        <translation>END:VCARD utan någon BEGIN:VCARD före</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_rows.py"/>
        <source>Not imported (not a valid e-mail address): {text}</source>
        <translation>Inte importerad (ogiltig e-postadress): {text}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_rows.py"/>
        <source>Not imported (not a valid phone number): {text}</source>
        <translation>Inte importerat (ogiltigt telefonnummer): {text}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>UTF-16 (Excel Unicode text)</source>
        <translation>UTF-16 (Excel Unicode-text)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>UTF-16 big-endian without BOM</source>
        <translation>UTF-16 big-endian utan BOM</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>UTF-16 little-endian without BOM</source>
        <translation>UTF-16 little-endian utan BOM</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 med BOM</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>a cell is longer than {limit} characters (a quote never closed?)</source>
        <translation>en cell är längre än {limit} tecken (ett citattecken som aldrig avslutas?)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>a quoted cell starting in this row is never closed</source>
        <translation>en cell inom citattecken som börjar på den här raden avslutas aldrig</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/imports.py"/>
        <source>a vCard file holds contacts: use `import contacts`</source>
        <translation>en vCard-fil innehåller kontakter: använd `import contacts`</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/mappings.py"/>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <location filename="../../src/crm_desktop/interchange/vcard.py"/>
        <source>cannot be read: {reason}</source>
        <translation>kan inte läsas: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/mappings.py"/>
        <location filename="../../src/crm_desktop/services/import_errors.py"/>
        <source>cannot be written: {reason}</source>
        <translation>kan inte skrivas: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/vcard.py"/>
        <source>cannot read this card ({reason})</source>
        <translation>det går inte att läsa kortet ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/vcard.py"/>
        <source>cannot read this line ({reason})</source>
        <translation>det går inte att läsa raden ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>company {id}</source>
        <translation>företag {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>contact {id}</source>
        <translation>kontakt {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>create</source>
        <translation>skapa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/mappings.py"/>
        <source>crm-desktop's own export</source>
        <translation>crm-desktops egen export</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>dry run: nothing was stored</source>
        <translation>testkörning: ingenting sparades</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_rows.py"/>
        <source>is not a field of companies</source>
        <translation>är inte ett fält för företag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_rows.py"/>
        <source>is not a field of contacts</source>
        <translation>är inte ett fält för kontakter</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_writes.py"/>
        <source>kept {stored}; the file has {incoming}</source>
        <translation>behöll {stored}; filen har {incoming}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>line {line}</source>
        <translation>rad {line}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>line {line}: rejected: {reasons}</source>
        <translation>rad {line}: avvisad: {reasons}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>line {line}: warning: {field}: {warning}</source>
        <translation>rad {line}: varning: {field}: {warning}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>line {line}: {action}: {reason} as {other}</source>
        <translation>rad {line}: {action}: {reason} som {other}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_errors.py"/>
        <source>line {line}: {problems}</source>
        <translation>rad {line}: {problems}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>merge</source>
        <translation>sammanfoga</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_run.py"/>
        <source>must be one of {choices}</source>
        <translation>måste vara något av {choices}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_rows.py"/>
        <source>must be text</source>
        <translation>måste vara text</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/mappings.py"/>
        <source>must hold {example}</source>
        <translation>måste innehålla {example}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/imports.py"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/imports.py"/>
        <source>no column ({columns}) matches a field of companies; map the columns (--mapping FILE) and try again</source>
        <translation>ingen kolumn ({columns}) matchar ett fält för företag; matcha kolumnerna (--mapping FILE) och försök igen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/imports.py"/>
        <source>no column ({columns}) matches a field of contacts; map the columns (--mapping FILE) and try again</source>
        <translation>ingen kolumn ({columns}) matchar ett fält för kontakter; matcha kolumnerna (--mapping FILE) och försök igen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/mappings.py"/>
        <source>no column is matched to a field of companies; give a mapping</source>
        <translation>ingen kolumn är matchad mot ett fält för företag; ange en matchning</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/mappings.py"/>
        <source>no column is matched to a field of contacts; give a mapping</source>
        <translation>ingen kolumn är matchad mot ett fält för kontakter; ange en matchning</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>no rows could be read</source>
        <translation>inga rader kunde läsas</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>no rows could be read that way</source>
        <translation>inga rader kunde läsas på det sättet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/vcard.py"/>
        <source>no vCard found (a card starts with BEGIN:VCARD)</source>
        <translation>inget vCard hittades (ett kort börjar med BEGIN:VCARD)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/mappings.py"/>
        <source>not a JSON mapping file: {reason}</source>
        <translation>inte en matchningsfil i JSON: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>not readable as CSV: {reason}</source>
        <translation>kan inte läsas som CSV: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>not readable as text: {reason}</source>
        <translation>kan inte läsas som text: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>rejected rows written to {path}</source>
        <translation>avvisade rader skrevs till {path}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_duplicates.py"/>
        <source>same VAT number {vat}</source>
        <translation>samma momsreg.nr {vat}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_duplicates.py"/>
        <source>same e-mail {address}</source>
        <translation>samma e-postadress {address}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_duplicates.py"/>
        <source>same name {name}</source>
        <translation>samma namn {name}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_duplicates.py"/>
        <source>same phone {number}</source>
        <translation>samma telefonnummer {number}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_duplicates.py"/>
        <source>similar name at the same company ({name})</source>
        <translation>liknande namn på samma företag ({name})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/mappings.py"/>
        <source>similar names</source>
        <translation>liknande namn</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>skip</source>
        <translation>hoppa över</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>the file has no rows after its sep= line</source>
        <translation>filen har inga rader efter raden sep=</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>the file is empty</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/vcard.py"/>
        <source>the file is larger than {size} MB; split it first</source>
        <translation>filen är större än {size} MB; dela upp den först</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>the line is longer than {limit} characters (not a CSV file?)</source>
        <translation>raden är längre än {limit} tecken (inte en CSV-fil?)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/mappings.py"/>
        <source>the mapping saved for these columns</source>
        <translation>matchningen som sparats för de här kolumnerna</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_rows.py"/>
        <source>there is no company field named {key}</source>
        <translation>det finns inget företagsfält med namnet {key}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_rows.py"/>
        <source>there is no contact field named {key}</source>
        <translation>det finns inget kontaktfält med namnet {key}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_rows.py"/>
        <source>there is no user {name}: left unassigned</source>
        <translation>det finns ingen användare {name}: lämnas utan ansvarig</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/vcard.py"/>
        <source>this card has no END:VCARD (another begins at line {line})</source>
        <translation>kortet saknar END:VCARD (ett nytt kort börjar på rad {line})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/vcard.py"/>
        <source>this card has no END:VCARD (the file ends inside it)</source>
        <translation>kortet saknar END:VCARD (filen tar slut inne i kortet)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>this is not a text file (it holds binary data); save it as CSV</source>
        <translation>det här är inte en textfil (den innehåller binärdata); spara den som CSV</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>this is not a text file (it holds control characters)</source>
        <translation>det här är inte en textfil (den innehåller styrtecken)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/vcard.py"/>
        <source>this is not a vCard file (it holds binary data)</source>
        <translation>det här är inte en vCard-fil (den innehåller binärdata)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>this row has {cells} cells but the header has {width} (a stray delimiter or quote?)</source>
        <translation>raden har {cells} celler men rubrikraden har {width} (en avgränsare eller ett citattecken för mycket?)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>unknown text encoding (byte {byte} is not UTF-8 or Windows-1252); save the file as CSV UTF-8</source>
        <translation>okänd teckenkodning (byte {byte} är varken UTF-8 eller Windows-1252); spara filen som CSV UTF-8</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/imports.py"/>
        <source>vCard import is not available in this version</source>
        <translation>vCard-import finns inte i den här versionen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/imports.py"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/mappings.py"/>
        <source>your mapping</source>
        <translation>din matchning</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>{encoding} is not a text encoding</source>
        <translation>{encoding} är ingen teckenkodning</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>{encoding}, comma-separated</source>
        <translation>{encoding}, kommaavgränsad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>{encoding}, semicolon-separated</source>
        <translation>{encoding}, semikolonavgränsad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>{encoding}, separated by vertical bars</source>
        <translation>{encoding}, avgränsad med lodstreck</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>{encoding}, separated by {delimiter}</source>
        <translation>{encoding}, avgränsad med {delimiter}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>{encoding}, tab-separated</source>
        <translation>{encoding}, tabbavgränsad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/mappings.py"/>
        <source>{field} is not a field of companies one can import</source>
        <translation>{field} är inte ett företagsfält som kan importeras</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/mappings.py"/>
        <source>{field} is not a field of contacts one can import</source>
        <translation>{field} är inte ett kontaktfält som kan importeras</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_rows.py"/>
        <source>{problem} (left out once)</source>
        <translation>{problem} (den ena utelämnades)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_rows.py"/>
        <source>{problem} (left out; its text is in the notes)</source>
        <translation>{problem} (utelämnad; texten finns i anteckningarna)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/vcard.py"/>
        <source>{text} is outside any BEGIN:VCARD … END:VCARD</source>
        <translation>{text} står utanför BEGIN:VCARD … END:VCARD</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_rows.py"/>
        <source>{value} has no year: left out, kept in the notes</source>
        <translation>{value} saknar år: utelämnat, sparat i anteckningarna</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/values.py"/>
        <source>{value} has no year; write it as YYYY-MM-DD</source>
        <translation>{value} saknar år; skriv det som ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_rows.py"/>
        <source>{value} is no country we know: kept in the notes</source>
        <translation>{value} är inget land vi känner till: sparat i anteckningarna</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_rows.py"/>
        <source>{value} is no stage of ours: stored as lead</source>
        <translation>{value} är ingen livscykelfas vi känner till: sparad som lead</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/values.py"/>
        <source>{value} is not a date of the calendar</source>
        <translation>{value} är inget datum som finns i kalendern</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/values.py"/>
        <source>{value} is not a date such as 2024-04-03</source>
        <translation>{value} är inte ett datum i stil med 2024-04-03</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/values.py"/>
        <source>{value} is not a number</source>
        <translation>{value} är inte ett tal</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/values.py"/>
        <source>{value} is not a number (check the thousands separators)</source>
        <translation>{value} är inte ett tal (kontrollera tusentalsavgränsarna)</translation>
    </message>
</context>
<context>
    <name>periods</name>
    <message>
        <location filename="../../src/crm_desktop/domain/periods.py"/>
        <source>ends ({end}) before it starts ({start})</source>
        <translation>slutar ({end}) innan den börjar ({start})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/periods.py"/>
        <source>{name} is not one of {presets}</source>
        <translation>{name} är inte något av {presets}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/periods.py"/>
        <source>{text} is not a date like 2026-11-30 (year-month-day)</source>
        <translation>{text} är inget datum i stil med 2026-11-30 (år-månad-dag)</translation>
    </message>
</context>
<context>
    <name>pipeline</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/pipeline/formatting.py"/>
        <source>%n day in stage</source>
        <translation>
            <numerusform>%n dag i fasen</numerusform>
            <numerusform>%n dagar i fasen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/pipeline/formatting.py"/>
        <source>%n days in stage</source>
        <translation>
            <numerusform>%n dag i fasen</numerusform>
            <numerusform>%n dagar i fasen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/card.py"/>
        <source>Closed {date}</source>
        <translation>Avslutad {date}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/close_dialog.py"/>
        <source>Deal won</source>
        <translation>Affären vunnen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/card.py"/>
        <source>Expected close: {date}</source>
        <translation>Förväntat avslut: {date}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/migrations.py"/>
        <source>Lead</source>
        <comment>default stage</comment>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/migrations.py"/>
        <source>Lost</source>
        <comment>default stage</comment>
        <translation>Förlorad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/close_dialog.py"/>
        <source>Mark as &amp;won</source>
        <translation>Markera som &amp;vunnen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/close_dialog.py"/>
        <source>Mark “{title}” as won, closed today?</source>
        <translation>Markera ”{title}” som vunnen, avslutad i dag?</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/migrations.py"/>
        <source>Negotiation</source>
        <comment>default stage</comment>
        <translation>Förhandling</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/formatting.py"/>
        <source>New in stage today</source>
        <translation>Ny i fasen i dag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/card.py"/>
        <source>No company</source>
        <translation>Inget företag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/card.py"/>
        <source>Owner: {name}</source>
        <translation>Ansvarig: {name}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/migrations.py"/>
        <source>Proposal</source>
        <comment>default stage</comment>
        <translation>Offert</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/migrations.py"/>
        <source>Qualified</source>
        <comment>default stage</comment>
        <translation>Kvalificerad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/migrations.py"/>
        <source>Sales</source>
        <comment>default pipeline</comment>
        <translation>Försäljning</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/migrations.py"/>
        <source>Won</source>
        <comment>default stage</comment>
        <translation>Vunnen</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>activity</source>
        <translation>aktivitet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>company</source>
        <translation>företag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>contact</source>
        <translation>kontakt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>custom field</source>
        <translation>eget fält</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>deal</source>
        <translation>affär</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>order</source>
        <translation>order</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>order line</source>
        <translation>orderrad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>pipeline</source>
        <translation>pipeline</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>product</source>
        <translation>produkt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>saved view</source>
        <translation>sparad vy</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>setting</source>
        <translation>inställning</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>stage</source>
        <translation>fas</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>tag</source>
        <translation>tagg</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>ticket</source>
        <translation>ärende</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>ticket message</source>
        <translation>ärendemeddelande</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>user</source>
        <translation>användare</translation>
    </message>
</context>
<context>
    <name>related</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>#{number}</source>
        <translation>#{number}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>#{number} {subject}</source>
        <translation>#{number} {subject}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>Deal</source>
        <translation>Affär</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>Lost</source>
        <translation>Förlorad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>No deals yet.</source>
        <translation>Inga affärer ännu.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>No orders yet.</source>
        <translation>Inga ordrar ännu.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>No tickets yet.</source>
        <translation>Inga ärenden ännu.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>Products</source>
        <translation>Produkter</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>Stage</source>
        <translation>Fas</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>Ticket</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>Won</source>
        <translation>Vunnen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/reports/forecast.py"/>
        <source>%n open deal without an expected close date</source>
        <translation>
            <numerusform>%n öppen affär utan förväntat avslutsdatum</numerusform>
            <numerusform>%n öppna affärer utan förväntat avslutsdatum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/reports/forecast.py"/>
        <source>%n open deals without an expected close date</source>
        <translation>
            <numerusform>%n öppen affär utan förväntat avslutsdatum</numerusform>
            <numerusform>%n öppna affärer utan förväntat avslutsdatum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>%n order</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n ordrar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>%n orders</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n ordrar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/reports/forecast.py"/>
        <source>%n still open past an expected date before the period</source>
        <translation>
            <numerusform>%n affär som fortfarande är öppen med förväntat datum före perioden</numerusform>
            <numerusform>%n affärer som fortfarande är öppna med förväntade datum före perioden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/reports/forecast.py"/>
        <source>%n still open past expected dates before the period</source>
        <translation>
            <numerusform>%n affär som fortfarande är öppen med förväntat datum före perioden</numerusform>
            <numerusform>%n affärer som fortfarande är öppna med förväntade datum före perioden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>A ticket breaches its SLA when it was resolved later than the hours the settings give its priority, or is still unresolved past them. First response is the first reply in the thread ({answered} answered); resolution counts the {resolved_of_created} resolved so far. Resolved in the period, whenever created: {resolved}.</source>
        <translation>Ett ärende bryter mot sin SLA när det löstes senare än det antal timmar som inställningarna anger för dess prioritet, eller när det fortfarande är olöst efter den tiden. Första svar är det första svaret i tråden ({answered} besvarade); lösningstiden räknar de {resolved_of_created} som hittills har lösts. Lösta under perioden, oavsett när de skapades: {resolved}.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <source>Amounts are listed per currency ({currencies}) and never added across; the charts draw {currency} only.</source>
        <translation>Belopp redovisas per valuta ({currencies}) och läggs aldrig ihop; diagrammen visar endast {currency}.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/win_loss.py"/>
        <source>Average cycle, lost</source>
        <translation>Snittcykel, förlorade</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/win_loss.py"/>
        <source>Average cycle, won</source>
        <translation>Snittcykel, vunna</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard_rows.py"/>
        <source>Average sales cycle</source>
        <translation>Genomsnittlig säljcykel</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>Breach rate</source>
        <translation>Andel överträdelser</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>Breached</source>
        <translation>Överträdelser</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/forecast.py"/>
        <location filename="../../src/crm_desktop/reports/pipeline.py"/>
        <source>Charts</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <source>Compared with {start} – {end}. Open deals, forecasts, open and overdue tickets and tasks are as of {today}.</source>
        <translation>Jämfört med {start} – {end}. Öppna affärer, prognoser samt öppna och försenade ärenden och uppgifter avser läget {today}.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>Created</source>
        <translation>Skapade</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>Created in period</source>
        <translation>Skapade under perioden</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <location filename="../../src/crm_desktop/reports/customers.py"/>
        <location filename="../../src/crm_desktop/reports/forecast.py"/>
        <location filename="../../src/crm_desktop/reports/pipeline.py"/>
        <location filename="../../src/crm_desktop/reports/win_loss.py"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customers.py"/>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>Customer profile</source>
        <translation>Kundprofil</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>Customers by revenue, with recency and frequency</source>
        <translation>Kunder efter intäkter, med aktualitet och frekvens</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customers.py"/>
        <source>Customers with orders</source>
        <translation>Kunder med ordrar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/win_loss.py"/>
        <source>Cycle days</source>
        <translation>Cykel, dagar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>Dashboard</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customers.py"/>
        <source>Days since</source>
        <translation>Dagar sedan</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customers.py"/>
        <source>Days since last order</source>
        <translation>Dagar sedan senaste order</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Deal</source>
        <translation>Affär</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <location filename="../../src/crm_desktop/reports/forecast.py"/>
        <location filename="../../src/crm_desktop/reports/pipeline.py"/>
        <location filename="../../src/crm_desktop/reports/win_loss.py"/>
        <source>Deals</source>
        <translation>Affärer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/pipeline.py"/>
        <source>Deals by stage</source>
        <translation>Affärer per fas</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>Deals by stage: count, value, weighted value</source>
        <translation>Affärer per fas: antal, värde, viktat värde</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/win_loss.py"/>
        <source>Deals closed in the period. The win rate is won deals over all closed deals; the cycle runs from a deal's creation to its close.</source>
        <translation>Affärer som avslutats under perioden. Vinstandelen är vunna affärer delat med alla avslutade affärer; cykeln räknas från att en affär skapas till att den avslutas.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/win_loss.py"/>
        <source>Deals lost</source>
        <translation>Förlorade affärer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <location filename="../../src/crm_desktop/reports/dashboard_rows.py"/>
        <location filename="../../src/crm_desktop/reports/win_loss.py"/>
        <source>Deals won</source>
        <translation>Vunna affärer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>Every dashboard figure against the previous period, with its charts</source>
        <translation>Alla siffror i översikten jämfört med föregående period, med diagram</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Expected or closed</source>
        <translation>Förväntat eller avslutat</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/forecast.py"/>
        <source>Expected revenue by month</source>
        <translation>Förväntade intäkter per månad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/forecast.py"/>
        <source>Expected revenue by month, {currency}</source>
        <translation>Förväntade intäkter per månad, {currency}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <source>Figure</source>
        <translation>Siffra</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customers.py"/>
        <source>First order</source>
        <translation>Första order</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard_rows.py"/>
        <source>Forecast this month (weighted)</source>
        <translation>Prognos denna månad (viktad)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard_rows.py"/>
        <source>Forecast this quarter (weighted)</source>
        <translation>Prognos detta kvartal (viktad)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/forecast.py"/>
        <source>Full value</source>
        <translation>Fullt värde</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customers.py"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Industry</source>
        <translation>Bransch</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <location filename="../../src/crm_desktop/reports/win_loss.py"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Job title</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customers.py"/>
        <source>Last order</source>
        <translation>Senaste order</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Lead source</source>
        <translation>Leadkälla</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Lines</source>
        <translation>Rader</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/win_loss.py"/>
        <source>Lost</source>
        <translation>Förlorade</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/win_loss.py"/>
        <source>Lost reason</source>
        <translation>Förlustorsak</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/pdf.py"/>
        <source>Made on {when}</source>
        <translation>Skapad {when}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>Median first response</source>
        <translation>Median, första svar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>Median first response seconds</source>
        <translation>Median, första svar, sekunder</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>Median resolution</source>
        <translation>Median, lösningstid</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>Median resolution seconds</source>
        <translation>Median, lösningstid, sekunder</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <location filename="../../src/crm_desktop/reports/forecast.py"/>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customers.py"/>
        <source>No orders in this period.</source>
        <translation>Inga ordrar under den här perioden.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/pdf.py"/>
        <source>None in this period.</source>
        <translation>Inga under den här perioden.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>None recorded.</source>
        <translation>Inga registrerade.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/pdf.py"/>
        <source>Nothing recorded.</source>
        <translation>Inget registrerat.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>One contact or company: deals, orders, tickets</source>
        <translation>En kontakt eller ett företag: affärer, ordrar, ärenden</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>Open by priority, SLA breaches, response times</source>
        <translation>Öppna per prioritet, SLA-överträdelser, svarstider</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard_rows.py"/>
        <location filename="../../src/crm_desktop/reports/pipeline.py"/>
        <source>Open deals</source>
        <translation>Öppna affärer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <source>Open deals as they stand now; won and lost deals closed in the period.</source>
        <translation>Öppna affärer som de ser ut nu; vunna och förlorade affärer som avslutats under perioden.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/forecast.py"/>
        <source>Open deals by the month of their expected close date, weighted by their probability. Not included: {without} and {past}. Amounts in different currencies are never added together.</source>
        <translation>Öppna affärer efter månaden för förväntat avslut, viktade med sin sannolikhet. Ej medräknade: {without} och {past}. Belopp i olika valutor läggs aldrig ihop.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/forecast.py"/>
        <source>Open deals expected</source>
        <translation>Förväntade öppna affärer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>Open now</source>
        <translation>Öppna nu</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>Open past SLA</source>
        <translation>Öppna efter SLA</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>Open past their SLA</source>
        <translation>Öppna efter SLA-tidsgränsen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard_rows.py"/>
        <location filename="../../src/crm_desktop/reports/pipeline.py"/>
        <source>Open pipeline</source>
        <translation>Öppen pipeline</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard_rows.py"/>
        <source>Open pipeline, weighted</source>
        <translation>Öppen pipeline, viktad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/pipeline.py"/>
        <source>Open stages show every open deal as it stands now; Won and Lost show deals closed from {start} to {end}. Weighted value is value times the deal's probability (its stage's unless set on the deal). Amounts in different currencies are never added together.</source>
        <translation>Öppna faser visar alla öppna affärer som de ser ut nu; Vunnen och Förlorad visar affärer som avslutats från {start} till {end}. Viktat värde är värdet gånger affärens sannolikhet (fasens, om ingen har angetts på affären). Belopp i olika valutor läggs aldrig ihop.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard_rows.py"/>
        <source>Open tickets</source>
        <translation>Öppna ärenden</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>Open tickets by priority</source>
        <translation>Öppna ärenden per prioritet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/pipeline.py"/>
        <source>Open value, {currency}</source>
        <translation>Öppet värde, {currency}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <source>Opened</source>
        <translation>Öppnade</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Ordered by</source>
        <translation>Beställd av</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <location filename="../../src/crm_desktop/reports/customers.py"/>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <source>Orders</source>
        <translation>Ordrar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <source>Orders placed and deals won, {currency}</source>
        <translation>Lagda ordrar och vunna affärer, {currency}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/pipeline.py"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard_rows.py"/>
        <source>Overdue tickets</source>
        <translation>Försenade ärenden</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/pdf.py"/>
        <source>Page {number} of {total}</source>
        <translation>Sida {number} av {total}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>Past their SLA</source>
        <translation>Efter SLA-tidsgränsen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/pipeline.py"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>Pipeline by stage</source>
        <translation>Pipeline per fas</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <source>Previous period</source>
        <translation>Föregående period</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/pipeline.py"/>
        <source>Probability</source>
        <translation>Sannolikhet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customers.py"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/win_loss.py"/>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>Records: saved view “{name}”</source>
        <translation>Urval: sparad vy ”{name}”</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>Resolved</source>
        <translation>Lösta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <location filename="../../src/crm_desktop/reports/customers.py"/>
        <source>Revenue</source>
        <translation>Intäkter</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <source>Revenue by month</source>
        <translation>Intäkter per månad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customers.py"/>
        <source>Revenue in {currency}</source>
        <translation>Intäkter i {currency}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customers.py"/>
        <source>Revenue is the sum of orders placed in the period. An order counts for its company, or for its contact when it names no company. Days since the last order are counted to the period's last day. Customers are ranked within each currency; currencies are never added together.</source>
        <translation>Intäkter är summan av ordrar som lagts under perioden. En order räknas för sitt företag, eller för sin kontakt om inget företag anges. Dagar sedan senaste order räknas fram till periodens sista dag. Kunderna rangordnas inom varje valuta; valutor läggs aldrig ihop.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Revenue, {currency}</source>
        <translation>Intäkter, {currency}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>SLA breached</source>
        <translation>SLA-överträdelser</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>SLA breached, still open</source>
        <translation>SLA-överträdelser, fortfarande öppna</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard_rows.py"/>
        <source>SLA breaches</source>
        <translation>SLA-överträdelser</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>SLA breaches in period</source>
        <translation>SLA-överträdelser under perioden</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>SLA hours</source>
        <translation>SLA-timmar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>SLA of tickets created in the period</source>
        <translation>SLA för ärenden skapade under perioden</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>Sales forecast</source>
        <translation>Försäljningsprognos</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <location filename="../../src/crm_desktop/reports/win_loss.py"/>
        <source>Section</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/win_loss.py"/>
        <source>Share of lost</source>
        <translation>Andel av förlorade</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <location filename="../../src/crm_desktop/reports/pipeline.py"/>
        <source>Stage</source>
        <translation>Fas</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/pipeline.py"/>
        <source>Stage probability %</source>
        <translation>Fasens sannolikhet %</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>Still open</source>
        <translation>Fortfarande öppna</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>Support tickets</source>
        <translation>Supportärenden</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard_rows.py"/>
        <source>Tasks due today</source>
        <translation>Uppgifter i dag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Ticket</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>Tickets</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <source>Tickets opened and resolved, weeks from Monday</source>
        <translation>Öppnade och lösta ärenden, veckor från måndag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <source>Tickets per week</source>
        <translation>Ärenden per vecka</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard_rows.py"/>
        <source>Tickets resolved</source>
        <translation>Lösta ärenden</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>Top customers</source>
        <translation>Toppkunder</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customers.py"/>
        <source>Top {count} revenue, {currency}</source>
        <translation>Topp {count} efter intäkter, {currency}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <location filename="../../src/crm_desktop/reports/forecast.py"/>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <source>Two series side by side, never added: an order may come from a won deal.</source>
        <translation>Två serier sida vid sida, aldrig sammanlagda: en order kan komma från en vunnen affär.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customers.py"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>VAT number</source>
        <translation>Momsreg.nr</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <location filename="../../src/crm_desktop/reports/forecast.py"/>
        <location filename="../../src/crm_desktop/reports/pipeline.py"/>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <location filename="../../src/crm_desktop/reports/win_loss.py"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <source>Value by stage, {currency}</source>
        <translation>Värde per fas, {currency}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/win_loss.py"/>
        <source>Value lost</source>
        <translation>Förlorat värde</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/win_loss.py"/>
        <source>Value won</source>
        <translation>Vunnet värde</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/win_loss.py"/>
        <source>Value won and lost</source>
        <translation>Vunnet och förlorat värde</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <source>Week of</source>
        <translation>Vecka från</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>Weighted expected revenue by month</source>
        <translation>Viktade förväntade intäkter per månad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/forecast.py"/>
        <source>Weighted forecast, {currency}</source>
        <translation>Viktad prognos, {currency}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/forecast.py"/>
        <location filename="../../src/crm_desktop/reports/pipeline.py"/>
        <source>Weighted value</source>
        <translation>Viktat värde</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/pipeline.py"/>
        <source>Weighted value, {currency}</source>
        <translation>Viktat värde, {currency}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>Whole history up to {day}</source>
        <translation>Hela historiken till och med {day}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/win_loss.py"/>
        <source>Why deals were lost</source>
        <translation>Varför affärer förlorades</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard_rows.py"/>
        <location filename="../../src/crm_desktop/reports/win_loss.py"/>
        <source>Win rate</source>
        <translation>Vinstandel</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>Win rate, sales cycle, lost reasons</source>
        <translation>Vinstandel, säljcykel, förlustorsaker</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard_rows.py"/>
        <location filename="../../src/crm_desktop/reports/win_loss.py"/>
        <source>Won</source>
        <translation>Vunna</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard_rows.py"/>
        <source>Won ({currency})</source>
        <translation>Vunnet ({currency})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>Won and lost deals</source>
        <translation>Vunna och förlorade affärer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>all</source>
        <comment>every priority</comment>
        <translation>alla</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/pdf.py"/>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>cannot write {path}: {reason}</source>
        <translation>det går inte att skriva {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <source>companies</source>
        <translation>företag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <source>contacts</source>
        <translation>kontakter</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <source>deals</source>
        <translation>affärer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <source>lost</source>
        <translation>förlorad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>say where to write the report (a PDF file, a CSV file or both)</source>
        <translation>ange var rapporten ska skrivas (en PDF-fil, en CSV-fil eller båda)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>say which contact or company the report is about</source>
        <translation>ange vilken kontakt eller vilket företag rapporten gäller</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>the saved view {name} is of {entity}; the {report} report takes views of {kinds}</source>
        <translation>den sparade vyn {name} gäller {entity}; rapporten {report} tar vyer för {kinds}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>the {report} report cannot be narrowed to a saved view</source>
        <translation>rapporten {report} kan inte begränsas till en sparad vy</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>there is no report {name}; choose one of {names}</source>
        <translation>det finns ingen rapport {name}; välj en av {names}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>there is no saved view with id {id}</source>
        <translation>det finns ingen sparad vy med id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <source>tickets</source>
        <translation>ärenden</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <source>won</source>
        <translation>vunnen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/formats.py"/>
        <source>{days} d</source>
        <comment>days, abbreviated</comment>
        <translation>{days} d</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/formats.py"/>
        <source>{days} d {hours} h</source>
        <translation>{days} d {hours} tim</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>{first} or {second}</source>
        <translation>{first} eller {second}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>{hours} h</source>
        <translation>{hours} tim</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/formats.py"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} tim {minutes} min</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>{kind}: {name}</source>
        <translation>{kind}: {name}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/pipeline.py"/>
        <source>{pipeline}: value by stage, {currency}</source>
        <translation>{pipeline}: värde per fas, {currency}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/formats.py"/>
        <source>{points} pp</source>
        <comment>percentage points</comment>
        <translation>{points} %-enheter</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>{section}: latest {shown} of {total}</source>
        <translation>{section}: senaste {shown} av {total}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>{start} – {end}</source>
        <comment>a period from one day to another</comment>
        <translation>{start} – {end}</translation>
    </message>
</context>
<context>
    <name>saved views</name>
    <message>
        <location filename="../../src/crm_desktop/domain/saved_views.py"/>
        <source>contains</source>
        <translation>innehåller</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/saved_views.py"/>
        <source>does not contain</source>
        <translation>innehåller inte</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/saved_views.py"/>
        <source>does not have tag</source>
        <translation>saknar taggen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/saved_views.py"/>
        <source>has tag</source>
        <translation>har taggen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/saved_views.py"/>
        <source>is</source>
        <translation>är</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/saved_views.py"/>
        <source>is after</source>
        <translation>är efter</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/saved_views.py"/>
        <source>is before</source>
        <translation>är före</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/saved_views.py"/>
        <source>is between</source>
        <translation>är mellan</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/saved_views.py"/>
        <source>is empty</source>
        <translation>saknar värde</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/saved_views.py"/>
        <source>is in the last N days</source>
        <translation>är inom de senaste N dagarna</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/saved_views.py"/>
        <source>is less than</source>
        <translation>är mindre än</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/saved_views.py"/>
        <source>is more than</source>
        <translation>är mer än</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/saved_views.py"/>
        <source>is no</source>
        <translation>är nej</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/saved_views.py"/>
        <source>is not</source>
        <translation>är inte</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/saved_views.py"/>
        <source>is not empty</source>
        <translation>har ett värde</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/saved_views.py"/>
        <source>is yes</source>
        <translation>är ja</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/saved_views.py"/>
        <source>starts with</source>
        <translation>börjar med</translation>
    </message>
</context>
<context>
    <name>smart lists</name>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>Not tagged {value}</source>
        <translation>Saknar taggen {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>Tagged {value}</source>
        <translation>Har taggen {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>a name is required</source>
        <translation>ett namn krävs</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>a saved view named {name} exists already</source>
        <translation>det finns redan en sparad vy med namnet {name}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_filters.py"/>
        <source>a view of {entity} cannot narrow {kinds}</source>
        <translation>en vy över {entity} kan inte avgränsa {kinds}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>at most %n characters</source>
        <translation>
            <numerusform>högst %n tecken</numerusform>
            <numerusform>högst %n tecken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_filters.py"/>
        <source>at most {count} characters</source>
        <translation>högst {count} tecken</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_filters.py"/>
        <source>enter a date</source>
        <translation>ange ett datum</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_filters.py"/>
        <source>enter a number</source>
        <translation>ange ett tal</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_filters.py"/>
        <source>enter a number of days, such as 30</source>
        <translation>ange ett antal dagar, t.ex. 30</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_filters.py"/>
        <source>enter a value</source>
        <translation>ange ett värde</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_filters.py"/>
        <source>enter two values, low and high (low..high)</source>
        <translation>ange två värden, lägsta och högsta (lägsta..högsta)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>every company</source>
        <translation>alla företag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>every contact</source>
        <translation>alla kontakter</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>every deal</source>
        <translation>alla affärer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>every ticket</source>
        <translation>alla ärenden</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_filters.py"/>
        <source>the first value must not be above the second</source>
        <translation>det första värdet får inte vara större än det andra</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>there is no tag named {tag}</source>
        <translation>det finns ingen tagg med namnet {tag}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_filters.py"/>
        <source>{entity} have no field {field} (fields: {known})</source>
        <translation>{entity} har inget fält {field} (fält: {known})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>{field} contains {value}</source>
        <translation>{field} innehåller {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>{field} does not contain {value}</source>
        <translation>{field} innehåller inte {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>{field} is after {value}</source>
        <translation>{field} är efter {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>{field} is before {value}</source>
        <translation>{field} är före {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>{field} is between {low} and {high}</source>
        <translation>{field} är mellan {low} och {high}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>{field} is empty</source>
        <translation>{field} saknar värde</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>{field} is in the last %n days</source>
        <translation>
            <numerusform>{field} är inom den senaste %n dagen</numerusform>
            <numerusform>{field} är inom de senaste %n dagarna</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>{field} is less than {value}</source>
        <translation>{field} är mindre än {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>{field} is more than {value}</source>
        <translation>{field} är mer än {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>{field} is no</source>
        <translation>{field} är nej</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>{field} is not empty</source>
        <translation>{field} har ett värde</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>{field} is not {value}</source>
        <translation>{field} är inte {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>{field} is yes</source>
        <translation>{field} är ja</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>{field} is {value}</source>
        <translation>{field} är {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>{field} starts with {value}</source>
        <translation>{field} börjar med {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_filters.py"/>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>{left} and {right}</source>
        <translation>{left} och {right}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>{left} or {right}</source>
        <translation>{left} eller {right}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_filters.py"/>
        <source>{match} is not all or any</source>
        <translation>{match} är varken all eller any</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_filters.py"/>
        <source>{op} does not apply to {field} (use {names})</source>
        <translation>{op} kan inte användas för {field} (använd {names})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_filters.py"/>
        <source>{text} is not a date as YYYY-MM-DD</source>
        <translation>{text} är inget datum i formatet ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_filters.py"/>
        <source>{text} is not a number</source>
        <translation>{text} är inget tal</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_filters.py"/>
        <source>{text} is not one of {choices}</source>
        <translation>{text} är inte något av {choices}</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <location filename="../../src/crm_desktop/storage/locking.py"/>
        <source>another program</source>
        <translation>ett annat program</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <source>another program or window is using it; try again in a moment</source>
        <translation>ett annat program eller fönster använder den; försök igen om en stund</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/locking.py"/>
        <source>cannot create the lock file {path}: {reason}</source>
        <translation>det går inte att skapa låsfilen {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <source>cannot create {path}: {in_the_way} is a file, not a folder</source>
        <translation>det går inte att skapa {path}: {in_the_way} är en fil, inte en mapp</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <source>cannot create {path}: {reason}</source>
        <translation>det går inte att skapa {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <source>cannot open {path}: {reason}</source>
        <translation>det går inte att öppna {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <source>cannot read {path}: {reason}</source>
        <translation>det går inte att läsa {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/modes.py"/>
        <source>cannot switch the file to {mode} mode while another program has it open in {current} mode; close the other copies of crm-desktop and try again</source>
        <translation>det går inte att byta filen till läget {mode} medan ett annat program har den öppen i läget {current}; stäng de andra instanserna av crm-desktop och försök igen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/files.py"/>
        <source>cannot switch {path} to {mode} mode while it is open elsewhere ({names}); ask them to close it first</source>
        <translation>det går inte att byta {path} till läget {mode} medan den är öppen på annat håll ({names}); be dem stänga den först</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/locking.py"/>
        <source>cannot write the lock file {path}: {reason}; nothing was saved</source>
        <translation>det går inte att skriva låsfilen {path}: {reason}; inget sparades</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <source>it is cut short: the header is incomplete</source>
        <translation>den är avkortad: filhuvudet är ofullständigt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <source>it is cut short: {actual} bytes of the {expected} it should have</source>
        <translation>den är avkortad: {actual} byte av de {expected} den borde ha</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <source>its folder cannot be written to, or the file cannot be read</source>
        <translation>det går inte att skriva till dess mapp, eller så går filen inte att läsa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/modes.py"/>
        <source>local</source>
        <comment>storage mode</comment>
        <translation>lokalt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/modes.py"/>
        <source>shared</source>
        <comment>storage mode</comment>
        <translation>delat</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <location filename="../../src/crm_desktop/storage/locking.py"/>
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <source>the drive could not be read or written (was it disconnected?)</source>
        <translation>enheten kunde inte läsas eller skrivas (kopplades den bort?)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <source>the file is damaged; restore a backup (`crm backups list` shows them, `crm restore FILE` brings one back)</source>
        <translation>filen är skadad; återställ en säkerhetskopia (`crm backups list` visar dem, `crm restore FILE` tar tillbaka en)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <source>the file or its folder is read-only</source>
        <translation>filen eller dess mapp är skrivskyddad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/modes.py"/>
        <source>unknown storage mode {mode}: use local, shared or auto</source>
        <translation>okänt lagringsläge {mode}: använd local, shared eller auto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <source>{path} does not exist</source>
        <translation>{path} finns inte</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <source>{path} is a device or pipe, not a crm-desktop file</source>
        <translation>{path} är en enhet eller pipe, inte en crm-desktop-fil</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <source>{path} is a folder, not a crm-desktop file</source>
        <translation>{path} är en mapp, inte en crm-desktop-fil</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <source>{path} is an SQLite database of another program, not a crm-desktop file; it was not changed</source>
        <translation>{path} är en SQLite-databas från ett annat program, inte en crm-desktop-fil; den ändrades inte</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <source>{path} is damaged or not a database: {reason}</source>
        <translation>{path} är skadad eller ingen databas: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <source>{path} is not a crm-desktop file (it is not an SQLite database)</source>
        <translation>{path} är ingen crm-desktop-fil (det är ingen SQLite-databas)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <source>{path} is read-only and was made by an older crm-desktop: it must be upgraded before this version can open it; open it once where it can be written</source>
        <translation>{path} är skrivskyddad och skapades av en äldre version av crm-desktop: den måste uppgraderas innan den här versionen kan öppna den; öppna den en gång där den går att skriva till</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/unit_of_work.py"/>
        <source>{path} is read-only: changes cannot be saved (open a copy you can write to, or ask for write access to the file)</source>
        <translation>{path} är skrivskyddad: ändringar kan inte sparas (öppna en kopia som du kan skriva till, eller be om skrivbehörighet till filen)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <source>{path}: cannot read: {reason}</source>
        <translation>{path}: det går inte att läsa: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/unit_of_work.py"/>
        <source>{path}: cannot start writing: {reason}</source>
        <translation>{path}: det går inte att börja skriva: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/unit_of_work.py"/>
        <source>{path}: nothing was saved: {reason}</source>
        <translation>{path}: inget sparades: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/locking.py"/>
        <source>{path}: the file is busy (in use by another task of this program); gave up after {seconds} s and nothing was saved</source>
        <translation>{path}: filen är upptagen (används av en annan uppgift i det här programmet); gav upp efter {seconds} s och inget sparades</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/locking.py"/>
        <source>{path}: the file is busy (in use by {name}); gave up after {seconds} s and nothing was saved</source>
        <translation>{path}: filen är upptagen (används av {name}); gav upp efter {seconds} s och inget sparades</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <source>{reason} ({detail})</source>
        <translation>{reason} ({detail})</translation>
    </message>
</context>
<context>
    <name>tickets</name>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <location filename="../../src/crm_desktop/ui/tickets/labels.py"/>
        <source>Closed</source>
        <translation>Stängt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/labels.py"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <location filename="../../src/crm_desktop/ui/tickets/labels.py"/>
        <source>High</source>
        <translation>Hög</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/labels.py"/>
        <source>In person</source>
        <translation>Personligen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <location filename="../../src/crm_desktop/ui/tickets/labels.py"/>
        <source>Low</source>
        <translation>Låg</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <location filename="../../src/crm_desktop/ui/tickets/labels.py"/>
        <source>New</source>
        <translation>Nytt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <location filename="../../src/crm_desktop/ui/tickets/labels.py"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <location filename="../../src/crm_desktop/ui/tickets/labels.py"/>
        <source>Open</source>
        <translation>Öppet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <location filename="../../src/crm_desktop/ui/tickets/labels.py"/>
        <source>Pending</source>
        <translation>Väntande</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/labels.py"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <location filename="../../src/crm_desktop/ui/tickets/labels.py"/>
        <source>Resolved</source>
        <translation>Löst</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <location filename="../../src/crm_desktop/ui/tickets/labels.py"/>
        <source>Urgent</source>
        <translation>Brådskande</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/labels.py"/>
        <source>Web</source>
        <translation>Webb</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Call</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Task</source>
        <translation>Uppgift</translation>
    </message>
</context>
<context>
    <name>trash</name>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>&amp;Purge</source>
        <translation>&amp;Radera permanent</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Custom field</source>
        <translation>Eget fält</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Deal</source>
        <translation>Affär</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Delete {what} for good? This cannot be undone from the trash.</source>
        <translation>Radera {what} permanent? Det går inte att ångra från papperskorgen.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>History keeps what they held; a backup can bring them back.</source>
        <translation>Historiken behåller vad de innehöll; en säkerhetskopia kan återställa dem.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Purge for good</source>
        <translation>Radera permanent</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Tag</source>
        <translation>Tagg</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Ticket</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/trash.py"/>
        <source>{kind} {id}: {reason}</source>
        <translation>{kind} {id}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/trash.py"/>
        <source>{other} {other_id} cannot be without {kind} {id}; purge or change that {other} first</source>
        <translation>{other} {other_id} kan inte finnas utan {kind} {id}; radera först posten av typen {other} permanent eller ändra den</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/services/contacts.py"/>
        <source>%n more row has errors too</source>
        <translation>
            <numerusform>%n rad till har också fel</numerusform>
            <numerusform>%n rader till har också fel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/services/contacts.py"/>
        <source>%n more rows have errors too</source>
        <translation>
            <numerusform>%n rad till har också fel</numerusform>
            <numerusform>%n rader till har också fel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/orders.py"/>
        <source>SKU {sku} is used already by {product}</source>
        <translation>artikelnumret {sku} används redan av {product}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/orders.py"/>
        <source>SKU {sku} is used already by {product} (in the trash)</source>
        <translation>artikelnumret {sku} används redan av {product} (i papperskorgen)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/orders.py"/>
        <source>a SKU (article code) is required</source>
        <translation>ett artikelnummer (SKU) krävs</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/companies.py"/>
        <source>a VAT number holds 2 to 20 letters and digits, e.g. IT01234567890</source>
        <translation>ett momsregistreringsnummer består av 2 till 20 bokstäver och siffror, t.ex. SE556677889901</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/custom_fields.py"/>
        <source>a choice field needs at least one choice</source>
        <translation>ett valfält måste ha minst ett alternativ</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/companies.py"/>
        <source>a company name is required</source>
        <translation>ett företagsnamn krävs</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/deal_validation.py"/>
        <source>a deal value cannot be negative</source>
        <translation>affärens värde kan inte vara negativt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/custom_fields.py"/>
        <source>a label is required</source>
        <translation>en etikett krävs</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/orders.py"/>
        <source>a line needs a product or a description</source>
        <translation>en orderrad måste ha en produkt eller en beskrivning</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/orders.py"/>
        <source>a line without a product needs a price</source>
        <translation>en orderrad utan produkt måste ha ett pris</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/users.py"/>
        <source>a login name is required</source>
        <translation>ett inloggningsnamn krävs</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/deals.py"/>
        <source>a lost deal needs a reason</source>
        <translation>en förlorad affär måste ha en orsak</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/activities.py"/>
        <source>a meeting needs a date and time</source>
        <translation>ett möte måste ha datum och tid</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/orders.py"/>
        <location filename="../../src/crm_desktop/services/pipeline.py"/>
        <location filename="../../src/crm_desktop/services/users.py"/>
        <source>a name is required</source>
        <translation>ett namn krävs</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/pipeline.py"/>
        <source>a pipeline can have at most one lost stage</source>
        <translation>en pipeline kan ha högst en fas för förlorade affärer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/pipeline.py"/>
        <source>a pipeline needs at least one open stage for new deals</source>
        <translation>en pipeline måste ha minst en öppen fas för nya affärer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/pipeline.py"/>
        <source>a pipeline needs exactly one won stage</source>
        <translation>en pipeline måste ha exakt en fas för vunna affärer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/tickets.py"/>
        <source>a subject is required</source>
        <translation>ett ämne krävs</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/tags.py"/>
        <source>a tag name is required</source>
        <translation>ett taggnamn krävs</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/tags.py"/>
        <source>a tag named {name} already exists</source>
        <translation>det finns redan en tagg med namnet {name}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/deal_validation.py"/>
        <source>a title is required</source>
        <translation>en titel krävs</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/custom_fields.py"/>
        <source>a {kind} field named {key} exists already</source>
        <translation>det finns redan ett fält med namnet {key} för posttypen {kind}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/money.py"/>
        <source>an amount is required</source>
        <translation>ett belopp krävs</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/deals.py"/>
        <source>an order can be recorded only when the deal is won</source>
        <translation>en order kan bara registreras när affären är vunnen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/orders.py"/>
        <source>an order needs a contact or a company</source>
        <translation>en order måste ha en kontakt eller ett företag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/orders.py"/>
        <source>an order needs at least one line</source>
        <translation>en order måste ha minst en rad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/orders.py"/>
        <source>cannot be changed</source>
        <translation>kan inte ändras</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/activities.py"/>
        <location filename="../../src/crm_desktop/services/tickets.py"/>
        <source>cannot be changed here</source>
        <translation>kan inte ändras här</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/tags.py"/>
        <source>cannot contain a comma</source>
        <translation>får inte innehålla kommatecken</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/contact_checks.py"/>
        <source>give a first name, a last name or an e-mail address</source>
        <translation>ange ett förnamn, ett efternamn eller en e-postadress</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/activities.py"/>
        <source>give a subject or some text</source>
        <translation>ange ett ämne eller någon text</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/services/pipeline.py"/>
        <source>give each of the %n stages of {pipeline} exactly once</source>
        <translation>
            <numerusform>ange %n fas i {pipeline} exakt en gång</numerusform>
            <numerusform>ange var och en av de %n faserna i {pipeline} exakt en gång</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/services/pipeline.py"/>
        <source>give the %n stage of {pipeline} exactly once</source>
        <translation>
            <numerusform>ange den %n fasen i {pipeline} exakt en gång</numerusform>
            <numerusform>ange var och en av de %n faserna i {pipeline} exakt en gång</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/deal_validation.py"/>
        <source>give the value either as text or in minor units, not both</source>
        <translation>ange värdet antingen som text eller i minsta valutaenhet, inte båda</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/deals.py"/>
        <source>is changed by moving the deal to another stage</source>
        <translation>ändras genom att affären flyttas till en annan fas</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/deals.py"/>
        <source>is not a field of a deal that can be changed</source>
        <translation>är inte ett fält i affären som kan ändras</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/contact_validation.py"/>
        <source>is not a field of a {kind}</source>
        <translation>är inte ett fält för posttypen {kind}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/settings.py"/>
        <source>is not a setting</source>
        <translation>är ingen inställning</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/activities.py"/>
        <source>link it to a contact, company, deal or ticket</source>
        <translation>koppla den till en kontakt, ett företag, en affär eller ett ärende</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/trash.py"/>
        <source>must be 0 or more</source>
        <translation>måste vara 0 eller mer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/tags.py"/>
        <source>must be a colour like #1e90ff, or empty</source>
        <translation>måste vara en färg i stil med #1e90ff, eller tomt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/activities.py"/>
        <source>must be a date and time like 2024-05-01T09:30:00Z</source>
        <translation>måste vara datum och tid i stil med 2024-05-01T09:30:00Z</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/contact_validation.py"/>
        <source>must be a date and time such as 2024-05-01T09:30:00Z</source>
        <translation>måste vara datum och tid i stil med 2024-05-01T09:30:00Z</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/contact_validation.py"/>
        <source>must be a date as YYYY-MM-DD</source>
        <translation>måste vara ett datum i formatet ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/contact_validation.py"/>
        <source>must be a list of e-mail addresses</source>
        <translation>måste vara en lista med e-postadresser</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/contact_validation.py"/>
        <source>must be a list of phone numbers</source>
        <translation>måste vara en lista med telefonnummer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/orders.py"/>
        <source>must be a whole number above 0</source>
        <translation>måste vara ett heltal större än 0</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/settings.py"/>
        <source>must be a whole number of days from 1 to 3650</source>
        <translation>måste vara ett helt antal dagar från 1 till 3650</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/deal_validation.py"/>
        <source>must be a whole number of minor units</source>
        <translation>måste vara ett heltal i minsta valutaenhet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/orders.py"/>
        <source>must be a whole number of minor units, 0 or more</source>
        <translation>måste vara ett heltal i minsta valutaenhet, 0 eller mer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/pipeline.py"/>
        <source>must be a whole percentage from 0 to 100</source>
        <translation>måste vara ett helt procenttal från 0 till 100</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/deal_validation.py"/>
        <source>must be a whole percentage from 0 to 100, or empty</source>
        <translation>måste vara ett helt procenttal från 0 till 100, eller tomt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/domain/tags.py"/>
        <source>must be at most %n characters</source>
        <translation>
            <numerusform>får vara högst %n tecken</numerusform>
            <numerusform>får vara högst %n tecken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/pipeline.py"/>
        <source>must be from 0 to {last}</source>
        <translation>måste vara från 0 till {last}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <location filename="../../src/crm_desktop/services/contact_validation.py"/>
        <location filename="../../src/crm_desktop/services/customer_figures.py"/>
        <source>must be one of {choices}</source>
        <translation>måste vara något av {choices}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/sorting.py"/>
        <source>must be one of {keys}, with - in front for descending</source>
        <translation>måste vara något av {keys}, med - framför för fallande ordning</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/activity_lists.py"/>
        <source>must be open or done</source>
        <translation>måste vara open eller done</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/contact_validation.py"/>
        <source>must be text</source>
        <translation>måste vara text</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/contact_validation.py"/>
        <source>must be text, or a (label, value) pair</source>
        <translation>måste vara text eller ett par (etikett, värde)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/contact_validation.py"/>
        <source>must be the id of a company</source>
        <translation>måste vara id för ett företag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/contact_validation.py"/>
        <source>must be the id of a user</source>
        <translation>måste vara id för en användare</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/contact_validation.py"/>
        <source>must be yes or no</source>
        <translation>måste vara ja eller nej</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/settings.py"/>
        <source>must give a positive whole number of hours per priority</source>
        <translation>måste ange ett positivt helt antal timmar per prioritet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/activities.py"/>
        <source>must include a time zone (Z for UTC)</source>
        <translation>måste innehålla en tidszon (Z för UTC)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/contact_validation.py"/>
        <source>must map custom field names to values</source>
        <translation>måste koppla namn på egna fält till värden</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/contact_validation.py"/>
        <source>must say its time zone, e.g. end in Z for UTC</source>
        <translation>måste ange tidszon, t.ex. sluta med Z för UTC</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/custom_fields.py"/>
        <source>must start with a letter and hold only a-z, 0-9 and _ (40 at most)</source>
        <translation>måste börja med en bokstav och bara innehålla a-z, 0-9 och _ (högst 40 tecken)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/activities.py"/>
        <location filename="../../src/crm_desktop/services/tickets.py"/>
        <source>no such company (it may have been deleted)</source>
        <translation>företaget finns inte (det kan ha tagits bort)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/activities.py"/>
        <location filename="../../src/crm_desktop/services/tickets.py"/>
        <source>no such contact (it may have been deleted)</source>
        <translation>kontakten finns inte (den kan ha tagits bort)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/activities.py"/>
        <source>no such deal (it may have been deleted)</source>
        <translation>affären finns inte (den kan ha tagits bort)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/activities.py"/>
        <source>no such ticket (it may have been deleted)</source>
        <translation>ärendet finns inte (det kan ha tagits bort)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/activities.py"/>
        <location filename="../../src/crm_desktop/services/bulk_actions.py"/>
        <location filename="../../src/crm_desktop/services/tickets.py"/>
        <source>no such user</source>
        <translation>användaren finns inte</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/deals.py"/>
        <source>only a move to the lost stage takes a reason, not {stage}</source>
        <translation>bara en flytt till fasen för förlorade affärer kan ha en orsak, inte en flytt till {stage}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/activities.py"/>
        <source>only tasks and meetings have a due time</source>
        <translation>bara uppgifter och möten har en förfallotid</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/activities.py"/>
        <source>only tasks can be marked done</source>
        <translation>bara uppgifter kan markeras som klara</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/activities.py"/>
        <source>only tasks can be reopened</source>
        <translation>bara uppgifter kan återöppnas</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/pipeline.py"/>
        <source>pipeline {pipeline} has a lost stage already</source>
        <translation>pipelinen {pipeline} har redan en fas för förlorade affärer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/pipeline.py"/>
        <source>pipeline {pipeline} has a won stage already</source>
        <translation>pipelinen {pipeline} har redan en fas för vunna affärer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/pipeline.py"/>
        <source>pipeline {pipeline} has no stage {stage}; its stages are {names}</source>
        <translation>pipelinen {pipeline} har ingen fas {stage}; dess faser är {names}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/ticket_thread.py"/>
        <source>say who wrote the message</source>
        <translation>ange vem som skrev meddelandet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/deals.py"/>
        <source>say why the deal was lost</source>
        <translation>ange varför affären förlorades</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/services/company_lists.py"/>
        <source>search for at most {limit} characters</source>
        <translation>
            <numerusform>söktexten får vara högst {limit} tecken</numerusform>
            <numerusform>söktexten får vara högst {limit} tecken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/deals.py"/>
        <source>stage {stage} belongs to pipeline {other}, not to this deal's pipeline {pipeline}</source>
        <translation>fasen {stage} hör till pipelinen {other}, inte till affärens pipeline {pipeline}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/deals.py"/>
        <source>stage {stage} is not in pipeline {pipeline}</source>
        <translation>fasen {stage} finns inte i pipelinen {pipeline}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/deals.py"/>
        <source>the deal is in stage {stage} already</source>
        <translation>affären är redan i fasen {stage}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/ticket_thread.py"/>
        <source>the message is empty</source>
        <translation>meddelandet är tomt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/pipeline.py"/>
        <source>the name {name} is in use already</source>
        <translation>namnet {name} används redan</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/activities.py"/>
        <source>the task is already done</source>
        <translation>uppgiften är redan klar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/activities.py"/>
        <source>the task is not done</source>
        <translation>uppgiften är inte klar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <location filename="../../src/crm_desktop/services/contact_validation.py"/>
        <source>there is no company with id {id}</source>
        <translation>det finns inget företag med id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>there is no contact with id {id}</source>
        <translation>det finns ingen kontakt med id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>there is no deal with id {id}</source>
        <translation>det finns ingen affär med id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>there is no pipeline with id {id}</source>
        <translation>det finns ingen pipeline med id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>there is no product with id {id}</source>
        <translation>det finns ingen produkt med id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>there is no stage with id {id}</source>
        <translation>det finns ingen fas med id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <location filename="../../src/crm_desktop/services/contact_validation.py"/>
        <source>there is no user with id {id}</source>
        <translation>det finns ingen användare med id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/custom_fields.py"/>
        <source>there is no {kind} field named {key}</source>
        <translation>det finns inget fält med namnet {key} för posttypen {kind}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>there is no {kind} with id {id}</source>
        <translation>det finns ingen post av typen {kind} med id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/money.py"/>
        <source>unknown currency code {code}</source>
        <translation>okänd valutakod {code}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <location filename="../../src/crm_desktop/services/trash.py"/>
        <source>unknown kind {kind} (one of {known})</source>
        <translation>okänd typ {kind} (en av {known})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/contact_validation.py"/>
        <source>{address} is listed twice</source>
        <translation>{address} förekommer två gånger</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contact_points.py"/>
        <source>{address} is not a valid e-mail address: a dot is out of place (at the start or end, or two in a row)</source>
        <translation>{address} är inte en giltig e-postadress: en punkt står på fel ställe (först eller sist, eller två i rad)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contact_points.py"/>
        <source>{address} is not a valid e-mail address: a hyphen is out of place</source>
        <translation>{address} är inte en giltig e-postadress: ett bindestreck står på fel ställe</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contact_points.py"/>
        <source>{address} is not a valid e-mail address: it contains characters an e-mail address cannot hold</source>
        <translation>{address} är inte en giltig e-postadress: den innehåller tecken som en e-postadress inte kan innehålla</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contact_points.py"/>
        <source>{address} is not a valid e-mail address: it has no @ sign</source>
        <translation>{address} är inte en giltig e-postadress: den saknar @-tecken</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contact_points.py"/>
        <source>{address} is not a valid e-mail address: it is too long</source>
        <translation>{address} är inte en giltig e-postadress: den är för lång</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contact_points.py"/>
        <source>{address} is not a valid e-mail address: the part after the @ sign is a reserved name that cannot receive e-mail</source>
        <translation>{address} är inte en giltig e-postadress: delen efter @-tecknet är ett reserverat namn som inte kan ta emot e-post</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contact_points.py"/>
        <source>{address} is not a valid e-mail address: the part after the @ sign is not a domain such as example.com</source>
        <translation>{address} är inte en giltig e-postadress: delen efter @-tecknet är inte en domän i stil med example.com</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contact_points.py"/>
        <source>{address} is not a valid e-mail address: there is nothing after the @ sign</source>
        <translation>{address} är inte en giltig e-postadress: det står ingenting efter @-tecknet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contact_points.py"/>
        <source>{address} is not a valid e-mail address: there is nothing before the @ sign</source>
        <translation>{address} är inte en giltig e-postadress: det står ingenting före @-tecknet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contact_points.py"/>
        <source>{address} is not a valid e-mail address: write it as name@example.com</source>
        <translation>{address} är inte en giltig e-postadress: skriv den som namn@example.com</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/companies.py"/>
        <source>{address} is not a web address such as www.example.com</source>
        <translation>{address} är inte en webbadress i stil med www.example.com</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/money.py"/>
        <source>{amount} has decimals, but {currency} amounts are whole numbers</source>
        <translation>{amount} har decimaler, men belopp i {currency} är heltal</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/domain/money.py"/>
        <source>{amount} has more than %n decimal for {currency}</source>
        <translation>
            <numerusform>{amount} har fler än %n decimal för {currency}</numerusform>
            <numerusform>{amount} har fler än %n decimaler för {currency}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/domain/money.py"/>
        <source>{amount} has more than %n decimals for {currency}</source>
        <translation>
            <numerusform>{amount} har mer än %n decimal för {currency}</numerusform>
            <numerusform>{amount} har fler än %n decimaler för {currency}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/money.py"/>
        <source>{amount} is not an amount</source>
        <translation>{amount} är inte ett belopp</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/money.py"/>
        <source>{amount} is not an amount in {currency}</source>
        <translation>{amount} är inte ett belopp i {currency}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/settings.py"/>
        <source>{code} is not a country code such as IT, SE or US</source>
        <translation>{code} är inte en landskod i stil med SE, IT eller US</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/contact_validation.py"/>
        <source>{code} is not a two-letter country code such as IT, SE or US</source>
        <translation>{code} är inte en landskod med två bokstäver i stil med SE, IT eller US</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/money.py"/>
        <source>{code} is not an ISO-4217 currency code such as EUR</source>
        <translation>{code} är inte en valutakod enligt ISO 4217 i stil med SEK</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/contact_validation.py"/>
        <source>{date} is in the future</source>
        <translation>{date} ligger i framtiden</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/orders.py"/>
        <source>{date} is not a date as YYYY-MM-DD</source>
        <translation>{date} är inte ett datum i formatet ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/contact_validation.py"/>
        <source>{date} is not a date of the calendar</source>
        <translation>{date} är inget datum som finns i kalendern</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/custom_fields.py"/>
        <source>{field} is required</source>
        <translation>{field} krävs</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/custom_fields.py"/>
        <source>{field} must be a date as YYYY-MM-DD</source>
        <translation>{field} måste vara ett datum i formatet ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/custom_fields.py"/>
        <source>{field} must be a number</source>
        <translation>{field} måste vara ett tal</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/custom_fields.py"/>
        <source>{field} must be a number, not {value}</source>
        <translation>{field} måste vara ett tal, inte {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/custom_fields.py"/>
        <source>{field} must be one of: {choices}</source>
        <translation>{field} måste vara något av: {choices}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/custom_fields.py"/>
        <source>{field} must be yes or no</source>
        <translation>{field} måste vara ja eller nej</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contact_points.py"/>
        <source>{number} is not a phone number</source>
        <translation>{number} är inte ett telefonnummer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contact_points.py"/>
        <source>{number} is not a possible phone number for region {region}</source>
        <translation>{number} kan inte vara ett telefonnummer för region {region}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contact_points.py"/>
        <source>{number} is not a valid phone number</source>
        <translation>{number} är inte ett giltigt telefonnummer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contact_points.py"/>
        <source>{number} is not a valid phone number for {region}</source>
        <translation>{number} är inte ett giltigt telefonnummer för {region}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contact_points.py"/>
        <source>{number} is not a valid phone number for {region}; write it with its country code</source>
        <translation>{number} är inte ett giltigt telefonnummer för {region}; skriv det med landsnummer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contact_points.py"/>
        <source>{number} is not a valid phone number for {region}; write it with its country code, e.g. {example}</source>
        <translation>{number} är inte ett giltigt telefonnummer för {region}; skriv det med landsnummer, t.ex. {example}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/orders.py"/>
        <source>{product} is priced in {product_currency} but the order is in {currency}; all lines of an order must be in one currency</source>
        <translation>{product} har pris i {product_currency} men ordern är i {currency}; alla rader i en order måste ha samma valuta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/activity_lists.py"/>
        <source>{value} is not one of {choices}</source>
        <translation>{value} är inte något av {choices}</translation>
    </message>
</context>
<context>
    <name>view fields</name>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Assignee</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Birthday</source>
        <translation>Födelsedag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Closed</source>
        <comment>ticket status</comment>
        <translation>Stängt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Customer</source>
        <comment>lifecycle</comment>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>E-mail</source>
        <comment>ticket channel</comment>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Expected close</source>
        <translation>Förväntat avslut</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Former customer</source>
        <comment>lifecycle</comment>
        <translation>Tidigare kund</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>High</source>
        <comment>ticket priority</comment>
        <translation>Hög</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>In person</source>
        <comment>ticket channel</comment>
        <translation>Personligen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Industry</source>
        <translation>Bransch</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Job title</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Last changed</source>
        <translation>Senast ändrad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Lead</source>
        <comment>lifecycle</comment>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Lead source</source>
        <translation>Leadkälla</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Lifecycle stage</source>
        <translation>Livscykelfas</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Lost</source>
        <comment>deal status</comment>
        <translation>Förlorad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Lost reason</source>
        <translation>Förlustorsak</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Low</source>
        <comment>ticket priority</comment>
        <translation>Låg</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Marketing consent</source>
        <translation>Samtycke till marknadsföring</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>New</source>
        <comment>ticket status</comment>
        <translation>Nytt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Normal</source>
        <comment>ticket priority</comment>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Number of contacts</source>
        <translation>Antal kontakter</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Open</source>
        <comment>deal status</comment>
        <translation>Öppen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Open</source>
        <comment>ticket status</comment>
        <translation>Öppet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Pending</source>
        <comment>ticket status</comment>
        <translation>Väntande</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Phone</source>
        <comment>ticket channel</comment>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Probability %</source>
        <translation>Sannolikhet %</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Prospect</source>
        <comment>lifecycle</comment>
        <translation>Prospekt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Resolved</source>
        <translation>Löst</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Resolved</source>
        <comment>ticket status</comment>
        <translation>Löst</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>SLA due</source>
        <translation>SLA förfaller</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Stage</source>
        <translation>Fas</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Tag</source>
        <translation>Tagg</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Urgent</source>
        <comment>ticket priority</comment>
        <translation>Brådskande</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>VAT id</source>
        <translation>Momsreg.nr</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Web</source>
        <comment>ticket channel</comment>
        <translation>Webb</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Won</source>
        <comment>deal status</comment>
        <translation>Vunnen</translation>
    </message>
</context>
</TS>
