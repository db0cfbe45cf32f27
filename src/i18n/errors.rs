//! Why an operation on files failed, in the workbench's words, English and Russian. Each phrase
//! takes plain data (paths, names, numbers), never a storage type, and its advice fits the
//! workbench: what to press or choose there, not a command-line flag.

use std::io::ErrorKind;
use std::path::Path;

use super::safety::Who;
use crate::model::Lang;
use crate::model::ids::NameProblem;

/// A file operation refused by the system: `PATH: no permission`. English keeps the system's
/// own words; Russian names the common kinds and falls back to them.
pub fn io(lang: Lang, path: &Path, kind: ErrorKind, system: &str) -> String {
    let p = path.display();
    let ru = match kind {
        ErrorKind::PermissionDenied => "нет прав доступа",
        ErrorKind::NotFound => "файл или папка не найдены",
        ErrorKind::StorageFull => "на диске нет места",
        ErrorKind::ReadOnlyFilesystem => "диск доступен только для чтения",
        ErrorKind::AlreadyExists => "файл уже существует",
        ErrorKind::IsADirectory => "это папка, а не файл",
        ErrorKind::NotADirectory => "в пути есть файл вместо папки",
        _ => system,
    };
    match lang {
        Lang::En => format!("{p}: {system}"),
        Lang::Ru => format!("{p}: {ru}"),
    }
}

/// A syntax error in a file, at a line and column (the parser's message is kept as it is).
pub fn syntax(lang: Lang, path: &Path, (line, col): (usize, usize), message: &str) -> String {
    let p = path.display();
    match lang {
        Lang::En => format!("{p}:{line}:{col}: {message}"),
        Lang::Ru => format!("{p}:{line}:{col}: ошибка в файле: {message}"),
    }
}

/// A file that parsed but breaks the method's rules.
pub fn invalid(lang: Lang, path: &Path, problems: &[String]) -> String {
    let p = path.display();
    let list = problems.join("; ");
    match lang {
        Lang::En => format!("{p}: {list}"),
        Lang::Ru => format!("{p}: файл нарушает правила аудита: {list}"),
    }
}

pub fn empty(lang: Lang, path: &Path) -> String {
    let p = path.display();
    match lang {
        Lang::En => format!("{p}: file is empty"),
        Lang::Ru => format!("{p}: файл пуст"),
    }
}

pub fn newer_version(lang: Lang, path: &Path, found: u32, supported: u32) -> String {
    let p = path.display();
    match lang {
        Lang::En => format!(
            "{p}: written by a newer tpaudit (schema version {found}, this one reads up to {supported}); upgrade tpaudit to open it"
        ),
        Lang::Ru => format!(
            "{p}: записан более новым tpaudit (версия схемы {found}, этот читает до {supported}); обновите tpaudit, чтобы открыть его"
        ),
    }
}

/// An audit of that name exists already: choose another name.
pub fn exists(lang: Lang, name: &str) -> String {
    match lang {
        Lang::En => format!("an audit named “{name}” already exists; choose another name"),
        Lang::Ru => format!("аудит «{name}» уже есть; выберите другое название"),
    }
}

/// No audit of that name: the home screen lists those there are.
pub fn not_found(lang: Lang, name: &str) -> String {
    match lang {
        Lang::En => format!("no audit named “{name}”; the list shows the audits there are"),
        Lang::Ru => format!("аудита «{name}» нет; список показывает существующие аудиты"),
    }
}

/// A name that cannot be a file name, and why.
pub fn bad_name(lang: Lang, name: &str, problem: NameProblem) -> String {
    let why = match (lang, problem) {
        (Lang::En, p) => return format!("“{name}” is not a valid audit name: {p}"),
        (Lang::Ru, NameProblem::Empty) => "оно пустое",
        (Lang::Ru, NameProblem::SpaceAtEdge) => "оно начинается или кончается пробелом",
        (Lang::Ru, NameProblem::LeadingDot) => "оно начинается с точки",
        (Lang::Ru, NameProblem::ForbiddenCharacter) => {
            "в нём есть один из знаков / \\ : * ? \" < > | или управляющий символ"
        }
        (Lang::Ru, NameProblem::TooLong) => "оно длиннее 100 знаков",
        (Lang::Ru, NameProblem::ReservedOnWindows) => {
            "Windows отводит это имя устройству (CON, PRN, AUX, NUL, COM0–COM9, LPT0–LPT9), \
             и файл там не откроется; добавьте к нему слово"
        }
        (Lang::Ru, NameProblem::TrailingDot) => {
            "оно кончается точкой, а Windows отбрасывает точку в конце имени файла; уберите её"
        }
    };
    format!("«{name}» не годится как название аудита: {why}")
}

pub fn no_data_dir(lang: Lang) -> String {
    match lang {
        Lang::En => "no data folder could be found for the audits".into(),
        Lang::Ru => "не найдена папка данных для аудитов".into(),
    }
}

/// A save refused because another tpaudit writes the audit.
pub fn read_only_file(lang: Lang, path: &Path, holder: Option<Who>) -> String {
    let p = path.display();
    let who = super::safety::read_only(lang, holder);
    format!("{p}: {who}")
}

/// The audit could not be turned into text.
pub fn serialize(lang: Lang, path: &Path, message: &str) -> String {
    let p = path.display();
    match lang {
        Lang::En => format!("could not write {p}: {message}"),
        Lang::Ru => format!("не удалось записать {p}: {message}"),
    }
}

pub fn no_such_example(lang: Lang, name: &str) -> String {
    match lang {
        Lang::En => format!("no bundled example named “{name}”"),
        Lang::Ru => format!("встроенного примера «{name}» нет"),
    }
}

/// The audit's file is not held for writing by this window (it was closed meanwhile).
pub fn not_open(lang: Lang, path: &Path) -> String {
    let p = path.display();
    match lang {
        Lang::En => format!("{p}: not open for writing in this window; open the audit again"),
        Lang::Ru => format!("{p}: не открыт для записи в этом окне; откройте аудит снова"),
    }
}
