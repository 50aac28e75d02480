"""Bytes to text: find the encoding, refuse binary data, repair mojibake.

The order of attempts, most to least certain:

1. a byte order mark (UTF-8, UTF-16, UTF-32);
2. strict UTF-8 (what nearly all news text is today);
3. an encoding the container declared (HTTP or ``<meta>`` charset), if it decodes cleanly;
4. UTF-8 with a few stray bytes (files glued together from two sources): the stray bytes are
   read as windows-1252;
5. charset-normalizer's detection, preferring windows-1252 among equally plausible candidates.

Then ``ftfy`` repairs mojibake (``â€œ`` for ``“``) with a configuration that changes nothing else:
curly quotes, ligatures, full-width characters and HTML entities stay as they are.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer
import ftfy
import ftfy.bad_codecs  # noqa: F401  (registers the "sloppy-windows-1252" codec)

from .limits import ReadError

# windows-1252 that maps its five undefined bytes to the matching C1 controls instead of
# failing: what browsers do, and what lets ftfy undo mojibake that went through those bytes.
WINDOWS_1252 = "sloppy-windows-1252"

# Web reality (WHATWG Encoding Standard): labels for ISO-8859-1 and ASCII mean windows-1252.
_WINDOWS_1252_LABELS = {
    "iso-8859-1",
    "iso8859-1",
    "latin-1",
    "latin1",
    "l1",
    "ascii",
    "us-ascii",
    "cp1252",
    "windows-1252",
}

# charset-normalizer's score of how garbled a decoding looks (0 = clean). Among candidates this
# close to the best, windows-1252 wins: on short Western text the detector often ranks DOS and
# Mac code pages (cp775, mac_latin2) first, which turn "café" into "cafķ".
_WESTERN_PREFERENCE_MARGIN = 0.1

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Mojibake repair only; every other ftfy fix is off so the text keeps its characters.
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    explain=False,
)


class DecodeError(ReadError):
    """The bytes are not text we can read."""


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode bytes of unknown encoding to text (not yet repaired; see ``repair_text``)."""
    bom_encoding = _encoding_from_bom(data)
    if bom_encoding is not None:
        try:
            return data.decode(bom_encoding)
        except UnicodeDecodeError as err:
            raise DecodeError(
                f"undecodable bytes: invalid {bom_encoding} after its byte order mark ({err.reason})"
            ) from None
    if b"\x00" in data:
        raise DecodeError("binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_declared(data, declared) or _decode_mostly_utf8(data) or _decode_detected(data)
    _check_not_binary(text)
    return text


def repair_text(text: str) -> str:
    """Repair mojibake and normalise line breaks (CRLF, CR, U+2028 to LF) and remove control
    characters; everything else is kept as it is."""
    return ftfy.fix_text(text, _FTFY_CONFIG)


def _encoding_from_bom(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def normalise_charset(label: str | None) -> str | None:
    """A Python codec name for a declared charset label, or None when unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _WINDOWS_1252_LABELS:
        return WINDOWS_1252
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _decode_declared(data: bytes, declared: str | None) -> str | None:
    encoding = normalise_charset(declared)
    if encoding is None or encoding == "utf-8":
        return None  # UTF-8 was already tried
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _decode_mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with stray single-byte characters, when valid multi-byte sequences are at least half
    as many as the stray bytes.

    Text in a legacy single-byte encoding rarely forms a valid UTF-8 sequence by chance (an
    accented capital followed by a symbol), so many of them mean UTF-8 with some damage; the
    stray bytes are read as windows-1252, the likeliest source of text pasted into UTF-8."""
    lenient = data.decode("utf-8", errors="surrogateescape")
    stray = len(_STRAY_BYTE.findall(lenient))
    valid_multibyte = len(_VALID_NON_ASCII.findall(lenient))
    if not valid_multibyte or 2 * valid_multibyte < stray:
        return None
    return _STRAY_BYTE.sub(lambda match: _byte_as_windows_1252(match.group()), lenient)


# surrogateescape turns each byte that is not valid UTF-8 into one of these code points
_STRAY_BYTE = re.compile("[\udc80-\udcff]")
_VALID_NON_ASCII = re.compile("[^\x00-\x7f\udc80-\udcff]")


def _byte_as_windows_1252(escaped: str) -> str:
    return bytes([ord(escaped) - 0xDC00]).decode(WINDOWS_1252)


def _decode_detected(data: bytes) -> str:
    matches = charset_normalizer.from_bytes(data, enable_fallback=False)
    best = matches.best()
    if best is None:
        raise _undecodable()
    for match in matches:
        if "cp1252" in match.could_be_from_charset and match.chaos <= best.chaos + _WESTERN_PREFERENCE_MARGIN:
            return data.decode(WINDOWS_1252)
    try:
        # The detector can name an encoding that does not decode the bytes (ascii for random data).
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        raise _undecodable() from None


def _undecodable() -> DecodeError:
    return DecodeError("undecodable bytes: not UTF-8, and no known text encoding fits (binary data?)")


def _check_not_binary(text: str) -> None:
    """Refuse decoded text that is mostly not text: binary data read in a single-byte encoding."""
    controls = len(_CONTROL_CHARS.findall(text))
    if controls >= 5 and controls > len(text) * _MAX_CONTROL_SHARE:
        raise DecodeError(f"binary file ({controls:,} control characters), not text")


# C0 and C1 control characters other than tab, line feed, form feed and carriage return.
_CONTROL_CHARS = re.compile("[\x01-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_MAX_CONTROL_SHARE = 0.01
