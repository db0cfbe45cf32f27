//! The theme chosen on the command line or with Ctrl+T, remembered in `<config>/config.ron`
//! (written atomically); a broken settings file is reported and never written over.

mod tui_common;

use clap::Parser;
use tpaudit::app::{Effect, Notice};
use tpaudit::cli::{Cli, Command, ThemeArg, start_theme};
use tpaudit::model::Lang;
use tpaudit::store::config::{self, Config, ThemeName};
use tpaudit::tui::Runtime;
use tui_common::*;

#[test]
fn the_flag_is_taken_by_the_commands_that_open_the_workbench() {
    let cli = Cli::try_parse_from(["tpaudit", "--theme", "light"]).expect("parses");
    assert_eq!(cli.theme, Some(ThemeArg::Light));
    let cli = Cli::try_parse_from(["tpaudit", "open", "shop", "--theme", "mono"]).expect("parses");
    assert!(matches!(
        cli.command,
        Some(Command::Open {
            theme: Some(ThemeArg::Mono),
            ..
        })
    ));
    let cli =
        Cli::try_parse_from(["tpaudit", "workshop", "shop", "--theme", "dark"]).expect("parses");
    assert!(matches!(cli.command, Some(Command::Workshop(w)) if w.theme == Some(ThemeArg::Dark)));
    let bad = Cli::try_parse_from(["tpaudit", "--theme", "purple"]).expect_err("refused");
    assert!(bad.to_string().contains("dark, light, mono"), "{bad}");
    // Commands that print do not take it.
    assert!(Cli::try_parse_from(["tpaudit", "list", "--theme", "light"]).is_err());
}

#[test]
fn the_flag_wins_then_no_color_then_the_remembered_theme() {
    let remembered = || {
        Ok(Config {
            theme: Some(ThemeName::Light),
        })
    };
    assert_eq!(
        start_theme(Some(ThemeArg::Dark), true, remembered()).0,
        ThemeName::Dark
    );
    assert_eq!(start_theme(None, true, remembered()).0, ThemeName::Mono);
    assert_eq!(start_theme(None, false, remembered()).0, ThemeName::Light);
    assert_eq!(
        start_theme(None, false, Ok(Config::default())).0,
        ThemeName::Dark
    );
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(config::path(dir.path()), "(theme: 7)").expect("write");
    let (theme, error) = start_theme(None, false, config::load(dir.path()));
    assert_eq!(theme, ThemeName::Dark);
    let error = error.expect("the broken file is reported").to_string();
    assert!(error.contains("config.ron:1:"), "{error}");
}

#[test]
fn the_theme_key_writes_the_config_and_a_broken_one_is_kept_and_reported() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut rt = Runtime::inline();
    rt.config_dir = Some(dir.path().to_path_buf());
    let mut app = walk_app(audit(Lang::En));
    let effects = key_with(
        &mut app,
        crossterm::event::KeyCode::Char('t'),
        crossterm::event::KeyModifiers::CONTROL,
    );
    assert_eq!(effects, vec![Effect::SaveTheme(ThemeName::Light)]);
    rt.run_effects(&mut app, effects);
    let read = config::load(dir.path()).expect("written");
    assert_eq!(read.theme, Some(ThemeName::Light));
    // No temp file is left beside it.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["config.ron"]);

    let broken = "(theme: light,,)\n";
    std::fs::write(config::path(dir.path()), broken).expect("write");
    let effects = key_with(
        &mut app,
        crossterm::event::KeyCode::Char('t'),
        crossterm::event::KeyModifiers::CONTROL,
    );
    rt.run_effects(&mut app, effects);
    assert_eq!(app.theme, ThemeName::Mono, "the theme still changes");
    assert!(matches!(app.flash, Some(Notice::ConfigFailed(_))));
    let said = flash(&app).expect("a message");
    assert!(
        said.starts_with("Fix or delete the settings file") && said.contains("config.ron:1:"),
        "{said}"
    );
    assert_eq!(
        std::fs::read_to_string(config::path(dir.path())).expect("kept"),
        broken
    );
}
