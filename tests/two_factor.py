"""Signing people in as the site does: the password, then, for everyone who can use the admin,
the second factor from a real, confirmed authenticator device (network/two_factor.py)."""

import time

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from network import two_factor


def authenticator(user):
    """The person's confirmed authenticator device, set up now if they have none."""
    device = two_factor.app_device(user)
    if device is None:
        device = TOTPDevice.objects.create(
            user=user, name=two_factor.APP_DEVICE_NAME, confirmed=True
        )
    return device


def code_now(device):
    """The code the person's app shows now. A code works once (django-otp remembers the last
    time step used): when this step's code was used already, wait for the next one."""
    device.refresh_from_db()
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time()
    if totp.t() <= device.last_t:
        time.sleep(device.step - totp.time % device.step + 0.1)
        totp.time = time.time()
    return f"{totp.token():0{device.digits}d}"


def sign_in_with_second_factor(client, user):
    """Sign `user` in on the test client; if they can use the admin, complete the second
    factor with their confirmed device, as the code page does. Returns the client."""
    client.force_login(user)
    if two_factor.needs_second_factor(user):
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = authenticator(user).persistent_id
        session.save()
    return client


def give_code(client, device, next_url=""):
    """Type the device's current code into the code page, as a person would."""
    data = {"code": code_now(device)}
    if next_url:
        data["next"] = next_url
    return client.post("/accounts/two-factor/", data)
