//! Every style of the workbench in one value (the shape of ratatui's demo2 theme): named
//! colours, styles shared by all screens, and nested styles per screen and widget. Three
//! instances: `dark` (the default), `mono` (`NO_COLOR`) and `light`, a high-contrast theme for
//! projectors. The theme is chosen once at start-up and passed to `view`.

use ratatui::style::{Color, Modifier, Style};

use crate::model::Quadrant;
pub use crate::store::config::ThemeName;

// Named colours of the dark theme.
const CYAN: Color = Color::Cyan;
const GREY: Color = Color::DarkGray;
const FIX_FIRST: Color = Color::LightRed;
const KEEP_UP: Color = Color::LightGreen;
const LOW_PRIORITY: Color = Color::Gray;
const OVERKILL: Color = Color::Yellow;

// Named colours of the light theme: strong on white, no greys. Every text colour keeps a
// contrast of at least 4.5:1 (WCAG AA) with white, the quadrant tints and the selection, so a
// washed-out projector still shows it (a test checks every cell).
const INK: Color = Color::Black;
const PAPER: Color = Color::White;
const BLUE: Color = Color::Indexed(19);
const DARK_RED: Color = Color::Indexed(88);
const DARK_GREEN: Color = Color::Indexed(22);
const BROWN: Color = Color::Indexed(94);
/// The selection: black on a bright yellow band that every text colour reads on.
const HIGHLIGHT: Color = Color::Indexed(220);
/// Quadrant tints, saturated enough to tell apart on a projector, light enough for black text:
/// pink (fix first), green (keep up), lavender (low priority), yellow (overkill).
const TINTS: [u8; 4] = [217, 157, 189, 229];

const BOLD: Modifier = Modifier::BOLD;

/// How a quadrant's area of the matrix looks: a tint and, without colour, a fill pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuadrantArea {
    /// Style of the quadrant's empty cells.
    pub area: Style,
    /// Fill character of empty cells.
    pub fill: char,
    /// The fill is drawn on every `fill_every`-th column (0: never).
    pub fill_every: u16,
}

/// The walk screen: stage list and touchpoint table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WalkTheme {
    /// A stage's count once every touchpoint is done.
    pub stage_done: Style,
    pub stage_open: Style,
    /// The name of a not-applicable touchpoint.
    pub not_applicable: Style,
}

/// The scoring card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CardTheme {
    pub heading: Style,
    pub dim: Style,
    pub warning: Style,
    pub active_scale: Style,
    pub value_mark: Style,
    /// A score that rests on a guess (its evidence is `assumed`), on the card and the table.
    pub guess: Style,
    /// A measurement that reaches its target.
    pub met: Style,
    /// A measurement that misses its target.
    pub missed: Style,
}

/// The priority matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MatrixTheme {
    /// Fix first, keep up, low priority, overkill (in [`Quadrant::ALL`] order).
    pub areas: [QuadrantArea; 4],
    pub axis: Style,
    pub crosshair: Style,
    pub mark: Style,
    /// Patched onto the mark of a critical touchpoint.
    pub critical_mark: Style,
    pub title: Style,
    pub dim: Style,
    pub critical: Style,
}

/// The priority list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListTheme {
    pub header: Style,
    pub heading: Style,
    pub dim: Style,
    pub critical: Style,
}

/// Dialogs over a screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DialogTheme {
    pub border: Style,
    pub title: Style,
    pub key: Style,
    /// A field's label when the field does not have the focus.
    pub label: Style,
    pub error: Style,
}

/// The status line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatusTheme {
    pub saved: Style,
    pub unsaved: Style,
    pub flash: Style,
    pub error: Style,
    pub audit: Style,
    /// The name filter and its count.
    pub filter: Style,
}

/// The bottom line of key hints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HintTheme {
    pub key: Style,
    pub text: Style,
}

/// All styles of the workbench.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// The whole screen, drawn first (the light theme paints its paper here).
    pub root: Style,
    pub title: Style,
    pub border: Style,
    pub focus_border: Style,
    pub header: Style,
    pub dim: Style,
    /// The one style of a selected row, on every screen.
    pub selected: Style,
    /// One style per quadrant, the same on every screen (in [`Quadrant::ALL`] order).
    pub quadrants: [Style; 4],
    pub walk: WalkTheme,
    pub card: CardTheme,
    pub matrix: MatrixTheme,
    pub list: ListTheme,
    pub dialog: DialogTheme,
    pub status: StatusTheme,
    pub hints: HintTheme,
}

/// True when `NO_COLOR` is set to anything non-empty.
pub fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

impl Theme {
    /// The monochrome theme when `NO_COLOR` is set to anything non-empty, else the dark one.
    pub fn from_env() -> Theme {
        if no_color() {
            Theme::mono()
        } else {
            Theme::dark()
        }
    }

    /// The theme of a name.
    pub fn named(name: ThemeName) -> Theme {
        match name {
            ThemeName::Dark => Theme::dark(),
            ThemeName::Light => Theme::light(),
            ThemeName::Mono => Theme::mono(),
        }
    }

    /// The style of a quadrant's name, priority and marks.
    pub fn quadrant(&self, q: Quadrant) -> Style {
        self.quadrants[index(q)]
    }

    /// The matrix look of a quadrant's area.
    pub fn quadrant_area(&self, q: Quadrant) -> QuadrantArea {
        self.matrix.areas[index(q)]
    }

    /// A quadrant's name and glyphs on the matrix: its colour, in bold.
    pub fn quadrant_accent(&self, q: Quadrant) -> Style {
        self.quadrant(q).add_modifier(BOLD)
    }

    /// The default theme: light text on the terminal's own (dark) background.
    pub fn dark() -> Theme {
        let s = Style::new;
        let tint = |bg: u8| QuadrantArea {
            area: s().bg(Color::Indexed(bg)),
            fill: ' ',
            fill_every: 0,
        };
        let warning = s().fg(Color::Yellow).add_modifier(BOLD);
        let error = s().fg(Color::White).bg(Color::Red).add_modifier(BOLD);
        let key = s().fg(CYAN).add_modifier(BOLD);
        let header = s().fg(Color::Yellow).add_modifier(BOLD);
        Theme {
            root: s(),
            title: s().fg(CYAN).add_modifier(BOLD),
            border: s().fg(GREY),
            focus_border: s().fg(CYAN),
            header,
            dim: s().fg(GREY),
            selected: s().bg(Color::Blue).fg(Color::White).add_modifier(BOLD),
            quadrants: [FIX_FIRST, KEEP_UP, LOW_PRIORITY, OVERKILL].map(|c| s().fg(c)),
            walk: WalkTheme {
                stage_done: s().fg(Color::Green),
                stage_open: s().fg(GREY),
                not_applicable: s().fg(GREY),
            },
            card: CardTheme {
                heading: header,
                dim: s().fg(GREY),
                warning,
                active_scale: s().fg(Color::Black).bg(CYAN).add_modifier(BOLD),
                value_mark: s().fg(Color::Green).add_modifier(BOLD),
                guess: s().fg(GREY).add_modifier(Modifier::ITALIC),
                met: s().fg(KEEP_UP).add_modifier(BOLD),
                missed: s().fg(FIX_FIRST).add_modifier(BOLD),
            },
            matrix: MatrixTheme {
                areas: [tint(52), tint(22), tint(236), tint(58)],
                axis: s().fg(Color::Gray),
                crosshair: s().fg(Color::Gray),
                mark: s().fg(Color::White).add_modifier(BOLD),
                critical_mark: s().add_modifier(Modifier::UNDERLINED),
                title: s().add_modifier(BOLD),
                dim: s().fg(GREY),
                critical: s().fg(FIX_FIRST).add_modifier(BOLD),
            },
            list: ListTheme {
                header: s().add_modifier(BOLD | Modifier::UNDERLINED),
                heading: s().fg(CYAN).add_modifier(BOLD),
                dim: s().fg(GREY),
                critical: s().fg(FIX_FIRST).add_modifier(BOLD),
            },
            dialog: DialogTheme {
                border: s().fg(CYAN),
                title: s().fg(CYAN).add_modifier(BOLD),
                key,
                label: s().fg(GREY),
                error: warning,
            },
            status: StatusTheme {
                saved: s().fg(Color::Green),
                unsaved: s().fg(GREY),
                flash: warning,
                error,
                audit: s().fg(CYAN).add_modifier(BOLD),
                filter: s().fg(Color::Black).bg(Color::Yellow).add_modifier(BOLD),
            },
            hints: HintTheme {
                key,
                text: s().fg(GREY),
            },
        }
    }

    /// No colour at all (`NO_COLOR`): emphasis by modifiers, quadrants by fill patterns.
    pub fn mono() -> Theme {
        let plain = Style::new();
        let bold = plain.add_modifier(BOLD);
        let reversed = plain.add_modifier(Modifier::REVERSED);
        let fill = |fill: char, fill_every: u16| QuadrantArea {
            area: plain,
            fill,
            fill_every,
        };
        let underlined = plain.add_modifier(Modifier::UNDERLINED);
        Theme {
            root: plain,
            title: bold,
            border: plain,
            focus_border: bold,
            header: bold,
            dim: plain,
            selected: reversed,
            quadrants: [bold, plain, plain, plain.add_modifier(Modifier::ITALIC)],
            walk: WalkTheme {
                stage_done: plain,
                stage_open: plain,
                not_applicable: plain,
            },
            card: CardTheme {
                heading: bold,
                dim: plain,
                warning: bold,
                active_scale: reversed,
                value_mark: bold,
                guess: plain.add_modifier(Modifier::ITALIC),
                met: plain,
                missed: bold.add_modifier(Modifier::UNDERLINED),
            },
            matrix: MatrixTheme {
                areas: [fill('░', 1), fill(' ', 0), fill('.', 4), fill(':', 4)],
                axis: plain,
                crosshair: plain,
                mark: bold,
                critical_mark: underlined,
                title: bold,
                dim: plain,
                critical: bold.add_modifier(Modifier::UNDERLINED),
            },
            list: ListTheme {
                header: bold.add_modifier(Modifier::UNDERLINED),
                heading: bold,
                dim: plain,
                critical: bold,
            },
            dialog: DialogTheme {
                border: bold,
                title: bold,
                key: bold,
                label: plain,
                error: bold,
            },
            status: StatusTheme {
                saved: plain,
                unsaved: plain,
                flash: bold,
                error: reversed,
                audit: bold,
                filter: reversed,
            },
            hints: HintTheme {
                key: bold,
                text: plain,
            },
        }
    }

    /// High contrast for projectors: black on white, strong quadrant colours, no grey text.
    pub fn light() -> Theme {
        // The paper is painted once, by `root`: the other styles set no background, so a mark
        // drawn on a selected row keeps the selection's band.
        let s = || Style::new().fg(INK);
        let tint = |bg: u8| QuadrantArea {
            area: Style::new().bg(Color::Indexed(bg)),
            fill: ' ',
            fill_every: 0,
        };
        let strong = s().fg(BLUE).add_modifier(BOLD);
        let warning = s().fg(BROWN).add_modifier(BOLD);
        let error = Style::new().fg(PAPER).bg(DARK_RED).add_modifier(BOLD);
        let selected = Style::new().fg(INK).bg(HIGHLIGHT).add_modifier(BOLD);
        let ink = s();
        let bold = ink.add_modifier(BOLD);
        Theme {
            root: ink.bg(PAPER),
            title: strong,
            border: ink,
            focus_border: s().fg(BLUE),
            header: bold,
            dim: ink,
            selected,
            quadrants: [DARK_RED, DARK_GREEN, INK, BROWN].map(|c| Style::new().fg(c)),
            walk: WalkTheme {
                stage_done: s().fg(DARK_GREEN).add_modifier(BOLD),
                stage_open: ink,
                not_applicable: ink.add_modifier(Modifier::ITALIC),
            },
            card: CardTheme {
                heading: bold,
                dim: ink,
                warning,
                active_scale: selected,
                value_mark: s().fg(DARK_GREEN).add_modifier(BOLD),
                guess: ink.add_modifier(Modifier::ITALIC),
                met: s().fg(DARK_GREEN).add_modifier(BOLD),
                missed: s().fg(DARK_RED).add_modifier(BOLD),
            },
            matrix: MatrixTheme {
                areas: TINTS.map(tint),
                axis: Style::new().fg(INK),
                crosshair: Style::new().fg(INK),
                mark: Style::new().fg(INK).add_modifier(BOLD),
                critical_mark: Style::new().add_modifier(Modifier::UNDERLINED),
                title: bold,
                dim: ink,
                critical: s().fg(DARK_RED).add_modifier(BOLD),
            },
            list: ListTheme {
                header: bold.add_modifier(Modifier::UNDERLINED),
                heading: strong,
                dim: ink,
                critical: s().fg(DARK_RED).add_modifier(BOLD),
            },
            dialog: DialogTheme {
                border: s().fg(BLUE),
                title: strong,
                key: strong,
                label: ink,
                error: warning,
            },
            status: StatusTheme {
                saved: s().fg(DARK_GREEN),
                unsaved: ink,
                flash: warning,
                error,
                audit: strong,
                filter: Style::new().fg(PAPER).bg(BROWN).add_modifier(BOLD),
            },
            hints: HintTheme {
                key: strong,
                text: ink,
            },
        }
    }
}

fn index(q: Quadrant) -> usize {
    match q {
        Quadrant::FixFirst => 0,
        Quadrant::KeepUp => 1,
        Quadrant::LowPriority => 2,
        Quadrant::Overkill => 3,
    }
}
