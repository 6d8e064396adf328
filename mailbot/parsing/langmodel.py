"""py3langid's language model and its naive Bayes classifier, in plain Python.

py3langid ships a trained model (no download) and a classifier built on NumPy.
Importing NumPy costs about 15 MB in every process that parses, and the model's
tables as the library loads them hold every one of its 142 languages plus Python
lists of 100,000 ints. mailbot only needs the model's answer for a dozen Latin-
script languages (the script settles the rest), so this module reads the model
file itself, in chunks, straight into compact stdlib arrays holding only those
languages' columns, and scores with the same arithmetic as py3langid 0.4's
`LanguageIdentifier.classify` (norm_probs=True): a byte-level DFA walk that
counts features, then log(1 + count) times each feature's log-probability per
language, plus the language's prior. tests/test_langmodel.py checks that both
give the same language on a few hundred texts.

The model file is an .npz (a zip of .npy arrays, a documented format: NEP 1)
compressed with xz; it is found without importing py3langid (whose package
imports NumPy).
"""

from __future__ import annotations

import ast
import importlib.util
import lzma
import math
import shutil
import struct
import sys
import tempfile
import unicodedata
import zipfile
from array import array
from collections import Counter
from pathlib import Path

_CHUNK = 1 << 16  # bytes read at a time: small, so loading never holds a big transient copy
_MAX_WALKS = 4_000  # words walked and kept (Identifier._features): 1.6 MB (~400 bytes a word), then forgotten
_MAX_KEPT_WORD = 24  # bytes of the longest word kept (longer: walked each time): at most ~4 MB whatever the mail
_MODEL_FILE = ("data", "model.npz.xz")
_UNSIGNED = {2: "H", 4: "I", 8: "Q"}
_SIGNED = {2: "h", 4: "i", 8: "q"}
_FLOAT = {2: "e", 4: "f", 8: "d"}


class Identifier:
    """Naive Bayes over byte n-gram features, restricted to a few languages."""

    def __init__(self, classes: list[str], prior: list[float], table: array,
                 nextmove: array, rowbase: array, output: array):
        self.classes = classes  # one per language; a label may appear twice (script aliases)
        self.prior = prior  # log P(language)
        # log P(feature | language), one row per feature (its languages side by side): a text's
        # ~160 features are read as ~160 rows, not as 160 places in each of 22 columns of 100,000
        # (cache misses made the scoring two thirds of the language check on a mail)
        self.table = table
        self.nextmove = nextmove  # DFA: next state = nextmove[rowbase[state] + byte]
        self.rowbase = rowbase
        self.output = output  # per state: the feature it completes, or -1
        self._walks: dict[tuple[int, bytes], tuple[int, tuple[int, ...]]] = {}  # see _features

    def classify(self, text: str) -> tuple[str, float]:
        """(language, probability) for `text`, as py3langid's classify with norm_probs=True."""
        data = _encode(text)
        counts = self._features(data)
        scores = self._scores(counts) if counts else [0.0] * len(self.classes)  # nothing to go on: uniform
        # Softmax at temperature sqrt(bytes), as py3langid calibrates across text lengths.
        scale = 1.0 / math.sqrt(len(data) or 1)
        top = max(scores) * scale
        probs = [math.exp(s * scale - top) for s in scores]
        total = sum(probs)
        probs = [p / total for p in probs]
        first: dict[str, int] = {}
        for i, label in enumerate(self.classes):  # an aliased label's columns add up in its first
            if label in first:
                probs[first[label]] += probs[i]
                probs[i] = 0.0
            else:
                first[label] = i
        best = max(range(len(probs)), key=probs.__getitem__)
        return self.classes[best], probs[best]

    def _scores(self, counts: Counter) -> list[float]:
        """Per language: prior + sum of log(1 + count) * log P(feature | language)."""
        # Most features occur once: grouped by count, each group's rows are summed per language
        # (zip turns the rows into one tuple per language, features in order) and weighted once.
        groups: dict[int, list[int]] = {}
        for feature, count in counts.items():
            groups.setdefault(count, []).append(feature)
        scores = list(self.prior)
        table, n = self.table, len(self.classes)
        for count, features in groups.items():
            weight = math.log1p(count)
            for k, total in enumerate(map(sum, zip(*[table[f * n:f * n + n] for f in features]))):
                scores[k] += weight * total
        return scores

    def _features(self, data: bytes) -> Counter:
        # The walk is a pure function of (state, bytes): it is taken a word at a time (each with the
        # space after it), and a word already walked from the same state is looked up, not walked
        # again. Writers repeat their words, and mails each other's: the byte loop in Python was a
        # third of the language check. The features come out in the same order, so the Counter (whose
        # order the scores' sums follow) is the same.
        state, found = 0, []
        walks = self._walks
        pieces = data.split(b" ")
        last = len(pieces) - 1
        for i, piece in enumerate(pieces):
            key = (state, piece + b" " if i < last else piece)
            walked = walks.get(key)
            if walked is None:
                walked = self._walk(*key)
                if len(piece) <= _MAX_KEPT_WORD:  # (a run of 800 letters, as a hostile mail sends, is not kept)
                    if len(walks) >= _MAX_WALKS:
                        walks.clear()
                    walks[key] = walked
            state = walked[0]
            found += walked[1]
        return Counter(found)

    def _walk(self, state: int, data: bytes) -> tuple[int, tuple[int, ...]]:
        """(the DFA's state after data, the features completed on the way, in order)."""
        nextmove, rowbase, output = self.nextmove, self.rowbase, self.output
        found = []
        append = found.append
        for byte in data:
            state = nextmove[rowbase[state] + byte]
            feature = output[state]
            if feature >= 0:
                append(feature)
        return state, tuple(found)


def _encode(text: str) -> bytes:
    # As py3langid: all-caps text is lowercased, then NFC, then UTF-8.
    if text.isupper():
        text = text.lower()
    return unicodedata.normalize("NFC", text).encode("utf-8", errors="surrogatepass")


def model_path() -> Path:
    """py3langid's model file, located without importing the package."""
    spec = importlib.util.find_spec("py3langid")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("py3langid is not installed (pip install py3langid)")
    return Path(list(spec.submodule_search_locations)[0]).joinpath(*_MODEL_FILE)


def load_identifier(languages: list[str], path: Path | None = None) -> Identifier:
    """The classifier restricted to `languages` (ISO 639-1 codes the model knows)."""
    # The .npz inside the .xz is a zip, which needs seeking: decompress to a temporary file
    # (as py3langid does), so its uncompressed 68 MB are never in memory.
    with tempfile.TemporaryFile(suffix=".npz") as tmp:
        with lzma.open(path or model_path()) as src:
            shutil.copyfileobj(src, tmp, length=_CHUNK)
        tmp.seek(0)
        with zipfile.ZipFile(tmp) as npz:
            classes = _read_strings(npz, "classes")
            unknown = set(languages) - set(classes)
            if unknown:
                raise ValueError(f"Unknown language code(s): {sorted(unknown)}")
            keep = [i for i, c in enumerate(classes) if c in set(languages)]
            prior = _read_numbers(npz, "pc", "f")
            table = _read_rows(npz, "ptc", keep)
            nextmove = _read_array(npz, "nextmove", unsigned=True)
            rows = _read_array(npz, "nextmove_row", unsigned=True)
            output = _read_array(npz, "out_feat", unsigned=False)
    rowbase = array("I", [r << 8 for r in rows])  # each state's row, pre-shifted for the walk
    if len(rowbase) != len(output) or len(nextmove) % 256 or max(rows) >= len(nextmove) // 256:
        raise ValueError("the language model's tables do not fit together")
    return Identifier([classes[i] for i in keep], [prior[i] for i in keep], table, nextmove, rowbase, output)


# --- the .npy format (NEP 1) ------------------------------------------------------------


def _open_npy(npz: zipfile.ZipFile, name: str):
    """The member's stream positioned at the data, and its (shape, kind, item size, byte order)."""
    f = npz.open(f"{name}.npy")
    if f.read(6) != b"\x93NUMPY":
        raise ValueError(f"{name} in the language model is not an .npy array")
    major = f.read(2)[0]
    size = int.from_bytes(f.read(2 if major == 1 else 4), "little")
    header = ast.literal_eval(f.read(size).decode("latin-1"))
    descr, shape = header["descr"], tuple(header["shape"])
    if header["fortran_order"] or not isinstance(descr, str) or descr[0] not in "<>|=":
        raise ValueError(f"unexpected layout of {name} in the language model")
    order = {"<": "little", ">": "big"}.get(descr[0], sys.byteorder)
    return f, shape, descr[1], int(descr[2:]), order


def _read_exactly(f, size: int) -> bytes:
    data = f.read(size)
    if len(data) != size:
        raise ValueError("the language model file is truncated")
    return data


def _read_array(npz: zipfile.ZipFile, name: str, *, unsigned: bool) -> array:
    """A 1-D integer table, read in chunks straight into a stdlib array of its final size."""
    f, shape, kind, itemsize, order = _open_npy(npz, name)
    if len(shape) != 1 or kind != ("u" if unsigned else "i"):
        raise ValueError(f"unexpected type of {name} in the language model")
    out = array((_UNSIGNED if unsigned else _SIGNED)[itemsize], [0]) * shape[0]
    if out.itemsize != itemsize:
        raise ValueError(f"unexpected item size of {name} in the language model")
    view = memoryview(out).cast("B")  # allocated once: growing it would leave freed gaps behind
    with f:
        for start in range(0, len(view), _CHUNK):
            view[start:start + _CHUNK] = _read_exactly(f, min(_CHUNK, len(view) - start))
    view.release()
    if order != sys.byteorder:
        out.byteswap()
    return out


def _read_numbers(npz: zipfile.ZipFile, name: str, kind: str) -> list[float]:
    f, shape, got, itemsize, order = _open_npy(npz, name)
    if len(shape) != 1 or got != kind:
        raise ValueError(f"unexpected type of {name} in the language model")
    with f:
        data = _read_exactly(f, shape[0] * itemsize)
    return list(struct.unpack(f"{'<' if order == 'little' else '>'}{shape[0]}{_FLOAT[itemsize]}", data))



def _read_rows(npz: zipfile.ZipFile, name: str, keep: list[int]) -> array:
    """Only the kept columns of a row-major 2-D float table, still row-major, as one float32 array
    (row r, kept column j at r * len(keep) + j)."""
    f, shape, kind, itemsize, order = _open_npy(npz, name)
    if len(shape) != 2 or kind != "f":
        raise ValueError(f"unexpected type of {name} in the language model")
    rows, cols = shape
    n = len(keep)
    step = max(1, _CHUNK // (cols * itemsize))  # whole rows per read
    out = array("f", [0.0]) * (rows * n)  # final size at once, as in _read_array
    code = f"{'<' if order == 'little' else '>'}{{}}{_FLOAT[itemsize]}"
    with f:
        for start in range(0, rows, step):
            count = min(step, rows - start)
            values = struct.unpack(code.format(count * cols), _read_exactly(f, count * cols * itemsize))
            for j, k in enumerate(keep):
                out[start * n + j:(start + count) * n:n] = array("f", values[k::cols])
    return out


def _read_strings(npz: zipfile.ZipFile, name: str) -> list[str]:
    f, shape, kind, itemsize, order = _open_npy(npz, name)
    if len(shape) != 1 or kind != "U":
        raise ValueError(f"unexpected type of {name} in the language model")
    with f:  # fixed-width UTF-32, padded with NULs
        data = _read_exactly(f, shape[0] * itemsize * 4)
    codec = "utf-32-le" if order == "little" else "utf-32-be"
    width = itemsize * 4
    return [data[i:i + width].decode(codec).rstrip("\x00") for i in range(0, len(data), width)]
