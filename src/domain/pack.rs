//! Content packs: the questions, explanations and facts a widget shows, as versioned data.
//!
//! A pack is JSON (`static/packs/en.json` is the English one, published as `dist/packs/en.json`
//! so partners can start their own from it). Every question, choice and fact has a stable `id`
//! that survives shuffling and translation. These types only describe the shape; whether a pack
//! is fit to show is decided by [`crate::domain::validate`].

use super::region::Region;

/// The pack format this build writes and prefers. Packs carry it as `schema_version`.
///
/// Version 2 added what a run is chosen by: [`Question::teaches`], [`Question::audiences`] and
/// `regions` on questions and facts. Version 1 packs are still read as they are (their
/// questions suit every audience and region and count as [`Teaches::Context`]);
/// `kts-pack migrate` rewrites them as version 2.
pub const SCHEMA_VERSION: u32 = 2;

/// The oldest `schema_version` this build still reads.
pub const OLDEST_SCHEMA_VERSION: u32 = 1;

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

/// Who is reading: the setting a partner embeds the widget in (`data-audience`), and the settings
/// a question suits (its `audiences`). Packs and attributes use the lowercase names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Audience {
    /// Any member of the public.
    #[default]
    General,
    /// Clinics, hospitals and other healthcare settings.
    Health,
    /// Schools, colleges and youth work.
    Education,
    /// Hotels, motels, short-term rentals, restaurants.
    Hospitality,
    /// Employers and supply chains: agriculture, construction, domestic work, car washes, nail bars.
    Workplace,
}

impl Audience {
    /// Every audience, in the order the README lists them.
    pub const ALL: [Audience; 5] = [
        Audience::General,
        Audience::Health,
        Audience::Education,
        Audience::Hospitality,
        Audience::Workplace,
    ];

    /// The name packs and `data-audience` use, e.g. `"health"`.
    pub fn name(self) -> &'static str {
        match self {
            Audience::General => "general",
            Audience::Health => "health",
            Audience::Education => "education",
            Audience::Hospitality => "hospitality",
            Audience::Workplace => "workplace",
        }
    }

    /// The audience called `name` (exactly as [`Audience::name`] spells it).
    pub fn from_name(name: &str) -> Option<Audience> {
        Audience::ALL.into_iter().find(|a| a.name() == name)
    }
}

/// What a question teaches (its `teaches`). The built-in bank is mostly [`Teaches::Sign`]; every
/// run asks at least one [`Teaches::Action`] question when its pack has one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Teaches {
    /// A sign a visitor could notice (a short case, or "which of these may be signs").
    Sign,
    /// What to do: contact a service, do not confront or investigate, call the emergency
    /// number in immediate danger.
    Action,
    /// A definition, or one country's law (tag such questions with their `regions`).
    Law,
    /// Who is affected, why people may not leave, figures. What version 1 questions count as.
    #[default]
    Context,
}

impl Teaches {
    /// Every kind, as packs spell them.
    pub const ALL: [Teaches; 4] = [
        Teaches::Sign,
        Teaches::Action,
        Teaches::Law,
        Teaches::Context,
    ];

    /// The name packs use, e.g. `"sign"`.
    pub fn name(self) -> &'static str {
        match self {
            Teaches::Sign => "sign",
            Teaches::Action => "action",
            Teaches::Law => "law",
            Teaches::Context => "context",
        }
    }
}

/// True when an item tagged with `regions` (empty: every region) is for visitors in `region`.
pub fn for_region(regions: &[Region], region: Region) -> bool {
    regions.is_empty() || regions.contains(&region)
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
    /// What it teaches (`teaches`); [`Teaches::Context`] for version 1 packs.
    pub teaches: Teaches,
    /// The settings it suits (`audiences`, at least one); `[General]` for version 1 packs.
    pub audiences: Vec<Audience>,
    /// The regions whose visitors it is for (`regions`); empty: every region. A question on one
    /// country's law names that country only, so no visitor learns another country's law as
    /// their own.
    pub regions: Vec<Region>,
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
    /// The regions whose visitors see it (`regions`); empty: every region.
    pub regions: Vec<Region>,
    /// At least one.
    pub sources: Vec<Source>,
}
