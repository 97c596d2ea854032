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
