"""Reading an uploaded CSV file into records, or saying plainly why it cannot be read."""

import csv
import io
from dataclasses import dataclass

MAX_BYTES = 1_000_000
MAX_ROWS = 5_000


class CsvFileError(ValueError):
    """The file as a whole cannot be imported; each argument is a message for staff."""


@dataclass(frozen=True)
class Record:
    """A row of the file: the line it starts on (the header is line 1) and its values by
    column heading, or (`values` None) the problem that keeps them from being read."""

    line: int
    values: dict[str, str] | None
    problem: str = ""


def read_upload(upload):
    """The text of an uploaded file: UTF-8, with or without a byte order mark."""
    if upload.size > MAX_BYTES:
        raise CsvFileError(
            f"The file is larger than {MAX_BYTES // 1_000_000} MB: import it in smaller parts."
        )
    try:
        return upload.read().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CsvFileError(
            "The file is not UTF-8 text. Save it as “CSV UTF-8” and upload it again."
        ) from None


def read_records(text, headings, ignored=()):
    """The rows of the CSV text, by heading. The header must name each of `headings` once, in
    any order and case; the `ignored` ones (columns the export computes) may be there too."""
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
        if header is None:
            raise CsvFileError("The file is empty.")
        columns = match_header(header, headings, ignored)
        records, line = [], reader.line_num + 1
        for cells in reader:
            if any(cell.strip() for cell in cells):  # blank lines are not rows
                records.append(make_record(line, cells, columns))
            line = reader.line_num + 1
    except csv.Error as error:
        raise CsvFileError(
            f"Line {reader.line_num} cannot be read as CSV ({error}). Is this a CSV file?"
        ) from None
    if not records:
        raise CsvFileError("The file has a header but no rows to import.")
    if len(records) > MAX_ROWS:
        raise CsvFileError(f"The file has more than {MAX_ROWS:,} rows: import it in parts.")
    return records


def normalised(heading):
    return " ".join(heading.split()).casefold()


def match_header(header, headings, ignored):
    """Each column's heading as the importer spells it (None for ignored columns)."""
    known = {normalised(heading): heading for heading in headings}
    skipped = {normalised(heading) for heading in ignored}
    columns, problems = [], []
    for cell in header:
        key = normalised(cell)
        if key in skipped:
            columns.append(None)
        elif key not in known:
            problems.append(f"The file has a column the import does not know: “{cell}”.")
        elif known[key] in columns:
            problems.append(f"The file has two “{known[key]}” columns.")
        else:
            columns.append(known[key])
    missing = [heading for heading in headings if heading not in columns]
    if missing:
        problems.append(f"The file has no column for: {', '.join(missing)}.")
    if problems:
        expected = ", ".join((*headings, *ignored))
        raise CsvFileError(*problems, f"Use the columns the export writes: {expected}.")
    return columns


def make_record(line, cells, columns):
    if len(cells) != len(columns):
        problem = f"This row has {len(cells)} values; the header has {len(columns)} columns."
        return Record(line, None, problem)
    pairs = zip(columns, cells, strict=True)
    return Record(line, {heading: cell for heading, cell in pairs if heading is not None})
