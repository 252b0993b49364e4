"""QR codes of page addresses, for print."""

import io

import segno


def qr_code(url):
    # Error correction "M" survives a little print damage and keeps the code small.
    return segno.make(url, error="m", micro=False)


def qr_svg(url):
    buffer = io.BytesIO()
    qr_code(url).save(buffer, kind="svg", scale=10, border=4, title=url, svgclass=None)
    return buffer.getvalue()


def qr_png(url):
    buffer = io.BytesIO()
    qr_code(url).save(buffer, kind="png", scale=10, border=4)
    return buffer.getvalue()
