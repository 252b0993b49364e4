"""Recovery codes are stored as keyed digests, not as the codes (docs/security.md, "Two-factor
sign-in"): every stored token that is still a plain code (exactly RECOVERY_CODE_DIGITS digits)
is replaced by its digest under the current SECRET_KEY, so the codes people saved keep working.
"""

from django.db import migrations

from network.two_factor import is_plain_recovery_code, recovery_code_digest


def digest_plain_recovery_codes(apps, schema_editor):
    StaticToken = apps.get_model("otp_static", "StaticToken")
    plain = [
        token
        for token in StaticToken.objects.only("pk", "token").iterator()
        if is_plain_recovery_code(token.token)
    ]
    for token in plain:
        token.token = recovery_code_digest(token.token)
    StaticToken.objects.bulk_update(plain, ["token"], batch_size=500)


def cannot_be_reversed(apps, schema_editor):
    """Cannot be reversed: a digest cannot be turned back into its code (that is the point),
    so the digests stay. Code from before this migration compares plain codes and will not
    accept them: people then sign in with their authenticator app and make new recovery
    codes."""


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0018_audience_vocabulary"),
        ("otp_static", "0003_add_timestamps"),
    ]

    operations = [migrations.RunPython(digest_plain_recovery_codes, cannot_be_reversed)]
