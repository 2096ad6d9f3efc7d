// texts/nn.js, which `triage widget-texts --lang nn` writes: the widget's strings in one language, for addTexts.
declare const texts: string[];
export default texts;
