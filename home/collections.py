"""Collections for documents, made under the root collection when first needed."""

from wagtail.models import Collection


def child_collection(name):
    """(the root collection's child with this name, whether it was made now)."""
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=name).first()
    if existing is not None:
        return existing, False
    return root.add_child(name=name), True
