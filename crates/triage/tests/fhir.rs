//! FHIR R4: the Questionnaire's structure, the round trip Answers → QuestionnaireResponse →
//! Answers, the early exit, and responses that must be refused with the item named.

use crate::common;

use common::answers;
use serde_json::{Value, json};
use triage::decision::{Answers, Sign, Signs, Trend};
use triage::fhir::{self, IncomingResponse, QUESTIONNAIRE_URL, QUESTIONNAIRE_VERSION};
use triage::i18n::Lang;
use triage::questionnaire::{Draft, DurationChoice, EMERGENCY_SIGNS};

fn to_value<T: serde::Serialize>(v: &T) -> Value {
    serde_json::to_value(v).unwrap()
}

fn read(v: &Value) -> Result<Answers, String> {
    let response: IncomingResponse = serde_json::from_value(v.clone()).map_err(|e| e.to_string())?;
    fhir::answers_from_response(&response).map_err(|e| e.to_string())
}

fn response_for(a: &Answers) -> Value {
    to_value(&fhir::questionnaire_response(&Draft::from_answers(a), Lang::En, "2026-11-22T10:00:00+01:00"))
}

#[test]
fn the_questionnaire_has_every_field_once_and_the_flow_in_enable_when() {
    for lang in Lang::ALL {
        let q = to_value(&fhir::questionnaire(lang));
        assert_eq!(q["resourceType"], "Questionnaire");
        assert_eq!((q["url"].as_str(), q["version"].as_str()), (Some(QUESTIONNAIRE_URL), Some(QUESTIONNAIRE_VERSION)));
        assert_eq!(q["language"], lang.code());
        let items = q["item"].as_array().unwrap();
        let ids: Vec<&str> = items.iter().map(|i| i["linkId"].as_str().unwrap()).collect();
        let mut fields: Vec<&str> = triage::decision::Field::all().map(|f| f.name()).collect();
        let mut sorted = ids.clone();
        sorted.sort_unstable();
        fields.sort_unstable();
        assert_eq!(sorted, fields, "every Answers field exactly once");
        for (n, item) in items.iter().enumerate() {
            assert_eq!(item["required"], true);
            // Translations for every other language on every text.
            assert_eq!(item["_text"]["extension"].as_array().unwrap().len(), Lang::ALL.len() - 1, "{}", ids[n]);
            // Every condition points at an emergency sign asked earlier, enabled by "N".
            let conditions = item["enableWhen"].as_array().cloned().unwrap_or_default();
            let earlier_emergencies = EMERGENCY_SIGNS.iter().filter(|s| ids[..n].contains(&s.field_name())).count();
            assert_eq!(conditions.len(), earlier_emergencies, "{}", ids[n]);
            for c in &conditions {
                assert!(ids[..n].contains(&c["question"].as_str().unwrap()));
                assert_eq!(c["answerCoding"]["code"], "N");
            }
            if conditions.len() > 1 {
                assert_eq!(item["enableBehavior"], "all");
            }
        }
        let trend = items.iter().find(|i| i["linkId"] == "trend").unwrap();
        let codes: Vec<&str> = trend["answerOption"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["valueCoding"]["code"].as_str().unwrap())
            .collect();
        assert_eq!(codes, ["better", "unchanged", "worse"]);
        let age = items.iter().find(|i| i["linkId"] == "age").unwrap();
        assert_eq!(age["type"], "integer");
    }
    let nb = to_value(&fhir::questionnaire(Lang::Nb));
    assert_eq!(nb["item"][0]["answerOption"][0]["valueCoding"]["display"], "Ja");
    // Nynorsk rides along as its own translation, with its own text.
    let nynorsk = nb["item"][0]["_text"]["extension"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["extension"][0]["valueCode"] == "nn")
        .expect("an nn translation");
    assert_eq!(nynorsk["extension"][1]["valueString"], Lang::Nn.texts().signs.bladder_or_bowel_problems.question);
    assert_ne!(nynorsk["extension"][1]["valueString"], Lang::Nb.texts().signs.bladder_or_bowel_problems.question);
}

#[test]
fn answers_survive_the_round_trip_for_every_sign_set() {
    // Every sign set, with durations and trends cycling; the duration read back is the
    // choice's lower bound, which is what the widget gives the core anyway.
    for index in 0..Signs::COUNT {
        let yes = Signs::from_index(index);
        let duration = DurationChoice::ALL[index as usize % 6];
        let a = Answers {
            age: (index % 121) as u8,
            duration_weeks: duration.weeks(),
            trend: Trend::ALL[index as usize % 3],
            yes,
        };
        let back = read(&response_for(&a)).unwrap_or_else(|e| panic!("{e} for {a:?}"));
        assert_eq!(back, a);
    }
}

#[test]
fn an_early_exit_response_is_read_with_the_rest_as_no() {
    // What a renderer honouring enableWhen sends after "yes" to the second emergency sign.
    let mut draft = Draft::default();
    draft.set_sign(Sign::BladderOrBowelProblems, false);
    draft.set_sign(Sign::SaddleNumbness, true);
    let r = to_value(&fhir::questionnaire_response(&draft, Lang::Sv, "2026-11-22T10:00:00Z"));
    assert_eq!(r["item"].as_array().unwrap().len(), 2, "only what was asked");
    let a = read(&r).unwrap();
    assert!(a.has(Sign::SaddleNumbness) && !a.has(Sign::BothLegs));
    assert_eq!(triage::evaluate(&a).urgency, triage::decision::Urgency::Emergency);
}

#[test]
fn foreign_or_broken_responses_name_what_is_wrong() {
    let good = response_for(&answers(40, 1.0, Trend::Better, &[]));
    let with = |f: &dyn Fn(&mut Value)| {
        let mut v = good.clone();
        f(&mut v);
        read(&v).unwrap_err()
    };
    assert!(with(&|v| v["resourceType"] = json!("Patient")).contains("resourceType"));
    assert!(with(&|v| v["questionnaire"] = json!("http://other.example/Questionnaire/x")).contains("questionnaire"));
    assert!(
        with(&|v| {
            v["item"].as_array_mut().unwrap().remove(5);
        })
        .contains("item `fever_or_unwell`: missing")
    );
    assert!(
        with(&|v| v["item"][8]["answer"][0]["valueCoding"]["code"] = json!("maybe")).contains("item `weight_loss`")
    );
    assert!(with(&|v| v["item"][14]["answer"] = json!([{"valueInteger": 130}])).contains("item `age`"));
    assert!(
        with(&|v| v["item"][14]["answer"] = json!([{"valueString": "40"}]))
            .contains("item `age`: expected a valueInteger")
    );
    assert!(
        with(&|v| v["item"][16]["answer"][0]["valueCoding"]["system"] = json!("http://loinc.org"))
            .contains("item `trend`")
    );
    assert!(
        with(&|v| v["item"]
            .as_array_mut()
            .unwrap()
            .push(json!({"linkId": "smoker", "answer": [{"valueBoolean": true}]})))
        .contains("item `smoker`")
    );
    assert!(
        with(&|v| {
            let dup = v["item"][0].clone();
            v["item"].as_array_mut().unwrap().push(dup);
        })
        .contains("more than once")
    );
    // Missing a question before the emergency "yes" is still missing.
    let mut draft = Draft::default();
    draft.set_sign(Sign::SaddleNumbness, true);
    let r = to_value(&fhir::questionnaire_response(&draft, Lang::En, "2026-11-22T10:00:00Z"));
    assert!(read(&r).unwrap_err().contains("item `bladder_or_bowel_problems`: missing"));
}

#[test]
fn other_renderers_shapes_are_accepted() {
    // Items inside a group, booleans for yes/no, no questionnaire element.
    let mut v = response_for(&answers(50, 4.0, Trend::Unchanged, &[Sign::Worried]));
    let items = v["item"].take();
    let items: Vec<Value> = items
        .as_array()
        .unwrap()
        .iter()
        .map(|i| match i["answer"][0]["valueCoding"]["code"].as_str() {
            Some("Y") => json!({"linkId": i["linkId"], "answer": [{"valueBoolean": true}]}),
            Some("N") => json!({"linkId": i["linkId"], "answer": [{"valueBoolean": false}]}),
            _ => i.clone(),
        })
        .collect();
    v["item"] = json!([{"linkId": "group-1", "text": "All", "item": items}]);
    v.as_object_mut().unwrap().remove("questionnaire");
    let a = read(&v).unwrap();
    assert_eq!(a, answers(50, 4.0, Trend::Unchanged, &[Sign::Worried]));
}
