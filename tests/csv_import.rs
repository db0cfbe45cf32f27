//! `tpaudit import`: the CSV contract end to end through the real binary.

mod common;

use common::Env;
use tpaudit::model::Lang;

const CYRILLIC: &str = "\u{feff}stage;touchpoint;rater;frequency;impact;satisfaction;notes\r\n\
Покупка;\"Касса \"\"у входа\"\", зал\";Анна;5;5;1;\"Долго; очередь\"\r\n\
Покупка;\"Касса \"\"у входа\"\", зал\";Борис;5;4;2;Грубят\r\n\
Покупка;Сайт;Анна;3;4;4;\r\n\
=Доставка;Курьер;Анна;4;3;2;\r\n";

#[test]
fn import_then_report_round_trips_cyrillic_quotes_and_commas() {
    let env = Env::new();
    let csv = env.write("in.csv", CYRILLIC);
    let out = env.run(&[
        "import",
        &csv.display().to_string(),
        "--name",
        "магазин",
        "--lang",
        "ru",
        "--client",
        "ООО \"Ромашка\"",
    ]);
    assert!(out.ok().contains("магазин.ron"), "{}", out.stdout);
    let a = env.load("магазин");
    assert_eq!(a.lang, Lang::Ru);
    assert_eq!(a.client, "ООО \"Ромашка\"");
    let people: Vec<&str> = a.participants.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(people, ["Анна", "Борис"]);
    let kassa = &a.stages[0].touchpoints[0];
    assert_eq!(kassa.name, "Касса \"у входа\", зал");
    assert_eq!(kassa.notes, "Анна: Долго; очередь\nБорис: Грубят");
    // Касса: means 5, 4.5, 1.5 → critical, 5 × 4.5 × 4.5 = 101.25; Курьер 4 × 3 × 4 = 48;
    // Сайт 3 × 4 × 2 = 24.
    let report = env.run(&["report", "магазин", "--format", "csv"]);
    assert_eq!(
        report.ok(),
        "rank,stage,touchpoint,frequency,impact,satisfaction,priority,quadrant,critical\n\
         1,Покупка,\"Касса \"\"у входа\"\", зал\",5,4.5,1.5,101.3,fix_first,true\n\
         2,'=Доставка,Курьер,4,3,2,48,low_priority,false\n\
         3,Покупка,Сайт,3,4,4,24,keep_up,false\n"
    );
    let text = env.run(&["report", "магазин"]);
    assert!(
        text.ok()
            .starts_with("Аудит точек контакта: магазин — клиент: ООО \"Ромашка\"")
    );
}

#[test]
fn bad_rows_reject_the_whole_file_with_row_numbers() {
    let env = Env::new();
    let csv = env.write(
        "bad.csv",
        "stage,touchpoint,frequency,impact,colour\n\
         A,a,1,2,red\nA,b,9,2,\n,c,1,1,\nA,d,x,1,\nA,e,1\n",
    );
    let out = env.run(&["import", &csv.display().to_string(), "--name", "bad"]);
    let err = out.failed().to_string();
    for expected in [
        "row 1: unknown column 'colour'",
        "row 3: frequency score 9 is out of range 1–5",
        "row 4: the stage name is missing",
        "row 5: frequency score 'x' is not a whole number",
        "row 6: has 3 cells but the header has 5 columns",
        "nothing was imported",
    ] {
        assert!(err.contains(expected), "missing «{expected}» in:\n{err}");
    }
    assert!(!env.audit_path("bad").exists());
}

#[test]
fn duplicate_ratings_and_bad_utf8_are_rejected() {
    let env = Env::new();
    let csv = env.write(
        "dup.csv",
        "stage,touchpoint,rater\nA,a,Ann\nA,a,Bob\nA,a,ann\n",
    );
    let err = env
        .run(&["import", &csv.display().to_string(), "--name", "dup"])
        .failed()
        .to_string();
    assert!(err.contains("row 4:") && err.contains("row 2"), "{err}");
    let mut bytes = b"stage,touchpoint\nA,".to_vec();
    bytes.extend_from_slice(&[0xc3, 0x28, b'\n']);
    let csv = env.write("latin.csv", bytes);
    let err = env
        .run(&["import", &csv.display().to_string(), "--name", "latin"])
        .failed()
        .to_string();
    assert!(err.contains("row 2:") && err.contains("UTF-8"), "{err}");
    assert!(!env.audit_path("dup").exists() && !env.audit_path("latin").exists());
}

#[test]
fn import_refuses_to_overwrite_without_force_and_checks_the_name() {
    let env = Env::new();
    let csv = env.write(
        "ok.csv",
        "stage,touchpoint,frequency,impact,satisfaction\nA,a,1,2,3\n",
    );
    let file = csv.display().to_string();
    env.run(&["import", &file, "--name", "one"]).ok();
    let before = std::fs::read(env.audit_path("one")).expect("read");
    let err = env
        .run(&["import", &file, "--name", "one"])
        .failed()
        .to_string();
    assert!(err.contains("already exists"), "{err}");
    assert_eq!(std::fs::read(env.audit_path("one")).expect("read"), before);
    env.run(&["import", &file, "--name", "one", "--force"]).ok();
    let err = env
        .run(&["import", &file, "--name", "a/b"])
        .failed()
        .to_string();
    assert!(err.contains("not a valid audit name"), "{err}");
    let err = env
        .run(&["import", "/nowhere.csv", "--name", "two"])
        .failed()
        .to_string();
    assert!(err.contains("/nowhere.csv"), "{err}");
}

#[test]
fn import_into_a_template_fills_matching_touchpoints_and_appends_the_rest() {
    let env = Env::new();
    env.write(
        "config/templates/shop.ron",
        r#"(id: "shop", name: (en: "Shop"), stages: [
            (id: "buy", name: (en: "Purchase", ru: "Покупка"), touchpoints: [
                (id: "checkout", name: (en: "Checkout", ru: "Касса")),
                (id: "pay", name: (en: "Payment", ru: "Оплата")),
            ]),
        ])"#,
    );
    let csv = env.write(
        "t.csv",
        "stage,touchpoint,frequency,impact,satisfaction\n\
         \u{20}покупка ,ОПЛАТА,2,3,4\nПокупка,Чек,1,1,1\nПоддержка,Чат,5,5,5\n",
    );
    let file = csv.display().to_string();
    let args = [
        "import",
        &file,
        "--name",
        "t",
        "--template",
        "shop",
        "--lang",
        "ru",
    ];
    env.run(&args).ok();
    let a = env.load("t");
    assert_eq!(a.template.as_deref(), Some("shop"));
    let ids: Vec<&str> = a.stages[0]
        .touchpoints
        .iter()
        .map(|t| t.id.as_str())
        .collect();
    assert_eq!(ids, ["checkout", "pay", "chek"]);
    assert!(a.stages[0].touchpoints[0].ratings.is_empty());
    assert_eq!(a.stages[0].touchpoints[1].ratings[0].impact, Some(3));
    assert_eq!(a.stages[1].name, "Поддержка");
    let err = env
        .run(&["import", &file, "--name", "u", "--template", "nope"])
        .failed()
        .to_string();
    assert!(err.contains("unknown template 'nope'"), "{err}");
}
