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
    },
}

# Countable nouns: Ukrainian has three plural forms (1 пункт, 2 пункти, 5 пунктів), English two.
NOUNS = {
    "uk": {
        "item": ("пункт", "пункти", "пунктів"),
        "stage": ("етап", "етапи", "етапів"),
        "optional_item": ("необовʼязковий", "необовʼязкові", "необовʼязкових"),
    },
    "en": {
        "item": ("item", "items"),
        "stage": ("stage", "stages"),
        "optional_item": ("optional", "optional"),
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
