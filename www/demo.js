// The preview page's language and country pickers. They live outside the widget and only
// change its attributes, exactly as a host page would.
const widget = document.querySelector('back-pain-triage');
const langPicker = document.getElementById('demo-lang');
const countryPicker = document.getElementById('demo-country');
const defaultCountry = { nb: 'NO', nn: 'NO', sv: 'SE', da: 'DK', en: 'GB' };

langPicker.addEventListener('change', () => {
  widget.setAttribute('lang', langPicker.value);
  countryPicker.value = defaultCountry[langPicker.value];
  widget.setAttribute('country', countryPicker.value);
});
countryPicker.addEventListener('change', () => widget.setAttribute('country', countryPicker.value));
widget.addEventListener('triage-complete', (event) => {
  document.getElementById('demo-log').textContent =
    'triage-complete: ' + JSON.stringify(event.detail.outcome.urgency);
});
