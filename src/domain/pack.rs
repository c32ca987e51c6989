//! Content packs: the questions, explanations and facts a widget shows, as versioned data.
//!
//! A pack is JSON (`static/packs/en.json` is the English one, published as `dist/packs/en.json`
//! so partners can start their own from it). Every question, choice and fact has a stable `id`
//! that survives shuffling and translation. These types only describe the shape; whether a pack
//! is fit to show is decided by [`crate::domain::validate`].

/// The pack format this build reads. Packs carry it as `schema_version`.
pub const SCHEMA_VERSION: u32 = 1;

/// A whole content pack, as parsed from JSON.
///
/// Shape: `{ "schema_version": 1, "locale": "en", "questions": [Question…], "facts": [Fact…] }`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Pack {
    /// Format version; must equal [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// BCP 47 language tag of the text, e.g. `"en"`. Sets `lang` on the widget root.
    pub locale: String,
    /// The quiz, in authoring order (the engine shuffles a copy).
    pub questions: Vec<Question>,
    /// The fact panel, in display order.
    pub facts: Vec<Fact>,
}

/// What a question is about; packs use the lowercase names (`"labour"`, `"csec"`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Topic {
    /// Forced labour and labour trafficking.
    #[default]
    Labour,
    /// Sex trafficking of adults.
    Sex,
    /// Commercial sexual exploitation of children (anyone under 18).
    Csec,
    /// How trafficking differs from migrant smuggling.
    Smuggling,
    /// Common misconceptions.
    Myths,
}

impl Topic {
    /// Every topic, in the order the README lists them.
    pub const ALL: [Topic; 5] = [
        Topic::Labour,
        Topic::Sex,
        Topic::Csec,
        Topic::Smuggling,
        Topic::Myths,
    ];

    /// The name packs and attributes use, e.g. `"labour"`.
    pub fn name(self) -> &'static str {
        match self {
            Topic::Labour => "labour",
            Topic::Sex => "sex",
            Topic::Csec => "csec",
            Topic::Smuggling => "smuggling",
            Topic::Myths => "myths",
        }
    }

    /// The topic called `name` (exactly as [`Topic::name`] spells it).
    pub fn from_name(name: &str) -> Option<Topic> {
        Topic::ALL.into_iter().find(|t| t.name() == name)
    }
}

/// How a question is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum QuestionKind {
    /// Radio buttons; exactly one choice is correct.
    #[default]
    Single,
    /// Checkboxes; one or more choices are correct and the answer must match them all.
    Multiple,
    /// Two radio buttons, shown in pack order (true first); exactly one is correct.
    TrueFalse,
    /// A short case (`scenario`) to classify, e.g. trafficking or smuggling; exactly one choice is correct.
    Scenario,
}

/// One quiz question.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Question {
    /// Stable id, unique among the pack's questions.
    pub id: String,
    pub topic: Topic,
    pub kind: QuestionKind,
    /// The case to read first; required for [`QuestionKind::Scenario`], ignored otherwise.
    pub scenario: Option<String>,
    /// The question itself; shown as the fieldset's legend.
    pub prompt: String,
    pub choices: Vec<Choice>,
    pub explanation: Explanation,
    /// Where the explanation's facts come from; at least one.
    pub sources: Vec<Source>,
}

/// One answer option.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Choice {
    /// Stable id, unique within its question.
    pub id: String,
    pub text: String,
    /// Whether choosing it is (part of) the right answer.
    pub correct: bool,
}

/// What a visitor reads after answering: the sign, why it matters, what to do.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Explanation {
    /// What the sign or rule is.
    pub sign: String,
    /// Why it matters.
    pub why: String,
    /// What to do about it (ask, listen, call a hotline; never confront anyone).
    pub action: String,
}

/// A published source: who said it, and when.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Source {
    /// Publisher and title, e.g. `"UNODC, Global Report on Trafficking in Persons"`.
    pub name: String,
    /// Year of publication (four digits). `None` only for undated guidance; every question and
    /// fact must also cite at least one dated source.
    pub year: Option<u16>,
}

/// One entry of the fact panel.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Fact {
    /// Stable id, unique among the pack's facts.
    pub id: String,
    pub heading: String,
    pub body: String,
    /// Optional list of points shown under the body, in order.
    pub points: Vec<String>,
    /// Old figures kept for context; the view labels them as history.
    pub historical: bool,
    /// At least one.
    pub sources: Vec<Source>,
}
