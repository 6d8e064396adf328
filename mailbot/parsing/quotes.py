"""Separate what the writer wrote from what they quoted, forwarded or sign with.

Works on lines of plain text (HTML is already text here). The cut is made at
the first line where a mail client starts a quote: '>' lines, an attribution
("On … wrote:", "Am … schrieb …:"), an Outlook separator or header block
("Von:/Gesendet:/An:/Betreff:"), or a forward marker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import lower_pattern, lowered

_ATTRIBUTION_RE = re.compile(
    r"^(?:am|on|le|el|il|op|w dniu|em|den)\b.{3,250}?\b(?:schrieb|wrote|a écrit|a ecrit|escribió|escribio|"
    r"ha scritto|schreef|napisał|napisal|escreveu)\b.{0,80}:\s*$"
    r"|^.{3,250}(?:пишет|написал|написала|написав|написала|yazdı|كتب|نوشت)\s*:\s*$",
    re.I,
)
_SEPARATOR_RE = re.compile(
    r"^[-*_ ]*(?:original message|ursprüngliche nachricht|originalnachricht|message d'origine|"
    r"mensaje original|исходное сообщение|исходное письмо|оригінальне повідомлення|"
    r"oryginalna wiadomość|orijinal mesaj|messaggio originale|oorspronkelijk bericht)[-*_ ]*$"
    r"|^_{8,}$|^-{8,}$",
    re.I,
)
_FORWARD_RE = re.compile(
    r"^[-*_ ]*(?:forwarded message|weitergeleitete nachricht|begin forwarded message|"
    r"anfang der weitergeleiteten nachricht|message transféré|message transfere|mensaje reenviado|"
    r"пересылаемое сообщение|переслане повідомлення|wiadomość przekazana|iletilen ileti|"
    r"messaggio inoltrato|doorgestuurd bericht|forwarded e-?mail)[-*_ :]*$",
    re.I,
)
_HEADER_KEYS = (
    "von|from|gesendet|sent|datum|date|an|to|betreff|subject|cc|de|envoyé|envoye|à|a|objet|od|"
    "wysłano|do|temat|от|отправлено|кому|тема|дата|від|надіслано|kimden|gönderildi|gönderilme tarihi|"
    "tarih|kime|konu|enviado|para|asunto|da|inviato|oggetto|van|verzonden|aan|onderwerp"
)
_HEADER_LINE_RE = re.compile(rf"^\*?({_HEADER_KEYS})\*?\s*:\s*\S", re.I)
_FROM_KEY_RE = re.compile(r"^\*?(von|from|de|od|от|від|kimden|da|van)\*?\s*:", re.I)
_FORWARD_SUBJECT_RE = re.compile(r"^\s*(?:(?:re|aw|antw|sv|odp|ynt)\s*:\s*)*(?:wg|fwd?|tr|wtr|ilt|rv|enc|pd|doorst)\s*:", re.I)

# lower case, run on lowered() lines: without re.I the matcher is several times faster
_CLOSING_RE = lower_pattern(
    r"grü(?:ß|ss)|\bgruß\b|\bmfg\b|\blg\b|\bvg\b|regards|\bbest\b|\bcheers\b|sincerely|\byours\b|"
    r"best wishes|kind wishes|warm wishes|\bthanks?\b|thank you|vielen dank|\bdanke\b|herzlich|"
    r"cordialement|bien à vous|salutations|amicalement|\bmerci\b|saludos|\bun saludo\b|atentamente|gracias|cordiali saluti|distinti saluti|"
    r"pozdrawiam|poważaniem|dziękuję|saluti|grazie|saygılarımla|saygilarimla|selamlar|sevgiler|"
    r"teşekkür|tesekkur|с уважением|спасибо|всего доброго|з повагою|дякую|щиро|"
    r"مع خالص|مع التحية|شكرا|شكراً|تحياتي|با سپاس|با تشکر|ممنون|سپاسگزارم|با احترام|"
    # languages of migrant communities: Albanian, Romanian, BCS, Bulgarian, Greek, Portuguese,
    # Kurdish, Somali, Swahili, Vietnamese, Amharic/Tigrinya, Urdu, Pashto, Tamil
    r"\bme respekt\b|faleminderit|\bcu stimă\b|\bcu respect\b|mulțumesc|\bpozdrav\w*|\bhvala\b|поздрав\w*|хвала|"
    r"благодаря|με εκτίμηση|ευχαριστώ|φιλικά|\babraços\b|atenciosamente|\bobrigad[oa]\b|\bbi silav\b|\bbi rêz\b|"
    r"mahadsanid|\bwako\b|\basante\b|trân trọng|cảm ơn|አመሰግናለሁ|የቐንየለይ|شکریہ|مننه|நன்றி",
)
_SENT_FROM_RE = re.compile(
    r"^(?:sent from my|gesendet von|von meinem .{0,40}gesendet|gesendet mit|envoyé de mon|"
    r"enviado desde|надіслано з|отправлено с|wysłano z|iphone'umdan gönderildi|get outlook for)",
    re.I,
)
_DISCLAIMER_RE = re.compile(
    r"vertraulich|confidential|intended recipient|richtige adressat|irrtümlich erhalten|"
    r"umwelt, bevor sie|before printing|diese e-mail kann|this e-mail may contain",
    re.I,
)


@dataclass
class Split:
    """One text, cut into what the writer wrote and the rest."""

    body: str  # the writer's own words, without quotes and signature
    signature: str  # the closing and what follows it (name, organisation, address)
    quoted: str = ""  # quoted reply material (never read for choices)
    forward_headers: dict[str, str] = field(default_factory=dict)  # of a forwarded mail in the text
    forwarded: str = ""  # the forwarded mail's text


def split_text(text: str, subject: str = "") -> Split:
    """Cut a mail text into own body, signature, quoted part and inline forward."""
    lines = text.split("\n")
    cut, is_forward = _find_cut(lines)
    own, rest = lines[:cut], lines[cut:]
    own = [line for line in own if not line.startswith(">")]
    body, signature = split_signature(own)
    split = Split(body=body, signature=signature, quoted="\n".join(rest))
    if rest and (is_forward or _FORWARD_SUBJECT_RE.match(subject)):
        split.forward_headers, split.forwarded = _read_forward(rest)
        split.quoted = ""
    return split


def _find_cut(lines: list[str]) -> tuple[int, bool]:
    """Index of the first line of quoted/forwarded material, and whether it is a forward."""
    for i, line in enumerate(lines):
        if not line:
            continue
        if _FORWARD_RE.match(line):
            return i, True
        if _SEPARATOR_RE.match(line):
            return i, False
        if line.startswith(">") and _quote_block_follows(lines, i):
            return i, False
        if _is_attribution(lines, i):
            return i, False
        if _HEADER_LINE_RE.match(line) and _header_block_at(lines, i):
            return i, False
    return len(lines), False


def _quote_block_follows(lines: list[str], i: int) -> bool:
    # A single stray '>' line (">> 3 people" in a text) is not yet a quoted mail.
    nxt = [line for line in lines[i : i + 4] if line]
    return sum(1 for line in nxt if line.startswith(">")) >= min(2, len(nxt))


def _is_attribution(lines: list[str], i: int) -> bool:
    # Clients wrap long attribution lines; try the line joined with the next one or two.
    joined = lines[i]
    for extra in range(3):
        if len(joined) < 400 and _ATTRIBUTION_RE.match(joined):
            return True
        if i + extra + 1 >= len(lines) or not lines[i + extra + 1]:
            return False
        joined = f"{joined} {lines[i + extra + 1]}"
    return False


def _header_block_at(lines: list[str], i: int) -> bool:
    """A quoted mail's header block: 2+ header lines close together, one naming the sender."""
    window = [line for line in lines[i : i + 6] if line][:5]
    headers = [line for line in window if _HEADER_LINE_RE.match(line)]
    return len(headers) >= 2 and any(_FROM_KEY_RE.match(line) for line in headers)


def _read_forward(rest: list[str]) -> tuple[dict[str, str], str]:
    """Header fields and text of a forwarded mail written inline."""
    headers: dict[str, str] = {}
    i = 0
    while i < len(rest) and (not rest[i] or _FORWARD_RE.match(rest[i]) or _SEPARATOR_RE.match(rest[i])):
        i += 1
    while i < len(rest) and rest[i]:
        m = re.match(rf"^\*?({_HEADER_KEYS})\*?\s*:\s*(.*)$", rest[i], re.I)
        if not m:
            break
        headers[m.group(1).lower()] = m.group(2).strip()
        i += 1
    body = "\n".join(line[1:].lstrip() if line.startswith(">") else line for line in rest[i:])
    return headers, body.strip()


def split_signature(lines: list[str]) -> tuple[str, str]:
    """(body, signature): the signature starts at the closing formula or the '--' line."""
    lines = _drop_trailer_lines(lines)
    start = _signature_start(lines)
    if start < len(lines):
        lines, start = _split_closing_line(lines, start)
    body = "\n".join(lines[:start]).strip()
    signature = "\n".join(lines[start:]).strip()
    return body, signature


def _drop_trailer_lines(lines: list[str]) -> list[str]:
    out = [line for line in lines if not _SENT_FROM_RE.match(line)]
    # A legal disclaimer paragraph is nobody's words.
    return [line for line in out if not (len(line) > 60 and _DISCLAIMER_RE.search(line))]


def _signature_start(lines: list[str]) -> int:
    for i, line in enumerate(lines):
        if line in ("--", "-- ", "—", "---"):
            return _closing_before(lines, i)
    closing = _closing_before(lines, len(lines))
    if closing < len(lines):
        return closing
    return _trailing_name_block(lines)


def _closing_before(lines: list[str], end: int) -> int:
    """The last closing formula line among the last lines before `end` (else `end`)."""
    nonempty = [i for i in range(end) if lines[i]]
    for i in reversed(nonempty[-14:]):
        if is_closing_line(lines[i]) and _followed_by_text(lines, i, end):
            return i
    return end


def is_closing_line(line: str) -> bool:
    """'Viele Grüße', 'Best regards,', 'Anlayışınız için teşekkürler.' — a short closing line."""
    words = line.split()
    if not words or len(words) > 16 or line.endswith("?"):
        return False
    if len(words) > 7 and not re.search(r"(?:salutations|regards|grüßen|grüssen|teşekkürler)[.!,]?\s*$", line, re.I):
        return False
    found = _CLOSING_RE.search(lowered(line))
    # "… eintragen? Danke!": a question before the thanks makes it a body line that ends politely
    return bool(found) and "?" not in line[: found.start()]


def _split_closing_line(lines: list[str], start: int) -> tuple[list[str], int]:
    """'… egitim grubuna. Tesekkurler.': a sentence before the closing on its line stays body."""
    line = lines[start]
    found = _CLOSING_RE.search(lowered(line))
    head = line[: found.start()].rstrip() if found else ""
    if head.endswith((".", "!")) and len(head.split()) >= 3:
        return [*lines[:start], head, line[found.start() :], *lines[start + 1 :]], start + 1
    return lines, start


def _followed_by_text(lines: list[str], i: int, end: int) -> bool:
    return any(lines[j] for j in range(i + 1, min(end, i + 4)))


def _trailing_name_block(lines: list[str]) -> int:
    """Without a closing: a short last paragraph that starts with a name is the signature."""
    from .people import _ADDRESS_LINE_RE, looks_like_name

    end = len(lines)
    while end and not lines[end - 1]:
        end -= 1
    start = end
    while start and lines[start - 1]:
        start -= 1
    # street, postcode and phone lines under the name do not make the block long
    size = sum(1 for line in lines[start:end] if not _ADDRESS_LINE_RE.search(line))
    if 0 < start and size <= 4 and end - start <= 8 and looks_like_name(lines[start]):
        return start
    return len(lines)
