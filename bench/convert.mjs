// The English pack's quiz in the two other forms the benchmark measures: SurveyJS JSON, and the
// first question as a static HTML page (the floor). Run at benchmark time from the pack as
// shipped in dist/, so all three pages show the same questions.

/** SurveyJS question type for each pack `kind` (true/false and scenarios are two-choice radios). */
const SURVEYJS_TYPE = { single: 'radiogroup', multiple: 'checkbox', true_false: 'radiogroup', scenario: 'radiogroup' };

/** "Name (2000); Other (no date)", as the widget cites sources. */
function citation(sources) {
  return sources.map((s) => `${s.name} (${s.year || 'no date'})`).join('; ');
}

/**
 * A pack (schema_version 1) as SurveyJS data.
 *
 * Returns `{ survey, feedback }`: `survey` is a SurveyJS survey JSON, one page per question
 * (`questionsOnPageMode: "questionPerPage"`), each question named by the pack question's id,
 * its choices' `value`s the pack choice ids and `correctAnswer` set (an array of ids for
 * `checkbox`). A scenario's case goes before its prompt in the title. `feedback` maps each
 * question id to the explanation text the benchmark's "Check answer" shows (SurveyJS JSON has
 * no field for it). Throws if a question kind has no SurveyJS counterpart.
 */
export function toSurveyJs(pack) {
  const feedback = {};
  const elements = pack.questions.map((q) => {
    const type = SURVEYJS_TYPE[q.kind];
    if (!type) throw new Error(`question ${q.id}: no SurveyJS type for kind ${q.kind}`);
    const correct = q.choices.filter((c) => c.correct).map((c) => c.id);
    const e = q.explanation;
    // The widget's own labels (src/domain/messages.rs), so both show the same text.
    feedback[q.id] = `What it is: ${e.sign} Why it matters: ${e.why} What to do: ${e.action} ` +
      `${q.sources.length === 1 ? 'Source' : 'Sources'}: ${citation(q.sources)}`;
    return {
      type,
      name: q.id,
      title: q.scenario ? `Case: ${q.scenario} ${q.prompt}` : q.prompt,
      choices: q.choices.map((c) => ({ value: c.id, text: c.text })),
      correctAnswer: type === 'checkbox' ? correct : correct[0],
      descriptionLocation: 'underInput',
    };
  });
  return {
    survey: {
      locale: pack.locale,
      questionsOnPageMode: 'questionPerPage',
      pages: [{ name: 'quiz', elements }],
      completedHtml: '<h3>Your results</h3><p>You got {correctAnswers} of {questionCount} right.</p>',
    },
    feedback,
  };
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
}

/**
 * The floor: the pack's first question as a complete static page, a fieldset of native radios
 * or checkboxes with labels under a minimal inline stylesheet, and no script (so "Check answer"
 * does nothing). Returns the HTML text.
 */
export function floorPage(pack) {
  const q = pack.questions[0];
  const type = q.kind === 'multiple' ? 'checkbox' : 'radio';
  const choices = q.choices.map((c, i) =>
    `<div><input type="${type}" id="c${i}" name="answer" value="${escapeHtml(c.id)}">` +
    `<label for="c${i}">${escapeHtml(c.text)}</label></div>`).join('\n');
  const scenario = q.scenario ? `<span>Case: ${escapeHtml(q.scenario)}</span> ` : '';
  return `<!doctype html>
<html lang="${escapeHtml(pack.locale)}">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Static floor</title>
<style>body{font:100%/1.5 system-ui,sans-serif;margin:1em;max-width:40em}fieldset{border:1px solid #6b7480;padding:1em}
legend{font-weight:bold}input{margin:.5em}button{font:inherit;padding:.5em 1em;margin-top:1em}</style></head>
<body>
<h1>A partner page</h1>
<form>
<fieldset><legend>Question 1 of ${pack.questions.length}. ${scenario}${escapeHtml(q.prompt)}</legend>
${choices}
</fieldset>
<button type="button">Check answer</button>
</form>
</body>
</html>
`;
}
