//! Swedish (1177.se register: plain, calm, du-form).

use super::{
    ByAdvice, ByRule, BySign, ByUrgency, CallLead, CategoryTexts, ResultTexts, ServiceNames, StepHeadings, Texts, p,
    para,
};
use crate::country::Country;

fn services(country: Country) -> ServiceNames {
    match country {
        Country::No => {
            ServiceNames { gp: "din fastläkare (fastlege)", ooh_name: "jourmottagningen (legevakt)", ooh_note: "" }
        }
        Country::Se => ServiceNames { gp: "din vårdcentral", ooh_name: "sjukvårdsrådgivningen", ooh_note: "" },
        Country::Dk => ServiceNames {
            gp: "din läkare (egen læge)",
            ooh_name: "jourläkaren (lægevagt)",
            ooh_note: "1813 är numret i Region Hovedstaden. De andra regionerna har egna nummer.",
        },
        Country::Gb => ServiceNames { gp: "din husläkare (GP)", ooh_name: "NHS 111", ooh_note: "" },
    }
}

pub(super) const TEXTS: Texts = Texts {
    language_name: "Svenska",
    title: "Ont i ryggen – vad ska jag göra?",
    intro: "Svara på några frågor om din smärta i ländryggen. Du får veta om du bör träffa en läkare, hur snart och vad du kan göra själv. Du får också veta varför.",
    disclaimer: "Verktyget ger råd, men ställer ingen diagnos. Det är till för dig som är 16 år eller äldre. Det bygger på den norska nationella riktlinjen för ländryggssmärta och på råd från NHS och NICE. Kontakta en läkare om du är osäker eller blir sämre.",
    privacy: "Dina svar stannar på den här enheten. Inget skickas eller sparas.",
    emergency_lead: "Akut sjuk eller skadad? Använd inte det här verktyget:",
    call_number: "Ring {number}",
    start: "Börja",
    step_of: "Steg {x} av {n}",
    next: "Nästa",
    show_result: "Visa resultatet",
    show_what_to_do_now: "Visa vad du ska göra nu",
    back: "Tillbaka",
    restart: "Börja om",
    change_answers: "Ändra mina svar",
    yes: "Ja",
    no: "Nej",
    please_answer: "Svara på den här frågan.",
    step_headings: StepHeadings {
        bladder_or_bowel: "Blåsa och tarm",
        saddle_numbness: "Känselbortfall",
        both_legs: "Båda benen",
        warning_signs: "Andra varningstecken",
        health_history: "Din hälsa",
        the_pain: "Smärtan",
        age: "Din ålder",
        duration: "Hur länge",
        trend: "Bättre eller sämre",
        daily_life: "Vardagen",
    },
    signs: BySign {
        bladder_or_bowel_problems: p(
            "Har du, sedan du fick ont i ryggen, fått nya problem med att kissa eller tappat kontrollen över blåsan eller tarmen?",
            "Till exempel att du inte kan kissa, eller att du kissar eller bajsar på dig utan att känna det.",
            "Svårt att kissa eller kontrollera blåsa/tarm",
        ),
        saddle_numbness: p(
            "Har du, sedan du fick ont i ryggen, fått nya domningar eller nedsatt känsel runt könsorganen, ändtarmsöppningen eller på insidan av låren?",
            "Alltså området som vilar mot sadeln när du cyklar. Till exempel att du inte känner toalettpappret när du torkar dig.",
            "Nya domningar runt könsorgan, ändtarmsöppning eller innerlår",
        ),
        both_legs: p(
            "Har du, sedan du fick ont i ryggen, fått nya domningar, stickningar eller svaghet i båda benen?",
            "Domningar som du hade redan innan du fick ont i ryggen räknas inte här.",
            "Nya domningar, stickningar eller svaghet i båda benen",
        ),
        leg_weakness: p(
            "Har du blivit svagare i ett lår, en vad eller en fot, och är det nytt eller blir det värre?",
            "Till exempel att foten släpar, eller att du inte kan stå på tårna eller hälarna.",
            "Ny eller ökande svaghet i lår, vad eller fot",
        ),
        fever_or_unwell: p("Har du feber, eller känner du dig allmänt sjuk?", "", "Feber eller allmänt sjuk"),
        trauma: p(
            "Började smärtan efter ett kraftigt fall eller en olycka, till exempel ett fall från hög höjd eller en trafikolycka?",
            "Att halka eller slå i något i vardagen räknas inte här.",
            "Började efter kraftigt fall eller olycka",
        ),
        weight_loss: p(
            "Har du gått ner i vikt den senaste tiden utan att försöka?",
            "",
            "Gått ner i vikt utan att försöka",
        ),
        cancer_history: p("Har du någon gång haft cancer?", "", "Har haft cancer"),
        constant_night_pain: p(
            "Har du ont hela tiden, även när du vilar, eller är smärtan värst på natten?",
            "",
            "Ont hela tiden, eller värst på natten",
        ),
        osteoporosis_or_steroids: p(
            "Har du benskörhet (osteoporos), eller har du tagit kortisontabletter under lång tid?",
            "",
            "Benskörhet eller kortisontabletter under lång tid",
        ),
        pain_below_knee: p(
            "Strålar smärtan ner i benet, nedanför knät?",
            "Smärta som strålar ner i benet (ischias) kan komma från en irriterad nervrot.",
            "Smärta ner i benet nedanför knät",
        ),
        uncontrolled_pain: p(
            "Är smärtan så stark att smärtstillande läkemedel och vila inte hjälper tillräckligt?",
            "",
            "Stark smärta trots smärtstillande och vila",
        ),
        major_impact: p(
            "Gör besvären det mycket svårare att klara vardagen eller arbetet?",
            "",
            "Vardag eller arbete mycket svårare",
        ),
        worried: p("Är du osäker på vad det är, eller orolig för att det är något farligt?", "", "Osäker eller orolig"),
    },
    age: p("Hur gammal är du?", "I hela år.", "Ålder"),
    age_invalid: "Skriv din ålder i hela år, från 0 till 120.",
    duration: p(
        "Hur länge har du haft ont i ryggen den här gången?",
        "Räkna från när det började den här gången.",
        "Hur länge",
    ),
    duration_choices: [
        "Mindre än 1 vecka",
        "1–3 veckor",
        "4–5 veckor",
        "6–7 veckor",
        "8–12 veckor",
        "Mer än 12 veckor",
    ],
    trend: p("Hur har smärtan varit de senaste dagarna?", "", "Senaste dagarna"),
    trend_choices: ["Blir bättre", "Ungefär likadan", "Blir sämre"],
    headline: ByUrgency {
        emergency: "Ring {emergency} nu",
        urgent: "Kontakta en läkare i dag",
        soon: "Boka en tid hos en läkare inom några dagar",
        self_care: "Du kan ta hand om ryggen själv hemma",
    },
    headline_body: ByUrgency {
        emergency: "Ditt svar kan vara ett tecken på att något trycker på nerverna längst ner i ryggraden. Det måste undersökas på sjukhus direkt. Vänta inte på att det ska gå över.",
        urgent: "Ring {gp} i dag. Om mottagningen är stängd, ring {ooh_name} på {ooh}.",
        soon: "Kontakta {gp} och be om en tid inom de närmaste dagarna. Tills dess kan råden nedan hjälpa.",
        self_care: "Dina svar visar inga varningstecken. Oftast är ont i ryggen ofarligt och blir mycket bättre inom några veckor. Det går fortast om du fortsätter att röra på dig.",
    },
    result: ResultTexts {
        call_lead: CallLead {
            urgent: "Om vårdcentralen är stängd:",
            soon: "Om det blir värre innan du får en tid:",
            self_care: "Om det blir värre, eller om du är osäker:",
        },
        or_go_straight_to: "eller åk direkt till {ed}.",
        emergency_department: |country| match country {
            Country::No => "jourmottagningen (legevakten)",
            Country::Se => "akutmottagningen",
            Country::Dk => "akutmottagningen (akutmodtagelsen)",
            Country::Gb => "akutmottagningen (A&E)",
        },
        why_one: "Varför: 1 skäl",
        why_many: "Varför: {n} skäl",
        answers_count: "Dina svar ({n})",
        follow_up_heading: "När du ska ta ställning igen",
        check_by: "Om det inte är tydligt bättre senast {date} (4 veckor efter att det började), kontakta {gp} och boka en tid.",
        check_by_again: "Om det fortfarande inte är tydligt bättre senast {date} (4 veckor efter att det började), kontakta {gp} igen.",
        appointment_now: "Det började för 4 veckor sedan eller mer, så vänta inte: kontakta {gp} i dag, {date}.",
        if_it_stops_improving: "Det började för 4 veckor sedan eller mer och blir bättre. Om det slutar att bli bättre, kontakta {gp} och boka en tid.",
        add_to_calendar: "Lägg in en påminnelse i min kalender",
        calendar_note: "Filen skapas på den här enheten och innehåller inga av dina svar.",
        calendar_title_check: "Ont i ryggen: är det tydligt bättre?",
        calendar_title_appointment: "Ont i ryggen: kontakta {gp}",
        calendar_file_name: "ont-i-ryggen-paminnelse.ics",
    },
    category: CategoryTexts {
        nonspecific: "Dina svar stämmer med vanligt ont i ryggen (lumbago eller ryggskott). Hos 85–90 av 100 går det inte att hitta någon enskild orsak. Det är mycket sällan farligt.",
        nerve_root: "Dina svar tyder på att en nervrot i ryggen kan vara irriterad, till exempel av ett diskbråck (ischias). Det tar ofta längre tid att gå över, men de flesta blir bättre utan operation.",
        possible_serious: "Några av dina svar är tecken som en läkare bör undersöka, för att utesluta andra orsaker. De flesta som har de här tecknen har ingen allvarlig sjukdom.",
    },
    contacts_heading: "Vart kan du vända dig?",
    emergency_label: "Nödnummer",
    ooh_label: "{ooh_name}",
    why_heading: "Varför",
    reasons: ByRule {
        emergency_bladder_or_bowel_problems: "Att plötsligt få svårt att kissa, eller tappa kontrollen över blåsan eller tarmen, när du har ont i ryggen kan betyda att något trycker på nerverna längst ner i ryggraden (cauda equina). Det kräver akut vård.",
        emergency_saddle_numbness: "Nya domningar eller nedsatt känsel runt könsorganen, ändtarmsöppningen eller på insidan av låren kan betyda att något trycker på nerver längst ner i ryggen (cauda equina). Det kräver akut vård.",
        emergency_both_legs: "Nya domningar, stickningar eller svaghet i båda benen sedan du fick ont i ryggen kan betyda att något trycker på nerverna i nedre delen av ryggraden. Det kräver akut vård.",
        urgent_leg_weakness: "Ny eller ökande svaghet i ett lår, en vad eller en fot betyder att en nerv kan vara påverkad. En läkare bör undersöka dig i dag.",
        urgent_fever_or_unwell: "Om du har feber eller känner dig allmänt sjuk samtidigt som du har ont i ryggen, bör en läkare undersöka dig i dag. Det är för att utesluta en infektion.",
        urgent_trauma: "Smärta som började efter ett kraftigt fall eller en olycka bör en läkare undersöka i dag. Det är för att utesluta en skada på ryggraden.",
        urgent_cancer_history_with_other_cancer_sign: "Du har haft cancer, och du har också ett annat tecken som bör bedömas tillsammans med det. En läkare bör undersöka det i dag.",
        soon_weight_loss: "Om du har gått ner i vikt utan att försöka bör en läkare undersöka det.",
        soon_cancer_history: "Eftersom du har haft cancer bör en läkare undersöka ny smärta i ryggen.",
        soon_constant_night_pain: "Smärta som finns hela tiden, eller som är värst på natten, bör en läkare undersöka.",
        soon_osteoporosis_or_steroids: "Benskörhet eller kortisontabletter under lång tid gör att en kota i ryggen lättare kan gå sönder, även utan ett kraftigt fall. En läkare bör undersöka det.",
        soon_uncontrolled_pain: "När smärtstillande och vila inte hjälper tillräckligt kan en läkare hjälpa dig med bättre smärtlindring.",
        soon_worried: "Att vara osäker eller orolig är ett bra skäl att träffa en läkare. En undersökning och en förklaring hjälper ofta.",
        soon_major_impact: "När ryggsmärtan gör vardagen eller arbetet mycket svårare kan en läkare hjälpa till. Det gäller både behandling och att komma tillbaka till det du brukar göra.",
        soon_getting_worse: "Ryggsmärta som blir värre bör en läkare undersöka.",
        soon_under_16: "Det här verktyget är gjort för dig som är 16 år eller äldre. Barn och unga med ont i ryggen bör träffa en läkare.",
        soon_not_better_after_4_weeks: "Du har haft ont i 4 veckor eller mer utan att det har blivit bättre. Då är det dags att en läkare undersöker dig.",
        advice_imaging_and_exercise_after_4_weeks: "Om smärtan är nästan likadan efter 4–6 veckor kan läkaren överväga en bildundersökning, enligt riktlinjen. Även träning med handledning kan då vara till hjälp.",
        advice_specialist_after_6_weeks: "Stora besvär som varar mer än 6–8 veckor kan vara ett skäl till remiss till en specialist eller en ryggmottagning.",
        self_care_no_warning_signs: "Du svarade nej på alla varningstecken. Ont i ryggen beror mycket sällan på en farlig sjukdom. Ryggen läker bäst om du håller igång som vanligt och rör dig på olika sätt.",
    },
    source_label: "Källa",
    advice_heading: "Det här kan du göra",
    advice: ByAdvice {
        call_emergency: para(
            "Ring {emergency} nu",
            "Säg att du har ont i ryggen och beskriv tecknet du svarade ja på. Om du inte kan ringa själv, be någon annan ringa åt dig.",
        ),
        contact_doctor_today: para(
            "Kontakta en läkare i dag",
            "Ring {gp} i dag. Om mottagningen är stängd, ring {ooh_name} på {ooh}.",
        ),
        book_appointment: para("Boka en tid", "Kontakta {gp} och be om en tid inom några dagar."),
        imaging_review: para(
            "Fråga om en bildundersökning kan hjälpa",
            "Röntgen och andra bildundersökningar behövs oftast inte vid ont i ryggen. Om smärtan är nästan likadan efter 4–6 veckor kan läkaren överväga en undersökning. Det kan vara vanlig röntgen, magnetkamera (MR) eller skiktröntgen (DT).",
        ),
        exercise_program: para(
            "Fråga om handledd träning",
            "Om besvären har varat i ungefär 4–6 veckor rekommenderas ett handlett tränings- eller aktivitetsprogram. Det ska följas upp under en längre tid och ge dig övningar som du kan göra hemma.",
        ),
        specialist_referral: para(
            "Fråga om remiss",
            "Om du har stora besvär som varar mer än 6–8 veckor kan läkaren skriva en remiss till en specialist eller en ryggmottagning. Där arbetar läkare, fysioterapeuter och andra tillsammans.",
        ),
        stay_active: para(
            "Fortsätt att röra på dig",
            "Ryggen läker bäst och snabbast om du håller igång som vanligt så mycket du kan och rör dig på olika sätt. Ligg ner så lite som möjligt. Sängvila är ingen behandling. Det är inte skadligt om det gör ont när du rör dig. Återgå till dina vanliga aktiviteter, och till arbetet, så snart du kan.",
        ),
        pain_relief_nordic: para(
            "Smärtlindring",
            "Receptfria smärtstillande läkemedel kan lindra smärtan och göra det lättare att vara aktiv. Ta dem regelbundet, till exempel 3–4 gånger om dagen. Vanligast är paracetamol (högst 4 gram per dygn) eller ibuprofen. Läs bipacksedeln och fråga på apoteket om du har andra sjukdomar eller tar andra läkemedel.",
        ),
        pain_relief_nice: para(
            "Smärtlindring",
            "Om du behöver något mot smärtan, rekommenderar brittiska NICE ibuprofen eller ett liknande medel (NSAID). Ta så låg dos som hjälper, under så kort tid som möjligt. Paracetamol ensamt rekommenderas inte vid ont i ländryggen. Läs bipacksedeln och fråga på apoteket om du har andra sjukdomar eller tar andra läkemedel.",
        ),
        heat: para(
            "Prova värme",
            "Vid akut ont i ryggen kan du prova värme, till exempel en varm dusch eller en värmedyna.",
        ),
        prevention: para(
            "Förebygg nya besvär",
            "Regelbunden motion som du tycker om är det bästa skyddet: 20–30 minuters promenad eller cykling, helst varje dag. Undvik att sitta still länge. Ta korta pauser: res dig och rör på dig mellan olika uppgifter. Många har nytta av styrkeövningar och stretching.",
        ),
        safety_net: para(
            "När du ska söka vård direkt",
            "Ring {emergency} direkt om du får svårt att kissa, tappar kontrollen över blåsan eller tarmen, får domningar eller nedsatt känsel runt könsorganen eller ändtarmsöppningen, eller får domningar eller svaghet i båda benen. Kontakta en läkare samma dag om du får feber, svaghet i ett ben eller mycket värre smärta.",
        ),
    },
    summary_heading: "Dina svar",
    years: "år",
    print: "Skriv ut eller spara som PDF",
    copy_text: "Kopiera som text",
    copied: "Det är kopierat. Du kan klistra in det i ett meddelande eller ett dokument.",
    copy_failed: "Det gick inte att kopiera. Använd Skriv ut i stället.",
    date_label: "Datum",
    services,
};
