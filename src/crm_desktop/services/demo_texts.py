"""Words for demo data in each supported language, so a demo looks local."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DemoTexts:
    region: str
    currency: str
    company_name: str
    industries: tuple[str, ...]
    # (name, sku, price in minor units); grouped so that baskets repeat and
    # upsell analysis has patterns to find.
    products: tuple[tuple[str, str, int], ...]
    bundles: tuple[tuple[int, ...], ...]  # indexes into products
    lead_sources: tuple[str, ...]
    lost_reasons: tuple[str, ...]
    deal_words: tuple[str, ...]
    # (subject, the customer's opening message): a ticket reads as one story.
    tickets: tuple[tuple[str, str], ...]
    ticket_replies: tuple[str, ...]
    call_subjects: tuple[str, ...]
    meeting_subjects: tuple[str, ...]
    task_subjects: tuple[str, ...]
    note_bodies: tuple[str, ...]
    tags: tuple[str, ...]
    # How marketing consent was given, as someone in the office would type it.
    consent_methods: tuple[str, str, str]
    # Free-mail domains people use there (five, so every locale draws alike).
    email_domains: tuple[str, str, str, str, str]
    # Job titles in the language; empty: Faker's own (English) titles are right.
    job_titles: tuple[str, ...] = ()


_BUNDLES = ((0, 1), (0, 1, 2), (3, 4), (3, 4, 5), (6, 7), (8, 9), (10, 11), (2, 5, 8))

TEXTS: dict[str, DemoTexts] = {
    "it_IT": DemoTexts(
        region="IT",
        currency="EUR",
        company_name="Demo Forniture Srl",
        industries=(
            "Manifattura",
            "Commercio",
            "Edilizia",
            "Ristorazione",
            "Software",
            "Logistica",
            "Turismo",
        ),
        products=(
            ("Licenza gestionale base", "GES-BASE", 49000),
            ("Modulo fatturazione elettronica", "GES-FE", 19000),
            ("Assistenza annuale", "ASS-ANN", 36000),
            ("Stampante multifunzione", "HW-MFP", 89000),
            ("Toner nero (4 pz)", "HW-TON4", 15900),
            ("Contratto manutenzione stampanti", "ASS-MFP", 24000),
            ("Corso di formazione (1 giorno)", "FOR-1G", 65000),
            ("Manuale operativo stampato", "FOR-MAN", 4500),
            ("Consulenza oraria", "CON-ORA", 9000),
            ("Pacchetto 10 ore consulenza", "CON-10H", 80000),
            ("Server NAS 4 TB", "HW-NAS4", 62000),
            ("Backup in cloud (annuale)", "SRV-BKP", 18000),
        ),
        bundles=_BUNDLES,
        lead_sources=("Sito web", "Passaparola", "Fiera", "LinkedIn", "Telefonata", "Newsletter"),
        lost_reasons=(
            "Prezzo troppo alto",
            "Scelto un concorrente",
            "Nessun budget",
            "Progetto rinviato",
            "Nessuna risposta",
        ),
        deal_words=("Rinnovo", "Fornitura", "Progetto", "Ampliamento", "Migrazione", "Offerta"),
        tickets=(
            (
                "La stampante non si accende",
                "Da stamattina la stampante dell'ufficio non si accende più, "
                "neanche la spia. Abbiamo già provato a cambiare presa.",
            ),
            (
                "Fattura elettronica scartata dallo SdI",
                "Lo SdI ha scartato la fattura di ieri con l'errore 00305. "
                "Potete controllare il codice destinatario?",
            ),
            (
                "Richiesta copia fattura",
                "Il nostro commercialista ci chiede una copia dell'ultima fattura. "
                "Potete inviarcela via e-mail?",
            ),
            (
                "Errore all'avvio del gestionale",
                "Quando apro il gestionale compare un errore di connessione al database "
                "e il programma si chiude.",
            ),
            (
                "Password dimenticata",
                "Non ricordo più la password per accedere al gestionale. Come posso reimpostarla?",
            ),
            (
                "Consegna in ritardo",
                "Il materiale ordinato due settimane fa non è ancora arrivato. "
                "Sapete dirci quando verrà consegnato?",
            ),
            (
                "Toner difettoso",
                "Il toner nuovo lascia righe nere su tutte le pagine stampate.",
            ),
            (
                "Domanda sul contratto di assistenza",
                "Il contratto di assistenza copre anche gli interventi del sabato? "
                "Vorremmo capire cosa è incluso.",
            ),
        ),
        ticket_replies=(
            "Grazie per la segnalazione, stiamo verificando.",
            "Può inviarci una foto dell'errore?",
            "Abbiamo inviato un tecnico, passerà domani mattina.",
            "Il problema è risolto, ci faccia sapere se si ripresenta.",
        ),
        call_subjects=(
            "Chiamata di presentazione",
            "Follow-up offerta",
            "Verifica soddisfazione",
            "Richiamata",
        ),
        meeting_subjects=(
            "Demo del prodotto",
            "Incontro in sede",
            "Revisione contratto",
            "Pranzo di lavoro",
        ),
        task_subjects=(
            "Inviare preventivo",
            "Richiamare il cliente",
            "Preparare la demo",
            "Sollecitare il pagamento",
            "Aggiornare il contratto",
        ),
        note_bodies=(
            "Interessato al modulo di fatturazione elettronica.",
            "Budget approvato per il prossimo trimestre.",
            "Preferisce essere contattato al mattino.",
            "Ha chiesto referenze di altri clienti del settore.",
        ),
        tags=("vip", "newsletter", "partner", "fiera 2025", "da richiamare"),
        consent_methods=("modulo sul sito", "di persona", "e-mail"),
        email_domains=("gmail.com", "libero.it", "outlook.it", "virgilio.it", "tiscali.it"),
        job_titles=(
            "Titolare",
            "Amministratore delegato",
            "Responsabile acquisti",
            "Responsabile amministrativo",
            "Contabile",
            "Impiegata amministrativa",
            "Impiegato commerciale",
            "Direttore commerciale",
            "Responsabile IT",
            "Tecnico informatico",
            "Segretaria di direzione",
            "Responsabile di produzione",
            "Magazziniere",
            "Responsabile logistica",
            "Addetta alle vendite",
            "Responsabile marketing",
            "Office manager",
            "Geometra",
            "Capocantiere",
            "Responsabile qualità",
            "Consulente del lavoro",
            "Receptionist",
        ),
    ),
    "sv_SE": DemoTexts(
        region="SE",
        currency="SEK",
        company_name="Demo Kontorsvaror AB",
        industries=(
            "Tillverkning",
            "Handel",
            "Bygg",
            "Restaurang",
            "Mjukvara",
            "Logistik",
            "Turism",
        ),
        products=(
            ("Affärssystem grundlicens", "AFF-BAS", 520000),
            ("E-fakturamodul", "AFF-EF", 190000),
            ("Årssupport", "SUP-AR", 360000),
            ("Multifunktionsskrivare", "HW-MFP", 890000),
            ("Svart toner (4 st)", "HW-TON4", 159000),
            ("Serviceavtal skrivare", "SUP-MFP", 240000),
            ("Utbildning (1 dag)", "UTB-1D", 650000),
            ("Tryckt handbok", "UTB-HB", 45000),
            ("Konsulttimme", "KON-TIM", 95000),
            ("Konsultpaket 10 timmar", "KON-10T", 850000),
            ("NAS-server 4 TB", "HW-NAS4", 620000),
            ("Molnbackup (år)", "TJ-BKP", 180000),
        ),
        bundles=_BUNDLES,
        lead_sources=("Webbplats", "Rekommendation", "Mässa", "LinkedIn", "Telefon", "Nyhetsbrev"),
        lost_reasons=(
            "För dyrt",
            "Valde en konkurrent",
            "Ingen budget",
            "Projektet skjuts upp",
            "Inget svar",
        ),
        deal_words=("Förnyelse", "Leverans", "Projekt", "Utökning", "Migrering", "Offert"),
        tickets=(
            (
                "Skrivaren startar inte",
                "Sedan i morse går skrivaren på kontoret inte att starta, "
                "inte ens lampan tänds. Vi har redan bytt uttag.",
            ),
            (
                "E-faktura avvisad",
                "Gårdagens e-faktura kom tillbaka som avvisad. "
                "Kan ni kontrollera mottagarens adress?",
            ),
            (
                "Begäran om fakturakopia",
                "Vår redovisningsbyrå behöver en kopia av den senaste fakturan. "
                "Kan ni mejla den till oss?",
            ),
            (
                "Fel vid start av affärssystemet",
                "När jag öppnar affärssystemet visas ett fel om databasanslutningen "
                "och programmet stängs.",
            ),
            (
                "Glömt lösenord",
                "Jag har glömt mitt lösenord till affärssystemet. Hur återställer jag det?",
            ),
            (
                "Försenad leverans",
                "Varorna vi beställde för två veckor sedan har inte kommit än. "
                "När kan vi räkna med leverans?",
            ),
            (
                "Trasig toner",
                "Den nya tonern ger svarta ränder på alla utskrifter.",
            ),
            (
                "Fråga om serviceavtalet",
                "Gäller serviceavtalet även besök på lördagar? Vi vill veta vad som ingår.",
            ),
        ),
        ticket_replies=(
            "Tack för ärendet, vi undersöker saken.",
            "Kan du skicka en skärmbild av felet?",
            "En tekniker kommer förbi i morgon förmiddag.",
            "Problemet är löst, hör av dig om det återkommer.",
        ),
        call_subjects=(
            "Introduktionssamtal",
            "Uppföljning av offert",
            "Nöjdhetssamtal",
            "Återkoppling",
        ),
        meeting_subjects=("Produktdemo", "Möte på plats", "Avtalsgenomgång", "Lunchmöte"),
        task_subjects=(
            "Skicka offert",
            "Ring upp kunden",
            "Förbered demo",
            "Påminn om betalning",
            "Uppdatera avtalet",
        ),
        note_bodies=(
            "Intresserad av e-fakturamodulen.",
            "Budget godkänd för nästa kvartal.",
            "Vill helst bli kontaktad på förmiddagen.",
            "Bad om referenser från andra kunder i branschen.",
        ),
        tags=("vip", "nyhetsbrev", "partner", "mässa 2025", "ring upp"),
        consent_methods=("webbformulär", "personligen", "e-post"),
        email_domains=("gmail.com", "telia.com", "hotmail.se", "outlook.com", "bredband.net"),
        job_titles=(
            "VD",
            "Ägare",
            "Inköpsansvarig",
            "Ekonomiansvarig",
            "Redovisningsekonom",
            "Administratör",
            "Säljare",
            "Försäljningschef",
            "IT-ansvarig",
            "IT-tekniker",
            "Kontorschef",
            "Produktionschef",
            "Lagerarbetare",
            "Logistikansvarig",
            "Marknadsansvarig",
            "Projektledare",
            "Kvalitetsansvarig",
            "Platschef",
            "Receptionist",
            "Butikschef",
            "Kundtjänstmedarbetare",
            "Löneadministratör",
        ),
    ),
    "en_US": DemoTexts(
        region="US",
        currency="USD",
        company_name="Demo Office Supply Inc.",
        industries=(
            "Manufacturing",
            "Retail",
            "Construction",
            "Hospitality",
            "Software",
            "Logistics",
            "Travel",
        ),
        products=(
            ("Business suite license", "BIZ-BASE", 49900),
            ("E-invoicing add-on", "BIZ-EINV", 19900),
            ("Annual support plan", "SUP-YR", 36000),
            ("Multifunction printer", "HW-MFP", 89900),
            ("Black toner (4 pack)", "HW-TON4", 15900),
            ("Printer maintenance contract", "SUP-MFP", 24000),
            ("Training day", "TRN-1D", 65000),
            ("Printed user manual", "TRN-MAN", 4500),
            ("Consulting hour", "CON-HR", 12000),
            ("Consulting pack (10 h)", "CON-10H", 110000),
            ("NAS server 4 TB", "HW-NAS4", 62000),
            ("Cloud backup (yearly)", "SRV-BKP", 18000),
        ),
        bundles=_BUNDLES,
        lead_sources=("Website", "Referral", "Trade show", "LinkedIn", "Cold call", "Newsletter"),
        lost_reasons=(
            "Too expensive",
            "Chose a competitor",
            "No budget",
            "Project postponed",
            "No response",
        ),
        deal_words=("Renewal", "Supply", "Project", "Expansion", "Migration", "Proposal"),
        tickets=(
            (
                "Printer does not power on",
                "Since this morning the office printer won't turn on, not even the light. "
                "We already tried another outlet.",
            ),
            (
                "E-invoice rejected",
                "Yesterday's e-invoice came back as rejected. "
                "Could you check the recipient address?",
            ),
            (
                "Copy of invoice requested",
                "Our accountant needs a copy of the latest invoice. Could you email it to us?",
            ),
            (
                "Error when starting the suite",
                "When I open the business suite it shows a database connection error "
                "and then closes.",
            ),
            (
                "Forgotten password",
                "I can't remember my password for the business suite. How do I reset it?",
            ),
            (
                "Late delivery",
                "The goods we ordered two weeks ago still haven't arrived. "
                "When can we expect them?",
            ),
            (
                "Faulty toner",
                "The new toner leaves black streaks on every printed page.",
            ),
            (
                "Question about the support plan",
                "Does the support plan also cover Saturday visits? "
                "We'd like to know what is included.",
            ),
        ),
        ticket_replies=(
            "Thanks for letting us know, we are looking into it.",
            "Could you send us a screenshot of the error?",
            "A technician will visit tomorrow morning.",
            "This is fixed now; tell us if it happens again.",
        ),
        call_subjects=("Intro call", "Proposal follow-up", "Satisfaction check", "Call back"),
        meeting_subjects=("Product demo", "On-site meeting", "Contract review", "Business lunch"),
        task_subjects=(
            "Send quote",
            "Call the customer back",
            "Prepare the demo",
            "Chase payment",
            "Update the contract",
        ),
        note_bodies=(
            "Interested in the e-invoicing add-on.",
            "Budget approved for next quarter.",
            "Prefers to be called in the morning.",
            "Asked for references from customers in the same industry.",
        ),
        tags=("vip", "newsletter", "partner", "trade show 2025", "call back"),
        consent_methods=("web form", "in person", "e-mail"),
        email_domains=("gmail.com", "outlook.com", "yahoo.com", "icloud.com", "aol.com"),
    ),
}
