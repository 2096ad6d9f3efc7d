//! Danish (sundhed.dk register: plain, calm, du-form).

use super::{
    ByAdvice, ByRule, BySign, ByUrgency, CallLead, CategoryTexts, ClinicTexts, ResultTexts, ServiceNames, StepHeadings,
    Texts, p, para,
};
use crate::country::Country;

fn services(country: Country) -> ServiceNames {
    match country {
        Country::No => {
            ServiceNames { gp: "din praktiserende læge (fastlege)", ooh_name: "lægevagten (legevakt)", ooh_note: "" }
        }
        Country::Se => {
            ServiceNames {
                gp: "dit lægehus (vårdcentral)", ooh_name: "den svenske sundhedsrådgivning", ooh_note: ""
            }
        }
        Country::Dk => ServiceNames {
            gp: "din egen læge",
            ooh_name: "lægevagten",
            ooh_note: "1813 er nummeret i Region Hovedstaden. De andre regioner har deres eget nummer til lægevagten.",
        },
        Country::Gb => ServiceNames { gp: "din praktiserende læge (GP)", ooh_name: "NHS 111", ooh_note: "" },
    }
}

pub(super) const TEXTS: Texts = Texts {
    language_name: "Dansk",
    title: "Ondt i ryggen: hvad skal jeg gøre?",
    intro: "Svar på nogle få spørgsmål om dine lændesmerter. Så får du at vide, om du bør gå til læge, hvor hurtigt, og hvad du selv kan gøre – og hvorfor.",
    disclaimer: "Værktøjet giver råd – det stiller ikke en diagnose. Det er til dig, der er 16 år eller ældre, og bygger på den norske nationale retningslinje for lændesmerter og på britiske råd fra NHS og NICE. Er du i tvivl, eller bliver det værre, så kontakt en læge.",
    privacy: "Dine svar bliver på denne enhed. Intet bliver sendt eller gemt.",
    emergency_lead: "Akut syg eller kommet til skade? Brug ikke dette værktøj:",
    call_number: "Ring {number}",
    start: "Start",
    step_of: "Trin {x} af {n}",
    next: "Næste",
    show_result: "Se resultatet",
    show_what_to_do_now: "Se, hvad du skal gøre nu",
    back: "Tilbage",
    restart: "Start forfra",
    change_answers: "Ret mine svar",
    yes: "Ja",
    no: "Nej",
    please_answer: "Du mangler at svare på dette spørgsmål.",
    step_headings: StepHeadings {
        bladder_or_bowel: "Blære og tarm",
        saddle_numbness: "Følelsesløshed",
        both_legs: "Begge ben",
        warning_signs: "Andre advarselstegn",
        health_history: "Dit helbred",
        the_pain: "Smerterne",
        age: "Din alder",
        duration: "Hvor længe",
        trend: "Hvordan det går",
        daily_life: "Hverdagen",
    },
    signs: BySign {
        bladder_or_bowel_problems: p(
            "Har du, efter at rygsmerterne begyndte, fået nye problemer med at tisse eller mistet kontrollen over blæren eller tarmen?",
            "For eksempel kan du ikke tisse, eller du tisser eller har afføring i bukserne uden at mærke det.",
            "Problemer med at tisse eller kontrol over blære/tarm",
        ),
        saddle_numbness: p(
            "Tænk på tiden efter at rygsmerterne begyndte. Har du fået ny nedsat eller ingen følelse ved kønsdelene, endetarmsåbningen eller inderlårene?",
            "Altså det område, der hviler på sadlen, når du cykler. For eksempel at du ikke kan mærke toiletpapiret, når du tørrer dig.",
            "Ny nedsat følelse ved kønsdele, endetarmsåbning eller inderlår",
        ),
        both_legs: p(
            "Har du, efter at rygsmerterne begyndte, fået ny følelsesløshed, prikken eller svaghed i begge ben?",
            "Følelsesløshed, som du havde, før rygsmerterne begyndte, tæller ikke her.",
            "Ny følelsesløshed, prikken eller svaghed i begge ben",
        ),
        leg_weakness: p(
            "Er et lår, en læg eller en fod blevet svagere, og er det nyt eller bliver det værre?",
            "For eksempel slæber foden, eller du kan ikke stå på tæer eller hæle.",
            "Ny eller tiltagende svaghed i lår, læg eller fod",
        ),
        fever_or_unwell: p("Har du feber, eller føler du dig generelt syg?", "", "Feber eller føler dig syg"),
        trauma: p(
            "Begyndte smerterne efter et kraftigt fald eller en ulykke, for eksempel et fald fra højde eller en trafikulykke?",
            "Et almindeligt fald eller et lille stød i hverdagen tæller ikke her.",
            "Begyndte efter kraftigt fald eller ulykke",
        ),
        weight_loss: p("Har du tabt dig for nylig uden at prøve på det?", "", "Vægttab uden at prøve på det"),
        cancer_history: p("Har du nogensinde haft kræft?", "", "Har haft kræft"),
        constant_night_pain: p(
            "Er smerterne konstante, så hvile ikke lindrer dem, eller er de værst om natten?",
            "",
            "Konstante smerter, eller værst om natten",
        ),
        osteoporosis_or_steroids: p(
            "Har du knogleskørhed, eller har du i lang tid taget tabletter med binyrebarkhormon (fx prednisolon)?",
            "",
            "Knogleskørhed eller binyrebarkhormon i lang tid",
        ),
        pain_below_knee: p(
            "Stråler smerterne ned i benet, til under knæet?",
            "Smerter ned i benet (iskias) kan komme fra en irriteret nerverod.",
            "Smerter ned i benet, under knæet",
        ),
        uncontrolled_pain: p(
            "Er smerterne så stærke, at smertestillende medicin og hvile ikke hjælper nok?",
            "",
            "Stærke smerter trods smertestillende og hvile",
        ),
        major_impact: p(
            "Gør generne din hverdag eller dit arbejde meget sværere?",
            "",
            "Hverdag eller arbejde meget sværere",
        ),
        worried: p(
            "Er du usikker på, hvad det er, eller bekymret for, at det er noget farligt?",
            "",
            "Usikker eller bekymret",
        ),
    },
    age: p("Hvor gammel er du?", "I hele år.", "Alder"),
    age_invalid: "Skriv din alder i hele år, fra 0 til 120.",
    duration: p(
        "Hvor længe har du haft ondt i ryggen denne gang?",
        "Regn fra, da smerterne begyndte denne gang.",
        "Hvor længe",
    ),
    duration_choices: ["Under 1 uge", "1–3 uger", "4–5 uger", "6–7 uger", "8–12 uger", "Mere end 12 uger"],
    trend: p("Hvordan har smerterne været de sidste par dage?", "", "De sidste par dage"),
    trend_choices: ["Bliver bedre", "Nogenlunde det samme", "Bliver værre"],
    headline: ByUrgency {
        emergency: "Ring {emergency} nu",
        urgent: "Kontakt en læge i dag",
        soon: "Bestil tid hos en læge inden for få dage",
        self_care: "Du kan selv behandle dine rygsmerter derhjemme",
    },
    headline_body: ByUrgency {
        emergency: "Dit svar kan være tegn på tryk på nerverne nederst i rygsøjlen. Det skal undersøges på et hospital med det samme. Vent ikke på, at det går over.",
        urgent: "Ring til {gp} i dag. Uden for åbningstiden kan du ringe til {ooh_name} på {ooh}.",
        soon: "Kontakt {gp}, og bed om en tid inden for de næste par dage. Indtil da kan rådene herunder hjælpe.",
        self_care: "Dine svar viser ingen af advarselstegnene. De fleste lændesmerter er ufarlige og bliver meget bedre i løbet af få uger – hurtigst, hvis du holder dig i gang.",
    },
    result: ResultTexts {
        call_lead: CallLead {
            urgent: "Hvis lægen har lukket:",
            soon: "Hvis det bliver værre, før du får en tid:",
            self_care: "Hvis det bliver værre, eller du er i tvivl:",
        },
        or_go_straight_to: "eller tag straks på {ed}.",
        emergency_department: |country| match country {
            Country::No => "skadestuen (legevakten)",
            Country::Se => "akutmodtagelsen (akutmottagningen)",
            Country::Dk => "akutmodtagelsen",
            Country::Gb => "akutmodtagelsen (A&E)",
        },
        why_one: "Hvorfor: 1 grund",
        why_many: "Hvorfor: {n} grunde",
        answers_count: "Dine svar ({n})",
        follow_up_heading: "Hvornår du skal se på det igen",
        check_by: "Hvis det ikke er tydeligt bedre senest {date} (4 uger efter, at det begyndte), så bestil tid hos {gp}.",
        check_by_again: "Hvis det stadig ikke er tydeligt bedre senest {date} (4 uger efter, at det begyndte), så kontakt {gp} igen.",
        appointment_now: "Det begyndte for 4 uger siden eller mere, så vent ikke: kontakt {gp} i dag, {date}.",
        if_it_stops_improving: "Det begyndte for 4 uger siden eller mere, og det bliver bedre. Hvis det holder op med at blive bedre, så bestil tid hos {gp}.",
        add_to_calendar: "Læg en påmindelse i min kalender",
        calendar_note: "Filen bliver lavet på denne enhed og indeholder ingen af dine svar.",
        calendar_title_check: "Ondt i ryggen: er det tydeligt bedre?",
        calendar_title_appointment: "Ondt i ryggen: kontakt {gp}",
        calendar_file_name: "ondt-i-ryggen-paamindelse.ics",
    },
    category: CategoryTexts {
        nonspecific: "Dine svar passer med almindeligt hold i ryggen (lumbago). Hos 85 til 90 ud af 100 kan man ikke finde én bestemt årsag, og det er meget sjældent farligt.",
        nerve_root: "Dine svar tyder på, at en nerverod i ryggen kan være irriteret, fx af en diskusprolaps (iskias). Det tager ofte længere tid at gå over, men de fleste bliver bedre uden operation.",
        possible_serious: "Nogle af dine svar er tegn, som en læge bør se på for at udelukke andre årsager. De fleste med disse tegn har ikke en alvorlig sygdom.",
    },
    contacts_heading: "Hvem du kan kontakte",
    emergency_label: "Nødnummer",
    ooh_label: "{ooh_name}",
    clinic: ClinicTexts {
        heading: "Kontakt {clinic}",
        urgent: "Du kan også kontakte {clinic} og spørge, om de kan se dig i dag.",
        soon: "Du kan bestille tid hos {clinic}.",
        self_care: "Har du spørgsmål, eller bliver ryggen ikke bedre, kan du kontakte {clinic}.",
        website: "Gå til hjemmesiden for {clinic}",
    },
    why_heading: "Hvorfor",
    reasons: ByRule {
        emergency_bladder_or_bowel_problems: "Nye problemer med at tisse, eller tab af kontrol over blære eller tarm, sammen med rygsmerter kan betyde tryk på nerverne nederst i rygsøjlen (cauda equina). Det kræver akut behandling.",
        emergency_saddle_numbness: "Ny nedsat eller ingen følelse ved kønsdelene, endetarmsåbningen eller inderlårene kan betyde tryk på nerver nederst i ryggen (cauda equina). Det kræver akut behandling.",
        emergency_both_legs: "Ny følelsesløshed, prikken eller svaghed i begge ben kan betyde tryk på nerverne nederst i rygsøjlen. Det kræver akut behandling.",
        urgent_leg_weakness: "Ny eller tiltagende svaghed i et lår, en læg eller en fod betyder, at en nerve kan være påvirket. En læge bør undersøge dig i dag.",
        urgent_fever_or_unwell: "Feber eller en følelse af at være generelt syg sammen med rygsmerter bør undersøges af en læge i dag for at udelukke en infektion.",
        urgent_trauma: "Smerter, der begyndte efter et kraftigt fald eller en ulykke, bør undersøges af en læge i dag for at udelukke en skade på rygsøjlen.",
        urgent_cancer_history_with_other_cancer_sign: "Du har haft kræft, og du har også et andet tegn, som bør undersøges sammen med det. Det bør en læge se på i dag.",
        soon_weight_loss: "Vægttab, uden at du har prøvet at tabe dig, bør undersøges af en læge.",
        soon_cancer_history: "Fordi du har haft kræft, bør en læge se på nye rygsmerter.",
        soon_constant_night_pain: "Smerter, der er konstante eller værst om natten, bør undersøges af en læge.",
        soon_osteoporosis_or_steroids: "Knogleskørhed eller binyrebarkhormon i lang tid gør det lettere at brække en knogle i ryggen, også uden et stort fald. Det bør en læge se på.",
        soon_uncontrolled_pain: "Når smertestillende medicin og hvile ikke hjælper nok, kan en læge hjælpe dig med bedre smertelindring.",
        soon_worried: "Er du usikker eller bekymret, er det en god grund til at gå til læge. En undersøgelse og en forklaring hjælper ofte.",
        soon_major_impact: "Når rygsmerterne gør hverdagen eller arbejdet meget sværere, kan en læge hjælpe. Lægen kan hjælpe med behandling og med at komme i gang igen.",
        soon_getting_worse: "Rygsmerter, der bliver værre, bør undersøges af en læge.",
        soon_under_16: "Dette værktøj er lavet til personer på 16 år og derover. Børn og unge med rygsmerter bør gå til læge.",
        soon_not_better_after_4_weeks: "Smerterne har varet 4 uger eller mere uden at blive bedre. Så er det tid til, at en læge undersøger dig.",
        advice_imaging_and_exercise_after_4_weeks: "Er smerterne næsten de samme efter 4 til 6 uger, kan lægen overveje en scanning. Også træning med vejledning kan da hjælpe.",
        advice_specialist_after_6_weeks: "Betydelige gener, der varer mere end 6 til 8 uger, kan være en grund til at blive henvist til en speciallæge eller en rygklinik.",
        self_care_no_warning_signs: "Du svarede nej til alle advarselstegnene. Rygsmerter skyldes meget sjældent en farlig sygdom, og ryggen heler bedst ved normal, varieret aktivitet.",
    },
    source_label: "Kilde",
    advice_heading: "Det kan du gøre",
    advice: ByAdvice {
        call_emergency: para(
            "Ring {emergency} nu",
            "Sig, at du har ondt i ryggen, og fortæl om det tegn, du svarede ja til. Kan du ikke selv ringe, så bed en anden om at ringe for dig.",
        ),
        contact_doctor_today: para(
            "Kontakt en læge i dag",
            "Ring til {gp} i dag. Uden for åbningstiden kan du ringe til {ooh_name} på {ooh}.",
        ),
        book_appointment: para("Bestil tid", "Kontakt {gp}, og bed om en tid inden for få dage."),
        imaging_review: para(
            "Spørg, om en scanning kan hjælpe",
            "Ved rygsmerter er en scanning som regel ikke nødvendig. Når smerterne er næsten uændrede efter 4 til 6 uger, kan lægen overveje røntgen, MR- eller CT-scanning.",
        ),
        exercise_program: para(
            "Spørg om vejledt træning",
            "Har generne varet omkring 4 til 6 uger, anbefales træning med vejledning. Den skal følges op over tid, og du får øvelser, du kan lave derhjemme.",
        ),
        specialist_referral: para(
            "Spørg om en henvisning",
            "Har du betydelige gener i mere end 6 til 8 uger, kan din læge henvise dig til en speciallæge eller en rygklinik, hvor flere faggrupper arbejder sammen.",
        ),
        stay_active: para(
            "Hold dig i gang",
            "Ryggen heler bedst og hurtigst, når du lever så normalt som muligt og bevæger dig på forskellige måder. Lig ned så lidt som muligt: sengeleje er ikke en behandling. Det er ikke skadeligt, at det gør ondt, når du bevæger dig. Vend tilbage til dine daglige gøremål og dit arbejde, så snart du kan.",
        ),
        pain_relief_nordic: para(
            "Smertestillende medicin",
            "Smertestillende medicin, du kan købe uden recept, kan lindre smerterne og hjælpe dig med at holde dig i gang. Tag den regelmæssigt, fx 3 til 4 gange om dagen. Mest brugt er paracetamol (højst 4 gram i døgnet) eller ibuprofen. Læs indlægssedlen, og spørg på apoteket, hvis du har andre sygdomme eller tager anden medicin.",
        ),
        pain_relief_nice: para(
            "Smertestillende medicin",
            "Har du brug for smertestillende medicin, anbefaler NICE et betændelsesdæmpende middel (NSAID) som ibuprofen i den laveste dosis, der virker, og i så kort tid som muligt. Paracetamol alene anbefales ikke mod ondt i ryggen. Læs indlægssedlen, og spørg på apoteket, hvis du har andre sygdomme eller tager anden medicin.",
        ),
        heat: para("Prøv varme", "Ved akutte rygsmerter kan du prøve varme, fx et varmt brusebad eller en varmepude."),
        prevention: para(
            "Forebyg tilbagefald",
            "Regelmæssig motion, du kan lide, er den bedste beskyttelse: 20 til 30 minutters gang eller cykling, helst hver dag. Undgå at sidde stille længe; rejs dig, og bevæg dig mellem opgaverne. Mange har gavn af øvelser for styrke og udstrækning.",
        ),
        safety_net: para(
            "Hvornår haster det?",
            "Ring {emergency} med det samme, hvis du får svært ved at tisse eller mister kontrollen over blære eller tarm. Ring også, hvis du bliver følelsesløs i skridtet eller ved endetarmsåbningen, eller får følelsesløshed eller svaghed i begge ben. Kontakt en læge samme dag, hvis du får feber, svaghed i et ben, eller smerterne bliver meget værre.",
        ),
    },
    summary_heading: "Dine svar",
    years: "år",
    print: "Udskriv eller gem som PDF",
    copy_text: "Kopiér som tekst",
    copied: "Det er kopieret. Du kan indsætte det i en besked eller et dokument.",
    copy_failed: "Det lykkedes ikke at kopiere. Brug Udskriv i stedet.",
    date_label: "Dato",
    services,
};
