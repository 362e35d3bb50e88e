"""File writers every export shares: CSV, JSON and Excel, streamed a chunk at a time, with any
cell a spreadsheet would read as a formula neutralised (DESIGN: "Rules that hold everywhere")."""

import csv
import io
import json
import tempfile
from collections.abc import Iterable, Iterator

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

CHUNK_BYTES = 64 * 1024
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def neutralise(value):
    """Text a spreadsheet would read as a formula gets a leading apostrophe; the rest is kept."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _csv_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(neutralise(value))


def csv_writer(buffer):
    # Lines end in LF, as PostgreSQL's COPY writes them, so both databases give the same bytes.
    return csv.writer(buffer, lineterminator="\n")


def csv_chunks(header: list[str], rows: Iterable[list]) -> Iterator[bytes]:
    buffer = io.StringIO()
    writer = csv_writer(buffer)
    writer.writerow(header)
    for row in rows:
        writer.writerow([_csv_text(value) for value in row])
        if buffer.tell() >= CHUNK_BYTES:
            yield buffer.getvalue().encode()
            buffer.seek(0)
            buffer.truncate()
    if buffer.tell():
        yield buffer.getvalue().encode()


def json_chunks(header: list[str], rows: Iterable[list]) -> Iterator[bytes]:
    """A JSON array of objects, one per row. Values are kept raw: JSON has no formulas to fear."""
    buffer = io.StringIO()
    buffer.write("[")
    separator = "\n"
    for row in rows:
        buffer.write(
            separator + json.dumps(dict(zip(header, row, strict=True)), ensure_ascii=False)
        )
        separator = ",\n"
        if buffer.tell() >= CHUNK_BYTES:
            yield buffer.getvalue().encode()
            buffer.seek(0)
            buffer.truncate()
    buffer.write("\n]\n")
    yield buffer.getvalue().encode()


def _xlsx_cell(value):
    if isinstance(value, str):
        return neutralise(ILLEGAL_CHARACTERS_RE.sub("", value))
    return value


def xlsx_chunks(header: list[str], rows: Iterable[list], title: str) -> Iterator[bytes]:
    """A write-only workbook (rows go to disk as they come), saved to a temp file, then read out."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title)
    sheet.append(header)
    for row in rows:
        sheet.append([_xlsx_cell(value) for value in row])
    with tempfile.SpooledTemporaryFile(max_size=16 * CHUNK_BYTES) as file:
        workbook.save(file)
        file.seek(0)
        while chunk := file.read(CHUNK_BYTES):
            yield chunk
