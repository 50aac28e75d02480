"""Read stage: files, directories, globs and stdin in, ``Source`` records (or ``Problem``s) out.

Formats, by extension: plain text and Markdown (``.txt``, ``.md``), HTML pages (``.html``,
``.htm``; main text and metadata with trafilatura), JSON and JSON Lines records (``.json``,
``.jsonl``) and WARC crawls (``.warc``, ``.warc.gz``). Encodings are detected and mojibake is
repaired; bad input of every kind becomes a one-line ``Problem`` and the rest goes on.
"""

from .dates import parse_published
from .limits import MAX_FILE_BYTES
from .paths import SUPPORTED_EXTENSIONS
from .sources import iter_sources

__all__ = ["MAX_FILE_BYTES", "SUPPORTED_EXTENSIONS", "iter_sources", "parse_published"]
