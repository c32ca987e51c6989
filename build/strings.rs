//! The widget's words: `data/locales.json`, the one registration of its languages, and each
//! language's `data/strings/<tag>.json`, checked against the first language's file and written as
//! the module's catalog (`$OUT_DIR/messages.rs`, which `src/domain/messages.rs` includes).
//!
//! A module of build.rs (by `#[path]`) and of the host test `tests/strings.rs`, which gives it
//! broken files. Why checked here: a missing key or placeholder would otherwise show a visitor
//! an empty line or a raw `{total}`. A problem fails the build naming the file and the JSON path,
//! e.g. `data/strings/es.json: module.progress: placeholders {number}, but en.json's are
//! {number} {total}`. The frame (`src/frame/words.js`) imports the same files and takes their
//! `frame` and `shared` groups; the module gets `shared` and `module` only, since every byte of
//! the WebAssembly module is downloaded by every visitor.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use serde_json::Value;

/// The registration: `{ "locales": ["en", …] }`, the first being the default.
pub const REGISTRATION: &str = "data/locales.json";
/// The folder of the locale files, `<tag>.json` each.
pub const FOLDER: &str = "data/strings";

/// The groups of a locale file: the frame's own words, those both sides say, the module's own.
const GROUPS: [&str; 3] = ["frame", "shared", "module"];
/// The groups the module carries (its `Msg` keys).
const MODULE_GROUPS: [&str; 2] = ["shared", "module"];
/// The plural rules a locale file may name (`"plural"`), with the forms each needs. `one-other`:
/// `one` for exactly 1, `other` for any other count (English; Spanish, whose CLDR `many` is for
/// exact millions, which no quiz has). `other`: one form for every count (e.g. Chinese).
const RULES: [(&str, &[&str]); 2] = [("one-other", &["one", "other"]), ("other", &["other"])];
/// What a locale file may hold besides its groups.
const OTHER_KEYS: [&str; 4] = ["$comment", "dir", "plural", "notes"];

/// A problem, as `(file, "json.path: what is wrong")`.
pub type Problem = (String, String);

/// A message's text: one, or one per plural form in the order of its rule.
#[derive(Debug)]
pub enum Text {
    Plain(String),
    Plural(Vec<(String, String)>),
}

/// One key of a group, with its text.
#[derive(Debug)]
pub struct Message {
    pub group: &'static str,
    pub key: String,
    pub text: Text,
}

/// One language's file, read and checked.
#[derive(Debug)]
pub struct Locale {
    pub tag: String,
    pub dir: String,
    pub rule: &'static str,
    pub messages: Vec<Message>,
    /// What keys are for (`"notes"`, optional), for the Rust docs.
    pub notes: Vec<(String, String)>,
}

/// The file of locale `tag`.
pub fn file_of(tag: &str) -> String {
    format!("{FOLDER}/{tag}.json")
}

/// The registered tags, in order: distinct primary language subtags (2 or 3 lower-case letters,
/// what `Locale::from_tag` compares), at least one.
pub fn registered(registration: &Value) -> Result<Vec<String>, Problem> {
    let problem = |message: String| (REGISTRATION.to_owned(), message);
    let list = registration
        .get("locales")
        .and_then(Value::as_array)
        .ok_or_else(|| problem("locales: expected a list of language tags".to_owned()))?;
    let mut tags: Vec<String> = Vec::new();
    for (i, tag) in list.iter().enumerate() {
        let tag = tag.as_str().unwrap_or_default();
        if !(2..=3).contains(&tag.len()) || !tag.bytes().all(|b| b.is_ascii_lowercase()) {
            return Err(problem(format!(
                "locales[{i}]: \"{tag}\" is not 2 or 3 lower-case letters (a primary language subtag)"
            )));
        }
        if tags.iter().any(|t| t == tag) {
            return Err(problem(format!("locales[{i}]: \"{tag}\" twice")));
        }
        tags.push(tag.to_owned());
    }
    if tags.is_empty() {
        return Err(problem("locales: no language".to_owned()));
    }
    Ok(tags)
}

/// Every registered locale's file read by `read` (a file's JSON, or why it cannot be had) and
/// checked: each has the reference's (the first's) keys in the same groups, each text the same
/// placeholders as the reference's, each plural message the forms of its locale's rule.
pub fn check(
    registration: &Value,
    read: impl Fn(&str) -> Result<Value, String>,
) -> Result<Vec<Locale>, Problem> {
    let mut locales: Vec<Locale> = Vec::new();
    for tag in registered(registration)? {
        let file = file_of(&tag);
        let value = read(&file).map_err(|e| (file.clone(), e))?;
        let locale = parse(&tag, &value).map_err(|e| (file.clone(), e))?;
        // The first file is checked against itself: its plural forms share their placeholders.
        compare(locales.first().unwrap_or(&locale), &locale).map_err(|e| (file, e))?;
        locales.push(locale);
    }
    Ok(locales)
}

/// The `{name}` placeholders of `text`, or what is wrong with its braces.
fn placeholders(text: &str) -> Result<BTreeSet<&str>, String> {
    let mut names = BTreeSet::new();
    for (i, piece) in text.split('{').enumerate() {
        let (name, rest) = match piece.split_once('}') {
            Some(pair) if i > 0 => pair,
            _ if i > 0 => return Err("a '{' without its '}'".to_owned()),
            _ => ("", piece),
        };
        if rest.contains('}') {
            return Err("a '}' without its '{'".to_owned());
        }
        if i > 0 {
            if name.is_empty() || !name.bytes().all(|b| b.is_ascii_lowercase()) {
                return Err(format!(
                    "{{{name}}} is not a placeholder (lower-case letters)"
                ));
            }
            names.insert(name);
        }
    }
    Ok(names)
}

/// A text of the file: a non-empty string whose braces are placeholders.
fn text<'a>(value: &'a Value, path: &str) -> Result<&'a str, String> {
    let text = value
        .as_str()
        .filter(|t| !t.trim().is_empty())
        .ok_or_else(|| format!("{path}: expected a text that is not empty"))?;
    placeholders(text).map_err(|e| format!("{path}: {e}"))?;
    Ok(text)
}

fn parse(tag: &str, value: &Value) -> Result<Locale, String> {
    let map = value
        .as_object()
        .ok_or_else(|| "(top): expected an object".to_owned())?;
    if let Some(key) = map
        .keys()
        .find(|k| !GROUPS.contains(&k.as_str()) && !OTHER_KEYS.contains(&k.as_str()))
    {
        return Err(format!(
            "{key}: unknown key (known: {}, {})",
            OTHER_KEYS.join(", "),
            GROUPS.join(", ")
        ));
    }
    let dir = match map.get("dir").and_then(Value::as_str) {
        Some(dir @ ("ltr" | "rtl")) => dir.to_owned(),
        _ => return Err("dir: expected \"ltr\" or \"rtl\"".to_owned()),
    };
    let named = map
        .get("plural")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let (rule, forms) = RULES.iter().find(|(r, _)| *r == named).ok_or_else(|| {
        let known: Vec<&str> = RULES.iter().map(|(r, _)| *r).collect();
        format!("plural: \"{named}\" is not a rule ({})", known.join(", "))
    })?;
    let mut messages: Vec<Message> = Vec::new();
    for group in GROUPS {
        let entries = map
            .get(group)
            .and_then(Value::as_object)
            .ok_or_else(|| format!("{group}: expected an object of key: text"))?;
        for (key, value) in entries {
            let path = format!("{group}.{key}");
            let mut chars = key.chars();
            if !chars.next().is_some_and(|c| c.is_ascii_lowercase())
                || !chars.all(|c| c.is_ascii_alphanumeric())
            {
                return Err(format!("{path}: the key is not lowerCamelCase"));
            }
            if let Some(other) = messages.iter().find(|m| m.key == *key) {
                return Err(format!("{path}: also in {}", other.group));
            }
            let text = match value.as_object() {
                Some(plural) if group == "module" => {
                    let mut texts = Vec::new();
                    for form in *forms {
                        let said = plural.get(*form).unwrap_or(&Value::Null);
                        texts.push((form.to_string(), text(said, &format!("{path}.{form}"))?));
                    }
                    if let Some(extra) = plural.keys().find(|f| !forms.contains(&f.as_str())) {
                        return Err(format!(
                            "{path}.{extra}: not a form of the rule {rule} ({})",
                            forms.join(", ")
                        ));
                    }
                    Text::Plural(texts.into_iter().map(|(f, t)| (f, t.to_owned())).collect())
                }
                _ => Text::Plain(text(value, &path)?.to_owned()),
            };
            messages.push(Message {
                group,
                key: key.clone(),
                text,
            });
        }
    }
    let mut notes = Vec::new();
    if let Some(given) = map.get("notes") {
        let given = given
            .as_object()
            .ok_or_else(|| "notes: expected an object of key: note".to_owned())?;
        for (key, note) in given {
            if !messages.iter().any(|m| m.key == *key) {
                return Err(format!("notes.{key}: not a key of any group"));
            }
            let note = note
                .as_str()
                .ok_or_else(|| format!("notes.{key}: expected a text"))?;
            notes.push((key.clone(), note.to_owned()));
        }
    }
    Ok(Locale {
        tag: tag.to_owned(),
        dir,
        rule,
        messages,
        notes,
    })
}

/// The texts of a message: one, or each plural form's.
fn texts(text: &Text) -> Vec<&str> {
    match text {
        Text::Plain(t) => vec![t.as_str()],
        Text::Plural(forms) => forms.iter().map(|(_, t)| t.as_str()).collect(),
    }
}

/// `locale` against `reference`: the same keys in the same groups, plural where it is, and the
/// same placeholders in every text as in the reference's last (its `other`).
fn compare(reference: &Locale, locale: &Locale) -> Result<(), String> {
    let theirs = format!("{}.json's", reference.tag);
    for wanted in &reference.messages {
        let path = format!("{}.{}", wanted.group, wanted.key);
        let Some(given) = locale.messages.iter().find(|m| m.key == wanted.key) else {
            return Err(format!("{path}: missing ({}.json has it)", reference.tag));
        };
        if given.group != wanted.group {
            return Err(format!(
                "{}.{}: in {}, but {theirs} is in {}",
                given.group, given.key, given.group, wanted.group
            ));
        }
        let want = texts(&wanted.text);
        let want = want
            .last()
            .map_or_else(BTreeSet::new, |t| placeholders(t).unwrap_or_default());
        match (&wanted.text, &given.text) {
            (Text::Plain(_), Text::Plural(_)) => {
                return Err(format!("{path}: plural forms, but {theirs} is one text"))
            }
            (Text::Plural(_), Text::Plain(_)) => {
                return Err(format!("{path}: one text, but {theirs} has plural forms"))
            }
            _ => {}
        }
        for said in texts(&given.text) {
            let found = placeholders(said).unwrap_or_default();
            if found != want {
                let list = |names: &BTreeSet<&str>| {
                    let braced: Vec<String> = names.iter().map(|n| format!("{{{n}}}")).collect();
                    if braced.is_empty() {
                        "none".to_owned()
                    } else {
                        braced.join(" ")
                    }
                };
                return Err(format!(
                    "{path}: placeholders {}, but {theirs} are {}",
                    list(&found),
                    list(&want)
                ));
            }
        }
    }
    if let Some(extra) = locale
        .messages
        .iter()
        .find(|m| !reference.messages.iter().any(|r| r.key == m.key))
    {
        return Err(format!(
            "{}.{}: not in {}.json",
            extra.group, extra.key, reference.tag
        ));
    }
    Ok(())
}

/// `widgetName` → `WidgetName`, `en` → `En`.
pub fn upper_camel(key: &str) -> String {
    let mut chars = key.chars();
    chars
        .next()
        .map(|c| c.to_ascii_uppercase())
        .into_iter()
        .chain(chars)
        .collect()
}

/// The module's catalog as Rust: `Locale` (its variants, `ALL`, `tag`, `dir`), `plural_rule`,
/// `Msg` and `Msg::ALL` (the keys of `shared` and `module`), and `catalog`, one function per
/// locale, each a `match` with no catch-all arm.
pub fn rust(locales: &[Locale]) -> String {
    let mut out = String::new();
    let w = &mut out;
    let Some(reference) = locales.first() else {
        return out;
    };
    let variants: Vec<String> = locales
        .iter()
        .map(|l| format!("Locale::{}", upper_camel(&l.tag)))
        .collect();
    let tags: Vec<String> = locales.iter().map(|l| format!("`{}`", l.tag)).collect();
    // `Locale::En | Locale::Es`: the locales `keep` keeps, as a pattern.
    let variants_where = |keep: &dyn Fn(&Locale) -> bool| -> String {
        let kept: Vec<&str> = variants
            .iter()
            .zip(locales)
            .filter(|(_, l)| keep(l))
            .map(|(v, _)| v.as_str())
            .collect();
        kept.join(" | ")
    };
    let _ = writeln!(
        w,
        "// Written by build.rs (build/strings.rs) from {REGISTRATION} and {FOLDER}/. Do not edit.\n"
    );
    let _ = writeln!(
        w,
        "/// A UI language of the widget: one variant per tag of `{REGISTRATION}`, in its order\n\
         /// (`en` is `En`), with its words in `{FOLDER}/<tag>.json`. The first is the default.\n\
         #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]\npub enum Locale {{"
    );
    for (i, l) in locales.iter().enumerate() {
        let _ = writeln!(w, "    /// `{}`: `{}`.", l.tag, file_of(&l.tag));
        if i == 0 {
            let _ = writeln!(w, "    #[default]");
        }
        let _ = writeln!(w, "    {},", upper_camel(&l.tag));
    }
    let _ = writeln!(w, "}}\n\nimpl Locale {{");
    let _ = writeln!(
        w,
        "    /// Every locale, in the order `data-locale` lists them ({}).\n    \
         pub const ALL: [Locale; {}] = [{}];\n",
        tags.join(", "),
        locales.len(),
        variants.join(", ")
    );
    let _ = writeln!(
        w,
        "    /// BCP 47 tag, for `lang` and the built-in pack's file name (`packs/{{tag}}.json`).\n    \
         pub fn tag(self) -> &'static str {{\n        match self {{"
    );
    for (l, v) in locales.iter().zip(&variants) {
        let _ = writeln!(w, "            {v} => {:?},", l.tag);
    }
    let _ = writeln!(w, "        }}\n    }}\n");
    let _ = writeln!(
        w,
        "    /// Text direction, for `dir`: `\"ltr\"` or `\"rtl\"`.\n    \
         pub fn dir(self) -> &'static str {{\n        match self {{"
    );
    for dir in ["ltr", "rtl"] {
        let with = variants_where(&|l: &Locale| l.dir == dir);
        if !with.is_empty() {
            let _ = writeln!(w, "            {with} => {dir:?},");
        }
    }
    let _ = writeln!(w, "        }}\n    }}\n}}\n");

    let _ = writeln!(
        w,
        "/// The plural category of `n` by the rule each locale file names (`\"plural\"`).\n\
         fn plural_rule(locale: Locale, n: usize) -> Plural {{\n    match locale {{"
    );
    for (rule, _) in RULES {
        let with = variants_where(&|l: &Locale| l.rule == rule);
        if with.is_empty() {
            continue;
        }
        if rule == "one-other" {
            let _ = writeln!(w, "        {with} if n == 1 => Plural::One,");
        }
        let _ = writeln!(w, "        {with} => Plural::Other,");
    }
    let _ = writeln!(w, "    }}\n}}\n");

    let keys: Vec<&Message> = reference
        .messages
        .iter()
        .filter(|m| MODULE_GROUPS.contains(&m.group))
        .collect();
    let _ = writeln!(
        w,
        "/// A message key: one per key of the `shared` and `module` groups of the locale files\n\
         /// (`widgetName` is `WidgetName`); the frame's own words (`frame`) are not the module's.\n\
         /// Each says its text in `{}`; placeholders are in braces.\n\
         #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\npub enum Msg {{",
        reference.tag
    );
    for m in &keys {
        let said: Vec<String> = texts(&m.text).iter().map(|t| format!("{t:?}")).collect();
        let note =
            reference
                .notes
                .iter()
                .find(|(k, _)| *k == m.key)
                .map_or(String::new(), |(_, n)| {
                    let mut chars = n.chars();
                    let first = chars.next().map(|c| c.to_ascii_lowercase());
                    format!(": {}", first.into_iter().chain(chars).collect::<String>())
                });
        let _ = writeln!(w, "    /// {}{note}", said.join(" / "));
        let _ = writeln!(w, "    {},", upper_camel(&m.key));
    }
    let all: Vec<String> = keys
        .iter()
        .map(|m| format!("Msg::{}", upper_camel(&m.key)))
        .collect();
    let _ = writeln!(
        w,
        "}}\n\nimpl Msg {{\n    /// Every key, in declaration order.\n    \
         pub const ALL: &'static [Msg] = &[{}];\n}}\n",
        all.join(", ")
    );

    let _ = writeln!(
        w,
        "fn catalog(locale: Locale, msg: Msg, plural: Plural) -> &'static str {{\n    match locale {{"
    );
    for (l, v) in locales.iter().zip(&variants) {
        let _ = writeln!(w, "        {v} => catalog_{}(msg, plural),", l.tag);
    }
    let _ = writeln!(w, "    }}\n}}");
    for l in locales {
        let varies = l.rule != "other";
        let _ = writeln!(
            w,
            "\n/// The texts of `{}`.\nfn catalog_{}(msg: Msg, {}plural: Plural) -> &'static str {{\n    match msg {{",
            file_of(&l.tag),
            l.tag,
            if varies { "" } else { "_" }
        );
        for m in l
            .messages
            .iter()
            .filter(|m| MODULE_GROUPS.contains(&m.group))
        {
            let variant = upper_camel(&m.key);
            match &m.text {
                Text::Plural(forms) if varies => {
                    let _ = writeln!(w, "        Msg::{variant} => match plural {{");
                    for (form, text) in forms {
                        let _ =
                            writeln!(w, "            Plural::{} => {text:?},", upper_camel(form));
                    }
                    let _ = writeln!(w, "        }},");
                }
                Text::Plural(forms) => {
                    let text = forms.last().map_or("", |(_, t)| t.as_str());
                    let _ = writeln!(w, "        Msg::{variant} => {text:?},");
                }
                Text::Plain(text) => {
                    let _ = writeln!(w, "        Msg::{variant} => {text:?},");
                }
            }
        }
        let _ = writeln!(w, "    }}\n}}");
    }
    out
}
