"""Validates the FHIR R4 export with a maintained FHIR library (fhir.resources, its R4B models:
R4B changed nothing in Questionnaire or QuestionnaireResponse), and checks each response
against the Questionnaire itself.

Inputs: the Questionnaire in all five languages and QuestionnaireResponses for several answer
sets, from the release CLI (target/release/triage); plus every response the browser tests
saved under test-results/fhir/ (from the widget's triage-complete event and from LHC-Forms).

Run: .venv/bin/python -m unittest discover -s tests/fhir -v
"""
import glob
import json
import os
import subprocess
import unittest

from fhir.resources.R4B.questionnaire import Questionnaire
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
TRIAGE = os.environ.get("TRIAGE_BIN", os.path.join(REPO, "target", "release", "triage"))
# http://hl7.org/fhir/R4/valueset-item-type.html
R4_ITEM_TYPES = {"group", "display", "boolean", "decimal", "integer", "date", "dateTime", "time", "string",
                 "text", "url", "choice", "open-choice", "attachment", "reference", "quantity"}
SIGNS = [
    "bladder_or_bowel_problems", "saddle_numbness", "both_legs", "leg_weakness", "leg_numbness",
    "fever_or_unwell", "trauma", "minor_fall", "weight_loss", "cancer_history", "constant_night_pain",
    "osteoporosis_or_steroids", "pain_below_knee", "uncontrolled_pain", "major_impact", "worried",
]
# Every sign, then age, duration and trend: one item each.
ITEMS = len(SIGNS) + 3


def triage(*args, stdin=""):
    run = subprocess.run([TRIAGE, *args], input=stdin, capture_output=True, text=True, check=False)
    if run.returncode != 0:
        raise AssertionError(f"triage {' '.join(args)} failed: {run.stderr}")
    return json.loads(run.stdout)


def answers(**yes):
    a = {"age": 40, "duration_weeks": 4, "trend": "unchanged"}
    a.update({s: False for s in SIGNS})
    a.update(yes)
    return a


def check_against(questionnaire, response, where):
    """Every answered item exists, has one answer of the item's type, and a permitted code."""
    items = {i["linkId"]: i for i in questionnaire["item"]}
    assert response["questionnaire"].split("|")[0] == questionnaire["url"], where
    for item in response.get("item", []):
        q = items.get(item["linkId"])
        assert q is not None, f"{where}: unknown linkId {item['linkId']}"
        assert len(item["answer"]) == 1, f"{where}: {item['linkId']}"
        answer = item["answer"][0]
        if q["type"] == "choice":
            allowed = {(o["valueCoding"]["system"], o["valueCoding"]["code"]) for o in q["answerOption"]}
            coding = answer["valueCoding"]
            assert (coding.get("system"), coding["code"]) in allowed, f"{where}: {item['linkId']} {coding}"
        else:
            assert q["type"] == "integer" and 0 <= answer["valueInteger"] <= 120, f"{where}: {item['linkId']}"


# Every language the widget speaks (Lang::ALL).
LANGUAGES = ["nb", "nn", "sv", "da", "en"]


class QuestionnaireExport(unittest.TestCase):
    def test_each_language_validates_as_r4_questionnaire(self):
        for lang in LANGUAGES:
            data = triage("questionnaire", "--lang", lang)
            model = Questionnaire.model_validate(data)
            self.assertEqual(model.language, lang)
            self.assertEqual(len(model.item), ITEMS)
            link_ids = [i.linkId for i in model.item]
            # The models do not check item types against R4's value set; R5's "coding" slipped
            # through them once, and LHC-Forms caught it.
            for item in model.item:
                self.assertIn(item.type, R4_ITEM_TYPES, item.linkId)
            self.assertEqual(len(set(link_ids)), ITEMS, "linkIds are unique")
            for n, item in enumerate(model.item):
                for condition in item.enableWhen or []:
                    self.assertIn(condition.question, link_ids[:n], "enableWhen refers to an earlier item")
                codes = [o.valueCoding.code for o in item.answerOption or []]
                self.assertEqual(len(codes), len(set(codes)))

    def test_all_languages_describe_the_same_questionnaire(self):
        def shape(q):
            return [(i["linkId"], i["type"], [o["valueCoding"]["code"] for o in i.get("answerOption", [])],
                     i.get("enableWhen", [])) for i in q["item"]]
        shapes = [shape(triage("questionnaire", "--lang", lang)) for lang in LANGUAGES]
        # enableWhen carries the base language's display text; compare codes only.
        strip = lambda s: [(a, b, c, [(w["question"], w["answerCoding"]["code"]) for w in d]) for a, b, c, d in s]
        self.assertTrue(all(strip(s) == strip(shapes[0]) for s in shapes))


class Responses(unittest.TestCase):
    def setUp(self):
        self.questionnaire = triage("questionnaire")

    def test_cli_responses_validate_and_fit_the_questionnaire(self):
        for n, a in enumerate([answers(), answers(saddle_numbness=True), answers(trauma=True, age=16),
                               answers(worried=True, duration_weeks=12, trend="worse")]):
            for lang in ["nb", "nn", "en"]:
                data = triage("response", "--lang", lang, stdin=json.dumps(a))
                model = QuestionnaireResponse.model_validate(data)
                self.assertEqual(model.status, "completed")
                self.assertIsNone(model.subject, "no identity in the response")
                check_against(self.questionnaire, data, f"cli {n} {lang}")
                self.assertEqual(triage("--fhir", stdin=json.dumps(data)), triage(stdin=json.dumps(a)))

    def test_responses_saved_by_the_browser_tests_validate(self):
        saved = sorted(glob.glob(os.path.join(REPO, "test-results", "fhir", "*.json")))
        for path in saved:
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
            QuestionnaireResponse.model_validate(data)
            check_against(self.questionnaire, data, os.path.basename(path))
        print(f"\n  {len(saved)} responses from the browser tests validated")


if __name__ == "__main__":
    unittest.main()
