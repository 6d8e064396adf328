"""Notices → subject, plain text and HTML, from Jinja2 templates per kind and language.

Templates live in the package (`templates/<lang>/<kind>.txt`) and may be
overridden per event by a folder named in `[notices].templates`. The first line
of a text template is `Subject: ...`; the rest is the body. The HTML part is
the same body wrapped in `base.html` (or `<lang>/<kind>.html` when one exists),
so every text is written once per language.

Everything that came from a mail (names, organisations) is template *data*:
it is never compiled as template source, so "{{ config }}" in a name is
printed literally, and the HTML part escapes it.
"""

from __future__ import annotations

import datetime as dt
import importlib.resources
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined, TemplateNotFound
from jinja2.sandbox import SandboxedEnvironment

from .config import Config, Workgroup, parse_offset
from .errors import ConfigError, MailbotError
from .model import COORDINATOR_KINDS, NOTICE_KINDS, NOTICE_TYPES, Notice, Registration

ALL_KINDS = tuple(NOTICE_TYPES)
FALLBACK_LANGUAGE = "de"
RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur", "ps", "ku"})

# Small per-language calendar words, so dates read naturally without Babel.
# A language missing here gets the numeric form "13.03.2027, 10:00–16:00".
_MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "en": "January February March April May June July August September October November December",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
}
_WEEKDAYS = {  # Monday first, as datetime.weekday() counts
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar",
    "ar": "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد",
    "ru": "понедельник вторник среда четверг пятница суббота воскресенье",
    "uk": "понеділок вівторок середа четвер пʼятниця субота неділя",
}
_DAY_FORMATS = {
    "de": "{wd}, {d}. {m} {y}",
    "en": "{wd}, {d} {m} {y}",
    "tr": "{d} {m} {y} {wd}",
    "ar": "{wd}، {d} {m} {y}",
    "ru": "{wd}, {d} {m} {y} г.",
    "uk": "{wd}, {d} {m} {y} р.",
}
_CLOCK_SUFFIX = {"de": " Uhr"}
_LIST_SEPARATOR = {"ar": "، "}

_SUBJECT_RE = re.compile(r"\ASubject:[ \t]*(?P<subject>[^\n]*)\n(?P<body>.*)\Z", re.S)
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f\u2028\u2029\u0085]+")


class RenderError(MailbotError):
    """A notice could not be rendered: no template for its kind, or a template is broken."""


@dataclass(frozen=True)
class Rendered:
    """A rendered notice: what compose turns into a mail."""

    subject: str
    text: str
    html: str | None
    language: str


class Renderer:
    """Compiles the templates once; `render` turns a Notice into subject, text and HTML."""

    def __init__(self, config: Config):
        self.config = config
        self.env = _environment(config)
        self._languages = _scan_languages(self.env)
        # Whether a template exists, asked per answer up to five times: templates are read once per
        # process (auto_reload off), and a missing one (most <lang>/<kind>.html) was looked for on disk
        # through both loaders every time.
        self._exists: dict[str, bool] = {}

    def available_languages(self) -> list[str]:
        """Languages with at least one participant notice template, sorted."""
        return sorted(self._languages)

    def language_for(self, kind: str, language: str | None) -> str:
        """The language a notice of this kind is written in: its own, else the default, else German."""
        wanted = _base_language(language)
        for lang in (wanted, _base_language(self.config.notices.default_language), FALLBACK_LANGUAGE):
            if lang and self._has(f"{lang}/{kind}.txt"):
                return lang
        raise RenderError(f"no template for notice kind {kind!r} (looked for {FALLBACK_LANGUAGE}/{kind}.txt)")

    def render(self, notice: Notice) -> Rendered:
        """Render one notice in its language (German when there is no template in it)."""
        lang = self.language_for(notice.kind, notice.language)
        context = build_context(self.config, notice, lang)
        source = self._render(f"{lang}/{notice.kind}.txt", context)
        subject, text = split_subject(source, f"{lang}/{notice.kind}.txt")
        html = None
        if self.config.notices.html:
            html = self._render_html(notice.kind, lang, {**context, "subject": subject, "body": text})
        return Rendered(subject=subject, text=text, html=html, language=lang)

    def _render_html(self, kind: str, lang: str, context: dict) -> str:
        own = f"{lang}/{kind}.html"
        name = own if self._has(own) else "base.html"
        return self._render(name, {**context, "blocks": text_blocks(context["body"])})

    def _render(self, name: str, context: dict) -> str:
        try:
            return self.env.get_template(name).render(context)
        except TemplateNotFound as exc:
            raise RenderError(f"template {name}: includes {exc.name}, which does not exist") from None
        except Exception as exc:  # a broken override template names itself, not a traceback
            raise RenderError(f"template {name}: {exc.__class__.__name__}: {exc}") from exc

    def _has(self, name: str) -> bool:
        known = self._exists.get(name)
        if known is None:
            try:
                self.env.get_template(name)
                known = True
            except TemplateNotFound:
                known = False
            self._exists[name] = known
        return known


# --- environment ------------------------------------------------------------------------


def packaged_templates() -> Path:
    """The folder of the templates shipped with mailbot (editable and wheel installs alike)."""
    return Path(str(importlib.resources.files("mailbot.templates")))


def _environment(config: Config) -> SandboxedEnvironment:
    # Sandboxed as a second fence: override templates are edited by hand, and a
    # slip there should not reach Python internals. Mail text never becomes source.
    loaders = []
    override = config.notices.templates
    if override is not None:
        if not Path(override).is_dir():
            raise ConfigError(f"{config.path}: [notices].templates: folder {override} does not exist")
        loaders.append(FileSystemLoader(str(override)))
    loaders.append(FileSystemLoader(str(packaged_templates())))
    env = SandboxedEnvironment(
        loader=ChoiceLoader(loaders),
        undefined=StrictUndefined,
        autoescape=lambda name: bool(name) and name.endswith((".html", ".htm")),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        # Read once per process, as documented (restart serve after editing): checking every
        # template file's mtime on each render cost six stat calls per answer in a backlog.
        auto_reload=False,
    )
    env.filters["plural"] = slavic_plural
    env.globals["workgroup_label"] = lambda wg_id: workgroup_label(config, wg_id)
    return env


def _scan_languages(env: SandboxedEnvironment) -> set[str]:
    langs = set()
    for name in env.list_templates(extensions=["txt"]):
        parts = name.split("/")
        if len(parts) == 2 and parts[1][:-4] in NOTICE_KINDS:
            langs.add(parts[0])
    return langs


def _base_language(language: str | None) -> str:
    """'de-DE' / 'pt_BR' / ' EN ' → 'de' / 'pt' / 'en'."""
    return re.split(r"[-_]", (language or "").strip().lower())[0]


# --- the rendered text ------------------------------------------------------------------


def split_subject(source: str, name: str = "template") -> tuple[str, str]:
    """'Subject: ...\\n body' → (one-line subject, tidy body)."""
    match = _SUBJECT_RE.match(source.lstrip("\ufeff"))
    if not match:
        raise RenderError(f"{name}: the first line must be 'Subject: ...'")
    subject = " ".join(_CONTROL_RE.sub(" ", match.group("subject")).split())
    if not subject:
        raise RenderError(f"{name}: the subject is empty")
    return subject, tidy_text(match.group("body"))


def tidy_text(text: str) -> str:
    """No trailing spaces, at most one blank line in a row, one final newline."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return text.strip("\n") + "\n"


def text_blocks(text: str) -> list[dict]:
    """Body → blocks for the HTML part: paragraphs, and indented blocks kept monospaced."""
    blocks = []
    for chunk in re.split(r"\n\s*\n", text.strip("\n")):
        lines = chunk.split("\n")
        pre = all(line.startswith("  ") for line in lines)
        blocks.append({"pre": pre, "lines": [line[2:] if pre else line for line in lines]})
    return blocks


def slavic_plural(n: int, one: str, few: str, many: str) -> str:
    """Russian/Ukrainian noun form for n: 1 день, 2 дня, 5 дней (21 день, 11 дней)."""
    n = abs(int(n))
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


# --- dates --------------------------------------------------------------------------------


def format_day(day: dt.date, lang: str) -> str:
    """A date as people write it: 'Samstag, 13. März 2027', '13 Mart 2027 Cumartesi'."""
    if lang not in _DAY_FORMATS:
        return day.strftime("%d.%m.%Y")
    return _DAY_FORMATS[lang].format(
        wd=_WEEKDAYS[lang].split()[day.weekday()], d=day.day, m=_MONTHS[lang].split()[day.month - 1], y=day.year
    )


def format_span(starts: dt.datetime, ends: dt.datetime, lang: str) -> str:
    """Start and end as one phrase: 'Samstag, 13. März 2027, 10:00–16:00 Uhr'."""
    sep = _LIST_SEPARATOR.get(lang, ", ")
    suffix = _CLOCK_SUFFIX.get(lang, "")
    first, last = starts.strftime("%H:%M"), ends.strftime("%H:%M")
    if starts.date() == ends.date():
        return f"{format_day(starts.date(), lang)}{sep}{first}–{last}{suffix}"
    return (
        f"{format_day(starts.date(), lang)}{sep}{first}{suffix} – "
        f"{format_day(ends.date(), lang)}{sep}{last}{suffix}"
    )


# --- the context the templates see -----------------------------------------------------


def build_context(config: Config, notice: Notice, lang: str) -> dict[str, Any]:
    """Everything a template may use; missing `extra` keys get defaults, so templates stay strict."""
    reg = notice.registration
    context = {
        "kind": notice.kind,
        "lang": lang,
        "dir": "rtl" if lang in RTL_LANGUAGES else "ltr",
        "event": event_context(config, lang),
        "person": person_context(reg, notice),  # party_size: decide's extra wins, see person_context
        "workgroup": workgroup_context(config, reg.workgroup if reg else None),
        "workgroups": [workgroup_context(config, wg.id) for wg in config.workgroups],
        "sender": {"name": config.from_name or config.event.name, "address": config.from_address},
        "registration_address": config.event.registration_address,
        "show_party": reg is not None and notice.kind not in ("cancellation_confirmed", "registration_closed"),
        "extra": dict(notice.extra),
    }
    context.update(kind_context(config, notice, lang))
    return context


def event_context(config: Config, lang: str) -> dict[str, Any]:
    """The event's name, place and times, formatted for `lang`."""
    ev = config.event
    deadline = ev.registration_deadline
    return {
        "name": ev.name,
        "venue": ev.venue,
        "url": ev.url,
        "date": format_span(ev.starts, ev.ends, lang),
        "day": format_day(ev.starts.date(), lang),
        "time": f"{ev.starts:%H:%M}–{ev.ends:%H:%M}{_CLOCK_SUFFIX.get(lang, '')}",
        "starts": ev.local(ev.starts),
        "ends": ev.local(ev.ends),
        "deadline": format_day(deadline.date(), lang) if deadline else None,
        "registration_address": ev.registration_address,
    }


def person_context(reg: Registration | None, notice: Notice) -> dict[str, Any]:
    """Who the notice is for; `name` is None when we do not know it (neutral greeting)."""
    return {
        "name": one_line(reg.name) if reg and reg.name else None,
        "email": notice.to,
        "organisation": one_line(reg.organisation) if reg and reg.organisation else None,
        "party_size": _party_size(reg, notice.extra.get("party_size")),
        "status": reg.status if reg else None,
        "assigned_by_default": bool(reg and reg.assigned_by_default),
    }


def _party_size(reg: Registration | None, stated: Any) -> int:
    """The persons the notice is about: decide's extra when it is a sane number, else the row's."""
    size = _int_or_none(stated)
    if size is not None and 0 < size < 1000:
        return size
    return max(1, int(reg.party_size or 1)) if reg else 1


def workgroup_context(config: Config, wg_id: str | None) -> dict[str, Any] | None:
    """A workgroup as templates see it (id, label, number, title, room), or None when unknown.

    Templates name it by `label` ("AG 2", "Forum B") and `title`, never by a noun of their own:
    another event's groups are forums, workshops or round tables.
    """
    wg: Workgroup | None = config.workgroup(wg_id) if wg_id else None
    if wg is None:
        return None
    return {"id": wg.id, "label": wg.label, "number": wg.number, "title": wg.title, "room": wg.room,
            "capacity": wg.capacity}


def workgroup_label(config: Config, wg_id: str | None) -> str:
    """'AG 2: Title' ('Forum B: Title') for coordinator mails; the bare id when it is not configured."""
    wg = config.workgroup(wg_id) if wg_id else None
    if wg is None:
        return wg_id or "–"
    return f"{wg.label}: {wg.title}"


_ARABIC_SCRIPT = ("ar", "fa")


def one_line(value: Any) -> str:
    """A value from a mail as one tidy line (no control characters, no runs of spaces)."""
    return " ".join(_CONTROL_RE.sub(" ", str(value)).split())[:200]


def kind_context(config: Config, notice: Notice, lang: str) -> dict[str, Any]:
    """The per-kind values from `notice.extra`, each with a default when decide left it out."""
    extra, reg = notice.extra, notice.registration
    own = reg.workgroup if reg else None
    if notice.kind in COORDINATOR_KINDS:
        return coordinator_context(config, notice)
    context = _common_extra(config, notice)
    if notice.kind == "confirmation":
        full = [wg for wg in (workgroup_context(config, i) for i in extra.get("full") or []) if wg]
        separator = "، " if lang in _ARABIC_SCRIPT else ", "  # the Arabic comma in right-to-left text
        context.update(full=full, full_labels=separator.join(wg["label"] for wg in full))
    elif notice.kind == "waitlisted":
        context["position"] = _int_or_none(extra.get("position"))
    elif notice.kind in ("promoted", "change_confirmed"):
        context["previous"] = workgroup_context(config, extra.get("previous"))
    elif notice.kind == "change_waitlisted":
        current = workgroup_context(config, extra.get("current") or own)
        wanted = workgroup_context(config, extra.get("wanted") or (reg.wanted if reg else None))
        context.update(current=current, wanted=wanted, workgroup=current,
                       position=_int_or_none(extra.get("position")))
    elif notice.kind == "question":
        context.update(_question_context(config, extra))
    elif notice.kind == "registration_closed":
        context["reason"] = extra.get("reason") if extra.get("reason") in ("deadline", "full") else None
    elif notice.kind == "reminder":
        context.update(reminder_context(extra.get("offset")))
    elif notice.kind == "confirm_by_reply":
        context.update(request="cancellation" if extra.get("request") == "cancellation" else "change",
                       wanted=workgroup_context(config, extra.get("wanted")),
                       wanted_party_size=_int_or_none(extra.get("wanted_party_size")))
    return context


def _common_extra(config: Config, notice: Notice) -> dict[str, Any]:
    """decide may name the workgroup the notice is about; it wins over the row's."""
    context: dict[str, Any] = {"question_passed_on": bool(notice.extra.get("question_passed_on"))}
    named = workgroup_context(config, notice.extra.get("workgroup"))
    if named is not None:
        context["workgroup"] = named
    return context


def _question_context(config: Config, extra: dict) -> dict[str, Any]:
    ask = extra.get("ask") if extra.get("ask") in ("workgroup", "name", "details") else "details"
    context: dict[str, Any] = {"ask": ask, "reasons": [one_line(r) for r in extra.get("reasons") or []]}
    offered = [wg for wg in (workgroup_context(config, i) for i in extra.get("options") or []) if wg]
    if offered:  # decide may offer only some workgroups
        context["workgroups"] = offered
    return context


def reminder_context(offset: Any) -> dict[str, Any]:
    """'7d' → days 7; an unreadable offset → days None (the template then names only the date)."""
    try:
        days = round(parse_offset(str(offset)).total_seconds() / 86400) if offset else None
    except Exception:  # config's check raises its private error type; any failure means "unknown"
        days = None
    return {"offset": offset, "days": days}


def _int_or_none(value: Any) -> int | None:
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


# --- coordinator mails ----------------------------------------------------------------------

# Sections of the daily digest, in the order they are shown, and the keys of each row.
DIGEST_SECTIONS = {
    "new": ("name", "email", "organisation", "workgroup", "party_size", "status"),
    "changes": ("name", "email", "previous", "workgroup", "party_size", "note"),
    "cancellations": ("name", "email", "workgroup", "party_size"),
    "promotions": ("name", "email", "workgroup", "party_size"),
    "waiting": ("name", "email", "workgroup", "party_size", "position"),
    "review": ("item", "name", "email", "subject", "reasons", "received"),
    "bounces": ("email", "reason", "received"),
    "failed": ("to", "kind", "error", "attempts"),
}


STATUS_KEYS = ("id", "label", "title", "confirmed", "capacity", "waitlisted", "review")


def coordinator_context(config: Config, notice: Notice) -> dict[str, Any]:
    """Defaults for digest, status_report and export: every documented key present."""
    extra = notice.extra
    status = extra.get("status") or ""
    if not isinstance(status, str):  # rows instead of desk.status's ready-made table
        status = [_row(item, STATUS_KEYS) for item in status if isinstance(item, dict)]
    context: dict[str, Any] = {
        "status": status,
        "day": one_line(extra.get("day") or extra.get("date") or ""),
        "generated_at": one_line(extra.get("generated_at") or ""),
        "filename": one_line(extra.get("filename") or "teilnehmende.xlsx"),
        "rows": _int_or_none(extra.get("rows")),
        "alert": one_line(extra.get("reason") or ""),  # flood_alert: which limit was reached
        "commands_by_mail": config.coordinator.commands,  # off without a trusted server: say so, not how
    }
    totals = extra.get("totals") if isinstance(extra.get("totals"), dict) else {}
    context["totals"] = {}
    for section, keys in DIGEST_SECTIONS.items():
        context[section] = [_row(item, keys) for item in extra.get(section) or [] if isinstance(item, dict)]
        # The true number; the list may show only the first rows (desk.digest.SECTION_LIMIT).
        context["totals"][section] = max(_int_or_none(totals.get(section)) or 0, len(context[section]))
    return context


def _row(item: dict, keys: tuple[str, ...]) -> dict[str, Any]:
    row = {key: item.get(key) for key in keys}
    if "reasons" in row:
        row["reasons"] = [one_line(r) for r in row["reasons"] or []]
    return {key: one_line(v) if isinstance(v, str) else v for key, v in row.items()}
