//! Norwegian bokmål (helsenorge.no register: plain, calm, du-form).

use super::{ByAdvice, ByRule, BySign, ByUrgency, CategoryTexts, ServiceNames, StepHeadings, Texts, p, para};
use crate::country::Country;

fn services(country: Country) -> ServiceNames {
    match country {
        Country::No => ServiceNames { gp: "fastlegen din", ooh_name: "legevakten", ooh_note: "" },
        Country::Se => ServiceNames {
            gp: "vårdcentralen din (legekontor)",
            ooh_name: "den svenske helserådgivningen",
            ooh_note: "",
        },
        Country::Dk => ServiceNames {
            gp: "legen din (egen læge)",
            ooh_name: "lægevagten (legevakt)",
            ooh_note: "1813 er nummeret i Region Hovedstaden. De andre regionene har egne numre.",
        },
        Country::Gb => ServiceNames { gp: "fastlegen din (GP)", ooh_name: "NHS 111", ooh_note: "" },
    }
}

pub(super) const TEXTS: Texts = Texts {
    language_name: "Norsk bokmål",
    title: "Vondt i ryggen: hva bør jeg gjøre?",
    intro: "Svar på noen spørsmål om smertene i korsryggen. Du får vite om du bør kontakte lege, hvor snart, og hva du kan gjøre selv – og hvorfor.",
    disclaimer: "Verktøyet gir råd, men stiller ikke diagnose. Det er laget for personer som er 16 år eller eldre, og bygger på den norske nasjonale retningslinjen for korsryggsmerter og på råd fra NHS og NICE. Er du i tvil, eller blir du verre, bør du kontakte lege.",
    privacy: "Svarene dine blir bare på denne enheten. Ingenting blir sendt eller lagret.",
    emergency_lead: "Akutt syk eller skadet? Ikke bruk dette verktøyet:",
    call_number: "Ring {number}",
    start: "Start",
    step_of: "Steg {x} av {n}",
    next: "Neste",
    show_result: "Se resultatet",
    show_what_to_do_now: "Se hva du bør gjøre nå",
    back: "Tilbake",
    restart: "Start på nytt",
    change_answers: "Endre svarene mine",
    yes: "Ja",
    no: "Nei",
    please_answer: "Svar på dette spørsmålet.",
    step_headings: StepHeadings {
        bladder_or_bowel: "Vannlating og avføring",
        saddle_numbness: "Nummenhet",
        both_legs: "Begge beina",
        warning_signs: "Andre faresignaler",
        health_history: "Helsen din",
        the_pain: "Smertene",
        age: "Alder",
        duration: "Hvor lenge",
        trend: "Utviklingen",
        daily_life: "Hverdagen",
    },
    signs: BySign {
        bladder_or_bowel_problems: p(
            "Har du fått nye problemer med vannlatingen etter at ryggsmertene begynte, eller mistet kontrollen over urin eller avføring?",
            "For eksempel at du ikke får tisset, eller at det går urin eller avføring uten at du kjenner det.",
            "Problemer med vannlating eller kontroll over urin/avføring",
        ),
        saddle_numbness: p(
            "Tenk på tiden etter at ryggsmertene begynte. Har du fått ny nummenhet eller nedsatt følelse ved kjønnsorganene, endetarmsåpningen eller innsiden av lårene?",
            "Altså området som hviler mot setet når du sykler. For eksempel at du ikke kjenner toalettpapiret når du tørker deg.",
            "Ny nummenhet rundt kjønnsorganer, endetarmsåpning eller innside av lår",
        ),
        both_legs: p(
            "Har du fått ny nummenhet, prikking eller svakhet i begge beina etter at ryggsmertene begynte?",
            "Nummenhet som du hadde før ryggsmertene begynte, teller ikke her.",
            "Ny nummenhet, prikking eller svakhet i begge beina",
        ),
        leg_weakness: p(
            "Har du blitt svakere i lår, legg eller fot, og er det nytt eller blir det verre?",
            "For eksempel at foten subber mot bakken, eller at du ikke klarer å stå på tærne eller hælene.",
            "Ny eller økende svakhet i lår, legg eller fot",
        ),
        fever_or_unwell: p("Har du feber, eller føler du deg generelt syk?", "", "Feber eller generelt syk"),
        trauma: p(
            "Begynte smertene etter et kraftig fall eller en ulykke, for eksempel et fall fra høyde eller en trafikkulykke?",
            "Å skli eller dunke borti noe i hverdagen teller ikke her.",
            "Begynte etter kraftig fall eller ulykke",
        ),
        weight_loss: p("Har du gått ned i vekt den siste tiden uten å prøve på det?", "", "Ufrivillig vekttap"),
        cancer_history: p("Har du noen gang hatt kreft?", "", "Har hatt kreft"),
        constant_night_pain: p(
            "Har du vondt hele tiden, også når du hviler, eller er smertene verst om natten?",
            "",
            "Vondt hele tiden, eller verst om natten",
        ),
        osteoporosis_or_steroids: p(
            "Har du beinskjørhet (osteoporose), eller har du brukt kortisontabletter over lang tid?",
            "",
            "Beinskjørhet eller kortisontabletter over lang tid",
        ),
        pain_below_knee: p(
            "Stråler smertene ned i beinet, nedenfor kneet?",
            "Smerter som stråler ned i beinet (isjias), kan komme fra en irritert nerverot.",
            "Smerter ned i beinet, nedenfor kneet",
        ),
        uncontrolled_pain: p(
            "Er smertene så sterke at du ikke får nok hjelp av smertestillende eller hvile?",
            "",
            "Sterke smerter tross smertestillende og hvile",
        ),
        major_impact: p(
            "Gjør plagene hverdagen eller jobben mye vanskeligere?",
            "",
            "Hverdag eller jobb mye vanskeligere",
        ),
        worried: p(
            "Er du usikker på hva dette kan være, eller redd for at det er noe farlig?",
            "",
            "Usikker eller bekymret",
        ),
    },
    age: p("Hvor gammel er du?", "Skriv hele år.", "Alder"),
    age_invalid: "Skriv alderen din i hele år, fra 0 til 120.",
    duration: p(
        "Hvor lenge har du hatt vondt i ryggen denne gangen?",
        "Regn fra da smertene begynte denne gangen.",
        "Varighet",
    ),
    duration_choices: ["Under 1 uke", "1–3 uker", "4–5 uker", "6–7 uker", "8–12 uker", "Mer enn 12 uker"],
    trend: p("Hvordan har smertene vært de siste dagene?", "", "De siste dagene"),
    trend_choices: ["Blir bedre", "Omtrent som før", "Blir verre"],
    headline: ByUrgency {
        emergency: "Ring {emergency} nå",
        urgent: "Kontakt lege i dag",
        soon: "Bestill legetime i løpet av noen dager",
        self_care: "Du kan ta vare på ryggen selv",
    },
    headline_body: ByUrgency {
        emergency: "Svaret ditt kan være tegn på trykk på nervene nederst i ryggsøylen. Dette må undersøkes på sykehus med en gang. Ikke vent og se om det går over.",
        urgent: "Ring {gp} i dag. Er kontoret stengt, ring {ooh_name} på {ooh}.",
        soon: "Kontakt {gp} og be om time i løpet av de nærmeste dagene. Fram til da kan rådene nedenfor hjelpe.",
        self_care: "Svarene dine viser ingen faresignaler. Vond rygg er som oftest ufarlig og blir mye bedre i løpet av noen uker, raskest hvis du holder deg i bevegelse.",
    },
    category: CategoryTexts {
        nonspecific: "Svarene dine passer med vanlig vond rygg (lumbago). Hos 85–90 av 100 finner man ingen bestemt årsak, og det er svært sjelden farlig.",
        nerve_root: "Svarene dine kan tyde på at en nerverot i ryggen er irritert, for eksempel av en prolaps (isjias). Det tar ofte lengre tid å gå over, men de fleste blir bra uten operasjon.",
        possible_serious: "Noen av svarene dine er tegn som en lege bør se på, for å utelukke andre årsaker. De fleste som har slike tegn, har ingen alvorlig sykdom.",
    },
    contacts_heading: "Hvem du kan kontakte",
    emergency_label: "Nødnummer",
    ooh_label: "{ooh_name}",
    why_heading: "Hvorfor",
    reasons: ByRule {
        emergency_bladder_or_bowel_problems: "Nye problemer med å tisse, eller tap av kontroll over urin eller avføring, kan bety trykk på nervene nederst i ryggsøylen (cauda equina). Da trenger du hjelp med en gang.",
        emergency_saddle_numbness: "Ny nummenhet eller nedsatt følelse ved kjønnsorganene, endetarmsåpningen eller innsiden av lårene kan bety trykk på nerver nederst i ryggen (cauda equina). Da trenger du hjelp med en gang.",
        emergency_both_legs: "Ny nummenhet, prikking eller svakhet i begge beina etter at ryggsmertene begynte, kan bety trykk på nervene i nedre del av ryggsøylen. Da trenger du hjelp med en gang.",
        urgent_leg_weakness: "Ny eller økende svakhet i lår, legg eller fot betyr at en nerve kan være påvirket. En lege bør undersøke deg i dag.",
        urgent_fever_or_unwell: "Har du feber, eller føler du deg generelt syk i tillegg til ryggsmertene, bør en lege undersøke deg i dag for å utelukke infeksjon.",
        urgent_trauma: "Har smertene kommet etter et kraftig fall eller en ulykke, bør en lege undersøke deg i dag for å utelukke skade i ryggsøylen.",
        urgent_cancer_history_with_other_cancer_sign: "Du har hatt kreft, og du har også et annet tegn som bør vurderes sammen med det. Dette bør en lege se på i dag.",
        soon_weight_loss: "Ufrivillig vekttap bør en lege se på.",
        soon_cancer_history: "Fordi du har hatt kreft, bør en lege se på nye ryggsmerter.",
        soon_constant_night_pain: "Smerter som er konstante, eller verst om natten, bør en lege se på.",
        soon_osteoporosis_or_steroids: "Beinskjørhet eller kortisontabletter over lang tid øker faren for brudd i ryggen, også uten et stort fall. En lege bør undersøke deg.",
        soon_uncontrolled_pain: "Når smertestillende og hvile ikke hjelper nok, kan en lege hjelpe deg med bedre smertelindring.",
        soon_worried: "Er du usikker eller bekymret, er det god grunn til å gå til lege. Det hjelper ofte å bli undersøkt og få en forklaring.",
        soon_major_impact: "Når ryggsmertene gjør hverdagen eller jobben mye vanskeligere, kan en lege hjelpe med behandling og med å komme tilbake i vanlig aktivitet.",
        soon_getting_worse: "Ryggsmerter som blir verre, bør en lege se på.",
        soon_under_16: "Dette verktøyet er laget for personer som er 16 år eller eldre. Barn og unge med vondt i ryggen bør undersøkes av lege.",
        soon_not_better_after_4_weeks: "Smertene har vart i 4 uker eller mer uten å bli bedre. Da er det på tide at en lege undersøker deg.",
        advice_imaging_and_exercise_after_4_weeks: "Når smertene er nesten uforandret etter 4–6 uker, sier retningslinjen at man bør vurdere bildeundersøkelse og et veiledet treningsprogram.",
        advice_specialist_after_6_weeks: "Betydelige plager som varer mer enn 6–8 uker, kan være grunn til henvisning til spesialist eller ryggpoliklinikk.",
        self_care_no_warning_signs: "Du svarte nei på alle faresignalene. Vond rygg skyldes svært sjelden farlig sykdom, og ryggen leges best når du er i mest mulig normal og variert aktivitet.",
    },
    source_label: "Kilde",
    advice_heading: "Dette kan du gjøre",
    advice: ByAdvice {
        call_emergency: para(
            "Ring {emergency} nå",
            "Si at du har vondt i ryggen, og fortell om tegnet du svarte ja på. Klarer du ikke å ringe selv, be noen ringe for deg.",
        ),
        contact_doctor_today: para(
            "Kontakt lege i dag",
            "Ring {gp} i dag. Er kontoret stengt, ring {ooh_name} på {ooh}.",
        ),
        book_appointment: para("Bestill time", "Kontakt {gp} og be om time i løpet av noen dager."),
        imaging_review: para(
            "Spør om bildeundersøkelse kan hjelpe",
            "Bildeundersøkelser er vanligvis ikke nødvendig ved vond rygg. Er smertene nesten uforandret etter 4–6 uker, kan legen vurdere røntgen, MR eller CT.",
        ),
        exercise_program: para(
            "Spør om veiledet trening",
            "Har plagene vart i rundt 4–6 uker, anbefales et veiledet trenings- eller aktivitetsprogram. Det bør følges opp over tid, med øvelser du kan gjøre hjemme.",
        ),
        specialist_referral: para(
            "Spør om henvisning",
            "Har du betydelige plager som varer mer enn 6–8 uker, kan legen henvise deg til spesialist eller ryggpoliklinikk, der flere faggrupper samarbeider.",
        ),
        stay_active: para(
            "Hold deg i bevegelse",
            "Ryggen leges best og raskest når du er i mest mulig normal og variert aktivitet. Ligg minst mulig: sengeleie er ikke behandling. Det er ikke skadelig om det gjør vondt når du beveger deg. Gjenoppta vanlige gjøremål, også jobben, så snart du kan.",
        ),
        pain_relief_nordic: para(
            "Smertestillende",
            "Reseptfrie smertestillende kan lindre smertene og gjøre det lettere å være i aktivitet. Ta dem med jevne mellomrom, for eksempel 3–4 ganger daglig. Mest brukt er paracetamol (maks 4 gram per døgn) eller ibuprofen. Les pakningsvedlegget, og spør på apoteket hvis du har andre sykdommer eller bruker andre medisiner.",
        ),
        pain_relief_nice: para(
            "Smertestillende",
            "Trenger du noe mot smertene, anbefaler NICE i Storbritannia ibuprofen eller et lignende middel (NSAID). Bruk lavest mulig dose som virker, i kortest mulig tid. Paracetamol alene er ikke anbefalt ved vond rygg. Les pakningsvedlegget, og spør på apoteket hvis du har andre sykdommer eller bruker andre medisiner.",
        ),
        heat: para(
            "Prøv varme",
            "Ved akutte ryggsmerter kan du prøve varme, for eksempel en varm dusj eller en varmepute.",
        ),
        prevention: para(
            "Forebygg tilbakefall",
            "Regelmessig trening som du trives med, er den beste beskyttelsen. Gå eller sykle 20–30 minutter, helst hver dag. Unngå å sitte stille lenge av gangen; reis deg og beveg deg mellom oppgavene. Mange har nytte av styrke- og tøyeøvelser.",
        ),
        safety_net: para(
            "Når du bør søke hjelp med en gang",
            "Ring {emergency} med en gang hvis du får problemer med vannlatingen, mister kontrollen over urin eller avføring, blir nummen rundt kjønnsorganene eller endetarmsåpningen, eller blir nummen eller svak i begge beina. Kontakt lege samme dag hvis du får feber, nedsatt kraft i ett bein, eller smertene blir mye verre.",
        ),
    },
    summary_heading: "Svarene dine",
    years: "år",
    print: "Skriv ut eller lagre som PDF",
    copy_text: "Kopier som tekst",
    copied: "Det er kopiert. Du kan lime det inn i en melding eller et dokument.",
    copy_failed: "Kunne ikke kopiere. Bruk Skriv ut i stedet.",
    date_label: "Dato",
    services,
};
