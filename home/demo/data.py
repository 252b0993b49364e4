"""Demo content as data: the text a demo builder creates lives in a TOML file beside it.

Layout: a builder module's content is the file with its name and `.toml`, read with
`load(__file__)`:

- home/demo/builder.py: home/demo/builder.toml (site, home page, standard pages)
- resources/demo.py: resources/demo.toml (the library, packs, tools and their documents)
- events/demo.py: events/demo.toml
- newsletters/demo.py: newsletters/demo.toml (issues and subscribers)
- network/demo.py: network/demo.toml (areas, people, staff, pages, evidence activities)
- network/demo_discussions.py: network/demo_discussions.toml (threads and sessions)

In the files:

- A section page's title and introduction are in `[section]`.
- A StreamField body is an array of tables, one per block, in order. `type` names the block;
  a struct block's fields sit beside it (`type = "heading"`, `text = "..."`, `level = "h2"`),
  any other block has its value in `value` (`type = "paragraph"`, `value = "<p>...</p>"`).
  `stream()` turns them into the (type, value) pairs a StreamField takes.
- Fixed dates are TOML dates (`last_reviewed = 2025-10-14`); whatever depends on when the
  demo is loaded is an offset in days or hours (`days_ago`, `starts_in_days`, ...) that the
  builder turns into a date.
- Long text is a multi-line string whose lines end in `\\`, which joins them with nothing in
  between: the HTML or text itself is unchanged. A line ending without `\\` is a real new line.
"""

import tomllib
from pathlib import Path


def load(module_file):
    """The content beside a builder module: `load(__file__)` in events/demo.py reads
    events/demo.toml."""
    with Path(module_file).with_suffix(".toml").open("rb") as file:
        return tomllib.load(file)


def stream(blocks):
    """A body's blocks from the data as StreamField (type, value) pairs."""
    return [
        (
            block["type"],
            block["value"]
            if "value" in block
            else {name: value for name, value in block.items() if name != "type"},
        )
        for block in blocks
    ]
