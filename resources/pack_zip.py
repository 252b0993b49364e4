"""The "download the whole pack" ZIP: one file of a pack's published tools' documents.

The ZIP is built once and kept in the default storage under a name that fingerprints its
contents (which tools, which documents, each file's hash). Publishing, unpublishing or
replacing a document changes the fingerprint, so the next download builds a fresh ZIP and
removes the stale one. Nothing lives in process memory, so every app server shares the file.
"""

import hashlib
import tempfile
import zipfile

from django.core.files import File
from django.core.files.storage import default_storage
from django.http import FileResponse
from django.utils.text import slugify

from network.access import document_visibility

ZIP_FOLDER = "pack-zips"


def zip_entries(pack):
    """(name inside the ZIP, document) for each public document of the pack's public tools."""
    may_download = document_visibility(None)
    entries = []
    for number, tool in enumerate(pack.tools().select_related("document__collection"), start=1):
        stem = f"{number:02d}-{slugify(tool.title)[:60] or 'tool'}"
        for suffix, document in (("", tool.document), ("-accessible", tool.alternative_document)):
            if may_download(document):
                entries.append((f"{stem}{suffix}.{document.file_extension.lower()}", document))
    return entries


def fingerprint(pack, entries):
    digest = hashlib.sha256(str(pack.pk).encode())
    for name, document in entries:
        digest.update(f"|{name}|{document.pk}|{document.get_file_hash()}".encode())
    return digest.hexdigest()[:20]


def zip_name(pack, entries):
    return f"{ZIP_FOLDER}/pack-{pack.pk}-{fingerprint(pack, entries)}.zip"


def write_zip(entries, target):
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, document in entries:
            with document.open_file() as source, archive.open(name, "w") as destination:
                for chunk in iter(lambda: source.read(64 * 1024), b""):
                    destination.write(chunk)


def remove_stale_zips(pack, keep):
    try:
        _, files = default_storage.listdir(ZIP_FOLDER)
    except FileNotFoundError:
        return
    prefix = f"pack-{pack.pk}-"
    for filename in files:
        path = f"{ZIP_FOLDER}/{filename}"
        if filename.startswith(prefix) and path != keep:
            default_storage.delete(path)


def current_pack_zip(pack):
    """The storage name of the pack's up-to-date ZIP, building it if needed; None if empty."""
    entries = zip_entries(pack)
    if not entries:
        return None
    name = zip_name(pack, entries)
    if not default_storage.exists(name):
        with tempfile.TemporaryFile() as scratch:
            write_zip(entries, scratch)
            scratch.seek(0)
            saved = default_storage.save(name, File(scratch))
        if saved != name:  # another server built the same ZIP at the same moment
            default_storage.delete(saved)
        remove_stale_zips(pack, keep=name)
    return name


def pack_zip_response(pack):
    name = current_pack_zip(pack)
    if name is None:
        return None
    return FileResponse(
        default_storage.open(name, "rb"), as_attachment=True, filename=f"{pack.slug}.zip"
    )
