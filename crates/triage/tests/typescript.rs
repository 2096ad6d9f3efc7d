//! The package's type declarations (`www/package/index.d.ts`) name exactly what the core's
//! JSON contract holds: each union of string literals the same set as the Rust enum it copies,
//! and `Answers` the same fields. A code, rule or field added in Rust without its type fails here.

use std::collections::BTreeSet;

use triage::country::DkRegion;
use triage::decision::{Advice, Category, Country, Field, RuleId, Sign, Trend, Urgency};
use triage::i18n::Lang;
use triage::questionnaire::{EMERGENCY_SIGNS, StepId};

const DECLARATIONS: &str = include_str!("../../../www/package/index.d.ts");

/// The string literals of `export type {name} = 'a' | 'b' …;`.
fn union(name: &str) -> BTreeSet<String> {
    let start = format!("export type {name} =");
    let at = DECLARATIONS.find(&start).unwrap_or_else(|| panic!("index.d.ts has no type {name}"));
    let body = &DECLARATIONS[at + start.len()..];
    let body = &body[..body.find(';').expect("the type ends with ;")];
    let members: BTreeSet<String> =
        body.split('|').map(|m| m.trim().trim_matches('\'').to_owned()).filter(|m| !m.is_empty()).collect();
    assert!(members.iter().all(|m| !m.contains(' ')), "{name} is not a union of string literals: {body}");
    members
}

/// The field names of `export interface {name} { … }`.
fn interface_fields(name: &str) -> BTreeSet<String> {
    let start = format!("export interface {name} {{");
    let at = DECLARATIONS.find(&start).unwrap_or_else(|| panic!("index.d.ts has no interface {name}"));
    let body = &DECLARATIONS[at + start.len()..];
    let body = &body[..body.find("\n}").expect("the interface ends")];
    body.lines()
        .map(str::trim)
        .filter(|l| !l.starts_with("/**") && !l.starts_with('*') && l.contains(':'))
        .map(|l| l[..l.find([':', '?']).expect("a field")].to_owned())
        .collect()
}

fn names<T>(items: impl IntoIterator<Item = T>, name: impl Fn(T) -> &'static str) -> BTreeSet<String> {
    items.into_iter().map(|item| name(item).to_owned()).collect()
}

#[test]
fn each_union_is_the_set_of_its_rust_enum() {
    assert_eq!(union("Trend"), names(Trend::ALL, Trend::as_str));
    assert_eq!(union("Urgency"), names(Urgency::ALL, Urgency::as_str));
    let categories = [Category::Nonspecific, Category::NerveRoot, Category::PossibleSerious];
    assert_eq!(union("Category"), names(categories, Category::as_str));
    let advice: BTreeSet<String> = Advice::ALL
        .into_iter()
        .map(|a| serde_json::to_value(a).expect("advice serialises").as_str().expect("as a string").to_owned())
        .collect();
    assert_eq!(union("AdviceCode"), advice);
    assert_eq!(union("RuleId"), names(RuleId::ALL.iter().copied(), RuleId::as_str));
    assert_eq!(union("EmergencySign"), names(EMERGENCY_SIGNS, Sign::field_name));
    assert_eq!(union("StepId"), names(StepId::ALL.iter().copied(), StepId::as_str));
    assert_eq!(union("Language"), names(Lang::ALL, Lang::code));
    assert_eq!(union("Country"), names(Country::ALL, Country::code));
    assert_eq!(union("DkRegion"), names(DkRegion::ALL, DkRegion::code));
}

#[test]
fn answers_has_every_field_of_the_contract() {
    let fields = [Field::Age, Field::DurationWeeks, Field::Trend].into_iter().chain(Sign::ALL.map(Field::Sign));
    let contract: BTreeSet<String> = fields.map(|f| f.name().to_owned()).collect();
    assert_eq!(contract.len(), 3 + Sign::ALL.len());
    assert_eq!(interface_fields("Answers"), contract);
}

#[test]
fn a_reason_names_its_rule_by_the_rule_id_union() {
    let reason = &DECLARATIONS[DECLARATIONS.find("export interface Reason {").expect("Reason")..];
    let reason = &reason[..reason.find("\n}").expect("its end")];
    assert!(reason.contains("rule: RuleId;"), "{reason}");
}
