//! Pre-filled answers: a partial `Answers` object and a partial QuestionnaireResponse are read
//! by the same checks as complete ones (same field names, same messages), become a draft that
//! holds exactly what was given, and nothing else.

use crate::common;

use serde_json::{Value, json};
use triage::decision::{Answers, PartialAnswers, Sign, Trend};
use triage::fhir::{self, IncomingResponse};
use triage::i18n::Lang;
use triage::questionnaire::{Draft, DurationChoice, Question, STEPS};

fn partial(v: Value) -> Result<PartialAnswers, String> {
    serde_json::from_value(v).map_err(|e| e.to_string())
}

fn complete(v: Value) -> Result<Answers, String> {
    serde_json::from_value(v).map_err(|e| e.to_string())
}

fn every_question() -> impl Iterator<Item = Question> {
    STEPS.iter().flat_map(|s| s.questions.iter().copied())
}

#[test]
fn a_partial_answers_object_fills_exactly_its_fields() {
    let p = partial(json!({"age": 52, "duration_weeks": 5, "pain_below_knee": true, "worried": false})).unwrap();
    let draft = Draft::from_partial(&p);
    assert_eq!(draft.age, Some(52));
    assert_eq!(draft.duration, Some(DurationChoice::FourToSixWeeks), "5 weeks is shown as 4–6 weeks");
    assert_eq!(draft.trend, None);
    assert_eq!(draft.sign(Sign::PainBelowKnee), Some(true));
    assert_eq!(draft.sign(Sign::Worried), Some(false));
    let answered: Vec<Question> = every_question().filter(|q| draft.is_answered(*q)).collect();
    assert_eq!(
        answered,
        [Question::Sign(Sign::PainBelowKnee), Question::Age, Question::Duration, Question::Sign(Sign::Worried)]
    );
    assert!(partial(json!({})).unwrap().is_empty());
    assert_eq!(Draft::from_partial(&partial(json!({})).unwrap()), Draft::default());
    // A whole-number float is an age, as in evaluate.
    assert_eq!(partial(json!({"age": 40.0})).unwrap().age, Some(40));
    // Every field given: the same as the complete answers.
    let full = common::to_json(&common::answers(33, 8.0, Trend::Worse, &[Sign::Trauma]));
    assert_eq!(Draft::from_partial(&partial(full.clone()).unwrap()).answers(), Some(complete(full).unwrap()));
}

#[test]
fn bad_fields_give_exactly_the_error_a_complete_object_gives() {
    // Each bad field, alone in a partial object and inside an otherwise valid complete one.
    for (field, bad) in [
        ("age", json!(140)),
        ("age", json!("forty")),
        ("age", json!(40.5)),
        ("duration_weeks", json!(-1)),
        ("duration_weeks", json!(null)),
        ("trend", json!("sideways")),
        ("trauma", json!("yes")),
        ("saddle_numbess", json!(true)),
        ("worried", json!([])),
    ] {
        let alone = partial(json!({ field: bad })).unwrap_err();
        let mut object = common::valid_json();
        object.remove(field);
        object.insert(field.to_owned(), bad.clone());
        let in_complete = complete(Value::Object(object)).unwrap_err();
        assert_eq!(alone, in_complete, "{field} = {bad}");
        assert!(alone.starts_with(&format!("field `{field}`: ")), "{alone}");
    }
    assert!(partial(json!([])).is_err());
    assert!(partial(json!("age")).is_err());
}

fn read_draft(v: Value) -> Result<Draft, String> {
    let response: IncomingResponse = serde_json::from_value(v).map_err(|e| e.to_string())?;
    fhir::draft_from_response(&response).map_err(|e| e.to_string())
}

#[test]
fn a_partial_questionnaire_response_fills_exactly_its_items() {
    let mut draft = Draft::default();
    draft.age = Some(61);
    draft.trend = Some(Trend::Unchanged);
    draft.set_sign(Sign::CancerHistory, true);
    let response =
        serde_json::to_value(fhir::questionnaire_response(&draft, Lang::Sv, "2026-11-30T08:00:00Z")).unwrap();
    assert_eq!(response["item"].as_array().unwrap().len(), 3);
    assert_eq!(read_draft(response).unwrap(), draft, "exactly the three answers, nothing else");
    // Grouped items and boolean yes/no, as other renderers write them.
    let grouped = json!({"resourceType": "QuestionnaireResponse", "item": [
        {"linkId": "group-1", "item": [{"linkId": "both_legs", "answer": [{"valueBoolean": false}]}]},
        {"linkId": "group-2", "item": [{"linkId": "pain_below_knee", "answer": [{"valueBoolean": true}]}]}]});
    let d = read_draft(grouped).unwrap();
    assert_eq!(d.sign(Sign::BothLegs), Some(false));
    assert_eq!(d.sign(Sign::PainBelowKnee), Some(true));
    assert_eq!(every_question().filter(|q| d.is_answered(*q)).count(), 2);
    // A response without items is an empty pre-fill, not an error.
    assert_eq!(read_draft(json!({"resourceType": "QuestionnaireResponse"})).unwrap(), Draft::default());
}

#[test]
fn a_bad_questionnaire_response_names_the_item_as_answers_from_response_does() {
    for (bad, named) in [
        (json!({"resourceType": "Patient"}), "`resourceType`"),
        (
            json!({"resourceType": "QuestionnaireResponse", "questionnaire": "https://other.example/Q"}),
            "`questionnaire`",
        ),
        (
            json!({"resourceType": "QuestionnaireResponse", "item": [{"linkId": "age", "answer": [{"valueInteger": 300}]}]}),
            "item `age`",
        ),
        (
            json!({"resourceType": "QuestionnaireResponse", "item": [{"linkId": "shoe_size", "answer": [{"valueInteger": 42}]}]}),
            "item `shoe_size`",
        ),
        (
            json!({"resourceType": "QuestionnaireResponse", "item": [
            {"linkId": "trend", "answer": [{"valueCoding": {"code": "sideways"}}]}]}),
            "item `trend`",
        ),
        (
            json!({"resourceType": "QuestionnaireResponse", "item": [
            {"linkId": "trauma", "answer": [{"valueBoolean": true}]}, {"linkId": "trauma", "answer": [{"valueBoolean": false}]}]}),
            "item `trauma`",
        ),
    ] {
        let message = read_draft(bad.clone()).unwrap_err();
        assert!(message.starts_with(named), "{bad}: {message}");
        let response: IncomingResponse = serde_json::from_value(bad.clone()).unwrap();
        assert_eq!(fhir::answers_from_response(&response).unwrap_err().to_string(), message, "the same reader");
    }
}
