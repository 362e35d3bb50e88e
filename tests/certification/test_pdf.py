import re

import pytest

from tests.certification.test_certificates import make_record, pdf_text
from training.certification.certificates import render_certificate_pdf
from training.portal.my_record import personal_record
from training.portal.my_record_pdf import render_record_pdf


def certificate(employee) -> bytes:
    return render_certificate_pdf(make_record(employee), compress=False)


def training_record(employee) -> bytes:
    return render_record_pdf(personal_record(employee.user), compress=False)


@pytest.mark.parametrize("render", [certificate, training_record])
def test_every_pdf_embeds_dejavu_and_opens_with_the_brand_header(employee, render):
    data = render(employee)

    # Each font is named twice (the composite font and its descendant) and embedded once.
    fonts = set(re.findall(rb"/BaseFont /[A-Z]{6}\+(\w+)", data))
    assert fonts == {b"DejaVuSansBold", b"DejaVuSansBook"}
    assert data.count(b"/FontFile2 ") == len(fonts)
    assert pdf_text(data).splitlines()[0] == "DATA ETHICS ACADEMY"
    assert b"/Author (Data Ethics Academy)" in data


def test_only_the_multi_page_record_numbers_its_pages(employee):
    assert "My training record · page 1/" in pdf_text(training_record(employee))
    assert " · page " not in pdf_text(certificate(employee))
