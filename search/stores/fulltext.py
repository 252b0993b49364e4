"""Full-text search in the database: PostgreSQL's English configuration, or SQLite FTS5 with
the porter stemmer. The SQL that differs between them lives here; search.stores.database
builds everything else with the ORM.

Words are taken from the text as \\w+ runs, so nothing a person types reaches the database
as query syntax.
"""

import json
import re

#: marks put around matched words by the database, replaced by <mark> after escaping
MARK_START, MARK_END = "\ue000", "\ue001"
#: stand-ins for < and > in text given to PostgreSQL's ts_headline, which would otherwise
#: read them as markup and drop them; search.stores.database turns them back, escaped
LESS_THAN, GREATER_THAN = "\ue002", "\ue003"
SNIPPET_WORDS = 32


def words_of(text):
    return re.findall(r"\w+", text.lower())


class PostgresFullText:
    """A generated tsvector column (title A, summary B, body C) and one over title words."""

    create_sql = [
        """ALTER TABLE search_indexeddocument
            ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('english', coalesce(title, '')), 'A')
            || setweight(to_tsvector('english', coalesce(summary, '')), 'B')
            || setweight(to_tsvector('english', coalesce(body, '')), 'C')) STORED""",
        "CREATE INDEX search_doc_vector ON search_indexeddocument USING GIN (search_vector)",
        """ALTER TABLE search_indexeddocument ADD COLUMN title_words tsvector GENERATED ALWAYS AS (
            to_tsvector('simple', coalesce(title, ''))) STORED""",
        "CREATE INDEX search_doc_title_words ON search_indexeddocument USING GIN (title_words)",
    ]
    drop_sql = [
        "ALTER TABLE search_indexeddocument DROP COLUMN IF EXISTS search_vector",
        "ALTER TABLE search_indexeddocument DROP COLUMN IF EXISTS title_words",
    ]

    @staticmethod
    def update_statistics(connection):
        """Let the planner see the rebuilt tables as they are (autovacuum would, later)."""
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE search_indexeddocument, search_indexedvalue")

    def matching_ids(self, text):
        """(SQL, params) selecting the ids of documents holding every word."""
        sql = (
            "SELECT id FROM search_indexeddocument "
            "WHERE search_vector @@ plainto_tsquery('english', %s)"
        )
        return sql, [text]

    def score(self, text):
        """(SQL, params) of a relevance score in the outer query: higher is better."""
        return (
            "ts_rank(search_indexeddocument.search_vector, plainto_tsquery('english', %s))",
            [text],
        )

    def snippets(self, cursor, text, ids):
        """{id: text with matched words between MARK_START and MARK_END} for these ids."""
        options = (
            f"StartSel={MARK_START}, StopSel={MARK_END}, MaxFragments=1, "
            f"MaxWords={SNIPPET_WORDS}, MinWords=12, FragmentDelimiter=' … '"
        )
        cursor.execute(
            """SELECT id, ts_headline('english', translate(summary || ' ' || body, '<>', %s),
                plainto_tsquery('english', %s), %s)
                FROM search_indexeddocument WHERE id = ANY(%s)""",
            [LESS_THAN + GREATER_THAN, text, options, list(ids)],
        )
        return dict(cursor.fetchall())

    def suggestion_ids(self, text):
        """(SQL, params) selecting documents whose title words start with the words typed."""
        terms = " & ".join(f"{word}:*" for word in words_of(text))
        sql = "SELECT id FROM search_indexeddocument WHERE title_words @@ to_tsquery('simple', %s)"
        return sql, [terms]


class SqliteFullText:
    """FTS5 tables kept in step with the documents table by triggers: one with the porter
    stemmer for searching, one without it over titles for prefix suggestions."""

    create_sql = [
        """CREATE VIRTUAL TABLE search_document_fts USING fts5(title, summary, body,
            content='search_indexeddocument', content_rowid='id',
            tokenize='porter unicode61 remove_diacritics 2')""",
        """CREATE VIRTUAL TABLE search_title_fts USING fts5(title, content='search_indexeddocument',
            content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3')""",
        """CREATE TRIGGER search_document_fts_insert AFTER INSERT ON search_indexeddocument BEGIN
            INSERT INTO search_document_fts(rowid, title, summary, body)
                VALUES (new.id, new.title, new.summary, new.body);
            INSERT INTO search_title_fts(rowid, title) VALUES (new.id, new.title);
        END""",
        """CREATE TRIGGER search_document_fts_delete AFTER DELETE ON search_indexeddocument BEGIN
            INSERT INTO search_document_fts(search_document_fts, rowid, title, summary, body)
                VALUES ('delete', old.id, old.title, old.summary, old.body);
            INSERT INTO search_title_fts(search_title_fts, rowid, title)
                VALUES ('delete', old.id, old.title);
        END""",
        """CREATE TRIGGER search_document_fts_update AFTER UPDATE ON search_indexeddocument BEGIN
            INSERT INTO search_document_fts(search_document_fts, rowid, title, summary, body)
                VALUES ('delete', old.id, old.title, old.summary, old.body);
            INSERT INTO search_title_fts(search_title_fts, rowid, title)
                VALUES ('delete', old.id, old.title);
            INSERT INTO search_document_fts(rowid, title, summary, body)
                VALUES (new.id, new.title, new.summary, new.body);
            INSERT INTO search_title_fts(rowid, title) VALUES (new.id, new.title);
        END""",
    ]
    drop_sql = [
        "DROP TRIGGER IF EXISTS search_document_fts_insert",
        "DROP TRIGGER IF EXISTS search_document_fts_delete",
        "DROP TRIGGER IF EXISTS search_document_fts_update",
        "DROP TABLE IF EXISTS search_document_fts",
        "DROP TABLE IF EXISTS search_title_fts",
    ]

    @staticmethod
    def update_statistics(connection):
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")

    @staticmethod
    def match_expression(text, prefix=False):
        star = "*" if prefix else ""
        return " ".join(f'"{word}"{star}' for word in words_of(text))

    def matching_ids(self, text):
        sql = "SELECT rowid FROM search_document_fts WHERE search_document_fts MATCH %s"
        return sql, [self.match_expression(text)]

    def score(self, text):
        # bm25 is lower for better matches; the title weighs most, then the summary.
        return (
            "(SELECT -bm25(search_document_fts, 10.0, 4.0, 1.0) FROM search_document_fts "
            "WHERE search_document_fts MATCH %s AND rowid = search_indexeddocument.id)",
            [self.match_expression(text)],
        )

    def snippets(self, cursor, text, ids):
        """The summary's snippet if a word matched there, else the body's."""
        cursor.execute(
            "SELECT rowid, snippet(search_document_fts, 1, %s, %s, ' … ', %s), "
            "snippet(search_document_fts, 2, %s, %s, ' … ', %s) "
            "FROM search_document_fts WHERE search_document_fts MATCH %s "
            "AND rowid IN (SELECT value FROM json_each(%s))",
            [
                *([MARK_START, MARK_END, SNIPPET_WORDS] * 2),
                self.match_expression(text),
                json.dumps(ids),
            ],
        )
        return {
            pk: summary if MARK_START in summary else body
            for pk, summary, body in cursor.fetchall()
        }

    def suggestion_ids(self, text):
        sql = "SELECT rowid FROM search_title_fts WHERE search_title_fts MATCH %s"
        return sql, [self.match_expression(text, prefix=True)]


DIALECTS = {"postgresql": PostgresFullText, "sqlite": SqliteFullText}


def full_text_for(connection):
    try:
        return DIALECTS[connection.vendor]()
    except KeyError:
        raise NotImplementedError(
            f"Site search supports PostgreSQL and SQLite, not {connection.vendor}."
        ) from None


def create_full_text(apps, schema_editor):
    for statement in full_text_for(schema_editor.connection).create_sql:
        schema_editor.execute(statement)


def drop_full_text(apps, schema_editor):
    for statement in full_text_for(schema_editor.connection).drop_sql:
        schema_editor.execute(statement)
