//! Checks that a parsed [`Pack`] is fit to show, and reports every problem with its JSON path.
//!
//! `load::read_shape` has already checked the shape; this module checks the rules a shape
//! cannot: unique ids, a correct answer that exists, a source and year on every explanation and
//! fact. It collects all errors rather than stopping at the first, so an author can fix a pack
//! in one pass.

use std::collections::HashSet;
use std::fmt;

use super::pack::{Pack, QuestionKind, Source, OLDEST_SCHEMA_VERSION, SCHEMA_VERSION};

/// Years a source may carry. Anything else is a typo (`203`, `20022`).
const YEARS: std::ops::RangeInclusive<u16> = 1900..=2100;

/// One problem in a pack, e.g. `questions[3].choices[1].id: duplicate id "c2"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackError {
    /// JSON path of the offending value, e.g. `questions[3].choices[1].id`.
    pub path: String,
    /// What is wrong, in plain English.
    pub message: String,
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Collects errors as the checks walk the pack.
#[derive(Default)]
struct Report(Vec<PackError>);

impl Report {
    fn error(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.0.push(PackError {
            path: path.into(),
            message: message.into(),
        });
    }

    fn non_empty(&mut self, path: impl Into<String>, value: &str) {
        if value.trim().is_empty() {
            self.error(path, "must not be empty");
        }
    }

    /// Records `id` at `path`, reporting it when empty or already in `seen`.
    fn unique_id(&mut self, seen: &mut HashSet<String>, path: String, id: &str) {
        if id.trim().is_empty() {
            self.error(path, "must not be empty");
        } else if !seen.insert(id.to_owned()) {
            self.error(path, format!("duplicate id \"{id}\""));
        }
    }

    fn sources(&mut self, path: &str, sources: &[Source]) {
        if !sources.iter().any(|s| s.year.is_some()) {
            self.error(path, "needs at least one source with a year");
        }
        for (i, source) in sources.iter().enumerate() {
            self.non_empty(format!("{path}[{i}].name"), &source.name);
            if let Some(year) = source.year.filter(|y| !YEARS.contains(y)) {
                self.error(
                    format!("{path}[{i}].year"),
                    format!("{year} is not a plausible year (1900 to 2100)"),
                );
            }
        }
    }
}

/// Checks every rule a shown pack must meet.
///
/// Returns `Ok(())`, or every error found, in document order.
pub fn validate(pack: &Pack) -> Result<(), Vec<PackError>> {
    let mut report = Report::default();

    if !(OLDEST_SCHEMA_VERSION..=SCHEMA_VERSION).contains(&pack.schema_version) {
        report.error(
            "schema_version",
            format!(
                "version {} is not supported (this build reads {OLDEST_SCHEMA_VERSION} to {SCHEMA_VERSION})",
                pack.schema_version
            ),
        );
    }
    report.non_empty("locale", &pack.locale);
    if pack.questions.is_empty() {
        report.error("questions", "needs at least one question");
    }

    let mut question_ids = HashSet::new();
    for (q, question) in pack.questions.iter().enumerate() {
        let at = format!("questions[{q}]");
        report.unique_id(&mut question_ids, format!("{at}.id"), &question.id);
        report.non_empty(format!("{at}.prompt"), &question.prompt);
        if question.audiences.is_empty() {
            report.error(
                format!("{at}.audiences"),
                "needs at least one audience (general, health, education, hospitality, workplace)",
            );
        }
        if question.kind == QuestionKind::Scenario {
            match &question.scenario {
                Some(text) => report.non_empty(format!("{at}.scenario"), text),
                None => report.error(
                    format!("{at}.scenario"),
                    "a scenario question needs its case text",
                ),
            }
        }

        let mut choice_ids = HashSet::new();
        for (c, choice) in question.choices.iter().enumerate() {
            report.unique_id(&mut choice_ids, format!("{at}.choices[{c}].id"), &choice.id);
            report.non_empty(format!("{at}.choices[{c}].text"), &choice.text);
        }
        let correct = question.choices.iter().filter(|c| c.correct).count();
        let choices = question.choices.len();
        match question.kind {
            QuestionKind::TrueFalse if choices != 2 => report.error(
                format!("{at}.choices"),
                format!("a true_false question has exactly 2 choices, not {choices}"),
            ),
            _ if choices < 2 => report.error(format!("{at}.choices"), "needs at least 2 choices"),
            _ => {}
        }
        match question.kind {
            QuestionKind::Multiple if correct == 0 => report.error(
                format!("{at}.choices"),
                "no choice is marked correct: set \"correct\": true on at least one",
            ),
            QuestionKind::Multiple => {}
            _ if correct != 1 => report.error(
                format!("{at}.choices"),
                format!("exactly one choice must be marked correct, not {correct}"),
            ),
            _ => {}
        }

        report.non_empty(format!("{at}.explanation.sign"), &question.explanation.sign);
        report.non_empty(format!("{at}.explanation.why"), &question.explanation.why);
        report.non_empty(
            format!("{at}.explanation.action"),
            &question.explanation.action,
        );
        report.sources(&format!("{at}.sources"), &question.sources);
    }

    let mut fact_ids = HashSet::new();
    for (f, fact) in pack.facts.iter().enumerate() {
        let at = format!("facts[{f}]");
        report.unique_id(&mut fact_ids, format!("{at}.id"), &fact.id);
        report.non_empty(format!("{at}.heading"), &fact.heading);
        report.non_empty(format!("{at}.body"), &fact.body);
        for (p, point) in fact.points.iter().enumerate() {
            report.non_empty(format!("{at}.points[{p}]"), point);
        }
        report.sources(&format!("{at}.sources"), &fact.sources);
    }

    if report.0.is_empty() {
        Ok(())
    } else {
        Err(report.0)
    }
}
