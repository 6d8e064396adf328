"""Attached forms, Word/LibreOffice files and business cards, read as the writer's own text.

Plain values for the reader (attachments.py), then the whole job: the demo's three
mails through a Maildir and through a real Dovecot, with the file named in the audit.
"""

from __future__ import annotations

import io
import sqlite3
import zipfile
from email.message import EmailMessage
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from mailbot.config import load_config
from mailbot.parsing import parse_message
from mailbot.parsing.attachments import (
    MAX_FILE_BYTES,
    MAX_FILES,
    canonical_label,
    is_complete_form,
    read_attachments,
)
from mailbot.parsing.mime import read_mail
from mailbot.runner import run_once

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "demo"
CONFIG = load_config(DEMO / "config.toml")
FORM = (DEMO / "anmeldeformular.pdf").read_bytes()
FILLED = {"name": "Ana Lima", "organisation": "Brasilianischer Kulturverein Münster e.V.",
          "email": "ana.lima@kulturverein-br.example", "personen": "2", "arbeitsgruppe": "AG 3"}
DEMO_MAILS = ["13-lima-form-pdf.eml", "14-yilmaz-word.eml", "15-haddad-vcard.eml"]


def fill(values: dict[str, str], blank: bytes = FORM) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(blank)))
    writer.update_page_form_field_values(writer.pages[0], values, auto_regenerate=False)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def mail_with(*files: tuple[str, bytes, str], body="Guten Tag,\n\nanbei das Formular.\n\nLG\n",
              sender="ana.lima@kulturverein-br.example", subject="Formular", cid: str | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "mso-tag@muenster.example"
    msg["Subject"] = subject
    msg["Message-ID"] = "<att-1@kulturverein-br.example>"
    msg.set_content(body)
    for name, data, ctype in files:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
        if cid:
            msg.get_payload()[-1]["Content-ID"] = cid
    return msg.as_bytes()


def docx(*paragraphs: str, rows: tuple[tuple[str, str], ...] = (), document: bytes | None = None) -> bytes:
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    body += "<w:tbl>" + "".join(f"<w:tr><w:tc><w:p><w:r><w:t>{a}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>{b}"
                                f"</w:t></w:r></w:p></w:tc></w:tr>" for a, b in rows) + "</w:tbl>"
    xml = document or f'<?xml version="1.0" encoding="UTF-8"?><w:document {ns}><w:body>{body}</w:body></w:document>'.encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", xml)
    return out.getvalue()


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT = "application/vnd.oasis.opendocument.text"


# --- PDF forms -------------------------------------------------------------------------------


def test_a_filled_pdf_form_is_a_complete_registration():
    parsed = parse_message(mail_with(("Anmeldung.pdf", fill(FILLED), "application/pdf")), CONFIG)
    assert (parsed.kind, parsed.name, parsed.organisation, parsed.workgroups, parsed.party_size, parsed.email) == (
        "registration", "Ana Lima", "Brasilianischer Kulturverein Münster e.V.", ["AG3"], 2,
        "ana.lima@kulturverein-br.example")
    assert parsed.needs_review is False
    assert parsed.read_from_attachments == ["Anmeldung.pdf"]


def test_the_file_read_is_named_rightly_after_a_calendar_part():
    ics = b"BEGIN:VCALENDAR\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n"
    parsed = parse_message(mail_with(("termin.ics", ics, "text/calendar"), ("Anmeldung.pdf", fill(FILLED),
                                                                           "application/pdf")), CONFIG)
    assert parsed.read_from_attachments == ["Anmeldung.pdf"] and parsed.kind == "registration"


def test_the_blank_form_lists_every_workgroup_but_gives_none():
    # the printed page names AG 1, AG 2 and AG 3: only the filled field may choose
    parsed = parse_message(mail_with(("Anmeldung.pdf", fill({**FILLED, "arbeitsgruppe": "AG 1"}), "application/pdf")),
                           CONFIG)
    assert parsed.workgroups == ["AG1"]


def test_a_form_without_the_number_of_persons_is_no_registration_by_itself():
    values = {k: v for k, v in FILLED.items() if k != "personen"}
    parsed = parse_message(mail_with(("Anmeldung.pdf", fill(values), "application/pdf")), CONFIG)
    assert parsed.kind == "other" and parsed.needs_review
    assert "refers to an attachment: a human should read it" in parsed.reasons


def test_an_unfilled_form_sent_back_is_read_as_its_text():
    attached = read_attachments(read_mail(mail_with(("Anmeldung.pdf", FORM, "application/pdf")), 10**7))
    assert attached.read_from == ["Anmeldung.pdf"] and not attached.complete_form
    assert "Hiermit melde ich mich" in attached.text


@pytest.mark.parametrize("fields, complete", [
    ({"Name": "Ana Lima", "Verein": "X e.V.", "Arbeitsgruppe": "AG 2", "Anzahl Personen": "2"}, True),
    ({"Vorname": "Ana", "Nachname": "Lima", "Organisation": "X", "Workshop": "2", "Teilnehmende": "1"}, True),
    ({"Full name": "Ana Lima", "Organization": "X", "Working group": "2", "Participants": "3"}, True),
    ({"Name": "Ana Lima", "Verein": "X e.V.", "Arbeitsgruppe": "AG 2", "Anzahl Personen": " "}, False),
    ({"Name": "Ana Lima", "Verein": "X e.V.", "Arbeitsgruppe": "AG 2"}, False),
], ids=["german", "split-name", "english", "persons-blank", "persons-missing"])
def test_complete_form(fields, complete):
    assert is_complete_form(fields) is complete


@pytest.mark.parametrize("label, canonical", [
    ("Name der Organisation", "Organisation"), ("Vor- und Zuname", "Name"), ("Gewünschte Arbeitsgruppe",
    "Arbeitsgruppe"), ("Anzahl der Teilnehmenden", "Anzahl Personen"), ("E-Mail-Adresse", "E-Mail-Adresse"),
    ("Telefonnummer", "Telefonnummer"), ("Number of participants", "Anzahl Personen"),
])
def test_canonical_labels(label, canonical):
    assert canonical_label(label) == canonical


def _own_form(fields: list[tuple[str, str]]) -> bytes:
    """Another office's form: fields named as they like, some only with a tooltip ('Text1')."""
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for number, (name, tooltip) in enumerate(fields):
        pdf.acroForm.textfield(name=name, tooltip=tooltip, x=200, y=760 - 30 * number, width=250, height=20, value="")
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def test_a_form_of_another_office_with_its_own_labels():
    blank = _own_form([("Text1", "Vor- und Zuname"), ("Name der Organisation", "Name der Organisation"),
                       ("Gewuenschte Arbeitsgruppe", ""), ("Text4", "Anzahl der Teilnehmenden")])
    filled = fill({"Text1": "Ana Lima", "Name der Organisation": "Kulturverein Roda e.V.",
                   "Gewuenschte Arbeitsgruppe": "2", "Text4": "3"}, blank)
    parsed = parse_message(mail_with(("form.pdf", filled, "application/pdf")), CONFIG)
    assert (parsed.kind, parsed.name, parsed.organisation, parsed.workgroups, parsed.party_size) == (
        "registration", "Ana Lima", "Kulturverein Roda e.V.", ["AG2"], 3)


def _text_pdf(lines: list[str]) -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for number, line in enumerate(lines):
        pdf.drawString(60, 780 - 16 * number, line)
    pdf.save()
    return out.getvalue()


def test_a_typed_pdf_letter_is_read_as_text():
    letter = _text_pdf(["Anmeldung", "Hiermit melde ich mich für die Arbeitsgruppe 1 an.", "Mit freundlichen Grüßen",
                        "Ana Lima", "Brasilianischer Kulturverein Münster e.V."])
    parsed = parse_message(mail_with(("Brief.pdf", letter, "application/pdf")), CONFIG)
    assert (parsed.kind, parsed.workgroups, parsed.name) == ("registration", ["AG1"], "Ana Lima")


def test_a_flyer_that_decides_the_kind_goes_to_review():
    flyer = _text_pdf(["Sommerfest im Stadtteil", "Hiermit melde ich mich für die Arbeitsgruppe 1 an."])
    parsed = parse_message(mail_with(("Flyer.pdf", flyer, "application/pdf"), body="Hallo, zur Info.\n"), CONFIG)
    assert parsed.needs_review
    assert "decided by what Flyer.pdf says: please check" in parsed.reasons


# --- scans -----------------------------------------------------------------------------------


def test_an_image_only_pdf_is_a_scan_for_a_human():
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    out = io.BytesIO()
    writer.write(out)
    parsed = parse_message(mail_with(("Scan.pdf", out.getvalue(), "application/pdf")), CONFIG)
    assert parsed.needs_review and "scanned form: please read Scan.pdf" in parsed.reasons


def test_a_photo_with_see_attachment_is_a_scan_for_a_human():
    parsed = parse_message(mail_with(("IMG_2041.jpg", b"\xff\xd8\xff\xe0 not a real jpeg", "image/jpeg"),
                                     body="Hallo,\nsiehe Anhang.\nAna Lima\n"), CONFIG)
    assert parsed.needs_review and "scanned form: please read IMG_2041.jpg" in parsed.reasons


def test_an_inline_logo_is_no_scan():
    raw = mail_with(("logo.png", b"\x89PNG\r\n\x1a\n", "image/png"), cid="<logo@verein>",
                    body="Ich melde mich für die AG 1 an.\n\nViele Grüße\nAna Lima\n")
    parsed = parse_message(raw, CONFIG)
    assert not any("scanned" in r for r in parsed.reasons)


# --- broken, encrypted, too large: noted, never a crash -----------------------------------------


def _encrypted(user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(fill(FILLED))))
    writer.encrypt(user_password, "owner-secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("name, data, ctype, problem", [
    ("kaputt.pdf", fill(FILLED)[:900], "application/pdf", "kaputt.pdf: unreadable PDF"),
    ("geheim.pdf", _encrypted("geheim"), "application/pdf", "geheim.pdf: encrypted PDF, not read"),
    ("fake.pdf", b"<html>not a pdf</html>", "application/pdf", "fake.pdf: not a PDF, not read"),
    ("kaputt.docx", b"PK\x03\x04 broken", DOCX, "kaputt.docx: not a readable office file, not read"),
    ("leer.docx", docx("x")[:0] or b"PK\x05\x06" + b"\0" * 18, DOCX, "leer.docx: no word/document.xml inside, not read"),
    ("riesig.pdf", b"%PDF-1.4\n" + b"0" * MAX_FILE_BYTES, "application/pdf", "riesig.pdf: larger than 5 MB, not read"),
], ids=["truncated-pdf", "encrypted-pdf", "not-a-pdf", "broken-docx", "empty-zip", "too-large"])
def test_unreadable_files_are_noted_and_the_mail_is_still_read(name, data, ctype, problem):
    raw = mail_with((name, data, ctype), body="Ich melde mich für die AG 1 an, Details im Anhang.\n\nAna Lima\n")
    parsed = parse_message(raw, CONFIG)
    assert parsed.kind == "registration" and parsed.workgroups == ["AG1"]
    assert any(r.startswith(problem) for r in parsed.reasons), parsed.reasons


def test_an_encrypted_form_with_an_empty_password_is_read():
    parsed = parse_message(mail_with(("Anmeldung.pdf", _encrypted(""), "application/pdf")), CONFIG)
    assert (parsed.kind, parsed.name, parsed.party_size) == ("registration", "Ana Lima", 2)


def test_a_zip_bomb_in_a_docx_is_not_unpacked():
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    huge = f"<w:document {ns}><w:body><w:p><w:r><w:t>".encode() + b"A" * 60_000_000 + b"</w:t></w:r></w:p></w:body></w:document>"
    bomb = docx(document=huge)
    assert len(bomb) < 200_000  # 60 MB packed into a small file
    attached = read_attachments(read_mail(mail_with(("bombe.docx", bomb, DOCX)), 10**7))
    assert attached.problems == ["bombe.docx: larger than 5 MB unpacked, not read"]


def test_xml_entities_in_a_docx_are_refused():
    laughs = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
              b"<lolz>&lol2;</lolz>")
    attached = read_attachments(read_mail(mail_with(("lol.docx", docx(document=laughs), DOCX)), 10**7))
    assert attached.problems == ["lol.docx: XML with a document type (not an office file), not read"]


def test_only_the_first_files_are_read():
    files = [(f"karte{i}.vcf", b"BEGIN:VCARD\r\nFN:Person %d\r\nEND:VCARD\r\n" % i, "text/vcard")
             for i in range(MAX_FILES + 2)]
    attached = read_attachments(read_mail(mail_with(*files), 10**7))
    assert len(attached.read_from) == MAX_FILES
    assert attached.problems[0] == f"karte{MAX_FILES}.vcf: more than {MAX_FILES} attachments, not read"


# --- Word, LibreOffice ------------------------------------------------------------------------


def test_a_word_file_with_a_table_is_a_registration():
    word = docx("Anmeldung", rows=(("Name", "Elif Yilmaz"), ("Verein", "Elternverein Münster e.V."),
                                   ("Arbeitsgruppe", "AG 1"), ("Personen", "3")))
    parsed = parse_message(mail_with(("Anmeldung.docx", word, DOCX), sender="elif@mail.example",
                                     body="Hallo,\nim Anhang.\n"), CONFIG)
    assert (parsed.kind, parsed.name, parsed.organisation, parsed.workgroups, parsed.party_size) == (
        "registration", "Elif Yilmaz", "Elternverein Münster e.V.", ["AG1"], 3)
    assert parsed.read_from_attachments == ["Anmeldung.docx"]


def test_unticked_options_of_a_word_form_are_no_choice():
    word = docx("Anmeldung zum Tag der Migrantenselbstorganisationen", "Hiermit melde ich mich verbindlich an.",
                "☐ AG 1 Bildungssystem", "☒ AG 3 Vereinsmanagement", "☐ AG 2 Zukunftsprozess", "Name: Elif Yilmaz")
    parsed = parse_message(mail_with(("Anmeldung.docx", word, DOCX), sender="elif@mail.example"), CONFIG)
    assert (parsed.kind, parsed.workgroups) == ("registration", ["AG3"])


def _odt(paragraphs: list[str], rows: list[tuple[str, str]]) -> bytes:
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"')
    body = "".join(f"<text:p>{p}</text:p>" for p in paragraphs)
    body += "<table:table>" + "".join(
        f"<table:table-row><table:table-cell><text:p>{a}</text:p></table:table-cell>"
        f"<table:table-cell><text:p>{b}</text:p></table:table-cell></table:table-row>" for a, b in rows) + "</table:table>"
    content = f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns}><office:body><office:text>{body}' \
              "</office:text></office:body></office:document-content>"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", ODT)
        archive.writestr("content.xml", content)
    return out.getvalue()


def test_a_libreoffice_file_is_a_registration():
    odt = _odt(["Anmeldung"], [("Name", "Jan Nowak"), ("Organisation", "Polnischer Klub Münster e.V."),
                               ("Arbeitsgruppe", "AG 2"), ("Anzahl Personen", "1")])
    parsed = parse_message(mail_with(("Anmeldung.odt", odt, ODT), sender="jan@klub.example"), CONFIG)
    assert (parsed.kind, parsed.name, parsed.organisation, parsed.workgroups) == (
        "registration", "Jan Nowak", "Polnischer Klub Münster e.V.", ["AG2"])


# --- vCard ------------------------------------------------------------------------------------


def test_a_business_card_gives_name_and_organisation():
    card = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Haddad;Rami;;;\r\nFN:Rami Haddad\r\nORG:Syrischer Kulturverein "
            "Münster e.V.;Vorstand\r\nEMAIL;TYPE=INTERNET:r.haddad@mail.example\r\nEND:VCARD\r\n").encode()
    parsed = parse_message(mail_with(("Rami.vcf", card, "text/vcard"), sender="r.haddad@mail.example",
                                     body="Ich melde mich für die Arbeitsgruppe 3 an.\n"), CONFIG)
    assert (parsed.kind, parsed.name, parsed.organisation, parsed.workgroups) == (
        "registration", "Rami Haddad", "Syrischer Kulturverein Münster e.V., Vorstand", ["AG3"])
    assert parsed.read_from_attachments == ["Rami.vcf"]


def test_a_vcard_21_in_quoted_printable_and_without_fn():
    card = (b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen\r\n"
            b"ORG;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Verein f=FCr Integration=\r\n e.V.\r\n"
            b"EMAIL;PREF;INTERNET:JM@verein.example\r\nEND:VCARD\r\n")
    attached = read_attachments(read_mail(mail_with(("jm.vcf", card, "text/x-vcard")), 10**7))
    assert (attached.card.name, attached.card.organisation, attached.card.email) == (
        "Jürgen Müller", "Verein für Integration e.V.", "jm@verein.example")


# --- end to end: the demo's mails through a Maildir and through Dovecot -----------------------------

EXPECTED = [
    ("ana.lima@kulturverein-br.example", "Ana Lima", "Brasilianischer Kulturverein Münster e.V.", "AG3", 2),
    ("elif.yilmaz@mail.example", "Elif Yilmaz", "Deutsch-Türkischer Elternverein Münster e.V.", "AG1", 1),
    ("r.haddad@mail.example", "Rami Haddad", "Syrischer Kulturverein Münster e.V.", "AG3", 1),
]
AUDITED = ["Anmeldeformular-Lima.pdf", "Anmeldung.docx", "Rami Haddad.vcf"]


def _registrations_and_audit(config):
    db = sqlite3.connect(config.database_path)
    try:
        regs = db.execute("SELECT email, name, organisation, workgroup, party_size FROM registrations "
                          "WHERE status = 'confirmed' ORDER BY id").fetchall()
        audit = [d for (d,) in db.execute("SELECT detail FROM audit WHERE action = 'parsed' ORDER BY id")]
    finally:
        db.close()
    return regs, audit


def _check(config):
    regs, audit = _registrations_and_audit(config)
    assert regs == EXPECTED
    for name, line in zip(AUDITED, audit):
        assert line.endswith(f"read from attachment {name}"), line


def test_demo_attachment_mails_through_a_maildir(maildir_config_file, tmp_path):
    for name in DEMO_MAILS:
        (tmp_path / "Maildir" / "new" / name).write_bytes((DEMO / "mails" / name).read_bytes())
    config = load_config(maildir_config_file)
    result = run_once(config)
    assert result.errors == [] and result.new == 3
    _check(config)
    assert len(list((tmp_path / "outbox").glob("*.eml"))) == 3


def test_demo_attachment_mails_through_dovecot(dovecot, smtpd, config_file):
    for name in DEMO_MAILS:
        dovecot.append((DEMO / "mails" / name).read_bytes())
    config = load_config(config_file)
    result = run_once(config)
    assert result.errors == [] and result.sent == 3
    _check(config)
    assert sorted(r.rcpt_tos[0] for r in smtpd.received) == sorted(e[0] for e in EXPECTED)


def test_the_committed_form_is_the_one_the_script_makes():
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_form", DEMO / "make_form.py")
    make_form = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_form)
    assert make_form.make_blank_form() == FORM


@pytest.mark.parametrize("kind", ["pdf", "docx", "vcard"])
def test_damaged_files_never_raise(kind):
    """Random damage (seeded): every file is read or noted as a problem, quickly."""
    import random
    import time

    from mailbot.parsing.attachments import read_file

    original = {"pdf": fill(FILLED), "docx": docx("Anmeldung", rows=(("Name", "Ana Lima"),)),
                "vcard": b"BEGIN:VCARD\r\nFN:Ana Lima\r\nORG:X e.V.\r\nEND:VCARD\r\n"}[kind]
    rng = random.Random(13)
    for _ in range(60):
        data = bytearray(original)
        for _ in range(rng.randint(1, 20)):
            if len(data) < 2:
                break
            pos = rng.randrange(len(data))
            if rng.random() < 0.6:
                data[pos] = rng.randrange(256)
            else:
                del data[pos:pos + rng.randint(1, 40)]
        problems: list[str] = []
        started = time.perf_counter()
        result = read_file(f"damaged.{kind}", kind, bytes(data), problems)
        assert result is not None or problems[0].startswith(f"damaged.{kind}: ")
        assert time.perf_counter() - started < 5
