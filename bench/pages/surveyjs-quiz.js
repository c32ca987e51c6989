// The partner's own code for the SurveyJS quiz: load the quiz (bench/convert.mjs made it from
// the English pack), add a "Check answer" button, render. SurveyJS has no per-question answer
// check of its own, so the button is a navigation item that asks the question model
// (isAnswerCorrect()), makes the question read-only and shows the verdict and explanation as
// the question's description, under the choices: the nearest equivalent of the widget's
// "Check answer".
(async function () {
  'use strict';
  const response = await fetch('surveyjs-quiz.json');
  const { survey: json, feedback } = await response.json();
  const survey = new Survey.Model(json);
  if (survey.jsonErrors && survey.jsonErrors.length) {
    console.error('SurveyJS JSON errors: ' + survey.jsonErrors.map((e) => e.message || String(e)).join('; '));
  }
  survey.addNavigationItem({
    id: 'check-answer',
    title: 'Check answer',
    action: () => {
      const question = survey.currentSingleQuestion || survey.currentPage.questions[0];
      if (question.isEmpty()) {
        question.description = 'Choose an answer first.';
        return;
      }
      question.readOnly = true;
      question.description = (question.isAnswerCorrect() ? "That's right. " : 'Not quite. ') + feedback[question.name];
    },
  });
  survey.render(document.getElementById('quiz'));
})();
