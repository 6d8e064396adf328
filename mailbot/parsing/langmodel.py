"""py3langid's model, loaded with one copy of each table and only the languages we use.

py3langid's own loader reads each table into a NumPy array and then copies it
into a stdlib array (the 39 MB state table twice for an instant), and keeps the
142-language probability table (28 MB) for a later set_languages. That instant
was the peak memory of a whole pass. Here each table is read from the model file
in chunks straight into its final array, and only the columns of our languages
are kept. The arrays have the same types, values and layout as the library's, so
every classification is exactly the same.
"""

from __future__ import annotations

import lzma
import shutil
import tempfile
import zipfile
from array import array

import numpy as np

_CHUNK = 1 << 20  # bytes read at a time
_TYPECODE = {2: "H", 4: "I", 8: "L"}  # as py3langid.modelio._to_array


def load_identifier(languages: list[str]):
    """A LanguageIdentifier (norm_probs) restricted to `languages`, like set_languages(languages)."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    # The npz inside the .xz is a zip, which needs seeking: decompress to a temporary file
    # (as py3langid does), so the uncompressed 68 MB are never in memory at once.
    with tempfile.TemporaryFile(suffix=".npz") as tmp:
        with lzma.open(MODEL_DIR / MODEL_FILE) as src:
            shutil.copyfileobj(src, tmp, length=_CHUNK)
        tmp.seek(0)
        with zipfile.ZipFile(tmp) as npz:
            classes = _read_small(npz, "classes").tolist()
            unknown = set(languages) - set(classes)
            if unknown:
                raise ValueError(f"Unknown language code(s): {unknown}")
            keep = [i for i, c in enumerate(classes) if c in set(languages)]
            ptc = _read_columns(npz, "ptc", keep)
            pc = _read_small(npz, "pc")[keep]
            nextmove = _read_stdlib_array(npz, "nextmove")
            row = _read_stdlib_array(npz, "nextmove_row")
            output = _read_small(npz, "out_feat").tolist()
    return LanguageIdentifier(ptc, pc, [classes[i] for i in keep], nextmove, output, norm_probs=True, tk_row=row)


def _open_npy(npz: zipfile.ZipFile, name: str):
    """The member's stream positioned at the data, and its (shape, dtype)."""
    f = npz.open(f"{name}.npy")
    version = np.lib.format.read_magic(f)
    read_header = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
    shape, fortran, dtype = read_header(f)
    if fortran or dtype.hasobject:
        raise ValueError(f"unexpected layout of {name} in the language model")
    return f, shape, dtype


def _read_small(npz: zipfile.ZipFile, name: str) -> np.ndarray:
    with npz.open(f"{name}.npy") as f:
        return np.lib.format.read_array(f, allow_pickle=False)


def _read_columns(npz: zipfile.ZipFile, name: str, keep: list[int]) -> np.ndarray:
    """Only the kept columns of a 2-D table, a block of rows at a time."""
    f, (rows, cols), dtype = _open_npy(npz, name)
    out = np.empty((rows, len(keep)), dtype=dtype)
    step = max(1, _CHUNK // (cols * dtype.itemsize))
    with f:
        for start in range(0, rows, step):
            count = min(step, rows - start)
            block = np.frombuffer(_read_exactly(f, count * cols * dtype.itemsize), dtype=dtype)
            out[start:start + count] = block.reshape(count, cols)[:, keep]
    # set_languages' nb_ptc[:, keep] is Fortran-ordered; the same layout keeps the sums' order the same
    return np.asfortranarray(out)


def _read_stdlib_array(npz: zipfile.ZipFile, name: str) -> array:
    """A 1-D unsigned table read straight into the stdlib array the DFA walk indexes (no NumPy copy)."""
    f, shape, dtype = _open_npy(npz, name)
    if len(shape) != 1 or dtype.kind != "u" or not dtype.isnative:
        raise ValueError(f"unexpected layout of {name} in the language model")
    out = array(_TYPECODE[dtype.itemsize], [0]) * shape[0]
    if out.itemsize != dtype.itemsize:
        raise ValueError(f"unexpected item size of {name} in the language model")
    view = memoryview(out).cast("B")
    with f:
        for start in range(0, len(view), _CHUNK):
            view[start:start + _CHUNK] = _read_exactly(f, min(_CHUNK, len(view) - start))
    return out


def _read_exactly(f, size: int) -> bytes:
    data = f.read(size)
    if len(data) != size:
        raise ValueError("the language model file is truncated")
    return data
