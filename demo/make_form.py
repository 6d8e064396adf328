"""Make the demo's registration form and the three demo mails that carry a filled-in file.

    .venv/bin/python demo/make_form.py

writes (all committed; run again after changing this script):

- demo/anmeldeformular.pdf   the fillable form the city would put on its page (AcroForm)
- demo/mails/13-lima-form-pdf.eml    the form filled in and sent back, no words in the mail
- demo/mails/14-yilmaz-word.eml      a registration typed into a Word file (DOCX)
- demo/mails/15-haddad-vcard.eml     a short registration with a business card (vCard)

Needs reportlab (the test extras) for the form and pypdf for filling it in.
The DOCX is written with zipfile: a Word file is a zip of a few XML files.
"""

from __future__ import annotations

import io
import sys
import zipfile
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
FORM = HERE / "anmeldeformular.pdf"
EVENT = "Tag der Migrantenselbstorganisationen 2027"
WORKGROUPS = [
    "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
]
# (field name, label printed on the form and shown as tooltip)
FIELDS = [("name", "Name"), ("organisation", "Organisation"), ("email", "E-Mail"), ("personen", "Anzahl Personen")]


def make_blank_form() -> bytes:
    """The fillable form: title, the declaration, five text fields, the workgroups printed below theirs."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, invariant=1)  # invariant: the same bytes on every run
    pdf.setTitle(f"Anmeldung – {EVENT}")
    pdf.setAuthor("Stadt Münster, Integrationsrat")
    width, height = A4
    pdf.setFont("Helvetica-Bold", 15)
    pdf.drawString(60, height - 80, f"Anmeldung zum {EVENT}")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(60, height - 100, "Samstag, 13. März 2027, 10:00–16:00 Uhr, Stadtweinhaus, Prinzipalmarkt 8, Münster")
    pdf.drawString(60, height - 130, "Hiermit melde ich mich (melden wir uns) verbindlich zum Tag der "
                                     "Migrantenselbstorganisationen an.")
    form = pdf.acroForm
    y = height - 180
    for name, label in FIELDS:
        pdf.drawString(60, y + 6, f"{label}:")
        form.textfield(name=name, tooltip=label, x=180, y=y, width=330, height=20, borderWidth=1,
                       fontSize=10, value="")
        y -= 40
    pdf.drawString(60, y + 6, "Arbeitsgruppe:")
    form.textfield(name="arbeitsgruppe", tooltip="Arbeitsgruppe", x=180, y=y, width=330, height=20, borderWidth=1,
                   fontSize=10, value="")
    for number, title in enumerate(WORKGROUPS):
        pdf.drawString(180, y - 20 - 14 * number, title)
    y -= 20 + 14 * len(WORKGROUPS)
    pdf.setFont("Helvetica", 9)
    pdf.drawString(60, y - 50, "Bitte ausgefüllt zurück an mso-tag@muenster.example – Sie erhalten eine Bestätigung.")
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def fill_form(blank: bytes, values: dict[str, str]) -> bytes:
    """The form filled in as a PDF viewer would: field values set, appearances left to the viewer."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(blank)))
    writer.update_page_form_field_values(writer.pages[0], values, auto_regenerate=False)
    writer.set_need_appearances_writer(True)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_docx(paragraphs: list[str], rows: list[tuple[str, str]]) -> bytes:
    """A minimal Word file: a few paragraphs and a two-column table."""
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def para(text: str) -> str:
        return f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(text)}</w:t></w:r></w:p>"

    table = "".join(f"<w:tr><w:tc>{para(a)}</w:tc><w:tc>{para(b)}</w:tc></w:tr>" for a, b in rows)
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {ns}><w:body>'
                + "".join(para(p) for p in paragraphs) + f"<w:tbl>{table}</w:tbl></w:body></w:document>")
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
        'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"'
        "/></Types>",
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": document,
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            archive.writestr(zipfile.ZipInfo(name, date_time=(2027, 1, 1, 0, 0, 0)), text)
    return out.getvalue()


def make_vcard(name: str, given: str, family: str, org: str, address: str) -> bytes:
    return (f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{family};{given};;;\r\nFN:{name}\r\nORG:{org}\r\n"
            f"EMAIL;TYPE=INTERNET:{address}\r\nEND:VCARD\r\n").encode("utf-8")


def mail_with(sender: str, subject: str, body: str, filename: str, data: bytes, ctype: str, day: int,
              msgid: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "mso-tag@muenster.example"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2027, 1, 14, 10, 0, tzinfo=timezone(timedelta(hours=1)))
                                  + timedelta(minutes=day))
    msg["Message-ID"] = msgid
    msg.set_content(body)
    maintype, subtype = ctype.split("/")
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes()


def main() -> None:
    blank = make_blank_form()
    FORM.write_bytes(blank)
    filled = fill_form(blank, {
        "name": "Ana Lima", "organisation": "Brasilianischer Kulturverein Münster e.V.",
        "email": "ana.lima@kulturverein-br.example", "personen": "2", "arbeitsgruppe": "AG 3"})
    mails = {
        "13-lima-form-pdf.eml": mail_with(
            "ana.lima@kulturverein-br.example", "Formular", "Guten Tag,\n\nanbei das Formular.\n\nLG\n",
            "Anmeldeformular-Lima.pdf", filled, "application/pdf", 1, "<demo-13@kulturverein-br.example>"),
        "14-yilmaz-word.eml": mail_with(
            "Elif Yilmaz <elif.yilmaz@mail.example>", "Tag der MSO",
            "Hallo,\n\nmeine Anmeldung finden Sie im Anhang.\n\nFreundliche Grüße\nElif Yilmaz\n",
            "Anmeldung.docx", make_docx(
                [f"Anmeldung zum {EVENT}", "Hiermit melde ich mich verbindlich an."],
                [("Name", "Elif Yilmaz"), ("Verein", "Deutsch-Türkischer Elternverein Münster e.V."),
                 ("Arbeitsgruppe", "AG 1 (Bildungssystem)"), ("Personen", "1")]),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 2,
            "<demo-14@mail.example>"),
        "15-haddad-vcard.eml": mail_with(
            "r.haddad@mail.example", "Anmeldung AG 3",
            "Guten Tag,\n\nich melde mich für die Arbeitsgruppe 3 an. Meine Kontaktdaten sind in der "
            "angehängten Visitenkarte.\n\nDanke!\n",
            "Rami Haddad.vcf", make_vcard("Rami Haddad", "Rami", "Haddad", "Syrischer Kulturverein Münster e.V.",
                                          "r.haddad@mail.example"), "text/vcard", 3, "<demo-15@mail.example>"),
    }
    for name, raw in mails.items():
        (HERE / "mails" / name).write_bytes(raw)
    print(f"wrote {FORM.relative_to(HERE.parent)} ({len(blank)} bytes) and {len(mails)} demo mails", file=sys.stderr)


if __name__ == "__main__":
    main()
