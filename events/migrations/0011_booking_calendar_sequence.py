"""Each booking records the highest calendar SEQUENCE emailed about it (events/calendar.py).

Bookings made before this field were sent at most: the event's SEQUENCE for a confirmed
booking (its confirmation, updates, reminders, the event's cancellation), and one more for a
cancelled booking (its METHOD:CANCEL). The SEQUENCE only grows, so today's value is a safe
upper bound, and someone who cancelled before this change and books again still gets a
confirmation their calendar takes. Waitlist entries and lapsed offers were sent no calendar.
"""

from django.db import migrations, models
from django.db.models import OuterRef, Subquery, Value
from django.db.models.functions import Coalesce


def record_what_was_sent(apps, schema_editor):
    Booking = apps.get_model("events", "Booking")
    EventChangeLog = apps.get_model("events", "EventChangeLog")
    logged = EventChangeLog.objects.filter(event_id=OuterRef("event_id")).values("sequence")
    told = Coalesce(Subquery(logged), Value(0))
    Booking.objects.filter(status="confirmed").update(calendar_sequence=told)
    Booking.objects.filter(status="cancelled").update(calendar_sequence=told + 1)


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0010_audience_vocabulary"),
    ]

    operations = [
        migrations.AddField(
            model_name="booking",
            name="calendar_sequence",
            field=models.PositiveIntegerField(blank=True, editable=False, null=True),
        ),
        migrations.RunPython(record_what_was_sent, migrations.RunPython.noop),
    ]
