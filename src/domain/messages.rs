//! The UI message catalog: every visible and screen-reader string the views use, per locale.
//!
//! Views never hold literal text; they ask for a [`Msg`] in a [`Locale`]. Templates use named
//! placeholders (`{right} of {total}`) filled by [`fill`]; [`Msg::ScoreSummary`] is chosen by
//! plural category so a translation can vary the wording by count.

/// A UI language the catalog has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    #[default]
    En,
}

impl Locale {
    /// BCP 47 tag, for `lang`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
        }
    }

    /// Text direction, for `dir`: `"ltr"` or `"rtl"`.
    pub fn dir(self) -> &'static str {
        match self {
            Locale::En => "ltr",
        }
    }

    /// The catalog locale for a BCP 47 tag (`"en"`, `"en-GB"`, …), if there is one.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        match primary.to_ascii_lowercase().as_str() {
            "en" => Some(Locale::En),
            _ => None,
        }
    }
}

/// A message key. Comments give the English text; placeholders are in braces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Msg {
    /// "Know the signs": the widget's accessible name.
    WidgetName,
    QuizHeading,
    FactsHeading,
    HelpHeading,
    ContentNoteHeading,
    ContentNoteBody,
    ContentNoteHelp,
    StartQuiz,
    /// "Question {number} of {total}"
    Progress,
    ScenarioLabel,
    CheckAnswer,
    NextQuestion,
    SeeResults,
    TryAgain,
    ChooseFirst,
    Correct,
    NotQuite,
    TheSign,
    WhyItMatters,
    WhatToDo,
    /// Shown before a list of sources: "Source:" / "Sources:" (plural by count).
    SourceLabel,
    /// Marks a choice that is right, beside it after checking.
    CorrectChoiceMark,
    /// Marks a choice the visitor picked that is wrong.
    WrongChoiceMark,
    /// Marks a right choice the visitor did not pick (multiple select).
    MissedChoiceMark,
    /// Stands for the year of an undated source: "(no date)".
    NoDate,
    YourResults,
    /// "You answered {right} of {total} questions correctly." (plural by total)
    ScoreSummary,
    ReviewHeading,
    /// "Your answer: {answer}"
    YourAnswer,
    /// "Correct answer: {answer}"
    CorrectAnswer,
    NothingMissed,
    HistoricalLabel,
    LoadFailed,
    /// "Free and confidential. If someone is in immediate danger, call {emergency}."
    HelpIntro,
    /// For regions without a national line.
    HelpIntroIntl,
    UkHelplineName,
    CaHotlineName,
    AuPoliceName,
    AuPoliceDetail,
    OpenAllHours,
    OpenAllHoursLanguages,
    /// Shown when a partner's own pack could not be used.
    OwnPackFailed,
    /// Heading of the partner's own service when it has no name.
    PartnerHelpName,
    /// "Website" link label for the partner's own service.
    WebsiteLabel,
    CallLabel,
    TextLabel,
    HotlineName,
    HotlineDetail,
    NcmecName,
    NcmecDetail,
    EmergencyName,
    EmergencyDetail,
}

/// CLDR plural category of a count (only the ones our locales use).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    One,
    Other,
}

/// The plural category of `n` in `locale`.
pub fn plural(locale: Locale, n: usize) -> Plural {
    match locale {
        Locale::En if n == 1 => Plural::One,
        Locale::En => Plural::Other,
    }
}

/// The template for `msg` in `locale`, with `{name}` placeholders unfilled.
pub fn text(locale: Locale, msg: Msg) -> &'static str {
    match locale {
        Locale::En => en(msg, Plural::Other),
    }
}

/// The template for `msg` in the plural form for `count`.
pub fn text_n(locale: Locale, msg: Msg, count: usize) -> &'static str {
    match locale {
        Locale::En => en(msg, plural(locale, count)),
    }
}

/// Replaces each `{name}` in `template` by its value in `args`; unknown placeholders stay as
/// they are, so a missing argument is visible rather than silently dropped.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

fn en(msg: Msg, plural: Plural) -> &'static str {
    match msg {
        Msg::WidgetName => "Know the signs",
        Msg::QuizHeading => "Quiz: know the signs",
        Msg::FactsHeading => "Facts about human trafficking",
        Msg::HelpHeading => "Where to get help",
        Msg::ContentNoteHeading => "Before you start",
        Msg::ContentNoteBody => "This short quiz is about human trafficking: labour trafficking, sex trafficking, the sexual exploitation of children, and how trafficking differs from smuggling. It takes a few minutes. You can stop at any time.",
        Msg::ContentNoteHelp => "If any of this is close to home, the help details are always on this page.",
        Msg::StartQuiz => "Start the quiz",
        Msg::Progress => "Question {number} of {total}",
        Msg::ScenarioLabel => "Read this case:",
        Msg::CheckAnswer => "Check answer",
        Msg::NextQuestion => "Next question",
        Msg::SeeResults => "See results",
        Msg::TryAgain => "Try again",
        Msg::ChooseFirst => "Choose an answer first.",
        Msg::Correct => "That's right.",
        Msg::NotQuite => "Not quite.",
        Msg::TheSign => "What it is:",
        Msg::WhyItMatters => "Why it matters:",
        Msg::WhatToDo => "What to do:",
        Msg::SourceLabel => match plural {
            Plural::One => "Source:",
            Plural::Other => "Sources:",
        },
        Msg::CorrectChoiceMark => "(correct answer)",
        Msg::MissedChoiceMark => "(correct answer, not chosen)",
        Msg::NoDate => "no date",
        Msg::WrongChoiceMark => "(your answer, not correct)",
        Msg::YourResults => "Your results",
        Msg::ScoreSummary => match plural {
            Plural::One => "You answered {right} of {total} question correctly.",
            Plural::Other => "You answered {right} of {total} questions correctly.",
        },
        Msg::ReviewHeading => "Questions to look at again",
        Msg::YourAnswer => "Your answer: {answer}",
        Msg::CorrectAnswer => "Correct answer: {answer}",
        Msg::NothingMissed => "You answered every question correctly.",
        Msg::HistoricalLabel => "Historical figure",
        Msg::LoadFailed => "The quiz could not be loaded just now. The help details on this page still work.",
        Msg::HelpIntro => "Free and confidential. If someone is in immediate danger, call {emergency}.",
        Msg::HelpIntroIntl => "If someone is in immediate danger, call your local emergency number.",
        Msg::UkHelplineName => "Modern Slavery & Exploitation Helpline",
        Msg::CaHotlineName => "Canadian Human Trafficking Hotline",
        Msg::AuPoliceName => "Australian Federal Police",
        Msg::AuPoliceDetail => "To report a concern about human trafficking or slavery.",
        Msg::OpenAllHours => "24 hours a day, every day.",
        Msg::OpenAllHoursLanguages => "24 hours a day, every day, in more than 200 languages.",
        Msg::OwnPackFailed => "This site's own quiz could not be loaded, so the standard quiz is shown.",
        Msg::PartnerHelpName => "Our own support service",
        Msg::WebsiteLabel => "Website",
        Msg::CallLabel => "Call",
        Msg::TextLabel => "Text",
        Msg::HotlineName => "National Human Trafficking Hotline",
        Msg::HotlineDetail => "24 hours a day, every day. Calls in more than 200 languages; texts in English and Spanish.",
        Msg::NcmecName => "National Center for Missing & Exploited Children (NCMEC)",
        Msg::NcmecDetail => "For concerns about a child: 1-800-THE-LOST.",
        Msg::EmergencyName => "Emergency",
        Msg::EmergencyDetail => "If someone is in immediate danger.",
    }
}
