//! The UI message catalog: every visible and screen-reader string the views use, per locale.
//!
//! Views never hold literal text; they ask for a [`Msg`] in a [`Locale`]. Templates use named
//! placeholders (`{right} of {total}`) filled by [`fill`]; [`Msg::ScoreSummary`] is chosen by
//! plural category so a translation can vary the wording by count.
//!
//! Each locale is one `match` over every key with no catch-all arm, so the compiler refuses a
//! key missing from a locale; the host tests (`tests/messages.rs`) check that every text is
//! there, with the same placeholders, in every locale. That the frame (`embed.js`, from
//! `src/frame/`) draws before this module loads says the same is checked in the browser
//! (`tests/browser/help.spec.mjs`). The help services' names and details are not here: they are
//! data (`data/help.json`, see [`super::help`]).

/// A UI language the catalog has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    #[default]
    En,
    /// Neutral Latin-American Spanish (usted).
    Es,
}

impl Locale {
    /// Every locale, in the order `data-locale` lists them (`en`, `es`).
    pub const ALL: [Locale; 2] = [Locale::En, Locale::Es];

    /// BCP 47 tag, for `lang` and the built-in pack's file name (`packs/{tag}.json`).
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Es => "es",
        }
    }

    /// Text direction, for `dir`: `"ltr"` or `"rtl"`.
    pub fn dir(self) -> &'static str {
        match self {
            Locale::En | Locale::Es => "ltr",
        }
    }

    /// The catalog locale for a BCP 47 tag, by its primary language subtag: `"es"`, `"es-MX"`,
    /// `"ES_419"` and `" en-GB "` all match; `None` for any other language. Only ASCII
    /// whitespace (HTML's attribute whitespace) is trimmed; `src/frame/locale.js` (`localeOf`)
    /// follows the same rule.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let tag = tag.trim_matches(|c: char| c.is_ascii_whitespace());
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        Locale::ALL
            .into_iter()
            .find(|l| primary.eq_ignore_ascii_case(l.tag()))
    }
}

/// Declares [`Msg`] and [`Msg::ALL`] from one list, so no key can be left out of `ALL` (the
/// host tests walk it to compare the locales).
macro_rules! message_keys {
    ($($(#[$doc:meta])* $key:ident,)*) => {
        /// A message key. Comments give the English text; placeholders are in braces.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Msg {
            $($(#[$doc])* $key,)*
        }

        impl Msg {
            /// Every key, in declaration order.
            pub const ALL: &'static [Msg] = &[$(Msg::$key,)*];
        }
    };
}

message_keys! {
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
    /// "If someone is in immediate danger, call {emergency}."
    HelpIntro,
    /// For regions without a national line.
    HelpIntroIntl,
    /// Shown when a partner's own pack could not be used.
    OwnPackFailed,
    /// Heading of the partner's own service when it has no name.
    PartnerHelpName,
    /// "Website" link label for the partner's own service.
    WebsiteLabel,
    CallLabel,
    TextLabel,
}

/// CLDR plural category of a count (only the ones our locales use).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    One,
    Other,
}

/// The plural category of `n` in `locale`. English and Spanish both use `one` for exactly 1
/// and `other` otherwise (CLDR's Spanish `many`, for exact millions, never applies to a quiz).
pub fn plural(locale: Locale, n: usize) -> Plural {
    match locale {
        Locale::En | Locale::Es if n == 1 => Plural::One,
        Locale::En | Locale::Es => Plural::Other,
    }
}

/// The template for `msg` in `locale`, with `{name}` placeholders unfilled.
pub fn text(locale: Locale, msg: Msg) -> &'static str {
    catalog(locale, msg, Plural::Other)
}

/// The template for `msg` in the plural form for `count`.
pub fn text_n(locale: Locale, msg: Msg, count: usize) -> &'static str {
    catalog(locale, msg, plural(locale, count))
}

fn catalog(locale: Locale, msg: Msg, plural: Plural) -> &'static str {
    match locale {
        Locale::En => en(msg, plural),
        Locale::Es => es(msg, plural),
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
        Msg::HelpIntro => "If someone is in immediate danger, call {emergency}.",
        Msg::HelpIntroIntl => "If someone is in immediate danger, call your local emergency number.",
        Msg::OwnPackFailed => "This site's own quiz could not be loaded, so the standard quiz is shown.",
        Msg::PartnerHelpName => "Our own support service",
        Msg::WebsiteLabel => "Website",
        Msg::CallLabel => "Call",
        Msg::TextLabel => "Text",
    }
}

// Neutral Latin-American Spanish, addressing the visitor as usted. Terms follow the Spanish text
// of the UN Protocol and UNODC: "trata de personas" (trafficking), "tráfico ilícito de
// migrantes" (smuggling). Service names stay as the services give them.
fn es(msg: Msg, plural: Plural) -> &'static str {
    match msg {
        Msg::WidgetName => "Conozca las señales",
        Msg::QuizHeading => "Cuestionario: conozca las señales",
        Msg::FactsHeading => "Datos sobre la trata de personas",
        Msg::HelpHeading => "Dónde pedir ayuda",
        Msg::ContentNoteHeading => "Antes de empezar",
        Msg::ContentNoteBody => "Este breve cuestionario es sobre la trata de personas: la trata con fines de explotación laboral, la trata con fines de explotación sexual, la explotación sexual comercial infantil y en qué se diferencia la trata del tráfico ilícito de migrantes. Toma unos minutos. Puede dejarlo en cualquier momento.",
        Msg::ContentNoteHelp => "Si algo de esto le toca de cerca, los datos para pedir ayuda están siempre en esta página.",
        Msg::StartQuiz => "Comenzar el cuestionario",
        Msg::Progress => "Pregunta {number} de {total}",
        Msg::ScenarioLabel => "Lea este caso:",
        Msg::CheckAnswer => "Comprobar respuesta",
        Msg::NextQuestion => "Siguiente pregunta",
        Msg::SeeResults => "Ver resultados",
        Msg::TryAgain => "Intentar de nuevo",
        Msg::ChooseFirst => "Primero elija una respuesta.",
        Msg::Correct => "Correcto.",
        Msg::NotQuite => "No exactamente.",
        Msg::TheSign => "Qué es:",
        Msg::WhyItMatters => "Por qué importa:",
        Msg::WhatToDo => "Qué hacer:",
        Msg::SourceLabel => match plural {
            Plural::One => "Fuente:",
            Plural::Other => "Fuentes:",
        },
        Msg::CorrectChoiceMark => "(respuesta correcta)",
        Msg::MissedChoiceMark => "(respuesta correcta, no elegida)",
        Msg::NoDate => "sin fecha",
        Msg::WrongChoiceMark => "(su respuesta, no es la correcta)",
        Msg::YourResults => "Sus resultados",
        Msg::ScoreSummary => match plural {
            Plural::One => "Respondió correctamente {right} de {total} pregunta.",
            Plural::Other => "Respondió correctamente {right} de {total} preguntas.",
        },
        Msg::ReviewHeading => "Preguntas para repasar",
        Msg::YourAnswer => "Su respuesta: {answer}",
        Msg::CorrectAnswer => "Respuesta correcta: {answer}",
        Msg::NothingMissed => "Respondió correctamente todas las preguntas.",
        Msg::HistoricalLabel => "Cifra histórica",
        Msg::LoadFailed => "En este momento no se pudo cargar el cuestionario. Los datos para pedir ayuda de esta página siguen disponibles.",
        Msg::HelpIntro => "Si alguien está en peligro inmediato, llame al {emergency}.",
        Msg::HelpIntroIntl => "Si alguien está en peligro inmediato, llame al número local de emergencias.",
        Msg::OwnPackFailed => "No se pudo cargar el cuestionario propio de este sitio, así que se muestra el cuestionario estándar.",
        Msg::PartnerHelpName => "Nuestro servicio de apoyo",
        Msg::WebsiteLabel => "Sitio web",
        Msg::CallLabel => "Llamar al",
        Msg::TextLabel => "Enviar mensaje de texto al",
    }
}
