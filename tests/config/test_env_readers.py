"""The typed environment readers behind every setting."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from config.env import base_url, env_bool, env_fraction, env_int, env_list, env_str, secret_key


@pytest.mark.parametrize("raw", ["1", "true", "TRUE", "yes", "on", " on "])
def test_true_words_read_as_true(raw):
    assert env_bool("DEBUG", environ={"DEBUG": raw}) is True


@pytest.mark.parametrize("raw", ["0", "false", "no", "off", ""])
def test_false_words_read_as_false(raw):
    assert env_bool("DEBUG", True, environ={"DEBUG": raw}) is False


def test_unset_boolean_takes_the_default():
    assert env_bool("DEBUG", True, environ={}) is True


def test_a_boolean_that_is_not_a_yes_or_no_is_a_clear_error():
    with pytest.raises(ImproperlyConfigured, match=r"DEBUG must be true or false.*'maybe'"):
        env_bool("DEBUG", environ={"DEBUG": "maybe"})


def test_whole_numbers_are_parsed_and_bad_ones_named():
    assert env_int("EMAIL_PORT", 25, environ={"EMAIL_PORT": "2525"}) == 2525
    assert env_int("EMAIL_PORT", 25, environ={}) == 25
    with pytest.raises(ImproperlyConfigured, match="EMAIL_PORT must be a whole number"):
        env_int("EMAIL_PORT", 25, environ={"EMAIL_PORT": "twenty"})


@pytest.mark.parametrize("raw", ["-0.1", "1.5", "half", "nan"])
def test_a_fraction_outside_zero_to_one_is_named(raw):
    with pytest.raises(ImproperlyConfigured, match="RATE must be a number from 0 to 1"):
        env_fraction("RATE", 0.0, environ={"RATE": raw})


def test_fractions_are_read_and_unset_ones_take_the_default():
    assert env_fraction("RATE", 0.0, environ={"RATE": "0.25"}) == 0.25
    assert env_fraction("RATE", 0.0, environ={"RATE": ""}) == 0.0
    assert env_fraction("RATE", 0.1, environ={}) == 0.1


def test_lists_are_comma_separated_and_blanks_dropped():
    environ = {"ALLOWED_HOSTS": "example.org, www.example.org,,"}
    assert env_list("ALLOWED_HOSTS", environ=environ) == ["example.org", "www.example.org"]
    assert env_list("ALLOWED_HOSTS", ["localhost"], environ={}) == ["localhost"]


def test_strings_are_stripped_and_default_when_unset():
    assert env_str("LOG_LEVEL", "INFO", environ={"LOG_LEVEL": " debug "}) == "debug"
    assert env_str("LOG_LEVEL", "INFO", environ={}) == "INFO"


def test_secret_key_is_required_when_debug_is_off():
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY must be set when DEBUG is off"):
        secret_key(debug=False, environ={})


def test_development_secret_key_only_when_debug_is_on():
    assert secret_key(debug=True, environ={}).startswith("django-insecure-")
    assert secret_key(debug=False, environ={"SECRET_KEY": "s3cret"}) == "s3cret"


def test_base_url_must_be_absolute_and_loses_its_trailing_slash():
    assert base_url({"BASE_URL": "https://example.org/"}) == "https://example.org"
    with pytest.raises(ImproperlyConfigured, match="BASE_URL must start with http"):
        base_url({"BASE_URL": "example.org"})
