from wagtail import hooks

from home.retention import expire_home_data

hooks.register("apply_retention", expire_home_data)
