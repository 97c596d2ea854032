"""Interface strings of the site's own texts (not of the methodology) and plural forms."""
from __future__ import annotations

LANGUAGES = ("uk", "en")
DEFAULT_LANGUAGE = "uk"

UI = {
    "uk": {
        "stage": "Етап",
        "stage_of": "Етап {number} з {total}",
        "goal": "Мета",
        "checklist": "Чек-ліст етапу",
        "result": "Результат етапу",
        "optional_stage": "Додатковий етап",
        "optional_stage_hint": "Проводиться, якщо це передбачено контрактом.",
        "optional_item": "необовʼязково",
        "previous_stage": "Попередній етап",
        "next_stage": "Наступний етап",
        "stage_pager": "Перехід між етапами",
        "overall_goal": "Загальна мета впровадження",
        "stages_overview": "Етапи впровадження",
        "timeline_label": "Вісім етапів впровадження по порядку",
        "more": "Більше про методологію",
        "author_line": "Автор: {author}, {date}",
        "source_note": "Методологію опубліковано {date}; автор — {author}.",
        "limitation": "Обмеження",
        "advantage": "Перевага",
        "emphasis": "Акцент",
        "edit_where": "Де",
        "edit_before": "Було",
        "edit_after": "Стало",
        "edit_reason": "Чому",
        "field_title": "назва",
        "field_goal": "мета",
        "field_result": "результат",
        "field_item": "чек-ліст, пункт {number}",
        "field_methodology_title": "Назва методології",
        "field_methodology_goal": "Загальна мета",
        "field_conclusion": "Висновок",
        # Training videos (video_pages.py)
        "videos_title": "Навчальні відео",
        "videos_intro": "Записи навчань, відеоінструкції та демонстрації за етапами впровадження, а також сторінки офіційної документації Odoo. Виберіть етап, роль і мову, щоб бачити лише потрібне.",
        "stage_videos": "Навчальні відео та інструкції",
        "no_videos": "Для цього етапу ще немає відео. Тренер може додати запис за інструкцією «{link}».",
        "for_trainers": "Для тренерів: «{link}».",
        "stage_page": "Сторінка етапу",
        "trainer_guide": "Як додати відео",
        "all_videos": "Усі відео за етапами",
        "filters": "Фільтри",
        "all_stages": "Усі етапи",
        "all_roles": "Усі ролі",
        "all_languages": "Усі мови",
        "clear_filters": "Скинути фільтри",
        "filter_status": "Показано {shown} з {total}",
        "no_matches": "Немає матеріалів для вибраних фільтрів.",
        "audience": "Для кого",
        "language": "Мова",
        "duration": "Тривалість",
        "recorded": "Записано",
        "kind_training-session": "Запис навчання",
        "kind_how-to": "Інструкція",
        "kind_demo": "Демонстрація",
        "format_video": "Відео",
        "format_article": "Стаття",
        "source_odoo": "Офіційно від Odoo",
        "source_own": "Наш запис",
        "language_uk": "українська",
        "language_en": "англійська",
        "play_video": "Відтворити відео",
        "player_note": "Програвач YouTube завантажиться з youtube-nocookie.com лише після натискання.",
        "player_frame": "Відео: {title}",
        "watch_video": "Дивитися відео ({host})",
        "open_page": "Відкрити сторінку ({host})",
        "trainer_name_column": "Назва на сайті",
        "trainer_stage_ids": "Ідентифікатори етапів (stages)",
        "trainer_role_ids": "Ідентифікатори ролей (audience)",
    },
    "en": {
        "stage": "Stage",
        "stage_of": "Stage {number} of {total}",
        "goal": "Goal",
        "checklist": "Stage checklist",
        "result": "Stage result",
        "optional_stage": "Optional stage",
        "optional_stage_hint": "Carried out when the contract provides for it.",
        "optional_item": "optional",
        "previous_stage": "Previous stage",
        "next_stage": "Next stage",
        "stage_pager": "Stage navigation",
        "overall_goal": "Overall goal of the implementation",
        "stages_overview": "Implementation stages",
        "timeline_label": "The eight implementation stages in order",
        "more": "More about the methodology",
        "author_line": "Author: {author}, {date}",
        "source_note": "The methodology was published on {date} by {author}.",
        "limitation": "Limitation",
        "advantage": "Advantage",
        "emphasis": "Emphasis",
        "edit_where": "Where",
        "edit_before": "Before",
        "edit_after": "After",
        "edit_reason": "Why",
        "field_title": "title",
        "field_goal": "goal",
        "field_result": "result",
        "field_item": "checklist, item {number}",
        "field_methodology_title": "Methodology title",
        "field_methodology_goal": "Overall goal",
        "field_conclusion": "Conclusion",
        # Training videos (video_pages.py)
        "videos_title": "Training videos",
        "videos_intro": "Recorded training sessions, video how-tos and demos for each implementation stage, along with pages from the official Odoo documentation. Pick a stage, a role and a language to see only what you need.",
        "stage_videos": "Training videos and how-tos",
        "no_videos": "There are no videos for this stage yet. Trainers can add one by following “{link}”.",
        "for_trainers": "For trainers: “{link}”.",
        "stage_page": "Stage page",
        "trainer_guide": "How to add a video",
        "all_videos": "All videos by stage",
        "filters": "Filters",
        "all_stages": "All stages",
        "all_roles": "All roles",
        "all_languages": "All languages",
        "clear_filters": "Clear filters",
        "filter_status": "Showing {shown} of {total}",
        "no_matches": "Nothing matches the selected filters.",
        "audience": "For",
        "language": "Language",
        "duration": "Length",
        "recorded": "Recorded",
        "kind_training-session": "Training session recording",
        "kind_how-to": "How-to",
        "kind_demo": "Demo",
        "format_video": "Video",
        "format_article": "Article",
        "source_odoo": "Odoo official",
        "source_own": "Our recording",
        "language_uk": "Ukrainian",
        "language_en": "English",
        "play_video": "Play the video",
        "player_note": "The YouTube player loads from youtube-nocookie.com only when you click.",
        "player_frame": "Video: {title}",
        "watch_video": "Watch the video ({host})",
        "open_page": "Open the page ({host})",
        "trainer_name_column": "Name on the site",
        "trainer_stage_ids": "Stage ids (stages)",
        "trainer_role_ids": "Role ids (audience)",
    },
}

# Countable nouns: Ukrainian has three plural forms (1 пункт, 2 пункти, 5 пунктів), English two.
NOUNS = {
    "uk": {
        "item": ("пункт", "пункти", "пунктів"),
        "stage": ("етап", "етапи", "етапів"),
        "optional_item": ("необовʼязковий", "необовʼязкові", "необовʼязкових"),
        # Training videos
        "resource": ("матеріал", "матеріали", "матеріалів"),
        "video": ("відео", "відео", "відео"),
        "article": ("стаття", "статті", "статей"),
        "hour": ("година", "години", "годин"),
        "minute": ("хвилина", "хвилини", "хвилин"),
    },
    "en": {
        "item": ("item", "items"),
        "stage": ("stage", "stages"),
        "optional_item": ("optional", "optional"),
        # Training videos
        "resource": ("resource", "resources"),
        "video": ("video", "videos"),
        "article": ("article", "articles"),
        "hour": ("hour", "hours"),
        "minute": ("minute", "minutes"),
    },
}

MONTHS_UK_GENITIVE = ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня",
                      "серпня", "вересня", "жовтня", "листопада", "грудня")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")


def ui(key: str, lang: str, **values) -> str:
    return UI[lang][key].format(**values)


def tr(text: dict, lang: str) -> str:
    """The text in the page's language (the data guarantees both are present)."""
    return text[lang]


def plural_form(n: int, lang: str) -> int:
    """Index into a NOUNS tuple: Ukrainian one / few / many, English one / other."""
    if lang == "uk":
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    return 0 if n == 1 else 1


def count(n: int, noun: str, lang: str) -> str:
    """'5 пунктів', '1 item', '22 етапи'."""
    return f"{n} {NOUNS[lang][noun][plural_form(n, lang)]}"


def long_date(iso_date: str, lang: str) -> str:
    """'2025-08-26' -> '26 серпня 2025 р.' / 'August 26, 2025'."""
    year, month, day = (int(part) for part in iso_date.split("-"))
    if lang == "uk":
        return f"{day} {MONTHS_UK_GENITIVE[month - 1]} {year} р."
    return f"{MONTHS_EN[month - 1]} {day}, {year}"


# Named projects (the project bar, shared by checklists and acts) and the checklists.
# Keys starting with "project_" are handed to the project bar's script; "{name}" and "{file}" are
# filled in there.
UI["uk"].update({
    "project_bar": "Проєкт",
    "project_current": "Поточний проєкт",
    "project_default_name": "Мій проєкт",
    "project_switch": "Перемкнути проєкт",
    "project_new": "Новий проєкт",
    "project_rename": "Перейменувати",
    "project_delete": "Видалити",
    "project_export": "Експортувати в JSON",
    "project_import": "Імпортувати з JSON",
    "project_new_prompt": "Назва нового проєкту (наприклад, назва клієнта):",
    "project_rename_prompt": "Нова назва проєкту «{name}»:",
    "project_delete_confirm": "Видалити проєкт «{name}» разом з усіма його даними? Цю дію не можна скасувати.",
    "project_delete_last": "Останній проєкт видалити не можна: спершу створіть інший.",
    "project_import_replace_confirm": "Проєкт «{name}» уже є в цьому браузері. Замінити його даними з файлу? "
                                      "(«Скасувати» — імпортувати як окремий проєкт.)",
    "project_created": "Створено проєкт «{name}». Він тепер поточний.",
    "project_renamed": "Проєкт перейменовано на «{name}».",
    "project_deleted": "Проєкт «{name}» видалено.",
    "project_switched": "Поточний проєкт — «{name}».",
    "project_exported": "Проєкт «{name}» збережено у файл {file}.",
    "project_imported": "Проєкт «{name}» імпортовано з файлу {file}. Він тепер поточний.",
    "project_import_not_json": "Файл {file} не вдалося прочитати як JSON. Нічого не змінено.",
    "project_import_foreign": "Файл {file} — не експорт проєкту з цього сайту. Нічого не змінено.",
    "project_import_version": "Файл {file} збережено в непідтримуваній версії формату. Нічого не змінено.",
    "project_import_invalid": "Файл {file} пошкоджено: неправильне значення в полі {detail}. "
                              "Нічого не змінено.",
    "project_name_empty": "Назва проєкту не може бути порожньою.",
    "project_name_too_long": "Назва проєкту задовга (щонайбільше 200 символів).",
    "project_storage_corrupted": "Дані проєктів, збережені в цьому браузері, пошкоджено, і прочитати їх не вдалося. "
                                 "Поки їх не скинуто, нові позначки не зберігаються. Можна завантажити "
                                 "пошкоджені дані, щоб не втратити їх, а тоді скинути й почати спочатку.",
    "project_storage_unavailable": "Браузер не дозволяє цьому сайту зберігати дані: позначки зникнуть після "
                                   "перезавантаження сторінки.",
    "project_storage_reset": "Скинути збережені дані",
    "project_storage_reset_confirm": "Видалити всі проєкти, збережені в цьому браузері, і почати спочатку?",
    "project_storage_download": "Завантажити пошкоджені дані",
    "project_storage_was_reset": "Збережені дані скинуто. Створено новий проєкт «{name}».",
    "project_reset_checklist": "Зняти всі позначки проєкту",
    "project_reset_checklist_confirm": "Зняти всі позначки чек-лістів у проєкті «{name}»?",
    "project_reset_checklist_done": "Усі позначки проєкту «{name}» знято.",
})
UI["en"].update({
    "project_bar": "Project",
    "project_current": "Current project",
    "project_default_name": "My project",
    "project_switch": "Switch project",
    "project_new": "New project",
    "project_rename": "Rename",
    "project_delete": "Delete",
    "project_export": "Export to JSON",
    "project_import": "Import from JSON",
    "project_new_prompt": "Name of the new project (for example, the client's name):",
    "project_rename_prompt": "New name for the project “{name}”:",
    "project_delete_confirm": "Delete the project “{name}” and everything saved in it? This cannot be undone.",
    "project_delete_last": "The last project cannot be deleted: create another one first.",
    "project_import_replace_confirm": "The project “{name}” already exists in this browser. Replace it with the "
                                      "file's data? (Cancel imports it as a separate project.)",
    "project_created": "Project “{name}” created; it is now the current project.",
    "project_renamed": "The project is now called “{name}”.",
    "project_deleted": "Project “{name}” deleted.",
    "project_switched": "Current project: “{name}”.",
    "project_exported": "Project “{name}” saved to the file {file}.",
    "project_imported": "Project “{name}” imported from {file}; it is now the current project.",
    "project_import_not_json": "The file {file} could not be read as JSON. Nothing was changed.",
    "project_import_foreign": "The file {file} is not a project exported from this site. Nothing was changed.",
    "project_import_version": "The file {file} uses an unsupported format version. Nothing was changed.",
    "project_import_invalid": "The file {file} is damaged: the field {detail} has a wrong value. "
                              "Nothing was changed.",
    "project_name_empty": "A project needs a name.",
    "project_name_too_long": "That name is too long (200 characters at most).",
    "project_storage_corrupted": "The projects saved in this browser are damaged and cannot be read. Until they "
                                 "are reset, new ticks are not saved. You can download the damaged data so "
                                 "nothing is lost, then reset and start again.",
    "project_storage_unavailable": "This browser does not let the site save data: ticks will be lost when the "
                                   "page is reloaded.",
    "project_storage_reset": "Reset saved data",
    "project_storage_reset_confirm": "Delete every project saved in this browser and start again?",
    "project_storage_download": "Download the damaged data",
    "project_storage_was_reset": "Saved data reset. A new project “{name}” has been created.",
    "project_reset_checklist": "Clear all ticks in this project",
    "project_reset_checklist_confirm": "Clear every checklist tick in the project “{name}”?",
    "project_reset_checklist_done": "All ticks in the project “{name}” have been cleared.",
})

UI["uk"].update({
    "checklists_intro": "Усі пункти восьми етапів на одній сторінці. Позначки зберігаються лише в цьому "
                        "браузері — окремо для кожного проєкту; щоб перенести їх на інший компʼютер, "
                        "експортуйте проєкт у JSON. Під час друку кожен етап займає окремий аркуш.",
    "checklist_heading": "Чек-ліст. {stage}",
    "checklist_progress": "Виконано {done} з {total}",
    "checklist_progress_optional": "Необовʼязкові: {done} з {total}",
    "checklist_progress_overall": "Загальний прогрес проєкту",
    "checklist_progress_stage": "Прогрес етапу",
    "checklist_announce": "{stage}: виконано {done} з {total}.",
    "checklist_stage_guide": "Опис етапу",
    "checklist_all": "Усі чек-листи",
    "checklist_open": "Відкрити інтерактивний чек-ліст етапу",
    "checklist_print": "Друкувати",
    "checklist_reset_stage": "Зняти позначки етапу",
    "checklist_reset_stage_confirm": "Зняти всі позначки етапу «{stage}» у проєкті «{name}»?",
    "checklist_reset_stage_done": "Позначки етапу «{stage}» знято.",
    "checklist_item_link": "Посилання на пункт «{item}»",
    "checklist_project": "Проєкт",
    "checklist_date": "Дата",
    "checklist_signoff": "Підтвердження виконання етапу",
    "checklist_responsible": "Відповідальний",
    "checklist_signature": "Підпис",
    "checklist_goal": "Мета етапу",
    "checklist_result": "Результат етапу",
    "checklist_optional_tag": "Необовʼязково",
    "odoo_export_title": "Завдання для Odoo (застосунок «Проєкт»)",
    "odoo_export_intro": "Упровадження зручно вести в застосунку Odoo «Проєкт». CSV-файл нижче містить "
                         "по одному завданню на кожен пункт чек-листів: етап — у тегах, мета й результат "
                         "етапу — в описі.",
    "odoo_export_download": "Завантажити CSV для Odoo ({items})",
    "odoo_export_steps": [
        "Створіть в Odoo проєкт «{project}» або впишіть назву свого проєкту в колонку «Project» файлу.",
        "Відкрийте завдання проєкту у вигляді списку, натисніть значок шестерні біля назви й оберіть "
        "імпорт записів (Import records).",
        "Завантажте файл. Колонки названо так, як поля Odoo називаються англійською (External ID, Title, "
        "Project, Tags, Sequence, Description); якщо інтерфейс Odoo українською й колонку не розпізнано "
        "автоматично, виберіть для неї поле вручну: External ID — зовнішній ідентифікатор, Title — назва "
        "завдання.",
        "Якщо Odoo повідомляє, що тег або проєкт не знайдено, дозвольте в параметрах колонки створювати "
        "нові значення або створіть їх заздалегідь. Перевірте файл (Test) і запустіть імпорт (Import).",
        "Повторний імпорт того самого файлу оновлює наявні завдання, а не створює дублікати: кожне має "
        "зовнішній ідентифікатор, утворений з ідентифікатора пункту.",
    ],
    "odoo_project_name": "Впровадження Odoo",
    "odoo_item_link": "Пункт чек-ліста на сайті методології",
})
UI["en"].update({
    "checklists_intro": "Every item of the eight stages on one page. Ticks are kept only in this browser, "
                        "separately for each project; to move them to another computer, export the project "
                        "to JSON. When printed, each stage gets a sheet of its own.",
    "checklist_heading": "Checklist: {stage}",
    "checklist_progress": "{done} of {total} done",
    "checklist_progress_optional": "Optional: {done} of {total}",
    "checklist_progress_overall": "Overall project progress",
    "checklist_progress_stage": "Stage progress",
    "checklist_announce": "{stage}: {done} of {total} done.",
    "checklist_stage_guide": "About this stage",
    "checklist_all": "All checklists",
    "checklist_open": "Open the stage's interactive checklist",
    "checklist_print": "Print",
    "checklist_reset_stage": "Clear this stage's ticks",
    "checklist_reset_stage_confirm": "Clear every tick of the stage “{stage}” in the project “{name}”?",
    "checklist_reset_stage_done": "Ticks of the stage “{stage}” cleared.",
    "checklist_item_link": "Link to the item “{item}”",
    "checklist_project": "Project",
    "checklist_date": "Date",
    "checklist_signoff": "Stage sign-off",
    "checklist_responsible": "Responsible",
    "checklist_signature": "Signature",
    "checklist_goal": "Stage goal",
    "checklist_result": "Stage result",
    "checklist_optional_tag": "Optional",
    "odoo_export_title": "Tasks for Odoo (Project app)",
    "odoo_export_intro": "The implementation itself is best run in Odoo's Project app. The CSV file below holds "
                         "one task per checklist item: the stage as a tag, the stage's goal and result in the "
                         "description.",
    "odoo_export_download": "Download the CSV for Odoo ({items})",
    "odoo_export_steps": [
        "Create a project called “{project}” in Odoo, or put your own project's name in the file's "
        "“Project” column.",
        "Open the project's tasks in list view, click the gear icon next to the title and choose "
        "“Import records”.",
        "Upload the file. The columns carry the names of Odoo's fields (External ID, Title, Project, Tags, "
        "Sequence, Description), so Odoo matches them by itself when its interface is in English.",
        "If Odoo reports that a tag or the project cannot be found, let the column's options create the "
        "missing values, or create them first. Click “Test”, then “Import”.",
        "Importing the same file again updates the existing tasks instead of duplicating them: each task "
        "has an External ID made from the item's id.",
    ],
    "odoo_project_name": "Odoo implementation",
    "odoo_item_link": "The checklist item on the methodology site",
})

# The acts (macros/acts.py): the project bar's reset button on act pages clears every act of the
# project; the stage guide links to its stage's act.
UI["uk"].update({
    "project_reset_acts": "Стерти всі акти проєкту",
    "project_reset_acts_confirm": "Стерти значення всіх актів у проєкті «{name}»?",
    "project_reset_acts_done": "Значення всіх актів у проєкті «{name}» стерто.",
    "act_open": "Акт виконаних робіт за цим етапом",
})
UI["en"].update({
    "project_reset_acts": "Clear all certificates in this project",
    "project_reset_acts_confirm": "Clear the values of every certificate in the project “{name}”?",
    "project_reset_acts_done": "Every certificate in the project “{name}” has been cleared.",
    "act_open": "Acceptance certificate for this stage",
})
