//! English (UK health-writing register: plain, calm, second person).

use super::{ByAdvice, ByRule, BySign, ByUrgency, CategoryTexts, ServiceNames, StepHeadings, Texts, p, para};
use crate::country::Country;

fn services(country: Country) -> ServiceNames {
    match country {
        Country::No => {
            ServiceNames { gp: "your GP (fastlege)", ooh_name: "the out-of-hours service (legevakt)", ooh_note: "" }
        }
        Country::Se => ServiceNames {
            gp: "your health centre (vårdcentral)",
            ooh_name: "the healthcare advice line",
            ooh_note: "",
        },
        Country::Dk => ServiceNames {
            gp: "your GP (egen læge)",
            ooh_name: "the out-of-hours service (lægevagt)",
            ooh_note: "1813 is the number in the Capital Region (Region Hovedstaden); the other regions have their own.",
        },
        Country::Gb => ServiceNames { gp: "your GP", ooh_name: "NHS 111", ooh_note: "" },
    }
}

pub(super) const TEXTS: Texts = Texts {
    language_name: "English",
    title: "Back pain: what should I do?",
    intro: "Answer a few questions about your low back pain. You will find out whether you should see a doctor, how soon, and what you can do yourself, with the reasons.",
    disclaimer: "This tool gives advice; it does not diagnose. It is for people aged 16 and over, and builds on the Norwegian national guideline for low back pain and on NHS and NICE advice. If you are in doubt, or getting worse, contact a doctor.",
    privacy: "Your answers stay on this device. Nothing is sent or stored.",
    emergency_lead: "Seriously ill or injured? Do not use this tool:",
    call_number: "Call {number}",
    start: "Start",
    step_of: "Step {x} of {n}",
    next: "Next",
    show_result: "See the result",
    show_what_to_do_now: "See what to do now",
    back: "Back",
    restart: "Start again",
    change_answers: "Change my answers",
    yes: "Yes",
    no: "No",
    please_answer: "Please answer this question.",
    step_headings: StepHeadings {
        bladder_or_bowel: "Bladder and bowel",
        saddle_numbness: "Numbness",
        both_legs: "Both legs",
        warning_signs: "Other warning signs",
        health_history: "Your health",
        the_pain: "The pain",
        age: "Your age",
        duration: "How long",
        trend: "How it is going",
        daily_life: "Daily life",
    },
    signs: BySign {
        bladder_or_bowel_problems: p(
            "Since the back pain began, have you had new trouble passing urine, or lost control of your bladder or bowel?",
            "For example, you cannot pee, or you wet or soil yourself without feeling it.",
            "Trouble passing urine or bladder/bowel control",
        ),
        saddle_numbness: p(
            "Since the back pain began, have you had new numbness or reduced feeling around your genitals, your back passage (anus) or your inner thighs?",
            "The area that would touch a saddle if you sat on one. For example, you cannot feel the toilet paper when you wipe.",
            "New numbness around genitals, back passage or inner thighs",
        ),
        both_legs: p(
            "Since the back pain began, have you had new numbness, tingling or weakness in both legs?",
            "Numbness you had before the back pain began does not count here.",
            "New numbness, tingling or weakness in both legs",
        ),
        leg_weakness: p(
            "Has a thigh, calf or foot become weaker, and is this new or getting worse?",
            "For example, your foot drags, or you cannot stand on your toes or heels.",
            "New or worsening weakness in thigh, calf or foot",
        ),
        fever_or_unwell: p("Do you have a fever, or do you feel generally ill?", "", "Fever or feeling ill"),
        trauma: p(
            "Did the pain start after a hard fall or an accident, for example a fall from a height or a traffic accident?",
            "An everyday slip or knock does not count here.",
            "Began after a hard fall or an accident",
        ),
        weight_loss: p("Have you lost weight recently without trying?", "", "Weight loss without trying"),
        cancer_history: p("Have you ever had cancer?", "", "Has had cancer"),
        constant_night_pain: p(
            "Is the pain constant, so that rest does not ease it, or is it worst at night?",
            "",
            "Constant pain, or worst at night",
        ),
        osteoporosis_or_steroids: p(
            "Do you have osteoporosis (brittle bones), or have you taken cortisone (steroid) tablets for a long time?",
            "",
            "Osteoporosis or long-term steroid tablets",
        ),
        pain_below_knee: p(
            "Does the pain spread down your leg, below the knee?",
            "Pain down the leg (sciatica) can come from an irritated nerve root.",
            "Pain down the leg below the knee",
        ),
        uncontrolled_pain: p(
            "Is the pain so strong that painkillers and rest do not help enough?",
            "",
            "Strong pain not helped by painkillers or rest",
        ),
        major_impact: p(
            "Do the problems make your daily life or work much harder?",
            "",
            "Daily life or work much harder",
        ),
        worried: p("Are you unsure what this is, or worried that it is something dangerous?", "", "Unsure or worried"),
    },
    age: p("How old are you?", "In whole years.", "Age"),
    age_invalid: "Type your age in whole years, from 0 to 120.",
    duration: p("How long have you had this bout of back pain?", "Count from when it began this time.", "How long"),
    duration_choices: [
        "Less than 1 week",
        "1 to 3 weeks",
        "4 to 5 weeks",
        "6 to 7 weeks",
        "8 to 12 weeks",
        "More than 12 weeks",
    ],
    trend: p("How has the pain been over the last few days?", "", "Lately"),
    trend_choices: ["Getting better", "About the same", "Getting worse"],
    headline: ByUrgency {
        emergency: "Call {emergency} now",
        urgent: "Contact a doctor today",
        soon: "Book an appointment with a doctor within a few days",
        self_care: "You can look after your back at home",
    },
    headline_body: ByUrgency {
        emergency: "Your answer can be a sign of pressure on the nerves at the bottom of the spine. This must be checked in hospital straight away. Do not wait to see if it passes.",
        urgent: "Call {gp} today. If they are closed, call {ooh_name} on {ooh}.",
        soon: "Contact {gp} and ask for an appointment in the next few days. Until then, the advice below can help.",
        self_care: "Your answers show none of the warning signs. Most back pain is harmless and gets much better within a few weeks, fastest if you keep moving.",
    },
    category: CategoryTexts {
        nonspecific: "Your answers fit ordinary back pain (lumbago). For 85 to 90 in 100 people no single cause can be found, and it is very rarely dangerous.",
        nerve_root: "Your answers suggest that a nerve root in the back may be irritated, for example by a slipped disc (sciatica). This often takes longer to settle, but most people get better without an operation.",
        possible_serious: "Some of your answers are signs that a doctor should look at, to rule out other causes. Most people with these signs do not have a serious illness.",
    },
    contacts_heading: "Who to contact",
    emergency_label: "Emergency",
    ooh_label: "{ooh_name}",
    why_heading: "Why",
    reasons: ByRule {
        emergency_bladder_or_bowel_problems: "New trouble passing urine, or losing control of your bladder or bowel, together with back pain can mean pressure on the nerves at the bottom of the spine (cauda equina). This needs emergency care.",
        emergency_saddle_numbness: "New numbness or reduced feeling around the genitals, back passage or inner thighs can mean pressure on the nerves at the bottom of the spine (cauda equina). This needs emergency care.",
        emergency_both_legs: "New numbness, tingling or weakness in both legs since the back pain began can mean pressure on the nerves in the lower spine. This needs emergency care.",
        urgent_leg_weakness: "New or worsening weakness in a thigh, calf or foot means a nerve may be affected. A doctor should examine you today.",
        urgent_fever_or_unwell: "Fever or feeling generally ill together with back pain should be checked by a doctor today, to rule out an infection.",
        urgent_trauma: "Pain that began after a hard fall or an accident should be checked by a doctor today, to rule out an injury to the spine.",
        urgent_cancer_history_with_other_cancer_sign: "You have had cancer, and you have another sign that should be checked together with it. A doctor should look at this today.",
        soon_weight_loss: "Losing weight without trying should be checked by a doctor.",
        soon_cancer_history: "Because you have had cancer, a doctor should look at new back pain.",
        soon_constant_night_pain: "Pain that is constant, or worst at night, should be checked by a doctor.",
        soon_osteoporosis_or_steroids: "Brittle bones or long-term steroid tablets make it easier to break a bone in the back, even without a big fall. A doctor should check.",
        soon_uncontrolled_pain: "When painkillers and rest do not help enough, a doctor can help you with better pain relief.",
        soon_worried: "Being unsure or worried is a good reason to see a doctor. An examination and an explanation often help.",
        soon_major_impact: "When back pain makes daily life or work much harder, a doctor can help with treatment and with getting back to normal activity.",
        soon_getting_worse: "Back pain that is getting worse should be checked by a doctor.",
        soon_under_16: "This tool is made for people aged 16 and over. Children and young people with back pain should see a doctor.",
        soon_not_better_after_4_weeks: "The pain has lasted 4 weeks or more without getting better. Then it is time for a doctor to examine you.",
        advice_imaging_and_exercise_after_4_weeks: "When the pain is almost unchanged after 4 to 6 weeks, the guideline suggests considering imaging and a guided exercise programme.",
        advice_specialist_after_6_weeks: "Significant problems lasting more than 6 to 8 weeks can be a reason for referral to a specialist or a back clinic.",
        self_care_no_warning_signs: "You answered no to all the warning signs. Back pain is very rarely caused by a dangerous illness, and the back heals best with normal, varied activity.",
    },
    source_label: "Source",
    advice_heading: "What you can do",
    advice: ByAdvice {
        call_emergency: para(
            "Call {emergency} now",
            "Say that you have back pain and describe the sign you answered yes to. If you cannot call, ask someone to call for you.",
        ),
        contact_doctor_today: para(
            "Contact a doctor today",
            "Call {gp} today. If they are closed, call {ooh_name} on {ooh}.",
        ),
        book_appointment: para("Book an appointment", "Contact {gp} and ask for an appointment within a few days."),
        imaging_review: para(
            "Ask whether a scan would help",
            "Scans are usually not needed for back pain. When the pain is almost unchanged after 4 to 6 weeks, your doctor can consider an X-ray, MRI or CT scan.",
        ),
        exercise_program: para(
            "Ask about guided exercise",
            "When problems last about 4 to 6 weeks, a guided exercise or activity programme is recommended, followed up over time, with exercises you can do at home.",
        ),
        specialist_referral: para(
            "Ask about a referral",
            "With significant problems lasting more than 6 to 8 weeks, your doctor can refer you to a specialist or a back clinic, where several professions work together.",
        ),
        stay_active: para(
            "Keep moving",
            "The back heals best and fastest when you keep up your normal, varied activities as much as you can. Lie down as little as possible: bed rest is not a treatment. It is not harmful if it hurts when you move. Go back to your daily activities, and work, as soon as you can.",
        ),
        pain_relief_nordic: para(
            "Pain relief",
            "Painkillers you can buy without a prescription can ease the pain and help you stay active. Take them regularly, for example 3 to 4 times a day. Most used are paracetamol (at most 4 grams a day) or ibuprofen. Read the leaflet, and ask a pharmacist if you have other illnesses or take other medicines.",
        ),
        pain_relief_nice: para(
            "Pain relief",
            "If you need a painkiller, NICE advises an anti-inflammatory such as ibuprofen, at the lowest dose that works and for the shortest time. Paracetamol on its own is not recommended for low back pain. Read the leaflet, and ask a pharmacist if you have other illnesses or take other medicines.",
        ),
        heat: para("Try heat", "For acute back pain, heat can be tried, for example a warm shower or a heat pad."),
        prevention: para(
            "Prevent new bouts",
            "Regular exercise you enjoy is the best protection. Walk or cycle for 20 to 30 minutes, ideally every day. Avoid sitting still for long; get up and move between tasks. Many find exercises for strength and stretching useful.",
        ),
        safety_net: para(
            "When to seek help at once",
            "Call {emergency} straight away if you have trouble peeing, or lose control of your bladder or bowel. Also call if you get numbness around your genitals or back passage, or numbness or weakness in both legs. Contact a doctor the same day if you get a fever, weakness in a leg, or the pain becomes much worse.",
        ),
    },
    summary_heading: "Your answers",
    years: "years",
    print: "Print or save as PDF",
    copy_text: "Copy as text",
    copied: "Copied. You can paste it into a message or a document.",
    copy_failed: "Could not copy. Use Print instead.",
    date_label: "Date",
    services,
};
