"""Closing formulas ("Viele Grüße", "Best regards", "С уважением"): where a signature starts.

Kept apart from quotes.py so that people.py (which needs it to tell a closing from
a name) does not import the quote splitter, which imports people.py.
"""

from __future__ import annotations

import re

from .gates import gated
from .lexicon import lower_pattern, lowered

# lower case, run on lowered() lines: without re.I the matcher is several times faster
CLOSING_RE = gated(lower_pattern(
    r"grü(?:ß|ss)|\bgruß\b|\bmfg\b|\blg\b|\bvg\b|regards|\bbest\b|\bcheers\b|sincerely|\byours\b|"
    r"best wishes|kind wishes|warm wishes|\bthanks?\b|thank you|vielen dank|\bdanke\b|herzlich|"
    r"cordialement|bien à vous|salutations|amicalement|\bmerci\b|saludos|\bun saludo\b|atentamente|gracias|cordiali saluti|distinti saluti|"
    r"pozdrawiam|poważaniem|dziękuję|saluti|grazie|saygılarımla|saygilarimla|selamlar|sevgiler|"
    r"teşekkür|tesekkur|с уважением|спасибо|всего доброго|з повагою|дякую|щиро|"
    r"مع خالص|مع التحية|شكرا|شكراً|تحياتي|با سپاس|با تشکر|تشکر|متشکرم|مرسی|ممنون|سپاسگزارم|با احترام|"
    # languages of migrant communities: Albanian, Romanian, BCS, Bulgarian, Greek, Portuguese,
    # Kurdish, Somali, Swahili, Vietnamese, Amharic/Tigrinya, Urdu, Pashto, Tamil
    r"\bme respekt\b|faleminderit|\bcu stimă\b|\bcu respect\b|mulțumesc|\bpozdrav\w*|\bhvala\b|поздрав\w*|хвала|"
    r"благодаря|με εκτίμηση|ευχαριστώ|φιλικά|\babraços\b|atenciosamente|\bobrigad[oa]\b|\bbi silav\b|\bbi rêz\b|"
    r"mahadsanid|\bwako\b|\basante\b|trân trọng|cảm ơn|አመሰግናለሁ|የቐንየለይ|شکریہ|مننه|நன்றி|"
    # the reply clients' languages: Nordic, Dutch, Finnish, Hungarian, Catalan, Czech, Japanese, Chinese, Korean
    r"\bhilsen\b|\bhilsner\b|\bmvh\b|hälsningar|\bhälsning\b|\bgroet(?:en|jes)?\b|\bterveisin\b|"
    r"üdvözlettel|\bsalutacions\b|s pozdravem|よろしくお願い|敬具|此致|祝好|谢谢|謝謝|감사합니다",
))

def is_closing_line(line: str) -> bool:
    """'Viele Grüße', 'Best regards,', 'Anlayışınız için teşekkürler.' — a short closing line."""
    words = line.split()
    if not words or len(words) > 16 or line.endswith("?"):
        return False
    if len(words) > 7 and not re.search(r"(?:salutations|regards|grüßen|grüssen|teşekkürler)[.!,]?\s*$", line, re.I):
        return False
    found = CLOSING_RE.search(lowered(line))
    # "… eintragen? Danke!": a question before the thanks makes it a body line that ends politely
    return bool(found) and "?" not in line[: found.start()]
