"""Working out how a CSV file is written (encoding, delimiter, header) and reading it safely.

Every read is bounded: a line longer than ``MAX_LINE`` characters or a cell
longer than ``MAX_CELL`` stops with a message naming the line, so a 50 MB line
or a quote that is never closed can neither fill the memory nor hang. Any
file that cannot be read raises ``ImportFileError`` (file and line), never a
traceback.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TextIO

from babel.numbers import format_decimal

from crm_desktop.domain.errors import ImportFileError
from crm_desktop.i18n import QT_TRANSLATE_NOOP, current_locale, translate

MAX_LINE = 1_000_000  # characters in one physical line
MAX_CELL = 1_000_000  # characters in one cell (quoted cells may span lines)
_SAMPLE_BYTES = 256 * 1024
_MAX_TITLE_LINES = 10  # lines of title and blank lines looked past for the header row
_CHUNK = 1024 * 1024
DELIMITERS = (",", ";", "\t", "|")
# How a file is written, said for people ("UTF-8 with BOM, semicolon-separated").
_ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": QT_TRANSLATE_NOOP("import", "UTF-8 with BOM"),
    "cp1252": "Windows-1252 (Latin-1)",
    "utf-16": QT_TRANSLATE_NOOP("import", "UTF-16 (Excel Unicode text)"),
    "utf-16-le": QT_TRANSLATE_NOOP("import", "UTF-16 little-endian without BOM"),
    "utf-16-be": QT_TRANSLATE_NOOP("import", "UTF-16 big-endian without BOM"),
}
_SEPARATED = {
    ",": QT_TRANSLATE_NOOP("import", "{encoding}, comma-separated"),
    ";": QT_TRANSLATE_NOOP("import", "{encoding}, semicolon-separated"),
    "\t": QT_TRANSLATE_NOOP("import", "{encoding}, tab-separated"),
    "|": QT_TRANSLATE_NOOP("import", "{encoding}, separated by vertical bars"),
}
# Bytes cp1252 leaves undefined: text holding them is in no encoding we know.
_CP1252_HOLES = frozenset(b"\x81\x8d\x8f\x90\x9d")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_NUMBER = re.compile(r"^[+\-]?[\d.,\s]+$")

csv.field_size_limit(MAX_CELL)


@dataclass(frozen=True)
class CsvFormat:
    """How a file is written, as ``sniff_csv`` found it (a wizard may change any of it)."""

    encoding: str  # a Python codec name: "utf-8", "utf-8-sig", "cp1252", "utf-16"
    delimiter: str
    has_header: bool
    header: tuple[str, ...]  # the column names ("Column 1", ... when there is no header)
    skip_lines: int = 0  # lines before the header (Excel's "sep=;" line, a title, blank lines)

    @property
    def description(self) -> str:
        """For people, in their language: "UTF-8 with BOM, semicolon-separated"."""
        known = _ENCODING_NAMES.get(self.encoding)
        name = translate("import", known) if known else self.encoding
        separated = _SEPARATED.get(self.delimiter)
        if separated is None:
            text = translate("import", "{encoding}, separated by {delimiter}")
            return text.format(encoding=name, delimiter=repr(self.delimiter))
        return translate("import", separated).format(encoding=name)


def detect_encoding(path: Path) -> str:
    """The codec the whole file decodes with: BOMs first, then UTF-8, then cp1252.

    Raises:
        ImportFileError: empty, binary, or in an encoding we cannot tell.
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(_SAMPLE_BYTES)
            if not head.strip(b"\r\n\t \xef\xbb\xbf\xff\xfe\x00"):
                raise ImportFileError(path, translate("import", "the file is empty"))
            if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                return "utf-16"
            bare_utf16 = _utf16_without_bom(head)
            if bare_utf16:
                return bare_utf16
            if b"\x00" in head:
                raise ImportFileError(
                    path,
                    translate(
                        "import", "this is not a text file (it holds binary data); save it as CSV"
                    ),
                )
            bom = head.startswith(codecs.BOM_UTF8)
            handle.seek(0)
            if _decodes_as_utf8(handle):
                return "utf-8-sig" if bom else "utf-8"
            handle.seek(0)
            _check_cp1252(path, handle)
            return "cp1252"
    except OSError as error:
        raise ImportFileError(path, _cannot_read(error)) from None


def _utf16_without_bom(head: bytes) -> str | None:
    """The codec of UTF-16 text written without a BOM ("utf-16-le", "utf-16-be"), else None.

    Mostly Latin text in UTF-16 has a NUL byte beside every character: at the
    odd offsets in little-endian, the even ones in big-endian. Binary data
    has its NULs anywhere, so both halves are checked, and the text must decode.
    """
    sample = head[: len(head) - len(head) % 2]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    # Some non-Latin characters (Å is 0xC5 0x00, but 山 0x71 0x5C) have no NUL: most do.
    for zeros, others, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.7 * len(zeros) and others.count(0) <= 0.05 * len(others):
            try:
                text = sample.decode(codec)
            except UnicodeDecodeError:
                # A sample cut inside a surrogate pair: drop the last character.
                try:
                    text = sample[:-2].decode(codec)
                except UnicodeDecodeError:
                    return None
            return None if _CONTROL.search(text) else codec
    return None


def _decodes_as_utf8(handle: BinaryIO) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")()
    read = handle.read
    while chunk := read(_CHUNK):
        try:
            decoder.decode(chunk)
        except UnicodeDecodeError:
            return False
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _check_cp1252(path: Path, handle: BinaryIO) -> None:
    line = 1
    read = handle.read
    while chunk := read(_CHUNK):
        holes = [i for i, byte in enumerate(chunk) if byte in _CP1252_HOLES]
        if holes:
            line += chunk[: holes[0]].count(b"\n")
            text = translate(
                "import",
                "unknown text encoding (byte {byte} is not UTF-8 or Windows-1252);"
                " save the file as CSV UTF-8",
            )
            raise ImportFileError(path, text.format(byte=f"0x{chunk[holes[0]]:02X}"), line)
        line += chunk.count(b"\n")


def bounded_lines(path: Path, handle: TextIO, first_line: int = 1) -> Iterator[str]:
    """The file's physical lines, refusing any longer than ``MAX_LINE`` characters."""
    number = first_line
    while True:
        try:
            text = handle.readline(MAX_LINE + 1)
        except UnicodeDecodeError as error:
            text = translate("import", "not readable as text: {reason}")
            raise ImportFileError(path, text.format(reason=error.reason), number) from None
        if not text:
            return
        if len(text) > MAX_LINE:
            text = translate(
                "import", "the line is longer than {limit} characters (not a CSV file?)"
            )
            raise ImportFileError(path, text.format(limit=_count(MAX_LINE)), number)
        if _CONTROL.search(text):
            raise ImportFileError(
                path,
                translate("import", "this is not a text file (it holds control characters)"),
                number,
            )
        yield text
        number += 1


def _open(path: Path, encoding: str) -> TextIO:
    try:
        return path.open(encoding=encoding, newline="", errors="strict")
    except OSError as error:
        raise ImportFileError(path, _cannot_read(error)) from None


def _sample_lines(path: Path, encoding: str, limit: int = 60) -> list[str]:
    lines: list[str] = []
    size = 0
    with _open(path, encoding) as handle:
        for text in bounded_lines(path, handle):
            lines.append(text)
            size += len(text)
            if len(lines) >= limit or size > _SAMPLE_BYTES:
                break
    return lines


def _rows(lines: list[str], delimiter: str) -> list[list[str]]:
    try:
        return [r for r in csv.reader(lines, delimiter=delimiter) if any(c.strip() for c in r)]
    except csv.Error:
        return []


def _delimiter(lines: list[str]) -> str:
    """The candidate giving the most rows as wide as the first one (and wider than one)."""
    best, best_score = ",", (-1, 0)
    # The last sampled line may be cut inside a quoted cell: leave it out when we can.
    sample = lines[:-1] if len(lines) > 2 else lines
    for candidate in DELIMITERS:
        rows = _rows(sample, candidate)
        if not rows or len(rows[0]) < 2:
            continue
        width = len(rows[0])
        score = (sum(1 for r in rows if len(r) == width), width)
        if score > best_score:
            best, best_score = candidate, score
    return best


def _common_width(rows: list[list[str]], first: int) -> int:
    """The width most rows have (the first row's on a tie, then the wider)."""
    counts = Counter(len(r) for r in rows)
    return max(counts, key=lambda w: (counts[w], w == first, w)) if counts else 0


def _cells(line: str, delimiter: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return [line]


def _title_lines(lines: list[str], delimiter: str) -> tuple[str, int]:
    """The delimiter and how many lines come before the header row (0 for most files).

    Some exports start with a title ("Contacts export 2026") and blank lines:
    when the first row is narrower than most rows, the header is the first of
    the next few lines as wide as most rows that reads as column names, after
    lines all narrower than it.
    """
    sample = lines[:-1] if len(lines) > 2 else lines
    rows = _rows(sample, delimiter)
    first = len(rows[0]) if rows else 0
    if first >= 2 and _common_width(rows, first) == first and not _title_like(rows[0], first):
        return delimiter, 0  # the usual file: the header is as wide as the rows
    found: list[tuple[int, str, int]] = []  # rows as wide as the header, delimiter, title lines
    for candidate in DELIMITERS:
        rows = _rows(sample, candidate)
        width = _common_width(rows, 0)
        if width < 2:
            continue
        for index, line in enumerate(lines[: _MAX_TITLE_LINES + 1]):
            if not line.strip():
                continue
            cells = [c.lstrip("\ufeff").strip() for c in _cells(line, candidate)]
            if index and len(cells) == width and _names_columns(cells):
                found.append((sum(1 for r in rows if len(r) == width), candidate, index))
                break
            if len(cells) > width or not _title_like(cells, width):
                break  # neither title nor header: the file is read as it is
    if not found:
        return delimiter, 0
    _, best, skip = max(found)
    return best, skip


def _title_like(cells: list[str], width: int) -> bool:
    """A title line names at most half the columns ("Contacts export 2026", padded or not)."""
    return sum(1 for c in cells if c.strip()) <= width // 2


def _names_columns(cells: list[str]) -> bool:
    """Whether a row reads as column names: every cell named, each name once, no data."""
    return all(cells) and len(set(cells)) == len(cells) and not _looks_like_data(cells)


def _looks_like_data(row: list[str]) -> bool:
    """A first row of e-mails or numbers is data, not column names."""
    cells = [c.strip() for c in row if c.strip()]
    return bool(cells) and any(_EMAIL.match(c) or _NUMBER.match(c) for c in cells)


def sniff_csv(path: Path | str) -> CsvFormat:
    """Find the encoding, delimiter and header row of a CSV file.

    Raises:
        ImportFileError: the file cannot be read as CSV (empty, binary, unknown
            encoding, a line too long); the message says where.
    """
    path = Path(path)
    encoding = detect_encoding(path)
    lines = _sample_lines(path, encoding)
    skip = 0
    while lines and not lines[0].strip():
        lines.pop(0)
        skip += 1
    if not lines:
        raise ImportFileError(path, translate("import", "the file is empty"))
    first = lines[0].lstrip("\ufeff").strip()
    if first.lower().startswith("sep=") and len(first) == 5:
        # Excel's own hint line: "sep=;" names the delimiter.
        delimiter = first[4]
        lines.pop(0)
        skip += 1
        if not lines:
            raise ImportFileError(
                path, translate("import", "the file has no rows after its sep= line")
            )
    else:
        delimiter = _delimiter(lines)
    delimiter, title = _title_lines(lines, delimiter)
    lines = lines[title:]
    skip += title
    rows = _rows(lines, delimiter)
    if not rows:
        raise ImportFileError(path, translate("import", "no rows could be read"), skip + 1)
    head = [c.lstrip("\ufeff").strip() for c in rows[0]]
    has_header = _names_columns(head)
    header = tuple(head) if has_header else tuple(f"Column {i}" for i in range(1, len(head) + 1))
    return CsvFormat(encoding, delimiter, has_header, header, skip)


def reformat(
    path: Path | str,
    fmt: CsvFormat,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    has_header: bool | None = None,
) -> CsvFormat:
    """``fmt`` with what the user chose instead of what was sniffed; the header read again.

    Raises:
        ImportFileError: the file does not read that way (the message says where).
    """
    path = Path(path)
    encoding = encoding or fmt.encoding
    delimiter = delimiter or fmt.delimiter
    has_header = fmt.has_header if has_header is None else has_header
    try:
        codecs.lookup(encoding)
    except LookupError:
        text = translate("import", "{encoding} is not a text encoding")
        raise ImportFileError(path, text.format(encoding=repr(encoding))) from None
    lines = _sample_lines(path, encoding)[fmt.skip_lines :]
    rows = _rows(lines, delimiter)
    if not rows:
        raise ImportFileError(
            path, translate("import", "no rows could be read that way"), fmt.skip_lines + 1
        )
    head = [c.lstrip("\ufeff").strip() for c in rows[0]]
    header = (
        tuple(h or f"Column {i}" for i, h in enumerate(head, start=1))
        if has_header
        else tuple(f"Column {i}" for i in range(1, len(head) + 1))
    )
    return CsvFormat(encoding, delimiter, has_header, header, fmt.skip_lines)


@dataclass(frozen=True)
class CsvRow:
    line: int  # where the row starts (a quoted cell may continue on later lines)
    cells: tuple[str, ...]


def read_rows(path: Path | str, fmt: CsvFormat) -> Iterator[CsvRow]:
    """The data rows, each as wide as the header (blank lines left out).

    Raises:
        ImportFileError: a row wider or narrower than the header, a line or
            cell too long, bytes the encoding cannot read; naming the line.
    """
    path = Path(path)
    width = len(fmt.header)
    with _open(path, fmt.encoding) as handle:
        lines = bounded_lines(path, handle)
        for _ in range(fmt.skip_lines):
            next(lines, None)
        # strict: a quote left open at the end of the file is an error, not one huge cell.
        reader = csv.reader(lines, delimiter=fmt.delimiter, strict=True)
        start = fmt.skip_lines + 1
        first = True
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                raise ImportFileError(path, _csv_reason(error), start) from None
            line, start = start, fmt.skip_lines + reader.line_num + 1
            if first:
                first = False
                if fmt.has_header:
                    continue
            if not any(c.strip() for c in cells):
                continue
            if len(cells) != width:
                # Excel leaves out trailing empty cells at times; extra empty cells are harmless.
                extra = cells[width:]
                if len(cells) > width and not any(c.strip() for c in extra):
                    cells = cells[:width]
                else:
                    text = translate(
                        "import",
                        "this row has {cells} cells but the header has {width}"
                        " (a stray delimiter or quote?)",
                    )
                    raise ImportFileError(path, text.format(cells=len(cells), width=width), line)
            yield CsvRow(line, tuple(cells))


def _csv_reason(error: csv.Error) -> str:
    text = str(error)
    if "field larger than field limit" in text:
        reason = translate(
            "import", "a cell is longer than {limit} characters (a quote never closed?)"
        )
        return reason.format(limit=_count(MAX_CELL))
    if "unexpected end of data" in text:
        return translate("import", "a quoted cell starting in this row is never closed")
    return translate("import", "not readable as CSV: {reason}").format(reason=text)


def _cannot_read(error: OSError) -> str:
    """The reason a file cannot be read, in the system's own words ("Permission denied")."""
    return translate("import", "cannot be read: {reason}").format(reason=error.strerror or error)


def _count(number: int) -> str:
    """A big number grouped the way the user's locale writes it ("1,000,000", "1.000.000")."""
    return format_decimal(number, locale=current_locale())
