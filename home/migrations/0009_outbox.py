# The record of sent emails becomes the outbox: rows already there stay, as sent.

import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('home', '0008_ratecounter'),
    ]

    operations = [
        migrations.RenameModel(old_name='SentEmail', new_name='OutgoingEmail'),
        migrations.AlterModelOptions(name='outgoingemail', options={'ordering': ['-created_at']}),
        migrations.AlterField(
            model_name='outgoingemail',
            name='sent_at',
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name='outgoingemail',
            name='body',
            field=models.TextField(blank=True),
        ),
        migrations.AddField(
            model_name='outgoingemail',
            name='headers',
            field=models.JSONField(blank=True, default=dict),
        ),
        migrations.AddField(
            model_name='outgoingemail',
            name='attachments',
            field=models.JSONField(blank=True, default=list),
        ),
        migrations.AddField(
            model_name='outgoingemail',
            name='created_at',
            field=models.DateTimeField(db_index=True, default=django.utils.timezone.now),
        ),
        migrations.AddField(
            model_name='outgoingemail',
            name='failed_at',
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name='outgoingemail',
            name='attempts',
            field=models.PositiveSmallIntegerField(default=0),
        ),
        migrations.AddField(
            model_name='outgoingemail',
            name='next_attempt_at',
            field=models.DateTimeField(default=django.utils.timezone.now),
        ),
        migrations.AddField(
            model_name='outgoingemail',
            name='last_error',
            field=models.CharField(blank=True, max_length=500),
        ),
        migrations.AddIndex(
            model_name='outgoingemail',
            index=models.Index(condition=models.Q(('failed_at__isnull', True), ('sent_at__isnull', True)), fields=['next_attempt_at'], name='outbox_waiting'),
        ),
    ]
