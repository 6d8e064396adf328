"""The words mail clients put around a quoted mail, per language, as data.

quotes.py finds a quote mostly by its shape (a line that names an address or
a date and ends with a colon, a block of "Key: value" lines, ">" runs); these
tables only name the words that shape is built from. To teach mailbot a new
language, add its words to each table; nothing else changes. Everything is
matched case-insensitively; write the words as the client writes them.
"""

from __future__ import annotations

# The verb at the end of an attribution line: "On … X wrote:", "Am … schrieb X:",
# "Le … X a écrit :", "… X <addr> のメッセージ:". A line that ends with one of these
# (colon optional) and names an address, a time or a date starts a quote.
ATTRIBUTION_VERBS: dict[str, tuple[str, ...]] = {
    "en": ("wrote", "writes", "has written"),
    "de": ("schrieb", "schreibt", "hat geschrieben"),
    "fr": ("a écrit", "a ecrit", "écrit", "a écrit le"),
    "es": ("escribió", "escribio", "ha escrito"),
    "it": ("ha scritto", "scrive", "scritto"),
    "pt": ("escreveu", "escribiu"),
    "ca": ("ha escrit", "va escriure"),
    "nl": ("schreef", "het volgende geschreven", "heeft geschreven"),
    "da": ("skrev", "skriver"),
    "sv": ("skrev", "skriver"),
    "no": ("skrev", "skreiv"),
    "fi": ("kirjoitti",),
    "is": ("skrifaði",),
    "pl": ("napisał", "napisała", "napisał(a)", "napisal", "napisala", "pisze"),
    "cs": ("napsal", "napsala", "napsal(a)", "píše"),
    "sk": ("napísal", "napísala", "napísal(a)"),
    "hu": ("írta", "irta"),
    "ro": ("a scris",),
    "hr_bs_sr": ("je napisao", "je napisala", "napisao", "napisala", "је написао"),
    "sl": ("je napisal", "je napisala"),
    "bg": ("написа",),
    "el": ("έγραψε",),
    "sq": ("shkroi",),
    "tr": ("yazdı", "yazdi", "şunu yazdı"),
    "ru": ("пишет", "написал", "написала", "написал(а)"),
    "uk": ("пише", "написав", "написала", "написав(ла)"),
    "ar": ("كتب", "كتبت"),
    "fa": ("نوشت", "نوشته است"),
    "he": ("כתב", "כתבה"),
    "ja": ("のメッセージ", "書きました", "が書きました"),
    "zh": ("写道", "寫道", "写了", "說"),
    "ko": ("작성", "님이 작성"),
    "vi": ("đã viết", "viết"),
    "id_ms": ("menulis",),
    "ku": ("nivîsî",),
}

# Words an attribution line starts with ("On", "Am", "Le", "Den", "W dniu", "在").
# A wrapped attribution is joined back from such a line (or one naming a date).
ATTRIBUTION_OPENERS: dict[str, tuple[str, ...]] = {
    "en": ("on",),
    "de": ("am",),
    "fr": ("le",),
    "es_ca": ("el", "el día"),
    "it": ("il", "in data"),
    "pt": ("em", "no dia"),
    "nl": ("op",),
    "da_sv_no": ("den", "på"),
    "pl": ("w dniu", "dnia"),
    "cs_sk": ("dne",),
    "ro": ("pe",),
    "tr": ("tarihinde",),
    "vi": ("vào",),
    "zh": ("在",),
}

# The line between reply and quote: "-----Original Message-----" and its translations.
ORIGINAL_MESSAGE: dict[str, tuple[str, ...]] = {
    "en": ("original message", "original e-mail", "original email"),
    "de": ("ursprüngliche nachricht", "originalnachricht", "original-nachricht", "ursprüngliche e-mail"),
    "fr": ("message d'origine", "message original", "message d’origine", "courriel original"),
    "es": ("mensaje original", "correo original"),
    "it": ("messaggio originale",),
    "pt": ("mensagem original",),
    "ca": ("missatge original",),
    "nl": ("oorspronkelijk bericht", "origineel bericht", "oorspronkelijke bericht"),
    "da": ("oprindelig meddelelse", "oprindelig besked", "original meddelelse"),
    "sv": ("ursprungligt meddelande", "originalmeddelande", "ursprungligt mejl"),
    "no": ("opprinnelig melding", "original melding", "videresendt melding"),
    "fi": ("alkuperäinen viesti",),
    "pl": ("oryginalna wiadomość", "wiadomość oryginalna", "oryginalna wiadomosc"),
    "cs": ("původní zpráva", "puvodni zprava"),
    "sk": ("pôvodná správa",),
    "hu": ("eredeti üzenet", "eredeti levél"),
    "ro": ("mesaj original", "mesajul original"),
    "hr_bs_sr": ("izvorna poruka", "originalna poruka", "оригинална порука"),
    "bg": ("оригинално съобщение",),
    "el": ("αρχικό μήνυμα",),
    "tr": ("orijinal mesaj", "özgün ileti", "orijinal ileti"),
    "ru": ("исходное сообщение", "исходное письмо", "оригинальное сообщение"),
    "uk": ("оригінальне повідомлення", "початкове повідомлення", "вихідне повідомлення"),
    "ar": ("الرسالة الأصلية",),
    "fa": ("پیام اصلی",),
    "he": ("הודעה מקורית",),
    "ja": ("元のメッセージ", "オリジナル メッセージ", "元のメール"),
    "zh": ("原始邮件", "原始郵件", "原始信件"),
    "ko": ("원본 메시지", "원래 메시지"),
    "vi": ("thư gốc",),
}

# A forwarded mail follows: "---------- Forwarded message ---------", "Begin forwarded message:".
FORWARD_MARKERS: dict[str, tuple[str, ...]] = {
    "en": ("forwarded message", "begin forwarded message", "forwarded e-mail", "forwarded email", "forwarded mail"),
    "de": ("weitergeleitete nachricht", "anfang der weitergeleiteten nachricht", "weitergeleitete e-mail"),
    "fr": ("message transféré", "message transfere", "début du message transféré", "début du message réexpédié"),
    "es": ("mensaje reenviado", "inicio del mensaje reenviado"),
    "it": ("messaggio inoltrato", "inizio messaggio inoltrato"),
    "pt": ("mensagem encaminhada", "início da mensagem reencaminhada"),
    "nl": ("doorgestuurd bericht", "begin doorgestuurd bericht"),
    "da": ("videresendt meddelelse", "videresendt besked", "start på videresendt besked"),
    "sv": ("vidarebefordrat meddelande", "vidarebefordrat brev", "början på vidarebefordrat brev"),
    "no": ("videresendt melding",),
    "fi": ("välitetty viesti",),
    "pl": ("wiadomość przekazana", "przekazana wiadomość", "początek przekazanej wiadomości"),
    "cs": ("přeposlaná zpráva",),
    "hu": ("továbbított üzenet",),
    "tr": ("iletilen ileti", "iletilmiş ileti", "yönlendirilen mesaj"),
    "ru": ("пересылаемое сообщение", "пересланное сообщение", "начало переадресованного сообщения"),
    "uk": ("переслане повідомлення", "пересланий лист"),
    "ar": ("رسالة معاد توجيهها", "الرسالة المعاد توجيهها"),
    "fa": ("پیام هدایت شده", "پیام ارسال شده"),
    "ja": ("転送メッセージ", "転送されたメッセージ"),
    "zh": ("转发的邮件", "轉寄的郵件", "转发邮件"),
    "ko": ("전달된 메시지",),
}

# Field names of a quoted mail's header block (Outlook, webmail, Apple Mail inside the quote),
# by role. A block needs a "from" line, or three lines of which one is "sent"/"date".
HEADER_KEYS: dict[str, dict[str, tuple[str, ...]]] = {
    "from": {
        "en": ("from",),
        "de": ("von",),
        "fr_es_pt": ("de",),
        "it": ("da",),
        "ro": ("de la",),
        "nl": ("van",),
        "da_no": ("fra",),
        "sv": ("från",),
        "fi": ("lähettäjä",),
        "pl_cs": ("od",),
        "hu": ("feladó",),
        "hr": ("šalje", "od"),
        "el": ("από",),
        "tr": ("kimden",),
        "ru": ("от",),
        "uk": ("від",),
        "ar": ("من",),
        "fa": ("از", "فرستنده"),
        "ja": ("差出人", "送信者"),
        "zh": ("发件人", "寄件者", "發件人"),
        "ko": ("보낸 사람",),
        "vi": ("từ",),
    },
    "sent": {
        "en": ("sent", "date", "sent at", "sent on"),
        "de": ("gesendet", "datum", "gesendet am"),
        "fr": ("envoyé", "envoye", "date", "message du", "envoyé le"),
        "es": ("enviado", "enviado el", "fecha"),
        "pt": ("enviado", "enviada em", "data"),
        "it": ("inviato", "data", "inviato il"),
        "ro": ("trimis", "data"),
        "nl": ("verzonden", "datum", "verstuurd"),
        "da": ("sendt", "dato"),
        "sv": ("skickat", "datum", "skickad"),
        "no": ("sendt", "dato"),
        "fi": ("lähetetty", "päivämäärä"),
        "pl": ("wysłano", "data", "wysłane"),
        "cs": ("odesláno", "datum"),
        "hu": ("elküldve", "dátum", "küldve"),
        "hr": ("poslano", "datum"),
        "el": ("στάλθηκε", "ημερομηνία"),
        "tr": ("gönderildi", "gönderilme tarihi", "tarih"),
        "ru": ("отправлено", "дата"),
        "uk": ("надіслано", "дата"),
        "ar": ("تم الإرسال", "التاريخ", "أرسلت"),
        "fa": ("ارسال شده", "تاریخ"),
        "ja": ("送信日時", "日付", "送信日"),
        "zh": ("发送时间", "寄件日期", "日期", "發送時間"),
        "ko": ("보낸 날짜", "날짜"),
        "vi": ("đã gửi", "ngày"),
    },
    "to": {
        "en": ("to", "cc", "bcc", "reply-to"),
        "de": ("an", "cc", "kopie"),
        "fr": ("à", "a", "cc", "copie à"),
        "es_pt": ("para", "cc"),
        "it": ("a", "cc"),
        "ro": ("către", "catre"),
        "nl": ("aan", "cc"),
        "da_no": ("til", "cc"),
        "sv": ("till", "kopia"),
        "fi": ("vastaanottaja", "kopio"),
        "pl_cs": ("do", "kopia", "komu"),
        "hu": ("címzett", "másolat"),
        "hr": ("prima",),
        "el": ("προς", "κοιν"),
        "tr": ("kime", "bilgi"),
        "ru_uk": ("кому", "копия", "копія"),
        "ar": ("إلى",),
        "fa": ("به",),
        "ja": ("宛先", "cc"),
        "zh": ("收件人", "抄送", "副本"),
        "ko": ("받는 사람", "참조"),
        "vi": ("đến",),
    },
    "subject": {
        "en": ("subject",),
        "de": ("betreff",),
        "fr": ("objet", "sujet"),
        "es": ("asunto",),
        "pt": ("assunto",),
        "it": ("oggetto",),
        "ro": ("subiect",),
        "nl": ("onderwerp",),
        "da": ("emne",),
        "sv": ("ämne",),
        "no": ("emne",),
        "fi": ("aihe",),
        "pl": ("temat",),
        "cs": ("předmět",),
        "hu": ("tárgy",),
        "hr": ("predmet",),
        "el": ("θέμα",),
        "tr": ("konu",),
        "ru_uk": ("тема",),
        "ar": ("الموضوع",),
        "fa": ("موضوع",),
        "ja": ("件名",),
        "zh": ("主题", "主旨", "主題"),
        "ko": ("제목",),
        "vi": ("chủ đề",),
    },
}

# A client's own line under the reply ("Sent from my iPhone", "Gesendet von meinem Handy"):
# nobody's words. Matched at the start of a short line.
SENT_FROM: dict[str, tuple[str, ...]] = {
    "en": ("sent from", "sent with", "sent using", "sent via", "get outlook for"),
    "de": ("gesendet von", "gesendet mit", "gesendet vom"),  # "Von meinem iPhone gesendet": see quotes.py
    "fr": ("envoyé de", "envoyé à partir de", "envoyé depuis", "envoye de"),
    "es": ("enviado desde", "enviado con"),
    "it": ("inviato da",),
    "pt": ("enviado do", "enviado de"),
    "nl": ("verzonden vanaf", "verstuurd vanaf", "verzonden met"),
    "da_no": ("sendt fra",),
    "sv": ("skickat från",),
    "pl": ("wysłano z", "wysłane z"),
    "tr": ("iphone'umdan gönderildi",),
    "ru": ("отправлено с", "отправлено из"),
    "uk": ("надіслано з",),
}


def words(table: dict) -> list[str]:
    """All words of a table (or of a role table), longest first, without repeats."""
    found: set[str] = set()
    for entry in table.values():
        if isinstance(entry, dict):
            found.update(words(entry))
        else:
            found.update(w.lower() for w in entry)
    return sorted(found, key=lambda w: (-len(w), w))
