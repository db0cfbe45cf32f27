//! Escaping user text for each output, so no name can break a table, a tag or a chart.

/// Markdown inline text: every character Markdown could read as syntax is backslash-escaped,
/// and line breaks become `<br>` so a table cell stays on its row. A run of dashes is escaped
/// too, since pandoc's smart punctuation turns `--` into a dash (`-->` into `–>`).
pub fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut after_dash = false;
    while let Some(c) = chars.next() {
        let dash = c == '-';
        let in_run = dash && (after_dash || chars.peek() == Some(&'-'));
        after_dash = dash;
        match c {
            '-' if in_run => out.push_str("\\-"),
            '\\' | '|' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '~' | '&' => {
                out.push('\\');
                out.push(c);
            }
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push_str("<br>");
                }
            }
            '\n' => out.push_str("<br>"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// HTML text and attribute values.
pub fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters other than tab and newline are invalid in HTML documents.
            c if c.is_control() && c != '\n' && c != '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// HTML text with line breaks kept as `<br>`.
pub fn html_lines(text: &str) -> String {
    html(&text.replace("\r\n", "\n")).replace('\n', "<br>")
}

/// A Mermaid label: only letters, digits, spaces and `.`, `-`, `/`, `+`, `&` survive, since
/// Mermaid's chart grammar reads quotes, colons, brackets and commas as syntax.
pub fn mermaid(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        let keep = c.is_alphanumeric() || matches!(c, '.' | '/' | '+' | '-');
        let c = if keep { c } else { ' ' };
        // Runs of dashes could read as an arrow (`-->`); runs of spaces are noise.
        if (c == ' ' || c == '-') && out.ends_with(c) {
            continue;
        }
        out.push(c);
    }
    out.trim().trim_matches('-').trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_escapes_table_breakers() {
        assert_eq!(md("a|b"), "a\\|b");
        assert_eq!(
            md("*x* _y_ `z` [l](u)"),
            "\\*x\\* \\_y\\_ \\`z\\` \\[l\\](u)"
        );
        assert_eq!(md("one\ntwo\r\nthree"), "one<br>two<br>three");
        assert_eq!(md("# h <b>"), "\\# h \\<b\\>");
        assert_eq!(md("a\\|b"), "a\\\\\\|b");
    }

    #[test]
    fn markdown_escapes_runs_of_dashes_not_single_ones() {
        assert_eq!(md("-->"), "\\-\\-\\>");
        assert_eq!(md("Q1 -- Q2"), "Q1 \\-\\- Q2");
        assert_eq!(md("e-mail - fast"), "e-mail - fast");
    }

    #[test]
    fn html_escapes_the_five() {
        assert_eq!(
            html(r#"<a href="x">'&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
        assert_eq!(html_lines("a\r\nb<"), "a<br>b&lt;");
    }

    #[test]
    fn mermaid_labels_lose_syntax() {
        assert_eq!(mermaid(r#"Chat: "live" [24/7]"#), "Chat live 24/7");
        assert_eq!(mermaid("Сайт --> корзина"), "Сайт - корзина");
        assert_eq!(mermaid("Возможно, избыточно"), "Возможно избыточно");
        assert_eq!(mermaid("::"), "");
    }
}
