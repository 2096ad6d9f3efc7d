import { useState } from 'react';
import type {
  PartialAnswers,
  TriageCompleteDetail,
  TriageErrorDetail,
  TriageStepDetail,
  Urgency,
} from 'back-pain-triage';

export function App() {
  const [lang, setLang] = useState<'en' | 'nb'>('en');
  const [steps, setSteps] = useState<TriageStepDetail[]>([]);
  const [urgency, setUrgency] = useState<Urgency | null>(null);
  const [error, setError] = useState<string | null>(null);

  // Drop-off counting: only the step's id and place arrive, never an answer.
  const onStep = (event: CustomEvent<TriageStepDetail>) => setSteps((seen) => [...seen, event.detail]);
  const onComplete = (event: CustomEvent<TriageCompleteDetail>) => setUrgency(event.detail.outcome.urgency);
  const onError = (event: CustomEvent<TriageErrorDetail>) => setError(event.detail.error);

  return (
    <main>
      <h1>{lang === 'nb' ? 'Vondt i ryggen?' : 'Back pain?'}</h1>
      <label>
        Language{' '}
        <select id="lang" value={lang} onChange={(e) => setLang(e.target.value as 'en' | 'nb')}>
          <option value="en">English</option>
          <option value="nb">Norsk</option>
        </select>
      </label>
      <back-pain-triage
        lang={lang}
        country={lang === 'nb' ? 'NO' : 'GB'}
        clinic-name="Back Clinic"
        clinic-tel="+44 20 7946 0000"
        clinic-url="/booking"
        // What the clinic already knows, e.g. from its booking form. Written inline: a new
        // object on every render, which the element recognises as the same answers.
        answers={{ age: 52 } satisfies PartialAnswers}
        ontriage-step={onStep}
        ontriage-complete={onComplete}
        ontriage-error={onError}
      />
      <p id="steps">
        {steps.map((s) => `${s.index + 1}/${s.total} ${s.step}`).join(', ')}
      </p>
      <p id="outcome">{urgency ?? ''}</p>
      <p id="error">{error ?? ''}</p>
    </main>
  );
}
