//! The priority list's legend explains every mark its cells show: `=3`, an agreed value, joins
//! `!` and `⚑` while the list shows one, in English and Russian, at 80 columns too.

mod tui_common;

use tpaudit::app::Screen;
use tpaudit::model::Lang;
use tui_common::*;

/// The legend line of a drawn list: the one that explains `!`.
fn legend(list: &str) -> String {
    let line = list
        .lines()
        .find(|l| l.contains("! crit") || l.contains("! крит"));
    line.unwrap_or_else(|| panic!("no legend: {list}"))
        .to_string()
}

#[test]
fn the_legend_explains_the_agreed_mark_while_the_list_shows_one() {
    for lang in [Lang::En, Lang::Ru] {
        let mut app = scored_room();
        app.lang = lang;
        keys(&mut app, "p");
        assert_eq!(app.screen, Screen::Priority);
        let plain = draw(&mut app, 80, 24);
        assert!(
            !legend(&plain).contains("=3"),
            "no agreed value yet: {plain}"
        );
        key(&mut app, crossterm::event::KeyCode::Esc);
        assert_eq!(app.screen, Screen::Walk);
        keys(&mut app, "gf=355p");
        assert_eq!(app.screen, Screen::Priority);
        let list = draw(&mut app, 80, 24);
        let said = match lang {
            Lang::En => ["=3 agreed", "⚑2 needs discussion: ratings 2+ apart"],
            Lang::Ru => ["=3 согласовано", "⚑2 обсудить: оценки расходятся на 2+"],
        };
        for text in said {
            assert!(legend(&list).contains(text), "{text}: {list}");
        }
        insta::assert_snapshot!(format!("list_legend_agreed_{}_80x24", lang.code()), list);
    }
}
