//! The phone page: one self-contained HTML page (`phone.html`: inline CSS and JavaScript,
//! nothing fetched from elsewhere), in the audit's language. The join screen names the audit;
//! joining keeps the phone's key in the browser. A touchpoint fits one 360×740 screen: stage
//! and name, the description and questions folded away, the three scales as rows of five
//! buttons with the chosen value's meaning. Taps are shown at once, queued and sent in order,
//! each sent again until the laptop has saved it; the status line says what is saved ("Frequency
//! saved; impact and satisfaction to go"). The page polls `state` to follow the live
//! touchpoint, says when votes are revealed and when the laptop cannot be reached, and once the
//! workshop has ended it stops polling and keeps its thank-you. In self-paced mode the
//! participant walks the whole checklist and is told when every touchpoint is done.

use serde_json::{Map, Value, json};

use crate::i18n::common::{scale_meaning, scale_name, scale_question};
use crate::i18n::workshop::phone;
use crate::model::{Lang, Scale};

use super::api::scale_key;

/// The page for a workshop in `lang`; `room` names the audit (and client) on the join screen.
pub fn html(lang: Lang, room: &str) -> String {
    let words: Map<String, Value> = phone(lang)
        .iter()
        .map(|(k, v)| ((*k).to_string(), Value::from(*v)))
        .collect();
    let scales: Vec<Value> = Scale::ALL
        .into_iter()
        .map(|s| {
            json!({
                "key": scale_key(s),
                "name": scale_name(lang, s),
                "question": scale_question(lang, s),
                "meanings": (1..=5).map(|v| scale_meaning(lang, s, v)).collect::<Vec<_>>(),
            })
        })
        .collect();
    let data = json!({ "words": words, "scales": scales, "room": room });
    // Inside a script element, "</" could end it early.
    let data = data.to_string().replace("</", "<\\/");
    let title = phone(lang)
        .iter()
        .find(|(k, _)| *k == "title")
        .map_or("tpaudit", |(_, v)| v);
    PAGE.replace("{{LANG}}", lang.code())
        .replace("{{TITLE}}", title)
        .replace("{{DATA}}", &data)
}

const PAGE: &str = include_str!("phone.html");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_is_self_contained_and_in_the_audits_language() {
        for lang in [Lang::En, Lang::Ru] {
            let page = html(lang, "Shop audit");
            assert!(page.contains(&format!("<html lang=\"{}\">", lang.code())));
            assert!(!page.contains("{{"), "every placeholder is filled");
            for external in ["src=", "href=", "@import", "url("] {
                assert!(
                    !page.contains(external),
                    "nothing fetched from elsewhere: {external}"
                );
            }
            assert!(page.contains(scale_meaning(lang, Scale::Satisfaction, 5)));
        }
        assert!(html(Lang::Ru, "Аудит").contains("Ваше имя"));
    }

    #[test]
    fn every_word_the_script_uses_is_in_both_languages() {
        let used: std::collections::BTreeSet<&str> = PAGE
            .split("T.")
            .skip(1)
            .map(|rest| {
                let end = rest
                    .find(|c: char| !c.is_ascii_alphanumeric())
                    .unwrap_or(rest.len());
                &rest[..end]
            })
            .filter(|w| !w.is_empty())
            .collect();
        assert!(used.len() > 20, "{used:?}");
        for lang in [Lang::En, Lang::Ru] {
            let words: Vec<&str> = phone(lang).iter().map(|(k, _)| *k).collect();
            for word in &used {
                assert!(words.contains(word), "{word} in {lang:?}");
            }
        }
    }

    #[test]
    fn the_join_screen_names_the_audit_safely() {
        let page = html(Lang::En, "Shop </script><b>audit</b> · ACME");
        assert!(page.contains(r#""room":"Shop <\/script><b>audit<\/b> · ACME""#));
        assert_eq!(
            page.matches("</script>").count(),
            1,
            "the data cannot end the script"
        );
    }
}
