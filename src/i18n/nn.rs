//! Norwegian nynorsk (helsenorge.no's nynorsk register: plain, calm, du-form). Written as
//! nynorsk, not as bokmål with other endings: "til dømes", "kvile", "rørsle", "tilvising".

use super::{
    ByAdvice, ByRule, BySign, ByUrgency, CallLead, CategoryTexts, ClinicTexts, ResultTexts, ServiceNames, StepHeadings,
    Texts, p, para,
};
use crate::country::Country;

fn services(country: Country) -> ServiceNames {
    match country {
        Country::No => ServiceNames { gp: "fastlegen din", ooh_name: "legevakta", ooh_note: "" },
        Country::Se => {
            ServiceNames {
                gp: "vårdcentralen din (legekontor)", ooh_name: "den svenske helserådgivinga", ooh_note: ""
            }
        }
        Country::Dk => ServiceNames {
            gp: "legen din (egen læge)",
            ooh_name: "lægevagten (legevakt)",
            ooh_note: "1813 er nummeret i Region Hovedstaden. Dei andre regionane har eigne nummer.",
        },
        Country::Gb => ServiceNames { gp: "fastlegen din (GP)", ooh_name: "NHS 111", ooh_note: "" },
    }
}

pub(super) const TEXTS: Texts = Texts {
    language_name: "Norsk nynorsk",
    title: "Vondt i ryggen: kva bør eg gjere?",
    intro: "Svar på nokre spørsmål om smertene i korsryggen. Du får vite om du bør kontakte lege, kor snart, og kva du kan gjere sjølv – og kvifor.",
    disclaimer: "Verktøyet gir råd, men stiller ikkje diagnose. Det er laga for deg som er 16 år eller eldre. Det byggjer på den norske retningslinja for vond rygg og på råd frå NHS og NICE i Storbritannia. Er du i tvil, eller blir du verre, bør du kontakte lege.",
    privacy: "Svara dine blir verande på denne eininga. Ingenting blir sendt eller lagra.",
    emergency_lead: "Akutt sjuk eller skadd? Ikkje bruk dette verktøyet:",
    call_number: "Ring {number}",
    start: "Start",
    step_of: "Steg {x} av {n}",
    next: "Neste",
    show_result: "Sjå resultatet",
    show_what_to_do_now: "Sjå kva du bør gjere no",
    back: "Tilbake",
    restart: "Start på nytt",
    change_answers: "Endre svara mine",
    yes: "Ja",
    no: "Nei",
    please_answer: "Svar på dette spørsmålet.",
    step_headings: StepHeadings {
        bladder_or_bowel: "Urin og avføring",
        saddle_numbness: "Nummenheit",
        both_legs: "Begge beina",
        warning_signs: "Andre faresignal",
        health_history: "Helsa di",
        the_pain: "Smertene",
        age: "Alder",
        duration: "Kor lenge",
        trend: "Utviklinga",
        daily_life: "Kvardagen",
    },
    signs: BySign {
        bladder_or_bowel_problems: p(
            "Har du fått nye problem med å tisse etter at ryggsmertene byrja, eller mista kontrollen over urin eller avføring?",
            "Til dømes at du ikkje får tissa, eller at det kjem urin eller avføring utan at du kjenner det.",
            "Problem med å tisse eller med kontroll over urin/avføring",
        ),
        saddle_numbness: p(
            "Tenk på tida etter at ryggsmertene byrja. Har du fått ny nummenheit eller nedsett kjensle ved kjønnsorgana, endetarmsopninga eller innsida av låra?",
            "Altså området som kviler mot setet når du syklar. Til dømes at du ikkje kjenner toalettpapiret når du tørkar deg.",
            "Ny nummenheit rundt kjønnsorgan, endetarmsopning eller innsida av låra",
        ),
        both_legs: p(
            "Har du fått ny nummenheit, prikking eller svakheit i begge beina etter at ryggsmertene byrja?",
            "Nummenheit som du hadde før ryggsmertene byrja, tel ikkje her.",
            "Ny nummenheit, prikking eller svakheit i begge beina",
        ),
        leg_weakness: p(
            "Har du blitt svakare i lår, legg eller fot, og er det nytt eller blir det verre?",
            "Til dømes at foten subbar mot bakken, eller at du ikkje klarer å stå på tærne eller hælane.",
            "Ny eller aukande svakheit i lår, legg eller fot",
        ),
        fever_or_unwell: p("Har du feber, eller kjenner du deg generelt sjuk?", "", "Feber eller generelt sjuk"),
        trauma: p(
            "Byrja smertene etter eit kraftig fall eller ei ulukke, til dømes eit fall frå høgd eller ei trafikkulukke?",
            "Å skli eller slå seg lett i kvardagen tel ikkje her.",
            "Byrja etter kraftig fall eller ulukke",
        ),
        weight_loss: p(
            "Har du gått ned i vekt den siste tida utan å prøve på det?",
            "",
            "Gått ned i vekt utan å prøve",
        ),
        cancer_history: p("Har du nokon gong hatt kreft?", "", "Har hatt kreft"),
        constant_night_pain: p(
            "Har du vondt heile tida, også når du kviler, eller er smertene verst om natta?",
            "",
            "Vondt heile tida, eller verst om natta",
        ),
        osteoporosis_or_steroids: p(
            "Har du beinskjørheit (osteoporose), eller har du brukt kortisontablettar over lang tid?",
            "",
            "Beinskjørheit eller kortisontablettar over lang tid",
        ),
        pain_below_knee: p(
            "Strålar smertene ned i beinet, nedanfor kneet?",
            "Smerter som strålar ned i beinet (isjias), kan kome frå ein irritert nerverot.",
            "Smerter ned i beinet, nedanfor kneet",
        ),
        uncontrolled_pain: p(
            "Er smertene så sterke at du ikkje får nok hjelp av smertestillande eller kvile?",
            "",
            "Sterke smerter trass i smertestillande og kvile",
        ),
        major_impact: p(
            "Gjer plagene kvardagen eller jobben mykje vanskelegare?",
            "",
            "Kvardag eller jobb mykje vanskelegare",
        ),
        worried: p(
            "Er du usikker på kva dette kan vere, eller redd for at det er noko farleg?",
            "",
            "Usikker eller uroleg",
        ),
    },
    age: p("Kor gammal er du?", "Skriv heile år.", "Alder"),
    age_invalid: "Skriv alderen din i heile år, frå 0 til 120.",
    duration: p(
        "Kor lenge har du hatt vondt i ryggen denne gongen?",
        "Rekn frå då smertene byrja denne gongen.",
        "Kor lenge",
    ),
    duration_choices: ["Under 1 veke", "1–3 veker", "4–5 veker", "6–7 veker", "8–12 veker", "Meir enn 12 veker"],
    trend: p("Korleis har smertene vore dei siste dagane?", "", "Dei siste dagane"),
    trend_choices: ["Blir betre", "Omtrent som før", "Blir verre"],
    headline: ByUrgency {
        emergency: "Ring {emergency} no",
        urgent: "Kontakt lege i dag",
        soon: "Bestill legetime innan nokre dagar",
        self_care: "Du kan ta vare på ryggen sjølv",
    },
    headline_body: ByUrgency {
        emergency: "Svaret ditt kan vere teikn på trykk på nervane nedst i ryggsøyla. Dette må undersøkjast på sjukehus med ein gong. Ikkje vent og sjå om det går over.",
        urgent: "Ring {gp} i dag. Er kontoret stengt, ring {ooh_name} på {ooh}.",
        soon: "Kontakt {gp} og be om time i løpet av dei nærmaste dagane. Fram til då kan råda nedanfor hjelpe.",
        self_care: "Svara dine viser ingen faresignal. Vond rygg er oftast ufarleg og blir mykje betre i løpet av nokre veker, raskast om du held deg i rørsle.",
    },
    result: ResultTexts {
        call_lead: CallLead {
            urgent: "Viss legekontoret er stengt:",
            soon: "Viss det blir verre før du får time:",
            self_care: "Viss det blir verre, eller du er usikker:",
        },
        or_go_straight_to: "eller dra rett til {ed}.",
        emergency_department: |country| match country {
            Country::No => "legevakta",
            Country::Se => "akuttmottaket (akutmottagningen)",
            Country::Dk => "akuttmottaket (akutmodtagelsen)",
            Country::Gb => "akuttmottaket (A&E)",
        },
        why_one: "Kvifor: 1 grunn",
        why_many: "Kvifor: {n} grunnar",
        answers_count: "Svara dine ({n})",
        follow_up_heading: "Når du bør vurdere på nytt",
        check_by: "Viss det ikkje er tydeleg betre innan {date} (4 veker etter at det byrja), bestill time hos {gp}.",
        check_by_again: "Viss det framleis ikkje er tydeleg betre innan {date} (4 veker etter at det byrja), kontakt {gp} igjen.",
        appointment_now: "Det byrja for 4 veker sidan eller meir, så ikkje vent: kontakt {gp} i dag, {date}.",
        if_it_stops_improving: "Det byrja for 4 veker sidan eller meir, og det blir betre. Viss det sluttar å bli betre, bestill time hos {gp}.",
        add_to_calendar: "Legg inn ei påminning i kalenderen min",
        calendar_note: "Fila blir laga på denne eininga og inneheld ingen av svara dine.",
        calendar_title_check: "Vondt i ryggen: er det tydeleg betre?",
        calendar_title_appointment: "Vondt i ryggen: kontakt {gp}",
        calendar_file_name: "vondt-i-ryggen-paaminning.ics",
    },
    category: CategoryTexts {
        nonspecific: "Svara dine passar med vanlege ryggsmerter (lumbago). Hos 85–90 av 100 finn ein ingen bestemt årsak, og det er svært sjeldan farleg.",
        nerve_root: "Svara dine kan tyde på at ein nerverot i ryggen er irritert, til dømes av ein prolaps (isjias). Det tek ofte lengre tid å gå over, men dei fleste blir bra utan operasjon.",
        possible_serious: "Nokre av svara dine er teikn som ein lege bør sjå på, for å utelukke andre årsaker. Dei fleste som har slike teikn, har ingen alvorleg sjukdom.",
    },
    contacts_heading: "Kven du kan kontakte",
    emergency_label: "Naudnummer",
    ooh_label: "{ooh_name}",
    clinic: ClinicTexts {
        heading: "Kontakt {clinic}",
        urgent: "Du kan også kontakte {clinic} og spørje om dei kan ta imot deg i dag.",
        soon: "Du kan bestille time hos {clinic}.",
        self_care: "Har du spørsmål, eller blir ikkje ryggen betre, kan du kontakte {clinic}.",
        website: "Gå til nettsida til {clinic}",
    },
    why_heading: "Kvifor",
    reasons: ByRule {
        emergency_bladder_or_bowel_problems: "Nye problem med å tisse, eller tap av kontroll over urin eller avføring, kan bety trykk på nervane nedst i ryggsøyla (cauda equina). Då treng du hjelp med ein gong.",
        emergency_saddle_numbness: "Ny nummenheit eller nedsett kjensle ved kjønnsorgana, endetarmsopninga eller innsida av låra kan bety trykk på nervar nedst i ryggen (cauda equina). Då treng du hjelp med ein gong.",
        emergency_both_legs: "Ny nummenheit, prikking eller svakheit i begge beina kan bety trykk på nervane nedst i ryggsøyla. Då treng du hjelp med ein gong.",
        urgent_leg_weakness: "Ny eller aukande svakheit i lår, legg eller fot tyder på at ein nerve kan vere påverka. Ein lege bør undersøkje deg i dag.",
        urgent_fever_or_unwell: "Har du feber, eller kjenner du deg generelt sjuk i tillegg til ryggsmertene, bør ein lege undersøkje deg i dag. Då kan legen utelukke infeksjon.",
        urgent_trauma: "Har smertene kome etter eit kraftig fall eller ei ulukke, bør ein lege undersøkje deg i dag. Då kan legen utelukke skade i ryggsøyla.",
        urgent_cancer_history_with_other_cancer_sign: "Du har hatt kreft, og du har også eit anna teikn som bør vurderast saman med det. Dette bør ein lege sjå på i dag.",
        soon_weight_loss: "Vekttap utan at du har prøvd å gå ned i vekt, bør ein lege sjå på.",
        soon_cancer_history: "Fordi du har hatt kreft, bør ein lege sjå på nye ryggsmerter.",
        soon_constant_night_pain: "Smerter som er der heile tida, eller som er verst om natta, bør ein lege sjå på.",
        soon_osteoporosis_or_steroids: "Beinskjørheit eller kortisontablettar over lang tid aukar faren for brot i ryggen, også utan eit stort fall. Ein lege bør undersøkje deg.",
        soon_uncontrolled_pain: "Når smertestillande og kvile ikkje hjelper nok, kan ein lege hjelpe deg med betre smertelindring.",
        soon_worried: "Er du usikker eller uroleg, er det god grunn til å gå til lege. Det hjelper ofte å bli undersøkt og få ei forklaring.",
        soon_major_impact: "Når ryggsmertene gjer kvardagen eller jobben mykje vanskelegare, kan ein lege hjelpe med behandling og med å kome tilbake til vanleg aktivitet.",
        soon_getting_worse: "Ryggsmerter som blir verre, bør ein lege sjå på.",
        soon_under_16: "Dette verktøyet er laga for personar som er 16 år eller eldre. Barn og unge med vondt i ryggen bør undersøkjast av lege.",
        soon_not_better_after_4_weeks: "Smertene har vart i 4 veker eller meir utan å bli betre. Då er det på tide at ein lege undersøkjer deg.",
        advice_imaging_and_exercise_after_4_weeks: "Når smertene er nesten uendra etter 4–6 veker, seier retningslinja at ein bør vurdere biletundersøking og eit rettleidd treningsprogram.",
        advice_specialist_after_6_weeks: "Store plager som varer meir enn 6–8 veker, kan vere grunn til å tilvise deg til spesialist eller ryggpoliklinikk.",
        self_care_no_warning_signs: "Du svarte nei på alle faresignala. Vond rygg kjem svært sjeldan av farleg sjukdom. Ryggen blir raskast bra når du held fram med vanlege og varierte aktivitetar.",
    },
    source_label: "Kjelde",
    advice_heading: "Dette kan du gjere",
    advice: ByAdvice {
        call_emergency: para(
            "Ring {emergency} no",
            "Sei at du har vondt i ryggen, og fortel om teiknet du svarte ja på. Klarer du ikkje å ringje sjølv, be nokon ringje for deg.",
        ),
        contact_doctor_today: para(
            "Kontakt lege i dag",
            "Ring {gp} i dag. Er kontoret stengt, ring {ooh_name} på {ooh}.",
        ),
        book_appointment: para("Bestill time", "Kontakt {gp} og be om time i løpet av nokre dagar."),
        imaging_review: para(
            "Spør om biletundersøking kan hjelpe",
            "Biletundersøkingar er vanlegvis ikkje nødvendige ved vond rygg. Er smertene nesten uendra etter 4–6 veker, kan legen vurdere røntgen, MR eller CT.",
        ),
        exercise_program: para(
            "Spør om rettleidd trening",
            "Har plagene vart i rundt 4–6 veker, rår retningslinja til eit rettleidd trenings- eller aktivitetsprogram. Det bør følgjast opp over tid, med øvingar du kan gjere heime.",
        ),
        specialist_referral: para(
            "Spør om tilvising",
            "Har du store plager som har vart meir enn 6–8 veker, kan legen tilvise deg til spesialist eller ryggpoliklinikk. Der samarbeider fleire faggrupper.",
        ),
        stay_active: para(
            "Hald deg i rørsle",
            "Ryggen blir raskast bra når du held fram med vanlege og varierte aktivitetar så godt du kan. Ligg minst mogleg: sengeleie er ikkje behandling. Det er ikkje skadeleg om det gjer vondt når du rører deg. Ta opp att vanlege gjeremål, også jobben, så snart du kan.",
        ),
        pain_relief_nordic: para(
            "Smertestillande",
            "Reseptfrie smertestillande kan lindre smertene og gjere det lettare å vere i aktivitet. Ta dei jamleg, til dømes 3–4 gonger om dagen. Mest brukt er paracetamol (maks 4 gram per døgn) eller ibuprofen. Les pakningsvedlegget, og spør på apoteket om du har andre sjukdommar eller brukar andre medisinar.",
        ),
        pain_relief_nice: para(
            "Smertestillande",
            "Treng du smertestillande, rår dei britiske retningslinjene (NICE) til eit betennelsesdempande middel som ibuprofen. Bruk lågast mogleg dose som verkar, i kortast mogleg tid. Paracetamol åleine er ikkje tilrådd ved korsryggsmerter. Les pakningsvedlegget, og spør på apoteket om du har andre sjukdommar eller brukar andre medisinar.",
        ),
        heat: para(
            "Prøv varme",
            "Ved akutte ryggsmerter kan du prøve varme, til dømes ein varm dusj eller ei varmepute.",
        ),
        prevention: para(
            "Førebygg tilbakefall",
            "Regelmessig trening som du trivst med, er det beste vernet: gå eller sykle 20–30 minutt, helst kvar dag. Unngå å sitje stille lenge om gongen. Reis deg og rør deg mellom oppgåvene. Mange har nytte av styrke- og tøyeøvingar.",
        ),
        safety_net: para(
            "Når du bør søkje hjelp med ein gong",
            "Ring {emergency} med ein gong om du får problem med å tisse, mistar kontrollen over urin eller avføring, blir nummen rundt kjønnsorgana eller endetarmsopninga, eller blir nummen eller svak i begge beina. Kontakt lege same dag om du får feber, blir svak i eitt bein, eller smertene blir mykje verre.",
        ),
    },
    summary_heading: "Svara dine",
    years: "år",
    print: "Skriv ut eller lagre som PDF",
    copy_text: "Kopier som tekst",
    copied: "Det er kopiert. Du kan lime det inn i ei melding eller eit dokument.",
    copy_failed: "Klarte ikkje å kopiere. Bruk Skriv ut i staden.",
    date_label: "Dato",
    services,
};
