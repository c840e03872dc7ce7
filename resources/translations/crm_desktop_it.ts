<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Contact files (*.csv *.txt *.tsv *.vcf *.vcard);;All files (*)</source>
        <translation>File di contatti (*.csv *.txt *.tsv *.vcf *.vcard);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/app.py"/>
        <source>Creating demo data…</source>
        <translation>Creazione dei dati dimostrativi…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/app.py"/>
        <source>Demo data added: {n} contacts.</source>
        <translation>Dati dimostrativi aggiunti: {n} contatti.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Find &amp;duplicates…</source>
        <translation>Trova &amp;duplicati…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Import from</source>
        <translation>Importa da</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Load matching</source>
        <translation>Carica abbinamento</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Matching files (*.json)</source>
        <translation>File di abbinamento (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Save matching as</source>
        <translation>Salva abbinamento come</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Save rejected rows to</source>
        <translation>Salva le righe scartate in</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Call logged.</source>
        <translation>Chiamata registrata.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Details (optional)</source>
        <translation>Dettagli (facoltativo)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Log a call</source>
        <translation>Registra una chiamata</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>New note</source>
        <translation>Nuova nota</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Note added.</source>
        <translation>Nota aggiunta.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Schedule a task</source>
        <translation>Pianifica un'attività</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Subject:</source>
        <translation>Oggetto:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Task scheduled.</source>
        <translation>Attività pianificata.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>What is to be done?</source>
        <translation>Cosa c'è da fare?</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>What was said? (optional)</source>
        <translation>Cosa vi siete detti? (facoltativo)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>What was the call about?</source>
        <translation>Di cosa si è parlato nella chiamata?</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>When:</source>
        <translation>Quando:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Write a note… (Ctrl+Enter saves)</source>
        <translation>Scrivi una nota… (Ctrl+Enter per salvare)</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>Add &amp;tag…</source>
        <translation>Aggiungi &amp;tag…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>Added the tag “{tag}” to {records}.</source>
        <translation>Tag “{tag}” aggiunto a {records}.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>Assign &amp;owner</source>
        <translation>Assegna &amp;responsabile</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>E&amp;xport to CSV…</source>
        <translation>E&amp;sporta in CSV…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;sporta…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>Export {records}</source>
        <translation>Esporta {records}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>Exported {records} to {file}.</source>
        <translation>Esportati {records} in {file}.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>Exporting…</source>
        <translation>Esportazione…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>Move {records} to the trash? You can undo this right after.</source>
        <translation>Spostare {records} nel cestino? Potrai annullare subito dopo.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>Owner changed on {records}.</source>
        <translation>Responsabile cambiato per {records}.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>Tag to add to {records}:</source>
        <translation>Tag da aggiungere a {records}:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>Unassigned</source>
        <translation>Non assegnato</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/bulk.py"/>
        <source>Working on {records}…</source>
        <translation>Elaborazione di {records}…</translation>
    </message>
</context>
<context>
    <name>BusyDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/live_updates.py"/>
        <source>%v of %m s</source>
        <translation>%v di %m s</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/live_updates.py"/>
        <source>The file is busy (in use by {name}); waiting…</source>
        <translation>Il file è occupato (in uso da {name}); in attesa…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/live_updates.py"/>
        <source>The file is busy; waiting…</source>
        <translation>Il file è occupato; in attesa…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/live_updates.py"/>
        <source>Waiting for the file</source>
        <translation>In attesa del file</translation>
    </message>
</context>
<context>
    <name>CardList</name>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/card_list.py"/>
        <source>No deals</source>
        <translation>Nessuna trattativa</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/charts.py"/>
        <source>Click to see the list</source>
        <translation>Fai clic per vedere l'elenco</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>&amp;Merge into the existing record (fill empty fields)</source>
        <translation>&amp;Unisci al record esistente (riempie i campi vuoti)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>&amp;Skip duplicates</source>
        <translation>&amp;Salta i duplicati</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>C&amp;hange…</source>
        <translation>&amp;Cambia…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Check</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Checking every row…</source>
        <translation>Verifica di tutte le righe…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Create &amp;anyway</source>
        <translation>Crea c&amp;omunque</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Nothing has been stored yet. Choose what happens to duplicates.</source>
        <translation>Non è stato ancora salvato nulla. Scegli cosa fare con i duplicati.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Rejected rows go to:</source>
        <translation>Le righe scartate vanno in:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>What happens</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>{rows} rows: {created} to create, {merged} to merge, {skipped} to skip, {rejected} rejected (they go to an error file with the reason).</source>
        <translation>{rows} righe: {created} da creare, {merged} da unire, {skipped} da saltare, {rejected} scartate (finiscono in un file di errori con il motivo).</translation>
    </message>
</context>
<context>
    <name>CompaniesView</name>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/view.py"/>
        <source>&amp;New company</source>
        <translation>&amp;Nuova azienda</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/view.py"/>
        <source>1 company</source>
        <translation>1 azienda</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/view.py"/>
        <source>Choose a company to see its people, deals and history.</source>
        <translation>Scegli un'azienda per vederne persone, trattative e storico.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/view.py"/>
        <source>Companies</source>
        <translation>Aziende</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/view.py"/>
        <source>Company deleted.</source>
        <translation>Azienda eliminata.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/view.py"/>
        <source>No companies match these filters.</source>
        <translation>Nessuna azienda corrisponde a questi filtri.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/view.py"/>
        <source>No companies yet.
Add the organisations you work with.</source>
        <translation>Ancora nessuna azienda.
Aggiungi le organizzazioni con cui lavori.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/view.py"/>
        <source>companies.csv</source>
        <translation>aziende.csv</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/view.py"/>
        <source>{n} companies</source>
        <translation>{n} aziende</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/view.py"/>
        <source>{n} companies deleted.</source>
        <translation>{n} aziende eliminate.</translation>
    </message>
</context>
<context>
    <name>CompanyDetail</name>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>About</source>
        <translation>Informazioni</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>Created</source>
        <translation>Creata</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>Customer value</source>
        <translation>Valore cliente</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>Nobody from this company yet.</source>
        <translation>Ancora nessuno di questa azienda.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>Updated</source>
        <translation>Aggiornata</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>VAT number</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>{n} companies selected.

Add a tag, assign an owner, export or delete them with the buttons above the list.</source>
        <translation>{n} aziende selezionate.

Aggiungi un tag, assegna un responsabile, esportale o eliminale con i pulsanti sopra l'elenco.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/detail.py"/>
        <source>{n} people</source>
        <translation>{n} persone</translation>
    </message>
</context>
<context>
    <name>CompanyField</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/company_field.py"/>
        <source>Type to find a company, or a new name</source>
        <translation>Digita per trovare un'azienda, o un nuovo nome</translation>
    </message>
</context>
<context>
    <name>CompanyFilterBar</name>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/filters.py"/>
        <source>Filter by name, e-mail, website or VAT number</source>
        <translation>Filtra per nome, e-mail, sito web o partita IVA</translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>&amp;E-mails:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>&amp;Industry:</source>
        <translation>&amp;Settore:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>&amp;Phones:</source>
        <translation>&amp;Telefoni:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>&amp;VAT number:</source>
        <translation>Partita &amp;IVA:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>&amp;Website:</source>
        <translation>Sito &amp;web:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>+39 06 1234 5678</source>
        <translation>+39 06 1234 5678</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>Edit {name}</source>
        <translation>Modifica {name}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>New company</source>
        <translation>Nuova azienda</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>No&amp;tes:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>O&amp;wner:</source>
        <translation>Responsa&amp;bile:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>Unassigned</source>
        <translation>Non assegnato</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>e.g. Construction, Retail, Software</source>
        <translation>es. Edilizia, Commercio, Software</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>e.g. IT01234567890</source>
        <translation>es. IT01234567890</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/form.py"/>
        <source>info@example.com
billing: invoices@example.com</source>
        <translation>info@example.com
fatturazione: invoices@example.com</translation>
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
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/model.py"/>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/model.py"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/model.py"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/model.py"/>
        <source>Industry</source>
        <translation>Settore</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/model.py"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/model.py"/>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/model.py"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/companies/model.py"/>
        <source>Updated</source>
        <translation>Aggiornata</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>Remove this condition</source>
        <translation>Rimuovi questa condizione</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-GG</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>and</source>
        <translation>e</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/conflict.py"/>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/conflict.py"/>
        <source>Changed by someone else</source>
        <translation>Modificato da un altro utente</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/conflict.py"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/conflict.py"/>
        <source>For each field that differs, choose which value to keep. Nothing is saved until you press Save.</source>
        <translation>Per ogni campo diverso, scegli quale valore mantenere. Non viene salvato nulla finché non premi Salva.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/conflict.py"/>
        <source>Keep mine</source>
        <translation>Mantieni il mio</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/conflict.py"/>
        <source>Take theirs</source>
        <translation>Usa il suo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/conflict.py"/>
        <source>someone else</source>
        <translation>un altro utente</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/conflict.py"/>
        <source>{who} saved this company while you were editing it.</source>
        <translation>{who} ha salvato questa azienda mentre la stavi modificando.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/conflict.py"/>
        <source>{who} saved this contact while you were editing it.</source>
        <translation>{who} ha salvato questo contatto mentre lo stavi modificando.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/conflict.py"/>
        <source>{who} saved this deal while you were editing it.</source>
        <translation>{who} ha salvato questa trattativa mentre la stavi modificando.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/conflict.py"/>
        <source>{who} saved this record while you were editing it.</source>
        <translation>{who} ha salvato questo record mentre lo stavi modificando.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/conflict.py"/>
        <source>{who} saved this ticket while you were editing it.</source>
        <translation>{who} ha salvato questo ticket mentre lo stavi modificando.</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>About</source>
        <translation>Informazioni</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>Birthday</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>Consented</source>
        <translation>Consenso dato</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>Consented ({how})</source>
        <translation>Consenso dato ({how})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>Customer value</source>
        <translation>Valore cliente</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>Lead source</source>
        <translation>Origine lead</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>No consent</source>
        <translation>Nessun consenso</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>Updated</source>
        <translation>Aggiornato</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>{job} at {company}</source>
        <translation>{job} presso {company}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/detail.py"/>
        <source>{n} contacts selected.

Add a tag, assign an owner, export or delete them with the buttons above the list.</source>
        <translation>{n} contatti selezionati.

Aggiungi un tag, assegna un responsabile, esportali o eliminali con i pulsanti sopra l'elenco.</translation>
    </message>
</context>
<context>
    <name>ContactFilterBar</name>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/filters.py"/>
        <source>Any stage</source>
        <translation>Qualsiasi fase</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/filters.py"/>
        <source>Filter by name, e-mail, phone or company</source>
        <translation>Filtra per nome, e-mail, telefono o azienda</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>&amp;Birthday:</source>
        <translation>Data di na&amp;scita:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>&amp;E-mails:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>&amp;First name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>&amp;Job title:</source>
        <translation>&amp;Qualifica:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Cognome:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>&amp;Marketing:</source>
        <translation>&amp;Marketing:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>&amp;Phones:</source>
        <translation>&amp;Telefoni:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>+39 06 1234 5678
mobile: 333 123 4567</source>
        <translation>+39 06 1234 5678
cellulare: 333 123 4567</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>Agreed to receive marketing</source>
        <translation>Accetta di ricevere comunicazioni di marketing</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>C&amp;ompany:</source>
        <translation>&amp;Azienda:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>Choose an existing company, or agree to create this one.</source>
        <translation>Scegli un'azienda esistente, o conferma la creazione di questa.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>Consent given &amp;via:</source>
        <translation>Consenso dato &amp;tramite:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>Edit {name}</source>
        <translation>Modifica {name}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>Lead so&amp;urce:</source>
        <translation>O&amp;rigine lead:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>Lifecycle &amp;stage:</source>
        <translation>&amp;Fase del ciclo di vita:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>New company</source>
        <translation>Nuova azienda</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>New contact</source>
        <translation>Nuovo contatto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>No&amp;tes:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>O&amp;wner:</source>
        <translation>Responsa&amp;bile:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>There is no company called “{name}” yet. Create it?</source>
        <translation>Non esiste ancora un'azienda chiamata “{name}”. Crearla?</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>Unassigned</source>
        <translation>Non assegnato</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>anna@example.com
home: anna@mail.it</source>
        <translation>anna@example.com
casa: anna@mail.it</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/form.py"/>
        <source>e.g. trade fair, website, referral</source>
        <translation>es. fiera, sito web, passaparola</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/model.py"/>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/model.py"/>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/model.py"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/model.py"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/model.py"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/model.py"/>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/model.py"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/model.py"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/model.py"/>
        <source>Updated</source>
        <translation>Aggiornato</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/view.py"/>
        <source>&amp;New contact</source>
        <translation>&amp;Nuovo contatto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/view.py"/>
        <source>1 contact</source>
        <translation>1 contatto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/view.py"/>
        <source>Choose a contact to see their details and history.</source>
        <translation>Scegli un contatto per vederne dettagli e storico.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/view.py"/>
        <source>Contact deleted.</source>
        <translation>Contatto eliminato.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/view.py"/>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/view.py"/>
        <source>No contacts match these filters.</source>
        <translation>Nessun contatto corrisponde a questi filtri.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/view.py"/>
        <source>No contacts yet.
Add the people you work with.</source>
        <translation>Ancora nessun contatto.
Aggiungi le persone con cui lavori.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/view.py"/>
        <source>contacts.csv</source>
        <translation>contatti.csv</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/view.py"/>
        <source>{n} contacts</source>
        <translation>{n} contatti</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/contacts/view.py"/>
        <source>{n} contacts deleted.</source>
        <translation>{n} contatti eliminati.</translation>
    </message>
</context>
<context>
    <name>CustomFieldsEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/custom_fields_editor.py"/>
        <source>a number</source>
        <translation>un numero</translation>
    </message>
</context>
<context>
    <name>CustomerValueSection</name>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/customer_value.py"/>
        <source>Lifetime value: {values}.</source>
        <translation>Valore nel tempo: {values}.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/customer_value.py"/>
        <source>No orders yet.</source>
        <translation>Ancora nessun ordine.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/customer_value.py"/>
        <source>Nothing to suggest yet from what others bought.</source>
        <translation>Ancora niente da suggerire in base agli acquisti degli altri clienti.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/customer_value.py"/>
        <source>Working out…</source>
        <translation>Calcolo in corso…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/customer_value.py"/>
        <source>Worth offering:</source>
        <translation>Da proporre:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/customer_value.py"/>
        <source>support {support}, confidence {confidence}, lift {lift}</source>
        <translation>supporto {support}, confidenza {confidence}, lift {lift}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/customer_value.py"/>
        <source>{total} from one order</source>
        <translation>{total} da un ordine</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/customer_value.py"/>
        <source>{total} over {n} orders (average {average})</source>
        <translation>{total} in {n} ordini (media {average})</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>&amp;Customers are:</source>
        <translation>&amp;Clienti:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>&amp;Money in:</source>
        <translation>Importi &amp;in:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>(not recorded)</source>
        <translation>(non registrata)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>1 customer with orders in {currency}, as of {day}.</source>
        <translation>1 cliente con ordini in {currency}, al {day}.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {description} ({rule}). 1 customer.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: {description} ({rule}). 1 cliente.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {description} ({rule}). {n} customers.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: {description} ({rule}). {n} clienti.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>At risk</source>
        <translation>A rischio</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Average order</source>
        <translation>Ordine medio</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>Companies</source>
        <translation>Aziende</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>Computing…</source>
        <translation>Calcolo in corso…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Confidence</source>
        <translation>Confidenza</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Conversion</source>
        <translation>Conversione</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Converted</source>
        <translation>Convertiti</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Days</source>
        <translation>Giorni</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Days since</source>
        <translation>Giorni trascorsi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Deals</source>
        <translation>Trattative</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Last order</source>
        <translation>Ultimo ordine</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>Lead sources</source>
        <translation>Origini lead</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Leads</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Lifetime value</source>
        <translation>Valore nel tempo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>Lowest spenders</source>
        <translation>Chi spende di meno</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>No orders yet: import or record orders to see customer analytics.</source>
        <translation>Ancora nessun ordine: importa o registra gli ordini per vedere le analisi dei clienti.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Offer</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Order days</source>
        <translation>Giorni con ordini</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Overdue</source>
        <translation>Ritardo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>R F M</source>
        <translation>R F M</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>RFM segments</source>
        <translation>Segmenti RFM</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>RFM segments and spenders count only orders in {currency} (not {others}); At risk counts orders in every currency: it is about when people buy.</source>
        <translation>I segmenti RFM e la spesa considerano solo gli ordini in {currency} (non in {others}); A rischio considera gli ordini in tutte le valute, perché riguarda quando si acquista.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Revenue (won deals)</source>
        <translation>Ricavi (trattative vinte)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>Spenders</source>
        <translation>Spesa clienti</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Spent</source>
        <translation>Spesa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>Suggestions come from association rules over what customers bought (support at least {support}, confidence at least {confidence}, two customers at least): each customer's strongest product they have not bought yet.</source>
        <translation>I suggerimenti derivano dalle regole di associazione su ciò che i clienti hanno acquistato (supporto almeno {support}, confidenza almeno {confidence}, almeno due clienti): per ogni cliente, il prodotto più indicato che non ha ancora acquistato.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Support</source>
        <translation>Supporto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>The first {page} are listed.</source>
        <translation>Sono elencati i primi {page}.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>Top spenders</source>
        <translation>Chi spende di più</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>Upsell</source>
        <translation>Upselling</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Usual gap (days)</source>
        <translation>Intervallo abituale (giorni)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Win rate</source>
        <translation>Tasso di successo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>Won / lost</source>
        <translation>Vinte / perse</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/columns.py"/>
        <source>{name}: {description} ({rule})</source>
        <translation>{name}: {description} ({rule})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>{n} customers with orders in {currency}, as of {day}.</source>
        <translation>{n} clienti con ordini in {currency}, al {day}.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/analytics/view.py"/>
        <source>{n} in {currency}</source>
        <comment>orders in another currency</comment>
        <translation>{n} in {currency}</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>1 open deal, weighted {weighted}</source>
        <translation>1 trattativa aperta, valore ponderato {weighted}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>Amounts in {main}. Deals and orders in {others} are listed under each figure and in the charts' tooltips, never converted or added to {main}.</source>
        <translation>Importi in {main}. Trattative e ordini in {others} sono elencati sotto ogni valore e nelle descrizioni a comparsa dei grafici, mai convertiti né sommati a {main}.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>Bars in {main}; {others} in the tooltips.</source>
        <translation>Barre in {main}; {others} nelle descrizioni a comparsa.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>Deals won</source>
        <translation>Trattative vinte</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>Open deals now; won and lost in the period.</source>
        <translation>Trattative aperte ora; vinte e perse nel periodo.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>Opened</source>
        <translation>Aperti</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>Resolved</source>
        <translation>Risolti</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>Weeks start on Monday: tickets opened and tickets resolved.</source>
        <translation>Settimane da lunedì: ticket aperti e ticket risolti.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>also {amounts}</source>
        <translation>anche {amounts}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>everyone's open tasks</source>
        <translation>attività aperte di tutti</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>new, open or pending now</source>
        <translation>nuovi, aperti o in attesa ora</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>open past their SLA due time</source>
        <translation>aperti oltre la scadenza SLA</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>thousands of {currency}</source>
        <translation>migliaia di {currency}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>tickets</source>
        <translation>ticket</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>weighted, of {value} in 1 deal</source>
        <translation>ponderato, su {value} in 1 trattativa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>weighted, of {value} in {n} deals</source>
        <translation>ponderato, su {value} in {n} trattative</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>{days} days</source>
        <translation>{days} giorni</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>{first} to {last}: orders placed and deals won, side by side (an order may come from a deal).</source>
        <translation>{first} – {last}: ordini effettuati e trattative vinte, affiancati (un ordine può derivare da una trattativa).</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>{now} (before {before})</source>
        <translation>{now} (prima: {before})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>{n} open deals, weighted {weighted}</source>
        <translation>{n} trattative aperte, valore ponderato {weighted}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>{stage}: {n} deals
{amounts}</source>
        <translation>{stage}: {n} trattative
{amounts}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/figures.py"/>
        <source>{start} – {end}, compared with {prev_start} – {prev_end}</source>
        <translation>{start} – {end}, rispetto a {prev_start} – {prev_end}</translation>
    </message>
</context>
<context>
    <name>DashboardLinks</name>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>Orders placed in {period}</source>
        <translation>Ordini effettuati nel periodo {period}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>deals closed in {stage} {period}</source>
        <translation>trattative chiuse nella fase {stage} {period}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>deals won or lost {period}</source>
        <translation>trattative vinte o perse {period}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>deals won {period}</source>
        <translation>trattative vinte {period}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>from {start} to {end}</source>
        <translation>dal {start} al {end}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>open deals</source>
        <translation>trattative aperte</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>open deals expected to close this month</source>
        <translation>trattative aperte con chiusura prevista questo mese</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>open deals expected to close this quarter</source>
        <translation>trattative aperte con chiusura prevista questo trimestre</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>open deals in {stage}</source>
        <translation>trattative aperte nella fase {stage}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>open tickets</source>
        <translation>ticket aperti</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>overdue tickets</source>
        <translation>ticket in ritardo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>tasks due today</source>
        <translation>attività in scadenza oggi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>tickets opened {period}</source>
        <translation>ticket aperti {period}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>tickets opened {period} that broke their SLA</source>
        <translation>ticket aperti {period} che hanno violato lo SLA</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/links.py"/>
        <source>tickets resolved {period}</source>
        <translation>ticket risolti {period}</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Average sales cycle</source>
        <translation>Ciclo di vendita medio</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Deals won</source>
        <translation>Trattative vinte</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Export PDF…</source>
        <translation>Esporta PDF…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Export the dashboard as PDF</source>
        <translation>Esporta la dashboard in PDF</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Forecast this month</source>
        <translation>Previsione del mese</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Forecast this quarter</source>
        <translation>Previsione del trimestre</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Last 30 days</source>
        <translation>Ultimi 30 giorni</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Last 90 days</source>
        <translation>Ultimi 90 giorni</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Last month</source>
        <translation>Mese scorso</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Nothing to show yet: add or import deals, orders and tickets (File &gt; Import) to see where the business stands.</source>
        <translation>Niente da mostrare per ora: aggiungi o importa trattative, ordini e ticket (File &gt; Importa) per vedere l'andamento dell'attività.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Open pipeline</source>
        <translation>Pipeline aperta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Open tickets</source>
        <translation>Ticket aperti</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Overdue tickets</source>
        <translation>Ticket in ritardo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Pipeline by stage</source>
        <translation>Pipeline per fase</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Revenue by month</source>
        <translation>Ricavi per mese</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>SLA breaches</source>
        <translation>Violazioni SLA</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Saved the dashboard to {file}</source>
        <translation>Dashboard salvata in {file}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Tasks due today</source>
        <translation>Attività in scadenza oggi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>This month</source>
        <translation>Questo mese</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>This quarter</source>
        <translation>Questo trimestre</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>This year</source>
        <translation>Quest'anno</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Tickets opened and resolved per week</source>
        <translation>Ticket aperti e risolti per settimana</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Tickets resolved</source>
        <translation>Ticket risolti</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Win rate</source>
        <translation>Tasso di successo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Won</source>
        <translation>Vinte</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/view.py"/>
        <source>Writing the PDF…</source>
        <translation>Scrittura del PDF…</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>&amp;Details</source>
        <translation>&amp;Dettagli</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>&amp;History</source>
        <translation>&amp;Storico</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsabile:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>&amp;Probability:</source>
        <translation>&amp;Probabilità:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>&amp;Stages</source>
        <translation>&amp;Fasi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>&amp;Value:</source>
        <translation>&amp;Valore:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>C&amp;urrency:</source>
        <translation>Val&amp;uta:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Co&amp;mpany:</source>
        <translation>A&amp;zienda:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Co&amp;ntact:</source>
        <translation>&amp;Contatto:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Deal “{title}” saved.</source>
        <translation>Trattativa “{title}” salvata.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Deal: {title}</source>
        <translation>Trattativa: {title}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>E&amp;xpected close:</source>
        <translation>C&amp;hiusura prevista:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Lost &amp;reason:</source>
        <translation>&amp;Motivo della perdita:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Lost on {date}</source>
        <translation>Persa il {date}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Mark as &amp;lost</source>
        <translation>Segna come p&amp;ersa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Mark as &amp;won</source>
        <translation>Segna come v&amp;inta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>New deal</source>
        <translation>Nuova trattativa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Not saved: someone else changed this deal. Save again to compare.</source>
        <translation>Non salvata: un altro utente ha modificato questa trattativa. Salva di nuovo per confrontare.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Not&amp;es:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Set</source>
        <translation>Imposta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>St&amp;age:</source>
        <translation>F&amp;ase:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Stage default ({probability}%)</source>
        <translation>Predefinita della fase ({probability}%)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Unassigned</source>
        <translation>Non assegnato</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>Won on {date}</source>
        <translation>Vinta il {date}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>pick the company from the list, or leave it empty</source>
        <translation>scegli l'azienda dall'elenco o lascia vuoto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>pick the contact from the list, or leave it empty</source>
        <translation>scegli il contatto dall'elenco o lascia vuoto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_form.py"/>
        <source>{stage} ({probability}%), {days} days in stage</source>
        <translation>{stage} ({probability}%), {days} giorni nella fase</translation>
    </message>
</context>
<context>
    <name>DealFilterBar</name>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/filters.py"/>
        <source>&amp;Closing:</source>
        <translation>&amp;Chiusura:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/filters.py"/>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Pipeline:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/filters.py"/>
        <source>Any owner</source>
        <translation>Qualsiasi responsabile</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/filters.py"/>
        <source>Any time</source>
        <translation>Qualsiasi data</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/filters.py"/>
        <source>From – to…</source>
        <translation>Da – a…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/filters.py"/>
        <source>Next month</source>
        <translation>Mese prossimo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/filters.py"/>
        <source>O&amp;wner:</source>
        <translation>Respons&amp;abile:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/filters.py"/>
        <source>Overdue</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/filters.py"/>
        <source>This month</source>
        <translation>Questo mese</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/filters.py"/>
        <source>This quarter</source>
        <translation>Questo trimestre</translation>
    </message>
</context>
<context>
    <name>DealListView</name>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_list.py"/>
        <source>No deals match these filters.</source>
        <translation>Nessuna trattativa corrisponde a questi filtri.</translation>
    </message>
</context>
<context>
    <name>DealTableModel</name>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_list.py"/>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_list.py"/>
        <source>Days in stage</source>
        <translation>Giorni nella fase</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_list.py"/>
        <source>Expected close</source>
        <translation>Chiusura prevista</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_list.py"/>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_list.py"/>
        <source>Probability</source>
        <translation>Probabilità</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_list.py"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_list.py"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_list.py"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_list.py"/>
        <source>Weighted value</source>
        <translation>Valore ponderato</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/model.py"/>
        <source>same e-mail {value}</source>
        <translation>stessa e-mail {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/model.py"/>
        <source>same name {value}</source>
        <translation>stesso nome {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/model.py"/>
        <source>same phone {value}</source>
        <translation>stesso telefono {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/model.py"/>
        <source>same website {value}</source>
        <translation>stesso sito web {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/model.py"/>
        <source>similar names {value} ({score}%)</source>
        <translation>nomi simili {value} ({score}%)</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>&amp;Merge</source>
        <translation>&amp;Unisci</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>&amp;Not a duplicate</source>
        <translation>&amp;Non è un duplicato</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>&amp;Skip</source>
        <translation>&amp;Salta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>1 possible duplicate to review.</source>
        <translation>1 possibile duplicato da esaminare.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Duplicate companies</source>
        <translation>Aziende duplicate</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Duplicate contacts</source>
        <translation>Contatti duplicati</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>E-mails</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Job title</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Keep:</source>
        <translation>Mantieni:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Looking for duplicates…</source>
        <translation>Ricerca dei duplicati…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Merge</source>
        <translation>Unisci</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Merge “{other}” into “{kept}”? “{other}” goes to the trash.</source>
        <translation>Unire “{other}” a “{kept}”? “{other}” finirà nel cestino.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Merged into “{name}”.</source>
        <translation>Unito a “{name}”.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Merging keeps the chosen record's values, fills its blanks from the other and moves the other's e-mails, phones, tags, deals, tickets, orders and activities to it. The other goes to the trash, from where it can be restored.</source>
        <translation>L'unione mantiene i valori del record scelto, ne riempie i campi vuoti con quelli dell'altro e vi sposta e-mail, telefoni, tag, trattative, ticket, ordini e interazioni dell'altro. L'altro finisce nel cestino, da cui può essere ripristinato.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Merging…</source>
        <translation>Unione in corso…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>No likely duplicates found.</source>
        <translation>Nessun probabile duplicato trovato.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Phones</source>
        <translation>Telefoni</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Related records</source>
        <translation>Record collegati</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>VAT number</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>Why: {reasons}</source>
        <translation>Motivo: {reasons}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>activities</source>
        <translation>interazioni</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>contacts</source>
        <translation>contatti</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>deals</source>
        <translation>trattative</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>orders</source>
        <translation>ordini</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>tickets</source>
        <translation>ticket</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/dialog.py"/>
        <source>{n} possible duplicates to review.</source>
        <translation>{n} possibili duplicati da esaminare.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Contatti</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>(the file's country)</source>
        <translation>(il paese del file)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>A CSV file from a spreadsheet, Google Contacts, Outlook or another CRM, or a vCard (.vcf) file from a phone.</source>
        <translation>Un file CSV da un foglio di calcolo, Google Contacts, Outlook o un altro CRM, oppure un file vCard (.vcf) da un telefono.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>A vCard file holds contacts: choose Contacts.</source>
        <translation>Un file vCard contiene contatti: scegli Contatti.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>C&amp;ompanies</source>
        <translation>&amp;Aziende</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Choose a file</source>
        <translation>Scegli un file</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Import:</source>
        <translation>Importa:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Numbers &amp;without a country code are from:</source>
        <translation>I numeri senza &amp;prefisso internazionale sono di:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Path of the file to import</source>
        <translation>Percorso del file da importare</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>{path} is not a file.</source>
        <translation>{path} non è un file.</translation>
    </message>
</context>
<context>
    <name>FileSafety</name>
    <message>
        <location filename="../../src/crm_desktop/ui/file_safety.py"/>
        <source>&amp;Back up now</source>
        <translation>Esegui &amp;backup ora</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/file_safety.py"/>
        <source>Automatic backup failed: {error}</source>
        <translation>Backup automatico non riuscito: {error}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/file_safety.py"/>
        <source>Backed up to {path}</source>
        <translation>Backup salvato in {path}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/file_safety.py"/>
        <source>Backing up the file…</source>
        <translation>Backup del file in corso…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/file_safety.py"/>
        <source>Backup restored. The previous content is kept in {path}</source>
        <translation>Backup ripristinato. Il contenuto precedente è conservato in {path}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/file_safety.py"/>
        <source>Restore from bac&amp;kup…</source>
        <translation>&amp;Ripristina da backup…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/file_safety.py"/>
        <source>Restoring the backup…</source>
        <translation>Ripristino del backup…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/file_safety.py"/>
        <source>The file is damaged</source>
        <translation>Il file è danneggiato</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/file_safety.py"/>
        <source>This file is read-only: changes cannot be saved.</source>
        <translation>Questo file è di sola lettura: impossibile salvare le modifiche.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/file_safety.py"/>
        <source>{error}

Restore the newest backup, made {when}? The damaged file is kept beside your backups.</source>
        <translation>{error}

Ripristinare il backup più recente, eseguito {when}? Il file danneggiato viene conservato accanto ai backup.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/filter_bar.py"/>
        <source>Any country</source>
        <translation>Qualsiasi paese</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/filter_bar.py"/>
        <source>Any owner</source>
        <translation>Qualsiasi responsabile</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/filter_bar.py"/>
        <source>Any tag</source>
        <translation>Qualsiasi tag</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../src/crm_desktop/ui/help.py"/>
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/help.py"/>
        <source>&amp;Contents</source>
        <translation>&amp;Sommario</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/help.py"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/help.py"/>
        <source>crm-desktop user guide</source>
        <translation>Guida di crm-desktop</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/history_view.py"/>
        <source>What / after</source>
        <translation>Cosa / dopo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/history_view.py"/>
        <source>When / field</source>
        <translation>Quando / campo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/history_view.py"/>
        <source>Who / before</source>
        <translation>Chi / prima</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Birthday</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Create</source>
        <translation>Crea</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Custom: {key}</source>
        <translation>Personalizzato: {key}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>E-mail label</source>
        <translation>Etichetta e-mail</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Full name (split)</source>
        <translation>Nome completo (da suddividere)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Industry</source>
        <translation>Settore</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Job title</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Lead source</source>
        <translation>Origine lead</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Marketing consent</source>
        <translation>Consenso marketing</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Merge into existing</source>
        <translation>Unisci all'esistente</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Phone label</source>
        <translation>Etichetta telefono</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Postcode</source>
        <translation>CAP</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Region / province</source>
        <translation>Regione / provincia</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Reject</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Skip (duplicate)</source>
        <translation>Salta (duplicato)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Street</source>
        <translation>Via</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>VAT number</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/fields.py"/>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/wizard.py"/>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../src/crm_desktop/ui/export_list.py"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV per Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/export_list.py"/>
        <source>E&amp;xport list…</source>
        <translation>E&amp;sporta elenco…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/export_list.py"/>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/export_list.py"/>
        <source>Exported {n} records to {file}.</source>
        <translation>Esportati {n} record in {file}.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/export_list.py"/>
        <source>Exporting…</source>
        <translation>Esportazione…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/export_list.py"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/export_list.py"/>
        <source>Write the records this list shows (its filters) to a file</source>
        <translation>Scrive in un file i record mostrati dall'elenco (con i suoi filtri)</translation>
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
        <translation>Trattativa persa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/close_dialog.py"/>
        <source>For example: too expensive</source>
        <translation>Ad esempio: troppo cara</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/close_dialog.py"/>
        <source>Mark as &amp;lost</source>
        <translation>Segna come &amp;persa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/close_dialog.py"/>
        <source>Why was “{title}” lost?</source>
        <translation>Perché “{title}” è stata persa?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>&amp;Go</source>
        <translation>&amp;Vai</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>&amp;New</source>
        <translation>&amp;Nuovo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>&amp;New file…</source>
        <translation>&amp;Nuovo file…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>&amp;Open file…</source>
        <translation>&amp;Apri file…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>&amp;Search</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>&amp;Settings…</source>
        <translation>Impos&amp;tazioni…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guida utente</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>(no recent files)</source>
        <translation>(nessun file recente)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>Also open: {names}</source>
        <translation>Aperto anche da: {names}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>CRM files (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>File CRM (*.sqlite3 *.sqlite *.db);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>CRM files (*.sqlite3)</source>
        <translation>File CRM (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>New &amp;contact</source>
        <translation>Nuovo &amp;contatto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>New &amp;deal</source>
        <translation>Nuova &amp;trattativa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>New &amp;ticket</source>
        <translation>Nuovo t&amp;icket</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>New CRM file</source>
        <translation>Nuovo file CRM</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>New c&amp;ompany</source>
        <translation>Nuova &amp;azienda</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>New t&amp;ask</source>
        <translation>Nuova atti&amp;vità</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>Open &amp;recent</source>
        <translation>Apri re&amp;centi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>Open a CRM file</source>
        <translation>Apri un file CRM</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>Opened {file}</source>
        <translation>File aperto: {file}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py"/>
        <source>Undone.</source>
        <translation>Annullato.</translation>
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
        <translation>&amp;Carica abbinamento…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>&amp;Remember this matching for files with these columns</source>
        <translation>&amp;Ricorda questo abbinamento per i file con queste colonne</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>&amp;Save matching as…</source>
        <translation>&amp;Salva abbinamento come…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>(skip)</source>
        <translation>(salta)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Column in the file</source>
        <translation>Colonna nel file</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Comma</source>
        <translation>Virgola</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Each column of the file fills the field chosen for it; (skip) leaves it out.</source>
        <translation>Ogni colonna del file riempie il campo scelto per essa; (salta) la esclude.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Encoding:</source>
        <translation>Codifica:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>First row holds the column names</source>
        <translation>La prima riga contiene i nomi delle colonne</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>First values</source>
        <translation>Primi valori</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Match the columns</source>
        <translation>Abbina le colonne</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Read as {format}; columns matched by: {origin}.</source>
        <translation>Letto come {format}; colonne abbinate da: {origin}.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Semicolon</source>
        <translation>Punto e virgola</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Separator:</source>
        <translation>Separatore:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Tab</source>
        <translation>Tabulazione</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>UTF-16 (Excel Unicode text)</source>
        <translation>UTF-16 (testo Unicode di Excel)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>UTF-16 big-endian without BOM</source>
        <translation>UTF-16 big-endian senza BOM</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>UTF-16 little-endian without BOM</source>
        <translation>UTF-16 little-endian senza BOM</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 con BOM</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/source_pages.py"/>
        <source>Vertical bar</source>
        <translation>Barra verticale</translation>
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
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>OrderListDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/orders/list_dialog.py"/>
        <source>1 order</source>
        <translation>1 ordine</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/orders/list_dialog.py"/>
        <source>Double-click an order to open its customer.</source>
        <translation>Fai doppio clic su un ordine per aprirne il cliente.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/orders/list_dialog.py"/>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/orders/list_dialog.py"/>
        <source>{caption}: {orders}</source>
        <translation>{caption}: {orders}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/orders/list_dialog.py"/>
        <source>{n} orders</source>
        <translation>{n} ordini</translation>
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
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/orders/list_dialog.py"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/orders/list_dialog.py"/>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/orders/list_dialog.py"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
</context>
<context>
    <name>PairListModel</name>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/model.py"/>
        <source>Looks like</source>
        <translation>Somiglia a</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/model.py"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/duplicates/model.py"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>%n open deal worth {worth}, weighted {weighted}</source>
        <translation>
            <numerusform>%n trattativa aperta del valore di {worth}, ponderato {weighted}</numerusform>
            <numerusform>%n trattative aperte del valore di {worth}, ponderato {weighted}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>%n open deals worth {worth}, weighted {weighted}</source>
        <translation>
            <numerusform>%n trattativa aperta del valore di {worth}, ponderato {weighted}</numerusform>
            <numerusform>%n trattative aperte del valore di {worth}, ponderato {weighted}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>&amp;Board</source>
        <translation>&amp;Bacheca</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>&amp;Move to</source>
        <translation>&amp;Sposta in</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>&amp;New deal</source>
        <translation>&amp;Nuova trattativa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>Deal “{title}” deleted.</source>
        <translation>Trattativa “{title}” eliminata.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;sporta…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>L&amp;ist</source>
        <translation>E&amp;lenco</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>No open deals match these filters.</source>
        <translation>Nessuna trattativa aperta corrisponde a questi filtri.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>No open deals yet: add one with “New deal”.</source>
        <translation>Ancora nessuna trattativa aperta: aggiungine una con “Nuova trattativa”.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>There is no pipeline in this file.</source>
        <translation>Questo file non contiene nessuna pipeline.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>“{title}” moved to {stage}.</source>
        <translation>“{title}” spostata in {stage}.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>The first rows as they will be stored. Red cells will be rejected, yellow ones are stored with a note; point at a cell to read why.</source>
        <translation>Le prime righe come verranno salvate. Le celle rosse verranno scartate, quelle gialle vengono salvate con una nota; passa il puntatore su una cella per leggerne il motivo.</translation>
    </message>
</context>
<context>
    <name>RecordDetail</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_detail.py"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_detail.py"/>
        <source>Activity</source>
        <translation>Interazioni</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_detail.py"/>
        <source>Deals</source>
        <translation>Trattative</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_detail.py"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_detail.py"/>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_detail.py"/>
        <source>History</source>
        <translation>Storico</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_detail.py"/>
        <source>More fields</source>
        <translation>Altri campi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_detail.py"/>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_detail.py"/>
        <source>Owner: {name}</source>
        <translation>Responsabile: {name}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_detail.py"/>
        <source>Tickets</source>
        <translation>Ticket</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_form.py"/>
        <source>Not saved: someone else changed this record. Save again to compare.</source>
        <translation>Non salvato: un altro utente ha modificato questo record. Salva di nuovo per confrontare.</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_list_view.py"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_list_view.py"/>
        <source>All {n} shown are selected. &lt;a href='all'&gt;Select all {records}&lt;/a&gt;</source>
        <translation>Sono selezionati tutti i {n} elementi visualizzati. &lt;a href='all'&gt;Seleziona tutto ({records})&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_list_view.py"/>
        <source>All {records} are selected. &lt;a href='clear'&gt;Clear selection&lt;/a&gt;</source>
        <translation>Tutti selezionati: {records}. &lt;a href='clear'&gt;Annulla la selezione&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_list_view.py"/>
        <source>Clear filters</source>
        <translation>Cancella filtri</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_list_view.py"/>
        <source>Filter the list</source>
        <translation>Filtra l'elenco</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_list_view.py"/>
        <source>That record is no longer there (it may be in the trash).</source>
        <translation>Quel record non esiste più (potrebbe essere nel cestino).</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/record_list_view.py"/>
        <source>{count} · {n} selected</source>
        <translation>{count} · selezionati: {n}</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>&amp;Records:</source>
        <translation>&amp;Record:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>Also write the figures as CSV, beside the PDF</source>
        <translation>Scrivi anche i dati in CSV, accanto al PDF</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>Create report</source>
        <translation>Crea report</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>Custom</source>
        <translation>Personalizzato</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>From – to:</source>
        <translation>Da – a:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>Last month</source>
        <translation>Mese scorso</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>Save as:</source>
        <translation>Salva come:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>Save the report as</source>
        <translation>Salva il report come</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>This month</source>
        <translation>Questo mese</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>This quarter</source>
        <translation>Questo trimestre</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>This year</source>
        <translation>Quest'anno</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>Type a contact's or company's name</source>
        <translation>Digita il nome di un contatto o di un'azienda</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>pick a contact or company from the list</source>
        <translation>scegli un contatto o un'azienda dall'elenco</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/dialog.py"/>
        <source>say where to save the report</source>
        <translation>indica dove salvare il report</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/menu.py"/>
        <source>&amp;Customer profile…</source>
        <translation>&amp;Profilo cliente…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/menu.py"/>
        <source>&amp;Dashboard…</source>
        <translation>&amp;Dashboard…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/menu.py"/>
        <source>&amp;Pipeline by stage…</source>
        <translation>Pipeline per &amp;fase…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/menu.py"/>
        <source>&amp;Won and lost deals…</source>
        <translation>Trattative &amp;vinte e perse…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/menu.py"/>
        <source>Sales &amp;forecast…</source>
        <translation>P&amp;revisione di vendita…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/menu.py"/>
        <source>Support &amp;tickets…</source>
        <translation>&amp;Ticket di assistenza…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/menu.py"/>
        <source>Top c&amp;ustomers…</source>
        <translation>&amp;Migliori clienti…</translation>
    </message>
</context>
<context>
    <name>ReportsMenu</name>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/menu.py"/>
        <source>&amp;Reports</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/menu.py"/>
        <source>Making the report…</source>
        <translation>Creazione del report…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reports/menu.py"/>
        <source>Report saved to {path}.</source>
        <translation>Report salvato in {path}.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/restore.py"/>
        <source>&amp;Restore</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/restore.py"/>
        <source>Backups of this file kept in your own data folder, newest first. Restoring replaces everything in the file with the backup's content; the current content is backed up first, so this can be undone.</source>
        <translation>Backup di questo file conservati nella tua cartella dati personale, dal più recente. Il ripristino sostituisce tutto il contenuto del file con quello del backup; prima viene eseguito un backup del contenuto attuale, quindi l'operazione si può annullare.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/restore.py"/>
        <source>Companies</source>
        <translation>Aziende</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/restore.py"/>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/restore.py"/>
        <source>Deals</source>
        <translation>Trattative</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/restore.py"/>
        <source>Everything in the file will be replaced by the backup made {when} ({contacts} contacts). Colleagues who have the file open will see the change.</source>
        <translation>Tutto il contenuto del file verrà sostituito dal backup eseguito {when} ({contacts} contatti). I colleghi che hanno il file aperto vedranno la modifica.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/restore.py"/>
        <source>Folder: {path}</source>
        <translation>Cartella: {path}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/restore.py"/>
        <source>Made</source>
        <translation>Eseguito</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/restore.py"/>
        <source>No backups of this file yet. They are made when it is opened, once a day.</source>
        <translation>Ancora nessun backup di questo file. Viene eseguito all'apertura, una volta al giorno.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/restore.py"/>
        <source>Restore from backup</source>
        <translation>Ripristina da backup</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/restore.py"/>
        <source>Restore this backup?</source>
        <translation>Ripristinare questo backup?</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/restore.py"/>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/restore.py"/>
        <source>Tickets</source>
        <translation>Ticket</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>&amp;Cancel import</source>
        <translation>&amp;Annulla importazione</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Done: {created} created, {merged} merged, {skipped} skipped, {rejected} rejected.</source>
        <translation>Completato: creati {created}, uniti {merged}, saltati {skipped}, scartati {rejected}.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Import cancelled: nothing was stored.</source>
        <translation>Importazione annullata: non è stato salvato nulla.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Importing</source>
        <translation>Importazione</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Importing… nothing is kept if you cancel.</source>
        <translation>Importazione in corso… se annulli non viene conservato nulla.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>Rejected rows and the reasons are in {path}</source>
        <translation>Le righe scartate e i motivi sono in {path}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/imports/check_pages.py"/>
        <source>The import stopped and nothing was stored:</source>
        <translation>L'importazione si è interrotta e non è stato salvato nulla:</translation>
    </message>
</context>
<context>
    <name>SavedViewChip</name>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/chip.py"/>
        <source>Show the whole list again</source>
        <translation>Mostra di nuovo l'elenco completo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/chip.py"/>
        <source>Smart list: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Elenco smart: &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../src/crm_desktop/ui/search_popup.py"/>
        <source>No matches</source>
        <translation>Nessun risultato</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/search_popup.py"/>
        <source>Search contacts, companies, deals, tickets (Ctrl+K)</source>
        <translation>Cerca contatti, aziende, trattative, ticket (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/settings.py"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/settings.py"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/settings.py"/>
        <source>&amp;Later</source>
        <translation>&amp;Più tardi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/settings.py"/>
        <source>&amp;Restart now</source>
        <translation>&amp;Riavvia ora</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/settings.py"/>
        <source>Company name for &amp;reports:</source>
        <translation>Nome dell'azienda nei &amp;report:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/settings.py"/>
        <source>Default &amp;country for phone numbers:</source>
        <translation>&amp;Paese predefinito per i numeri di telefono:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/settings.py"/>
        <source>Default c&amp;urrency:</source>
        <translation>&amp;Valuta predefinita:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/settings.py"/>
        <source>Hours to resolve a {priority} ticket</source>
        <translation>Ore per risolvere un ticket con priorità {priority}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/settings.py"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/settings.py"/>
        <source>Restart now? crm-desktop closes and starts again; everything you saved is kept.</source>
        <translation>Riavviare ora? crm-desktop si chiude e si riavvia; tutto ciò che hai salvato viene mantenuto.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/settings.py"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/settings.py"/>
        <source>Settings saved.</source>
        <translation>Impostazioni salvate.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/settings.py"/>
        <source>The new language is used from the next start of crm-desktop.</source>
        <translation>La nuova lingua verrà usata dal prossimo avvio di crm-desktop.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/settings.py"/>
        <source>Tickets due within (SLA):</source>
        <translation>Ticket da risolvere entro (SLA):</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/settings.py"/>
        <source>Use the system language ({language})</source>
        <translation>Usa la lingua del sistema ({language})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/settings.py"/>
        <source>Your &amp;name:</source>
        <translation>Il tuo &amp;nome:</translation>
    </message>
</context>
<context>
    <name>ShownListBanner</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/shown_list_banner.py"/>
        <source>Show all</source>
        <translation>Mostra tutto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/shown_list_banner.py"/>
        <source>Showing: {what}</source>
        <translation>Elenco: {what}</translation>
    </message>
</context>
<context>
    <name>SmartListDialog</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>%Ln companies match now</source>
        <translation>
            <numerusform>%Ln azienda corrisponde ora</numerusform>
            <numerusform>%Ln aziende corrispondono ora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>%Ln contacts match now</source>
        <translation>
            <numerusform>%Ln contatto corrisponde ora</numerusform>
            <numerusform>%Ln contatti corrispondono ora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>%Ln deals match now</source>
        <translation>
            <numerusform>%Ln trattativa corrisponde ora</numerusform>
            <numerusform>%Ln trattative corrispondono ora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>%Ln tickets match now</source>
        <translation>
            <numerusform>%Ln ticket corrisponde ora</numerusform>
            <numerusform>%Ln ticket corrispondono ora</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>&amp;Matching:</source>
        <translation>&amp;Soddisfa:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostra:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>+ Add condition</source>
        <translation>+ Aggiungi condizione</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>Complete the conditions to see how many match.</source>
        <translation>Completa le condizioni per vedere quanti record corrispondono.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>Edit smart list</source>
        <translation>Modifica elenco smart</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>New smart list</source>
        <translation>Nuovo elenco smart</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>all of these conditions</source>
        <translation>tutte queste condizioni</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>any of these conditions</source>
        <translation>almeno una di queste condizioni</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>e.g. Customers in Milan</source>
        <translation>es. Clienti di Milano</translation>
    </message>
</context>
<context>
    <name>SmartLists</name>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>Companies</source>
        <translation>Aziende</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>Deals</source>
        <translation>Trattative</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>Delete smart list</source>
        <translation>Elimina elenco smart</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>Delete the smart list “{name}”? The records in it stay.</source>
        <translation>Eliminare l'elenco smart “{name}”? I record che contiene restano.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>Tickets</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>contains</source>
        <translation>contiene</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>does not contain</source>
        <translation>non contiene</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>does not have tag</source>
        <translation>non ha il tag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>has tag</source>
        <translation>ha il tag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>is</source>
        <translation>è</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>is after</source>
        <translation>è successivo al</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>is before</source>
        <translation>è precedente al</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>is between</source>
        <translation>è compreso tra</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>is empty</source>
        <translation>è vuoto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>is in the last (days)</source>
        <translation>è negli ultimi (giorni)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>is less than</source>
        <translation>è minore di</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>is more than</source>
        <translation>è maggiore di</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>is no</source>
        <translation>è no</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>is not</source>
        <translation>non è</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>is not empty</source>
        <translation>non è vuoto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>is on</source>
        <translation>è il</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>is yes</source>
        <translation>è sì</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/condition_row.py"/>
        <source>starts with</source>
        <translation>inizia con</translation>
    </message>
</context>
<context>
    <name>SmartListsPanel</name>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>&amp;New smart list…</source>
        <translation>&amp;Nuovo elenco smart…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;sporta…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>New smart list…</source>
        <translation>Nuovo elenco smart…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>SMART LISTS</source>
        <translation>ELENCHI SMART</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/smart_lists/panel.py"/>
        <source>Save a filter as a smart list with +.</source>
        <translation>Salva un filtro come elenco smart con +.</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/pipeline/board.py"/>
        <source>%n deal</source>
        <translation>
            <numerusform>%n trattativa</numerusform>
            <numerusform>%n trattative</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/pipeline/board.py"/>
        <source>%n deals</source>
        <translation>
            <numerusform>%n trattativa</numerusform>
            <numerusform>%n trattative</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/board.py"/>
        <source>+{count} more in the list view</source>
        <translation>+{count} altre nella vista elenco</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/board.py"/>
        <source>{deals}, last {days} days</source>
        <translation>{deals}, ultimi {days} giorni</translation>
    </message>
</context>
<context>
    <name>StageHistory</name>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_history.py"/>
        <source>By</source>
        <translation>Utente</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_history.py"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/deal_history.py"/>
        <source>When</source>
        <translation>Quando</translation>
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
        <translation>Rimuovi il tag “{name}”</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/tag_editor.py"/>
        <source>+ Add tag</source>
        <translation>+ Aggiungi tag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/tag_editor.py"/>
        <source>Type a tag and press Enter</source>
        <translation>Digita un tag e premi Invio</translation>
    </message>
</context>
<context>
    <name>TagNameDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/tag_editor.py"/>
        <source>Add tag</source>
        <translation>Aggiungi tag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/tag_editor.py"/>
        <source>Tag name</source>
        <translation>Nome del tag</translation>
    </message>
</context>
<context>
    <name>TaskForm</name>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>&amp;About:</source>
        <translation>&amp;Riferita a:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>&amp;Due</source>
        <translation>&amp;Scadenza</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>&amp;For:</source>
        <translation>&amp;Per:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>&amp;Task:</source>
        <translation>&amp;Attività:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>Add task</source>
        <translation>Aggiungi attività</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>New task</source>
        <translation>Nuova attività</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>Notes (optional)</source>
        <translation>Note (facoltative)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>Optional: a contact, company, deal or ticket</source>
        <translation>Facoltativo: un contatto, un'azienda, una trattativa o un ticket</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>Task added.</source>
        <translation>Attività aggiunta.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>When:</source>
        <translation>Quando:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>e.g. Call back about the quote</source>
        <translation>es. Richiamare per il preventivo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>pick the record from the list, or leave it empty</source>
        <translation>scegli il record dall'elenco o lascia vuoto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/form.py"/>
        <source>say what is to be done</source>
        <translation>indica cosa c'è da fare</translation>
    </message>
</context>
<context>
    <name>TaskTreeModel</name>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/model.py"/>
        <source>About</source>
        <translation>Riferita a</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/model.py"/>
        <source>Done</source>
        <translation>Completata</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/model.py"/>
        <source>Done {time}</source>
        <translation>Completata: {time}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/model.py"/>
        <source>Double-click or press Enter to open it</source>
        <translation>Fai doppio clic o premi Invio per aprirlo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/model.py"/>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/model.py"/>
        <source>Due {time}</source>
        <translation>Scadenza: {time}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/model.py"/>
        <source>No date</source>
        <translation>Senza data</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/model.py"/>
        <source>Overdue</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/model.py"/>
        <source>Task</source>
        <translation>Attività</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/model.py"/>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/model.py"/>
        <source>Upcoming</source>
        <translation>Prossime</translation>
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
            <numerusform>%Ln attività aperta</numerusform>
            <numerusform>%Ln attività aperte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>%Ln open tasks, {late} overdue</source>
        <translation>
            <numerusform>%Ln attività aperta, {late} in ritardo</numerusform>
            <numerusform>%Ln attività aperte, {late} in ritardo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>&amp;Delete task</source>
        <translation>&amp;Elimina attività</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>&amp;Mark done</source>
        <translation>Segna come &amp;completata</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>&amp;New task</source>
        <translation>&amp;Nuova attività</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>&amp;Open {what}</source>
        <translation>&amp;Apri {what}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Riapri</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;sporta…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>Me ({name})</source>
        <translation>Me ({name})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>Nothing to do: no open tasks.
Add one with “New task” (Ctrl+Shift+A).</source>
        <translation>Niente da fare: nessuna attività aperta.
Aggiungine una con “Nuova attività” (Ctrl+Shift+A).</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>Show &amp;done</source>
        <translation>Mostra &amp;completate</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>Task deleted.</source>
        <translation>Attività eliminata.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>Task done: {subject}</source>
        <translation>Attività completata: {subject}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>Tasks</source>
        <translation>Attività</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>Tasks &amp;of:</source>
        <translation>Attività &amp;di:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>This task is not about a particular record.</source>
        <translation>Questa attività non riguarda un record specifico.</translation>
    </message>
</context>
<context>
    <name>TicketDetail</name>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>#{number} · via {channel} · opened {time} by {user}</source>
        <translation>#{number} · via {channel} · aperto {time} da {user}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>&amp;Priority</source>
        <translation>&amp;Priorità</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>&amp;Send reply</source>
        <translation>&amp;Invia risposta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>Add internal n&amp;ote</source>
        <translation>Aggiungi n&amp;ota interna</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>Assi&amp;gnee</source>
        <translation>&amp;Assegnatario</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>Closed {time}</source>
        <translation>Chiuso: {time}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>Conversation</source>
        <translation>Conversazione</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>History</source>
        <translation>Storico</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>Internal note added.</source>
        <translation>Nota interna aggiunta.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>No contact</source>
        <translation>Nessun contatto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>Reply sent.</source>
        <translation>Risposta inviata.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>Resolved {time}</source>
        <translation>Risolto: {time}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>S&amp;tatus</source>
        <translation>S&amp;tato</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>SLA: due {when} ({time})</source>
        <translation>SLA: scadenza {when} ({time})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>SLA: {late} (was due {time})</source>
        <translation>SLA: {late} (scadenza {time})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>Ticket #{number} saved.</source>
        <translation>Ticket #{number} salvato.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>Unassigned</source>
        <translation>Non assegnato</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/detail.py"/>
        <source>Write a reply to the customer, or an internal note… (Ctrl+Enter sends)</source>
        <translation>Scrivi una risposta al cliente o una nota interna… (Ctrl+Enter per inviare)</translation>
    </message>
</context>
<context>
    <name>TicketFilterBar</name>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/filters.py"/>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/filters.py"/>
        <source>Any priority</source>
        <translation>Qualsiasi priorità</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/filters.py"/>
        <source>Anyone</source>
        <translation>Chiunque</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/filters.py"/>
        <source>Assign&amp;ee:</source>
        <translation>Assegn&amp;atario:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/filters.py"/>
        <source>Me</source>
        <translation>Me</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/filters.py"/>
        <source>New, open and pending tickets</source>
        <translation>Ticket nuovi, aperti e in attesa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/filters.py"/>
        <source>O&amp;verdue only</source>
        <translation>Solo in ritar&amp;do</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/filters.py"/>
        <source>Open tickets</source>
        <translation>Ticket aperti</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/filters.py"/>
        <source>P&amp;riority:</source>
        <translation>P&amp;riorità:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/filters.py"/>
        <source>St&amp;atus:</source>
        <translation>S&amp;tato:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/filters.py"/>
        <source>Unassigned</source>
        <translation>Non assegnato</translation>
    </message>
</context>
<context>
    <name>TicketForm</name>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>&amp;Assignee:</source>
        <translation>&amp;Assegnatario:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>&amp;Contact:</source>
        <translation>&amp;Contatto:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorità:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Oggetto:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nale:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>Create ticket</source>
        <translation>Crea ticket</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>New ticket</source>
        <translation>Nuovo ticket</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>Ticket #{number} created.</source>
        <translation>Ticket #{number} creato.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>Type a name to find the contact</source>
        <translation>Digita un nome per trovare il contatto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>Unassigned</source>
        <translation>Non assegnato</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>What is it about?</source>
        <translation>Di cosa si tratta?</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>What the customer wrote or said; it starts the thread.</source>
        <translation>Ciò che il cliente ha scritto o detto; avvia la conversazione.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>a subject is required</source>
        <translation>l'oggetto è obbligatorio</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/form.py"/>
        <source>pick the contact from the list, or leave it empty</source>
        <translation>scegli il contatto dall'elenco o lascia vuoto</translation>
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
        <translation>Assegnatario</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/model.py"/>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/model.py"/>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/model.py"/>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/model.py"/>
        <source>Due {time}</source>
        <translation>Scadenza: {time}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/model.py"/>
        <source>Overdue: was due {time}</source>
        <translation>In ritardo: scadenza {time}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/model.py"/>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/model.py"/>
        <source>SLA due</source>
        <translation>Scadenza SLA</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/model.py"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/model.py"/>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
</context>
<context>
    <name>TicketThread</name>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/thread.py"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/thread.py"/>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/thread.py"/>
        <source>No messages yet. Write the first reply below.</source>
        <translation>Ancora nessun messaggio. Scrivi la prima risposta qui sotto.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/thread.py"/>
        <source>Reply</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/thread.py"/>
        <source>Unknown</source>
        <translation>Sconosciuto</translation>
    </message>
</context>
<context>
    <name>TicketsView</name>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/view.py"/>
        <source>&amp;Delete ticket</source>
        <translation>&amp;Elimina ticket</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/view.py"/>
        <source>&amp;New ticket</source>
        <translation>&amp;Nuovo ticket</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/view.py"/>
        <source>1 ticket</source>
        <translation>1 ticket</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/view.py"/>
        <source>Choose a ticket to see its conversation.</source>
        <translation>Scegli un ticket per vederne la conversazione.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/view.py"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;sporta…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/view.py"/>
        <source>New ticket</source>
        <translation>Nuovo ticket</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/view.py"/>
        <source>No open tickets: all caught up.</source>
        <translation>Nessun ticket aperto: tutto in ordine.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/view.py"/>
        <source>No tickets match these filters.</source>
        <translation>Nessun ticket corrisponde a questi filtri.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/view.py"/>
        <source>No tickets yet.
When a customer asks for help, open a ticket here.</source>
        <translation>Ancora nessun ticket.
Quando un cliente chiede assistenza, apri un ticket qui.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/view.py"/>
        <source>Show all tickets</source>
        <translation>Mostra tutti i ticket</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/view.py"/>
        <source>Ticket #{number} deleted.</source>
        <translation>Ticket #{number} eliminato.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/view.py"/>
        <source>Tickets</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/view.py"/>
        <source>{n} tickets</source>
        <translation>{n} ticket</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/tiles.py"/>
        <source>Click to see the list behind this figure</source>
        <translation>Fai clic per vedere l'elenco dietro questo valore</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/tiles.py"/>
        <source>previous period: {value}</source>
        <translation>periodo precedente: {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/tiles.py"/>
        <source>{arrow} {percent} vs {previous}</source>
        <translation>{arrow} {percent} vs {previous}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/tiles.py"/>
        <source>{arrow} {points} vs {previous}</source>
        <translation>{arrow} {points} vs {previous}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dashboard/tiles.py"/>
        <source>{points} pp</source>
        <translation>{points} pp</translation>
    </message>
</context>
<context>
    <name>TimelineItem</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Mark done</source>
        <translation>Segna come completata</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>deal: {title}</source>
        <translation>trattativa: {title}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>done {time}</source>
        <translation>completata: {time}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>due {time}</source>
        <translation>scadenza: {time}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>ticket: {title}</source>
        <translation>ticket: {title}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>with {name}</source>
        <translation>con {name}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>&amp;Log call</source>
        <translation>&amp;Registra chiamata</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Add &amp;note</source>
        <translation>Aggiungi &amp;nota</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Nothing logged yet. Add a note or log a call.</source>
        <translation>Ancora nessuna interazione registrata. Aggiungi una nota o registra una chiamata.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Schedule &amp;task</source>
        <translation>Pianifica &amp;attività</translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>&amp;Purge…</source>
        <translation>Elimina &amp;definitivamente…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>&amp;Restore</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>By</source>
        <translation>Utente</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Deleted</source>
        <translation>Eliminato</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Everything</source>
        <translation>Tutto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Purged for good.</source>
        <translation>Eliminato definitivamente.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Restored from the trash.</source>
        <translation>Ripristinato dal cestino.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>The trash is empty.</source>
        <translation>Il cestino è vuoto.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Trash</source>
        <translation>Cestino</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>{n} in the trash</source>
        <translation>{n} nel cestino</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/welcome.py"/>
        <source>&lt;h2&gt;Welcome to crm-desktop&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Benvenuto in crm-desktop&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/welcome.py"/>
        <source>Start &amp;empty</source>
        <translation>Inizia con un file &amp;vuoto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/welcome.py"/>
        <source>Start with &amp;demo data</source>
        <translation>Inizia con dati &amp;dimostrativi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/welcome.py"/>
        <source>Welcome to crm-desktop</source>
        <translation>Benvenuto in crm-desktop</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/welcome.py"/>
        <source>Your customers, deals and tickets live in one file on this computer. Nothing leaves the building.&lt;br&gt;&lt;br&gt;Would you like to look around with example data first, or start with an empty file?</source>
        <translation>I tuoi clienti, le trattative e i ticket si trovano in un unico file su questo computer. Nessun dato esce dall'azienda.&lt;br&gt;&lt;br&gt;Vuoi prima dare un'occhiata con dati di esempio o iniziare con un file vuoto?</translation>
    </message>
</context>
<context>
    <name>analytics</name>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>About to sleep</source>
        <translation>Quasi dormienti</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>At risk</source>
        <translation>A rischio</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/customer_value.py"/>
        <source>At risk: at least two orders on different days, and no order for longer than 1.5 x the customer's median gap between order days. Orders in every currency count here: this is about when people buy, not how much.</source>
        <translation>A rischio: almeno due ordini in giorni diversi e nessun ordine da più di 1,5 volte l'intervallo mediano tra i giorni d'ordine del cliente. Qui contano gli ordini in tutte le valute: conta quando si acquista, non quanto.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>Can't lose</source>
        <translation>Da non perdere</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>Champions</source>
        <translation>Campioni</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>Each score is the customer's percentile rank among all customers with orders in the currency, spread over 1-5: 5 = the most recent last order, the most orders, the most spent; 1 = the least. Equal values share a score; a lone customer (or a figure on which all are equal) scores a neutral 3.</source>
        <translation>Ogni punteggio è il rango percentile del cliente tra tutti i clienti con ordini nella valuta, distribuito su 1-5: 5 = l'ultimo ordine più recente, il maggior numero di ordini, la spesa più alta; 1 = il minimo. A valori uguali corrisponde lo stesso punteggio; un cliente da solo (o un valore uguale per tutti) ottiene un punteggio neutro di 3.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>Hibernating</source>
        <translation>In letargo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/lead_sources.py"/>
        <source>Leads = live contacts with that source. Converted = those with at least one won deal; conversion = converted / leads. Win rate = won / (won + lost) deals of those contacts. Revenue = value of their won deals, per currency.</source>
        <translation>Lead = contatti attivi con quell'origine. Convertiti = quelli con almeno una trattativa vinta; conversione = convertiti / lead. Tasso di successo = trattative vinte / (vinte + perse) di quei contatti. Ricavi = valore delle loro trattative vinte, per valuta.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/customer_value.py"/>
        <source>Lifetime value = the total of all the customer's orders to date, per currency; average order = that total / the number of orders.</source>
        <translation>Valore nel tempo = il totale di tutti gli ordini del cliente fino a oggi, per valuta; ordine medio = quel totale / il numero di ordini.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>Lost</source>
        <translation>Persi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>Loyal</source>
        <translation>Fedeli</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>Need attention</source>
        <translation>Da seguire</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>New</source>
        <translation>Nuovi clienti</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/services/analytics/customer_value.py"/>
        <source>No order for %n days, where this customer usually orders every {gap}</source>
        <translation>
            <numerusform>Nessun ordine da %n giorno, mentre questo cliente ordina di solito ogni {gap}</numerusform>
            <numerusform>Nessun ordine da %n giorni, mentre questo cliente ordina di solito ogni {gap}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>Potential loyalist</source>
        <translation>Potenziali fedeli</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>Promising</source>
        <translation>Promettenti</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>average on both counts</source>
        <translation>nella media su entrambi i fronti</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>bought often, but long ago</source>
        <translation>acquistavano spesso, ma tempo fa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>bought the most, but long ago</source>
        <translation>hanno speso di più, ma tempo fa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>bought very recently and often</source>
        <translation>acquisti molto recenti e frequenti</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>buy often and still buy</source>
        <translation>acquistano spesso e continuano ad acquistare</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>few orders, fading</source>
        <translation>pochi ordini, in calo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>few orders, long ago</source>
        <translation>pochi ordini, tempo fa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>first order very recently</source>
        <translation>primo ordine molto recente</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/upsell.py"/>
        <source>must be 1 or more</source>
        <translation>deve essere 1 o più</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/upsell.py"/>
        <source>must be between 0 and 1</source>
        <translation>deve essere compreso tra 0 e 1</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>one order, long ago</source>
        <translation>un solo ordine, tempo fa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>one recent order</source>
        <translation>un solo ordine recente</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>recency {recency} and frequency {frequency}</source>
        <translation>recenza {recency} e frequenza {frequency}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>recent, a few orders so far</source>
        <translation>recenti, finora pochi ordini</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/upsell.py"/>
        <source>{first} and {second}</source>
        <translation>{first} e {second}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/customer_kind.py"/>
        <source>{kind} is not contact or company</source>
        <translation>{kind} non è né contact né company</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/customer_value.py"/>
        <source>{n} day</source>
        <translation>{n} giorno</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/customer_value.py"/>
        <source>{n} days</source>
        <translation>{n} giorni</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/analytics/rfm.py"/>
        <source>{segment} is not one of {known}</source>
        <translation>{segment} non è tra {known}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/services/analytics/upsell.py"/>
        <source>{share} of customers who bought {bought} also bought {offer} (%n customers)</source>
        <translation>
            <numerusform>Il {share} dei clienti che hanno acquistato {bought} ha acquistato anche {offer} (%n cliente)</numerusform>
            <numerusform>Il {share} dei clienti che hanno acquistato {bought} ha acquistato anche {offer} (%n clienti)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../src/crm_desktop/ui/app.py"/>
        <source>Cannot open the file</source>
        <translation>Impossibile aprire il file</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/app.py"/>
        <source>Open a CRM file</source>
        <translation>Apri un file CRM</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/app.py"/>
        <source>The file is damaged</source>
        <translation>Il file è danneggiato</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/app.py"/>
        <source>{error}

Restore the newest good backup, made {when}? The damaged file is kept beside your backups.</source>
        <translation>{error}

Ripristinare il backup integro più recente, eseguito {when}? Il file danneggiato viene conservato accanto ai backup.</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <location filename="../../src/crm_desktop/storage/backup.py"/>
        <source>cannot back up {path} to {target}: {reason}</source>
        <translation>impossibile eseguire il backup di {path} in {target}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/backup.py"/>
        <source>cannot create the backup folder {folder}: {reason}</source>
        <translation>impossibile creare la cartella dei backup {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/backup.py"/>
        <source>cannot write {path}: {reason}</source>
        <translation>impossibile scrivere {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/backups.py"/>
        <source>it is another program's database</source>
        <translation>è il database di un altro programma</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/backups.py"/>
        <source>it is damaged ({problem})</source>
        <translation>è danneggiato ({problem})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/backups.py"/>
        <source>it is not an SQLite database</source>
        <translation>non è un database SQLite</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/backups.py"/>
        <source>it was made by a newer crm-desktop (schema {version})</source>
        <translation>è stato creato da una versione più recente di crm-desktop (schema {version})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/backup.py"/>
        <source>the backup of {path} failed its integrity check and was deleted: {problem}</source>
        <translation>il backup di {path} non ha superato la verifica di integrità ed è stato eliminato: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/backups.py"/>
        <source>the current content of {path} could not be kept ({reason}); nothing was restored</source>
        <translation>impossibile conservare il contenuto attuale di {path} ({reason}); non è stato ripristinato nulla</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/backup.py"/>
        <source>{path} already exists; choose another name</source>
        <translation>{path} esiste già; scegli un altro nome</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/backups.py"/>
        <source>{path} cannot be read: {reason}</source>
        <translation>impossibile leggere {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/backups.py"/>
        <source>{path} is not a valid crm-desktop backup: {reason}</source>
        <translation>{path} non è un backup valido di crm-desktop: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/backups.py"/>
        <source>{path}: the backup was not restored: {reason}</source>
        <translation>{path}: il backup non è stato ripristinato: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/storage/backup.py"/>
        <source>{problems} and %n more problem</source>
        <translation>
            <numerusform>{problems} e %n altro problema</numerusform>
            <numerusform>{problems} e altri %n problemi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/storage/backup.py"/>
        <source>{problems} and %n more problems</source>
        <translation>
            <numerusform>{problems} e %n altro problema</numerusform>
            <numerusform>{problems} e altri %n problemi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/services/checks.py"/>
        <source>... and %n more</source>
        <translation>
            <numerusform>... e %n altro</numerusform>
            <numerusform>... e altri %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/checks.py"/>
        <source>audit chain</source>
        <translation>catena di audit</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/audit.py"/>
        <source>audit entry {id}: {reason}</source>
        <translation>voce di audit {id}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/audit.py"/>
        <source>does not follow the entry before it</source>
        <translation>non segue la voce precedente</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/audit.py"/>
        <source>entries {first} to {last} were removed before it</source>
        <translation>le voci da {first} a {last} sono state rimosse prima di questa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/audit.py"/>
        <source>entries {first} to {last} were removed from the end</source>
        <translation>le voci da {first} a {last} sono state rimosse dalla fine</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/audit.py"/>
        <source>entry {first} was removed before it</source>
        <translation>la voce {first} è stata rimossa prima di questa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/checks.py"/>
        <source>foreign keys</source>
        <translation>chiavi esterne</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/checks.py"/>
        <source>integrity</source>
        <translation>integrità</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/checks.py"/>
        <source>search index</source>
        <translation>indice di ricerca</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/checks.py"/>
        <source>search index holds {kind} {id}, which is not a live {kind}</source>
        <translation>l'indice di ricerca contiene {kind} {id}, che non è un record {kind} attivo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/audit.py"/>
        <source>was altered after it was written</source>
        <translation>è stata alterata dopo essere stata scritta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/checks.py"/>
        <source>{kind} {id} has a stale search entry</source>
        <translation>{kind} {id} ha una voce di ricerca non aggiornata</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/checks.py"/>
        <source>{kind} {id} is missing from the search index</source>
        <translation>{kind} {id} manca dall'indice di ricerca</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/checks.py"/>
        <source>{table} row {row} points at a missing {parent} row</source>
        <translation>la riga {row} di {table} rimanda a una riga inesistente di {parent}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/check.py"/>
        <source>%n problem</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/check.py"/>
        <source>%n problems</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>',', ';' or tab (CSV only)</source>
        <translation>',', ';' o tabulazione (solo CSV)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>3.0 (default) or 4.0</source>
        <translation>3.0 (predefinita) o 4.0</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <source>Amounts per currency ({currencies}), never added across.</source>
        <translation>Importi per valuta ({currencies}), mai sommati tra loro.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <source>Dashboard {start} – {end}, compared with {previous_start} – {previous_end}</source>
        <translation>Dashboard {start} – {end}, rispetto a {previous_start} – {previous_end}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>Import a CSV file (Google, Outlook, HubSpot, Salesforce, Pipedrive exports, or any spreadsheet) in one transaction: every valid row is stored and rejected rows go to an error CSV, or nothing is stored.</source>
        <translation>Importa un file CSV (esportazioni di Google, Outlook, HubSpot, Salesforce, Pipedrive o qualsiasi foglio di calcolo) in un'unica transazione: ogni riga valida viene salvata e le righe scartate finiscono in un CSV di errori, oppure non viene salvato nulla.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>JSON {"mapping": {"column": "field"}} to use</source>
        <translation>JSON {"mapping": {"column": "field"}} da usare</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>Merge OTHER_ID into KEEP_ID: KEEP_ID keeps its values and gains OTHER_ID's e-mails, phones, tags, deals, tickets, orders and activities; OTHER_ID goes to the trash.</source>
        <translation>Unisci OTHER_ID in KEEP_ID: KEEP_ID mantiene i suoi valori e riceve e-mail, telefoni, tag, trattative, ticket, ordini e interazioni di OTHER_ID; OTHER_ID va nel cestino.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>Pairs of live records sharing an e-mail, phone, website or a close name.</source>
        <translation>Coppie di record attivi con e-mail, telefono, sito web in comune o nomi simili.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <source>Pipeline by stage (open deals now; won and lost in the period)</source>
        <translation>Pipeline per fase (trattative aperte ora; vinte e perse nel periodo)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/reports.py"/>
        <source>Reports: {listing}. Without --from/--to, each covers its usual period (this month; this quarter for forecast; this year for customers); the customer profile covers the whole history and takes no period.</source>
        <translation>Report: {listing}. Senza --from/--to, ciascuno copre il suo periodo abituale (questo mese; questo trimestre per la previsione; quest'anno per i clienti); il profilo cliente copre l'intero storico e non accetta un periodo.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <source>Revenue by month (orders placed and deals won, not added together)</source>
        <translation>Ricavi per mese (ordini effettuati e trattative vinte, non sommati)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <source>The dashboard's figures for a period, against the period before it: pipeline, forecast, won deals, win rate, sales cycle, tickets, SLA breaches, tasks; and its charts as tables. Money is listed per currency, never added across.</source>
        <translation>I valori della dashboard per un periodo, confrontati con il periodo precedente: pipeline, previsione, trattative vinte, tasso di successo, ciclo di vendita, ticket, violazioni SLA, attività; e i suoi grafici sotto forma di tabelle. Gli importi sono elencati per valuta, mai sommati tra loro.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <source>Tickets per week (from Monday)</source>
        <translation>Ticket per settimana (dal lunedì)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>Write contacts, companies, deals, tickets, activities or orders to a file. CSV opens in Excel as it is: UTF-8 with BOM, ';' where your language's locale writes decimals with a comma (or --delimiter), formula-like cells guarded.</source>
        <translation>Scrivi contatti, aziende, trattative, ticket, interazioni o ordini in un file. Il CSV si apre in Excel così com'è: UTF-8 con BOM, ';' dove le impostazioni locali della tua lingua scrivono i decimali con la virgola (o --delimiter), celle simili a formule protette.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <source>a named period (default: this_month)</source>
        <translation>un periodo preimpostato (predefinito: this_month)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>a row matching a stored record (same e-mail or phone, similar name at the same company): skip it (default), merge it into the record, or create anyway</source>
        <translation>riga che corrisponde a un record salvato (stessa e-mail o stesso telefono, nome simile nella stessa azienda): saltala (predefinito), uniscila al record o creala comunque</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>activities: kind (repeat for more)</source>
        <translation>interazioni: tipo (ripeti per indicarne altri)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>activities: open or done</source>
        <translation>interazioni: open o done</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/check.py"/>
        <source>all checks passed</source>
        <translation>tutte le verifiche superate</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>bring in contacts or companies from a CSV (or vCard) file</source>
        <translation>importa contatti o aziende da un file CSV (o vCard)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>companies: industry</source>
        <translation>aziende: settore</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>contacts: lifecycle stage; deals: stage name or id</source>
        <translation>contatti: fase del ciclo di vita; trattative: nome o id della fase</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>csv (default)</source>
        <translation>csv (predefinito)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>deals or tickets: status</source>
        <translation>trattative o ticket: stato</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>deals: pipeline name or id</source>
        <translation>trattative: nome o id della pipeline</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/reports.py"/>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <source>first day, YYYY-MM-DD</source>
        <translation>primo giorno, AAAA-MM-GG</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/settings.py"/>
        <source>give at least one PRIORITY=HOURS</source>
        <translation>indica almeno una PRIORITÀ=ORE (PRIORITY=HOURS)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/reports.py"/>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <source>give the first day too (--from YYYY-MM-DD)</source>
        <translation>indica anche il primo giorno (--from AAAA-MM-GG)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>import companies</source>
        <translation>importa aziende</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>import contacts</source>
        <translation>importa contatti</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/reports.py"/>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <source>last day, YYYY-MM-DD (default: today)</source>
        <translation>ultimo giorno, AAAA-MM-GG (predefinito: oggi)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>list contacts or companies that look like duplicates</source>
        <translation>elenca i contatti o le aziende che sembrano duplicati</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>login or name</source>
        <translation>nome di accesso o nome</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>merge one contact or company into another</source>
        <translation>unisci un contatto o un'azienda a un altro record</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/check.py"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>only records with this tag</source>
        <translation>solo i record con questo tag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>only the records of this saved view (name or id) of the same kind of record</source>
        <translation>solo i record di questa vista salvata (nome o id), dello stesso tipo di record</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/reports.py"/>
        <source>only the records of this saved view (name or id): deal views for pipeline, forecast and win-loss; ticket views for tickets; contact or company views for customers</source>
        <translation>solo i record di questa vista salvata (nome o id): viste di trattative per pipeline, previsione e vinte-perse; viste di ticket per i ticket; viste di contatti o aziende per i clienti</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>orders: from day</source>
        <translation>ordini: dal giorno</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>orders: to day</source>
        <translation>ordini: al giorno</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>part of a name or e-mail</source>
        <translation>parte di un nome o di un'e-mail</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <source>print JSON</source>
        <translation>stampa in JSON</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <source>print the dashboard's figures</source>
        <translation>stampa i valori della dashboard</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>print the summary as JSON</source>
        <translation>stampa il riepilogo in JSON</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>read phones, dates and numbers as in this country</source>
        <translation>interpreta telefoni, date e numeri come in questo paese</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>report what would happen; store nothing</source>
        <translation>mostra cosa succederebbe; non salva nulla</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>the CSV file (or .vcf for contacts)</source>
        <translation>il file CSV (o .vcf per i contatti)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/reports.py"/>
        <source>the customer report's record</source>
        <translation>il record del report cliente</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>the error CSV (default: FILE.errors.csv beside FILE)</source>
        <translation>il CSV di errori (predefinito: FILE.errors.csv accanto a FILE)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>the file to write</source>
        <translation>il file da scrivere</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/__init__.py"/>
        <source>the record</source>
        <translation>il record</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/__init__.py"/>
        <source>the {kind} {id} was changed by someone else since version {expected} (it is now at version {actual}); nothing was changed. Check it with {look}, then run the command again with --expected-version {actual}</source>
        <translation>{kind} {id}: un altro utente lo ha modificato dopo la versione {expected} (ora è alla versione {actual}); non è stato modificato nulla. Controlla prima {look}, poi esegui di nuovo il comando con --expected-version {actual}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/reports.py"/>
        <source>the {report} report covers the whole history; leave out --from and --to</source>
        <translation>il report {report} copre l'intero storico; ometti --from e --to</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/contacts.py"/>
        <source>there is no company named {name}</source>
        <translation>non esiste nessuna azienda di nome {name}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/deals.py"/>
        <source>there is no pipeline {name}; there are {names}</source>
        <translation>non esiste nessuna pipeline {name}; esistono {names}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/reports.py"/>
        <source>there is no saved view {name}</source>
        <translation>non esiste una vista salvata {name}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/record_args.py"/>
        <source>there is no user with login or name {name}</source>
        <translation>non esiste nessun utente con login o nome {name}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>tickets nobody has</source>
        <translation>ticket non assegnati</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>tickets past their SLA</source>
        <translation>ticket oltre lo SLA</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>tickets: login or name</source>
        <translation>ticket: nome di accesso o nome</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>tickets: priority</source>
        <translation>ticket: priorità</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>two-letter country code</source>
        <translation>codice paese di due lettere</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/reports.py"/>
        <source>whether --id is a contact or a company (default: contact)</source>
        <translation>se --id è un contatto o un'azienda (predefinito: contatto)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/reports.py"/>
        <source>write a PDF report and/or its figures as CSV</source>
        <translation>scrivi un report PDF e/o i suoi dati in CSV</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>write a list of records to a CSV, JSON, vCard or iCalendar file</source>
        <translation>scrivi un elenco di record in un file CSV, JSON, vCard o iCalendar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/reports.py"/>
        <source>write the PDF here</source>
        <translation>scrivi il PDF qui</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/reports.py"/>
        <source>write the figures as CSV here</source>
        <translation>scrivi i dati in CSV qui</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>write the mapping used to this JSON file</source>
        <translation>scrivi l'abbinamento usato in questo file JSON</translation>
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
        <translation>{end} è precedente a --from {start}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/settings.py"/>
        <source>{part} is not PRIORITY=HOURS</source>
        <translation>{part} non è nella forma PRIORITY=HOURS</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/check.py"/>
        <source>{path}: problems found</source>
        <translation>{path}: trovati problemi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/settings.py"/>
        <source>{priority} is not a priority ({priorities})</source>
        <translation>{priority} non è una priorità ({priorities})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/settings.py"/>
        <source>{value} for {priority} is not a positive whole number of hours</source>
        <translation>{value} per {priority} non è un numero intero positivo di ore</translation>
    </message>
</context>
<context>
    <name>conflict</name>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/conflict.py"/>
        <source>(empty)</source>
        <translation>(vuoto)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/conflict.py"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/dialogs/conflict.py"/>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
</context>
<context>
    <name>contacts</name>
    <message>
        <location filename="../../src/crm_desktop/domain/contacts.py"/>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contacts.py"/>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>import</source>
        <translation>importazione</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contacts.py"/>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>in person</source>
        <translation>di persona</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contacts.py"/>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>paper form</source>
        <translation>modulo cartaceo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contacts.py"/>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>phone</source>
        <translation>telefono</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contacts.py"/>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>web form</source>
        <translation>modulo web</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../src/crm_desktop/services/demo.py"/>
        <source>must be between 1 and {most}</source>
        <translation>deve essere compreso tra 1 e {most}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/demo.py"/>
        <source>must be one of {choices}</source>
        <translation>deve essere uno dei seguenti: {choices}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/demo_checks.py"/>
        <source>product {sku} is in the trash: restore it, or use a new file</source>
        <translation>il prodotto {sku} è nel cestino: ripristinalo oppure usa un nuovo file</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/demo_checks.py"/>
        <source>product {sku} is priced in {currency}, the demo in {demo}: {advice}</source>
        <translation>il prodotto {sku} ha il prezzo in {currency}, i dati dimostrativi in {demo}: {advice}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/demo_checks.py"/>
        <source>this file is set up for {region} and {currency}: {advice}</source>
        <translation>questo file è configurato per {region} e {currency}: {advice}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/demo_checks.py"/>
        <source>use --locale {locale}, or a new file</source>
        <translation>usa --locale {locale} oppure un nuovo file</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/demo_checks.py"/>
        <source>use a new file</source>
        <translation>usa un nuovo file</translation>
    </message>
</context>
<context>
    <name>detail</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/detail_text.py"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/detail_text.py"/>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/detail_text.py"/>
        <source>{when} by {who}</source>
        <translation>{when} da {who}</translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>%n activities</source>
        <translation>
            <numerusform>%n interazione</numerusform>
            <numerusform>%n interazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>%n activity</source>
        <translation>
            <numerusform>%n interazione</numerusform>
            <numerusform>%n interazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>%n contact</source>
        <translation>
            <numerusform>%n contatto</numerusform>
            <numerusform>%n contatti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contatto</numerusform>
            <numerusform>%n contatti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>%n deal</source>
        <translation>
            <numerusform>%n trattativa</numerusform>
            <numerusform>%n trattative</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>%n deals</source>
        <translation>
            <numerusform>%n trattativa</numerusform>
            <numerusform>%n trattative</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>%n order</source>
        <translation>
            <numerusform>%n ordine</numerusform>
            <numerusform>%n ordini</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>%n orders</source>
        <translation>
            <numerusform>%n ordine</numerusform>
            <numerusform>%n ordini</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>%n ticket</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n ticket</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>%n tickets</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n ticket</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>Merged company {other} into {keep} ({moved} moved);</source>
        <translation>Azienda {other} unita a {keep} (spostati: {moved});</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>Merged contact {other} into {keep} ({moved} moved);</source>
        <translation>Contatto {other} unito a {keep} (spostati: {moved});</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/duplicates.py"/>
        <source>a record cannot be a duplicate of itself</source>
        <translation>un record non può essere duplicato di se stesso</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/merge.py"/>
        <source>a record cannot be merged into itself</source>
        <translation>un record non può essere unito a se stesso</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>company {other} is in the trash.</source>
        <translation>l'azienda {other} è nel cestino.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>contact {other} is in the trash.</source>
        <translation>il contatto {other} è nel cestino.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>no related records</source>
        <translation>nessun record collegato</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>same e-mail {value}</source>
        <translation>stessa e-mail {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>same name {value}</source>
        <translation>stesso nome {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>same phone {value}</source>
        <translation>stesso telefono {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>same website {value}</source>
        <translation>stesso sito web {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>similar names {value} ({score}%)</source>
        <translation>nomi simili {value} ({score}%)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/duplicates.py"/>
        <location filename="../../src/crm_desktop/services/merge.py"/>
        <source>{entity} is not contacts or companies</source>
        <translation>{entity} non è né contacts né companies</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../src/crm_desktop/ui/errors.py"/>
        <source>An unexpected error happened. Nothing was saved by the action that failed. Please report this with the details below.</source>
        <translation>Si è verificato un errore imprevisto. L'azione non riuscita non ha salvato nulla. Segnala il problema includendo i dettagli riportati sotto.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/errors.py"/>
        <source>Cannot do that</source>
        <translation>Impossibile eseguire l'operazione</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/errors.py"/>
        <source>Changed by someone else</source>
        <translation>Modificato da un altro utente</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>Invalid input ({detail})</source>
        <translation>Dati non validi ({detail})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>No activity with id {id}</source>
        <translation>Nessuna interazione con id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>No company with id {id}</source>
        <translation>Nessuna azienda con id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>No contact with id {id}</source>
        <translation>Nessun contatto con id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>No custom field with id {id}</source>
        <translation>Nessun campo personalizzato con id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>No deal with id {id}</source>
        <translation>Nessuna trattativa con id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>No order with id {id}</source>
        <translation>Nessun ordine con id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>No pipeline with id {id}</source>
        <translation>Nessuna pipeline con id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>No product with id {id}</source>
        <translation>Nessun prodotto con id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>No saved view with id {id}</source>
        <translation>Nessuna vista salvata con id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>No stage with id {id}</source>
        <translation>Nessuna fase con id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>No tag with id {id}</source>
        <translation>Nessun tag con id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>No ticket with id {id}</source>
        <translation>Nessun ticket con id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>No user with id {id}</source>
        <translation>Nessun utente con id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>No {kind} in the trash with id {id}</source>
        <translation>Nessun record di tipo {kind} nel cestino con id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>No {kind} with id {id}</source>
        <translation>Nessun record di tipo {kind} con id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/errors.py"/>
        <source>Not found</source>
        <translation>Non trovato</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/errors.py"/>
        <source>Please check the highlighted fields</source>
        <translation>Controlla i campi evidenziati</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/errors.py"/>
        <source>Something went wrong</source>
        <translation>Si è verificato un problema</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/errors.py"/>
        <source>The file could not be used</source>
        <translation>Impossibile usare il file</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>The {kind} {id} was changed by someone else (you edited version {expected}, the file now has version {actual}); reload it and apply your change again</source>
        <translation>Un altro utente ha modificato questo record ({kind} {id}): hai modificato la versione {expected}, ora il file ha la versione {actual}. Ricaricalo e applica di nuovo la modifica</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>import cancelled: nothing was stored</source>
        <translation>importazione annullata: non è stato salvato nulla</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>{path} is damaged ({problem}). Restore a backup: `crm backups list` shows them, `crm restore FILE` brings one back.</source>
        <translation>{path} è danneggiato ({problem}). Ripristina un backup: `crm backups list` elenca i backup, `crm restore FILE` ne ripristina uno.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>{path} was written by a newer crm-desktop (schema version {file_version}); this program understands schema version {supported} at most. Update crm-desktop to open it; the file was not changed.</source>
        <translation>{path} è stato scritto da una versione più recente di crm-desktop (versione dello schema {file_version}); questo programma gestisce al massimo la versione dello schema {supported}. Aggiorna crm-desktop per aprirlo; il file non è stato modificato.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>{path}, line {line}: {reason}</source>
        <translation>{path}, riga {line}: {reason}</translation>
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
        <translation>Azienda: {name}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/ical.py"/>
        <source>Contact: {name}</source>
        <translation>Contatto: {name}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/ical.py"/>
        <source>Deal: {name}</source>
        <translation>Trattativa: {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>Exported %n activities to {path}</source>
        <translation>
            <numerusform>Esportata %n interazione in {path}</numerusform>
            <numerusform>Esportate %n interazioni in {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>Exported %n activity to {path}</source>
        <translation>
            <numerusform>Esportata %n interazione in {path}</numerusform>
            <numerusform>Esportate %n interazioni in {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>Exported %n companies to {path}</source>
        <translation>
            <numerusform>Esportata %n azienda in {path}</numerusform>
            <numerusform>Esportate %n aziende in {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>Exported %n company to {path}</source>
        <translation>
            <numerusform>Esportata %n azienda in {path}</numerusform>
            <numerusform>Esportate %n aziende in {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>Exported %n contact to {path}</source>
        <translation>
            <numerusform>Esportato %n contatto in {path}</numerusform>
            <numerusform>Esportati %n contatti in {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>Exported %n contacts to {path}</source>
        <translation>
            <numerusform>Esportato %n contatto in {path}</numerusform>
            <numerusform>Esportati %n contatti in {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>Exported %n deal to {path}</source>
        <translation>
            <numerusform>Esportata %n trattativa in {path}</numerusform>
            <numerusform>Esportate %n trattative in {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>Exported %n deals to {path}</source>
        <translation>
            <numerusform>Esportata %n trattativa in {path}</numerusform>
            <numerusform>Esportate %n trattative in {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>Exported %n order to {path}</source>
        <translation>
            <numerusform>Esportato %n ordine in {path}</numerusform>
            <numerusform>Esportati %n ordini in {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>Exported %n orders to {path}</source>
        <translation>
            <numerusform>Esportato %n ordine in {path}</numerusform>
            <numerusform>Esportati %n ordini in {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>Exported %n ticket to {path}</source>
        <translation>
            <numerusform>Esportato %n ticket in {path}</numerusform>
            <numerusform>Esportati %n ticket in {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>Exported %n tickets to {path}</source>
        <translation>
            <numerusform>Esportato %n ticket in {path}</numerusform>
            <numerusform>Esportati %n ticket in {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/ical.py"/>
        <source>Owner: {name}</source>
        <translation>Responsabile: {name}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/ical.py"/>
        <source>Ticket: {name}</source>
        <translation>Ticket: {name}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>cannot write {path}: {reason}</source>
        <translation>impossibile scrivere {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>give ',', ';' or tab</source>
        <translation>indica ',', ';' o tab</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>saved views are of {entities}, not of {entity}</source>
        <translation>le viste salvate sono di {entities}, non di {entity}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>the saved view {name} is of {entity}, not of {wanted}</source>
        <translation>la vista salvata {name} è di {entity}, non di {wanted}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>there is no saved view {name}</source>
        <translation>non esiste una vista salvata {name}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <location filename="../../src/crm_desktop/interchange/vcard_writer.py"/>
        <source>vCard {version} cannot be written; use 3.0 or 4.0</source>
        <translation>impossibile scrivere vCard {version}; usa 3.0 o 4.0</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>{delimiter} is not one of , ; or tab</source>
        <translation>{delimiter} non è tra , ; o tab</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>{entity} can be exported as {formats}, not {format}</source>
        <translation>{entity} si può esportare come {formats}, non come {format}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>{entity} is not one of {choices}</source>
        <translation>{entity} non è tra {choices}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>{folder} is not a folder</source>
        <translation>{folder} non è una cartella</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>{option} does not filter {entity}</source>
        <translation>{option} non filtra {entity}</translation>
    </message>
</context>
<context>
    <name>export-columns</name>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Assignee</source>
        <translation>Assegnatario</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>Birthday</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Body</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Closed</source>
        <translation>Data chiusura</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Created</source>
        <translation>Data creazione</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Deal</source>
        <translation>Trattativa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Done</source>
        <translation>Completata</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>E-mails</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Expected close</source>
        <translation>Chiusura prevista</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>Industry</source>
        <translation>Settore</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>Job title</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>Lead source</source>
        <translation>Origine lead</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>Lifecycle stage</source>
        <translation>Fase ciclo di vita</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Lines</source>
        <translation>Righe</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>Marketing consent</source>
        <translation>Consenso marketing</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Overdue</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>Phones</source>
        <translation>Telefoni</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>Postcode</source>
        <translation>CAP</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Probability %</source>
        <translation>Probabilità %</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>SLA due</source>
        <translation>Scadenza SLA</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>Street</source>
        <translation>Via</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Updated</source>
        <translation>Data modifica</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>VAT number</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/csv_export.py"/>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/exports.py"/>
        <source>Weighted value</source>
        <translation>Valore ponderato</translation>
    </message>
</context>
<context>
    <name>figures</name>
    <message>
        <location filename="../../src/crm_desktop/services/customer_figures.py"/>
        <source>Company {id}</source>
        <translation>Azienda {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/customer_figures.py"/>
        <source>Contact {id}</source>
        <translation>Contatto {id}</translation>
    </message>
</context>
<context>
    <name>form</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/form_fields.py"/>
        <source>&amp;Region:</source>
        <translation>Re&amp;gione:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/form_fields.py"/>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/form_fields.py"/>
        <source>Cou&amp;ntry:</source>
        <translation>&amp;Paese:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/form_fields.py"/>
        <source>Line {n}: {reason}</source>
        <translation>Riga {n}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/form_fields.py"/>
        <source>Not a date. Type it like {example}, or pick it with ▾.</source>
        <translation>Non è una data. Scrivila come {example} o sceglila con ▾.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/form_fields.py"/>
        <source>Pick a date</source>
        <translation>Scegli una data</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/form_fields.py"/>
        <source>Postcode, cit&amp;y:</source>
        <translation>CAP, &amp;località:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/form_fields.py"/>
        <source>S&amp;treet:</source>
        <translation>&amp;Via:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/form_fields.py"/>
        <source>e.g. {date}</source>
        <translation>es. {date}</translation>
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
        <translation>Azienda</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>Deal</source>
        <translation>Trattativa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>Former customer</source>
        <translation>Ex cliente</translation>
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
        <translation>Potenziale cliente</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>Today {time}</source>
        <translation>Oggi {time}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>Tomorrow {time}</source>
        <translation>Domani {time}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>Unassigned</source>
        <translation>Non assegnato</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>Yesterday {time}</source>
        <translation>Ieri {time}</translation>
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
        <translation>casa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>in {amount}</source>
        <translation>tra {amount}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>main</source>
        <comment>e-mail or phone label</comment>
        <translation>principale</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>mobile</source>
        <comment>phone label</comment>
        <translation>cellulare</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>other</source>
        <comment>e-mail or phone label</comment>
        <translation>altro</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>pager</source>
        <comment>phone label</comment>
        <translation>cercapersone</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>work</source>
        <comment>e-mail or phone label</comment>
        <translation>lavoro</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>{amount} overdue</source>
        <translation>in ritardo di {amount}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>{n} d</source>
        <translation>{n} g</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/formatting.py"/>
        <source>{n} h</source>
        <translation>{n} h</translation>
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
        <translation>Attivo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Assignee</source>
        <translation>Assegnatario</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Author</source>
        <translation>Autore</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Birthday</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/history_view.py"/>
        <source>Changed</source>
        <translation>Modificato</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Choices</source>
        <translation>Opzioni</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Closed</source>
        <translation>Chiusura</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Colour</source>
        <translation>Colore</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Conditions</source>
        <translation>Condizioni</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Consent given</source>
        <translation>Consenso dato il</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Consent method</source>
        <translation>Consenso dato tramite</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <location filename="../../src/crm_desktop/ui/widgets/history_view.py"/>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Created by</source>
        <translation>Creato da</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Deal</source>
        <translation>Trattativa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Done</source>
        <translation>Completata</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>E-mails</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Expected close</source>
        <translation>Chiusura prevista</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>First response</source>
        <translation>Prima risposta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>In stage since</source>
        <translation>Nella fase dal</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>In trash since</source>
        <translation>Nel cestino dal</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Industry</source>
        <translation>Settore</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Job title</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Key</source>
        <translation>Chiave</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Kind of record</source>
        <translation>Tipo di record</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Lead source</source>
        <translation>Origine lead</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Lifecycle stage</source>
        <translation>Fase del ciclo di vita</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Line total</source>
        <translation>Totale riga</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Login</source>
        <translation>Nome di accesso</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Lost reason</source>
        <translation>Motivo della perdita</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Marketing consent</source>
        <translation>Consenso marketing</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Match</source>
        <translation>Corrispondenza</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/history_view.py"/>
        <source>Merged</source>
        <translation>Unito</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>More fields</source>
        <translation>Altri campi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/history_view.py"/>
        <source>Moved to the trash</source>
        <translation>Spostato nel cestino</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Ordered on</source>
        <translation>Data ordine</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Phones</source>
        <translation>Telefoni</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Position</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Postcode</source>
        <translation>CAP</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Probability</source>
        <translation>Probabilità</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/history_view.py"/>
        <source>Purged</source>
        <translation>Eliminato definitivamente</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Required</source>
        <translation>Obbligatorio</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Resolved</source>
        <translation>Risoluzione</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/history_view.py"/>
        <source>Restored</source>
        <translation>Ripristinato</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>SLA due</source>
        <translation>Scadenza SLA</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Street</source>
        <translation>Via</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Unit price</source>
        <translation>Prezzo unitario</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Updated</source>
        <translation>Ultima modifica</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Updated by</source>
        <translation>Aggiornato da</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>VAT id</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>call</source>
        <translation>chiamata</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>closed</source>
        <translation>chiuso</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>former customer</source>
        <translation>ex cliente</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>home</source>
        <translation>casa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>import</source>
        <translation>importazione</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>in person</source>
        <translation>di persona</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>lead</source>
        <translation>lead</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>lost</source>
        <translation>persa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>low</source>
        <translation>bassa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>meeting</source>
        <translation>riunione</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>mobile</source>
        <translation>cellulare</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>new</source>
        <translation>nuovo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>normal</source>
        <translation>normale</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>open</source>
        <translation>aperto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>other</source>
        <translation>altro</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>paper form</source>
        <translation>modulo cartaceo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>pending</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>phone</source>
        <translation>telefono</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>prospect</source>
        <translation>potenziale cliente</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>resolved</source>
        <translation>risolto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>task</source>
        <translation>attività</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>web</source>
        <translation>web</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>web form</source>
        <translation>modulo web</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>won</source>
        <translation>vinta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>work</source>
        <translation>lavoro</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <source>yes</source>
        <translation>sì</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>%n companies created by name</source>
        <translation>
            <numerusform>%n azienda creata in base al nome</numerusform>
            <numerusform>%n aziende create in base al nome</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>%n companies would be created by name</source>
        <translation>
            <numerusform>%n azienda verrebbe creata in base al nome</numerusform>
            <numerusform>%n aziende verrebbero create in base al nome</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>%n company created by name</source>
        <translation>
            <numerusform>%n azienda creata in base al nome</numerusform>
            <numerusform>%n aziende create in base al nome</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>%n company would be created by name</source>
        <translation>
            <numerusform>%n azienda verrebbe creata in base al nome</numerusform>
            <numerusform>%n aziende verrebbero create in base al nome</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>%n row read: {created} created, {merged} merged, {skipped} skipped as duplicates, {rejected} rejected</source>
        <translation>
            <numerusform>%n riga letta: create {created}, unite {merged}, duplicati saltati {skipped}, scartate {rejected}</numerusform>
            <numerusform>%n righe lette: create {created}, unite {merged}, duplicati saltati {skipped}, scartate {rejected}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>%n row read: {created} would be created, {merged} would be merged, {skipped} would be skipped as duplicates, {rejected} rejected</source>
        <translation>
            <numerusform>%n riga letta: da creare {created}, da unire {merged}, duplicati da saltare {skipped}, scartate {rejected}</numerusform>
            <numerusform>%n righe lette: da creare {created}, da unire {merged}, duplicati da saltare {skipped}, scartate {rejected}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>%n rows read: {created} created, {merged} merged, {skipped} skipped as duplicates, {rejected} rejected</source>
        <translation>
            <numerusform>%n riga letta: create {created}, unite {merged}, duplicati saltati {skipped}, scartate {rejected}</numerusform>
            <numerusform>%n righe lette: create {created}, unite {merged}, duplicati saltati {skipped}, scartate {rejected}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>%n rows read: {created} would be created, {merged} would be merged, {skipped} would be skipped as duplicates, {rejected} rejected</source>
        <translation>
            <numerusform>%n riga letta: da creare {created}, da unire {merged}, duplicati da saltare {skipped}, scartate {rejected}</numerusform>
            <numerusform>%n righe lette: da creare {created}, da unire {merged}, duplicati da saltare {skipped}, scartate {rejected}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>... and %n more</source>
        <translation>
            <numerusform>... e %n altra riga</numerusform>
            <numerusform>... e altre %n righe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_rows.py"/>
        <source>Birthday (no year): {day}</source>
        <translation>Data di nascita (senza anno): {day}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/vcard.py"/>
        <location filename="../../src/crm_desktop/services/import_rows.py"/>
        <source>Country: {country}</source>
        <translation>Paese: {country}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/vcard.py"/>
        <source>END:VCARD without a BEGIN:VCARD before it</source>
        <translation>END:VCARD senza un BEGIN:VCARD prima</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_rows.py"/>
        <source>Not imported (not a valid e-mail address): {text}</source>
        <translation>Non importato (indirizzo e-mail non valido): {text}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_rows.py"/>
        <source>Not imported (not a valid phone number): {text}</source>
        <translation>Non importato (numero di telefono non valido): {text}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>UTF-16 (Excel Unicode text)</source>
        <translation>UTF-16 (testo Unicode di Excel)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>UTF-16 big-endian without BOM</source>
        <translation>UTF-16 big-endian senza BOM</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>UTF-16 little-endian without BOM</source>
        <translation>UTF-16 little-endian senza BOM</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 con BOM</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>a cell is longer than {limit} characters (a quote never closed?)</source>
        <translation>una cella supera i {limit} caratteri (virgolette mai chiuse?)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>a quoted cell starting in this row is never closed</source>
        <translation>una cella tra virgolette che inizia in questa riga non viene mai chiusa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/imports.py"/>
        <source>a vCard file holds contacts: use `import contacts`</source>
        <translation>un file vCard contiene contatti: usa `import contacts`</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/mappings.py"/>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <location filename="../../src/crm_desktop/interchange/vcard.py"/>
        <source>cannot be read: {reason}</source>
        <translation>impossibile leggere il file: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/mappings.py"/>
        <location filename="../../src/crm_desktop/services/import_errors.py"/>
        <source>cannot be written: {reason}</source>
        <translation>impossibile scrivere il file: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/vcard.py"/>
        <source>cannot read this card ({reason})</source>
        <translation>impossibile leggere questa scheda ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/vcard.py"/>
        <source>cannot read this line ({reason})</source>
        <translation>impossibile leggere questa riga ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>company {id}</source>
        <translation>l'azienda {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>contact {id}</source>
        <translation>il contatto {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>create</source>
        <translation>crea</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/mappings.py"/>
        <source>crm-desktop's own export</source>
        <translation>esportazione di crm-desktop</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>dry run: nothing was stored</source>
        <translation>simulazione: non è stato salvato nulla</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_rows.py"/>
        <source>is not a field of companies</source>
        <translation>non è un campo delle aziende</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_rows.py"/>
        <source>is not a field of contacts</source>
        <translation>non è un campo dei contatti</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_writes.py"/>
        <source>kept {stored}; the file has {incoming}</source>
        <translation>mantenuto {stored}; nel file c'è {incoming}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>line {line}</source>
        <translation>la riga {line}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>line {line}: rejected: {reasons}</source>
        <translation>riga {line}: scartata: {reasons}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>line {line}: warning: {field}: {warning}</source>
        <translation>riga {line}: avviso: {field}: {warning}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>line {line}: {action}: {reason} as {other}</source>
        <translation>riga {line}: {action}: {reason}, come {other}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_errors.py"/>
        <source>line {line}: {problems}</source>
        <translation>riga {line}: {problems}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>merge</source>
        <translation>unisci</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_run.py"/>
        <source>must be one of {choices}</source>
        <translation>deve essere uno dei seguenti: {choices}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_rows.py"/>
        <source>must be text</source>
        <translation>deve essere un testo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/mappings.py"/>
        <source>must hold {example}</source>
        <translation>deve contenere {example}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/imports.py"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/imports.py"/>
        <source>no column ({columns}) matches a field of companies; map the columns (--mapping FILE) and try again</source>
        <translation>nessuna colonna ({columns}) corrisponde a un campo delle aziende; abbina le colonne (--mapping FILE) e riprova</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/imports.py"/>
        <source>no column ({columns}) matches a field of contacts; map the columns (--mapping FILE) and try again</source>
        <translation>nessuna colonna ({columns}) corrisponde a un campo dei contatti; abbina le colonne (--mapping FILE) e riprova</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/mappings.py"/>
        <source>no column is matched to a field of companies; give a mapping</source>
        <translation>nessuna colonna è abbinata a un campo delle aziende; indica un abbinamento</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/mappings.py"/>
        <source>no column is matched to a field of contacts; give a mapping</source>
        <translation>nessuna colonna è abbinata a un campo dei contatti; indica un abbinamento</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>no rows could be read</source>
        <translation>nessuna riga leggibile</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>no rows could be read that way</source>
        <translation>nessuna riga leggibile con queste impostazioni</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/vcard.py"/>
        <source>no vCard found (a card starts with BEGIN:VCARD)</source>
        <translation>nessuna vCard trovata (una scheda inizia con BEGIN:VCARD)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/mappings.py"/>
        <source>not a JSON mapping file: {reason}</source>
        <translation>non è un file di abbinamento JSON: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>not readable as CSV: {reason}</source>
        <translation>non leggibile come CSV: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>not readable as text: {reason}</source>
        <translation>non leggibile come testo: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>rejected rows written to {path}</source>
        <translation>righe scartate salvate in {path}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_duplicates.py"/>
        <source>same VAT number {vat}</source>
        <translation>stessa partita IVA {vat}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_duplicates.py"/>
        <source>same e-mail {address}</source>
        <translation>stessa e-mail {address}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_duplicates.py"/>
        <source>same name {name}</source>
        <translation>stesso nome {name}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_duplicates.py"/>
        <source>same phone {number}</source>
        <translation>stesso telefono {number}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_duplicates.py"/>
        <source>similar name at the same company ({name})</source>
        <translation>nome simile nella stessa azienda ({name})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/mappings.py"/>
        <source>similar names</source>
        <translation>nomi simili</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>skip</source>
        <translation>salta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>the file has no rows after its sep= line</source>
        <translation>il file non ha righe dopo la riga sep=</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>the file is empty</source>
        <translation>il file è vuoto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/vcard.py"/>
        <source>the file is larger than {size} MB; split it first</source>
        <translation>il file supera i {size} MB; dividilo prima</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>the line is longer than {limit} characters (not a CSV file?)</source>
        <translation>la riga supera i {limit} caratteri (non è un file CSV?)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/mappings.py"/>
        <source>the mapping saved for these columns</source>
        <translation>l'abbinamento salvato per queste colonne</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_rows.py"/>
        <source>there is no company field named {key}</source>
        <translation>non esiste un campo delle aziende chiamato {key}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_rows.py"/>
        <source>there is no contact field named {key}</source>
        <translation>non esiste un campo dei contatti chiamato {key}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_rows.py"/>
        <source>there is no user {name}: left unassigned</source>
        <translation>non esiste un utente {name}: lasciato non assegnato</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/vcard.py"/>
        <source>this card has no END:VCARD (another begins at line {line})</source>
        <translation>a questa scheda manca END:VCARD (un'altra inizia alla riga {line})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/vcard.py"/>
        <source>this card has no END:VCARD (the file ends inside it)</source>
        <translation>a questa scheda manca END:VCARD (il file finisce prima)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>this is not a text file (it holds binary data); save it as CSV</source>
        <translation>questo non è un file di testo (contiene dati binari); salvalo come CSV</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>this is not a text file (it holds control characters)</source>
        <translation>questo non è un file di testo (contiene caratteri di controllo)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/vcard.py"/>
        <source>this is not a vCard file (it holds binary data)</source>
        <translation>questo non è un file vCard (contiene dati binari)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>this row has {cells} cells but the header has {width} (a stray delimiter or quote?)</source>
        <translation>questa riga ha {cells} celle ma l'intestazione ne ha {width} (un separatore o delle virgolette di troppo?)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>unknown text encoding (byte {byte} is not UTF-8 or Windows-1252); save the file as CSV UTF-8</source>
        <translation>codifica del testo sconosciuta (il byte {byte} non è né UTF-8 né Windows-1252); salva il file come CSV UTF-8</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/imports.py"/>
        <source>vCard import is not available in this version</source>
        <translation>l'importazione vCard non è disponibile in questa versione</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/imports.py"/>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/mappings.py"/>
        <source>your mapping</source>
        <translation>il tuo abbinamento</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>{encoding} is not a text encoding</source>
        <translation>{encoding} non è una codifica del testo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>{encoding}, comma-separated</source>
        <translation>{encoding}, separato da virgole</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>{encoding}, semicolon-separated</source>
        <translation>{encoding}, separato da punti e virgola</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>{encoding}, separated by vertical bars</source>
        <translation>{encoding}, separato da barre verticali</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>{encoding}, separated by {delimiter}</source>
        <translation>{encoding}, separato da {delimiter}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/sniff.py"/>
        <source>{encoding}, tab-separated</source>
        <translation>{encoding}, separato da tabulazioni</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/mappings.py"/>
        <source>{field} is not a field of companies one can import</source>
        <translation>{field} non è un campo delle aziende che si può importare</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/mappings.py"/>
        <source>{field} is not a field of contacts one can import</source>
        <translation>{field} non è un campo dei contatti che si può importare</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_rows.py"/>
        <source>{problem} (left out once)</source>
        <translation>{problem} (omesso il doppione)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_rows.py"/>
        <source>{problem} (left out; its text is in the notes)</source>
        <translation>{problem} (omesso; il testo è nelle note)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/vcard.py"/>
        <source>{text} is outside any BEGIN:VCARD … END:VCARD</source>
        <translation>{text} è fuori da ogni BEGIN:VCARD … END:VCARD</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_rows.py"/>
        <source>{value} has no year: left out, kept in the notes</source>
        <translation>{value} non ha l'anno: non importato, conservato nelle note</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/values.py"/>
        <source>{value} has no year; write it as YYYY-MM-DD</source>
        <translation>{value} non ha l'anno; scrivi la data come AAAA-MM-GG</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_rows.py"/>
        <source>{value} is no country we know: kept in the notes</source>
        <translation>{value} non è un paese conosciuto: conservato nelle note</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/import_rows.py"/>
        <source>{value} is no stage of ours: stored as lead</source>
        <translation>{value} non è una fase del ciclo di vita nota: salvato come lead</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/values.py"/>
        <source>{value} is not a date of the calendar</source>
        <translation>{value} non è una data esistente</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/values.py"/>
        <source>{value} is not a date such as 2024-04-03</source>
        <translation>{value} non è una data come 2024-04-03</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/values.py"/>
        <source>{value} is not a number</source>
        <translation>{value} non è un numero</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/interchange/values.py"/>
        <source>{value} is not a number (check the thousands separators)</source>
        <translation>{value} non è un numero (controlla i separatori delle migliaia)</translation>
    </message>
</context>
<context>
    <name>periods</name>
    <message>
        <location filename="../../src/crm_desktop/domain/periods.py"/>
        <source>ends ({end}) before it starts ({start})</source>
        <translation>finisce ({end}) prima di iniziare ({start})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/periods.py"/>
        <source>{name} is not one of {presets}</source>
        <translation>{name} non è tra {presets}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/periods.py"/>
        <source>{text} is not a date like 2026-11-30 (year-month-day)</source>
        <translation>{text} non è una data come 2026-11-30 (anno-mese-giorno)</translation>
    </message>
</context>
<context>
    <name>pipeline</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/pipeline/formatting.py"/>
        <source>%n day in stage</source>
        <translation>
            <numerusform>%n giorno nella fase</numerusform>
            <numerusform>%n giorni nella fase</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/pipeline/formatting.py"/>
        <source>%n days in stage</source>
        <translation>
            <numerusform>%n giorno nella fase</numerusform>
            <numerusform>%n giorni nella fase</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/card.py"/>
        <source>Closed {date}</source>
        <translation>Chiusa il {date}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/close_dialog.py"/>
        <source>Deal won</source>
        <translation>Trattativa vinta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/card.py"/>
        <source>Expected close: {date}</source>
        <translation>Chiusura prevista: {date}</translation>
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
        <translation>Persa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/close_dialog.py"/>
        <source>Mark as &amp;won</source>
        <translation>Segna come &amp;vinta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/close_dialog.py"/>
        <source>Mark “{title}” as won, closed today?</source>
        <translation>Segnare “{title}” come vinta, con chiusura oggi?</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/migrations.py"/>
        <source>Negotiation</source>
        <comment>default stage</comment>
        <translation>Negoziazione</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/formatting.py"/>
        <source>New in stage today</source>
        <translation>Entrata nella fase oggi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/card.py"/>
        <source>No company</source>
        <translation>Nessuna azienda</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/pipeline/card.py"/>
        <source>Owner: {name}</source>
        <translation>Responsabile: {name}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/migrations.py"/>
        <source>Proposal</source>
        <comment>default stage</comment>
        <translation>Proposta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/migrations.py"/>
        <source>Qualified</source>
        <comment>default stage</comment>
        <translation>Qualificata</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/migrations.py"/>
        <source>Sales</source>
        <comment>default pipeline</comment>
        <translation>Vendite</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/migrations.py"/>
        <source>Won</source>
        <comment>default stage</comment>
        <translation>Vinta</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>activity</source>
        <translation>interazione</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>company</source>
        <translation>azienda</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>contact</source>
        <translation>contatto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>custom field</source>
        <translation>campo personalizzato</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>deal</source>
        <translation>trattativa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>order</source>
        <translation>ordine</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>order line</source>
        <translation>riga d'ordine</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>pipeline</source>
        <translation>pipeline</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>product</source>
        <translation>prodotto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>saved view</source>
        <translation>vista salvata</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>setting</source>
        <translation>impostazione</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>stage</source>
        <translation>fase</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>tag</source>
        <translation>tag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>ticket</source>
        <translation>ticket</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>ticket message</source>
        <translation>messaggio del ticket</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>user</source>
        <translation>utente</translation>
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
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>Deal</source>
        <translation>Trattativa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>Lost</source>
        <translation>Persa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>No deals yet.</source>
        <translation>Ancora nessuna trattativa.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>No orders yet.</source>
        <translation>Ancora nessun ordine.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>No tickets yet.</source>
        <translation>Ancora nessun ticket.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>Products</source>
        <translation>Prodotti</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/related_records.py"/>
        <source>Won</source>
        <translation>Vinta</translation>
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
            <numerusform>%n trattativa aperta senza data di chiusura prevista</numerusform>
            <numerusform>%n trattative aperte senza data di chiusura prevista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/reports/forecast.py"/>
        <source>%n open deals without an expected close date</source>
        <translation>
            <numerusform>%n trattativa aperta senza data di chiusura prevista</numerusform>
            <numerusform>%n trattative aperte senza data di chiusura prevista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>%n order</source>
        <translation>
            <numerusform>%n ordine</numerusform>
            <numerusform>%n ordini</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>%n orders</source>
        <translation>
            <numerusform>%n ordine</numerusform>
            <numerusform>%n ordini</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/reports/forecast.py"/>
        <source>%n still open past an expected date before the period</source>
        <translation>
            <numerusform>%n ancora aperta oltre una data prevista anteriore al periodo</numerusform>
            <numerusform>%n ancora aperte oltre date previste anteriori al periodo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/reports/forecast.py"/>
        <source>%n still open past expected dates before the period</source>
        <translation>
            <numerusform>%n ancora aperta oltre una data prevista anteriore al periodo</numerusform>
            <numerusform>%n ancora aperte oltre date previste anteriori al periodo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>A ticket breaches its SLA when it was resolved later than the hours the settings give its priority, or is still unresolved past them. First response is the first reply in the thread ({answered} answered); resolution counts the {resolved_of_created} resolved so far. Resolved in the period, whenever created: {resolved}.</source>
        <translation>Un ticket viola lo SLA se è stato risolto oltre le ore che le impostazioni assegnano alla sua priorità, o se è ancora irrisolto oltre tale limite. La prima risposta è la prima replica nella conversazione ({answered} con risposta); la risoluzione conta i {resolved_of_created} risolti finora. Risolti nel periodo, indipendentemente dalla data di creazione: {resolved}.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Activities</source>
        <translation>Interazioni</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Activity</source>
        <translation>Interazione</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <source>Amounts are listed per currency ({currencies}) and never added across; the charts draw {currency} only.</source>
        <translation>Gli importi sono elencati per valuta ({currencies}) e mai sommati tra loro; i grafici mostrano solo {currency}.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/win_loss.py"/>
        <source>Average cycle, lost</source>
        <translation>Ciclo medio, perse</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/win_loss.py"/>
        <source>Average cycle, won</source>
        <translation>Ciclo medio, vinte</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard_rows.py"/>
        <source>Average sales cycle</source>
        <translation>Ciclo di vendita medio</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>Breach rate</source>
        <translation>Tasso violazioni</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>Breached</source>
        <translation>Violati</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/forecast.py"/>
        <location filename="../../src/crm_desktop/reports/pipeline.py"/>
        <source>Charts</source>
        <translation>Grafici</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <source>Compared with {start} – {end}. Open deals, forecasts, open and overdue tickets and tasks are as of {today}.</source>
        <translation>Confronto con {start} – {end}. Trattative aperte, previsioni, ticket e attività aperti e in ritardo sono aggiornati al {today}.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>Created</source>
        <translation>Creati</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>Created in period</source>
        <translation>Creati nel periodo</translation>
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
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>Customer profile</source>
        <translation>Profilo cliente</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>Customers by revenue, with recency and frequency</source>
        <translation>Clienti per ricavi, con recenza e frequenza</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customers.py"/>
        <source>Customers with orders</source>
        <translation>Clienti con ordini</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/win_loss.py"/>
        <source>Cycle days</source>
        <translation>Giorni ciclo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customers.py"/>
        <source>Days since</source>
        <translation>Giorni trascorsi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customers.py"/>
        <source>Days since last order</source>
        <translation>Giorni dall'ultimo ordine</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Deal</source>
        <translation>Trattativa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <location filename="../../src/crm_desktop/reports/forecast.py"/>
        <location filename="../../src/crm_desktop/reports/pipeline.py"/>
        <location filename="../../src/crm_desktop/reports/win_loss.py"/>
        <source>Deals</source>
        <translation>Trattative</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/pipeline.py"/>
        <source>Deals by stage</source>
        <translation>Trattative per fase</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>Deals by stage: count, value, weighted value</source>
        <translation>Trattative per fase: numero, valore, valore ponderato</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/win_loss.py"/>
        <source>Deals closed in the period. The win rate is won deals over all closed deals; the cycle runs from a deal's creation to its close.</source>
        <translation>Trattative chiuse nel periodo. Il tasso di successo è il rapporto tra le trattative vinte e tutte le trattative chiuse; il ciclo va dalla creazione di una trattativa alla sua chiusura.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/win_loss.py"/>
        <source>Deals lost</source>
        <translation>Trattative perse</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <location filename="../../src/crm_desktop/reports/dashboard_rows.py"/>
        <location filename="../../src/crm_desktop/reports/win_loss.py"/>
        <source>Deals won</source>
        <translation>Trattative vinte</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>Every dashboard figure against the previous period, with its charts</source>
        <translation>Ogni valore della dashboard rispetto al periodo precedente, con i grafici</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Expected or closed</source>
        <translation>Prevista o chiusa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/forecast.py"/>
        <source>Expected revenue by month</source>
        <translation>Ricavi previsti per mese</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/forecast.py"/>
        <source>Expected revenue by month, {currency}</source>
        <translation>Ricavi previsti per mese, {currency}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <source>Figure</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customers.py"/>
        <source>First order</source>
        <translation>Primo ordine</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard_rows.py"/>
        <source>Forecast this month (weighted)</source>
        <translation>Previsione del mese (ponderata)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard_rows.py"/>
        <source>Forecast this quarter (weighted)</source>
        <translation>Previsione del trimestre (ponderata)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/forecast.py"/>
        <source>Full value</source>
        <translation>Valore pieno</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customers.py"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Industry</source>
        <translation>Settore</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <location filename="../../src/crm_desktop/reports/win_loss.py"/>
        <source>Item</source>
        <translation>Voce</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Job title</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customers.py"/>
        <source>Last order</source>
        <translation>Ultimo ordine</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Lead source</source>
        <translation>Origine lead</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Lines</source>
        <translation>Righe</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/win_loss.py"/>
        <source>Lost</source>
        <translation>Perse</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/win_loss.py"/>
        <source>Lost reason</source>
        <translation>Motivo della perdita</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/pdf.py"/>
        <source>Made on {when}</source>
        <translation>Generato il {when}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>Median first response</source>
        <translation>Prima risposta mediana</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>Median first response seconds</source>
        <translation>Prima risposta mediana (secondi)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>Median resolution</source>
        <translation>Risoluzione mediana</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>Median resolution seconds</source>
        <translation>Risoluzione mediana (secondi)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <location filename="../../src/crm_desktop/reports/forecast.py"/>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customers.py"/>
        <source>No orders in this period.</source>
        <translation>Nessun ordine in questo periodo.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/pdf.py"/>
        <source>None in this period.</source>
        <translation>Nessuno in questo periodo.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>None recorded.</source>
        <translation>Nessuno registrato.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/pdf.py"/>
        <source>Nothing recorded.</source>
        <translation>Niente di registrato.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>One contact or company: deals, orders, tickets</source>
        <translation>Un contatto o un'azienda: trattative, ordini, ticket</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>Open by priority, SLA breaches, response times</source>
        <translation>Aperti per priorità, violazioni SLA, tempi di risposta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard_rows.py"/>
        <location filename="../../src/crm_desktop/reports/pipeline.py"/>
        <source>Open deals</source>
        <translation>Trattative aperte</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <source>Open deals as they stand now; won and lost deals closed in the period.</source>
        <translation>Trattative aperte allo stato attuale; trattative vinte e perse chiuse nel periodo.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/forecast.py"/>
        <source>Open deals by the month of their expected close date, weighted by their probability. Not included: {without} and {past}. Amounts in different currencies are never added together.</source>
        <translation>Trattative aperte per mese della data di chiusura prevista, ponderate per la loro probabilità. Escluse: {without} e {past}. Gli importi in valute diverse non vengono mai sommati tra loro.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/forecast.py"/>
        <source>Open deals expected</source>
        <translation>Trattative aperte previste</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>Open now</source>
        <translation>Aperti ora</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>Open past SLA</source>
        <translation>Aperti oltre SLA</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>Open past their SLA</source>
        <translation>Aperti oltre lo SLA</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard_rows.py"/>
        <location filename="../../src/crm_desktop/reports/pipeline.py"/>
        <source>Open pipeline</source>
        <translation>Pipeline aperta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard_rows.py"/>
        <source>Open pipeline, weighted</source>
        <translation>Pipeline aperta, ponderata</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/pipeline.py"/>
        <source>Open stages show every open deal as it stands now; Won and Lost show deals closed from {start} to {end}. Weighted value is value times the deal's probability (its stage's unless set on the deal). Amounts in different currencies are never added together.</source>
        <translation>Le fasi aperte mostrano ogni trattativa aperta allo stato attuale; Vinta e Persa mostrano le trattative chiuse dal {start} al {end}. Il valore ponderato è il valore moltiplicato per la probabilità della trattativa (quella della sua fase, se non è indicata sulla trattativa). Gli importi in valute diverse non vengono mai sommati tra loro.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard_rows.py"/>
        <source>Open tickets</source>
        <translation>Ticket aperti</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>Open tickets by priority</source>
        <translation>Ticket aperti per priorità</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/pipeline.py"/>
        <source>Open value, {currency}</source>
        <translation>Valore aperto, {currency}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <source>Opened</source>
        <translation>Aperti</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Ordered by</source>
        <translation>Ordinato da</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <location filename="../../src/crm_desktop/reports/customers.py"/>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <source>Orders placed and deals won, {currency}</source>
        <translation>Ordini effettuati e trattative vinte, {currency}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/pipeline.py"/>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard_rows.py"/>
        <source>Overdue tickets</source>
        <translation>Ticket in ritardo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/pdf.py"/>
        <source>Page {number} of {total}</source>
        <translation>Pagina {number} di {total}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>Past their SLA</source>
        <translation>Oltre lo SLA</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Phone</source>
        <translation>Telefono</translation>
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
        <translation>Pipeline per fase</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <source>Previous period</source>
        <translation>Periodo precedente</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/pipeline.py"/>
        <source>Probability</source>
        <translation>Probabilità</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customers.py"/>
        <source>Rank</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/win_loss.py"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>Records: saved view “{name}”</source>
        <translation>Record: vista salvata “{name}”</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>Resolved</source>
        <translation>Risolti</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <location filename="../../src/crm_desktop/reports/customers.py"/>
        <source>Revenue</source>
        <translation>Ricavi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <source>Revenue by month</source>
        <translation>Ricavi per mese</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customers.py"/>
        <source>Revenue in {currency}</source>
        <translation>Ricavi in {currency}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customers.py"/>
        <source>Revenue is the sum of orders placed in the period. An order counts for its company, or for its contact when it names no company. Days since the last order are counted to the period's last day. Customers are ranked within each currency; currencies are never added together.</source>
        <translation>I ricavi sono la somma degli ordini effettuati nel periodo. Un ordine conta per la sua azienda, o per il suo contatto se non indica alcuna azienda. I giorni dall'ultimo ordine sono contati fino all'ultimo giorno del periodo. I clienti sono classificati all'interno di ciascuna valuta; le valute non vengono mai sommate tra loro.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Revenue, {currency}</source>
        <translation>Ricavi, {currency}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>SLA breached</source>
        <translation>SLA violato</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>SLA breached, still open</source>
        <translation>SLA violato, ancora aperti</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard_rows.py"/>
        <source>SLA breaches</source>
        <translation>Violazioni SLA</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>SLA breaches in period</source>
        <translation>Violazioni SLA nel periodo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>SLA hours</source>
        <translation>Ore SLA</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>SLA of tickets created in the period</source>
        <translation>SLA dei ticket creati nel periodo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>Sales forecast</source>
        <translation>Previsione di vendita</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <location filename="../../src/crm_desktop/reports/win_loss.py"/>
        <source>Section</source>
        <translation>Sezione</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/win_loss.py"/>
        <source>Share of lost</source>
        <translation>Quota perse</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <location filename="../../src/crm_desktop/reports/pipeline.py"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/pipeline.py"/>
        <source>Stage probability %</source>
        <translation>Probabilità fase %</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>Still open</source>
        <translation>Ancora aperti</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>Support tickets</source>
        <translation>Ticket di assistenza</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard_rows.py"/>
        <source>Tasks due today</source>
        <translation>Attività in scadenza oggi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>Tickets</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <source>Tickets opened and resolved, weeks from Monday</source>
        <translation>Ticket aperti e risolti, settimane dal lunedì</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <source>Tickets per week</source>
        <translation>Ticket per settimana</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard_rows.py"/>
        <source>Tickets resolved</source>
        <translation>Ticket risolti</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>Top customers</source>
        <translation>Migliori clienti</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customers.py"/>
        <source>Top {count} revenue, {currency}</source>
        <translation>Primi {count} per ricavi, {currency}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <location filename="../../src/crm_desktop/reports/forecast.py"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <source>Two series side by side, never added: an order may come from a won deal.</source>
        <translation>Due serie affiancate, mai sommate: un ordine può derivare da una trattativa vinta.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customers.py"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>VAT number</source>
        <translation>Partita IVA</translation>
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
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <source>Value by stage, {currency}</source>
        <translation>Valore per fase, {currency}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/win_loss.py"/>
        <source>Value lost</source>
        <translation>Valore perso</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/win_loss.py"/>
        <source>Value won</source>
        <translation>Valore vinto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/win_loss.py"/>
        <source>Value won and lost</source>
        <translation>Valore vinto e perso</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/cli/stats.py"/>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard.py"/>
        <source>Week of</source>
        <translation>Settimana del</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>Weighted expected revenue by month</source>
        <translation>Ricavi previsti ponderati per mese</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/forecast.py"/>
        <source>Weighted forecast, {currency}</source>
        <translation>Previsione ponderata, {currency}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/forecast.py"/>
        <location filename="../../src/crm_desktop/reports/pipeline.py"/>
        <source>Weighted value</source>
        <translation>Valore ponderato</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/pipeline.py"/>
        <source>Weighted value, {currency}</source>
        <translation>Valore ponderato, {currency}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>Whole history up to {day}</source>
        <translation>Intero storico fino al {day}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/win_loss.py"/>
        <source>Why deals were lost</source>
        <translation>Perché le trattative sono state perse</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard_rows.py"/>
        <location filename="../../src/crm_desktop/reports/win_loss.py"/>
        <source>Win rate</source>
        <translation>Tasso di successo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>Win rate, sales cycle, lost reasons</source>
        <translation>Tasso di successo, ciclo di vendita, motivi della perdita</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard_rows.py"/>
        <location filename="../../src/crm_desktop/reports/win_loss.py"/>
        <source>Won</source>
        <translation>Vinte</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/dashboard_rows.py"/>
        <source>Won ({currency})</source>
        <translation>Vinte ({currency})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>Won and lost deals</source>
        <translation>Trattative vinte e perse</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>all</source>
        <comment>every priority</comment>
        <translation>tutte</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/pdf.py"/>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>cannot write {path}: {reason}</source>
        <translation>impossibile scrivere {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <source>companies</source>
        <translation>aziende</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <source>contacts</source>
        <translation>contatti</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <source>deals</source>
        <translation>trattative</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <source>lost</source>
        <translation>persa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <source>open</source>
        <translation>aperta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>say where to write the report (a PDF file, a CSV file or both)</source>
        <translation>indica dove scrivere il report (un file PDF, un file CSV o entrambi)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>say which contact or company the report is about</source>
        <translation>indica di quale contatto o azienda tratta il report</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>the saved view {name} is of {entity}; the {report} report takes views of {kinds}</source>
        <translation>la vista salvata {name} è di {entity}; il report {report} accetta viste di {kinds}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>the {report} report cannot be narrowed to a saved view</source>
        <translation>il report {report} non può essere limitato a una vista salvata</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>there is no report {name}; choose one of {names}</source>
        <translation>non esiste un report {name}; scegline uno tra {names}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>there is no saved view with id {id}</source>
        <translation>non esiste una vista salvata con id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <source>tickets</source>
        <translation>ticket</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <source>won</source>
        <translation>vinta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/formats.py"/>
        <source>{days} d</source>
        <comment>days, abbreviated</comment>
        <translation>{days} g</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/formats.py"/>
        <source>{days} d {hours} h</source>
        <translation>{days} g {hours} h</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/registry.py"/>
        <source>{first} or {second}</source>
        <translation>{first} o {second}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/tickets.py"/>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/formats.py"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>{kind}: {name}</source>
        <translation>{kind}: {name}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/pipeline.py"/>
        <source>{pipeline}: value by stage, {currency}</source>
        <translation>{pipeline}: valore per fase, {currency}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/formats.py"/>
        <source>{points} pp</source>
        <comment>percentage points</comment>
        <translation>{points} pp</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>{section}: latest {shown} of {total}</source>
        <translation>{section}: {shown} più recenti su {total}</translation>
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
        <translation>contiene</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/saved_views.py"/>
        <source>does not contain</source>
        <translation>non contiene</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/saved_views.py"/>
        <source>does not have tag</source>
        <translation>non ha il tag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/saved_views.py"/>
        <source>has tag</source>
        <translation>ha il tag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/saved_views.py"/>
        <source>is</source>
        <translation>è</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/saved_views.py"/>
        <source>is after</source>
        <translation>è successivo al</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/saved_views.py"/>
        <source>is before</source>
        <translation>è precedente al</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/saved_views.py"/>
        <source>is between</source>
        <translation>è compreso tra</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/saved_views.py"/>
        <source>is empty</source>
        <translation>è vuoto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/saved_views.py"/>
        <source>is in the last N days</source>
        <translation>è negli ultimi N giorni</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/saved_views.py"/>
        <source>is less than</source>
        <translation>è minore di</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/saved_views.py"/>
        <source>is more than</source>
        <translation>è maggiore di</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/saved_views.py"/>
        <source>is no</source>
        <translation>è no</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/saved_views.py"/>
        <source>is not</source>
        <translation>non è</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/saved_views.py"/>
        <source>is not empty</source>
        <translation>non è vuoto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/saved_views.py"/>
        <source>is yes</source>
        <translation>è sì</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/saved_views.py"/>
        <source>starts with</source>
        <translation>inizia con</translation>
    </message>
</context>
<context>
    <name>smart lists</name>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>Not tagged {value}</source>
        <translation>Senza il tag {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>Tagged {value}</source>
        <translation>Con il tag {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>a name is required</source>
        <translation>il nome è obbligatorio</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>a saved view named {name} exists already</source>
        <translation>esiste già una vista salvata di nome {name}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_filters.py"/>
        <source>a view of {entity} cannot narrow {kinds}</source>
        <translation>una vista di {entity} non può filtrare per {kinds}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>at most %n characters</source>
        <translation>
            <numerusform>al massimo %n carattere</numerusform>
            <numerusform>al massimo %n caratteri</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_filters.py"/>
        <source>at most {count} characters</source>
        <translation>al massimo {count} caratteri</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_filters.py"/>
        <source>enter a date</source>
        <translation>inserisci una data</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_filters.py"/>
        <source>enter a number</source>
        <translation>inserisci un numero</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_filters.py"/>
        <source>enter a number of days, such as 30</source>
        <translation>inserisci un numero di giorni, ad es. 30</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_filters.py"/>
        <source>enter a value</source>
        <translation>inserisci un valore</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_filters.py"/>
        <source>enter two values, low and high (low..high)</source>
        <translation>inserisci due valori, minimo e massimo (minimo..massimo)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>every company</source>
        <translation>tutte le aziende</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>every contact</source>
        <translation>tutti i contatti</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>every deal</source>
        <translation>tutte le trattative</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>every ticket</source>
        <translation>tutti i ticket</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_filters.py"/>
        <source>the first value must not be above the second</source>
        <translation>il primo valore non deve essere maggiore del secondo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>there is no tag named {tag}</source>
        <translation>non esiste un tag di nome {tag}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_filters.py"/>
        <source>{entity} have no field {field} (fields: {known})</source>
        <translation>{entity} non ha il campo {field} (campi: {known})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>{field} contains {value}</source>
        <translation>{field} contiene {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>{field} does not contain {value}</source>
        <translation>{field} non contiene {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>{field} is after {value}</source>
        <translation>{field} è successivo al {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>{field} is before {value}</source>
        <translation>{field} è precedente al {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>{field} is between {low} and {high}</source>
        <translation>{field} è compreso tra {low} e {high}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>{field} is empty</source>
        <translation>{field} è vuoto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>{field} is in the last %n days</source>
        <translation>
            <numerusform>{field} risale al massimo a %n giorno fa</numerusform>
            <numerusform>{field} è negli ultimi %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>{field} is less than {value}</source>
        <translation>{field} è minore di {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>{field} is more than {value}</source>
        <translation>{field} è maggiore di {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>{field} is no</source>
        <translation>{field} è no</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>{field} is not empty</source>
        <translation>{field} non è vuoto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>{field} is not {value}</source>
        <translation>{field} non è {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>{field} is yes</source>
        <translation>{field} è sì</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>{field} is {value}</source>
        <translation>{field} è {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>{field} starts with {value}</source>
        <translation>{field} inizia con {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_filters.py"/>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>{left} and {right}</source>
        <translation>{left} e {right}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>{left} or {right}</source>
        <translation>{left} o {right}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_filters.py"/>
        <source>{match} is not all or any</source>
        <translation>{match} non è né all né any</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_filters.py"/>
        <source>{op} does not apply to {field} (use {names})</source>
        <translation>{op} non si applica a {field} (usa {names})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_filters.py"/>
        <source>{text} is not a date as YYYY-MM-DD</source>
        <translation>{text} non è una data nel formato AAAA-MM-GG</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_filters.py"/>
        <source>{text} is not a number</source>
        <translation>{text} non è un numero</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_filters.py"/>
        <source>{text} is not one of {choices}</source>
        <translation>{text} non è tra {choices}</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <location filename="../../src/crm_desktop/storage/locking.py"/>
        <source>another program</source>
        <translation>un altro programma</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <source>another program or window is using it; try again in a moment</source>
        <translation>un altro programma o un'altra finestra lo sta usando; riprova tra poco</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/locking.py"/>
        <source>cannot create the lock file {path}: {reason}</source>
        <translation>impossibile creare il file di blocco {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <source>cannot create {path}: {in_the_way} is a file, not a folder</source>
        <translation>impossibile creare {path}: {in_the_way} è un file, non una cartella</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <source>cannot create {path}: {reason}</source>
        <translation>impossibile creare {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <source>cannot open {path}: {reason}</source>
        <translation>impossibile aprire {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <source>cannot read {path}: {reason}</source>
        <translation>impossibile leggere {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/modes.py"/>
        <source>cannot switch the file to {mode} mode while another program has it open in {current} mode; close the other copies of crm-desktop and try again</source>
        <translation>impossibile passare il file alla modalità {mode} mentre un altro programma lo tiene aperto in modalità {current}; chiudi le altre copie di crm-desktop e riprova</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/files.py"/>
        <source>cannot switch {path} to {mode} mode while it is open elsewhere ({names}); ask them to close it first</source>
        <translation>impossibile passare {path} alla modalità {mode} mentre è aperto altrove ({names}); chiedi di chiuderlo prima</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/locking.py"/>
        <source>cannot write the lock file {path}: {reason}; nothing was saved</source>
        <translation>impossibile scrivere il file di blocco {path}: {reason}; non è stato salvato nulla</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <source>it is cut short: the header is incomplete</source>
        <translation>è troncato: l'intestazione è incompleta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <source>it is cut short: {actual} bytes of the {expected} it should have</source>
        <translation>è troncato: {actual} byte dei {expected} previsti</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <source>its folder cannot be written to, or the file cannot be read</source>
        <translation>non è possibile scrivere nella sua cartella, oppure il file non è leggibile</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/modes.py"/>
        <source>local</source>
        <comment>storage mode</comment>
        <translation>locale</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/modes.py"/>
        <source>shared</source>
        <comment>storage mode</comment>
        <translation>condiviso</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <location filename="../../src/crm_desktop/storage/locking.py"/>
        <source>the disk is full</source>
        <translation>il disco è pieno</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <source>the drive could not be read or written (was it disconnected?)</source>
        <translation>impossibile leggere o scrivere sull'unità (è stata scollegata?)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <source>the file is damaged; restore a backup (`crm backups list` shows them, `crm restore FILE` brings one back)</source>
        <translation>il file è danneggiato; ripristina un backup (`crm backups list` li elenca, `crm restore FILE` ne ripristina uno)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <source>the file or its folder is read-only</source>
        <translation>il file o la sua cartella sono di sola lettura</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/modes.py"/>
        <source>unknown storage mode {mode}: use local, shared or auto</source>
        <translation>modalità di archiviazione sconosciuta {mode}: usa local, shared o auto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <source>{path} does not exist</source>
        <translation>{path} non esiste</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <source>{path} is a device or pipe, not a crm-desktop file</source>
        <translation>{path} è un dispositivo o una pipe, non un file di crm-desktop</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <source>{path} is a folder, not a crm-desktop file</source>
        <translation>{path} è una cartella, non un file di crm-desktop</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <source>{path} is an SQLite database of another program, not a crm-desktop file; it was not changed</source>
        <translation>{path} è un database SQLite di un altro programma, non un file di crm-desktop; non è stato modificato</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <source>{path} is damaged or not a database: {reason}</source>
        <translation>{path} è danneggiato o non è un database: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <source>{path} is not a crm-desktop file (it is not an SQLite database)</source>
        <translation>{path} non è un file di crm-desktop (non è un database SQLite)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <source>{path} is read-only and was made by an older crm-desktop: it must be upgraded before this version can open it; open it once where it can be written</source>
        <translation>{path} è di sola lettura ed è stato creato da una versione precedente di crm-desktop: va aggiornato prima che questa versione possa aprirlo; aprilo una volta dove è possibile scriverci</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/unit_of_work.py"/>
        <source>{path} is read-only: changes cannot be saved (open a copy you can write to, or ask for write access to the file)</source>
        <translation>{path} è di sola lettura: impossibile salvare le modifiche (apri una copia in cui puoi scrivere o chiedi l'accesso in scrittura al file)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/database.py"/>
        <source>{path}: cannot read: {reason}</source>
        <translation>{path}: impossibile leggere: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/unit_of_work.py"/>
        <source>{path}: cannot start writing: {reason}</source>
        <translation>{path}: impossibile avviare la scrittura: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/unit_of_work.py"/>
        <source>{path}: nothing was saved: {reason}</source>
        <translation>{path}: non è stato salvato nulla: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/locking.py"/>
        <source>{path}: the file is busy (in use by another task of this program); gave up after {seconds} s and nothing was saved</source>
        <translation>{path}: il file è occupato (in uso da un'altra operazione di questo programma); rinuncia dopo {seconds} s, non è stato salvato nulla</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/storage/locking.py"/>
        <source>{path}: the file is busy (in use by {name}); gave up after {seconds} s and nothing was saved</source>
        <translation>{path}: il file è occupato (in uso da {name}); rinuncia dopo {seconds} s, non è stato salvato nulla</translation>
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
        <translation>Chiuso</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/labels.py"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <location filename="../../src/crm_desktop/ui/tickets/labels.py"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/labels.py"/>
        <source>In person</source>
        <translation>Di persona</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <location filename="../../src/crm_desktop/ui/tickets/labels.py"/>
        <source>Low</source>
        <translation>Bassa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <location filename="../../src/crm_desktop/ui/tickets/labels.py"/>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <location filename="../../src/crm_desktop/ui/tickets/labels.py"/>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <location filename="../../src/crm_desktop/ui/tickets/labels.py"/>
        <source>Open</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <location filename="../../src/crm_desktop/ui/tickets/labels.py"/>
        <source>Pending</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/labels.py"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <location filename="../../src/crm_desktop/ui/tickets/labels.py"/>
        <source>Resolved</source>
        <translation>Risolto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <location filename="../../src/crm_desktop/ui/tickets/labels.py"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/tickets/labels.py"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Call</source>
        <translation>Chiamata</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Meeting</source>
        <translation>Riunione</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/reports/labels.py"/>
        <location filename="../../src/crm_desktop/ui/widgets/timeline.py"/>
        <source>Task</source>
        <translation>Attività</translation>
    </message>
</context>
<context>
    <name>trash</name>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>&amp;Purge</source>
        <translation>&amp;Elimina definitivamente</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Activity</source>
        <translation>Interazione</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Custom field</source>
        <translation>Campo personalizzato</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Deal</source>
        <translation>Trattativa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Delete {what} for good? This cannot be undone from the trash.</source>
        <translation>Eliminare definitivamente {what}? Questa operazione non può essere annullata dal cestino.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>History keeps what they held; a backup can bring them back.</source>
        <translation>Lo storico conserva il loro contenuto; un backup può recuperarli.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Purge for good</source>
        <translation>Elimina definitivamente</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/trash/view.py"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/trash.py"/>
        <source>{kind} {id}: {reason}</source>
        <translation>{kind} {id}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/trash.py"/>
        <source>{other} {other_id} cannot be without {kind} {id}; purge or change that {other} first</source>
        <translation>{other} {other_id} non può esistere senza {kind} {id}; elimina definitivamente o modifica prima quel record ({other})</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/services/contacts.py"/>
        <source>%n more row has errors too</source>
        <translation>
            <numerusform>anche %n altra riga ha errori</numerusform>
            <numerusform>anche altre %n righe hanno errori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/services/contacts.py"/>
        <source>%n more rows have errors too</source>
        <translation>
            <numerusform>anche %n altra riga ha errori</numerusform>
            <numerusform>anche altre %n righe hanno errori</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/orders.py"/>
        <source>SKU {sku} is used already by {product}</source>
        <translation>lo SKU {sku} è già usato da {product}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/orders.py"/>
        <source>SKU {sku} is used already by {product} (in the trash)</source>
        <translation>lo SKU {sku} è già usato da {product} (nel cestino)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/orders.py"/>
        <source>a SKU (article code) is required</source>
        <translation>lo SKU (codice articolo) è obbligatorio</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/companies.py"/>
        <source>a VAT number holds 2 to 20 letters and digits, e.g. IT01234567890</source>
        <translation>la partita IVA contiene da 2 a 20 lettere e cifre, es. IT01234567890</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/custom_fields.py"/>
        <source>a choice field needs at least one choice</source>
        <translation>un campo a scelta richiede almeno un'opzione</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/companies.py"/>
        <source>a company name is required</source>
        <translation>il nome dell'azienda è obbligatorio</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/deal_validation.py"/>
        <source>a deal value cannot be negative</source>
        <translation>il valore di una trattativa non può essere negativo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/custom_fields.py"/>
        <source>a label is required</source>
        <translation>l'etichetta è obbligatoria</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/orders.py"/>
        <source>a line needs a product or a description</source>
        <translation>una riga richiede un prodotto o una descrizione</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/orders.py"/>
        <source>a line without a product needs a price</source>
        <translation>una riga senza prodotto richiede un prezzo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/users.py"/>
        <source>a login name is required</source>
        <translation>il nome di accesso è obbligatorio</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/deals.py"/>
        <source>a lost deal needs a reason</source>
        <translation>una trattativa persa richiede un motivo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/activities.py"/>
        <source>a meeting needs a date and time</source>
        <translation>una riunione richiede data e ora</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/orders.py"/>
        <location filename="../../src/crm_desktop/services/pipeline.py"/>
        <location filename="../../src/crm_desktop/services/users.py"/>
        <source>a name is required</source>
        <translation>il nome è obbligatorio</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/pipeline.py"/>
        <source>a pipeline can have at most one lost stage</source>
        <translation>una pipeline può avere al massimo una fase di perdita</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/pipeline.py"/>
        <source>a pipeline needs at least one open stage for new deals</source>
        <translation>una pipeline richiede almeno una fase aperta per le nuove trattative</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/pipeline.py"/>
        <source>a pipeline needs exactly one won stage</source>
        <translation>una pipeline richiede esattamente una fase di vittoria</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/tickets.py"/>
        <source>a subject is required</source>
        <translation>l'oggetto è obbligatorio</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/tags.py"/>
        <source>a tag name is required</source>
        <translation>il nome del tag è obbligatorio</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/tags.py"/>
        <source>a tag named {name} already exists</source>
        <translation>esiste già un tag chiamato {name}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/deal_validation.py"/>
        <source>a title is required</source>
        <translation>il titolo è obbligatorio</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/custom_fields.py"/>
        <source>a {kind} field named {key} exists already</source>
        <translation>esiste già un campo di {kind} chiamato {key}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/money.py"/>
        <source>an amount is required</source>
        <translation>l'importo è obbligatorio</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/deals.py"/>
        <source>an order can be recorded only when the deal is won</source>
        <translation>un ordine si può registrare solo quando la trattativa è vinta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/orders.py"/>
        <source>an order needs a contact or a company</source>
        <translation>un ordine richiede un contatto o un'azienda</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/orders.py"/>
        <source>an order needs at least one line</source>
        <translation>un ordine richiede almeno una riga</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/orders.py"/>
        <source>cannot be changed</source>
        <translation>non può essere modificato</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/activities.py"/>
        <location filename="../../src/crm_desktop/services/tickets.py"/>
        <source>cannot be changed here</source>
        <translation>non può essere modificato qui</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/tags.py"/>
        <source>cannot contain a comma</source>
        <translation>non può contenere virgole</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/contact_checks.py"/>
        <source>give a first name, a last name or an e-mail address</source>
        <translation>indica un nome, un cognome o un indirizzo e-mail</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/activities.py"/>
        <source>give a subject or some text</source>
        <translation>indica un oggetto o un testo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/services/pipeline.py"/>
        <source>give each of the %n stages of {pipeline} exactly once</source>
        <translation>
            <numerusform>la pipeline {pipeline} ha %n fase: indicala esattamente una volta</numerusform>
            <numerusform>la pipeline {pipeline} ha %n fasi: indicale tutte esattamente una volta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/services/pipeline.py"/>
        <source>give the %n stage of {pipeline} exactly once</source>
        <translation>
            <numerusform>indica l'unica fase (%n) di {pipeline} esattamente una volta</numerusform>
            <numerusform>indica ciascuna delle %n fasi di {pipeline} esattamente una volta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/deal_validation.py"/>
        <source>give the value either as text or in minor units, not both</source>
        <translation>indica il valore come testo o in unità minori (es. centesimi), non in entrambi i modi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/deals.py"/>
        <source>is changed by moving the deal to another stage</source>
        <translation>si cambia spostando la trattativa in un'altra fase</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/deals.py"/>
        <source>is not a field of a deal that can be changed</source>
        <translation>non è un campo modificabile di una trattativa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/contact_validation.py"/>
        <source>is not a field of a {kind}</source>
        <translation>non è un campo di {kind}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/settings.py"/>
        <source>is not a setting</source>
        <translation>non è un'impostazione</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/activities.py"/>
        <source>link it to a contact, company, deal or ticket</source>
        <translation>collegala a un contatto, un'azienda, una trattativa o un ticket</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/trash.py"/>
        <source>must be 0 or more</source>
        <translation>deve essere 0 o più</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/tags.py"/>
        <source>must be a colour like #1e90ff, or empty</source>
        <translation>deve essere un colore come #1e90ff, oppure vuoto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/activities.py"/>
        <source>must be a date and time like 2024-05-01T09:30:00Z</source>
        <translation>deve essere una data e ora come 2024-05-01T09:30:00Z</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/contact_validation.py"/>
        <source>must be a date and time such as 2024-05-01T09:30:00Z</source>
        <translation>deve essere una data e ora come 2024-05-01T09:30:00Z</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/contact_validation.py"/>
        <source>must be a date as YYYY-MM-DD</source>
        <translation>deve essere una data nel formato AAAA-MM-GG</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/contact_validation.py"/>
        <source>must be a list of e-mail addresses</source>
        <translation>deve essere un elenco di indirizzi e-mail</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/contact_validation.py"/>
        <source>must be a list of phone numbers</source>
        <translation>deve essere un elenco di numeri di telefono</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/orders.py"/>
        <source>must be a whole number above 0</source>
        <translation>deve essere un numero intero maggiore di 0</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/settings.py"/>
        <source>must be a whole number of days from 1 to 3650</source>
        <translation>deve essere un numero intero di giorni da 1 a 3650</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/deal_validation.py"/>
        <source>must be a whole number of minor units</source>
        <translation>deve essere un numero intero di unità minori (es. centesimi)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/orders.py"/>
        <source>must be a whole number of minor units, 0 or more</source>
        <translation>deve essere un numero intero di unità minori (es. centesimi), 0 o più</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/pipeline.py"/>
        <source>must be a whole percentage from 0 to 100</source>
        <translation>deve essere una percentuale intera da 0 a 100</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/deal_validation.py"/>
        <source>must be a whole percentage from 0 to 100, or empty</source>
        <translation>deve essere una percentuale intera da 0 a 100, oppure vuoto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/domain/tags.py"/>
        <source>must be at most %n characters</source>
        <translation>
            <numerusform>deve avere al massimo %n carattere</numerusform>
            <numerusform>deve avere al massimo %n caratteri</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/pipeline.py"/>
        <source>must be from 0 to {last}</source>
        <translation>deve essere compreso tra 0 e {last}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <location filename="../../src/crm_desktop/services/contact_validation.py"/>
        <location filename="../../src/crm_desktop/services/customer_figures.py"/>
        <source>must be one of {choices}</source>
        <translation>deve essere uno dei seguenti: {choices}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/sorting.py"/>
        <source>must be one of {keys}, with - in front for descending</source>
        <translation>deve essere uno dei seguenti: {keys}, con - davanti per l'ordine decrescente</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/activity_lists.py"/>
        <source>must be open or done</source>
        <translation>deve essere open o done</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/contact_validation.py"/>
        <source>must be text</source>
        <translation>deve essere un testo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/contact_validation.py"/>
        <source>must be text, or a (label, value) pair</source>
        <translation>deve essere un testo o una coppia (etichetta, valore)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/contact_validation.py"/>
        <source>must be the id of a company</source>
        <translation>deve essere l'id di un'azienda</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/contact_validation.py"/>
        <source>must be the id of a user</source>
        <translation>deve essere l'id di un utente</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/contact_validation.py"/>
        <source>must be yes or no</source>
        <translation>deve essere sì o no</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/settings.py"/>
        <source>must give a positive whole number of hours per priority</source>
        <translation>deve indicare per ogni priorità un numero intero positivo di ore</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/activities.py"/>
        <source>must include a time zone (Z for UTC)</source>
        <translation>deve includere un fuso orario (Z per UTC)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/contact_validation.py"/>
        <source>must map custom field names to values</source>
        <translation>deve associare i nomi dei campi personalizzati ai valori</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/contact_validation.py"/>
        <source>must say its time zone, e.g. end in Z for UTC</source>
        <translation>deve indicare il fuso orario, es. terminare con Z per UTC</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/custom_fields.py"/>
        <source>must start with a letter and hold only a-z, 0-9 and _ (40 at most)</source>
        <translation>deve iniziare con una lettera e contenere solo a-z, 0-9 e _ (massimo 40)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/activities.py"/>
        <location filename="../../src/crm_desktop/services/tickets.py"/>
        <source>no such company (it may have been deleted)</source>
        <translation>azienda inesistente (potrebbe essere stata eliminata)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/activities.py"/>
        <location filename="../../src/crm_desktop/services/tickets.py"/>
        <source>no such contact (it may have been deleted)</source>
        <translation>contatto inesistente (potrebbe essere stato eliminato)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/activities.py"/>
        <source>no such deal (it may have been deleted)</source>
        <translation>trattativa inesistente (potrebbe essere stata eliminata)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/activities.py"/>
        <source>no such ticket (it may have been deleted)</source>
        <translation>ticket inesistente (potrebbe essere stato eliminato)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/activities.py"/>
        <location filename="../../src/crm_desktop/services/bulk_actions.py"/>
        <location filename="../../src/crm_desktop/services/tickets.py"/>
        <source>no such user</source>
        <translation>utente inesistente</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/deals.py"/>
        <source>only a move to the lost stage takes a reason, not {stage}</source>
        <translation>solo lo spostamento nella fase di perdita richiede un motivo, non {stage}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/activities.py"/>
        <source>only tasks and meetings have a due time</source>
        <translation>solo attività e riunioni hanno una scadenza</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/activities.py"/>
        <source>only tasks can be marked done</source>
        <translation>solo le attività possono essere segnate come completate</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/activities.py"/>
        <source>only tasks can be reopened</source>
        <translation>solo le attività possono essere riaperte</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/pipeline.py"/>
        <source>pipeline {pipeline} has a lost stage already</source>
        <translation>la pipeline {pipeline} ha già una fase di perdita</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/pipeline.py"/>
        <source>pipeline {pipeline} has a won stage already</source>
        <translation>la pipeline {pipeline} ha già una fase di vittoria</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/pipeline.py"/>
        <source>pipeline {pipeline} has no stage {stage}; its stages are {names}</source>
        <translation>la pipeline {pipeline} non ha la fase {stage}; le sue fasi sono {names}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/ticket_thread.py"/>
        <source>say who wrote the message</source>
        <translation>indica chi ha scritto il messaggio</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/deals.py"/>
        <source>say why the deal was lost</source>
        <translation>indica perché la trattativa è stata persa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/services/company_lists.py"/>
        <source>search for at most {limit} characters</source>
        <translation>
            <numerusform>usa al massimo {limit} carattere nella ricerca</numerusform>
            <numerusform>usa al massimo {limit} caratteri nella ricerca</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/deals.py"/>
        <source>stage {stage} belongs to pipeline {other}, not to this deal's pipeline {pipeline}</source>
        <translation>la fase {stage} appartiene alla pipeline {other}, non alla pipeline {pipeline} di questa trattativa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/deals.py"/>
        <source>stage {stage} is not in pipeline {pipeline}</source>
        <translation>la fase {stage} non è nella pipeline {pipeline}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/deals.py"/>
        <source>the deal is in stage {stage} already</source>
        <translation>la trattativa è già nella fase {stage}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/ticket_thread.py"/>
        <source>the message is empty</source>
        <translation>il messaggio è vuoto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/pipeline.py"/>
        <source>the name {name} is in use already</source>
        <translation>il nome {name} è già in uso</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/activities.py"/>
        <source>the task is already done</source>
        <translation>l'attività è già completata</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/activities.py"/>
        <source>the task is not done</source>
        <translation>l'attività non è completata</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <location filename="../../src/crm_desktop/services/contact_validation.py"/>
        <source>there is no company with id {id}</source>
        <translation>non esiste un'azienda con id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>there is no contact with id {id}</source>
        <translation>non esiste un contatto con id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>there is no deal with id {id}</source>
        <translation>non esiste una trattativa con id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>there is no pipeline with id {id}</source>
        <translation>non esiste una pipeline con id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>there is no product with id {id}</source>
        <translation>non esiste un prodotto con id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>there is no stage with id {id}</source>
        <translation>non esiste una fase con id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <location filename="../../src/crm_desktop/services/contact_validation.py"/>
        <source>there is no user with id {id}</source>
        <translation>non esiste un utente con id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/custom_fields.py"/>
        <source>there is no {kind} field named {key}</source>
        <translation>non esiste un campo di {kind} chiamato {key}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/errors.py"/>
        <source>there is no {kind} with id {id}</source>
        <translation>non esiste un record di tipo {kind} con id {id}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/money.py"/>
        <source>unknown currency code {code}</source>
        <translation>codice valuta sconosciuto {code}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/history.py"/>
        <location filename="../../src/crm_desktop/services/trash.py"/>
        <source>unknown kind {kind} (one of {known})</source>
        <translation>tipo sconosciuto {kind} (uno dei seguenti: {known})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/contact_validation.py"/>
        <source>{address} is listed twice</source>
        <translation>{address} è presente due volte</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contact_points.py"/>
        <source>{address} is not a valid e-mail address: a dot is out of place (at the start or end, or two in a row)</source>
        <translation>{address} non è un indirizzo e-mail valido: un punto è fuori posto (all'inizio o alla fine, oppure due di seguito)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contact_points.py"/>
        <source>{address} is not a valid e-mail address: a hyphen is out of place</source>
        <translation>{address} non è un indirizzo e-mail valido: un trattino è fuori posto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contact_points.py"/>
        <source>{address} is not a valid e-mail address: it contains characters an e-mail address cannot hold</source>
        <translation>{address} non è un indirizzo e-mail valido: contiene caratteri che un indirizzo e-mail non può avere</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contact_points.py"/>
        <source>{address} is not a valid e-mail address: it has no @ sign</source>
        <translation>{address} non è un indirizzo e-mail valido: manca il simbolo @</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contact_points.py"/>
        <source>{address} is not a valid e-mail address: it is too long</source>
        <translation>{address} non è un indirizzo e-mail valido: è troppo lungo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contact_points.py"/>
        <source>{address} is not a valid e-mail address: the part after the @ sign is a reserved name that cannot receive e-mail</source>
        <translation>{address} non è un indirizzo e-mail valido: la parte dopo la @ è un nome riservato che non può ricevere e-mail</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contact_points.py"/>
        <source>{address} is not a valid e-mail address: the part after the @ sign is not a domain such as example.com</source>
        <translation>{address} non è un indirizzo e-mail valido: la parte dopo la @ non è un dominio come example.com</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contact_points.py"/>
        <source>{address} is not a valid e-mail address: there is nothing after the @ sign</source>
        <translation>{address} non è un indirizzo e-mail valido: non c'è nulla dopo la @</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contact_points.py"/>
        <source>{address} is not a valid e-mail address: there is nothing before the @ sign</source>
        <translation>{address} non è un indirizzo e-mail valido: non c'è nulla prima della @</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contact_points.py"/>
        <source>{address} is not a valid e-mail address: write it as name@example.com</source>
        <translation>{address} non è un indirizzo e-mail valido: scrivilo come nome@example.com</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/companies.py"/>
        <source>{address} is not a web address such as www.example.com</source>
        <translation>{address} non è un indirizzo web come www.example.com</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/money.py"/>
        <source>{amount} has decimals, but {currency} amounts are whole numbers</source>
        <translation>{amount} ha dei decimali, ma gli importi in {currency} sono numeri interi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/domain/money.py"/>
        <source>{amount} has more than %n decimal for {currency}</source>
        <translation>
            <numerusform>{amount} ha più di %n decimale per {currency}</numerusform>
            <numerusform>{amount} ha più di %n decimali per {currency}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/domain/money.py"/>
        <source>{amount} has more than %n decimals for {currency}</source>
        <translation>
            <numerusform>{amount} ha più di %n decimale per {currency}</numerusform>
            <numerusform>{amount} ha più di %n decimali per {currency}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/money.py"/>
        <source>{amount} is not an amount</source>
        <translation>{amount} non è un importo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/money.py"/>
        <source>{amount} is not an amount in {currency}</source>
        <translation>{amount} non è un importo in {currency}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/settings.py"/>
        <source>{code} is not a country code such as IT, SE or US</source>
        <translation>{code} non è un codice paese come IT, SE o US</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/contact_validation.py"/>
        <source>{code} is not a two-letter country code such as IT, SE or US</source>
        <translation>{code} non è un codice paese di due lettere come IT, SE o US</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/money.py"/>
        <source>{code} is not an ISO-4217 currency code such as EUR</source>
        <translation>{code} non è un codice valuta ISO-4217 come EUR</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/contact_validation.py"/>
        <source>{date} is in the future</source>
        <translation>{date} è nel futuro</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/orders.py"/>
        <source>{date} is not a date as YYYY-MM-DD</source>
        <translation>{date} non è una data nel formato AAAA-MM-GG</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/contact_validation.py"/>
        <source>{date} is not a date of the calendar</source>
        <translation>{date} non è una data esistente</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/custom_fields.py"/>
        <source>{field} is required</source>
        <translation>{field} è obbligatorio</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/custom_fields.py"/>
        <source>{field} must be a date as YYYY-MM-DD</source>
        <translation>{field} deve essere una data nel formato AAAA-MM-GG</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/custom_fields.py"/>
        <source>{field} must be a number</source>
        <translation>{field} deve essere un numero</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/custom_fields.py"/>
        <source>{field} must be a number, not {value}</source>
        <translation>{field} deve essere un numero, non {value}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/custom_fields.py"/>
        <source>{field} must be one of: {choices}</source>
        <translation>{field} deve essere uno dei seguenti: {choices}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/custom_fields.py"/>
        <source>{field} must be yes or no</source>
        <translation>{field} deve essere sì o no</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contact_points.py"/>
        <source>{number} is not a phone number</source>
        <translation>{number} non è un numero di telefono</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contact_points.py"/>
        <source>{number} is not a possible phone number for region {region}</source>
        <translation>{number} non è un numero di telefono possibile per la regione {region}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contact_points.py"/>
        <source>{number} is not a valid phone number</source>
        <translation>{number} non è un numero di telefono valido</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contact_points.py"/>
        <source>{number} is not a valid phone number for {region}</source>
        <translation>{number} non è un numero di telefono valido per {region}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contact_points.py"/>
        <source>{number} is not a valid phone number for {region}; write it with its country code</source>
        <translation>{number} non è un numero di telefono valido per {region}; scrivilo con il prefisso internazionale</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/domain/contact_points.py"/>
        <source>{number} is not a valid phone number for {region}; write it with its country code, e.g. {example}</source>
        <translation>{number} non è un numero di telefono valido per {region}; scrivilo con il prefisso internazionale, es. {example}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/orders.py"/>
        <source>{product} is priced in {product_currency} but the order is in {currency}; all lines of an order must be in one currency</source>
        <translation>{product} ha il prezzo in {product_currency} ma l'ordine è in {currency}; tutte le righe di un ordine devono essere nella stessa valuta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/activity_lists.py"/>
        <source>{value} is not one of {choices}</source>
        <translation>{value} non è uno dei seguenti: {choices}</translation>
    </message>
</context>
<context>
    <name>view fields</name>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Assignee</source>
        <translation>Assegnatario</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Birthday</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Closed</source>
        <translation>Data di chiusura</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Closed</source>
        <comment>ticket status</comment>
        <translation>Chiuso</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Created</source>
        <translation>Data di creazione</translation>
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
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>E-mail</source>
        <comment>ticket channel</comment>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Expected close</source>
        <translation>Chiusura prevista</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Former customer</source>
        <comment>lifecycle</comment>
        <translation>Ex cliente</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>High</source>
        <comment>ticket priority</comment>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>In person</source>
        <comment>ticket channel</comment>
        <translation>Di persona</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Industry</source>
        <translation>Settore</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Job title</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Last changed</source>
        <translation>Ultima modifica</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Last name</source>
        <translation>Cognome</translation>
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
        <translation>Origine lead</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Lifecycle stage</source>
        <translation>Fase del ciclo di vita</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Lost</source>
        <comment>deal status</comment>
        <translation>Persa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Lost reason</source>
        <translation>Motivo della perdita</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Low</source>
        <comment>ticket priority</comment>
        <translation>Bassa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Marketing consent</source>
        <translation>Consenso marketing</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>New</source>
        <comment>ticket status</comment>
        <translation>Nuovo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Normal</source>
        <comment>ticket priority</comment>
        <translation>Normale</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Number of contacts</source>
        <translation>Numero di contatti</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Open</source>
        <comment>deal status</comment>
        <translation>Aperta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Open</source>
        <comment>ticket status</comment>
        <translation>Aperto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Pending</source>
        <comment>ticket status</comment>
        <translation>In attesa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Phone</source>
        <comment>ticket channel</comment>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Postcode</source>
        <translation>CAP</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Probability %</source>
        <translation>Probabilità %</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Prospect</source>
        <comment>lifecycle</comment>
        <translation>Potenziale cliente</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Resolved</source>
        <translation>Data di risoluzione</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Resolved</source>
        <comment>ticket status</comment>
        <translation>Risolto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>SLA due</source>
        <translation>Scadenza SLA</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Urgent</source>
        <comment>ticket priority</comment>
        <translation>Urgente</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>VAT id</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Web</source>
        <comment>ticket channel</comment>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/services/view_fields.py"/>
        <source>Won</source>
        <comment>deal status</comment>
        <translation>Vinta</translation>
    </message>
</context>
</TS>
