//! Words of the workshop: the projector screen and the phone page, English and Russian.

use crate::model::Lang;

/// A fixed phrase of the workshop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum W {
    Title,
    JoinOnPhone,
    Starting,
    Facilitated,
    SelfPaced,
    Voting,
    Revealed,
    Closed,
    Joined,
    NobodyYet,
    Scored,
    Waiting,
    SelfPacedNote,
    EndedNote,
    NoNetwork,
    Progress,
}

/// The phrase in a language.
pub fn w(lang: Lang, key: W) -> &'static str {
    match (lang, key) {
        (Lang::En, W::Title) => "Workshop",
        (Lang::Ru, W::Title) => "Воркшоп",
        (Lang::En, W::JoinOnPhone) => "Join on your phone:",
        (Lang::Ru, W::JoinOnPhone) => "Подключитесь с телефона:",
        (Lang::En, W::Starting) => "Starting the server…",
        (Lang::Ru, W::Starting) => "Запуск сервера…",
        (Lang::En, W::Facilitated) => "facilitated",
        (Lang::Ru, W::Facilitated) => "с ведущим",
        (Lang::En, W::SelfPaced) => "self-paced",
        (Lang::Ru, W::SelfPaced) => "в своём темпе",
        (Lang::En, W::Voting) => "voting open",
        (Lang::Ru, W::Voting) => "идёт голосование",
        (Lang::En, W::Revealed) => "votes revealed",
        (Lang::Ru, W::Revealed) => "оценки открыты",
        (Lang::En, W::Closed) => "workshop ended",
        (Lang::Ru, W::Closed) => "воркшоп завершён",
        (Lang::En, W::Joined) => "Joined",
        (Lang::Ru, W::Joined) => "Подключились",
        (Lang::En, W::NobodyYet) => "nobody yet",
        (Lang::Ru, W::NobodyYet) => "пока никто",
        (Lang::En, W::Scored) => "Scored",
        (Lang::Ru, W::Scored) => "Оценили",
        (Lang::En, W::Waiting) => "Waiting for",
        (Lang::Ru, W::Waiting) => "Ждём",
        (Lang::En, W::SelfPacedNote) => {
            "Each participant walks the whole checklist on their phone."
        }
        (Lang::Ru, W::SelfPacedNote) => "Каждый участник проходит весь чек-лист на своём телефоне.",
        (Lang::En, W::EndedNote) => "Phones show that the workshop ended. Esc stops the server.",
        (Lang::Ru, W::EndedNote) => {
            "Телефоны показывают, что воркшоп завершён. Esc остановит сервер."
        }
        (Lang::En, W::Progress) => "Progress",
        (Lang::Ru, W::Progress) => "Прогресс",
        (Lang::En, W::NoNetwork) => "No local network found: only this computer can join.",
        (Lang::Ru, W::NoNetwork) => {
            "Локальная сеть не найдена: подключиться можно только с этого компьютера."
        }
    }
}

/// "4 of 6 have scored".
pub fn scored_of(lang: Lang, scored: usize, of: usize) -> String {
    match lang {
        Lang::En => format!("{scored} of {of} have scored"),
        Lang::Ru => format!("Оценили {scored} из {of}"),
    }
}

/// Self-paced progress when the screen has no room for each name: "Progress (12): 3 done,
/// 7 under way".
pub fn progress_counts(lang: Lang, of: usize, done: usize, started: usize) -> String {
    match lang {
        Lang::En => format!("Progress ({of}): {done} done, {started} under way"),
        Lang::Ru => format!("Прогресс ({of}): закончили {done}, в процессе {started}"),
    }
}

/// "Touchpoint 3 of 30".
pub fn position(lang: Lang, at: usize, of: usize) -> String {
    match lang {
        Lang::En => format!("Touchpoint {at} of {of}"),
        Lang::Ru => format!("Точка {at} из {of}"),
    }
}

/// "Anna asks to join from another phone: a lets them in".
pub fn claim(lang: Lang, name: &str) -> String {
    match lang {
        Lang::En => format!("{name} asks to join from another phone: a lets them in"),
        Lang::Ru => format!("{name} просит войти с другого телефона: a — впустить"),
    }
}

/// "Port 8765 was taken; using 41234."
pub fn port_taken(lang: Lang, asked: u16, used: u16) -> String {
    match lang {
        Lang::En => format!("Port {asked} was taken; using {used}."),
        Lang::Ru => format!("Порт {asked} занят; используется {used}."),
    }
}

/// "The server could not start: REASON".
pub fn failed(lang: Lang, reason: &str) -> String {
    match lang {
        Lang::En => format!("The server could not start: {reason}. Esc goes back."),
        Lang::Ru => format!("Сервер не запустился: {reason}. Esc — назад."),
    }
}

/// The phone page's words, by key, for its script.
pub fn phone(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::En => &[
            ("title", "Touchpoint workshop"),
            ("yourName", "Your name"),
            ("join", "Join"),
            ("joining", "Joining…"),
            ("stage", "Stage"),
            ("saved", "✓ Your vote is saved"),
            ("saving", "Saving…"),
            (
                "revealed",
                "Votes are revealed on the screen. Voting is closed for this touchpoint.",
            ),
            ("ended", "The workshop has ended. Thank you!"),
            (
                "unreachable",
                "The laptop cannot be reached. Check the Wi-Fi; this page keeps trying.",
            ),
            ("scoredOf", "{v} of {n} have scored"),
            ("prev", "‹ Previous"),
            ("next", "Next ›"),
            ("done", "done"),
            ("checklist", "The checklist"),
            ("error", "Something went wrong:"),
            ("nameNeeded", "Please type your name."),
            ("rejoin", "Change name"),
            ("about", "About this touchpoint"),
            ("tapEach", "Tap a value on each scale"),
            ("partial", "{saved} saved; {todo} to go"),
            ("and", "and"),
            (
                "nameTaken",
                "Someone has already joined as “{name}”. If that is you on another phone, ask the facilitator to let you in, then tap Join again. Otherwise add your surname or an initial.",
            ),
            (
                "lost",
                "This phone is no longer joined (you joined on another phone, or the workshop ended). Join again to go on.",
            ),
            (
                "notCounted",
                "A tap was not counted: voting is closed for that touchpoint.",
            ),
            ("allDone", "✓ You have scored every touchpoint. Thank you!"),
            (
                "full",
                "This workshop already has 50 phones, as many as it takes. Share a phone with a colleague, or ask the facilitator.",
            ),
        ],
        Lang::Ru => &[
            ("title", "Воркшоп по точкам контакта"),
            ("yourName", "Ваше имя"),
            ("join", "Войти"),
            ("joining", "Входим…"),
            ("stage", "Этап"),
            ("saved", "✓ Ваша оценка сохранена"),
            ("saving", "Сохраняем…"),
            (
                "revealed",
                "Оценки открыты на экране. Голосование по этой точке закрыто.",
            ),
            ("ended", "Воркшоп завершён. Спасибо!"),
            (
                "unreachable",
                "Ноутбук недоступен. Проверьте Wi-Fi; страница продолжает попытки.",
            ),
            ("scoredOf", "Оценили {v} из {n}"),
            ("prev", "‹ Назад"),
            ("next", "Дальше ›"),
            ("done", "готово"),
            ("checklist", "Чек-лист"),
            ("error", "Что-то пошло не так:"),
            ("nameNeeded", "Введите своё имя."),
            ("rejoin", "Сменить имя"),
            ("about", "Об этой точке"),
            ("tapEach", "Выберите значение на каждой шкале"),
            ("partial", "Сохранено: {saved}; осталось: {todo}"),
            ("and", "и"),
            (
                "nameTaken",
                "Под именем «{name}» уже кто-то вошёл. Если это вы с другого телефона, попросите ведущего впустить вас и снова нажмите «Войти». Иначе добавьте фамилию или инициал.",
            ),
            (
                "lost",
                "Этот телефон больше не подключён (вы вошли с другого телефона или воркшоп завершён). Войдите снова, чтобы продолжить.",
            ),
            (
                "notCounted",
                "Нажатие не засчитано: голосование по этой точке закрыто.",
            ),
            ("allDone", "✓ Вы оценили все точки. Спасибо!"),
            (
                "full",
                "В воркшопе уже 50 телефонов — больше он не принимает. Голосуйте с телефона коллеги или обратитесь к ведущему.",
            ),
        ],
    }
}
