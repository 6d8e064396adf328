"""Raw bytes → decoded headers, the readable text, attachments, forwards and delivery reports.

The standard `email` package (compat32 policy: lenient and fast) splits the
structure; this module decides which parts a person would read and decodes
them, however they are labelled.
"""

from __future__ import annotations

import email
import email.header
import email.message
import email.utils
import re
from dataclasses import dataclass, field

from charset_normalizer import from_bytes

from .scan import canonical_indic, without_vowel_marks

MAX_PARTS = 120  # more parts than any real mail has: a mail bomb, cut off
MAX_DEPTH = 12
MAX_TEXT_CHARS = 50_000  # the text we analyse: a person writes far less, and 200 KB of hostile text took seconds

# Starts only where a run of address characters starts (linear on a 200 KB run of letters).
_ANY_ADDRESS_RE = re.compile(r"(?<![\w.+'-])[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
# runs of blanks become one space; a single plain space (most of them) is left alone, not replaced by itself
_WS_RE = re.compile(r"[ \t\u00a0\u2007\u202f\u200b\ufeff]{2,}|[\t\u00a0\u2007\u202f\u200b\ufeff]")
_ODD_SPACE_RE = re.compile(r"[\t\u00a0\u2007\u202f\u200b\ufeff]")


def _spaces(text: str) -> str:
    """_WS_RE.sub(" ", text): without two spaces in a row or one of its other characters nothing matches,
    and the text is as it was (two checks in C, where the substitution tries every position)."""
    if "  " not in text and not _ODD_SPACE_RE.search(text):
        return text
    return _WS_RE.sub(" ", text)


@dataclass
class Mail:
    """One message (or a forwarded one inside it), decoded."""

    headers: email.message.Message
    text: str = ""  # what a mail reader shows, quotes included
    attachments: list[str] = field(default_factory=list)
    forwarded: list["Mail"] = field(default_factory=list)  # attached message/rfc822
    delivery_status: list[dict[str, str]] = field(default_factory=list)  # RFC 3464 blocks, keys lower-case
    feedback_report: dict[str, str] = field(default_factory=dict)  # RFC 5965 (ARF) fields, keys lower-case
    returned_headers: email.message.Message | None = None  # the headers of the mail a report returns
    is_report: bool = False  # multipart/report: a delivery or read notification
    calendar_method: str = ""  # iTIP METHOD of a text/calendar part: REQUEST, REPLY, CANCEL …
    problems: list[str] = field(default_factory=list)
    body_charset: str | None = None  # the first charset a text part declares: the guess for 8-bit headers
    attachment_parts: list[tuple[str, email.message.Message]] = field(default_factory=list, repr=False)  # (name, part)
    _addresses: dict[str, tuple[str, str]] = field(default_factory=dict, repr=False)
    _decoded: dict[tuple[str, str | None], str] = field(default_factory=dict, repr=False)
    _names: frozenset[str] | None = field(default=None, repr=False)  # the header names, lower case

    def header(self, name: str) -> str:
        """The header decoded to text ('' when absent); decoded once (the parser asks for Subject ten times)."""
        key = (name, self.body_charset)
        if key not in self._decoded:
            self._decoded[key] = header_text(self.headers, name, self.body_charset)
        return self._decoded[key]

    def has(self, name: str) -> bool:
        # (`name in headers` lower-cases every header name on each call; the parser asks ~16 times)
        if self._names is None:
            self._names = frozenset(k.lower() for k in self.headers.keys())
        return name.lower() in self._names

    def address(self, name: str) -> tuple[str, str]:
        """(display name, lower-case address) of an address header."""
        if name not in self._addresses:
            self._addresses[name] = self._parse_address(name)
        return self._addresses[name]

    def _parse_address(self, name: str) -> tuple[str, str]:
        raw = raw_header(self.headers, name)
        if raw is None:
            return "", ""
        raw_text = _raw_text(raw, self.body_charset)
        try:
            display, addr = email.utils.parseaddr(raw_text)
        except RecursionError:  # thousands of "(" or ":" nest comments and groups without end
            display, addr = "", ""
        if "@" not in addr:
            # parseaddr gives up on some odd forms; take any address in the value
            found = _ANY_ADDRESS_RE.search(raw_text)
            addr = found.group(0) if found else ""
        return decode_header(display).strip().strip('"').strip(), addr.strip().lower()


def read_mail(raw: bytes, max_bytes: int) -> Mail:
    """Split raw bytes into a Mail; too large a mail is cut and says so."""
    problems = []
    if len(raw) > max_bytes:
        problems.append(f"mail larger than {max_bytes} bytes: only its start was read")
        raw = raw[: min(max_bytes, 1_000_000)]
    msg = email.message_from_bytes(raw)
    mail = _read_message(msg, depth=0, budget=[MAX_PARTS])
    mail.problems[:0] = problems
    return mail


def _read_message(msg: email.message.Message, depth: int, budget: list[int]) -> Mail:
    mail = Mail(headers=msg)
    texts: list[str] = []
    _walk(msg, mail, texts, depth, budget)
    text = "\n\n".join(t for t in texts if t.strip())
    # (Indic letters to NFC, scan.canonical_indic: on the part that is read, not on a megabyte of it)
    # (and Arabic and Hebrew without their optional vowel marks, scan.without_vowel_marks)
    mail.text = one_script_words(dotted_i(canonical_indic(without_vowel_marks(tidy(text)[:MAX_TEXT_CHARS]))))
    return mail


# Cyrillic and Latin letters that look alike: a word typed half on the other keyboard layout ("Аnmeldung" with a
# Cyrillic А, "АG 2", "зареєструватися" with a Latin i) is the word in its own script
_CYRILLIC_TO_LATIN = dict(zip("АВЕКМНОРСТХаеорсухіјѕІЈЅԁһԛԝ", "ABEKMHOPCTXaeopcyxijsIJSdhqw"))
_LATIN_TO_CYRILLIC = {**{v: k for k, v in _CYRILLIC_TO_LATIN.items()}, "i": "і", "I": "І"}
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_LATIN_RE = re.compile(r"[A-Za-z]")


def one_script_words(text: str) -> str:
    """Each word that mixes Latin and Cyrillic letters in the script of most of its letters, when every
    letter of the other script has a twin there (a word that mixes them otherwise stays as written)."""
    if not (_CYRILLIC_RE.search(text) and _LATIN_RE.search(text)):
        return text
    return _MIXED_WORD_RE.sub(_one_script, text)


# The words _one_script can change: a run of word characters (as _WORD_RUN_RE's) with both a Cyrillic letter
# and a Latin one (the letters whose lower() is within a-z: A-Z, a-z, "İ" and the Kelvin sign), found in C; the
# others, most words of a Russian mail with a Latin "AG 2" in it, were each handed to Python and returned as
# they were. Tried at a word's start only, each look-ahead reading the word once (possessive: no backtracking),
# so linear on any run (issue #15; tests/test_hostile_input.py)
_LATIN_LETTERS = "A-Za-z\u0130\u212a"
_MIXED_WORD_RE = re.compile(rf"(?<!\w)(?=[^\W\u0400-\u04ff]*+[^\W\x00-\u03ff\u0500-\U0010ffff])"
                            rf"(?=[^\W{_LATIN_LETTERS}]*+[{_LATIN_LETTERS}])\w++")


def _one_script(m: re.Match) -> str:
    word = m.group(0)
    latin = sum(1 for ch in word if "a" <= ch.lower() <= "z")
    cyrillic = sum(1 for ch in word if "\u0400" <= ch <= "\u04ff")
    if not (latin and cyrillic):
        return word  # (most words: one script)
    table = _CYRILLIC_TO_LATIN if latin >= cyrillic else _LATIN_TO_CYRILLIC
    # (a set: looked up once per letter of the word below; a list made a long mixed word quadratic, 240 s for one
    # of 200,000 letters)
    minority = {ch for ch in word if ("\u0400" <= ch <= "\u04ff") == (table is _CYRILLIC_TO_LATIN)
                and (ch.isalpha() and (("\u0400" <= ch <= "\u04ff") or "a" <= ch.lower() <= "z"))}
    if not all(ch in table for ch in minority):
        return word
    return "".join(table.get(ch, ch) if ch in minority else ch for ch in word)


# German or English typed on a Turkish keyboard ("hıermıt möchte ıch mıch und zweı Kollegen"): the
# dotless ı stands for i throughout; "zweı" was no number and "ıch" no "ich"
_WORD_RUN_RE = re.compile(r"\w+")  # (a word at a time: linear on any text, also 1 MB of one letter)
_NOT_TURKISH = frozenset(
    "ich mich dich sich die wie sie nicht mit in im ist wir bitte viele vielen hiermit freundlichen mit ihnen "
    "liebe lieben zwei drei vier sechs sieben neun arbeitsgruppe gruppe vielleicht i it is this with will like "
    "in which time".split())


def dotted_i(text: str) -> str:
    """text with ı as i (and İ as I) when at least three of its words are German or English words so typed;
    Turkish, which has both letters, stays as written."""
    if "ı" not in text and "İ" not in text:
        return text
    typed = sum(1 for w in _WORD_RUN_RE.findall(text[:5000]) if ("ı" in w or "İ" in w) and
                w.replace("İ", "I").replace("ı", "i").lower() in _NOT_TURKISH)
    return text.replace("ı", "i").replace("İ", "I") if typed >= 3 else text


def _walk(part: email.message.Message, mail: Mail, texts: list[str], depth: int, budget: list[int]) -> None:
    budget[0] -= 1
    if budget[0] < 0 or depth > MAX_DEPTH:
        if not any("nested parts" in p for p in mail.problems):
            mail.problems.append("too many or too deeply nested parts: the rest was skipped")
        return
    ctype = part.get_content_type()
    # Report parts come before the multipart branch: `email` stores a delivery-status payload
    # as a list of header blocks, so is_multipart() is true for it.
    if ctype in _DELIVERY_STATUS_TYPES:
        mail.delivery_status.extend(_delivery_status(part))
    elif ctype == "message/feedback-report":
        for block in _report_blocks(part):
            mail.feedback_report.update(block)
    elif ctype in _HEADERS_ONLY_TYPES:
        _note_returned_headers(part, mail)
    elif part.is_multipart() and ctype != "message/rfc822":
        _walk_multipart(part, ctype, mail, texts, depth, budget)
    elif ctype == "message/rfc822":
        _walk_inner_message(part, mail, depth, budget)
    elif ctype == "multipart/report":
        _read_broken_report(part, mail, texts)
    elif ctype == "text/calendar":
        _note_calendar(part, mail)
        mail.attachments.append(_filename(part) or ctype)
    elif _is_attachment(part) or ctype in ("text/vcard", "text/x-vcard", "text/directory"):
        _note_attachment(part, ctype, mail)  # (a card is a file to read apart, never the writer's words)
    elif ctype == "text/html":
        _note_charset(part, mail)
        texts.append(html_to_text(decode_payload(part)))
    elif part.get_content_maintype() == "text" or ctype == "application/octet-stream" and not _filename(part):
        _note_charset(part, mail)
        texts.append(decode_payload(part))
    else:
        _note_attachment(part, ctype, mail)


def _read_broken_report(part: email.message.Message, mail: Mail, texts: list[str]) -> None:
    """A report whose boundary is missing or wrong: `email` leaves it one string. Read it as
    text, and take the delivery-status blocks written in it."""
    mail.is_report = True
    text = decode_payload(part)
    texts.append(text)
    blocks = _text_blocks(text)
    if any("final-recipient" in b for b in blocks):
        mail.delivery_status.extend(b for b in blocks if "final-recipient" in b or "reporting-mta" in b)


def _note_attachment(part: email.message.Message, ctype: str, mail: Mail) -> None:
    name = _filename(part) or ctype
    mail.attachments.append(name)
    mail.attachment_parts.append((name, part))  # read by attachments.py


def _note_charset(part: email.message.Message, mail: Mail) -> None:
    if mail.body_charset is None:
        try:
            mail.body_charset = part.get_content_charset()
        except Exception:  # noqa: BLE001 - an odd charset parameter: no guess
            pass


def _walk_multipart(part, ctype, mail, texts, depth, budget) -> None:
    subparts = part.get_payload()
    if not isinstance(subparts, list):
        return
    if ctype == "multipart/report":
        mail.is_report = True
    if ctype == "multipart/alternative":
        for sub in subparts:  # the calendar alternative is never the one shown, but says what this is
            if isinstance(sub, email.message.Message) and sub.get_content_type() == "text/calendar":
                _note_calendar(sub, mail)
        chosen = _best_alternative(subparts)
        subparts = [chosen] if chosen is not None else []
    for sub in subparts:
        if isinstance(sub, email.message.Message):
            _walk(sub, mail, texts, depth + 1, budget)


def _note_calendar(part: email.message.Message, mail: Mail) -> None:
    """A calendar invitation or answer (RFC 5546): its METHOD, from the parameter or the body."""
    method = str(part.get_param("method") or "")
    if not method:
        found = re.search(r"^METHOD:\s*(\S+)", decode_payload(part)[:2000], re.M | re.I)
        method = found.group(1) if found else "PUBLISH"
    mail.calendar_method = mail.calendar_method or method.upper()


def _best_alternative(parts: list) -> email.message.Message | None:
    """Plain text when it says something (HTML when it strikes out what the plain copy keeps), else
    HTML, else whatever comes last."""
    parts = [p for p in parts if isinstance(p, email.message.Message)]
    by_type = {p.get_content_type(): p for p in parts}
    plain = by_type.get("text/plain")
    html = by_type.get("text/html")
    if html is not None and plain is not None and has_struck_text(decode_payload(html)):
        return html  # the plain copy lost the stroke: "Workshop 1 3" for "Workshop ~~1~~ 3"
    if plain is not None and decode_payload(plain).strip():
        return plain
    for p in reversed(parts):
        if p.get_content_type() == "text/html" or p.is_multipart():
            return p
    return parts[-1] if parts else None


def _walk_inner_message(part, mail: Mail, depth: int, budget: list[int]) -> None:
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else None
    if not isinstance(inner, email.message.Message):
        return
    if mail.is_report:
        # In a report the inner message is our own returned mail: never read as the writer's text.
        if mail.returned_headers is None:
            mail.returned_headers = inner
        return
    mail.forwarded.append(_read_message(inner, depth + 1, budget))


def _note_returned_headers(part: email.message.Message, mail: Mail) -> None:
    """text/rfc822-headers: the header block of the returned mail (a string, or parsed as a message)."""
    payload = part.get_payload()
    if isinstance(payload, list):
        inner = payload[0] if payload and isinstance(payload[0], email.message.Message) else None
    else:
        inner = email.message_from_string(decode_payload(part)[:65536])
    if inner is not None and mail.returned_headers is None:
        mail.returned_headers = inner


def _is_attachment(part: email.message.Message) -> bool:
    disposition = str(part.get("Content-Disposition", "")).lower()
    if disposition.startswith("attachment"):
        return True
    return bool(_filename(part)) and part.get_content_maintype() != "text"


def _filename(part: email.message.Message) -> str:
    try:
        name = part.get_filename() or part.get_param("name") or ""
    except Exception:  # noqa: BLE001 - odd parameters: no name
        return ""
    if isinstance(name, tuple):  # RFC 2231 triple
        name = email.utils.collapse_rfc2231_value(name)
    return decode_header(str(name)).strip()


_DELIVERY_STATUS_TYPES = ("message/delivery-status", "message/global-delivery-status", "text/delivery-status")
_HEADERS_ONLY_TYPES = ("text/rfc822-headers", "message/rfc822-headers", "text/rfc822-header",
                       "message/global-headers")
_FIELD_RE = re.compile(r"^([\w-]+)[ \t]*:[ \t]*(.*(?:\n[ \t]+.*)*)", re.M)


def _delivery_status(part: email.message.Message) -> list[dict[str, str]]:
    """Each block of a delivery-status part (per message, then per recipient) as a dict."""
    return _report_blocks(part)


def _report_blocks(part: email.message.Message) -> list[dict[str, str]]:
    """The header blocks of a report part, whichever way `email` stored them.

    message/delivery-status comes as a list of blocks, message/feedback-report and
    message/global-delivery-status as one embedded message whose body holds the
    further blocks, a mislabelled one as plain text.
    """
    payload = part.get_payload()
    blocks: list[dict[str, str]] = []
    texts: list[str] = []
    if isinstance(payload, list):
        for block in payload[:200]:
            if isinstance(block, email.message.Message):
                blocks.append({k.lower(): decode_header(v) for k, v in block.raw_items()})
                if not block.is_multipart():
                    texts.append(decode_payload(block))  # (decoded: 8-bit addresses of RFC 6533 kept)
    else:
        texts.append(decode_payload(part))
    for text in texts:
        blocks += _text_blocks(text)
    return [b for b in blocks if b]


def _text_blocks(text: str) -> list[dict[str, str]]:
    """Blank-line separated blocks of 'Field: value' lines, keys lower-case."""
    blocks = []
    for chunk in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n")[:200_000])[:200]:
        fields = {k.lower(): decode_header(v) for k, v in _FIELD_RE.findall(chunk)}
        if fields:
            blocks.append(fields)
    return blocks


# --- decoding --------------------------------------------------------------------------


def decode_payload(part: email.message.Message) -> str:
    """The part's text, decoded by its declared charset, or a detected one when that fails."""
    try:
        data = part.get_payload(decode=True)
    except Exception:  # noqa: BLE001 - a broken transfer encoding: read what is there
        data = None
    if data is None:
        payload = part.get_payload()
        return payload if isinstance(payload, str) else ""
    try:
        declared = part.get_content_charset()
    except Exception:  # noqa: BLE001
        declared = None
    return decode_bytes(data, declared)


def decode_bytes(data: bytes, declared: str | None) -> str:
    """Bytes → text: declared charset if it fits, UTF-8 if valid, else detected."""
    if data.isascii():
        return data.decode("ascii")
    try:
        # Valid multi-byte UTF-8 is practically never an accident, whatever the label says.
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    codec = _codec(declared)
    if codec and codec not in ("utf-8", "ascii"):
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            pass
    best = from_bytes(data[:65536]).best()
    if best is not None:
        try:
            return data.decode(best.encoding, errors="replace")
        except LookupError:
            pass
    return data.decode("cp1252", errors="replace")


def _codec(declared: str | None) -> str | None:
    if not declared:
        return None
    name = declared.strip().strip('"').lower()
    # Mail labelled Latin-1 or ASCII is in practice often windows-1252 (quotes, dashes, €).
    if name in ("iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii", "iso_8859-1"):
        return "cp1252"
    try:
        import codecs

        return codecs.lookup(name).name
    except LookupError:
        return None


def raw_header(msg: email.message.Message, name: str) -> str | None:
    """The first value of a header as stored: raw 8-bit bytes kept (as surrogates).

    `msg.get()` would wrap such a value in a Header whose str() turns every
    8-bit byte into U+FFFD, so mailbot reads headers through here.
    """
    lname = name.lower()
    for key, value in msg.raw_items():
        if key.lower() == lname:
            return value if isinstance(value, str) else str(value)
    return None


def header_text(msg: email.message.Message, name: str, fallback_charset: str | None = None) -> str:
    """A header decoded to text ('' when absent); raw 8-bit bytes read as UTF-8, the body's charset, latin-1."""
    return decode_header(raw_header(msg, name), fallback_charset)


def _raw_text(value, fallback_charset: str | None = None) -> str:
    """A header value as str; 8-bit raw bytes (RFC 6532, or just careless clients) decoded."""
    if isinstance(value, email.header.Header):
        try:
            return str(value)
        except Exception:  # noqa: BLE001
            value = value.encode()
    text = str(value)
    if not text.isascii() and any("\udc80" <= ch <= "\udcff" for ch in text):
        text = decode_header_bytes(text.encode("utf-8", "surrogateescape"), fallback_charset)
    return text


def decode_header_bytes(data: bytes, fallback_charset: str | None) -> str:
    """8-bit header bytes → text: UTF-8 (RFC 6532), else the body's charset, else latin-1.

    No detection: a header is too short for a guess to beat the body's own label.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    codec = _codec(fallback_charset)
    if codec and codec not in ("utf-8", "ascii"):
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            pass
    return data.decode("latin-1")


_ENCODED_WORD_RE = re.compile(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=(?:\s+(?==\?[^?\s]+\?[bBqQ]\?))?")


def decode_header(value, fallback_charset: str | None = None) -> str:
    """An RFC 2047 header value → text; never raises."""
    if value is None:
        return ""
    text = _raw_text(value, fallback_charset)
    if "=?" not in text:
        return _spaces(text.replace("\r", "").replace("\n", "")).strip()
    text = text.replace("\r", "").replace("\n", "")
    if text.isascii():
        text = _decode_encoded_words(text)
    else:
        # Raw text with encoded words in it: decode each word alone (email.header would
        # turn the raw characters into escapes).
        text = _ENCODED_WORD_RE.sub(lambda m: _decode_encoded_words(m.group(0).strip()), text)
    return _spaces(text).strip()


def _decode_encoded_words(text: str) -> str:
    try:
        parts = email.header.decode_header(text)
        out = []
        for chunk, charset in parts:
            if isinstance(chunk, bytes):
                chunk = decode_bytes(chunk, charset)
            out.append(chunk)
        return "".join(out)
    except Exception:  # noqa: BLE001 - a broken encoded word stays as written
        return text


# --- HTML --------------------------------------------------------------------------

_BLOCKQUOTE_RE = re.compile(r"<blockquote\b|</blockquote\s*>", re.I)
_QUOTE_DIV_RE = re.compile(r"<div[^>]*class=\"?(?:gmail_quote|moz-cite-prefix)[^>]*>", re.I)
_INSCRIPTIS_CONFIG = None


# Struck-through text (<s>, <strike>, <del>, an inline "text-decoration: line-through"): what the
# writer took back, shown crossed out ("Workshop <s>1</s> <b>3</b>"); a client's plain-text copy
# of the same mail loses the stroke and says "Workshop 1 3".
_STRUCK_RE = re.compile(r"<(?:s|strike|del)\b|line-through", re.I)
_STRUCK_XPATH = ("//s | //strike | //del | //*[contains(translate(@style, 'LINETHROUGH', 'linethrough'), "
                 "'line-through')]")


def has_struck_text(html: str) -> bool:
    """Whether the writer's part of an HTML text (quoted blockquotes aside) strikes something out."""
    return bool(_STRUCK_RE.search(html)) and bool(_STRUCK_RE.search(_drop_blockquotes(html[:2_000_000])))


def html_to_text(html: str) -> str:
    """HTML → readable text (inscriptis), quoted blockquotes and struck-through text removed first."""
    global _INSCRIPTIS_CONFIG
    from inscriptis import get_text
    from inscriptis.model.config import ParserConfig

    if _INSCRIPTIS_CONFIG is None:
        _INSCRIPTIS_CONFIG = ParserConfig(display_links=False, display_images=False)
    config = _INSCRIPTIS_CONFIG
    html = _drop_blockquotes(html[:2_000_000])
    if _WORD_HTML_RE.search(html[:5000]):
        html = _word_signature_lines(html)
    try:
        if _STRUCK_RE.search(html):
            return _text_without_struck(html, config)
        return get_text(html, config)
    except Exception:  # noqa: BLE001 - broken markup: fall back to stripping tags
        return re.sub(r"<[^>]+>", " ", html)


# Outlook writes HTML with Word: every line is a paragraph "<p class=MsoNormal>" that its style sheet gives no
# margins, and a blank line is an empty paragraph ("<p class=MsoNormal><o:p>&nbsp;</o:p></p>"). Read with a
# browser's margins, each line becomes a paragraph of its own; in the body that is right (a line of its own ends
# its sentence: "mein Kollege kann leider nicht kommen" / "ich komme aber"), but a signature ("S poštovanjem," /
# name / office / association) fell apart and From's name was taken. So the last block of lines after an empty
# paragraph, before the quoted mail, is read as lines: there a closing and a name stand together.
_WORD_HTML_RE = re.compile(r"class=\"?Mso|urn:schemas-microsoft-com:office:word", re.I)
# (possessive and without a separate "\xa0", which "\s" matches: no backtracking over a run of spaces)
_WORD_EMPTY_P_RE = re.compile(r"<p\b[^<>]{0,300}>(?:\s|<(?!/?p\b)[^<>]{0,300}>|&nbsp;){0,20}+</p\s*>", re.I)
# where Outlook's quoted mail starts: the rule above its header block, a reply's div, a horizontal line
_WORD_QUOTE_RE = re.compile(r"border-top:\s*solid|id=\"?divRplyFwdMsg|<hr\b", re.I)


def _word_signature_lines(html: str) -> str:
    quote = _WORD_QUOTE_RE.search(html)
    end = quote.start() if quote else len(html)
    empties = [m.end() for m in _WORD_EMPTY_P_RE.finditer(html, 0, end)]
    if not empties:
        return html
    start = empties[-1]
    block = re.sub(r"</p\s*>", "</div>", re.sub(r"<p\b", "<div", html[start:end], flags=re.I), flags=re.I)
    return html[:start] + block + html[end:]


def _text_without_struck(html: str, config) -> str:
    """The text of html without the elements it shows struck through (their tails stay)."""
    from inscriptis import Inscriptis
    from lxml.html import document_fromstring

    tree = document_fromstring(html.strip() or "<p></p>")
    for element in tree.xpath(_STRUCK_XPATH):
        if element.getparent() is not None:  # (not the document itself)
            element.drop_tree()
    return Inscriptis(tree, config).get_text()


def _drop_blockquotes(html: str) -> str:
    """Remove <blockquote> elements (what mail clients put quoted replies in), nesting-aware."""
    out, depth, pos = [], 0, 0
    for m in _BLOCKQUOTE_RE.finditer(html):
        if not m.group(0).startswith("</"):
            if depth == 0:
                out.append(html[pos : m.start()])
            depth += 1
        elif depth > 0:
            depth -= 1
            if depth == 0:
                pos = m.end()
    if depth == 0:
        out.append(html[pos:])
    return "".join(out)


def tidy(text: str) -> str:
    """Normalise line ends and spaces; keep line structure."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # one substitution over the text, not one per line: no run of _WS_RE crosses a line end
    lines = [line.strip() for line in _spaces(text).split("\n")]
    out: list[str] = []
    for line in lines:
        if not line and out and not out[-1]:
            continue  # one blank line is enough
        out.append(line)
    return "\n".join(out).strip()
