//! Words of the terminal interface, English and Russian. Views never hold literals.

use crate::model::Lang;
use crate::text::count as count_of;

macro_rules! catalogue {
    ($($key:ident => $en:expr, $ru:expr;)*) => {
        /// A fixed phrase of the interface.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum T { $($key,)* }

        /// The phrase in a language.
        pub fn t(lang: Lang, key: T) -> &'static str {
            match (lang, key) {
                $((Lang::En, T::$key) => $en, (Lang::Ru, T::$key) => $ru,)*
            }
        }
    };
}

catalogue! {
    Score => "Score the active scale and move on", "Оценить активную шкалу и перейти дальше";
    Clear => "Clear the active scale", "Стереть оценку активной шкалы";
    ScalePrev => "Previous scale", "Предыдущая шкала";
    ScaleNext => "Next scale", "Следующая шкала";
    Down => "Next", "Следующая";
    Up => "Previous", "Предыдущая";
    First => "First", "Первая";
    Last => "Last", "Последняя";
    PrevStage => "Previous stage", "Предыдущий этап";
    NextStage => "Next stage", "Следующий этап";
    ToggleNa => "Not applicable on/off", "Неприменимо: вкл/выкл";
    EditNotes => "Edit notes", "Заметки";
    Undo => "Undo", "Отменить";
    Redo => "Redo", "Повторить";
    Help => "All keys", "Все клавиши";
    Quit => "Quit (saves first)", "Выход (с сохранением)";
    Back => "Back to the audits; first ends =, then clears /", "К списку аудитов; сначала выход из =, затем сброс /";
    NextParticipant => "Next participant", "Следующий участник";
    AddParticipant => "Add participant", "Добавить участника";
    RenameParticipant => "Rename participant", "Переименовать участника";
    EditTitle => "Edit the audit's title", "Изменить название аудита";
    AddTp => "Add touchpoint", "Добавить точку контакта";
    RenameTp => "Rename touchpoint", "Переименовать точку";
    EditDescription => "Edit description", "Изменить описание";
    DeleteTp => "Delete touchpoint", "Удалить точку";
    MoveTpUp => "Move touchpoint up", "Точку выше";
    MoveTpDown => "Move touchpoint down", "Точку ниже";
    AddStage => "Add stage", "Добавить этап";
    RenameStage => "Rename stage", "Переименовать этап";
    DeleteStage => "Delete stage", "Удалить этап";
    MoveStageUp => "Move stage up", "Этап выше";
    MoveStageDown => "Move stage down", "Этап ниже";
    HintScore => "Score", "Оценить";
    HintNa => "N/A", "н/п";
    HintMatrix => "Matrix", "Матрица";
    HintList => "List", "Список";
    HintBack => "Back", "Назад";
    HintJump => "Go to it", "К точке";
    HintQuit => "Quit", "Выход";
    Open => "Open", "Открыть";
    NewAudit => "New audit", "Новый аудит";
    Duplicate => "Duplicate", "Копия";
    Delete => "Delete", "Удалить";
    NextField => "Next field", "Следующее поле";
    PrevField => "Previous field", "Предыдущее поле";
    ChangeChoice => "Change choice", "Другой вариант";
    Submit => "Confirm", "Готово";
    Cancel => "Cancel", "Отмена";
    Yes => "Yes", "Да";
    No => "No", "Нет";
    FinishEditing => "Save (u undoes)", "Сохранить (u отменит)";
    NewLine => "New line", "Новая строка";
    YourAudits => "Your audits", "Ваши аудиты";
    Examples => "Examples (opening one makes a copy)", "Примеры (открывается копия)";
    NoAudits => "No audits yet. Press n to start one.", "Аудитов пока нет. Нажмите n, чтобы начать.";
    ColName => "Name", "Название";
    ColClient => "Client", "Клиент";
    ColProgress => "Progress", "Прогресс";
    ColUpdated => "Changed", "Изменён";
    Unreadable => "cannot be read", "не читается";
    Stages => "Stages", "Этапы";
    StageOf => "Stage", "Этап";
    Filter => "Find touchpoints by name", "Найти точки по названию";
    HintFilter => "Find", "Найти";
    CycleTheme => "Colours: dark → light (for projectors) → none", "Цвета: тёмные → светлые (для проектора) → без цвета";
    HintTheme => "Colours", "Цвета";
    ThemeDark => "Colours: dark", "Цвета: тёмные";
    ThemeLight => "Colours: light, high contrast (for projectors)", "Цвета: светлые, контрастные (для проектора)";
    ThemeMono => "Colours: none", "Цвета: без цвета";
    FullScreen => "Full screen on/off (no side panel, no key hints)", "Во весь экран: вкл/выкл (без боковой панели и подсказок)";
    HintFullScreen => "Full screen", "Весь экран";
    FullScreenOff => "z: panels and keys", "z: панели и клавиши";
    KeepFilter => "Keep the filter", "Оставить фильтр";
    ClearFilter => "Clear the filter", "Снять фильтр";
    NoMatch => "No touchpoint matches", "Ни одна точка не подходит";
    Of => "of", "из";
    ColTouchpoint => "Touchpoint", "Точка контакта";
    ColPriority => "Prio", "Прио";
    ColQuadrant => "Quadrant", "Квадрант";
    NotApplicable => "n/a", "н/п";
    NotApplicableLong => "Not applicable: skipped, never ranked.", "Неприменимо: пропущена, в рейтинг не входит.";
    Description => "Description", "Описание";
    Questions => "Ask yourself", "Вопросы";
    ToggleBlind => "Blind scoring on/off (hides ratings and means)", "Слепая оценка: вкл/выкл (скрывает оценки и средние)";
    Reveal => "Reveal the touchpoint's ratings (blind)", "Показать оценки точки (слепая оценка)";
    ToggleRoundRobin => "Round robin on/off (scores pass to the next participant)", "По кругу: вкл/выкл (оценка переходит к следующему участнику)";
    BlindOn => "Blind scoring: ratings and means hidden; v reveals a touchpoint", "Слепая оценка: оценки и средние скрыты; v покажет точку";
    BlindOff => "Blind scoring off: every rating shown", "Слепая оценка выключена: все оценки видны";
    RevealNotBlind => "Nothing hidden: b turns blind scoring on", "Ничего не скрыто: b включит слепую оценку";
    RoundRobinOn => "Round robin: each participant's last digit passes the touchpoint on", "По кругу: последняя цифра участника передаёт точку следующему";
    RoundRobinOff => "Round robin off", "Оценка по кругу выключена";
    AllScored => "Everyone has scored it: v reveals, j moves on", "Все оценили: v покажет оценки, j — дальше";
    HiddenKept => "Already scored and hidden, so kept: v reveals, j moves on", "Уже оценено и скрыто, поэтому не изменено: v покажет оценки, j — дальше";
    Turn => "Turn", "Ход";
    BlindNoAnalysis => "Blind scoring hides the ranking: b turns it off first", "Слепая оценка скрывает рейтинг: сначала выключите её клавишей b";
    BlindNoReport => "Blind scoring hides the scores from reports: b turns it off first", "Слепая оценка скрывает оценки от отчётов: сначала выключите её клавишей b";
    NextDiscussion => "Next touchpoint that needs discussion (⚑)", "Следующая точка, которую нужно обсудить (⚑)";
    Agree => "Record what the room agreed (digits set the agreed values)", "Записать согласованную оценку (цифры задают её)";
    FilterDiscussion => "Only touchpoints that need discussion, or all", "Только точки, которые нужно обсудить, или все";
    CycleVariant => "Rank by the next variant: without the critical rule, by impact × gap, without each participant", "Порядок по следующему варианту: без правила критичных, по влиянию × разрыву, без каждого участника";
    HintVariant => "Variant", "Вариант";
    SatisfactionSource => "Satisfaction from: the team's ratings or the customers' answers (surveyed touchpoints only)", "Удовлетворённость: оценки команды или ответы клиентов (только опрошенные точки)";
    SourceCustomers => "S from customers' answers: only touchpoints with 10+ answers; s goes back", "У из ответов клиентов: только точки с 10+ ответами; s — обратно";
    SourceTeam => "S from the team's ratings: every scored touchpoint", "У из оценок команды: все оценённые точки";
    NoSurvey => "No survey imported: tpaudit survey AUDIT FILE.csv", "Опрос не загружен: tpaudit survey АУДИТ ФАЙЛ.csv";
    VariantsTeamOnly => "Variants re-rank the team's ratings: s goes back to them first", "Варианты переставляют оценки команды: сначала вернитесь к ним клавишей s";
    FilterGaps => "Only the data gaps: what to measure before spending money, or all", "Только пробелы в данных: что измерить, прежде чем тратить деньги, или все";
    AgreeingOn => "Agreed values: 1-5 for each scale, 0 clears, = or Esc stops", "Согласованная оценка: 1-5 по шкалам, 0 стирает, = или Esc — выход";
    AgreeingOff => "Agreed values: stopped, digits rate again; still on this touchpoint", "Согласованная оценка: выход, цифры снова ставят оценки; точка та же";
    AgreedDone => "Agreed values recorded: they replace the mean", "Согласованная оценка записана: она заменяет среднее";
    NoDiscussion => "No touchpoint needs discussion", "Нет точек, которые нужно обсудить";
    AgreedLabel => "agreed", "согласовано";
    DiscussOnly => "only ⚑", "только ⚑";
    Blind => "blind", "слепая";
    RoundRobin => "round robin", "по кругу";
    RemoveParticipant => "Remove participant", "Удалить участника";
    LastParticipant => "The only participant cannot be removed", "Единственного участника удалить нельзя";
    NaRefused => "Not applicable: not scored (x makes it applicable)", "Неприменима: оценка не записана (x вернёт точку)";
    CardDown => "Scroll the card down", "Прокрутить карточку вниз";
    CardUp => "Scroll the card up", "Прокрутить карточку вверх";
    Notes => "Notes", "Заметки";
    EmptyStage => "No touchpoints in this stage. Press a to add one.", "На этом этапе нет точек. Нажмите a, чтобы добавить.";
    NoStages => "This audit has no stages. Press A to add one.", "В аудите нет этапов. Нажмите A, чтобы добавить.";
    Participant => "Participant", "Участник";
    Mean => "mean", "среднее";
    Spread => "spread", "разброс";
    NeedsDiscussion => "needs discussion", "нужно обсудить";
    Saved => "saved", "сохранено";
    Unsaved => "not saved yet", "ещё не сохранено";
    SaveFailed => "NOT SAVED", "НЕ СОХРАНЕНО";
    QuitAnyway => "press q again to quit without saving", "нажмите q ещё раз, чтобы выйти без сохранения";
    Scored => "scored", "оценено";
    TooSmall => "Terminal too small", "Окно терминала слишком мало";
    TooSmallNeed => "needs at least 60×16", "нужно не меньше 60×16";
    HelpTitle => "Keys", "Клавиши";
    HelpClose => "any key closes", "любая клавиша закрывает";
    HelpScroll => "j k scroll, any other key closes", "j k листают, другие клавиши закрывают";
    NotesTitle => "Notes", "Заметки";
    NewAuditTitle => "New audit", "Новый аудит";
    FieldName => "Name", "Название";
    FieldClient => "Client", "Клиент";
    FieldTemplate => "Start from", "Начать с";
    FieldLang => "Language", "Язык";
    LangEn => "English", "English";
    LangRu => "Русский", "Русский";
    NameExists => "an audit with this name already exists", "аудит с таким названием уже есть";
    NameEmpty => "the name cannot be empty", "название не может быть пустым";
    PromptTpName => "Name of the new touchpoint", "Название новой точки контакта";
    PromptTpRename => "New name of the touchpoint", "Новое название точки";
    PromptDescription => "Description of the touchpoint", "Описание точки контакта";
    PromptStageName => "Name of the new stage", "Название нового этапа";
    PromptStageRename => "New name of the stage", "Новое название этапа";
    PromptParticipant => "Name of the new participant", "Имя нового участника";
    PromptParticipantRename => "New name of the participant", "Новое имя участника";
    PromptExportTo => "Write the reports to the folder", "Куда записать отчёты (папка)";
    PromptTitle => "Title of the audit (shown on the audits list and in every report)", "Название аудита (в списке аудитов и во всех отчётах)";
    PromptDuplicate => "Name of the copy", "Название копии";
    ConfirmTitle => "Please confirm", "Подтвердите";
    WalkEndHeld => "End of the checklist: the score was not changed. Move (j k) or pick a scale (← →) to change one.", "Конец чек-листа: оценка не изменена. Чтобы изменить, выберите точку (j k) или шкалу (← →).";
    Nothing => "nothing to undo or redo", "нечего отменять или повторять";
    // Safety: read-only windows, files changed on disk, emergency copies.
    ReadOnlyRefused => "key refused", "клавиша отклонена";
    ConflictTitle => "The file changed on disk", "Файл изменён на диске";
    ReloadDisk => "Take the version on disk (yours stays in the copy)", "Взять версию с диска (ваша останется в копии)";
    KeepMine => "Keep mine: write it over the file", "Оставить мою: записать поверх файла";
    RecoveryTitle => "Emergency copy found", "Найдена аварийная копия";
    RestoreCopy => "Restore it: it becomes the audit and is saved", "Восстановить: она станет аудитом и будет сохранена";
    DiscardCopy => "Discard it: delete the copy", "Отбросить: удалить копию";
    UnsavedTitle => "Changes not saved", "Изменения не сохранены";
    Stay => "Stay: keep the changes in memory and keep trying to save", "Остаться: изменения останутся в памяти, сохранение продолжит попытки";
    LeaveAnyway => "Leave anyway: the changes go to an emergency copy, not the audit", "Всё равно уйти: изменения попадут в аварийную копию, а не в аудит";
    // The analysis screens, action plans and exports.
    PrevParticipant => "Previous participant", "Предыдущий участник";
    OpenMatrix => "Priority matrix", "Матрица приоритетов";
    OpenPriority => "Priority list", "Список приоритетов";
    EditAction => "Action plan", "План действий";
    CycleEvidence => "Evidence of the active scale: next level", "Основание оценки активной шкалы: дальше";
    HintEvidence => "Evidence", "Основание";
    HintSourceCustomers => "Customers", "Клиенты";
    HintSourceTeam => "Team", "Команда";
    HintGaps => "Data gaps", "Пробелы";
    EditMeasurements => "Measurements: add, change, remove", "Измерения: добавить, изменить, удалить";
    RemoveMeasurement => "Remove this measurement (u brings it back)", "Удалить это измерение (u вернёт)";
    Export => "Export reports (md, html, csv, xlsx)", "Экспорт отчётов (md, html, csv, xlsx)";
    OpenReport => "Open the exported HTML report in the browser", "Открыть HTML-отчёт в браузере";
    ExportFirst => "No report yet: E exports the reports first", "Отчёта ещё нет: сначала экспорт (E)";
    TakeOver => "Take over a lock held on another computer", "Забрать блокировку с другого компьютера";
    TakeOverShort => "take over", "забрать";
    NearestMark => "Nearest mark that way", "Ближайшая точка в этом направлении";
    NextRank => "Next by rank", "Следующая по рангу";
    PrevRank => "Previous by rank", "Предыдущая по рангу";
    ToggleCrosshair => "Crosshair: midpoint / data mean", "Перекрестие: середина / среднее";
    JumpToWalk => "Go to it in the checklist", "Перейти к точке в чек-листе";
    BackToWalk => "Back to the checklist", "Назад к чек-листу";
    MatrixTitle => "Priority matrix", "Матрица приоритетов";
    PriorityTitle => "Priority list", "Список приоритетов";
    Ranked => "ranked", "в рейтинге";
    Critical => "critical", "критичных";
    ActionTitle => "Action plan", "План действий";
    ActionWhat => "Action", "Действие";
    ActionOwner => "Owner", "Ответственный";
    ActionDue => "Due (YYYY-MM-DD)", "Срок (ГГГГ-ММ-ДД)";
    ActionKpi => "KPI", "KPI";
    ActionCurrent => "Current value", "Сейчас";
    ActionTarget => "Target value", "Цель";
    ActionStatus => "Status", "Статус";
    ChangeStatus => "Change the status", "Сменить статус";
    NextFieldOrSave => "Next field; saves on the last", "Следующее поле; на последнем — сохранить";
    SaveForm => "Save", "Сохранить";
    ActionEmptyClears => "An empty form removes the plan.", "Пустая форма удаляет план.";
    ActionDueInvalid => "the due date must be a real date written YYYY-MM-DD, or empty", "срок — реальная дата в виде ГГГГ-ММ-ДД или пусто";
    ActionLabel => "Action", "Действие";
    PageDown => "Page down", "Страница вниз";
    PageUp => "Page up", "Страница вверх";
    // The workshop (phones score, the projector runs the session).
    Workshop => "Workshop: phones score", "Воркшоп: оценки с телефонов";
    WsReveal => "Reveal / vote again", "Открыть / переголосовать";
    WsNext => "Next (phones follow)", "Дальше (телефоны тоже)";
    WsPrev => "Previous (phones follow)", "Назад (телефоны тоже)";
    WsPick => "Any touchpoint (pick in the walk, then W)", "Любая точка (выбрать в чек-листе, затем W)";
    WsClose => "End (phones are told)", "Завершить (телефоны узнают)";
    WsLetIn => "Let in from another phone", "Впустить с другого телефона";
    WsRemoveGhost => "Remove the last to join who never scored", "Убрать последнего вошедшего, кто ничего не оценил";
    WsStop => "Stop the server and go back to the walk", "Остановить сервер и вернуться к чек-листу";
    WsShowVotes => "Show / hide this touchpoint's votes on the screen (phones stay open)", "Показать / скрыть оценки этой точки на экране (телефоны не закрываются)";
    WsShowNext => "Next touchpoint on the screen (phones go their own way)", "Дальше: следующая точка на экране (телефоны идут сами)";
    WsShowPrev => "Previous touchpoint on the screen", "Назад: предыдущая точка на экране";
    HintWsReveal => "Reveal", "Открыть";
    HintWsShow => "Votes", "Оценки";
    HintWsAgain => "Vote again", "Переголосовать";
    WsEndedStop => "Stop the server and go back to the walk (the workshop has ended)", "Остановить сервер и вернуться к чек-листу (воркшоп завершён)";
    HintWsEndedStop => "Stop the server", "Остановить сервер";
    HintWsNext => "Next", "Дальше";
    HintWsShowNext => "Next on screen", "Дальше на экране";
    HintWsPrev => "Prev", "Назад";
    HintWsPick => "Walk", "Чек-лист";
    HintWsClose => "End", "Завершить";
    // The audit cycle: last time's scores, the compare view, a re-audit in the form.
    TogglePrevious => "Last time's scores on/off (not to anchor the room)", "Прошлые оценки: показать/скрыть (чтобы не влияли)";
    PreviousShown => "Last time's scores shown on the card", "Прошлые оценки видны на карточке";
    PreviousHidden => "Last time's scores hidden: L shows them", "Прошлые оценки скрыты: L покажет";
    NoPrevious => "This audit does not follow an earlier one", "Этот аудит не продолжает прежний";
    LastTime => "Last time", "Прошлый раз";
    PriorityWord => "priority", "приоритет";
    NotScoredThen => "not scored", "не оценена";
    NotThen => "not in that audit", "не было в том аудите";
    OpenCompare => "Compare with the previous audit", "Сравнить с прошлым аудитом";
    CompareTitle => "Compared with", "Сравнение с";
    PreviousNotFound => "The audit this one follows was not found beside it", "Прежний аудит не найден рядом с этим";
    ColWas => "was", "было";
    ColStage => "Stage", "Этап";
    ColNow => "now", "стало";
    FromAudit => "Re-audit of", "Повтор аудита";
    LangAsPrevious => "as in the audit it follows", "как в прежнем аудите";
}

/// "Reports written: DIR/NAME.md, .html, .csv, .xlsx".
pub fn exported(lang: Lang, paths: &[std::path::PathBuf]) -> String {
    let list = paths
        .iter()
        .enumerate()
        .map(|(i, p)| match i {
            0 => p.display().to_string(),
            _ => p
                .extension()
                .map_or(String::new(), |e| format!(".{}", e.to_string_lossy())),
        })
        .collect::<Vec<_>>()
        .join(", ");
    match lang {
        Lang::En => format!("Reports written: {list} · O opens the HTML"),
        Lang::Ru => format!("Отчёты записаны: {list} · O откроет HTML"),
    }
}

/// "Opening PATH in the browser…".
pub fn opening(lang: Lang, path: &std::path::Path) -> String {
    let path = path.display();
    match lang {
        Lang::En => format!("Opening {path} in the browser…"),
        Lang::Ru => format!("Открываю {path} в браузере…"),
    }
}

/// "No browser opened the report (WHY): open PATH yourself".
pub fn open_failed(lang: Lang, path: &std::path::Path, why: &str) -> String {
    let path = path.display();
    match lang {
        Lang::En => format!("No browser opened the report ({why}): open {path} yourself"),
        Lang::Ru => format!("Браузер не открыл отчёт ({why}): откройте {path} вручную"),
    }
}

/// "xdg-open ended with code 3", or without a code when a signal ended it.
pub fn opener_gave_up(lang: Lang, program: &str, code: Option<i32>) -> String {
    match (lang, code) {
        (Lang::En, Some(code)) => format!("{program} ended with code {code}"),
        (Lang::En, None) => format!("{program} ended in failure"),
        (Lang::Ru, Some(code)) => format!("{program} завершился с кодом {code}"),
        (Lang::Ru, None) => format!("{program} завершился с ошибкой"),
    }
}

/// "Export failed: REASON".
pub fn export_failed(lang: Lang, reason: &str) -> String {
    match lang {
        Lang::En => format!("Export failed: {reason}"),
        Lang::Ru => format!("Экспорт не удался: {reason}"),
    }
}

/// "Delete touchpoint “X”?"
pub fn confirm_delete_tp(lang: Lang, name: &str) -> String {
    match lang {
        Lang::En => format!("Delete touchpoint “{name}” with its scores and notes? (u undoes it)"),
        Lang::Ru => format!("Удалить точку «{name}» с оценками и заметками? (u отменит)"),
    }
}

/// "2 critical", in Russian in the form the number asks for.
pub fn critical_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => format!("{n} critical"),
        Lang::Ru => crate::text::ru_count(n, "критичная", "критичные", "критичных"),
    }
}

/// "Delete stage “X” and its N touchpoints?"
pub fn confirm_delete_stage(lang: Lang, name: &str, count: usize) -> String {
    match lang {
        Lang::En if count == 0 => format!("Delete the empty stage “{name}”? (u undoes it)"),
        Lang::Ru if count == 0 => format!("Удалить пустой этап «{name}»? (u отменит)"),
        Lang::En => format!(
            "Delete stage “{name}” and its {}? (u undoes it)",
            count_of(count, "touchpoint", "touchpoints")
        ),
        Lang::Ru => format!("Удалить этап «{name}» и его точки ({count})? (u отменит)"),
    }
}

/// "Remove participant “X” and their ratings of N touchpoints?"
pub fn confirm_remove_participant(lang: Lang, name: &str, rated: usize) -> String {
    match lang {
        Lang::En if rated == 0 => {
            format!("Remove participant “{name}”? They have rated nothing yet. (u undoes it)")
        }
        Lang::Ru if rated == 0 => {
            format!("Удалить участника «{name}»? Оценок у него пока нет. (u отменит)")
        }
        Lang::En => format!(
            "Remove participant “{name}” and their ratings of {}? (u undoes it)",
            count_of(rated, "touchpoint", "touchpoints")
        ),
        Lang::Ru => {
            format!("Удалить участника «{name}» и его оценки (точек: {rated})? (u отменит)")
        }
    }
}

/// "Delete audit “X”? The file is renamed, not erased."
pub fn confirm_delete_audit(lang: Lang, name: &str) -> String {
    match lang {
        Lang::En => format!(
            "Delete audit “{name}”? The file {name}.ron is renamed to {name}.ron.deleted, not erased."
        ),
        Lang::Ru => format!(
            "Удалить аудит «{name}»? Файл {name}.ron будет переименован в {name}.ron.deleted, а не стёрт."
        ),
    }
}

/// Taking over a lock another computer holds, with the risk spelled out.
pub fn confirm_take_over(lang: Lang, holder: super::safety::Who) -> String {
    let who = super::safety::read_only(lang, Some(holder));
    match lang {
        Lang::En => format!(
            "{who}. That is another computer: tpaudit cannot see whether it still runs there. Take over only if it does not (or was closed and its lock file synced here): if both write, one side's changes are lost. Take over?"
        ),
        Lang::Ru => format!(
            "{who}. Это другой компьютер: tpaudit не видит, работает ли он там. Забирайте, только если там он закрыт (или его файл блокировки пришёл сюда синхронизацией): если писать будут оба, чьи-то изменения пропадут. Забрать?"
        ),
    }
}

/// What was done to a deleted audit's file.
pub fn deleted(lang: Lang, name: &str) -> String {
    match lang {
        Lang::En => format!("Deleted “{name}”: the file is now {name}.ron.deleted"),
        Lang::Ru => format!("Аудит «{name}» удалён: файл переименован в {name}.ron.deleted"),
    }
}

/// How the home screen marks a side copy written when the audit changed on disk.
pub fn copy_of(lang: Lang, name: &str) -> String {
    match lang {
        Lang::En => format!("conflict copy of “{name}”"),
        Lang::Ru => format!("копия «{name}» при конфликте"),
    }
}

/// The status line's progress: "12/40 scored", then "· n/a 2" when some are not applicable.
pub fn progress(lang: Lang, p: crate::model::Progress) -> String {
    let scored = format!("{} {}", p.fraction(), t(lang, T::Scored));
    match p.not_applicable {
        0 => scored,
        n => format!("{scored} · {} {n}", t(lang, T::NotApplicable)),
    }
}

/// What the status line says when scoring reaches the last touchpoint.
pub fn walk_end(lang: Lang, p: crate::model::Progress) -> String {
    let left = p.total.saturating_sub(p.done());
    match (lang, left) {
        (Lang::En, 0) => "Every touchpoint is scored. Press p for the priority list.".into(),
        (Lang::Ru, 0) => "Все точки оценены. p откроет список приоритетов.".into(),
        (Lang::En, n) => format!(
            "End of the checklist; {} still unscored.",
            count_of(n, "touchpoint", "touchpoints")
        ),
        (Lang::Ru, n) => format!("Конец чек-листа; не оценено точек: {n}."),
    }
}

/// "3 more", of rows above or below what a table or the card shows.
/// The settings file could not be read or written.
pub fn config_failed(lang: Lang, why: &str) -> String {
    match lang {
        Lang::En => format!("Fix or delete the settings file (colours are not remembered): {why}"),
        Lang::Ru => format!("Исправьте или удалите файл настроек (цвета не запоминаются): {why}"),
    }
}

/// The name filter on a status line: `/ text  3 of 25`, or that it keeps nothing.
pub fn filter_status(lang: Lang, text: &str, (kept, all): (usize, usize)) -> String {
    match kept {
        0 => format!("/{text}  {}", t(lang, T::NoMatch)),
        _ => format!("/{text}  {kept} {} {all}", t(lang, T::Of)),
    }
}

pub fn more(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => format!("{n} more"),
        Lang::Ru => format!("ещё {n}"),
    }
}

/// The quiet note when the audit the open one follows cannot be read.
pub fn previous_unreadable(lang: Lang, name: &str, why: &str) -> String {
    match lang {
        Lang::En => format!(
            "last time's audit '{name}' could not be read ({why}); scoring works without it"
        ),
        Lang::Ru => {
            format!("прошлый аудит «{name}» не прочитан ({why}); оценивать можно и без него")
        }
    }
}

/// "could not save: REASON".
pub fn save_failed(lang: Lang, reason: &str) -> String {
    format!("{}: {reason}", t(lang, T::SaveFailed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn questions_count_in_words_that_agree_with_the_number() {
        assert_eq!(
            confirm_delete_stage(Lang::En, "Use", 0),
            "Delete the empty stage “Use”? (u undoes it)"
        );
        assert!(confirm_delete_stage(Lang::En, "Use", 1).contains("its 1 touchpoint?"));
        assert!(confirm_delete_stage(Lang::En, "Use", 4).contains("its 4 touchpoints?"));
        assert!(confirm_delete_stage(Lang::Ru, "Use", 0).contains("пустой этап"));
        assert!(
            confirm_remove_participant(Lang::En, "Anna", 0).contains("They have rated nothing yet")
        );
        assert!(confirm_remove_participant(Lang::En, "Anna", 1).contains("of 1 touchpoint?"));
    }

    #[test]
    fn every_phrase_exists_in_both_languages() {
        for key in [T::Score, T::TooSmall, T::Nothing, T::YourAudits] {
            assert!(!t(Lang::En, key).is_empty());
            assert!(!t(Lang::Ru, key).is_empty());
        }
        assert_ne!(t(Lang::En, T::Stages), t(Lang::Ru, T::Stages));
        assert!(confirm_delete_audit(Lang::Ru, "демо").contains("демо.ron.deleted"));
    }
}
