// Converts our FHIR R4 Questionnaire into a SurveyJS survey definition, so that SurveyJS asks
// exactly the same questions with the same options and the same early exit (enableWhen →
// visibleIf). Only what our Questionnaire uses is converted.

/** SurveyJS JSON for the FHIR Questionnaire `q`. */
export function surveyFromQuestionnaire(q) {
  const elements = q.item.map((item) => {
    const base = { name: item.linkId, title: item.text, isRequired: item.required === true };
    if (item.enableWhen?.length) {
      const joiner = item.enableBehavior === 'any' ? ' or ' : ' and ';
      base.visibleIf = item.enableWhen.map((w) => `{${w.question}} = '${w.answerCoding.code}'`).join(joiner);
    }
    if (item.type === 'choice') {
      return { ...base, type: 'radiogroup', choices: item.answerOption.map((o) => ({ value: o.valueCoding.code, text: o.valueCoding.display })) };
    }
    if (item.type === 'integer') {
      const ext = (url) => item.extension?.find((e) => e.url.endsWith(url))?.valueInteger;
      return { ...base, type: 'text', inputType: 'number', min: ext('minValue'), max: ext('maxValue') };
    }
    throw new Error(`item ${item.linkId}: type ${item.type} is not converted`);
  });
  return { title: q.title, locale: q.language, showQuestionNumbers: 'off', pages: [{ name: 'all', elements }] };
}
