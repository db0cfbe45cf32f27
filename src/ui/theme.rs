//! All styles in one place; a monochrome set when `NO_COLOR` is set.

use ratatui::style::{Color, Modifier, Style};

use crate::model::Quadrant;

/// True when `NO_COLOR` is set to anything non-empty; widgets with their own styles follow it.
pub fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// The styles the views use.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub title: Style,
    pub border: Style,
    pub focus_border: Style,
    pub selected: Style,
    pub header: Style,
    pub dim: Style,
    pub warning: Style,
    pub error: Style,
    pub ok: Style,
    pub active_scale: Style,
    pub value_mark: Style,
    pub key: Style,
    pub fix_first: Style,
    pub keep_up: Style,
    pub low_priority: Style,
    pub overkill: Style,
}

impl Theme {
    /// The colour theme, or the monochrome one when `NO_COLOR` is set to anything non-empty.
    pub fn from_env() -> Theme {
        if no_color() {
            Theme::mono()
        } else {
            Theme::color()
        }
    }

    pub fn color() -> Theme {
        let bold = Modifier::BOLD;
        Theme {
            title: Style::new().fg(Color::Cyan).add_modifier(bold),
            border: Style::new().fg(Color::DarkGray),
            focus_border: Style::new().fg(Color::Cyan),
            selected: Style::new()
                .bg(Color::Blue)
                .fg(Color::White)
                .add_modifier(bold),
            header: Style::new().fg(Color::Yellow).add_modifier(bold),
            dim: Style::new().fg(Color::DarkGray),
            warning: Style::new().fg(Color::Yellow).add_modifier(bold),
            error: Style::new()
                .fg(Color::White)
                .bg(Color::Red)
                .add_modifier(bold),
            ok: Style::new().fg(Color::Green),
            active_scale: Style::new()
                .fg(Color::Black)
                .bg(Color::Cyan)
                .add_modifier(bold),
            value_mark: Style::new().fg(Color::Green).add_modifier(bold),
            key: Style::new().fg(Color::Cyan).add_modifier(bold),
            fix_first: Style::new().fg(Color::Red).add_modifier(bold),
            keep_up: Style::new().fg(Color::Green),
            low_priority: Style::new().fg(Color::Gray),
            overkill: Style::new().fg(Color::Magenta),
        }
    }

    pub fn mono() -> Theme {
        let plain = Style::new();
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let reversed = Style::new().add_modifier(Modifier::REVERSED);
        Theme {
            title: bold,
            border: plain,
            focus_border: bold,
            selected: reversed,
            header: bold,
            dim: plain,
            warning: bold,
            error: reversed,
            ok: plain,
            active_scale: reversed,
            value_mark: bold,
            key: bold,
            fix_first: bold,
            keep_up: plain,
            low_priority: plain,
            overkill: plain,
        }
    }

    pub fn quadrant(&self, q: Quadrant) -> Style {
        match q {
            Quadrant::FixFirst => self.fix_first,
            Quadrant::KeepUp => self.keep_up,
            Quadrant::LowPriority => self.low_priority,
            Quadrant::Overkill => self.overkill,
        }
    }
}
