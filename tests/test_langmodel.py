"""mailbot's own reading of py3langid's model: the same answers as the library, no NumPy."""

from __future__ import annotations

import email
import email.policy
import lzma
import mailbox
import os
import random
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from mailbot.parsing import langmodel
from mailbot.parsing.language import LATIN_LANGUAGES

MAILS = Path(__file__).parent / "mails" / "parse"

SENTENCES = [
    "Hiermit melde ich mich und meine Kollegin für die Arbeitsgruppe zur Bildung an.",
    "I would like to register for the workshop on funding, my colleague will join me.",
    "Merhaba, derneğimiz adına iki kişi olarak ikinci çalışma grubuna katılmak istiyoruz.",
    "Bonjour, je voudrais m'inscrire à l'atelier sur l'avenir de la ville avec mon mari.",
    "Dzień dobry, chciałabym zapisać się na warsztaty dotyczące edukacji, pozdrawiam serdecznie.",
    "Hola, quisiera inscribirme en el grupo de trabajo sobre la financiación de asociaciones.",
    "Buongiorno, vorrei iscrivermi al gruppo di lavoro sul futuro della città insieme a mia moglie.",
    "Olá, gostaria de me inscrever no grupo de trabalho sobre educação, obrigado pela organização.",
    "Goedendag, ik wil mij graag aanmelden voor de werkgroep over de toekomst van de stad.",
    "Bună ziua, aș dori să mă înscriu la grupul de lucru despre finanțarea asociațiilor.",
    "Përshëndetje, dëshiroj të regjistrohem në grupin e punës për arsimin, faleminderit.",
    "Poštovani, želio bih se prijaviti na radnu skupinu o budućnosti grada, srdačan pozdrav.",
    "Xin chào, tôi muốn đăng ký tham gia nhóm làm việc về giáo dục cùng với vợ tôi.",
    "Silav, ez dixwazim bi hevala xwe re beşdarî koma xebatê ya li ser perwerdehiyê bibim.",
    "Salaan, waxaan jeclaan lahaa inaan ka qayb galo kooxda shaqada ee waxbarashada, mahadsanid.",
    "Habari, ningependa kujiandikisha kwa kikundi cha kazi kuhusu elimu pamoja na mke wangu.",
    # the reply clients' languages (language.LATIN_LANGUAGES, in its order)
    "Hej, jeg vil gerne tilmelde mig arbejdsgruppen om uddannelse sammen med min kollega.",
    "Hej, jag vill gärna anmäla mig till arbetsgruppen om utbildning tillsammans med min kollega.",
    "Hei, jeg vil gjerne melde meg på arbeidsgruppen om utdanning sammen med kollegaen min.",
    "Hei, haluaisin ilmoittautua koulutusta käsittelevään työryhmään yhdessä kollegani kanssa.",
    "Jó napot, szeretnék jelentkezni az oktatással foglalkozó munkacsoportba a kollégámmal együtt.",
    "Bon dia, m'agradaria inscriure'm al grup de treball sobre educació amb la meva companya.",
    # Czech, Slovak, Lithuanian (session 6)
    "Dobrý den, rád bych se přihlásil do pracovní skupiny o vzdělávání společně s kolegyní.",
    "Dobrý deň, chcel by som sa prihlásiť do pracovnej skupiny o vzdelávaní spolu s kolegyňou.",
    "Laba diena, norėčiau užsiregistruoti į darbo grupę apie švietimą kartu su kolege.",
    # Tagalog, Indonesian (vocab/tl.toml, id.toml)
    "Magandang araw po, gusto kong magparehistro sa pangkat tungkol sa edukasyon kasama ang aking asawa.",
    "Selamat siang, saya ingin mendaftar di kelompok kerja tentang pendidikan bersama istri saya.",
    "GUTEN TAG, ICH KOMME MIT ZWEI PERSONEN ZUR AG 3.",
    "ok", "AG 2", "Danke!", "",
]


def _texts() -> list[str]:
    texts = list(SENTENCES)
    for path in sorted(MAILS.glob("*.eml")):
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        body = msg.get_body(("plain", "html"))
        if body is not None:
            text = body.get_content()
            texts.append(text)
            texts.extend(line for line in text.splitlines() if line.strip())
    words = " ".join(texts).split()
    rnd = random.Random(7)
    texts.extend(" ".join(rnd.choice(words) for _ in range(rnd.randint(1, 40))) for _ in range(200))
    return texts


@pytest.fixture(scope="module")
def ours():
    return langmodel.load_identifier(LATIN_LANGUAGES)


def test_same_language_and_confidence_as_py3langid(ours):
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    theirs = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    theirs.set_languages(LATIN_LANGUAGES)
    texts = _texts()
    assert len(texts) > 300
    for text in texts:
        lang, conf = ours.classify(text)
        their_lang, their_conf = theirs.classify(text)
        # float32 columns: confidences agree to 1e-3, not always after rounding (0.5825 vs 0.5824)
        assert (lang, conf) == (their_lang, pytest.approx(their_conf, abs=1e-3)), text


def test_only_the_asked_languages(ours):
    assert sorted(set(ours.classes)) == sorted(LATIN_LANGUAGES)
    assert {ours.classify(s)[0] for s in SENTENCES[:len(LATIN_LANGUAGES)]} == set(LATIN_LANGUAGES)


def test_unknown_language_is_refused():
    with pytest.raises(ValueError, match="xx"):
        langmodel.load_identifier(["de", "xx"])


def test_a_broken_model_file_is_a_clear_error(tmp_path):
    truncated = tmp_path / "truncated.npz.xz"
    data = lzma.decompress(langmodel.model_path().read_bytes())
    with zipfile.ZipFile(tmp_path / "whole.npz", "w") as whole:  # every member, the big table cut short
        with zipfile.ZipFile(__import__("io").BytesIO(data)) as src:
            for name in src.namelist():
                member = src.read(name)
                whole.writestr(name, member[:len(member) // 2] if name == "nextmove.npy" else member)
    truncated.write_bytes(lzma.compress((tmp_path / "whole.npz").read_bytes(), preset=0))
    with pytest.raises(ValueError, match="truncated"):
        langmodel.load_identifier(["de"], truncated)
    not_npy = tmp_path / "not-npy.npz.xz"
    with zipfile.ZipFile(tmp_path / "odd.npz", "w") as odd:
        odd.writestr("classes.npy", b"no array here")
    not_npy.write_bytes(lzma.compress((tmp_path / "odd.npz").read_bytes()))
    with pytest.raises(ValueError, match="not an .npy array"):
        langmodel.load_identifier(["de"], not_npy)


def test_the_mailbot_program_never_loads_numpy(maildir_config_file, tmp_path):
    # The worker parses (language model) and stores (sqlite-utils, which would import
    # NumPy if it could): neither may cost the 15 MB NumPy takes.
    box = mailbox.Maildir(tmp_path / "Maildir")
    box.add(b"From: Ana Silva <ana@verein.example>\r\nTo: mso-tag@muenster.example\r\nSubject: Anmeldung\r\n"
            b"Message-ID: <np@verein.example>\r\n\r\nHiermit melde ich mich verbindlich zur AG 2 an.\r\n"
            b"Viele Gruesse\r\nAna Silva\r\n")
    box.close()
    probe = ("import atexit, runpy, sys\n"
             "loaded = lambda name: sys.modules.get(name) is not None\n"
             "atexit.register(lambda: print('MODULES', loaded('numpy'), loaded('sqlite_utils'),"
             " loaded('mailbot.parsing.langmodel')))\n"
             "sys.argv = ['mailbot', 'run-once', '--config', sys.argv[1]]\n"
             "runpy.run_module('mailbot', run_name='__main__', alter_sys=True)\n")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])}
    done = subprocess.run([sys.executable, "-c", probe, str(maildir_config_file)], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "MODULES False True True" in done.stdout
